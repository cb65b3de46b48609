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
            var sourceEnd = cue.start
            if doc.isComma(sourceEnd - 1) { sourceEnd -= 1 }
            let s = relativeSourceStart(endingAt: sourceEnd, floor: floor)
            guard s < sourceEnd, bounds.startsNounPhrase(s), cue.end + 1 < limit else { return nil }
            let e = bounds.clauseEnd(from: cue.end + 1, insideQuote: nil, coordinatedCues: [], cutSans: false)
            return ClaimDraft(content: (cue.end + 1)..<relativeClauseEnd(cue.end + 1, min(e, limit)), source: .tokens(s, sourceEnd),
                              cue: cue.start..<(cue.end + 1), verbCue: nil, frame: .according)
        }

        // The source.
        let sourceStart = cue.kind == .source ? cue.end - 1 : cue.end
        guard sourceStart < limit else { return nil }
        var sourceEnd = bounds.npEnd(from: sourceStart, limit: limit)
        guard sourceEnd > sourceStart else { return nil }
        // Selon un rapport de l'ONU publié la semaine dernière, P: the participle's time is the source's.
        if sourceEnd - sourceStart > 1, doc.isPastParticiple(sourceEnd - 1) {
            var e = sourceEnd
            if doc.has(e, .determiner), doc.isTime(e + 1) { e += 1 }
            if e < limit, doc.isTime(e) {
                while e < limit, doc.isTime(e) || doc.isNumber(e) { e += 1 }
                if doc.isComma(e) || e >= limit || doc.isSentenceFinal(e) { sourceEnd = e }
            }
        }
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
                // A relative on the source (Selon une source, qui a requis l'anonymat, P).
                else if doc.word(c) == .qui, let next = (c..<limit).first(where: { doc.isComma($0) }), next + 1 < limit { c = next + 1 }
            } else if !plausible || !bounds.startsNounPhrase(c) {
                return nil
            }
            guard c < limit else { return nil }
            // De source sécuritaire, on indique que P: P is the content (one claim).
            if let q = impersonalReport(at: c, limit: limit) { c = q }
            return draft(c..<min(rest(c), limit))
        }
        if cue.kind == .opinion { return nil }
        if doc.isComma(before) {
            let left = leftStart..<before
            guard !left.isEmpty else { return nil }
            // P, selon X cité par l'AFP, Q: the relay ends the inserted cue, not the content.
            var inserted = sourceEnd
            if doc.word(inserted + 1) == .par, doc.isPastParticiple(inserted) {
                inserted = bounds.npEnd(from: inserted + 2, limit: limit)
            }
            if doc.isComma(inserted), inserted + 1 < limit, !startsNewClause(inserted + 1) {
                return draft(leftStart..<min(rest(inserted + 1), limit))
            }
            return draft(left)
        }
        // No comma: `P selon X.` or a cue inside the clause (constitue aux yeux de X un…).
        let afterIncise = (max(floor, before - 3)..<cue.start).contains { doc.invertedPronoun($0) != nil }
            || verbalIncise(leftStart, cue.start) != nil
        guard plausible, cue.kind != .source || doc.isComma(before) || afterIncise else { return nil }
        if sourceEnd >= limit || doc.isSentenceFinal(sourceEnd) || doc.isCloseQuote(sourceEnd) {
            // P, a-t-on appris de source X: the content ends before the incise.
            if let comma = (leftStart..<cue.start).last(where: { doc.isComma($0) }),
               (comma..<cue.start).contains(where: { doc.invertedPronoun($0) != nil }) {
                return draft(leftStart..<comma)
            }
            // P, a appris l'AFP de source militaire: the medium is a relay, the content ends before its verb.
            if let comma = verbalIncise(leftStart, cue.start) { return draft(leftStart..<comma) }
            return draft(leftStart..<cue.start)
        }
        if doc.isComma(sourceEnd) && startsNewClause(sourceEnd + 1) { return draft(leftStart..<cue.start) }
        return draft(leftStart..<min(rest(sourceEnd), limit))
    }

    /// The comma opening `, a appris l'AFP` / `, apprend-on` before a cue in
    /// `a..<cue`: an auxiliary or a finite verb right after it, a short segment.
    private func verbalIncise(_ a: Int, _ cue: Int) -> Int? {
        guard let comma = (a..<cue).last(where: { doc.isComma($0) }), comma > a, cue - comma <= 8 else { return nil }
        return doc.isAuxiliary(comma + 1) || bounds.startsMainVerb(comma + 1) && doc.has(comma + 2, .determiner) ? comma : nil
    }

    /// After `de source X,`: `on` + a reporting verb + que → the token after que.
    private func impersonalReport(at c: Int, limit: Int) -> Int? {
        guard doc.word(c) == .on else { return nil }
        var k = c + 1
        while k < min(limit, c + 5), !(doc.word(k) == .que || doc.word(k) == .quElided) {
            guard doc.isCueForm(k) || doc.isAuxiliary(k) || doc.isAdverb(k) || doc.has(k, .clitic) else { return nil }
            k += 1
        }
        guard k < limit, doc.word(k) == .que || doc.word(k) == .quElided, (c + 1..<k).contains(where: { doc.isCueForm($0) }) else { return nil }
        return k + 1
    }

    /// Start of the noun before `selon lequel`, over a participle and its
    /// time or agent (un rapport de l'ONU publié la semaine dernière).
    private func relativeSourceStart(endingAt e: Int, floor: Int) -> Int {
        var s = bounds.npStart(endingAt: e, floor: floor)
        var guardCount = 0
        while s > floor, guardCount < 3, doc.isPastParticiple(s - 1) || doc.cueForms(s - 1)?.contains(where: { $0.tense == .pastParticiple }) == true,
              doc.isTime(s) || doc.isTime(s + 1) || doc.word(s) == .par || doc.isAdverb(s) {
            let t = bounds.npStart(endingAt: s - 1, floor: floor)
            guard t < s - 1, bounds.startsNounPhrase(t) else { break }
            s = t
            guardCount += 1
        }
        return s
    }

    /// The relative clause after `selon lequel` ends where the main clause
    /// resumes: at a comma before a verb (…, a été rejeté), or at a second
    /// finite verb — an auxiliary or a third-person plural in -ent — after
    /// the clause's own (…étaient présents ont été démenties · …serait
    /// malade circulent depuis lundi).
    private func relativeClauseEnd(_ a: Int, _ e: Int) -> Int {
        var sawVerb = false
        for j in a..<e {
            if doc.isComma(j), j > a + 1, doc.isAuxiliary(j + 1) || bounds.startsMainVerb(j + 1) { return j }
            if doc.isAuxiliary(j) {
                let p = doc.word(j - 1)
                if sawVerb, !doc.has(j - 1, .relative), !doc.has(j - 1, .conjunction), !doc.has(j - 1, .clitic), !doc.has(j - 1, .negation),
                   !doc.has(j - 1, .subjectPronoun), p != .se, p != .sElided { return j }
                sawVerb = true
            } else if doc.isCueForm(j) {
                sawVerb = true
            } else if sawVerb, bounds.isPluralPresent(j), !doc.isAuxiliary(j - 1), !doc.has(j - 1, .determiner), !doc.has(j - 1, .subjectPronoun),
                      !doc.has(j - 1, .relative), !doc.has(j - 1, .clitic) {
                return j
            }
        }
        return e
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
