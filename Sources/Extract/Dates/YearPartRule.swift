/// Quarters and halves of a year: `le premier trimestre 2024` (`2024-Q1`),
/// `au second semestre de l'année dernière`, `le dernier trimestre`
/// (the anchor's year when none is written).
struct YearPartRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        var j = i
        let k = c.key(i)
        if k == "le" || k == "ce" { j += 1 }
        guard let ordinal = c.lexicon.ordinals[c.key(j)], let part = c.lexicon.yearParts[c.key(j + 1)] else { return [] }
        let n = ordinal ?? part.count
        guard (1...part.count).contains(n) else { return [] }
        j += 2
        var year = YearSpec.inferred
        if let y = c.year(j) {
            year = .explicit(y); j += 1
        } else if c.isDe(j), let y = c.year(j + 1) {
            year = .explicit(y); j += 2
        } else if c.isDe(j), c.key(j + 1) == "cette", c.lexicon.units[c.key(j + 2)] == .year {
            year = .relative(0); j += 3
        } else if c.isDe(j), c.key(j + 1) == "l'", c.lexicon.units[c.key(j + 2)] == .year {
            if let o = c.offset(j + 3), !o.anaphoric {
                year = .relative(o.value); j += 4
            } else {
                year = .relative(0); j += 3
            }
        }
        return [c.match(i, j, .yearPart(letter: part.letter, number: n, year: year))]
    }
}
