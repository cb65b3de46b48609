import DocumentModel

/// Two months joined by a hyphen or a dash: `mars-avril`, `juillet-août
/// 2024`, `novembre – décembre`. Each month is its own date (ANNOTATION: a
/// range with both ends explicit is two dates); a year after the second
/// serves both (`mars` → `2024-03`, `avril 2024` → `2024-04`). Two month
/// names side by side need no cue: neither is then the planet or a verb.
/// Left alone: a month in a hyphenated name that is not two months (`mi-mars`
/// is a month on its own, `Mars-Express` a name).
struct MonthPairRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        if let m = joined(at: i, in: c) { return m }
        // Three tokens: `mars - avril`, `mars – avril`.
        let k = c.keyword(i + 1)
        guard k == .hyphen || k == .enDash, let m1 = monthName(i, c), let m2 = monthName(i + 2, c) else { return [] }
        let (year, end) = yearAfter(i + 3, c)
        let first = c.match(i, i + 1, .calendar(year: year, month: m1, day: nil, direction: .nearest))
        let second = c.match(i + 2, end, .calendar(year: year, month: m2, day: nil, direction: .nearest))
        return [first, second]
    }

    /// One token `mars-avril`: both parts are French month names.
    private func joined(at i: Int, in c: DateContext) -> [DateMatch]? {
        // Only a hyphenated token whose last part is a month can be one (`mars-avril`).
        guard i < c.count, !c.shape(i).contains(.hasDigit), c.word(i).isAnchor, c.word(i).frenchMonth == nil else { return nil }
        let key = c.key(i)
        guard key.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = key.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let m1 = c.lexicon.word(forKey: String(parts[0])).frenchMonth,
              let m2 = c.lexicon.word(forKey: String(parts[1])).frenchMonth else { return nil }
        // The hyphen's offset in the token's own text (its key may be spelled differently).
        let token = c.text.tokens[i]
        guard let hyphen = token.text.unicodeScalars.firstIndex(of: "-") else { return nil }
        let split = token.start + token.text.unicodeScalars.distance(from: token.text.unicodeScalars.startIndex, to: hyphen)
        let (year, end) = yearAfter(i + 1, c)
        let secondEnd = end > i + 1 ? c.text.tokens[end - 1].end : token.end
        return [
            DateMatch(range: ScalarRange(token.start, split), tokenEnd: end,
                      expression: .calendar(year: year, month: Int(m1), day: nil, direction: .nearest)),
            DateMatch(range: ScalarRange(split + 1, secondEnd), tokenEnd: end,
                      expression: .calendar(year: year, month: Int(m2), day: nil, direction: .nearest)),
        ]
    }

    /// A full French month name at `i` (not `mi-mars`, not a bare abbreviation).
    private func monthName(_ i: Int, _ c: DateContext) -> Int? {
        guard !c.word(i).startsWithMi, let m = c.word(i).frenchMonth else { return nil }
        return Int(m)
    }

    /// A four-digit year at `j`: the year spec and the token after it.
    private func yearAfter(_ j: Int, _ c: DateContext) -> (YearSpec, Int) {
        if let y = c.year(j) { return (.explicit(y), j + 1) }
        return (.inferred, j)
    }
}
