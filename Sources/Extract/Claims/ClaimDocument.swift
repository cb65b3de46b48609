import DocumentModel
import Lexicon
import Tokenizer

/// One document as the claim rules see it: tokens with their keys and word
/// classes, sentence and quotation of every token, entities and dates by
/// token. Built once per document; read-only afterwards (a class, so the
/// rules share one instance instead of copying a dozen arrays).
final class ClaimDocument {
    let text: TokenizedText
    let lex: ClaimLexicons
    let tokens: [Token]
    /// Lexicon id of every token's key (`WordId.unknown`: in no list), for phrase matching.
    let ids: [WordId]
    /// What the lexicons say about every token's key: looked up once here.
    let entries: [LexicalEntry]
    let classes: [WordClass]
    /// Sentence index of every token.
    let sentenceOf: [Int]
    let quotations: [Quotation]
    /// Index in `quotations` of the innermost quotation holding a token (marks included).
    let quotationOf: [Int?]
    /// Quotation opened / closed at every token (-1: none).
    private let openedAt: [Int32]
    private let closedAt: [Int32]
    let entities: [Entity]
    /// Entity index covering a token.
    let entityAt: [Int?]
    /// Tokens of every entity: from the first token starting in it to the last starting before its end.
    let entityTokens: [Range<Int>]
    let dates: [DateMention]
    let inDate: [Bool]
    /// Entities by scalar start, by first token, and dates by scalar start:
    /// per-claim questions are answered without a scan of the document.
    let entitiesByStart: PositionIndex
    let entitiesByToken: PositionIndex
    let datesByStart: PositionIndex

    init(_ text: TokenizedText, lex: ClaimLexicons, entities: [Entity], dates: [DateMention]) {
        self.text = text
        self.lex = lex
        tokens = text.tokens
        let n = tokens.count
        let ids = lex.lexicon.words(of: text)
        var entries: [LexicalEntry] = [], classes: [WordClass] = []
        entries.reserveCapacity(n); classes.reserveCapacity(n)
        for i in 0..<n {
            let entry = lex.entry(ids[i])
            entries.append(entry)
            // Where accents matter (à / a), classes come from the written form.
            classes.append(entry.flags.contains(.accentSensitive) ? lex.accentedClasses(norm: tokens[i].norm) : entry.classes)
        }
        self.ids = ids
        self.entries = entries
        self.classes = classes
        var sentenceOf = [Int](filling: 0, count: n)
        for (s, sentence) in text.sentences.enumerated() {
            for t in sentence.tokens where t < sentenceOf.count { sentenceOf[t] = s }
        }
        self.sentenceOf = sentenceOf
        quotations = QuoteFinder().quotations(in: tokens)
        var quotationOf = [Int?](filling: nil, count: n)
        var opened = [Int32](filling: -1, count: n), closed = [Int32](filling: -1, count: n)
        // Sorted by opening: inner quotations come later and overwrite.
        for (q, quote) in quotations.enumerated() {
            for t in quote.open...quote.close { quotationOf[t] = q }
            opened[quote.open] = Int32(q)
            closed[quote.close] = Int32(q)
        }
        self.quotationOf = quotationOf
        openedAt = opened
        closedAt = closed
        self.entities = entities
        var entityAt = [Int?](filling: nil, count: n)
        var entityTokens: [Range<Int>] = []
        entityTokens.reserveCapacity(entities.count)
        for e in entities.indices {
            let range = entities[e].range
            let first = text.firstToken(atOrAfter: range.start)
            var end = first
            while end < n, tokens[end].start < range.end { end += 1 }
            entityTokens.append(first..<end)
            // A token starting before the entity but running into it is covered too.
            var t = first
            if t > 0, tokens[t - 1].end > range.start { t -= 1 }
            while t < n, tokens[t].start < range.end {
                if entityAt[t] == nil { entityAt[t] = e }
                t += 1
            }
        }
        self.entityAt = entityAt
        self.entityTokens = entityTokens
        self.dates = dates
        var inDate = [Bool](filling: false, count: n)
        for d in dates {
            var t = text.firstToken(atOrAfter: d.range.start)
            while t < n, tokens[t].start < d.range.end { inDate[t] = true; t += 1 }
        }
        self.inDate = inDate
        entitiesByStart = PositionIndex(starts: entities.map(\.range.start))
        entitiesByToken = PositionIndex(starts: entityTokens.map(\.lowerBound))
        datesByStart = PositionIndex(starts: dates.map(\.range.start))
    }

