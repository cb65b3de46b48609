import DocumentModel

/// A known place inside a longer place name opened by a modifier of
/// Data/place_modifiers.txt (`le Grand Ouagadougou`, `Petite Kabylie`): the
/// longer name is the place, a distinct one (document-local id), so that the
/// gazetteer word does not split it (`Grand` left over, `Ouagadougou` alone).
struct PlaceModifierRule {
    /// `gazetteer`: the step-1 candidates; only gazetteer places are extended.
    func candidates(_ doc: DocumentView, gazetteer: [Mention]) -> [Mention] {
        gazetteer.compactMap { m in
            guard m.type == .LOC, m.entry != nil, m.start > 0 else { return nil }
            let k = m.start - 1
            guard doc.facts[k].contains(.placeModifier), doc.tokens[k].shape.contains(.capitalized),
                  !doc.isAllCaps(k), doc.sentenceEnd[k] == doc.sentenceEnd[m.start] else { return nil }
            return Mention(start: k, end: m.end, type: .LOC, by: .placeModifier, priority: Mention.rulePriority)
        }
    }
}
