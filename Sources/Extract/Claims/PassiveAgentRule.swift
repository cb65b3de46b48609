import DocumentModel

/// A passive whose agent makes the claim: `l'attaque a été revendiquée par
/// le JNIM` (source le JNIM, content l'attaque), also reduced: `l'attaque,
/// revendiquée par le JNIM, …` · `après l'embuscade revendiquée par X` ·
/// `ce bilan, transmis par A et confirmé par B` (both share the noun) ·
/// `ont été « revendiquées » par X` · `l'attentat, attribué par des sources
/// au Jnim` (frame D: the agent ends before à). Only cues of claiming,
/// confirming, announcing and denying (frame A), or of passing on a fact
/// (frame F, with a fact noun: ce bilan, transmis par…): `rapportées par
/// HRW` or `qualifiés de … par Bamako` are not claims.
struct PassiveAgentRule {
    let doc: ClaimDocument
    let bounds: PhraseBounds
    let subjects: SubjectFinder

    func apply(_ cue: VerbCue) -> ClaimDraft? {
        let frames = cue.lemma.frames
        guard !frames.isDisjoint(with: [.passive, .factPassive]), cue.passive || cue.usage.isBare, !cue.negated else { return nil }
        let sentence = doc.sentence(of: cue.verb)
        let limit = sentence.upperBound
        // Past adverbs, times and a relay (confirmée à RFI par plusieurs sources).
        var p = cue.end
        while p < limit, doc.isAdverb(p) || doc.isTime(p) { p += 1 }
        if p < limit, isDative(p) || doc.word(p) == .aupres, let agent = (p + 1..<min(limit, p + 7)).first(where: { doc.word($0) == .par }),
           !(p + 1..<agent).contains(where: { doc.isPunct($0) }) {
            p = agent
        }
        guard doc.word(p) == .par else { return nil }
        var agentEnd = bounds.npEnd(from: p + 1, limit: limit)
        if frames.contains(.dativeAgent), let c = (p + 2..<max(p + 2, agentEnd)).first(where: { isDative($0) }) { agentEnd = c }
        // The main verb after a reduced passive (…transmises par les services restent…).
        if let v = (p + 2..<max(p + 2, agentEnd)).first(where: { bounds.isPluralPresent($0) && !doc.has($0 - 1, .determiner) && !doc.has($0 - 1, .preposition) }) {
            agentEnd = v
        }
        // …par A et confirmé par B: the conjunction before the next participle is not A's.
        while agentEnd > p + 2, doc.has(agentEnd - 1, .conjunction) || doc.isComma(agentEnd - 1) { agentEnd -= 1 }
        guard agentEnd > p + 1, bounds.startsNounPhrase(p + 1) else { return nil }

        var content: Range<Int>
        if cue.passive {
            if case let .span(a, b) = subjects.subject(before: cue.start) {
                content = a..<b
            } else if let r = subjectWithRelative(before: cue.start, sentence: sentence) {
                content = r
            } else {
                return nil
            }
        } else {
            var e = sharedNoun(before: cue.start, floor: sentence.lowerBound)
            if doc.isComma(e - 1) { e -= 1 }
            var s = bounds.npStart(endingAt: e, floor: sentence.lowerBound)
            // The walk may run past an adjunct's preposition (…renforcé ses positions après l'embuscade).
            if let k = (s + 1..<max(s + 1, e)).last(where: { startsAfterAdjunct($0) }) { s = k }
            guard s < e, doc.has(s, .determiner) else { return nil }
            content = s..<e
        }
        // Frame F alone: only a noun standing for a fact is a claim's content.
        if !frames.contains(.passive) {
            let head = SourceClassifier(doc: doc).headToken(content.lowerBound, content.upperBound)
            guard doc.entry(head).flags.contains(.factNoun) else { return nil }
        }
        return ClaimDraft(content: content, source: .tokens(p + 1, agentEnd), cue: cue.start..<cue.end,
                          verbCue: cue, frame: .passive)
    }

    /// à, au, aux as a preposition.
    private func isDative(_ i: Int) -> Bool {
        let k = doc.word(i)
        return k == .a && doc.has(i, .preposition) || k == .au || k == .aux
    }

    /// A determiner after après, avant, depuis, pendant or a verb: a noun
    /// phrase starts there, not at the walk's start.
    private func startsAfterAdjunct(_ k: Int) -> Bool {
        guard doc.has(k, .determiner), !doc.has(k, .preposition) else { return false }
        switch doc.word(k - 1) {
        case .apres?, .avant?, .depuis?, .pendant?: return true
        default: return doc.isCueForm(k - 1) && !doc.has(k - 2, .determiner) || doc.isPastParticiple(k - 1) && doc.isAuxiliary(k - 2)
        }
    }

    /// End of the noun a bare participle describes: before the participle,
    /// or, for a participle coordinated to an earlier one (X, transmis par A
    /// et confirmé par B), before that earlier participle.
    private func sharedNoun(before start: Int, floor: Int) -> Int {
        let k = doc.word(start - 1)
        guard k == .et || k == .ou else { return start }
        var t = start - 2
        while t > floor, start - t <= 12 {
            if doc.isSentenceFinal(t) { break }
            if doc.word(t) == .par, doc.isPastParticiple(t - 1) || doc.isCueForm(t - 1),
               bounds.npEnd(from: t + 1, limit: start - 1) >= start - 1 {
                return t - 1
            }
            t -= 1
        }
        return start
    }

    /// The subject of a passive when it carries a relative clause that the
    /// subject finder treats as a clause: `Les informations selon lesquelles
    /// P ont été démenties par X`, `Le rapport qui… a été rejeté par X`.
    private func subjectWithRelative(before start: Int, sentence: Range<Int>) -> Range<Int>? {
        let s = bounds.skipLeadingAdverbials(sentence.lowerBound, start)
        guard bounds.startsNounPhrase(s), !doc.has(s, .subjectPronoun) else { return nil }
        let e = bounds.npEnd(from: s, limit: start)
        let k = doc.word(e)
        let relative = k == .qui || doc.has(e, .relative) && doc.word(e - 1) == .selon
            || k == .selon && doc.has(e + 1, .relative) || doc.isComma(e) && doc.word(e + 1) == .selon && doc.has(e + 2, .relative)
        guard e > s, relative else { return nil }
        var end = start
        if doc.isComma(end - 1) { end -= 1 }
        return s..<end
    }
}
