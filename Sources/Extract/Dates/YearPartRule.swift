/// Quarters and halves of a year: `le premier trimestre 2024` (`2024-Q1`),
/// `au second semestre de l'année dernière`, `le dernier trimestre`
/// (the anchor's year when none is written).
struct YearPartRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        var j = i
        let k = c.keyword(i)
        if k == .le || k == .ce { j += 1 }
        guard let ordinal = c.ordinal(j), let part = c.yearPart(j + 1) else { return [] }
        let n = ordinal ?? part.count
        guard (1...part.count).contains(n) else { return [] }
        j += 2
        var year = YearSpec.inferred
        if let y = c.year(j) {
            year = .explicit(y); j += 1
        } else if c.isDe(j), let y = c.year(j + 1) {
            year = .explicit(y); j += 2
        } else if c.isDe(j), c.keyword(j + 1) == .cette, c.unit(j + 2) == .year {
            year = .relative(0); j += 3
        } else if c.isDe(j), c.keyword(j + 1) == .elidedLe, c.unit(j + 2) == .year {
            if let o = c.offset(j + 3), !o.anaphoric {
                year = .relative(o.value); j += 4
            } else {
                year = .relative(0); j += 3
            }
        }
        return [c.match(i, j, .yearPart(letter: part.letter, number: n, year: year))]
    }
}
