import DocumentModel

/// Prepositional cues: `Selon X, P` · `P, selon X` · `P, selon X, Q` (the
/// content runs across) · `P selon X` · `constitue aux yeux de X un…` ·
/// `Pour X, P` (an opinion, clause-initial only) · `de source sécuritaire`.
struct AccordingToRule {
    let doc: ClaimDocument
    let bounds: PhraseBounds

    func apply(_ cue: PrepositionCue) -> ClaimDraft? {
        let sentence = doc.sentence(of: cue.start)
        var limit = sentence.upperBound
        var floor = sentence.lowerBound
        if let q = doc.quotationOf[cue.start], doc.quotations[q].open < cue.start, doc.quotations[q].close > cue.start {
            limit = min(limit, doc.quotations[q].close)
            floor = max(floor, doc.quotations[q].open + 1)
        }

        // des informations selon lesquelles P: the noun before is the source.
        if cue.kind == .according, [.lequel, .laquelle, .lesquels, .lesquelles].contains(doc.word(cue.end)) {
            let s = bounds.npStart(endingAt: cue.start, floor: floor)
            guard s < cue.start, bounds.startsNounPhrase(s), cue.end + 1 < limit else { return nil }
            let e = bounds.clauseEnd(from: cue.end + 1, insideQuote: nil, coordinatedCues: [], cutSans: false)
            return ClaimDraft(content: (cue.end + 1)..<min(e, limit), source: .tokens(s, cue.start),
                              cue: cue.start..<(cue.end + 1), verbCue: nil, frame: .according)
        }

        // The source.
        let sourceStart = cue.kind == .source ? cue.end - 1 : cue.end
        guard sourceStart < limit else { return nil }
        let sourceEnd = bounds.npEnd(from: sourceStart, limit: limit)
        guard sourceEnd > sourceStart else { return nil }
        let sourceOK = bounds.startsNounPhrase(sourceStart) || cue.kind == .source
        guard sourceOK else { return nil }
        // Only someone or something that can speak is a source (not selon les
        // dispositions du traité, selon les instructions de votre médecin).
        let plausible = bounds.isPlausibleSource(sourceStart, sourceEnd)
        guard plausible || cue.kind == .source else { return nil }
        let source = SourceRef.tokens(sourceStart, sourceEnd)
        let cueRange = cue.start..<(cue.kind == .source ? cue.end : cue.end)

        // Where the cue stands in its clause.
        let before = cue.start - 1
        // After a colon the clause starts anew (Burkina Faso : 50 soldats tués, selon…).
        let colon = (floor..<max(floor, before)).last { doc.word($0) == .colon }
        let leftStart = bounds.skipLeadingAdverbials(colon.map { $0 + 1 } ?? floor, max(floor, before))
        let clauseInitial = cue.start == floor || doc.word(before) == .colon || doc.isOpenQuote(before)
            || (doc.has(before, .conjunction) && (before == floor || doc.isComma(before - 1)))
            || (doc.isComma(before) && bounds.isAdverbialRun(floor, before))

        func draft(_ r: Range<Int>) -> ClaimDraft? {
            r.isEmpty ? nil : ClaimDraft(content: r, source: source, cue: cueRange, verbCue: nil, frame: .according)
        }
        func rest(_ a: Int) -> Int {
            bounds.clauseEnd(from: a, insideQuote: nil, coordinatedCues: [], cutSans: false)
        }

        if clauseInitial {
            if cue.kind == .opinion && !(plausible && doc.isComma(sourceEnd)) { return nil }
            var c = sourceEnd
            // A relay after the source (Selon un document vu par l'AFP, P).
            if !doc.isComma(c), let comma = (c..<min(limit, c + 8)).first(where: { doc.isComma($0) }),
               !(c..<comma).contains(where: { doc.isAuxiliary($0) || doc.has($0, .subjectPronoun) }) {
                c = comma
            }
            if doc.isComma(c) {
                c += 1
                // An apposition to the source (Selon X, chercheur à…, P).
                if isBareNoun(c), let next = (c..<limit).first(where: { doc.isComma($0) }) { c = next + 1 }
            } else if !plausible || !bounds.startsNounPhrase(c) {
                return nil
            }
            guard c < limit else { return nil }
            return draft(c..<min(rest(c), limit))
        }
        if cue.kind == .opinion { return nil }
        if doc.isComma(before) {
            let left = leftStart..<before
            guard !left.isEmpty else { return nil }
            if doc.isComma(sourceEnd), sourceEnd + 1 < limit, !startsNewClause(sourceEnd + 1) {
                return draft(leftStart..<min(rest(sourceEnd + 1), limit))
            }
            return draft(left)
        }
        // No comma: `P selon X.` or a cue inside the clause (constitue aux yeux de X un…).
        let afterIncise = (max(floor, before - 3)..<cue.start).contains { doc.invertedPronoun($0) != nil }
        guard plausible, cue.kind != .source || doc.isComma(before) || afterIncise else { return nil }
        if sourceEnd >= limit || doc.isSentenceFinal(sourceEnd) || doc.isCloseQuote(sourceEnd) {
            // P, a-t-on appris de source X: the content ends before the incise.
            if let comma = (leftStart..<cue.start).last(where: { doc.isComma($0) }),
               (comma..<cue.start).contains(where: { doc.invertedPronoun($0) != nil }) {
                return draft(leftStart..<comma)
            }
            return draft(leftStart..<cue.start)
        }
        if doc.isComma(sourceEnd) && startsNewClause(sourceEnd + 1) { return draft(leftStart..<cue.start) }
        return draft(leftStart..<min(rest(sourceEnd), limit))
    }

    /// A lowercase common noun without determiner (an apposition: chercheur à l'IRIS).
    private func isBareNoun(_ i: Int) -> Bool {
        doc.isWord(i) && !doc.isCapitalized(i) && doc.cls(i).isEmpty && !doc.isAdverb(i)
    }

    /// After `selon X,`: a relative, a conjunction or a verb starts something new (not the content's rest).
    private func startsNewClause(_ i: Int) -> Bool {
        doc.has(i, .relative) || doc.has(i, .conjunction) || doc.isCueForm(i) || doc.invertedPronoun(i + 1) != nil
    }
}
