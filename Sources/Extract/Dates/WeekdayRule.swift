/// Weekdays without a month: `lundi`, `ce lundi`, `ce même lundi`,
/// `jeudi dernier`, `vendredi prochain`, `samedi passé`, and with the day
/// of the month alone, `mardi 12` (the 12th nearest the anchor that is a
/// Tuesday; not `mardi 12 soldats`, `mardi 12 h`). A weekday after `le`,
/// `les`, `chaque`, `tous`, `du` is a repeated day (`uniquement le mercredi`),
/// not a date.
struct WeekdayRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        var j = i
        let k = c.keyword(i)
        let demonstrative = k == .ce || k == .cet
        if demonstrative {
            j += 1
            if c.keyword(j) == .meme { j += 1 }
        }
        // `le mardi 12`, `au vendredi 18`: a day number makes it one day, article and all.
        let article = !demonstrative && (k == .le || k == .elidedLe)
        if article { j += 1 }
        guard let w = c.weekday(j) else { return [] }
        let numbered = c.dayNumber(j + 1) != nil
        if article && !numbered { return [] }
        if !demonstrative && !numbered && c.has(.habitual, at: i - 1) { return [] }
        // Capitalized inside a sentence it is a name (`le Journal du Dimanche`).
        if j == i && c.shape(j).contains(.capitalized) && !c.sentenceStart[j] { return [] }
        j += 1
        // `mardi 12`: a day of the month without its month, which the weekday picks.
        if numbered, let d = c.dayNumber(j), c.frenchMonth(j + 1) == nil, c.englishMonth(j + 1) == nil,
           !c.isCountedNoun(j + 1), c.keyword(j + 1) != .h, c.digits(j + 1) == nil, c.dayNumber(j + 1) == nil {
            return [c.match(i, j + 1, .calendar(year: .inferred, month: nil, day: d, direction: .nearest, weekday: w))]
        }
        if article { return [] }
        var direction = DateDirection.nearest
        if let o = c.offset(j), !o.anaphoric {
            direction = o.value < 0 ? .past : .future
            j += 1
        }
        return [c.match(i, j, .weekday(w, direction))]
    }
}
