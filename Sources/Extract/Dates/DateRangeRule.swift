/// Ranges whose first end borrows its month or year from the second: `entre
/// le 27 et le 31 mars` (`le 27` + `le 31 mars`), `les 6 et 13 avril
/// prochains`, `du 12 au 14 juillet` (`12` + `14 juillet`), `de janvier à mars
/// 2024`. Each end is its own date (ANNOTATION: a range is two dates).
struct DateRangeRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        var j = i
        if c.keyword(j) == .le || c.keyword(j) == .les { j += 1 }
        // `samedi 23 et dimanche 24 mars`
        if c.weekday(j) != nil, c.dayNumber(j + 1) != nil { j += 1 }
        let connector = c.keyword(j + 1)
        guard connector == .et || connector == .au || connector == .a || connector == .hyphen || connector == .ou
        else { return [] }
        let absolute = AbsoluteDateRule()
        if let d1 = c.dayNumber(j), c.frenchMonth(j + 1) == nil {
            guard let second = absolute.matches(at: j + 2, in: c).first,
                  case let .calendar(year, month?, d2?, direction, _) = second.expression else { return [] }
            // `du 30 au 2 avril`: the first day is in the month before.
            var m1 = month, y1 = year
            if d1 >= d2 {
                m1 = month == 1 ? 12 : month - 1
                if month == 1, case let .explicit(y) = year { y1 = .explicit(y - 1) }
            }
            let first = c.match(i, j + 1, .calendar(year: y1, month: m1, day: d1, direction: direction))
            return [first, second]
        }
        // `de janvier à mars 2024`: a bare month before a month with its year.
        if j == i, let m1 = c.frenchMonth(i), c.has(.monthCue, at: i - 1),
           let second = absolute.matches(at: i + 2, in: c).first,
           case let .calendar(.explicit(y), m2?, nil, _, _) = second.expression, m1 < m2 {
            return [c.match(i, i + 1, .calendar(year: .explicit(y), month: m1, day: nil, direction: .nearest)), second]
        }
        return []
    }
}
