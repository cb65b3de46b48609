import DocumentModel

/// Extents of noun phrases, subjects, clauses and skippable material, on
/// tokens and closed-class words only (no parser): the shared geometry of
/// the claim rules.
struct PhraseBounds {
    let doc: ClaimDocument

    /// A preposition opening an adjunct of the speech act (`adjunct` in
    /// function_words.tsv: dans, sur, lors…): a source ends before it.
    private func isAdjunctPreposition(_ i: Int) -> Bool {
        doc.cls(i).isSuperset(of: [.adjunct, .preposition])
    }

    // MARK: Noun phrases

    /// An adjunct of the speech act starting at `i`: dans un communiqué, sur
    /// X, à RFI, lors d'une conférence de presse.
    func isSpeechAdjunct(_ i: Int) -> Bool {
        let k = doc.word(i)
        if isAdjunctPreposition(i) { return true }
        return (k == .a && doc.has(i, .preposition) || k == .au || k == .aux || k == .aupres)
    }

    /// A news organisation at token `i` (entity subtype media, or the media list).
    func isMedia(_ i: Int) -> Bool {
        guard i >= 0, i < doc.count else { return false }
        if let e = doc.entityAt[i], doc.entities[e].subtype == "media" { return true }
        return doc.isMedia(i)
    }

    /// Exclusive end of the noun phrase starting at `s` (not beyond `limit`):
    /// stops at punctuation, relative pronouns, verbs, a new determiner that
    /// does not follow a preposition, or a relay participle.
    func npEnd(from s: Int, limit: Int) -> Int {
        var j = s
        var words = 0
        while j < limit, words < 16 {
            let k = doc.word(j)
            if k == .openParenthesis {
                // A short parenthesis (an acronym) belongs to the phrase.
                var c = j + 1
                while c < limit, c < j + 5, doc.word(c) != .closeParenthesis { c += 1 }
                if c < limit, doc.word(c) == .closeParenthesis { j = c + 1; continue }
                break
            }
            if doc.isPunct(j) && k != .hyphen { break }
            if doc.has(j, .relative) || doc.has(j, .subjectPronoun) && j > s { break }
            if j > s, k == .avoir || k == .etre || k == .ne || k == .nElided { break }
            if j > s {
                if doc.isAuxiliary(j) || (doc.isCueForm(j) && !doc.has(j - 1, .determiner) && !doc.has(j - 1, .preposition) && doc.head(j) == nil) { break }
                if doc.has(j, .determiner) && !doc.has(j, .preposition) && !doc.has(j - 1, .preposition) && !doc.has(j - 1, .conjunction)
                    && !doc.has(j - 1, .determiner) { break }
                if doc.word(j + 1) == .par, isRelayParticiple(j) { break }
                // Adjuncts of the speech act, not of the source (…, a indiqué l'armée dans
                // un communiqué · explique un habitant à RFI).
                if isAdjunctPreposition(j) { break }
                if (k == .a && doc.has(j, .preposition) || k == .au || k == .aux),
                   isMedia(j + 1) || doc.has(j + 1, .determiner) && isMedia(j + 2) { break }
            }
            j += 1
            words += 1
        }
        return j
    }

    /// vu, consulté, obtenu… (possibly inflected: vue, consultés).
    private func isRelayParticiple(_ j: Int) -> Bool {
        let k = doc.key(j)
        return doc.lex.relayParticiples.contains(where: { k.hasPrefix($0) && k.count <= $0.count + 2 })
    }

    /// Start of the noun phrase ending just before `e`: walks left over
    /// words, prepositional complements and coordinations, and stops after a
    /// determiner that does not follow a preposition, or at punctuation or a verb.
    func npStart(endingAt e: Int, floor: Int) -> Int {
        var j = e - 1
        var start = e
        while j >= floor, e - j <= 30 {
            if doc.isPunct(j) && doc.word(j) != .closeParenthesis && doc.word(j) != .openParenthesis || doc.has(j, .relative) || doc.isAuxiliary(j) { break }
            if doc.word(j) == .closeParenthesis {
                var c = j - 1
                while c >= floor, c > j - 5, doc.word(c) != .openParenthesis { c -= 1 }
                if doc.word(c) == .openParenthesis { j = c - 1; continue }
                break
            }
            start = j
            if doc.has(j, .determiner) && !doc.has(j, .preposition) {
                let before = j - 1
                if before < floor || !(doc.has(before, .preposition) || doc.has(before, .conjunction)) { break }
            }
            // des after a verb is the article; after a noun it is de + les.
            if doc.word(j) == .des, j - 1 >= floor, doc.isCueForm(j - 1) || doc.isAuxiliary(j - 1) { break }
            j -= 1
        }
        return start
    }

