import DocumentModel

/// A resolved point or period of the calendar.
enum TimeValue: Sendable, Equatable {
    case day(CalendarDay)
    case month(MonthIndex)
    case year(Int)
    case week(year: Int, week: Int)
    case weekend(year: Int, week: Int)
    case season(year: Int, code: String)
    case yearPart(year: Int, letter: String, number: Int)

    var iso: String {
        switch self {
        case let .day(d): return d.iso
        case let .month(m): return zeroPadded(m.year, 4) + "-" + zeroPadded(m.month, 2)
        case let .year(y): return zeroPadded(y, 4)
        case let .week(y, w): return zeroPadded(y, 4) + "-W" + zeroPadded(w, 2)
        case let .weekend(y, w): return zeroPadded(y, 4) + "-W" + zeroPadded(w, 2) + "-WE"
        case let .season(y, code): return zeroPadded(y, 4) + "-" + code
        case let .yearPart(y, letter, n): return zeroPadded(y, 4) + "-" + letter + String(n)
        }
    }

    var year: Int {
        switch self {
        case let .day(d): return d.year
        case let .month(m): return m.year
        case let .year(y), let .week(y, _), let .weekend(y, _), let .season(y, _), let .yearPart(y, _, _): return y
        }
    }
}

/// Turns matched expressions into TIMEX3 values, in text order.
///
/// Deictic expressions (`hier`, `lundi`, `la semaine dernière`) count from the
/// anchor day: the document date when it names a day, otherwise the latest
/// explicit day of the text that falls in the document's month (`ce lundi 14
/// juillet … jeudi dernier` in a document dated `2025-07`). Without one they
/// are null, never guessed. Anaphoric ones (`le lendemain`, `trois ans plus
/// tard`) count from the latest date of the text.
struct DateResolver {
    let documentDate: DocumentDate?
    /// Latest explicit day of the text inside the document's period.
    private var textAnchor: CalendarDay?
    /// Latest resolved date of the text.
    private var last: TimeValue?

    init(documentDate: DocumentDate?) {
        self.documentDate = documentDate
    }

    private var documentDay: CalendarDay? {
        guard let d = documentDate, let m = d.month, let day = d.day else { return nil }
        return CalendarDay(year: d.year, month: m, day: day)
    }

    private var anchorDay: CalendarDay? { documentDay ?? textAnchor }

    private var referenceMonth: MonthIndex? {
        if let a = anchorDay { return MonthIndex(year: a.year, month: a.month) }
        if let d = documentDate, let m = d.month { return MonthIndex(year: d.year, month: m) }
        return nil
    }

    private var referenceYear: Int? { anchorDay?.year ?? documentDate?.year }

    /// Whether an explicit day may anchor deictic expressions: it lies in the
    /// period the document is dated by (not a caption date years back).
    private func inDocumentPeriod(_ d: CalendarDay) -> Bool {
        guard let doc = documentDate, doc.year == d.year else { return false }
        return doc.month == nil || doc.month == d.month
    }

    /// The value of `expression`; `future` when its sentence speaks of what is to come.
    mutating func resolve(_ expression: DateExpression, future: Bool) -> String? {
        if case let .fixed(v) = expression { return v }
        if case let .season(code, _, _, true) = expression { return "XXXX-" + code }
        guard let v = value(of: expression, future: future) else { return nil }
        last = v
        if case .calendar(_, _, _?, _, _) = expression, case let .day(d) = v, inDocumentPeriod(d) { textAnchor = d }
        return v.iso
    }

