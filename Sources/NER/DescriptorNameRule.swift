import DocumentModel

/// Names introduced by a lower-case common noun that is not part of them:
/// companies and media (`la société Japy`, `le groupe Alstom`, `le
/// constructeur Renault` → ORG `Japy`, `Alstom`, `Renault`) and programmes
/// (`le programme Erasmus`, `le plan Marshall` → MISC). The noun stays
/// outside the span (ANNOTATION.md: in doubt, `Wagner` alone; an alias that
/// includes the noun, `groupe Wagner`, is longer and wins).
struct DescriptorNameRule {
    let heads: PhraseSet
    let type: EntityType
    let by: MentionSource
    /// Against a gazetteer name of another type over the same words: a
    /// company noun outranks it (`le groupe Bolloré` is the company, not the
    /// man), a programme noun does not (`le programme Sahel` stays a place).
    let outranksGazetteer: Bool

    func candidates(_ doc: DocumentView) -> [Mention] {
        var out: [Mention] = []
        // Only where a descriptor can start (`doc.match` is 0 elsewhere).
        var next = doc.nextToken(containing: heads.starts, from: 0)
        while next < doc.count {
            let i = next
            next = doc.nextToken(containing: heads.starts, from: i + 1)
            guard !doc.tokens[i].shape.contains(.capitalized) else { continue }
            let head = doc.match(heads, at: i)
            let start = i + head
            guard head > 0, start < doc.sentenceEnd[i], doc.isNameToken(start) else { continue }
            let end = doc.nameRunEnd(from: start)
            // A listed common-noun acronym is no name (`la société PME`).
            if end - start == 1, doc.facts[start].contains(.commonAcronym) { continue }
            var priority = Mention.rulePriority
            if let known = doc.matcher.longest(at: start, doc.tokens, doc.hashes), known.end == end {
                // The gazetteer's own entry of this type keeps its id.
                if known.entries.contains(where: { doc.matcher.gazetteer.type($0) == type }) { continue }
                if outranksGazetteer { priority = Mention.contextPriority }
            }
            out.append(Mention(start: start, end: end, type: type, by: by, priority: priority))
        }
        return out
    }
}