    /// Can a phrase starting at `i` be a subject or source: a determiner, a
    /// pronoun, a name, a number, a quantifier.
    func startsNounPhrase(_ i: Int) -> Bool {
        guard i >= 0, i < doc.count else { return false }
        if doc.has(i, .preposition) && !doc.has(i, .determiner) {
            // de nombreux, d'autres: partitive determiners.
            return (doc.word(i) == .de || doc.word(i) == .dElided) && doc.has(i + 1, .quantifier)
        }
        if doc.has(i, .determiner) || doc.has(i, .subjectPronoun) || doc.has(i, .pronoun) { return true }
        if doc.has(i, .conjunction) || doc.has(i, .adverb) || doc.has(i, .relative) { return false }
        return doc.isCapitalized(i) || doc.isNumber(i) || (doc.isWord(i) && doc.head(i) != nil)
    }

    // MARK: Adverbials

    /// Is `a..<b` (a comma-delimited segment) an adverbial rather than a noun
    /// phrase: it opens with a preposition, an adverb, a conjunction, a time
    /// expression or a bare participle (Au Mali, · Concrètement, · Fin juillet, ·
    /// La semaine dernière, · Contactés,).
    func isAdverbialSegment(_ a: Int, _ b: Int) -> Bool {
        guard a < b else { return true }
        var i = a
        if doc.has(i, .conjunction) { i += 1; if i >= b { return true } }
        if doc.has(i, .preposition) && !startsNounPhrase(i) { return true }
        if doc.adverbialLength(at: i, limit: b) > 0 && !doc.has(i, .determiner) { return true }
        if doc.isTime(i) || doc.isNumber(i) && doc.isTime(i + 1) { return true }
        if doc.has(i, .determiner), doc.isTime(i + 1) { return true }
        if b - i == 1 && doc.key(i).hasSuffix("ment") { return true }
        // A present participle opening the segment (Évoquant…, Citant…).
        if i == a, doc.isWord(i), doc.key(i).hasSuffix("ant"), doc.cls(i).isEmpty, doc.head(i) == nil,
           doc.entityAt[i] == nil, !doc.has(i + 1, .subjectPronoun) {
            return true
        }
        // A participle opening the sentence (Contactés, Sollicitée par RFI,).
        if i == a, doc.isPastParticiple(i), !doc.has(i, .determiner), doc.head(i) == nil,
           !doc.isCapitalized(i) || doc.isSentenceStart(i), !doc.tokens[i].shape.contains(.allCaps) {
            return b - i <= 6 && doc.key(i).count > 3 && !doc.isCapitalized(i + 1)
        }
        return false
    }

    /// First token after the adverbial segments that open `a..<b`, or `a`
    /// when nothing would be left.
    func skipLeadingAdverbials(_ a: Int, _ b: Int) -> Int {
        var s = a
        if doc.has(s, .conjunction), !doc.isComma(s + 1) { s += 1 }
        while s < b {
            var c = s
            while c < b, !doc.isComma(c) { c += 1 }
            guard c < b, isAdverbialSegment(s, c) else { break }
            s = c + 1
        }
        return s < b ? s : a
    }

    // MARK: After a cue

