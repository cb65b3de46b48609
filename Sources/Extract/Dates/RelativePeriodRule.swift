/// Weeks, months and years named from the anchor: `la semaine dernière`,
/// `cette semaine`, `le mois dernier`, `ce mois-ci`, `l'an dernier`, `cette
/// année`, `ce week-end`, `le week-end dernier`, `l'année suivante`, and the
/// end of a week (`fin de semaine dernière`, `la fin de la semaine`), which is
/// its weekend.
struct RelativePeriodRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        if let m = weekEnd(at: i, in: c) { return [m] }
        if let m = period(at: i, in: c, insidePart: false) { return [m] }
        return []
    }

    /// `insidePart`: after `début de`, `fin du`…, where a bare `l'année` or
    /// `mois` is the anchor's own (`fin de l'année`, `début du mois`).
    func period(at i: Int, in c: DateContext, insidePart: Bool) -> DateMatch? {
        var j = i
        let k = c.keyword(i)
        let demonstrative = k == .ce || k == .cet || k == .cette
        let article = k == .le || k == .la || k == .elidedLe
        if demonstrative || article { j += 1 }
        var unitWord = c.word(j)
        var ci = false
        if unitWord.endsWithCi { // `ce mois-ci`
            unitWord = c.lexicon.word(forKey: String(c.key(j).dropLast(3)))
            ci = true
        }
        guard let unit = unitWord.unit, unit != .day, unitWord.keyword != .ans, unitWord.keyword != .annees else {
            return nil
        }
        j += 1
        if !ci, c.keyword(j) == .hyphenCi || c.keyword(j) == .ci { j += 1; ci = true }
        if !ci, let o = c.offset(j) {
            guard article || demonstrative || insidePart else { return nil }
            return c.match(i, j + 1, .relativePeriod(unit, offset: o.value, anaphoric: o.anaphoric))
        }
        if demonstrative || (insidePart && (article || c.isDe(i - 1))) {
            return c.match(i, j, .relativePeriod(unit, offset: 0, anaphoric: false))
        }
        return nil
    }

    /// `(la) fin de (la) semaine (dernière)` → that week's weekend.
    private func weekEnd(at i: Int, in c: DateContext) -> DateMatch? {
        var j = i
        if c.keyword(j) == .la { j += 1 }
        guard c.keyword(j) == .fin, c.keyword(j + 1) == .de else { return nil }
        j += 2
        if c.keyword(j) == .la || c.keyword(j) == .cette { j += 1 }
        guard c.unit(j) == .week else { return nil }
        j += 1
        var offset = 0
        if let o = c.offset(j), !o.anaphoric { offset = o.value; j += 1 }
        return c.match(i, j, .relativePeriod(.weekend, offset: offset, anaphoric: false))
    }
}
