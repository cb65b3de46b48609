import DocumentModel

/// `hedged` (ANNOTATION.md): the cue in the conditional (affirmerait, aurait
/// affirmé), a conditional in the content (auraient été tués, serait), or the
/// sentence marking the claim unverified (sans fournir de preuves). Not
/// hedged: pourrait/devrait, a conditional after `si` (si … il s'agirait),
/// and the future-in-the-past (a annoncé que les élections auraient lieu):
/// a present conditional in a que-clause under a past cue.
struct HedgeDetector {
    let doc: ClaimDocument

    func isHedged(content: Range<Int>, cue: VerbCue?, frame: ContentFrame) -> Bool {
        if cue?.isConditional == true { return true }
        let sentence = doc.sentence(of: cue?.verb ?? content.lowerBound)
        let scan = min(sentence.lowerBound, content.lowerBound)..<max(sentence.upperBound, content.upperBound)
        for i in scan where doc.startsPhrase(i, .hedge) && doc.lex.hedges.contains(at: i, in: doc.ids) { return true }
        let futureInPast = frame == .clause && cue?.isPast == true
        var afterSi = false
        for i in content {
            let k = doc.word(i)
            if k == .si || k == .sElided && doc.key(i + 1).hasPrefix("il") { afterSi = true }
            if doc.isSentenceFinal(i) { afterSi = false }
            guard !afterSi, isConditional(i) else { continue }
            if futureInPast && !isPastConditional(i) { continue }
            return true
        }
        return false
    }

    /// A verb in the conditional: -rait / -raient (3rd person, the journalistic use).
    func isConditional(_ i: Int) -> Bool {
        guard doc.isWord(i) else { return false }
        let k = doc.key(i)
        // Byte test first: most words do not end in t.
        guard k.utf8.withContiguousStorageIfAvailable({ $0.last }) ?? k.utf8.last == UInt8(ascii: "t"),
              k.hasSuffix("rait") || k.hasSuffix("raient"),
              !doc.entry(i).flags.contains(.hedgeExclusion) else { return false }
        // aurait pu, aurait dû: possibility and obligation, not hedging.
        if k.hasPrefix("aur") {
            let n = doc.word(i + 1)
            if n == .pu || n == .du { return false }
        }
        return true
    }

    /// aurait/serait + past participle (conditionnel passé).
    private func isPastConditional(_ i: Int) -> Bool {
        guard let t = doc.avoirTense(i) ?? doc.etreTense(i), t == .conditional else { return false }
        var j = i + 1
        while j < i + 4, doc.isAdverb(j) || doc.isQuoteMark(j) { j += 1 }
        return doc.isPastParticiple(j)
    }
}