    /// First token after `i` past adverbs, multi-word adverbials, time words,
    /// relays (à RFI, auprès de l'AFP) and a comma-delimited adverbial
    /// (, dans un communiqué publié ce lundi,).
    func skipAfterCue(_ i: Int, limit: Int, relayStops: Bool = true) -> Int {
        var j = i
        var guardCount = 0
        while j < limit, guardCount < 12 {
            guardCount += 1
            let adv = doc.adverbialLength(at: j, limit: limit)
            if adv > 0 { j += adv; continue }
            if doc.isTime(j) && !doc.has(j, .determiner) { j += 1; continue }
            if doc.has(j, .determiner), doc.isTime(j + 1), doc.word(j) != .la || doc.isTime(j + 2) || opensContent(j + 2) {
                // ce lundi, ce mardi 14 juillet
                var e = j + 1
                while e < limit, doc.isTime(e) || doc.isNumber(e) { e += 1 }
                j = e; continue
            }
            // A preposition of time: affirmait dès mars, a indiqué dans la nuit que…
            if doc.has(j, .preposition), !doc.has(j, .determiner) {
                var e = j + 1
                if doc.has(e, .determiner), doc.isTime(e + 1) { e += 1 }
                if doc.isTime(e) && (!doc.isNumber(e) || doc.inDate[e]) || doc.isNumber(e) && doc.isTime(e + 1) {
                    while e < limit, doc.isTime(e) || doc.isNumber(e) { e += 1 }
                    // Not when a noun follows: dans son dernier rapport is a medium, not a time.
                    let noun = doc.isWord(e) && !doc.isCapitalized(e) && doc.cls(e).isEmpty && !doc.isInfinitive(e)
                        && !doc.isCueForm(e)
                    if !noun { j = e; continue }
                }
            }
            let k = doc.word(j)
            if (k == .a && doc.has(j, .preposition)) || k == .au || k == .aux || k == .aupres {
                // A relay: à RFI, à l'AFP, auprès de nos confrères, au micro de…
                var e = j + 1
                if k == .aupres { e += 1 }
                let np = e
                e = npEnd(from: e, limit: limit)
                if e > np, e - j <= 8, isPlausibleSource(np, e) { j = e; continue }
                break
            }
            if k == .sur || k == .dans || k == .via, doc.has(j, .preposition) {
                // A medium adjunct: a revendiqué sur ses canaux Telegram / dans un communiqué la destruction de…
                let e = npEnd(from: j + 1, limit: limit)
                if e > j + 1, e - j <= 7, (j + 1..<e).contains(where: { doc.isChannel($0) }), e < limit, !doc.isComma(e) || e + 1 < limit {
                    j = doc.isComma(e) ? e + 1 : e
                    continue
                }
                break
            }
            if doc.isComma(j) {
                var c = j + 1
                while c < limit, !doc.isComma(c), c - j < 14 { c += 1 }
                if c < limit, doc.isComma(c), isAdverbialSegment(j + 1, c) { j = c + 1; continue }
                // A contrastive pronoun: évoque, elle, « … » · a, lui, affirmé…
                if c == j + 2, doc.has(j + 1, .pronoun), !doc.has(j + 1, .relative) { j = c + 1; continue }
                break
            }
            break
        }
        return j
    }

    /// que, qu', a colon or an infinitive: what follows a time adjunct before a content (a déclaré la veille qu'…).
    private func opensContent(_ i: Int) -> Bool {
        let k = doc.word(i)
        return k == .que || k == .quElided || k == .colon || doc.isInfinitive(i)
    }

    // MARK: Clauses

    /// Exclusive end of the content clause starting at `a`: the end of the
    /// sentence (or of the quotation the cue sits in), cut before a
    /// coordinated reporting verb (…, mais assure…) and, for infinitive and
    /// noun-phrase contents, before `sans` + infinitive (sans fournir de bilan).
    func clauseEnd(from a: Int, insideQuote: Quotation?, coordinatedCues: Set<Int>, verbCueStarts: Set<Int> = [],
                   cutSans: Bool) -> Int {
        guard a < doc.count else { return a }
        var e = doc.sentence(of: a).upperBound
        if let q = insideQuote, q.close < e, q.close >= a { e = q.close }
        var j = a
        while j < e {
            let k = doc.word(j)
            if k == .semicolon { e = j; break }
            if j > a, doc.isComma(j - 1), verbCueStarts.contains(j) { e = j - 1; break }
            if j > a, doc.isComma(j - 1), doc.startsPhrase(j, .preposition), let m = doc.lex.cues.prepositions.longest(at: j, in: doc.ids),
               m.value.kind == .according {
                // A trailing `, selon X.` belongs to another claim.
                let se = npEnd(from: j + m.length, limit: e)
                if se >= e || doc.isSentenceFinal(se) { e = j - 1; break }
            }
            if coordinatedCues.contains(j) {
                var c = j
                while c > a, doc.has(c - 1, .conjunction) || doc.isComma(c - 1) || doc.isAdverb(c - 1) { c -= 1 }
                if c > a { e = c; break }
            }
            if cutSans, j > a + 1, k == .dans || k == .via || k == .par, doc.has(j + 1, .determiner),
               doc.head(j + 2) == .document {
                e = j; break
            }
            // …, tout en posant ses conditions: the gerund is the writer's, about the source.
            if j > a, doc.isComma(j), doc.key(j + 1) == "tout", doc.word(j + 2) == .en { e = j; break }
            if cutSans, k == .sans, doc.isInfinitive(j + 1) || doc.word(j + 1) == .que {
                var c = j
                while c > a, doc.word(c - 1) == .mais || doc.isComma(c - 1) { c -= 1 }
                if c > a { e = c; break }
            }
            j += 1
        }
        e = extendOverQuotations(a, e)
        return cutFinalApposition(a, e)
    }

