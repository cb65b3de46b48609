import DocumentModel
import Foundation
import Tokenizer

/// The word lists of `gazetteer/rules/` that the name rules read: one entry
/// per line, `#` comments. Multi-word entries are kept as token-key sequences.
struct RuleLists: Sendable {
    /// Folded first names (`Assimi`, `Mohamed`).
    let firstNames: Set<String>
    /// Titles and functions before a name (`général`, `président de la transition`).
    let personTitles: PhraseSet
    /// Particles inside person names (`Ag`, `Ould`, `El`), folded.
    let nameParticles: Set<String>
    /// Organisation head words (`Front`, `Haut Conseil`).
    let orgHeads: PhraseSet
    /// Place cues before a place name (`région de`, `près de`, `à`).
    let placeCues: PhraseSet
    /// Function and common words that never start or make up a name by themselves.
    let stopwords: Set<String>
    /// Heads of event and operation names (MISC), from this module's Data/.
    let eventHeads: PhraseSet
    /// Heads that belong to a place's name (`rue`, `place`), from Data/.
    let placeHeads: PhraseSet
    /// Lower-case openings of institution descriptions (`gouvernement`), from Data/.
    let descriptionHeads: PhraseSet
    /// Nouns introducing a company's name (`société`, `groupe`), from Data/.
    let companyHeads: PhraseSet
    /// Nouns introducing a programme's name (`programme`, `plan`), from Data/.
    let programmeHeads: PhraseSet
    /// Capitalized words opening a longer place name (`Grand`), as written, from Data/.
    let placeModifiers: Set<String>
    /// Adjectives of time that qualify a body without naming it (`le Parlement précédent`), folded, from Data/.
    let timeAdjectives: Set<String>
    /// Words after which an acronym is an affiliation (`élu`), folded, from Data/.
    let affiliationHeads: Set<String>
    /// Legal forms and words ending a company's name (`GmbH`, `Bank`), folded, from Data/.
    let companySuffixes: Set<String>
    /// Acronyms of common nouns (`ONG`, `PDG`), folded, from Data/.
    let commonAcronyms: Set<String>
    /// Endings of adjectives and participles (lower case, accented), from Data/.
    let adjectiveSuffixes: [String]
    /// Verb endings that the adjective endings would take (`!` lines of the file).
    let verbSuffixes: [String]
    /// Every listed key with the lists it is in (see `WordFacts`).
    let facts: WordFactTable

    /// A lower-case word that ends like an adjective or participle, not like a verb.
    func looksAdjectival(_ token: Token) -> Bool {
        let word = token.norm.lowercased()
        if verbSuffixes.contains(where: { word.hasSuffix($0) }) { return false }
        return adjectiveSuffixes.contains { word.count > $0.count + 2 && word.hasSuffix($0) }
    }

    init(directory: String, tokenizer: Tokenizer) throws {
        func lines(_ name: String) -> [String] {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
            return DataLines.lines(of: text)
        }
        let fold = TokenNormalizer.foldKey
        firstNames = Set(lines("first_names.txt").map(fold))
        nameParticles = Set(lines("name_particles.txt").map { fold($0.hasSuffix("-") ? String($0.dropLast()) : $0) })
        stopwords = Set(lines("stopwords.txt").map(fold))
        personTitles = PhraseSet(lines("person_titles.txt"), tokenizer: tokenizer, starts: .titleStart, ends: .titleEnd)
        orgHeads = PhraseSet(lines("org_heads.txt"), tokenizer: tokenizer, starts: .orgHeadStart, ends: .orgHeadEnd)
        placeCues = PhraseSet(lines("place_cues.txt"), tokenizer: tokenizer, starts: .placeCueStart, ends: .placeCueEnd)
        func moduleLines(_ name: String) throws -> [String] {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data") else {
                throw EntityRecognizerError.unreadable("NER resource Data/\(name)")
            }
            return DataLines.lines(of: try String(contentsOf: url, encoding: .utf8))
        }
        eventHeads = PhraseSet(try moduleLines("event_heads.txt"), tokenizer: tokenizer,
                               starts: .eventHeadStart, ends: .eventHeadEnd)
        placeHeads = PhraseSet(try moduleLines("place_heads.txt"), tokenizer: tokenizer,
                               starts: .placeHeadStart, ends: .placeHeadEnd)
        commonAcronyms = Set(try moduleLines("common_acronyms.txt").map(fold))
        descriptionHeads = PhraseSet(try moduleLines("description_heads.txt"), tokenizer: tokenizer,
                                     starts: .descriptionStart, ends: .descriptionEnd)
        companyHeads = PhraseSet(try moduleLines("company_heads.txt"), tokenizer: tokenizer,
                                 starts: .companyHeadStart, ends: .companyHeadEnd)
        programmeHeads = PhraseSet(try moduleLines("programme_heads.txt"), tokenizer: tokenizer,
                                   starts: .programmeHeadStart, ends: .programmeHeadEnd)
        placeModifiers = Set(try moduleLines("place_modifiers.txt"))
        affiliationHeads = Set(try moduleLines("affiliation_heads.txt").map(fold))
        timeAdjectives = Set(try moduleLines("time_adjectives.txt").map(fold))
        companySuffixes = Set(try moduleLines("company_suffixes.txt").map(fold))
        let endings = try moduleLines("adjective_suffixes.txt")
        adjectiveSuffixes = endings.filter { !$0.hasPrefix("!") }
        verbSuffixes = endings.filter { $0.hasPrefix("!") }.map { String($0.dropFirst()) }
        var facts: [String: WordFacts] = [:]
        func mark(_ keys: some Sequence<String>, _ fact: WordFacts) {
            for key in keys { facts[key, default: []].insert(fact) }
        }
        mark(stopwords, .stopword)
        mark(firstNames, .firstName)
        mark(nameParticles, .particle)
        mark(commonAcronyms, .commonAcronym)
        mark(personTitles.words, .titleWord)
        mark(placeModifiers.map(fold), .placeModifier)
        mark(affiliationHeads, .affiliationHead)
        mark(companySuffixes, .companySuffix)
        for set in [personTitles, orgHeads, placeCues, eventHeads, placeHeads, descriptionHeads, companyHeads, programmeHeads] {
            mark(set.firstKeys, set.starts)
            mark(set.lastKeys, set.ends)
        }
        self.facts = WordFactTable(facts)
    }
}

