import DocumentModel

/// Place names the gazetteer lacks, after a place cue of rules/place_cues.txt
/// (`région de`, `cercle de`, `village de`, `près de`, `à l'est de`…):
/// `dans la région de Ménaka`, `près de Tessit`. The cue stays outside.
struct PlaceCueRule {
    /// The preposition `à` before an unknown capitalized name (`à Alkit`,
    /// `à Marcoussis`) is a weaker cue than the list's: persons, acronyms and
    /// gazetteer names after it win, since they have stronger sources.
    static let prepositions: Set<String> = ["à", "À"]

    func candidates(_ doc: DocumentView) -> [Mention] {
        var out: [Mention] = []
        var i = 1
        while i < doc.count {
            // An elided article between cue and name is outside both (`près de l'Adrar`).
            // (Only after a listed cue: `à l'Harmonie` names a body, not a town.)
            var name = i
            if doc.tokens[i].shape.contains(.elision), doc.hasKey(i, .elidedArticle),
               doc.match(doc.lists.placeCues, endingBefore: i) > 0 { name = i + 1 }
            guard doc.isNameToken(name),
                  doc.match(doc.lists.placeCues, endingBefore: i) > 0
                    || (name == i && PlaceCueRule.prepositions.contains(doc.tokens[i - 1].norm)),
                  !(doc.isAllCaps(name) && doc.tokens[name].key.count <= 5) else { i += 1; continue }
            let end = doc.nameRunEnd(from: name)
            out.append(Mention(start: name, end: end, type: .LOC, entry: nil, canonical: doc.surface(name, end),
                               by: "rule:place-cue", priority: Mention.cuePriority))
            i = end
        }
        return out
    }
}