    /// A sentence-final apposition that describes the last noun and carries a
    /// relative clause is the writer's background, not the source's words:
    /// `…capturé un combattant de Wagner, la société liée au Kremlin qui
    /// aurait été engagée…` ends at `Wagner`.
    func cutFinalApposition(_ a: Int, _ e: Int) -> Int {
        guard let c = (a..<e).last(where: { doc.isComma($0) }), c - a >= 3 else { return e }
        let s = c + 1
        // …, un bilan impossible à vérifier: an indefinite fact noun in apposition is the writer's comment.
        if doc.has(s, .indefinite), !doc.has(s, .quantifier), doc.entry(s + 1).flags.contains(.factNoun),
           !(s..<e).contains(where: { doc.isAuxiliary($0) || doc.isCueForm($0) }), doc.quotationOf[c] == nil { return c }
        guard s < e, doc.has(s, .determiner), !doc.has(s, .quantifier), !doc.has(s, .preposition),
              !doc.isTime(s + 1), !doc.isNumber(s + 1), doc.quotationOf[c] == nil,
              let rel = (s..<e).first(where: { doc.has($0, .relative) || doc.word($0 + 1) == .par && doc.isPastParticiple($0) })
        else { return e }
        if (s..<rel).contains(where: { doc.isAuxiliary($0) || doc.has($0, .subjectPronoun) }) { return e }
        return c
    }

    /// Extends `a..<e` to the end of a quotation opened inside it (a quotation
    /// running over several sentences), then to that sentence's end.
    func extendOverQuotations(_ a: Int, _ e: Int) -> Int {
        var end = e
        var j = a
        while j < end {
            if let q = doc.quoteOpened(at: j) {
                let close = doc.quotations[q].close
                if close >= end {
                    end = close + 1
                    let sentenceEnd = doc.sentence(of: close).upperBound
                    // Keep the rest of that sentence only if it is not a new incise or clause.
                    if sentenceEnd > end, !doc.isComma(end) { end = sentenceEnd }
                }
                j = close + 1
                continue
            }
            j += 1
        }
        return end
    }
}

extension PhraseBounds {
    /// Is `a..<b` made only of adverbial segments (nothing but adverbials
    /// before a cue: `Concrètement, selon X`, `Mais sur le terrain, selon X`)?
    func isAdverbialRun(_ a: Int, _ b: Int) -> Bool {
        guard a < b else { return true }
        var s = a
        while s < b {
            var c = s
            while c < b, !doc.isComma(c) { c += 1 }
            if !isAdverbialSegment(s, c) { return false }
            s = c + 1
        }
        return true
    }
}

extension PhraseBounds {
    /// Does `a..<b` name something that can speak: a source noun, a name, an
    /// entity, a pronoun (selon lui).
    func isPlausibleSource(_ a: Int, _ b: Int) -> Bool {
        guard a < b else { return false }
        if b - a == 1, doc.has(a, .pronoun) && !doc.has(a, .determiner) { return true }
        let i = SourceClassifier(doc: doc).headToken(a, b)
        if doc.head(i) == .info {
            // les informations de RFI: the complement must speak; nos informations: the outlet.
            guard let c = (i + 1..<b).first(where: { [.de, .dElided, .du, .des].contains(doc.word($0)) }) else {
                return doc.word(a) == .nos || doc.word(a) == .notre || doc.has(a, .indefinite)
            }
            return isPlausibleSource(doc.word(c) == .du || doc.word(c) == .des ? c : c + 1, b)
        }
        if doc.head(i) != nil || doc.entityAt[i] != nil || doc.isMedia(i) { return true }
        return doc.isCapitalized(i) && !(i == a && doc.has(i, .determiner))
    }
}

extension PhraseBounds {
    /// A lowercase word in -ent that is no adverb or noun in -ment: a
    /// third-person plural verb (circulent, restent), for ends of phrases.
    func isPluralPresent(_ j: Int) -> Bool {
        let k = doc.key(j)
        return doc.isWord(j) && !doc.isCapitalized(j) && doc.cls(j).isEmpty && k.hasSuffix("ent") && !k.hasSuffix("ment") && k.count > 4
    }

    /// Does a finite verb seem to start at `i` after a comma: an auxiliary,
    /// a negation, or a lowercase word that is no function word, noun of the
    /// source lexicon or adverb (…, réclame des renforts).
    func startsMainVerb(_ i: Int) -> Bool {
        guard i < doc.count, doc.isWord(i), !doc.isCapitalized(i) else { return false }
        if doc.isAuxiliary(i) || doc.word(i) == .ne || doc.word(i) == .nElided { return true }
        return doc.cls(i).isEmpty && !doc.isAdverb(i) && doc.head(i) == nil && !doc.isPastParticiple(i)
            && !doc.isTime(i) && !doc.isNumber(i)
    }
}
