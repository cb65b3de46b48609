import DocumentModel

/// Resolves pronoun sources (il, elles, qui) and descriptions standing for a
/// named actor (le groupe, les rebelles) to the last compatible earlier
/// mention: agreement in gender and number, subjects preferred, within the
/// current and three previous sentences.
struct MentionResolver {
    /// An earlier mention a source may resolve to.
    struct Mention {
        let tokens: Range<Int>
        let span: TextSpan
        let entity: String?
        let agreement: WordClass
        /// Subject of a claim or of its sentence.
        let isSubject: Bool
        /// Folded words of the linked entity's canonical name (armée malienne).
        var canonicalWords: Set<String> = []
    }

    let doc: ClaimDocument
    let bounds: PhraseBounds

    private static let window = 3

    /// The mention `ref` resolves to, if any.
    func resolve(_ ref: SourceRef, kind: SourceKind, before: Int, earlierSources: [Mention]) -> Mention? {
        let first = before
        switch ref {
        case let .clitic(token, _):
            let k = doc.key(token)
            let pronoun = k.hasPrefix("-t-") ? String(k.dropFirst(3)) : String(k.dropFirst())
            return nearest(before: first, agreeing: doc.lex.wordClass(key: pronoun, norm: pronoun), earlierSources: earlierSources)
        case let .tokens(a, b):
            if b - a == 1, doc.word(a) == .qui { return antecedentOfQui(a) }
            if b - a == 1, doc.has(a, .subjectPronoun) || doc.has(a, .pronoun) {
                if doc.word(a) == .on || doc.word(a) == .nous || doc.word(a) == .je || doc.word(a) == .jElided { return nil }
                return nearest(before: first, agreeing: doc.cls(a), earlierSources: earlierSources)
            }
            // A definite description of an actor with no name inside (le groupe, les rebelles).
            let headToken = SourceClassifier(doc: doc).headToken(a, b)
            guard kind == .named, doc.has(a, .definite),
                  !(a..<b).contains(where: { doc.entityAt[$0] != nil || doc.isCapitalized($0) && !doc.has($0, .determiner) }),
                  let head = doc.head(headToken) else { return nil }
            switch head {
            case .organisation:
                return nearest(before: min(a, first), agreeing: [], earlierSources: earlierSources, namedOnly: true, organisationOnly: true)
            case .group, .person:
                // Same head word in a mention that names the actor (les rebelles → les rebelles du FLA).
                let word = doc.key(headToken)
                return nearest(before: min(a, first), agreeing: [], earlierSources: earlierSources, namedOnly: true) { m in
                    m.tokens.contains { doc.key($0) == word } || m.canonicalWords.contains(word)
                }
            default:
                return nil
            }
        }
    }

    private func antecedentOfQui(_ q: Int) -> Mention? {
        var e = q
        if doc.isComma(e - 1) { e -= 1 }
        let s = bounds.npStart(endingAt: e, floor: doc.sentence(of: q).lowerBound)
        guard s < e else { return nil }
        return mention(s..<e, isSubject: true)
    }

    private func nearest(before t: Int, agreeing pronoun: WordClass, earlierSources: [Mention], namedOnly: Bool = false,
                         organisationOnly: Bool = false, where accept: (Mention) -> Bool = { _ in true }) -> Mention? {
        let sentence = doc.sentenceOf[t]
        let floor = doc.text.sentences[max(0, sentence - Self.window)].tokens.lowerBound
        var candidates: [Mention] = earlierSources.filter { $0.tokens.upperBound <= t && $0.tokens.lowerBound >= floor }
        // Subjects of the sentences in the window (un porte-parole du CSP a proposé…).
        let subjects = sentenceSubjects(floor, t)
        for r in subjects where !candidates.contains(where: { $0.tokens.overlaps(r) }) {
            candidates.append(mention(r, isSubject: true))
        }
        for (i, e) in doc.entities.enumerated() where e.type == .ORG || e.type == .PER && !organisationOnly {
            let start = doc.text.firstToken(atOrAfter: e.range.start)
            guard start < t, start >= floor, doc.entityAt[start] == i else { continue }
            var end = start
            while end < doc.count, doc.tokens[end].start < e.range.end { end += 1 }
            if candidates.contains(where: { $0.tokens.overlaps(start..<end) }) && !organisationOnly { continue }
            candidates.append(mention(start..<end, isSubject: false))
        }
        if namedOnly { candidates = candidates.filter { $0.entity != nil } }
        if organisationOnly {
            candidates = candidates.filter { m in m.tokens.contains { doc.entityAt[$0].map { doc.entities[$0].type == .ORG } ?? false } }
        }
        candidates = candidates.filter(accept)
        let compatible = candidates.filter { agrees(pronoun, $0.agreement) }
        // Subjects first, then the nearest.
        return compatible.max { l, r in
            l.isSubject != r.isSubject ? !l.isSubject : l.tokens.lowerBound < r.tokens.lowerBound
        }
    }

    /// The noun phrase opening each sentence of `floor..<t` after its
    /// adverbials, when it names a person, a group or an entity.
    private func sentenceSubjects(_ floor: Int, _ t: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var s = doc.sentenceOf[min(floor, doc.count - 1)]
        while s < doc.text.sentences.count, doc.text.sentences[s].tokens.lowerBound < t {
            let r = doc.text.sentences[s].tokens
            let a = bounds.skipLeadingAdverbials(r.lowerBound, min(r.upperBound, t))
            if bounds.startsNounPhrase(a), !doc.has(a, .subjectPronoun) {
                let e = bounds.npEnd(from: a, limit: min(r.upperBound, t))
                if e > a, bounds.isPlausibleSource(a, e) { out.append(a..<e) }
            }
            s += 1
        }
        return out
    }

    func mention(_ r: Range<Int>, isSubject: Bool) -> Mention {
        var agreement = doc.cls(r.lowerBound).intersection([.masculine, .feminine, .singular, .plural])
        if !doc.has(r.lowerBound, .determiner) {
            agreement = doc.cls(r.lowerBound - 1).intersection([.masculine, .feminine, .singular, .plural])
            if !doc.has(r.lowerBound - 1, .determiner) { agreement = [.singular] }
        }
        if !agreement.contains(.singular), !agreement.contains(.plural) { agreement.insert(.singular) }
        var words = Set<String>()
        for t in r where doc.entityAt[t] != nil { words.insert(doc.keys[t]) }
        return Mention(tokens: r, span: doc.span(r.lowerBound, r.upperBound),
                       entity: SourceClassifier(doc: doc).entityID(r.lowerBound, r.upperBound),
                       agreement: agreement, isSubject: isSubject, canonicalWords: words)
    }

    private func agrees(_ pronoun: WordClass, _ m: WordClass) -> Bool {
        if pronoun.contains(.plural) && m.contains(.singular) && !m.contains(.plural) { return false }
        if pronoun.contains(.singular) && m.contains(.plural) && !m.contains(.singular) { return false }
        if pronoun.contains(.feminine) && m.contains(.masculine) && !m.contains(.feminine) { return false }
        if pronoun.contains(.masculine) && m.contains(.feminine) && !m.contains(.masculine) { return false }
        return true
    }
}