    private func value(of expression: DateExpression, future: Bool) -> TimeValue? {
        switch expression {
        case let .calendar(yearSpec, month, day, direction, weekday):
            let y: Int?
            switch yearSpec {
            case let .explicit(v): y = v
            case let .twoDigits(v): y = 2000 + v <= (referenceYear ?? 2030) + 10 ? 2000 + v : 1900 + v
            case let .relative(o): y = referenceYear.map { $0 + o }
            case .inferred:
                guard let month else {
                    guard let day, let weekday else { return nil }
                    return inferMonth(day: day, weekday: weekday, future: future)
                }
                return inferYear(month: month, day: day, weekday: weekday, direction, future: future)
            }
            guard let y else { return nil }
            guard let month else { return .year(y) }
            guard let day else { return .month(MonthIndex(year: y, month: month)) }
            return CalendarDay(year: y, month: month, day: day).map { .day($0) }

        case let .weekday(w, direction):
            guard let a = anchorDay else { return nil }
            let back = (a.weekday - w + 7) % 7, ahead = (w - a.weekday + 7) % 7
            switch direction {
            case .past: return .day(a.adding(days: -(back == 0 ? 7 : back)))
            case .future: return .day(a.adding(days: ahead == 0 ? 7 : ahead))
            case .nearest: return .day(future ? a.adding(days: ahead) : a.adding(days: -back))
            }

        case let .relativeDay(offset, anaphoric):
            if anaphoric {
                guard case let .day(d)? = last else { return nil }
                return .day(d.adding(days: offset))
            }
            return anchorDay.map { .day($0.adding(days: offset)) }

        case let .relativePeriod(unit, offset, anaphoric):
            return anaphoric ? shifted(unit, by: offset) : relativePeriod(unit, offset, future: future)

        case let .season(code, yearSpec, direction, _):
            if case let .explicit(y) = yearSpec { return .season(year: y, code: code) }
            return inferSeason(code, direction, future: future)

        case let .yearPart(letter, n, yearSpec):
            let y: Int?
            switch yearSpec {
            case let .explicit(v): y = v
            case let .relative(o): y = referenceYear.map { $0 + o }
            case .twoDigits, .inferred: y = referenceYear
            }
            return y.map { .yearPart(year: $0, letter: letter, number: n) }

        case let .shift(amount, unit):
            return shifted(unit, by: amount)

        case .fixed:
            return nil
        }
    }

    /// The occurrence of `day month` (or `month`) nearest the anchor, or the
    /// last before / first after it.
    private func inferYear(month: Int, day: Int?, weekday: Int?, _ direction: DateDirection, future: Bool) -> TimeValue? {
        if let day, let a = anchorDay {
            var candidates = (a.year - 1...a.year + 1).compactMap { CalendarDay(year: $0, month: month, day: day) }
            // A written weekday settles the year when it fits only some (`dimanche 29 août`).
            if let weekday, candidates.contains(where: { $0.weekday == weekday }) {
                candidates = candidates.filter { $0.weekday == weekday }
            }
            let pick: CalendarDay?
            switch direction {
            case .past: pick = candidates.filter { $0 < a }.max()
            case .future: pick = candidates.filter { $0 > a }.min()
            case .nearest: pick = nearest(candidates.map { ($0, $0.dayNumber - a.dayNumber) }, future: future, within: 275)
            }
            return pick.map { .day($0) }
        }
        guard let ref = referenceMonth else {
            // A document dated by year only: that year.
            guard direction == .nearest, let y = referenceYear else { return nil }
            return day.flatMap { CalendarDay(year: y, month: month, day: $0) }.map { .day($0) }
                ?? (day == nil ? .month(MonthIndex(year: y, month: month)) : nil)
        }
        let candidates = (ref.year - 1...ref.year + 1).map { MonthIndex(year: $0, month: month) }
        let pick: MonthIndex?
        // With a day, the anchor's own month may hold it on either side.
        switch direction {
        case .past: pick = candidates.filter { day == nil ? $0 < ref : $0 <= ref }.max()
        case .future: pick = candidates.filter { day == nil ? $0 > ref : $0 >= ref }.min()
        case .nearest: pick = nearest(candidates.map { ($0, $0.value - ref.value) }, future: future, within: 9)
        }
        guard let pick else { return nil }
        guard let day else { return .month(pick) }
        return CalendarDay(year: pick.year, month: pick.month, day: day).map { .day($0) }
    }

    /// `mardi 12`: the 12th of the anchor's month or of the month before or
    /// after it, whichever is that weekday (the nearest when several are;
    /// the anchor's own month when none is, a weekday written wrong).
    private func inferMonth(day: Int, weekday: Int, future: Bool) -> TimeValue? {
        guard let ref = referenceMonth else { return nil }
        let months = (ref.value - 1...ref.value + 1).map { MonthIndex(value: $0) }
        let days = months.compactMap { CalendarDay(year: $0.year, month: $0.month, day: day) }
        let fitting = days.filter { $0.weekday == weekday }
        if let a = anchorDay {
            if let pick = nearest(fitting.map { ($0, $0.dayNumber - a.dayNumber) }, future: future) { return .day(pick) }
        } else if let pick = fitting.min(by: { abs(MonthIndex(year: $0.year, month: $0.month).value - ref.value)
                                               < abs(MonthIndex(year: $1.year, month: $1.month).value - ref.value) }) {
            return .day(pick)
        }
        return CalendarDay(year: ref.year, month: ref.month, day: day).map { .day($0) }
    }

