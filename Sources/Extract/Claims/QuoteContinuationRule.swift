import DocumentModel

/// A quotation continued after its incise: `« Q1 », poursuit la même
/// source : « Q2 »` and `« Q1 », dit-il, « Q2 ».` are two claims of one
/// source and cue, Q1 (the incise, QuotationRule) and Q2 (this rule). After
/// a comma, Q2 must close the sentence (not `…, dit X, « spécialiste » du Sahel`).
struct QuoteContinuationRule {
    let doc: ClaimDocument
    let bounds: PhraseBounds

    func apply(after incise: ClaimDraft) -> ClaimDraft? {
        guard incise.frame == .incise, let source = incise.source else { return nil }
        var j = incise.cue.upperBound
        if case let .tokens(_, b) = source { j = max(j, b) }
        guard j < doc.count else { return nil }
        j = bounds.skipAfterCue(j, limit: doc.sentence(of: j).upperBound)
        guard doc.word(j) == .colon || doc.isComma(j), let q = doc.quoteOpened(at: j + 1) else { return nil }
        if doc.isComma(j) {
            let after = doc.quotations[q].close + 1
            guard after >= doc.count || doc.isSentenceFinal(after) || doc.sentenceOf[after] != doc.sentenceOf[j] else { return nil }
        }
        return ClaimDraft(content: (j + 1)..<(doc.quotations[q].close + 1), source: source, cue: incise.cue,
                          verbCue: incise.verbCue, frame: .quotation)
    }
}
