/// Days named relative to another: `hier`, `aujourd'hui` (the day, not
/// "nowadays"), `demain`, `avant-hier`, and with an article `la veille`,
/// `le lendemain` (not `la veille du scrutin`: an event is no date to count
/// from). A weekday right after joins the span (`aujourd'hui vendredi`).
struct RelativeDayRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        var j = i
        let k = c.keyword(i)
        let article = k == .la || k == .le || k == .elidedLe
        if article { j += 1 }
        guard let rel = c.relativeDay(j), rel.anaphoric == article else { return [] }
        // `la veille du scrutin`, `au lendemain de l'attaque`: counted from an
        // event, not a date (as `trois ans après la prise de Kidal`).
        if rel.anaphoric, c.isDe(j + 1) { return [] }
        // Capitalized inside a sentence it is a name (the newspaper `Aujourd'hui`).
        if c.shape(j).contains(.capitalized) && !c.sentenceStart[j] && j == i { return [] }
        if rel.value == 0 && !rel.anaphoric {
            // `jusqu'à aujourd'hui`, `qu'aujourd'hui`, `d'aujourd'hui` mean "now";
            // so does a sentence-initial `Aujourd'hui,`.
            if c.has(.notToday, at: j - 1) { return [] }
            if c.sentenceStart[j] && c.keyword(j + 1) == .comma { return [] }
            // `aujourd'hui encore`, `encore aujourd'hui`; after a verb of state
            // (`la ville compte aujourd'hui 20 000 habitants`, `il vit aujourd'hui à Dakar`).
            if c.has(.nowadays, at: j - 1) || c.has(.nowadays, at: j + 1) || c.has(.stateVerb, at: j - 1) { return [] }
        }
        j += 1
        if !rel.anaphoric, c.weekday(j) != nil { j += 1 }
        return [c.match(i, j, .relativeDay(rel.value, anaphoric: rel.anaphoric))]
    }
}