    /// The candidate closest to the anchor (candidates come with their signed
    /// distance to it); a tie goes to the past, or to the future when the
    /// sentence is in the future. With `within`, the closest candidate on the
    /// sentence's side of the anchor (past, or future when the sentence is)
    /// wins if it is that close: news reports what happened, so `depuis
    /// janvier` in August is this January, not the next.
    private func nearest<T>(_ candidates: [(T, Int)], future: Bool, within: Int? = nil) -> T? {
        func closest(_ list: [(T, Int)]) -> (T, Int)? {
            var best: (T, Int)?
            for c in list {
                guard let b = best else { best = c; continue }
                let (da, db) = (abs(c.1), abs(b.1))
                if da < db || (da == db && (future ? c.1 > b.1 : c.1 < b.1)) { best = c }
            }
            return best
        }
        if let within, let onSide = closest(candidates.filter { future ? $0.1 >= 0 : $0.1 <= 0 }), abs(onSide.1) <= within {
            return onSide.0
        }
        return closest(candidates)?.0
    }

    private func relativePeriod(_ unit: DateLexicon.Unit, _ offset: Int, future: Bool) -> TimeValue? {
        switch unit {
        case .day:
            return anchorDay.map { .day($0.adding(days: offset)) }
        case .week:
            guard let a = anchorDay else { return nil }
            let w = a.adding(days: 7 * offset).isoWeek
            return .week(year: w.year, week: w.week)
        case .weekend:
            guard let a = anchorDay else { return nil }
            let onWeekend = a.weekday >= 6
            let shift: Int
            switch offset {
            case ..<0: shift = -7 * -offset // `le week-end dernier`
            case 0: shift = onWeekend || future ? 0 : -7 // `ce week-end`: the one just past, unless to come
            default: shift = onWeekend ? 7 * offset : 7 * (offset - 1)
            }
            let w = a.adding(days: shift).isoWeek
            return .weekend(year: w.year, week: w.week)
        case .month:
            return referenceMonth.map { .month(MonthIndex(value: $0.value + offset)) }
        case .year:
            return referenceYear.map { .year($0 + offset) }
        }
    }

    /// The latest date of the text moved by `amount` units, at that unit's
    /// precision when the date is at least that precise.
    private func shifted(_ unit: DateLexicon.Unit, by amount: Int) -> TimeValue? {
        guard let last else { return nil }
        switch (unit, last) {
        case (.year, _):
            return .year(last.year + amount)
        case let (.month, .month(m)):
            return .month(MonthIndex(value: m.value + amount))
        case let (.month, .day(d)):
            return .month(MonthIndex(value: MonthIndex(year: d.year, month: d.month).value + amount))
        case let (.day, .day(d)):
            return .day(d.adding(days: amount))
        case let (.week, .day(d)), let (.weekend, .day(d)):
            let w = d.adding(days: 7 * amount).isoWeek
            return unit == .week ? .week(year: w.year, week: w.week) : .weekend(year: w.year, week: w.week)
        default:
            return nil
        }
    }

    /// Seasons: summer is June–August, autumn September–November, winter
    /// December–February (the year it starts), spring March–May.
    private func inferSeason(_ code: String, _ direction: DateDirection, future: Bool) -> TimeValue? {
        let startMonth = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][code] ?? 6
        guard let ref = referenceMonth else {
            guard direction == .nearest, let y = referenceYear else { return nil }
            return .season(year: y, code: code)
        }
        let years = Array(ref.year - 1...ref.year + 1)
        func start(_ y: Int) -> Int { MonthIndex(year: y, month: startMonth).value }
        let pick: Int?
        switch direction {
        case .past: pick = years.filter { start($0) + 2 < ref.value }.max()
        case .future: pick = years.filter { start($0) > ref.value }.min()
        case .nearest:
            pick = nearest(years.map { y -> (Int, Int) in
                let s = start(y)
                return (y, ref.value < s ? s - ref.value : ref.value > s + 2 ? s + 2 - ref.value : 0)
            }, future: future)
        }
        return pick.map { .season(year: $0, code: code) }
    }
}
