import DocumentModel
import Lexicon

/// Stage 3a: temporal expressions with ISO 8601 / TIMEX3 values, resolved
/// against the document date (ANNOTATION.md, Dates).
///
/// Rules (one family per file in `Dates/`) propose matches at each token;
/// the longest wins. Matches are then resolved in text order, so a relative
/// expression can count from an explicit date written before it.
public struct DateTagger: Sendable {
    /// State behind one reference (see `Shared`).
    private let shared: Shared<DateLexicon>
    var dateLexicon: DateLexicon { shared.value }

    /// A tagger whose word lists go into `words`, the lexicon the pipeline's tokenizer is built with.
    public init(words: inout Lexicon.Builder) throws {
        shared = Shared(try DateLexicon(words: &words))
    }

    /// A tagger with a lexicon of its own (documents from any tokenizer work).
    public init() throws {
        var words = Lexicon.Builder()
        try self.init(words: &words)
    }

    public func tag(_ text: TokenizedText, documentDate: DocumentDate?) -> [DateMention] {
        let c = DateContext(text: text, lexicon: dateLexicon)
        var matches: [DateMatch] = []
        // Every date expression holds an anchor (a number, a month, a
        // weekday, a unit…) within its first few tokens: rules are tried only
        // there, which keeps the tagger's cost near one look-up per token.
        let nearAnchor = anchorNeighbourhood(c)
        var i = headerEnd(c)
        while i < c.count {
            guard nearAnchor[i], c.mayStartDate(i) else { i += 1; continue }
            var best = longestMatch(at: i, in: c)
            guard var lastMatch = best.last else { i += 1; continue }
            // A part of the day stays in a day expression (`vendredi matin`,
            // `hier soir`, `mardi 12 au soir`).
            if lastMatch.isDay {
                let e = lastMatch.tokenEnd
                let partEnd = c.word(e).isDayPart ? e + 1 : c.keyword(e) == .au && c.word(e + 1).isDayPart ? e + 2 : e
                if partEnd > e {
                    lastMatch = DateMatch(range: ScalarRange(lastMatch.range.start, c.text.tokens[partEnd - 1].end),
                                          tokenEnd: partEnd, expression: lastMatch.expression)
                    best[best.count - 1] = lastMatch
                }
            }
            matches += best
            i = lastMatch.tokenEnd
        }

        var resolver = DateResolver(documentDate: documentDate)
        var futureBySentence: [Int: Bool] = [:]
        var seen = Set<ScalarRange>()
        var mentions: [DateMention] = []
        for m in matches where seen.insert(m.range).inserted {
            let tokenIndex = text.firstToken(atOrAfter: m.range.start)
            let sentence = text.sentenceIndex(ofToken: min(tokenIndex, max(0, text.tokens.count - 1))) ?? -1
            var future: Bool
            if let f = futureBySentence[sentence] {
                future = f
            } else {
                future = isFuture(sentence: sentence, in: c)
                futureBySentence[sentence] = future
            }
            // A bare weekday goes the way of the verb nearest it, when there is one.
            if m.followsClauseTense, sentence >= 0,
               let tense = ClauseTense.near(tokenIndex, m.tokenEnd, sentence: text.sentences[sentence].tokens, in: c) {
                future = tense == .future
            }
            mentions.append(DateMention(span: TextSpan(m.range, in: text.source),
                                        value: resolver.resolve(m.expression, future: future)))
        }
        return mentions
    }

    /// The matches of the rule with the longest match at `i`. Rules are
    /// called directly (no `any DateRule` array), in priority order: on equal
    /// length the earlier rule wins.
    private func longestMatch(at i: Int, in c: DateContext) -> [DateMatch] {
        var best: [DateMatch] = []
        var bestEnd = i
        Self.keepLonger(DateRangeRule().matches(at: i, in: c), as: &best, end: &bestEnd)
        Self.keepLonger(MonthPairRule().matches(at: i, in: c), as: &best, end: &bestEnd)
        Self.keepLonger(AgoRule().matches(at: i, in: c), as: &best, end: &bestEnd)
        Self.keepLonger(AbsoluteDateRule().matches(at: i, in: c), as: &best, end: &bestEnd)
        Self.keepLonger(NumericDateRule().matches(at: i, in: c), as: &best, end: &bestEnd)
        Self.keepLonger(RelativePeriodRule().matches(at: i, in: c), as: &best, end: &bestEnd)
        Self.keepLonger(PartOfPeriodRule().matches(at: i, in: c), as: &best, end: &bestEnd)
        Self.keepLonger(YearRule().matches(at: i, in: c), as: &best, end: &bestEnd)
        Self.keepLonger(YearPartRule().matches(at: i, in: c), as: &best, end: &bestEnd)
        Self.keepLonger(CenturyRule().matches(at: i, in: c), as: &best, end: &bestEnd)
        Self.keepLonger(SeasonRule().matches(at: i, in: c), as: &best, end: &bestEnd)
        Self.keepLonger(RelativeDayRule().matches(at: i, in: c), as: &best, end: &bestEnd)
        Self.keepLonger(WeekdayRule().matches(at: i, in: c), as: &best, end: &bestEnd)
        Self.keepLonger(DateShiftRule().matches(at: i, in: c), as: &best, end: &bestEnd)
        return best
    }

    /// `m` replaces `best` when it ends further (on a tie the earlier rule stays).
    @inline(__always)
    private static func keepLonger(_ m: [DateMatch], as best: inout [DateMatch], end bestEnd: inout Int) {
        if let end = m.last?.tokenEnd, end > bestEnd { best = m; bestEnd = end }
    }

    /// `result[i]`: an anchor token stands within `anchorWindow` tokens from `i` on.
    private func anchorNeighbourhood(_ c: DateContext) -> [Bool] {
        var near = [Bool](repeating: false, count: c.count)
        var nextAnchor = Int.max
        for k in stride(from: c.count - 1, through: 0, by: -1) {
            if c.words[k].isAnchor { nextAnchor = k }
            near[k] = nextAnchor != Int.max && nextAnchor - k <= DateLexicon.anchorWindow
        }
        return near
    }

    /// Tokens to skip: a leading ` date 2025-05` metadata header is not a date.
    private func headerEnd(_ c: DateContext) -> Int {
        guard c.count >= 2, c.key(0) == "date", DocumentDate(c.text.tokens[1].text) != nil else { return 0 }
        return 2
    }

    /// Whether a sentence speaks of what is to come (a future verb or cue).
    private func isFuture(sentence: Int, in c: DateContext) -> Bool {
        guard sentence >= 0 else { return false }
        let tokens = c.text.tokens
        return c.text.sentences[sentence].tokens.contains { k in
            c.has(.future, at: k) || dateLexicon.looksFuture(key: tokens[k].key, shape: tokens[k].shape, word: c.words[k])
        }
    }
}

extension DateTagger {
    /// The lexicon as this stage's word lists left it.
    public var lexicon: Lexicon.Snapshot { shared.value.lexicon }
}
