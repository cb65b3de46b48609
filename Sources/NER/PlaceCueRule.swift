import DocumentModel

/// Place names the gazetteer lacks, after a place cue of rules/place_cues.txt
/// (`région de`, `cercle de`, `village de`, `près de`, `à l'est de`…):
/// `dans la région de Ménaka`, `près de Tessit`, `au lieu-dit « Tinkouma »`.
/// The cue (and the quotes) stay outside.
struct PlaceCueRule {
    // The cues' priority is the lowest: after the bare preposition `à`
    // (`à Alkit`, `à Marcoussis`), persons, acronyms and gazetteer names win,
    // since they have stronger sources.

    /// Articles that open a town's name, capitalized (`Le Chefresne`, `La Rochelle`).
    static let articles: Set<String> = ["Le", "La", "Les"]

    func candidates(_ doc: DocumentView) -> [Mention] {
        var out: [Mention] = []
        let cueEnds = doc.lists.placeCues.ends
        var i = 1
        while i < doc.count {
            // Only after a token that can end a cue (`placeCue` is 0 elsewhere, and nothing is found).
            i = doc.nextToken(containing: cueEnds, from: i - 1) + 1
            guard i < doc.count else { break }
            let cue = doc.placeCue(endingBefore: i)
            // The bare `à` is no cue for what follows an elided article.
            let listed = cue > 0 && !(cue == 1 && doc.isPreposition(i - 1))
            var name = i   // first word of the name run
            var start = i  // first token of the span
            var quoted = false
            // An elided article between cue and name is outside both (`près de l'Adrar`).
            // (Only after a listed cue: `à l'Harmonie` names a body, not a town.)
            if listed, doc.tokens[i].shape.contains(.elision), doc.hasKey(i, .elidedArticle) { name = i + 1; start = name }
            // `au lieu-dit « Tinkouma »`: a quoted name after a cue, up to the closing quote.
            else if listed, HeadedNameRule.openingQuotes.contains(doc.tokens[i].norm) { name = i + 1; start = name; quoted = true }
            // `originaire de Le Ferré`: after a listed cue a capitalized article
            // belongs to the town's name (French communes: Le Mans, La Rochelle).
            else if listed, PlaceCueRule.articles.contains(doc.tokens[i].norm), doc.isNameToken(i + 1) { name = i + 1 }
            guard doc.isNameToken(name), cue > 0,
                  !(doc.isAllCaps(name) && doc.tokens[name].key.count <= 5) else { i += 1; continue }
            let end = doc.nameRunEnd(from: name)
            if quoted {
                guard end < doc.count, HeadedNameRule.closingQuotes.contains(doc.tokens[end].norm) else { i += 1; continue }
            }
            out.append(Mention(start: start, end: end, type: .LOC, by: .placeCue, priority: Mention.cuePriority))
            i = end
        }
        return out
    }
}
