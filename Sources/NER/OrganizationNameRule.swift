import DocumentModel

/// Organisation names the gazetteer lacks: a head word from
/// rules/org_heads.txt (`Front`, `Coordination`, `Centre`, `Université`…)
/// with its `de / du / des …` complement, up to the last proper name or
/// nationality adjective it reaches (`Front de libération de l'Azawad`,
/// `Centre des stratégies pour la sécurité du Sahel`); and national armies
/// named by description (`armée malienne`, `forces armées maliennes`, any
/// case, ANNOTATION.md).
struct OrganizationNameRule {
    // Grammar words that link a head to its complement are
    // `WordFacts.orgConnector` (Data/org_connectors.txt); after a proper name
    // only a `.genitive` continues the name (`… de l'Azawad à Kidal` ends at
    // `Azawad`; Data/genitives.txt).
    /// Longest complement scanned, in tokens.
    static let maxLength = 16
    /// The words of national-army descriptions (read once per rule, not per token).
    let forces = KnownKey.forces, armee = KnownKey.armee, armees = KnownKey.armees

    func candidates(_ doc: DocumentView) -> [Mention] {
        var out: [Mention] = []
        // Only at army words and where a head can start (nothing is found elsewhere).
        let headStarts = doc.lists.orgHeads.starts
        func next(_ k: Int) -> Int { doc.nextToken(from: k) { $0.contains(.armyWord) || $0.contains(headStarts) } }
        var i = next(0)
        while i < doc.count {
            defer { i = next(i + 1) }
            if doc.facts[i].contains(.armyWord), let end = nationalArmyEnd(doc, i) {
                out.append(mention(doc, i, end, by: .orgNationalArmy))
                continue
            }
            let head = doc.match(doc.lists.orgHeads, at: i)
            // A head in a line of capitals is a heading word (`MISE EN GARDE SPÉCIALE`).
            guard head > 0, !(doc.isAllCaps(i) && i + head < doc.count && doc.isAllCaps(i + head)) else { continue }
            if let end = complementEnd(doc, i, headEnd: i + head, softEnd: true) {
                out.append(mention(doc, i, end, by: .orgHead))
            } else if !doc.sentenceInitial[i], !doc.isNameToken(i + head), doc.tokens[i].shape.contains(.capitalized) {
                // A capitalized institution word alone inside a sentence is a name (`le Conseil`, `la Commission`).
                out.append(mention(doc, i, i + head, by: .orgHead))
            }
        }
        return out
    }

    func mention(_ doc: DocumentView, _ start: Int, _ end: Int, by: MentionSource) -> Mention {
        Mention(start: start, end: end, type: .ORG, by: by, priority: Mention.rulePriority)
    }

    /// `armée malienne`, `armées burkinabè`, `forces armées nigériennes` (any case).
    func nationalArmyEnd(_ doc: DocumentView, _ i: Int) -> Int? {
        guard doc.facts[i].contains(.armyWord) else { return nil }
        var j = i + 1
        if doc.hasKey(i, forces), j < doc.count, doc.hasKey(j, armees) { j += 1 }
        else if !doc.hasKey(i, armee) && !doc.hasKey(i, armees) { return nil }
        return j < doc.count && doc.isNationalityAdjective(j) && !doc.tokens[j].shape.contains(.capitalized) ? j + 1 : nil
    }

