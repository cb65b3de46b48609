import DocumentModel
import Foundation
import Lexicon
import Tokenizer

/// The word lists of `gazetteer/rules/` that the name rules read: one entry
/// per line, `#` comments. Multi-word entries are kept as token-key sequences.
final class RuleLists: Sendable {
    /// Folded first names (`Assimi`, `Mohamed`).
    let firstNames: Set<String>
    /// Titles and functions before a name (`général`, `président de la transition`).
    let personTitles: PhraseSet
    /// Particles inside person names (`Ag`, `Ould`, `El`), folded.
    let nameParticles: Set<String>
    /// UTF-8 length of the longest particle: a hyphenated word whose head is
    /// longer (`peut-être`, `vice-président`) is ruled out without a look-up.
    let longestParticle: Int
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
    let adjectiveSuffixes: Endings
    /// Verb endings that the adjective endings would take (`!` lines of the file).
    let verbSuffixes: Endings
    /// What the lists say about each lexicon word (see `WordFacts`), by `WordId`.
    let facts: [WordFacts]
    /// The lexicon as these lists left it (their words' ids for a document).
    let lexicon: Lexicon.Snapshot

    /// The facts of word `id` (none for `unknown` and for words of other stages).
    @inline(__always)
    func facts(_ id: WordId) -> WordFacts { id >= 0 && Int(id) < facts.count ? facts[Int(id)] : [] }

    /// A lower-case word that ends like an adjective or participle, not like a verb.
    func looksAdjectival(_ token: Token) -> Bool {
        let word = Lowercase.of(token.norm)
        let last = word.last, length = word.count
        if verbSuffixes.contains(where: { $0.ends(word, last: last) }) { return false }
        return adjectiveSuffixes.contains { length > $0.length + 2 && $0.ends(word, last: last) }
    }

    /// Reads the lists of `directory` (the gazetteer's `rules/`) and of this
    /// module's Data/, interning their words into `words`.
    init(directory: String, tokenizer: Tokenizer, words: inout Lexicon.Builder) throws {
        func lines(_ name: String) -> [String] {
            let path = (directory as NSString).appendingPathComponent(name)
            return (try? DataFile.lines(atPath: path)) ?? []
        }
        let fold = TokenNormalizer.foldKey
        firstNames = Set(lines("first_names.txt").map(fold))
        nameParticles = Set(lines("name_particles.txt").map { fold($0.hasSuffix("-") ? String($0.dropLast()) : $0) })
        longestParticle = nameParticles.map(\.utf8.count).max() ?? 0
        stopwords = Set(lines("stopwords.txt").map(fold))
        personTitles = PhraseSet(lines("person_titles.txt"), tokenizer: tokenizer, words: &words, starts: .titleStart, ends: .titleEnd)
        orgHeads = PhraseSet(lines("org_heads.txt"), tokenizer: tokenizer, words: &words, starts: .orgHeadStart, ends: .orgHeadEnd)
        placeCues = PhraseSet(lines("place_cues.txt"), tokenizer: tokenizer, words: &words, starts: .placeCueStart, ends: .placeCueEnd)
        func moduleLines(_ name: String) throws -> [String] {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data") else {
                throw EntityRecognizerError.unreadable("NER resource Data/\(name)")
            }
            return try DataFile.lines(at: url)
        }
        eventHeads = PhraseSet(try moduleLines("event_heads.txt"), tokenizer: tokenizer, words: &words,
                               starts: .eventHeadStart, ends: .eventHeadEnd)
        placeHeads = PhraseSet(try moduleLines("place_heads.txt"), tokenizer: tokenizer, words: &words,
                               starts: .placeHeadStart, ends: .placeHeadEnd)
        commonAcronyms = Set(try moduleLines("common_acronyms.txt").map(fold))
        descriptionHeads = PhraseSet(try moduleLines("description_heads.txt"), tokenizer: tokenizer, words: &words,
                                     starts: .descriptionStart, ends: .descriptionEnd)
        companyHeads = PhraseSet(try moduleLines("company_heads.txt"), tokenizer: tokenizer, words: &words,
                                 starts: .companyHeadStart, ends: .companyHeadEnd)
        programmeHeads = PhraseSet(try moduleLines("programme_heads.txt"), tokenizer: tokenizer, words: &words,
                                   starts: .programmeHeadStart, ends: .programmeHeadEnd)
        placeModifiers = Set(try moduleLines("place_modifiers.txt"))
        affiliationHeads = Set(try moduleLines("affiliation_heads.txt").map(fold))
        timeAdjectives = Set(try moduleLines("time_adjectives.txt").map(fold))
        companySuffixes = Set(try moduleLines("company_suffixes.txt").map(fold))
        let endings = try moduleLines("adjective_suffixes.txt")
        adjectiveSuffixes = Endings(endings.filter { !$0.hasPrefix("!") })
        verbSuffixes = Endings(endings.filter { $0.hasPrefix("!") }.map { String($0.dropFirst()) })
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
        mark([KnownKey.forces, KnownKey.armee, KnownKey.armees].map(\.text), .armyWord)
        mark(try moduleLines("org_connectors.txt").map(fold), .orgConnector)
        mark(try moduleLines("genitives.txt").map(fold), .genitive)
        mark(try moduleLines("object_determiners.txt").map(fold), .objectDeterminer)
        for set in [personTitles, orgHeads, placeCues, eventHeads, placeHeads, descriptionHeads, companyHeads, programmeHeads] {
            mark(set.firstKeys, set.starts)
            mark(set.lastKeys, set.ends)
        }
        var byId: [WordFacts] = []
        for (key, f) in facts {
            let id = Int(words.intern(key))
            if id >= byId.count { byId.append(contentsOf: repeatElement([], count: id - byId.count + 1)) }
            byId[id] = f
        }
        self.facts = byId
        lexicon = words.snapshot
    }
}

