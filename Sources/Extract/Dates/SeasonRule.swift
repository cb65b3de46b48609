/// Seasons: `l'été 2023` (`2023-SU`), `l'hiver dernier`, `cet été`, `au
/// printemps`, and the generic `en été` / `été comme hiver` (`XXXX-SU`).
/// `été` is also the participle of `être`, so alone it needs an article, a
/// preposition, a year or a sentence start.
struct SeasonRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        var j = i
        let k = c.keyword(i)
        let demonstrative = k == .cet || k == .ce || k == .cette
        let article = k == .elidedLe || k == .le
        if demonstrative || article { j += 1 }
        guard let season = c.season(j) else { return [] }
        let seasonIndex = j
        j += 1
        if c.keyword(j) == .de, let y = c.year(j + 1) { // `l'été de 2023`
            return [c.match(i, j + 2, .season(code: season, year: .explicit(y), direction: .nearest, generic: false))]
        }
        // Without a determiner the season needs a cue before it: `avait été 2002` is a participle.
        let cued = demonstrative || article || c.sentenceStart[seasonIndex]
            || c.has(.monthCue, at: seasonIndex - 1) || c.has(.yearCue, at: seasonIndex - 1)
            || c.shape(seasonIndex - 1).contains(.punctuation)
        if let y = c.year(j), cued {
            return [c.match(i, j + 1, .season(code: season, year: .explicit(y), direction: .nearest, generic: false))]
        }
        if let o = c.offset(j), !o.anaphoric {
            return [c.match(i, j + 1, .season(code: season, year: .inferred,
                                              direction: o.value < 0 ? .past : .future, generic: false))]
        }
        if demonstrative || article || c.keyword(i - 1) == .au {
            return [c.match(i, j, .season(code: season, year: .inferred, direction: .nearest, generic: false))]
        }
        // No determiner: a season in general (`la demande augmente en été`).
        let before = c.keyword(seasonIndex - 1)
        guard before == .en || before == .comme || c.sentenceStart[seasonIndex] else { return [] }
        return [c.match(i, j, .season(code: season, year: .inferred, direction: .nearest, generic: true))]
    }
}
