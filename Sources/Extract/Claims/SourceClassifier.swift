import DocumentModel

/// Kind of a source (ANNOTATION.md): entities first (subtype media → media,
/// PER/ORG/LOC → named), then the head noun's lexicon class, then the
/// determiner (un responsable → anonymous, le porte-parole → named), then
/// capitalization.
struct SourceClassifier {
    let doc: ClaimDocument

    func classify(_ ref: SourceRef) -> (kind: SourceKind, entity: String?) {
        switch ref {
        case .clitic:
            return (.pronoun, nil)
        case let .tokens(a, b):
            if b - a == 1, doc.has(a, .pronoun) || doc.has(a, .subjectPronoun) || doc.has(a, .relative) {
                return (.pronoun, nil)
            }
            return (kind(a, b), entityID(a, b))
        }
    }

    /// The id of the first person or organisation named inside the span (its
    /// own name, or its affiliation: un cadre du FLA), else of a place.
    /// A place counts only as the head (Le Mali affirme), not as a complement
    /// (la coalition du Mali); names after `par` are relays (joints par RFI).
    func entityID(_ a: Int, _ b: Int) -> String? {
        let head = headToken(a, b)
        for i in a..<b {
            if doc.word(i) == .par { break }
            guard let e = doc.entityAt[i] else { continue }
            let entity = doc.entities[e]
            if entity.type == .PER || entity.type == .ORG { return Self.id(of: entity) }
            if i == head { return Self.id(of: entity) }
        }
        return nil
    }

    /// The id an entity is listed by in claims: its id, else its canonical
    /// name, else its text (so `jq` can select on names even without linking).
    static func id(of e: Entity) -> String { e.id ?? e.canonical ?? e.span.text }

    private func kind(_ a: Int, _ b: Int) -> SourceKind {
        let head = headToken(a, b)
        if let e = doc.entityAt[head] {
            let entity = doc.entities[e]
            if entity.subtype == "media" { return .media }
            if doc.isMedia(doc.text.firstToken(atOrAfter: entity.range.start)) { return .media }
            return .named
        }
        if doc.isMedia(head) { return .media }
        switch doc.head(head) {
        case .document?: return .document
        case .media?: return .media
        case .anonymous?: return .anonymous
        case .info?:
            // les informations de RFI, les explications d'un combattant: the complement decides.
            var c = head + 1
            while c < b, !(doc.word(c) == .de || doc.word(c) == .dElided || doc.word(c) == .du || doc.word(c) == .des) { c += 1 }
            if c + 1 < b { return kind(c + 1, b) }
            // nos informations: the outlet itself.
            return doc.word(a) == .nos || doc.word(a) == .notre ? .media : .anonymous
        case .person?, .group?, .organisation?:
            return doc.has(a, .definite) ? .named : .anonymous
        case nil:
            if (a..<b).contains(where: { doc.isCapitalized($0) && !doc.has($0, .determiner) }) { return .named }
            return doc.has(a, .definite) ? .named : .anonymous
        }
    }

    /// The head word: the first source noun or name after determiners and
    /// prenominal adjectives, before the first complement.
    func headToken(_ a: Int, _ b: Int) -> Int {
        var i = a
        while i < b {
            if doc.entityAt[i] != nil || doc.head(i) != nil { return i }
            if doc.isCapitalized(i) && !doc.has(i, .determiner) { return i }
            if doc.has(i, .preposition) && i > a && !doc.has(i, .determiner) { break }
            if doc.word(i) == .du || doc.word(i) == .des && i > a { break }
            i += 1
        }
        // No known noun: the first word after determiners.
        var j = a
        while j < b - 1, doc.has(j, .determiner) || doc.has(j, .negation) { j += 1 }
        return j
    }
}
