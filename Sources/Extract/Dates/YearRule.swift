/// Years and decades: `2012`, `l'année 2001`, `l'an 2000`, `mi-2023`,
/// `en 97`, `le bilan 2001`, `les années 60` (`196X`), `années 1990` (`199X`).
///
/// A bare four-digit number is a year only in year context: after a year cue
/// (`en`, `depuis`, `dès`, `de`, `entre`…) and not before a unit or a plural
/// noun. So `1.500 combattants`, `plus de 2000 soldats`, `entre 2000 et 3000
/// combattants`, `à 2000 km` stay numbers.
struct YearRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        if let m = decade(at: i, in: c) { return [m] }
        // `l'année 2001`, `l'an 2000`, `cette année 2024`.
        var j = i
        let k = c.keyword(i)
        if k == .elidedLe || k == .la || k == .cette { j += 1 }
        if c.unit(j) == .year, c.keyword(j) != .ans, c.keyword(j) != .annees, let y = c.year(j + 1) {
            return [c.match(i, j + 2, .calendar(year: .explicit(y), month: nil, day: nil, direction: .nearest))]
        }
        // `mi-2024`, `la mi-2024`.
        let mi = k == .la ? i + 1 : i
        if c.word(mi).startsWithMi {
            let mk = c.key(mi)
            if let y = Int(mk.dropFirst(3)), mk.utf8.count == 7, (1000...2099).contains(y) {
                return [c.match(i, mi + 1, .calendar(year: .explicit(y), month: nil, day: nil, direction: .nearest))]
            }
        }
        if let yy = twoDigitYear(at: i, in: c) {
            return [c.match(i, i + 1, .calendar(year: .twoDigits(yy), month: nil, day: nil, direction: .nearest))]
        }
        guard let y = c.year(i), isYear(at: i, in: c) else { return [] }
        return [c.match(i, i + 1, .calendar(year: .explicit(y), month: nil, day: nil, direction: .nearest))]
    }

    /// Whether the four-digit number at `i` is a year by its context.
    private func isYear(at i: Int, in c: DateContext, asRangeStart: Bool = false) -> Bool {
        let before = i - 1
        if c.has(.count, at: before) || c.has(.identifier, at: before) { return false }
        // `plus de 2000`, `près de 1500`.
        if c.isDe(before), c.has(.count, at: before - 1) { return false }
        if c.digits(before) != nil || (!asRangeStart && c.digits(i + 1) != nil) { return false }
        // The end of a range is a year when its start is (`entre 2016 et 2020`, not `articles 1645 et 1646`).
        let bk = c.keyword(before)
        if bk == .et || bk == .a || bk == .ou || bk == .hyphen || bk == .enDash, c.year(before - 1) != nil {
            return isYear(at: before - 1, in: c, asRangeStart: true)
        }
        guard c.has(.yearCue, at: before) || before < 0 || c.sentenceStart[i] || modifiesNoun(at: i, in: c) else { return false }
        // Judge by what follows the number, or the end of a range (`2000 et 3000 combattants`).
        var next = i + 1
        let nk = c.keyword(next)
        if nk == .et || nk == .a || nk == .ou || nk == .hyphen || nk == .enDash, c.digits(next + 1) != nil { next += 2 }
        if c.has(.unit, at: next) { return false }
        guard c.isLowercaseWord(next) else { return true }
        if c.has(.follower, at: next) { return true }
        // A plural noun makes it a count (`en 2000 soldats`); a verb does not (`la loi de 2019 encadre`).
        let last = c.key(next).utf8.last
        return last != UInt8(ascii: "s") && last != UInt8(ascii: "x")
    }

    /// A year after `DET noun`, as that noun's modifier: `le bilan 2001`,
    /// `son budget 2024`, `l'édition 2023` (the noun stays out of the span).
    /// What follows is judged as for any year (`les bilans 2000 morts` is a count).
    private func modifiesNoun(at i: Int, in c: DateContext) -> Bool {
        let noun = i - 1
        guard let y = c.year(i), (1900...2099).contains(y), c.isLowercaseWord(noun), c.has(.yearHead, at: noun - 1),
              !c.has(.count, at: noun), !c.has(.follower, at: noun), c.number(noun) == nil, c.unit(noun) == nil
        else { return false }
        return true
    }

    /// `en 97`, `depuis 02`: a two-digit year after `en` or `depuis`, the
    /// century taken from the document date. Not a count: a unit, a plural
    /// noun, another number or `h` after it (`en 10 minutes`, `en 12 h`,
    /// `en 10 ou 12 morceaux`) leaves it alone.
    private func twoDigitYear(at i: Int, in c: DateContext) -> Int? {
        guard let (v, n) = c.digits(i), n == 2, c.keyword(i - 1) == .en || c.key(i - 1) == "depuis" else { return nil }
        if c.isCountedNoun(i + 1) || c.digits(i + 1) != nil || c.keyword(i + 1) == .h { return nil }
        let k = c.keyword(i + 1)
        if k == .et || k == .ou || k == .a || k == .hyphen || k == .enDash, c.digits(i + 2) != nil { return nil }
        return v
    }

    /// `les années 60`, `années 1990`, `des années 2000`.
    private func decade(at i: Int, in c: DateContext) -> DateMatch? {
        var j = i
        if c.keyword(j) == .les { j += 1 }
        guard c.keyword(j) == .annees, let (v, n) = c.digits(j + 1), v % 10 == 0 else { return nil }
        let value: String
        if n == 2 {
            value = "19" + String(v / 10) + "X"
        } else if n == 4, v % 100 == 0, v < 2000 {
            value = String(v / 100) + "XX" // `les années 1800`: the century
        } else if n == 4, (1000...2090).contains(v) {
            value = String(v / 10) + "X"
        } else {
            return nil
        }
        return c.match(i, j + 2, .fixed(value))
    }
}