/// Word endings, each with its length and last character computed once:
/// `looksAdjectival` tests some sixty of them per word, and counting
/// characters and comparing suffixes character by character (accented words
/// take `hasSuffix`'s slow path) at each made it cost more than the whole
/// organisation rule.
struct Endings: Sendable {
    struct Ending: Sendable {
        let text: String
        /// `text.count`.
        let length: Int
        /// `text.last` (nil for an empty ending, which every word has).
        let last: Character?

        /// `word.hasSuffix(text)`, where `last` is `word.last`: words whose last
        /// character differs are told apart without the comparison.
        @inline(__always)
        func ends(_ word: String, last wordLast: Character?) -> Bool {
            if let last, last != wordLast { return false }
            return word.hasSuffix(text)
        }
    }

    let endings: [Ending]

    init(_ texts: [String]) {
        endings = texts.map { Ending(text: $0, length: $0.count, last: $0.last) }
    }

    func contains(where predicate: (Ending) -> Bool) -> Bool { endings.contains(where: predicate) }
}

/// A set of short phrases matched on a document's word ids, forwards (at a
/// position) or backwards (ending just before a position).
/// (A class: rules pass their lists around per document, and a copy of a
/// struct retained its matcher and three sets.)
final class PhraseSet: Sendable {
    /// Each phrase with whether the list writes it only with a capital (then
    /// it must be capitalized in text too).
    private let phrases: PhraseMatcher<Bool>
    /// Keys that open / close a phrase, and one-word phrases (`général`, `m.`), folded.
    let firstKeys: Set<String>
    let lastKeys: Set<String>
    let words: Set<String>
    /// The `WordFacts` bits of keys that open / close a phrase of this set.
    let starts: WordFacts
    let ends: WordFacts

    init(_ list: [String], tokenizer: Tokenizer, words lexicon: inout Lexicon.Builder,
         starts: WordFacts = [], ends: WordFacts = []) {
        self.starts = starts
        self.ends = ends
        var order: [[String]] = [], capitalized = Set<[String]>(), lowercase = Set<[String]>()
        for phrase in list {
            let tokens = tokenizer.tokenize(phrase).tokens
            // Tokenized alone, a lower-case `m.` splits off its period; in text
            // (`M. Soyer`) it is one token: keep the space-separated form too.
            let spaced = phrase.split(separator: " ").map { TokenNormalizer.foldKey(String($0)) }
            let capital = tokens.first?.shape.contains(.capitalized) ?? false
            for keys in [tokens.map(\.key), spaced] where !keys.isEmpty {
                if !capitalized.contains(keys), !lowercase.contains(keys) { order.append(keys) }
                if capital { capitalized.insert(keys) } else { lowercase.insert(keys) }
            }
        }
        var phrases = PhraseMatcher<Bool>()
        var firstKeys = Set<String>(), lastKeys = Set<String>(), words = Set<String>()
        for keys in order {
            // A phrase listed in lower case too matches in any case (`Ministère`
            // and `ministère` in org_heads.txt).
            phrases.add(keys.map { lexicon.intern($0) }, capitalized.contains(keys) && !lowercase.contains(keys))
            firstKeys.insert(keys[0])
            lastKeys.insert(keys[keys.count - 1])
            if keys.count == 1 { words.insert(keys[0]) }
        }
        self.phrases = phrases
        self.firstKeys = firstKeys
        self.lastKeys = lastKeys
        self.words = words
    }

    var isEmpty: Bool { phrases.isEmpty }

    /// A one-word phrase of the set, whatever its case in text.
    func containsWord(_ key: String) -> Bool { words.contains(key) }

    /// Length (in tokens) of the longest phrase starting at token `i`, or 0.
    func match(at i: Int, in tokens: [Token], words: [WordId], limit: Int? = nil) -> Int {
        phrases.longest(at: i, in: words, limit: limit) { capitalOnly, s in !capitalOnly || tokens[s].shape.contains(.capitalized) }?.length ?? 0
    }

    /// Length of the longest phrase ending just before token `i` (not before `floor`), or 0.
    func match(endingBefore i: Int, in tokens: [Token], words: [WordId], floor: Int = 0) -> Int {
        phrases.longest(endingBefore: i, in: words, floor: floor) { capitalOnly, s in !capitalOnly || tokens[s].shape.contains(.capitalized) }?.length ?? 0
    }
}
