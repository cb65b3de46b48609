import DocumentModel

/// Stage 3a: temporal expressions with ISO 8601 / TIMEX3 values, resolved
/// against the document date (ANNOTATION.md, Dates).
///
/// Rules (one family per file in `Dates/`) propose matches at each token;
/// the longest wins. Matches are then resolved in text order, so a relative
/// expression can count from an explicit date written before it.
public struct DateTagger: Sendable {
    let lexicon: DateLexicon
    /// In priority order: on equal length the earlier rule wins.
    let rules: [any DateRule]

    public init() throws {
        lexicon = try DateLexicon()
        rules = [
            DateRangeRule(), AbsoluteDateRule(), NumericDateRule(), RelativePeriodRule(), PartOfPeriodRule(),
            YearRule(), YearPartRule(), CenturyRule(), SeasonRule(), RelativeDayRule(), WeekdayRule(), DateShiftRule(),
        ]
    }

    public func tag(_ text: TokenizedText, documentDate: DocumentDate?) -> [DateMention] {
        let c = DateContext(text: text, lexicon: lexicon)
        var matches: [DateMatch] = []
        var i = headerEnd(c)
        while i < c.count {
            var best: [DateMatch] = []
            for rule in rules {
                let m = rule.matches(at: i, in: c)
                if let end = m.last?.tokenEnd, end > (best.last?.tokenEnd ?? i) { best = m }
            }
            guard var lastMatch = best.last else { i += 1; continue }
            // A part of the day stays in a day expression (`vendredi matin`, `hier soir`).
            if lastMatch.isDay, let t = c.token(lastMatch.tokenEnd), lexicon.dayParts.contains(t.key) {
                lastMatch = DateMatch(range: ScalarRange(lastMatch.range.start, t.end), tokenEnd: lastMatch.tokenEnd + 1,
                                      expression: lastMatch.expression)
                best[best.count - 1] = lastMatch
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
            let future: Bool
            if let f = futureBySentence[sentence] {
                future = f
            } else {
                future = isFuture(sentence: sentence, in: c)
                futureBySentence[sentence] = future
            }
            mentions.append(DateMention(span: TextSpan(m.range, in: text.source),
                                        value: resolver.resolve(m.expression, future: future)))
        }
        return mentions
    }

    /// Tokens to skip: a leading ` date 2025-05` metadata header is not a date.
    private func headerEnd(_ c: DateContext) -> Int {
        guard c.count >= 2, c.key(0) == "date", let t = c.token(1), DocumentDate(t.text) != nil else { return 0 }
        return 2
    }

    /// Whether a sentence speaks of what is to come (a future verb or cue).
    private func isFuture(sentence: Int, in c: DateContext) -> Bool {
        guard sentence >= 0 else { return false }
        for t in c.text.tokens[c.text.sentences[sentence].tokens] where lexicon.has(.future, t) || lexicon.looksFuture(t) {
            return true
        }
        return false
    }
}