    var count: Int { tokens.count }

    func key(_ i: Int) -> String { i >= 0 && i < count ? tokens[i].key : "" }
    /// The named word at token `i`, if it is one.
    func word(_ i: Int) -> Word? { i >= 0 && i < entries.count ? entries[i].word : nil }
    func entry(_ i: Int) -> LexicalEntry { i >= 0 && i < entries.count ? entries[i] : .unknown }
    func cls(_ i: Int) -> WordClass { i >= 0 && i < classes.count ? classes[i] : [] }
    func has(_ i: Int, _ c: WordClass) -> Bool { !cls(i).isDisjoint(with: c) }
    /// Head-noun class of the source lexicon.
    func head(_ i: Int) -> HeadClass? { entry(i).head }
    /// Some form of a reporting verb.
    func isCueForm(_ i: Int) -> Bool { entry(i).cueForms >= 0 }
    /// The cue readings of token `i`'s key.
    func cueForms(_ i: Int) -> [CueLexicon.Form]? {
        let f = entry(i).cueForms
        return f >= 0 ? lex.cues.formLists[Int(f)] : nil
    }
    /// Can a phrase of `table` start at token `i` (the test before matching it)?
    func startsPhrase(_ i: Int, _ table: PhraseStarts) -> Bool {
        i >= 0 && i < count && entries[i].phraseStarts.contains(table)
    }
    func isMedia(_ i: Int) -> Bool { startsPhrase(i, .media) && lex.media.contains(at: i, in: ids) }

    /// Token range of the sentence holding token `i`.
    func sentence(of i: Int) -> Range<Int> { text.sentences[sentenceOf[i]].tokens }

    func isPunct(_ i: Int) -> Bool { i >= 0 && i < count && tokens[i].shape.contains(.punctuation) }
    func isComma(_ i: Int) -> Bool { word(i) == .comma }
    /// Punctuation that ends a sentence or a clause for content extents.
    func isSentenceFinal(_ i: Int) -> Bool {
        switch word(i) { case .period?, .exclamation?, .question?, .ellipsis?, .ellipsisMark?: return true; default: return false }
    }
    /// Index in `quotations` of the quotation opened / closed at token `i`.
    func quoteOpened(at i: Int) -> Int? { i >= 0 && i < count && openedAt[i] >= 0 ? Int(openedAt[i]) : nil }
    func quoteClosed(at i: Int) -> Int? { i >= 0 && i < count && closedAt[i] >= 0 ? Int(closedAt[i]) : nil }
    func isOpenQuote(_ i: Int) -> Bool { quoteOpened(at: i) != nil }
    func isCloseQuote(_ i: Int) -> Bool { quoteClosed(at: i) != nil }
    func isQuoteMark(_ i: Int) -> Bool {
        switch word(i) {
        case .openGuillemet?, .closeGuillemet?, .straightQuote?, .openCurlyQuote?, .closeCurlyQuote?: return true
        default: return false
        }
    }
    func isCapitalized(_ i: Int) -> Bool { i >= 0 && i < count && tokens[i].shape.contains(.capitalized) }
    func isNumber(_ i: Int) -> Bool { i >= 0 && i < count && tokens[i].shape.contains(.hasDigit) }
    func isWord(_ i: Int) -> Bool { i >= 0 && i < count && tokens[i].shape.contains(.hasLetter) }

    /// An adverb: in the lexicon, or a lowercase word in -ment not after a
    /// determiner (officiellement, but not le gouvernement).
    func isAdverb(_ i: Int) -> Bool {
        if has(i, .adverb) { return true }
        let k = key(i)
        return k.hasSuffix("ment") && k.count > 5 && !isCapitalizedNoun(i) && !has(i - 1, .determiner)
            && !isCueForm(i)
    }
    private func isCapitalizedNoun(_ i: Int) -> Bool { isCapitalized(i) && i > 0 && !isSentenceStart(i) }

