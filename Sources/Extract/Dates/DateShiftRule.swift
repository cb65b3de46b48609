/// A date moved from the latest date of the text: `trois ans plus tard`
/// (after `en 2012` → `2015`), `deux jours plus tôt`, `un mois après.`.
/// `trois ans après la prise de Kidal` counts from an event, not a date, and
/// stays out.
struct DateShiftRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        var amount: Int
        if let n = c.number(i) {
            amount = n
        } else if let (v, digits) = c.digits(i), digits <= 3 {
            amount = v
        } else {
            return []
        }
        guard let unit = c.unit(i + 1), unit != .weekend else { return [] }
        var j = i + 2
        switch c.keyword(j) {
        case .plus:
            let k = c.keyword(j + 1)
            guard k == .tard || k == .tot else { return [] }
            if k == .tot { amount = -amount }
            j += 2
        case .auparavant:
            amount = -amount
            j += 1
        case .apres, .avant:
            // Only at the end of a clause: `après la prise` has its own anchor.
            guard c.shape(j + 1).contains(.punctuation) else { return [] }
            if c.keyword(j) == .avant { amount = -amount }
            j += 1
        default:
            return []
        }
        return [c.match(i, j, .shift(amount, unit))]
    }
}
