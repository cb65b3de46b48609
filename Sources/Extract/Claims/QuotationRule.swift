import DocumentModel

/// Incises: a reporting verb after the content, its subject after it.
///   « Q », dit-il. · « Q », a déclaré à RFI un responsable du FLA.
///   « Q1, écrit-il. Q2 » (the content runs across the incise)
///   P, soutient aussi X, enseignant à… (no quotation marks)
/// A relay (à RFI) is skipped, never the source.
struct QuotationRule {
    let doc: ClaimDocument
    let bounds: PhraseBounds

    func apply(_ cue: VerbCue) -> ClaimDraft? {
        guard case .finite = cue.usage, !cue.passive, cue.lemma.frames.contains(.quotation) else { return nil }
        let before = cue.start - 1
        let afterComma = doc.isComma(before)
        let quoteEnd = afterComma ? before - 1 : before
        guard afterComma || doc.isCloseQuote(before) else { return nil }

        // Inside a quotation that goes on after the incise: the source ends at its closing mark.
        var enclosing: Quotation?
        if let q = doc.quotationOf[cue.start], doc.quotations[q].open < cue.start, doc.quotations[q].close > cue.start {
            enclosing = doc.quotations[q]
        }
        let limit = enclosing?.close ?? doc.sentence(of: cue.verb).upperBound

        // The source: the inverted pronoun, or the noun phrase after the verb.
        let source: SourceRef
        var sourceEnd = cue.end
        if let inv = cue.inverted, let r = doc.invertedPronoun(inv) {
            source = .clitic(token: inv, range: r)
        } else {
            let p = bounds.skipAfterCue(cue.end, limit: limit)
            guard p < limit, bounds.startsNounPhrase(p), doc.word(p) != .que, doc.word(p) != .quElided else { return nil }
            let e = bounds.npEnd(from: p, limit: limit)
            // The subject of an incise without quotation marks must be able to speak
            // (…, annonce la prise de… has an object there, not a subject).
            // Inside a quotation (« Q1, affirme le médiateur, Q2 »), the incise is one by its place;
            // so is a definite noun phrase closing the sentence after a clause with a verb
            // (P ont péri…, a annoncé samedi la protection civile.).
            guard e > p, doc.isCloseQuote(quoteEnd) || enclosing != nil || bounds.isPlausibleSource(p, e)
                    || closesSentenceAfterClause(p, e, before: before) else { return nil }
            // An incise is followed by the end, a comma or a closing mark; anything else is a new clause.
            guard e >= limit || doc.isComma(e) || doc.isSentenceFinal(e) || doc.isQuoteMark(e) || doc.word(e) == .openParenthesis || doc.word(e) == .qui
                    || doc.word(e) == .colon
                    || bounds.isSpeechAdjunct(e) else { return nil }
            source = .tokens(p, e)
            sourceEnd = e
        }

        let content: Range<Int>
        if let q = enclosing, !(doc.isCloseQuote(quoteEnd) && doc.quoteClosed(at: quoteEnd).map({ doc.quotations[$0] }) == q) {
            content = q.open..<(q.close + 1)
        } else if let qi = doc.quoteClosed(at: quoteEnd) {
            let q = doc.quotations[qi]
            let start = contentStart(sentenceOf: quoteEnd, before: quoteEnd)
            content = q.open <= start ? q.open..<(quoteEnd + 1) : start..<(quoteEnd + 1)
        } else {
            guard afterComma else { return nil }
            let start = contentStart(sentenceOf: before, before: before)
            if doc.isComma(sourceEnd), continuesClause(sourceEnd + 1) {
                // Jean-Claude Méry, expliquait-il, lui avait mis… : the content runs across.
                let end = bounds.clauseEnd(from: sourceEnd + 1, insideQuote: nil, coordinatedCues: [], cutSans: false)
                content = start..<end
            } else {
                content = start..<before
            }
        }
        guard !content.isEmpty else { return nil }
        return ClaimDraft(content: content, source: source, cue: cue.start..<cue.end, verbCue: cue, frame: .incise)
    }

    /// A definite noun phrase `p..<e` ending the sentence, after a comma that
    /// closes a clause with an auxiliary in its last segment (…ont péri, a
    /// annoncé la protection civile.) — not an apposition to a subject (le
    /// GSIM, une alliance liée à…, annonce la prise de…).
    private func closesSentenceAfterClause(_ p: Int, _ e: Int, before comma: Int) -> Bool {
        guard doc.has(p, .definite), !doc.has(p, .preposition), doc.isSentenceFinal(e) || e >= doc.sentence(of: p).upperBound else { return false }
        let sentenceStart = doc.sentence(of: comma).lowerBound
        let s = (sentenceStart..<comma).last(where: { doc.isComma($0) }).map { $0 + 1 } ?? sentenceStart
        return (s..<comma).contains { doc.isAuxiliary($0) && !doc.has($0 - 1, .determiner) }
    }

    /// After `P, dit-il,`: does the clause of P go on (a verb, a clitic, a
    /// negation), rather than an apposition to the source (enseignant à…)?
    private func continuesClause(_ i: Int) -> Bool {
        switch doc.word(i) {
        case .lui?, .leur?, .se?, .sElided?, .y?, .en?, .ne?, .nElided?: return true
        default: break
        }
        return bounds.startsMainVerb(i)
    }

    /// The content of an incise starts at its sentence's first non-adverbial
    /// segment, or at the opening of a quotation the sentence continues.
    private func contentStart(sentenceOf i: Int, before end: Int) -> Int {
        let s = doc.sentence(of: i).lowerBound
        if let q = doc.quotationOf[s], doc.quotations[q].open < s, doc.quotations[q].close >= s {
            return doc.quotations[q].open
        }
        if doc.isOpenQuote(s) { return s }
        return bounds.skipLeadingAdverbials(s, end)
    }
}