    func isSentenceStart(_ i: Int) -> Bool { i == sentence(of: i).lowerBound }

    /// Calendar-time word or a token inside a date mention.
    /// A channel noun or a medium (`communiqué`, `canaux`, `Telegram`).
    func isChannel(_ i: Int) -> Bool {
        guard i < count else { return false }
        if entries[i].flags.contains(.channelNoun) || isMedia(i) { return true }
        if let e = entityAt[i], entities[e].subtype == "media" { return true }
        return false
    }

    func isTime(_ i: Int) -> Bool {
        guard i >= 0, i < count else { return false }
        return inDate[i] || entries[i].flags.contains(.timeWord) || has(i, .time)
    }

    /// Forms of avoir / être.
    /// Finite forms of avoir (not the preposition à, which folds to the same key).
    func avoirTense(_ i: Int) -> VerbTense? {
        guard let t = entry(i).avoir, t.isFinite, !has(i, .preposition) else { return nil }
        return t
    }
    func etreTense(_ i: Int) -> VerbTense? { entry(i).etre }
    /// A finite form of avoir or être.
    func isAuxiliary(_ i: Int) -> Bool {
        avoirTense(i) != nil || (etreTense(i)?.isFinite ?? false)
    }

    /// Inverted subject clitic token (`-il`, `-t-elle`): the pronoun's offset inside it.
    func invertedPronoun(_ i: Int) -> ScalarRange? {
        let k = key(i)
        guard k.utf8.first == UInt8(ascii: "-"), k.hasPrefix("-"), i < count else { return nil }
        let pronoun = k.hasPrefix("-t-") ? String(k.dropFirst(3)) : String(k.dropFirst())
        guard lex.invertedPronouns.contains(pronoun) else { return nil }
        let end = tokens[i].end
        return ScalarRange(end - pronoun.unicodeScalars.count, end)
    }

    /// Looks like an infinitive: a lowercase word in -er/-ir/-re/-oir, or a cue infinitive.
    func isInfinitive(_ i: Int) -> Bool {
        guard isWord(i), !isCapitalized(i) || isSentenceStart(i), cls(i).isEmpty else { return false }
        if let forms = cueForms(i), forms.contains(where: { $0.tense == .infinitive }) { return true }
        let k = key(i)
        return k.count > 3 && (k.hasSuffix("er") || k.hasSuffix("ir") || k.hasSuffix("re") || k.hasSuffix("oir"))
    }

    /// Looks like a past participle (for `aurait mis`, `serait tombé`), on
    /// the accented form: an ending of participle_endings.tsv.
    func isPastParticiple(_ i: Int) -> Bool {
        guard isWord(i), cls(i).isEmpty, tokens[i].norm.count > 1 else { return false }
        return lex.participleEndings.matches(Lowercase.of(tokens[i].norm))
    }

    /// Length of a multi-word adverbial at `i`, or 1 for a one-word adverb, or 0.
    func adverbialLength(at i: Int, limit: Int? = nil) -> Int {
        if startsPhrase(i, .adverbial), let m = lex.adverbials.longest(at: i, in: ids, limit: limit) { return m.length }
        return isAdverb(i) ? 1 : 0
    }

    /// Length of a multi-word adverbial (or one adverb) ending at token `j`, or 0.
    func adverbialLength(endingAt j: Int) -> Int {
        for len in stride(from: 5, through: 2, by: -1) where j - len + 1 >= 0 {
            if startsPhrase(j - len + 1, .adverbial), let m = lex.adverbials.longest(at: j - len + 1, in: ids, limit: j + 1),
               m.length == len { return len }
        }
        return isAdverb(j) ? 1 : 0
    }

    /// The scalar span of tokens `a..<b`.
    func span(_ a: Int, _ b: Int) -> TextSpan {
        TextSpan(ScalarRange(tokens[a].start, tokens[b - 1].end), in: text.source)
    }
}
