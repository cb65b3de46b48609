import Tokenizer

/// `il y a trois mois`, `il y a un an`, `il y a deux semaines`, `il y a 10
/// jours`: the anchor moved back by a counted unit. The value has the unit's
/// precision (TIMEX3, as `le mois dernier` → `2025-06`): days → a day, weeks
/// → an ISO week, months → a month, years → a year; with a document date
/// coarser than the unit (a month-dated document for `il y a trois jours`),
/// null. `il y a` is inside the span: without it, `trois mois` is a duration,
/// which ANNOTATION.md does not count as a date. Left alone: a vague count
/// (`il y a quelques mois`), a count of something (`il y a trois mois de
/// salaire impayés`), the preposition `à` (`il y à`).
struct AgoRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        // The unit first: a field test rules out almost every position before any string comparison.
        guard let unit = c.unit(i + 4), unit != .weekend,
              c.key(i) == "il", c.key(i + 1) == "y", c.key(i + 2) == "a",
              Lowercase.of(c.text.tokens[i + 2].norm) == "a" else { return [] }
        let n: Int
        if let v = c.number(i + 3) {
            n = v
        } else if let (v, digits) = c.digits(i + 3), digits <= 3, v > 0 {
            n = v
        } else {
            return []
        }
        // `trois mois de salaire`: what is counted, not a date (`de cela` is the date's).
        if c.isDe(i + 5), c.key(i + 6) != "cela", c.key(i + 6) != "ca" { return [] }
        return [c.match(i, i + 5, .relativePeriod(unit, offset: -n, anaphoric: false))]
    }
}