/// A set of short phrases matched on token keys, forwards (at a position) or
/// backwards (ending just before a position).
struct PhraseSet: Sendable {
    /// Phrases as key sequences, grouped by their first and by their last key.
    private let byFirst: [String: [[String]]]
    private let byLast: [String: [[String]]]
    /// Key sequences written only with a capital in the list (must be capitalized in text).
    private let capitalized: Set<[String]>

    /// One-word phrases (`général`, `m.`), folded.
    let words: Set<String>
    /// The `WordFacts` bits of keys that open / close a phrase of this set.
    let starts: WordFacts
    let ends: WordFacts

    init(_ phrases: [String], tokenizer: Tokenizer, starts: WordFacts = [], ends: WordFacts = []) {
        self.starts = starts
        self.ends = ends
        var byFirst: [String: [[String]]] = [:], byLast: [String: [[String]]] = [:]
        var capitalized = Set<[String]>(), lowercase = Set<[String]>()
        var words = Set<String>()
        for phrase in phrases {
            let tokens = tokenizer.tokenize(phrase).tokens
            // Tokenized alone, a lower-case `m.` splits off its period; in text
            // (`M. Soyer`) it is one token: keep the space-separated form too.
            let spaced = phrase.split(separator: " ").map { TokenNormalizer.foldKey(String($0)) }
            let capital = tokens.first?.shape.contains(.capitalized) ?? false
            for keys in Set([tokens.map(\.key), spaced]) {
                guard let first = keys.first, let last = keys.last else { continue }
                byFirst[first, default: []].append(keys)
                byLast[last, default: []].append(keys)
                if capital { capitalized.insert(keys) } else { lowercase.insert(keys) }
                if keys.count == 1 { words.insert(first) }
            }
        }
        self.words = words
        // Longest phrase first.
        self.byFirst = byFirst.mapValues { $0.sorted { $0.count > $1.count } }
        self.byLast = byLast.mapValues { $0.sorted { $0.count > $1.count } }
        // A phrase listed in lower case too matches in any case (`Ministère`
        // and `ministère` in org_heads.txt).
        self.capitalized = capitalized.subtracting(lowercase)
    }

    var isEmpty: Bool { byFirst.isEmpty }

    /// Keys that open a phrase, and keys that close one.
    var firstKeys: Dictionary<String, [[String]]>.Keys { byFirst.keys }
    var lastKeys: Dictionary<String, [[String]]>.Keys { byLast.keys }

    /// A one-word phrase of the set, whatever its case in text.
    func containsWord(_ key: String) -> Bool { words.contains(key) }

    /// Length (in tokens) of the longest phrase starting at token `i`, or 0.
    func match(at i: Int, in tokens: [Token], limit: Int? = nil) -> Int {
        guard i < tokens.count, let candidates = byFirst[tokens[i].key] else { return 0 }
        let end = limit ?? tokens.count
        for keys in candidates where i + keys.count <= end {
            if (0..<keys.count).allSatisfy({ tokens[i + $0].key == keys[$0] }),
               !capitalized.contains(keys) || tokens[i].shape.contains(.capitalized) {
                return keys.count
            }
        }
        return 0
    }

    /// Length of the longest phrase ending just before token `i` (not before `floor`), or 0.
    func match(endingBefore i: Int, in tokens: [Token], floor: Int = 0) -> Int {
        guard i - 1 >= floor, let candidates = byLast[tokens[i - 1].key] else { return 0 }
        for keys in candidates where i - keys.count >= floor {
            let s = i - keys.count
            if (0..<keys.count).allSatisfy({ tokens[s + $0].key == keys[$0] }),
               !capitalized.contains(keys) || tokens[s].shape.contains(.capitalized) {
                return keys.count
            }
        }
        return 0
    }
}
