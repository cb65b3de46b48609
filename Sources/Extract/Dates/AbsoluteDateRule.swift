/// Calendar dates written with a month name: `14 juillet 2025`, `le mercredi
/// 1er mai`, `juillet 2024`, `octobre 98`, `le 6 mai dernier`, `le mois de juin`,
/// `février de cette année`, `en juillet` (month after a cue word), and the
/// English forms of wire captions (`August 23, 2021`).
struct AbsoluteDateRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        if let m = french(at: i, in: c) { return [m] }
        if let m = english(at: i, in: c) { return [m] }
        return []
    }

    private func french(at i: Int, in c: DateContext) -> DateMatch? {
        var j = i
        let k = c.keyword(i)
        let determiner = k == .le || k == .ce || k == .la || k == .les
        if determiner { j += 1 }
        // `hier 14 mars`, `aujourd'hui vendredi 9 juillet`: the written date gives the value.
        if !determiner, let rel = c.relativeDay(j), !rel.anaphoric {
            let d = c.weekday(j + 1) != nil ? j + 2 : j + 1
            if c.dayNumber(d) != nil, c.frenchMonth(d + 1) != nil { j += 1 }
        }
        // An optional weekday before the day number (`lundi 14 juillet`).
        var weekday: Int?
        if let w = c.weekday(j), c.dayNumber(j + 1) != nil { weekday = w; j += 1 }
        var day: Int?
        if let d = c.dayNumber(j), c.frenchMonth(j + 1) != nil {
            day = d
            j += 1
        } else if c.keyword(j) == .mois, c.isDe(j + 1), c.frenchMonth(j + 2) != nil {
            j += 2 // `le mois de juin`
        } else if determiner {
            // Otherwise a determiner only goes with `la mi-mars`.
            guard k == .la, c.word(j).startsWithMi else { return nil }
        }
        guard let month = c.frenchMonth(j) else { return nil }
        let monthIndex = j
        j += 1
        var year = YearSpec.inferred
        var explicit = day != nil
        if let y = c.year(j) {
            year = .explicit(y); j += 1; explicit = true
        } else if let (yy, n) = c.digits(j), n == 2, !c.isLowercaseWord(j + 1), c.keyword(j + 1) != .h {
            year = .twoDigits(yy); j += 1; explicit = true // `octobre 98`, not `12 h 30`
        } else if let rel = relativeYear(at: j, in: c) {
            year = .relative(rel.offset); j = rel.end; explicit = true
        }
        var direction = DateDirection.nearest
        if case .inferred = year, let o = c.offset(j), !o.anaphoric {
            direction = o.value < 0 ? .past : .future
            j += 1; explicit = true
        }
        if !explicit {
            // A month alone: only after a cue (`en juillet`, `fin avril`, `mi-mars`)
            // and never capitalized mid-sentence (`Mars`, the planet).
            let cued = c.has(.monthCue, at: monthIndex - 1) || c.word(monthIndex).startsWithMi
                || c.keyword(monthIndex - 1) == .mois
            if !cued { return nil }
            if c.shape(monthIndex).contains(.capitalized) && !c.sentenceStart[monthIndex] { return nil }
        }
        return c.match(i, j, .calendar(year: year, month: month, day: day, direction: direction, weekday: weekday))
    }

    /// `de cette année`, `de l'année dernière`, `de l'an prochain` after a month.
    private func relativeYear(at j: Int, in c: DateContext) -> (offset: Int, end: Int)? {
        guard c.keyword(j) == .de else { return nil }
        let det = c.keyword(j + 1)
        guard det == .cette || det == .elidedLe, c.unit(j + 2) == .year else { return nil }
        if det == .cette { return (0, j + 3) }
        if let o = c.offset(j + 3), !o.anaphoric { return (o.value, j + 4) }
        return nil
    }

    /// `August 23, 2021`, `23 August 2021`, `August 2021`.
    private func english(at i: Int, in c: DateContext) -> DateMatch? {
        if let m = c.englishMonth(i) {
            if let d = c.dayNumber(i + 1) {
                var j = i + 2
                if c.keyword(j) == .comma { j += 1 }
                guard let y = c.year(j) else { return nil }
                return c.match(i, j + 1, .calendar(year: .explicit(y), month: m, day: d, direction: .nearest))
            }
            if let y = c.year(i + 1) {
                return c.match(i, i + 2, .calendar(year: .explicit(y), month: m, day: nil, direction: .nearest))
            }
        }
        if let d = c.dayNumber(i), let m = c.englishMonth(i + 1), let y = c.year(i + 2) {
            return c.match(i, i + 3, .calendar(year: .explicit(y), month: m, day: d, direction: .nearest))
        }
        return nil
    }
}
