import DocumentModel

/// Names made of a head word and a proper name or complement, where the
/// head belongs to the name: events and operations (MISC: `affaire
/// Clearstream`, `opération « Vengeance »`, `accords de Schengen`) and
/// streets and buildings (LOC: `rue de Lille`, `église Notre-Dame`). Longer
/// than the place or organisation inside, they win over it.
struct HeadedNameRule {
    let heads: PhraseSet
    let type: EntityType
    let by: MentionSource
    /// A known name right after an event head stays itself (`une opération
    /// Wagner`); after a street head it is the street's namesake (`rue
    /// Lafayette`, `avenue Kwame Nkrumah`).
    var knownNameStaysItself = true

    static let openingQuotes: Set<String> = ["«", "\"", "“"]
    static let closingQuotes: Set<String> = ["»", "\"", "”"]

    func candidates(_ doc: DocumentView) -> [Mention] {
        var out: [Mention] = []
        // Only where a head can start (`doc.match` is 0 elsewhere).
        var i = doc.nextToken(containing: heads.starts, from: 0)
        while i < doc.count {
            defer { i = doc.nextToken(containing: heads.starts, from: i + 1) }
            let head = doc.match(heads, at: i)
            guard head > 0, let end = nameEnd(doc, i, headEnd: i + head) else { continue }
            out.append(Mention(start: i, end: end, type: type, by: by, priority: Mention.rulePriority))
        }
        return out
    }

    /// After the head: a quoted name (`opération « Barkhane »`, up to the
    /// closing quote), or a name / complement as for organisations.
    func nameEnd(_ doc: DocumentView, _ start: Int, headEnd: Int) -> Int? {
        guard headEnd < doc.count else { return nil }
        if HeadedNameRule.openingQuotes.contains(doc.tokens[headEnd].norm), doc.isNameToken(headEnd + 1) {
            let limit = min(doc.sentenceEnd[start], headEnd + 8)
            return (headEnd + 2..<limit).first { HeadedNameRule.closingQuotes.contains(doc.tokens[$0].norm) }.map { $0 + 1 }
        }
        guard let end = OrganizationNameRule().complementEnd(doc, start, headEnd: headEnd) else { return nil }
        // `une opération Wagner`: a known name right after the head stays itself.
        if knownNameStaysItself, let known = doc.matcher.longest(at: headEnd, doc.tokens, doc.hashes), known.end == end { return nil }
        return end
    }
}
