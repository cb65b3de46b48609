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
    }

    let doc: ClaimDocument
    let bounds: PhraseBounds

    private static let window = 3

    /// The mention `ref` resolves to, if any.
    func resolve(_ ref: SourceRef, kind: SourceKind, earlierSources: [Mention]) -> Mention? {
        let first = ref.firstToken
        switch ref {
        case let .clitic(token, _):
            let k = doc.key(token)
            let pronoun = k.hasPrefix("-t-") ? String(k.dropFirst(3)) : String(k.dropFirst())
            return nearest(before: first, agreeing: doc.lex.wordClass(key: pronoun, norm: pronoun), earlierSources: earlierSources)
        case let .tokens(a, b):
            if b - a == 1, doc.key(a) == "qui" { return antecedentOfQui(a) }
            if b - a == 1, doc.has(a, .subjectPronoun) || doc.has(a, .pronoun) {
                if doc.key(a) == "on" || doc.key(a) == "nous" || doc.key(a) == "je" || doc.key(a) == "j'" { return nil }
                return nearest(before: first, agreeing: doc.cls(a), earlierSources: earlierSources)
            }
            // A definite description of an actor with no name inside (le groupe, les rebelles).
            guard kind == .named, doc.has(a, .definite),
                  !(a..<b).contains(where: { doc.entityAt[$0] != nil || doc.isCapitalized($0) && !doc.has($0, .determiner) }),
                  let head = doc.lex.heads[doc.key(SourceClassifier(doc: doc).headToken(a, b))],
                  head == .group || head == .person else { return nil }
            return nearest(before: a, agreeing: [], earlierSources: earlierSources, namedOnly: true)
        }
    }

    private func antecedentOfQui(_ q: Int) -> Mention? {
        var e = q
        if doc.isComma(e - 1) { e -= 1 }
        let s = bounds.npStart(endingAt: e, floor: doc.sentence(of: q).lowerBound)
        guard s < e else { return nil }
        return mention(s..<e, isSubject: true)
    }

    private func nearest(before t: Int, agreeing pronoun: WordClass, earlierSources: [Mention], namedOnly: Bool = false) -> Mention? {
        let sentence = doc.sentenceOf[t]
        let floor = doc.text.sentences[max(0, sentence - Self.window)].tokens.lowerBound
        var candidates: [Mention] = earlierSources.filter { $0.tokens.upperBound <= t && $0.tokens.lowerBound >= floor }
        for (i, e) in doc.entities.enumerated() where e.type == .PER || e.type == .ORG {
            let start = doc.text.firstToken(atOrAfter: e.range.start)
            guard start < t, start >= floor, doc.entityAt[start] == i else { continue }
            var end = start
            while end < doc.count, doc.tokens[end].start < e.range.end { end += 1 }
            candidates.append(mention(start..<end, isSubject: doc.isSentenceStart(start) || doc.has(start - 1, .determiner) && doc.isSentenceStart(start - 1)))
        }
        if namedOnly { candidates = candidates.filter { $0.entity != nil } }
        let compatible = candidates.filter { agrees(pronoun, $0.agreement) }
        // Subjects first, then the nearest.
        return compatible.max { l, r in
            l.isSubject != r.isSubject ? !l.isSubject : l.tokens.lowerBound < r.tokens.lowerBound
        }
    }

    func mention(_ r: Range<Int>, isSubject: Bool) -> Mention {
        var agreement = doc.cls(r.lowerBound).intersection([.masculine, .feminine, .singular, .plural])
        if !doc.has(r.lowerBound, .determiner) {
            agreement = doc.cls(r.lowerBound - 1).intersection([.masculine, .feminine, .singular, .plural])
            if !doc.has(r.lowerBound - 1, .determiner) { agreement = [.singular] }
        }
        if !agreement.contains(.singular), !agreement.contains(.plural) { agreement.insert(.singular) }
        return Mention(tokens: r, span: doc.span(r.lowerBound, r.upperBound),
                       entity: SourceClassifier(doc: doc).entityID(r.lowerBound, r.upperBound),
                       agreement: agreement, isSubject: isSubject)
    }

    private func agrees(_ pronoun: WordClass, _ m: WordClass) -> Bool {
        if pronoun.contains(.plural) && m.contains(.singular) && !m.contains(.plural) { return false }
        if pronoun.contains(.singular) && m.contains(.plural) && !m.contains(.singular) { return false }
        if pronoun.contains(.feminine) && m.contains(.masculine) && !m.contains(.feminine) { return false }
        if pronoun.contains(.masculine) && m.contains(.feminine) && !m.contains(.masculine) { return false }
        return true
    }
}
