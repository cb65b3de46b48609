import DocumentModel

/// A passive whose agent makes the claim: `l'attaque a été revendiquée par
/// le JNIM` (source le JNIM, content l'attaque), also reduced: `l'attaque,
/// revendiquée par le JNIM, …`. Only cues of claiming, confirming, announcing
/// and denying (frame A): `rapportées par HRW` or `qualifiés de … par Bamako`
/// are not claims.
struct PassiveAgentRule {
    let doc: ClaimDocument
    let bounds: PhraseBounds
    let subjects: SubjectFinder

    func apply(_ cue: VerbCue) -> ClaimDraft? {
        guard cue.lemma.frames.contains(.passive), cue.passive || cue.usage.isBare, !cue.negated else { return nil }
        let limit = doc.sentence(of: cue.verb).upperBound
        var p = cue.end
        while p < limit, doc.isAdverb(p) || doc.isTime(p) { p += 1 }
        guard doc.word(p) == .par else { return nil }
        let agentEnd = bounds.npEnd(from: p + 1, limit: limit)
        guard agentEnd > p + 1, bounds.startsNounPhrase(p + 1) else { return nil }

        let content: Range<Int>
        if cue.passive {
            guard case let .span(a, b) = subjects.subject(before: cue.start) else { return nil }
            content = a..<b
        } else {
            var e = cue.start
            if doc.isComma(e - 1) { e -= 1 }
            let s = bounds.npStart(endingAt: e, floor: doc.sentence(of: cue.start).lowerBound)
            guard s < e, doc.has(s, .determiner) else { return nil }
            content = s..<e
        }
        return ClaimDraft(content: content, source: .tokens(p + 1, agentEnd), cue: cue.start..<cue.end,
                          verbCue: cue, frame: .passive)
    }
}
