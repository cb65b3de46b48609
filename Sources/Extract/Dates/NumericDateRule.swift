import DocumentModel

/// Dates written in digits as one token: `14/07/2025`, `14.07.2025`,
/// `2025-07-14`, `2025-07`, `11/2017` (a month), `09/08` (a day, its year
/// inferred), and year pairs `2002/2003`, `2012-2015` (two
/// dates, one per year, as in `saison 2002/2003`).
struct NumericDateRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        let shape = c.shape(i)
        guard shape.contains(.hasDigit), !shape.contains(.hasLetter) else { return [] }
        let t = c.text.tokens[i]
        // `loi n° 2023-12`, `résolution 2014-2022`: identifiers, not dates.
        if c.has(.identifier, at: i - 1) { return [] }
        // Split the token into digit groups and the separators between them.
        var groups: [(value: Int, count: Int, start: Int)] = []
        var seps: [UInt8] = []
        var value = 0, n = 0, groupStart = 0, offset = 0
        for b in t.key.utf8 {
            if b >= 48 && b <= 57 {
                if n == 0 { groupStart = offset }
                guard n < 5 else { return [] }
                value = value * 10 + Int(b - 48); n += 1
            } else {
                guard n > 0, b == UInt8(ascii: "/") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") else { return [] }
                groups.append((value, n, groupStart)); seps.append(b)
                value = 0; n = 0
            }
            offset += 1
        }
        guard n > 0 else { return [] }
        groups.append((value, n, groupStart))
        guard groups.count >= 2, Set(seps).count == 1 else { return [] }
        let whole = c.match(i, i + 1, .calendar(year: .inferred, month: nil, day: nil, direction: .nearest))
        func date(_ y: Int, _ m: Int, _ d: Int?) -> [DateMatch] {
            if let d { guard CalendarDay(year: y, month: m, day: d) != nil else { return [] } }
            guard (1...12).contains(m), (1000...2099).contains(y) else { return [] }
            return [DateMatch(range: whole.range, tokenEnd: i + 1,
                              expression: .calendar(year: .explicit(y), month: m, day: d, direction: .nearest))]
        }
        let g = groups
        switch (g.count, seps[0]) {
        case (3, UInt8(ascii: "-")) where g[0].count == 4 && g[1].count == 2 && g[2].count == 2:
            return date(g[0].value, g[1].value, g[2].value) // ISO 2025-07-14
        case (3, _) where g[2].count == 4 && g[0].count <= 2 && g[1].count <= 2:
            return date(g[2].value, g[1].value, g[0].value) // 14/07/2025
        case (2, UInt8(ascii: "-")) where g[0].count == 4 && g[1].count == 2:
            return date(g[0].value, g[1].value, nil) // 2025-07
        case (2, UInt8(ascii: "/")) where g[0].count <= 2 && g[1].count == 4:
            // 11/2017; not a ratio (`1/1000`): a modern year, the month in two digits or after a cue.
            guard (1900...2099).contains(g[1].value), g[0].count == 2 || c.has(.monthCue, at: i - 1) else { return [] }
            return date(g[1].value, g[0].value, nil)
        case (2, UInt8(ascii: "/")) where g[0].count <= 2 && g[1].count <= 2:
            return dayAndMonth(day: g[0], month: g[1], at: i, in: c, range: whole.range)
        case (2, _) where g[0].count == 4 && g[1].count == 4 && seps[0] != UInt8(ascii: "."):
            // Two years: only a short span forward (`2002/2003`), not `1500-2000`.
            let (a, b) = (g[0].value, g[1].value)
            guard (1800...2099).contains(a), b > a, b - a <= 30 else { return [] }
            // The token's key has the same scalar count as its text (digits and ASCII separators).
            let s = t.start
            return [
                DateMatch(range: ScalarRange(s + g[0].start, s + g[0].start + 4), tokenEnd: i + 1,
                          expression: .calendar(year: .explicit(a), month: nil, day: nil, direction: .nearest)),
                DateMatch(range: ScalarRange(s + g[1].start, s + g[1].start + 4), tokenEnd: i + 1,
                          expression: .calendar(year: .explicit(b), month: nil, day: nil, direction: .nearest)),
            ]
        default:
            return []
        }
    }

    /// `09/08`, `le 9/8`: a day and a month, the year inferred. Both parts
    /// written with two digits, or a day's article or preposition before
    /// (`le`, `du`, `au`), so a fraction (`1/2`, `les 3/4 des votants`) or an
    /// age bracket (`les 10/12 ans`) stays a number.
    private func dayAndMonth(day: (value: Int, count: Int, start: Int), month: (value: Int, count: Int, start: Int),
                             at i: Int, in c: DateContext, range: ScalarRange) -> [DateMatch] {
        let k = c.keyword(i - 1)
        guard (day.count == 2 && month.count == 2) || k == .le || k == .du || k == .au else { return [] }
        // A leap year admits every day a month can have.
        guard CalendarDay(year: 2000, month: month.value, day: day.value) != nil else { return [] }
        if c.unit(i + 1) != nil || c.has(.unit, at: i + 1) || c.digits(i + 1) != nil { return [] }
        return [DateMatch(range: range, tokenEnd: i + 1,
                          expression: .calendar(year: .inferred, month: month.value, day: day.value, direction: .nearest))]
    }
}