    /// End of the name headed at `start`: after the last proper name or
    /// nationality adjective the complement reaches; failing one, when
    /// `softEnd`, after its last common word (`Conseil constitutionnel`,
    /// `Union nationale des combattants`); else nil. The complement is read
    /// as a noun phrase: after a connector any noun, after a noun only an
    /// adjective, so a verb ends it (`la Commission gère…`).
    func complementEnd(_ doc: DocumentView, _ start: Int, headEnd: Int, softEnd: Bool = false) -> Int? {
        let limit = min(doc.sentenceEnd[start], start + OrganizationNameRule.maxLength)
        var j = headEnd
        var lastAnchor: Int?
        var lastWord: Int?
        var afterName = false
        var expectNoun = false
        // A name without a proper noun only runs through genitives (`Conseil
        // supérieur de la magistrature`), never `le`, `pour`, `sur`: once
        // passed, its common words no longer extend the soft end.
        var softFrozen = false
        var afterGenitive = false
        while j < limit {
            let t = doc.tokens[j]
            if doc.isNameToken(j) {
                // Another institution (`la Commission … du Conseil`) is a second name, not a complement.
                if doc.match(doc.lists.orgHeads, at: j) > 0, !doc.isAllCaps(j) { break }
                // A person right after a common word is apposed, not in the name
                // (`du Conseil constitutionnel Jean-Louis Debré`).
                if doc.isFirstName(j), j > headEnd, !doc.facts[j - 1].contains(.orgConnector),
                   !doc.tokens[j - 1].shape.contains(.capitalized) { break }
                lastAnchor = j + 1; afterName = true; expectNoun = false; j += 1; continue
            }
            if !t.shape.contains(.capitalized), doc.isNationalityAdjective(j) {
                lastAnchor = j + 1; afterName = false; expectNoun = false; j += 1; continue
            }
            // `ministère des Affaires étrangères`, `Office de la Santé publique`:
            // an adjective after a capitalized common noun of the name is part of it.
            if afterName, isPortfolioWord(doc, j - 1), isAgreeingAdjective(doc, j) {
                lastAnchor = j + 1; j += 1; continue
            }
            if doc.facts[j].contains(.orgConnector) {
                // `ministère de l'Économie et des Finances`: `et` then a genitive
                // joins a second such noun, not a second name.
                if afterName, t.key == "et", isPortfolioAhead(doc, j + 1) {
                    afterName = false; expectNoun = true; afterGenitive = false; j += 1; continue
                }
                if afterName, !doc.facts[j].contains(.genitive) { break }
                // `et` joins two complements (`des lettres et des sciences`), not two names.
                if t.key == "et", doc.isNameToken(j + 1) { break }
                // A proper name comes after a genitive (`de Bamako`), not after `pour`, `à`, `sur`.
                if !doc.facts[j].contains(.genitive), !["la", "le", "les", "l'"].contains(t.key),
                   doc.isNameToken(j + 1) { break }
                // `la Commission de revoir sa proposition`: `de` then an infinitive
                // and its object is a clause, not a complement.
                if t.key == "de" || t.key == "d'", isInfinitiveClause(doc, j + 1) { break }
                let genitive = doc.facts[j].contains(.genitive)
                let article = ["la", "les", "l'"].contains(t.key) && afterGenitive
                if !genitive && !article { softFrozen = true }
                afterGenitive = genitive
                afterName = false
                expectNoun = true
                j += 1
                continue
            }
            if !afterName, t.shape.contains(.hasLetter), !t.shape.contains(.capitalized),
               !t.shape.contains(.elision), !doc.isStopword(j), !doc.lists.timeAdjectives.contains(t.key),
               expectNoun || doc.lists.looksAdjectival(t) {
                if !softFrozen { lastWord = j + 1 }
                afterGenitive = false
                expectNoun = false
                j += 1
                continue
            }
            break
        }
        if let a = lastAnchor { return a }
        return softEnd ? lastWord : nil
    }

    /// Token k is a capitalized common noun of a name (`Affaires`, `Santé`,
    /// `Finances`): one title-case word right after a connector, that the
    /// gazetteer does not know (a place there, `de Kidal occupée`, ends the name).
    func isPortfolioWord(_ doc: DocumentView, _ k: Int) -> Bool {
        guard k > 0, doc.isNameToken(k), !doc.isAllCaps(k), !doc.isFirstName(k),
              doc.facts[k - 1].contains(.orgConnector) else { return false }
        return doc.matcher.longest(at: k, doc.tokens, doc.hashes, limit: k + 1) == nil
    }

    /// A lower-case adjective (by its ending) agreeing in number with the noun before it
    /// (`Affaires étrangères`, `Santé publique`), not a participle opening a clause.
    func isAgreeingAdjective(_ doc: DocumentView, _ j: Int) -> Bool {
        let t = doc.tokens[j]
        guard t.shape.contains(.hasLetter), !t.shape.contains(.capitalized), !t.shape.contains(.elision),
              !doc.isStopword(j), !doc.lists.timeAdjectives.contains(t.key), doc.lists.looksAdjectival(t) else { return false }
        func plural(_ s: String) -> Bool { s.hasSuffix("s") || s.hasSuffix("x") }
        return plural(doc.tokens[j - 1].key) == plural(t.key)
    }

    /// Tokens from k read `de / des / du / d' [la / l'] Noun` with a portfolio word as the noun.
    func isPortfolioAhead(_ doc: DocumentView, _ k: Int) -> Bool {
        guard k < doc.count, doc.facts[k].contains(.genitive) else { return false }
        var n = k + 1
        if n < doc.count, ["la", "l'"].contains(doc.tokens[n].key) { n += 1 }
        return n < doc.count && doc.tokens[n].shape.contains(.capitalized) && isPortfolioWord(doc, n)
    }

    /// Token k is a lower-case infinitive (`revoir`, `prendre`, `examiner`) followed by a determiner.
    func isInfinitiveClause(_ doc: DocumentView, _ k: Int) -> Bool {
        guard k + 1 < doc.count, !doc.tokens[k].shape.contains(.capitalized) else { return false }
        let key = doc.tokens[k].key
        guard key.count > 3, key.hasSuffix("er") || key.hasSuffix("ir") || key.hasSuffix("re") else { return false }
        // A determiner opening its object (`de revoir sa proposition`): Data/object_determiners.txt.
        return doc.facts[k + 1].contains(.objectDeterminer)
    }
}
