/// A part of a period before the period: `fin juillet`, `début avril`, `au
/// début de cette année` (→ `début de cette année`), `la fin de l'année
/// dernière`, `début 2025`, `la première semaine d'avril`, `fin du mois`.
/// The value is the period's own (ANNOTATION: `fin juillet` → `2024-07`).
struct PartOfPeriodRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        var j = i
        let k = c.keyword(i)
        if k == .la || k == .le || k == .les { j += 1 }
        guard c.word(j).startsModifier else { return [] }
        for modifier in c.lexicon.modifiers {
            guard modifier.words.indices.allSatisfy({ c.word(j + $0).id == modifier.words[$0] }) else { continue }
            var inner = j + modifier.words.count
            if c.isDe(inner) {
                inner += 1
            } else if modifier.needsDe {
                continue
            }
            guard let m = period(at: inner, in: c) else { continue }
            return [c.match(i, m.tokenEnd, m.expression)]
        }
        return []
    }

    /// The period after the modifier: a month, a year, a relative period, a season, a decade.
    private func period(at i: Int, in c: DateContext) -> DateMatch? {
        var best: DateMatch?
        func consider(_ m: DateMatch?) {
            if let m, m.tokenEnd > (best?.tokenEnd ?? i) { best = m }
        }
        consider(AbsoluteDateRule().matches(at: i, in: c).first)
        consider(YearRule().matches(at: i, in: c).first)
        consider(RelativePeriodRule().period(at: i, in: c, insidePart: true))
        consider(SeasonRule().matches(at: i, in: c).first)
        return best
    }
}
