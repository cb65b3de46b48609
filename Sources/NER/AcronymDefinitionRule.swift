import DocumentModel

/// Acronyms defined in the text, both ways round:
/// `Front de libération de l'Azawad (FLA)` and `le FLA (Front de libération
/// de l'Azawad)`. Both names become mentions linked to the same entry (or
/// the same document-local id), and the document memory then knows the
/// acronym for the rest of the text. Where neither side is known, the
/// expansion is accepted when the acronym spells its content words'
/// initials (`Human Rights Watch (HRW)`).
struct AcronymDefinitionRule {
    /// Longest expansion considered, in tokens.
    static let maxExpansion = 14

    /// New mentions (acronyms or expansions) not overlapping `accepted`.
    func candidates(_ doc: DocumentView, accepted: [Mention]) -> [Mention] {
        // The accepted mention starting / ending at each token boundary (by index in `accepted`).
        var startingAt = [Int](filling: -1, count: doc.count + 1), endingAt = startingAt
        var covered = [Bool](filling: false, count: doc.count)
        for (n, m) in accepted.enumerated() {
            startingAt[m.start] = n
            endingAt[m.end] = n
            for k in m.start..<m.end { covered[k] = true }
        }
        func byStart(_ k: Int) -> Mention? { startingAt[k] >= 0 ? accepted[startingAt[k]] : nil }
        func byEnd(_ k: Int) -> Mention? { endingAt[k] >= 0 ? accepted[endingAt[k]] : nil }
        var out: [Mention] = []
        func free(_ a: Int, _ b: Int) -> Bool { (a..<b).allSatisfy { !covered[$0] } }
        func add(_ m: Mention) {
            guard free(m.start, m.end) else { return }
            out.append(m)
            for k in m.start..<m.end { covered[k] = true }
        }
        for p in 0..<doc.count where doc.isParenthesis(p, opening: true) {
            // E (A)
            if p + 2 < doc.count, doc.isParenthesis(p + 2, opening: false), isAcronym(doc, p + 1) {
                let a = p + 1
                var expansion = byEnd(p)
                if expansion == nil, let s = initialsStart(doc, acronym: a, end: p), free(s, p) {
                    let m = Mention(start: s, end: p, type: .ORG, by: .acronymDefinition, priority: Mention.rulePriority)
                    add(m)
                    expansion = m
                }
                // `Dominique Bertinotti (PS)`: after a person, an acronym is an affiliation, not a name of it.
                if let e = expansion, e.type != .PER, free(a, a + 1) {
                    add(Mention(start: a, end: a + 1, type: e.type, entry: e.entry, canonical: e.canonical,
                                by: .acronymDefinition, priority: Mention.rulePriority))
                }
                continue
            }
            // A (E)
            guard p >= 1, p + 2 < doc.count, isAcronym(doc, p - 1),
                  let close = (p + 2..<min(doc.count, p + 2 + AcronymDefinitionRule.maxExpansion)).first(where: { doc.isParenthesis($0, opening: false) })
            else { continue }
            let a = p - 1
            let acronym = byEnd(p).flatMap { $0.start == a ? $0 : nil }
            if let e = byStart(p + 1), e.end == close {
                if acronym == nil, free(a, a + 1) {
                    add(Mention(start: a, end: a + 1, type: e.type, entry: e.entry, canonical: e.canonical,
                                by: .acronymDefinition, priority: Mention.rulePriority))
                }
            } else if doc.isNameToken(p + 1), free(p + 1, close),
                      initialsStart(doc, acronym: a, end: close) == p + 1 || acronym != nil {
                let type = acronym?.type ?? .ORG
                add(Mention(start: p + 1, end: close, type: type, entry: acronym?.entry,
                            canonical: acronym?.canonical ?? (p + 1)..<close,
                            by: .acronymDefinition, priority: Mention.rulePriority))
                if acronym == nil, let e = out.last, e.start == p + 1, free(a, a + 1) {
                    add(Mention(start: a, end: a + 1, type: e.type, entry: nil, canonical: e.canonical,
                                by: .acronymDefinition, priority: Mention.rulePriority))
                }
            }
        }
        return out
    }

    /// Acronyms the document defines by a lower-case expansion
    /// (`syndrome coronarien aigu (SCA)`, `engin explosif improvisé (EEI)`):
    /// common nouns, not names, for the rest of the document.
    func commonNounAcronyms(_ doc: DocumentView) -> Set<String> {
        var out = Set<String>()
        for p in 1..<max(1, doc.count - 2) where doc.isParenthesis(p, opening: true) && doc.isParenthesis(p + 2, opening: false) {
            // `"intervention coronaire percutanée" (ICP)`: a quoted expansion.
            let end = HeadedNameRule.closingQuotes.contains(doc.tokens[p - 1].norm) ? p - 1 : p
            guard isAcronym(doc, p + 1), end > 0, let s = initialsStart(doc, acronym: p + 1, end: end, requireName: false),
                  !doc.tokens[s].shape.contains(.capitalized) else { continue }
            out.insert(doc.tokens[p + 1].key)
        }
        return out
    }

    /// A token written like an acronym: `FLA`, `CSP-DPA`, `C4S` (2–10 characters, no lower case).
    func isAcronym(_ doc: DocumentView, _ i: Int) -> Bool {
        guard i >= 0, i < doc.count else { return false }
        let t = doc.tokens[i]
        return t.shape.contains(.allCaps) && t.shape.contains(.hasLetter) && (2...10).contains(t.norm.count)
    }

    /// Start of the shortest run ending at `end` whose content words'
    /// initials spell the acronym's letters (function words skipped).
    func initialsStart(_ doc: DocumentView, acronym a: Int, end: Int, requireName: Bool = true) -> Int? {
        let letters = Array(doc.tokens[a].key.unicodeScalars.filter { $0.properties.isAlphabetic })
        guard letters.count >= 2 else { return nil }
        var initials: [Unicode.Scalar] = []
        var s = end - 1
        while s >= 0, end - s <= AcronymDefinitionRule.maxExpansion {
            let t = doc.tokens[s]
            guard t.shape.contains(.hasLetter), doc.sentenceEnd[s] == doc.sentenceEnd[end - 1] else { return nil }
            if !t.shape.contains(.elision), !doc.isStopword(s) {
                guard let first = t.key.unicodeScalars.first else { return nil }
                initials.insert(first, at: 0)
                if initials.count > letters.count { return nil }
                if initials == letters, !requireName || doc.isNameToken(s) { return s }
            }
            s -= 1
        }
        return nil
    }
}
