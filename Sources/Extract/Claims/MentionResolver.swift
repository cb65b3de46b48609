import DocumentModel

/// Resolves pronoun sources (il, elles, qui) and descriptions standing for a
/// named actor (le groupe, les rebelles) to the last compatible earlier
/// mention: agreement in gender and number, subjects preferred, within the
/// current and three previous sentences.
struct MentionResolver {
    /// An earlier mention a source may resolve to.
    /// Built for every candidate, so it holds token ranges, not text: the
    /// span is cut from the text only for the mention a source resolves to.
    struct Mention {
        let tokens: Range<Int>
        /// The tokens of the mention's text (a description's own, or the name it resolved to).
        let spanTokens: Range<Int>
        let entity: String?
        let agreement: WordClass
        /// Subject of a claim or of its sentence.
        let isSubject: Bool
        /// Tokens whose words inside entities name the actor (armée malienne).
        let nameTokens: Range<Int>
    }

    /// The sources of earlier claims, in the order they were added, found
    /// by sentence: resolving a pronoun looks at a few sentences back, not
    /// at every claim of the document.
    struct History {
        private let doc: ClaimDocument
        private var all: [Mention] = []
        /// Indices into `all` by the sentence of the mention's first token.
        private var bySentence: [Int: [Int]] = [:]

        init(doc: ClaimDocument) { self.doc = doc }

        mutating func add(_ m: Mention) {
            bySentence[doc.sentenceOf[m.tokens.lowerBound], default: []].append(all.count)
            all.append(m)
        }

        /// Mentions lying in `floor..<t` (whose first token is in sentence
        /// `firstSentence` or later), in the order they were added.
        func mentions(startingIn floor: Int, _ firstSentence: Int, through t: Int) -> [Mention] {
            var picked: [Int] = []
            for s in max(0, firstSentence)...doc.sentenceOf[t] { picked += bySentence[s] ?? [] }
            picked.sort()
            return picked.map { all[$0] }.filter { $0.tokens.upperBound <= t && $0.tokens.lowerBound >= floor }
        }
    }

    let doc: ClaimDocument
    let bounds: PhraseBounds

    private static let window = 3

    /// The mention `ref` resolves to, if any.
    func resolve(_ ref: SourceRef, kind: SourceKind, before: Int, earlierSources: History) -> Mention? {
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
                // Compared by vocabulary id: the head word is in the lexicon, so its id is its key.
                let word = doc.ids[headToken]
                return nearest(before: min(a, first), agreeing: [], earlierSources: earlierSources, namedOnly: true) { m in
                    m.tokens.contains { doc.ids[$0] == word }
                        || m.nameTokens.contains { doc.entityAt[$0] != nil && doc.ids[$0] == word }
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

    private func nearest(before t: Int, agreeing pronoun: WordClass, earlierSources: History, namedOnly: Bool = false,
                         organisationOnly: Bool = false, where accept: (Mention) -> Bool = { _ in true }) -> Mention? {
        let sentence = doc.sentenceOf[t]
        let floor = doc.text.sentences[max(0, sentence - Self.window)].tokens.lowerBound
        var candidates: [Mention] = earlierSources.mentions(startingIn: floor, sentence - Self.window, through: t)
        // Subjects of the sentences in the window (un porte-parole du CSP a proposé…).
        let subjects = sentenceSubjects(floor, t)
        for r in subjects where !candidates.contains(where: { $0.tokens.overlaps(r) }) {
            candidates.append(mention(r, isSubject: true))
        }
        for i in doc.entitiesByToken.items(startingIn: floor, t) {
            let type = doc.entities[i].type
            guard type == .ORG || type == .PER && !organisationOnly else { continue }
            let r = doc.entityTokens[i]
            guard r.lowerBound < t, r.lowerBound >= floor, doc.entityAt[r.lowerBound] == i else { continue }
            if candidates.contains(where: { $0.tokens.overlaps(r) }) && !organisationOnly { continue }
            candidates.append(mention(r, isSubject: false))
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
        return Mention(tokens: r, spanTokens: r,
                       entity: SourceClassifier(doc: doc).entityID(r.lowerBound, r.upperBound),
                       agreement: agreement, isSubject: isSubject, nameTokens: r)
    }

    private func agrees(_ pronoun: WordClass, _ m: WordClass) -> Bool {
        if pronoun.contains(.plural) && m.contains(.singular) && !m.contains(.plural) { return false }
        if pronoun.contains(.singular) && m.contains(.plural) && !m.contains(.singular) { return false }
        if pronoun.contains(.feminine) && m.contains(.masculine) && !m.contains(.feminine) { return false }
        if pronoun.contains(.masculine) && m.contains(.feminine) && !m.contains(.masculine) { return false }
        return true
    }
}
