import DocumentModel
import Lexicon
import Tokenizer

/// Classes of closed-class words (function_words.tsv).
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let determiner = WordClass(rawValue: 1 << 0)
    static let definite = WordClass(rawValue: 1 << 1)
    static let indefinite = WordClass(rawValue: 1 << 2)
    static let quantifier = WordClass(rawValue: 1 << 3)
    static let preposition = WordClass(rawValue: 1 << 4)
    static let conjunction = WordClass(rawValue: 1 << 5)
    static let adverb = WordClass(rawValue: 1 << 6)
    static let relative = WordClass(rawValue: 1 << 7)
    static let subjectPronoun = WordClass(rawValue: 1 << 8)
    static let clitic = WordClass(rawValue: 1 << 9)
    static let negation = WordClass(rawValue: 1 << 10)
    static let time = WordClass(rawValue: 1 << 11)
    static let pronoun = WordClass(rawValue: 1 << 12)
    static let masculine = WordClass(rawValue: 1 << 13)
    static let feminine = WordClass(rawValue: 1 << 14)
    static let singular = WordClass(rawValue: 1 << 15)
    static let plural = WordClass(rawValue: 1 << 16)
    /// A preposition opening an adjunct of the speech act (`dans un communiqué`).
    static let adjunct = WordClass(rawValue: 1 << 17)

    init(rawValue: UInt32) { self.rawValue = rawValue }

    init(names: some Sequence<Substring>) throws {
        var c = WordClass()
        for n in names {
            switch n {
            case "det": c.insert(.determiner)
            case "det.def": c.formUnion([.determiner, .definite])
            case "det.indef": c.formUnion([.determiner, .indefinite])
            case "det.quant": c.formUnion([.determiner, .quantifier, .indefinite])
            case "prep": c.insert(.preposition)
            case "conj": c.insert(.conjunction)
            case "adv": c.insert(.adverb)
            case "rel": c.insert(.relative)
            case "subj": c.insert(.subjectPronoun)
            case "clitic": c.insert(.clitic)
            case "neg": c.insert(.negation)
            case "time": c.insert(.time)
            case "pron": c.insert(.pronoun)
            case "m": c.insert(.masculine)
            case "f": c.insert(.feminine)
            case "sg": c.insert(.singular)
            case "pl": c.insert(.plural)
            case "adjunct": c.insert(.adjunct)
            default: throw ClaimDataError.malformed("function_words.tsv", String(n))
            }
        }
        self = c
    }
}

/// Head nouns of source phrases (source_heads.tsv).
enum HeadClass: String, Sendable {
    case person, group, organisation, anonymous, document, media, info
}

/// Every lexicon the claim rules read, loaded once from `Data/cues/`.
final class ClaimLexicons: Sendable {
    let cues: CueLexicon
    /// Folded key → classes, for words whose key is not shared by an accented word.
    let words: [String: WordClass]
    /// Lowercase accented form → classes, for keys where accents matter (à / a, où / ou).
    let accentedWords: [String: WordClass]
    let adverbials: PhraseMatcher<Bool>
    let timeWords: Set<String>
    let channelNouns: Set<String>
    let factNouns: Set<String>
    let heads: [String: HeadClass]
    let media: PhraseMatcher<Bool>

    /// The keys of `accentedWords` by their bytes, and their classes by id.
    private let accentedForms: KeyTable
    private let accentedFormClasses: [WordClass]

    /// Classes of a token whose key is accent-sensitive (`.accentSensitive`), from its written form.
    func accentedClasses(norm: String) -> WordClass {
        // Most such tokens are written in lowercase (à, a, où): found by their bytes.
        let id = accentedForms.id(norm)
        if id >= 0 { return accentedFormClasses[Int(id)] }
        return accentedWords[Lowercase.of(norm)] ?? []
    }

    /// Classes of a token from its key, or from its lowercase form where accents matter.
    func wordClass(key: String, norm: String) -> WordClass {
        if let c = words[key] { return c }
        guard accentedWords[key] != nil else { return [] }
        return accentedWords[Lowercase.of(norm)] ?? []
    }

    /// Participles by which a document reaches the reporter (`consulté`), folded: relay_participles.txt.
    let relayParticiples: [String]
    /// Pronouns of an incise (`-il`, `-t-elle` without the hyphens), folded: inverted_pronouns.txt.
    let invertedPronouns: Set<String>
    let participleEndings: ParticipleEndings

    let hedges: PhraseMatcher<Bool>
    let hedgeExclusions: Set<String>
    let denials: PhraseMatcher<Bool>

    /// The lexicon as these lists left it (their words' ids for a document).
    let lexicon: Lexicon.Snapshot
    /// What the lexicons say about each word, by `WordId`.
    let entries: [LexicalEntry]

    /// The entry of word `id` (unknown for `WordId.unknown` and other stages' words).
    @inline(__always)
    func entry(_ id: WordId) -> LexicalEntry { id >= 0 && Int(id) < entries.count ? entries[Int(id)] : .unknown }

    /// Reads `Data/cues/`, interning every key the claim rules look up into `words`.
    init(tokenizer: Tokenizer, words vocabulary: inout Lexicon.Builder) throws {
        let loader = ClaimDataLoader(tokenizer: tokenizer)
        let cues = try CueLexicon(loader: loader, words: &vocabulary)
        var words: [String: WordClass] = [:], accented: [String: WordClass] = [:]
        var sensitive = Set<String>()
        let entries = try loader.fields("function_words.tsv", count: 2)
        for f in entries where TokenNormalizer.foldKey(f[0]) != f[0].lowercased() {
            sensitive.insert(TokenNormalizer.foldKey(f[0]))
        }
        for f in entries {
            let c = try WordClass(names: f[1].split(separator: " "))
            let key = TokenNormalizer.foldKey(f[0])
            if sensitive.contains(key) {
                accented[f[0].lowercased(), default: []].formUnion(c)
            } else {
                words[key, default: []].formUnion(c)
            }
        }
        // A sensitive key written without accents is the unaccented word (a, ou).
        for key in sensitive where accented[key] == nil { accented[key] = [] }
        self.words = words
        accentedWords = accented
        let accentedList = Array(accented)
        accentedForms = KeyTable(keys: accentedList.map(\.key))
        accentedFormClasses = accentedList.map(\.value)
        let adverbials = try loader.phrases("adverbials.txt", words: &vocabulary)
        timeWords = Set(try loader.lines("time_words.txt").map(TokenNormalizer.foldKey))
        channelNouns = Set(try loader.lines("channel_nouns.txt").map(TokenNormalizer.foldKey))
        factNouns = Set(try loader.lines("fact_nouns.txt").map(TokenNormalizer.foldKey))
        var heads: [String: HeadClass] = [:]
        for f in try loader.fields("source_heads.tsv", count: 2) {
            guard let c = HeadClass(rawValue: f[1]) else { throw ClaimDataError.malformed("source_heads.tsv", f[0]) }
            heads[TokenNormalizer.foldKey(f[0])] = c
        }
        self.heads = heads
        let media = try loader.phrases("media.txt", words: &vocabulary)
        let hedges = try loader.phrases("hedges.txt", words: &vocabulary)
        hedgeExclusions = Set(try loader.lines("hedge_exclusions.txt").map(TokenNormalizer.foldKey))
        relayParticiples = try loader.lines("relay_participles.txt").map(TokenNormalizer.foldKey)
        invertedPronouns = Set(try loader.lines("inverted_pronouns.txt").map(TokenNormalizer.foldKey))
        participleEndings = try ParticipleEndings(rows: loader.fields("participle_endings.tsv", count: 2))
        let denials = try loader.phrases("denials.txt", words: &vocabulary)

        // One entry per key that any list knows.
        var table: [Int32: LexicalEntry] = [:]
        func update(_ key: String, _ change: (inout LexicalEntry) -> Void) {
            let id = vocabulary.intern(key)
            change(&table[id, default: LexicalEntry()])
        }
        for w in Word.allCases { update(w.rawValue) { $0.word = w } }
        for (key, c) in words { update(key) { $0.classes = c } }
        for (key, c) in accented where words[key] == nil {
            update(key) { $0.flags.insert(.accentSensitive) }
        }
        for (key, h) in heads { update(key) { $0.head = h } }
        for key in timeWords { update(key) { $0.flags.insert(.timeWord) } }
        for key in channelNouns { update(key) { $0.flags.insert(.channelNoun) } }
        for key in factNouns { update(key) { $0.flags.insert(.factNoun) } }
        for key in hedgeExclusions { update(key) { $0.flags.insert(.hedgeExclusion) } }
        for key in cues.selonExclusions { update(key) { $0.flags.insert(.selonExclusion) } }
        for (key, t) in cues.avoir { update(key) { $0.avoir = t } }
        for (key, t) in cues.etre { update(key) { $0.etre = t } }
        for (key, n) in cues.formIndex { update(key) { $0.cueForms = n } }
        var all = [LexicalEntry](repeating: .unknown, count: vocabulary.count)
        for (id, e) in table { all[Int(id)] = e }
        for id in adverbials.firstWords { all[Int(id)].phraseStarts.insert(.adverbial) }
        for id in media.firstWords { all[Int(id)].phraseStarts.insert(.media) }
        for id in hedges.firstWords { all[Int(id)].phraseStarts.insert(.hedge) }
        for id in denials.firstWords { all[Int(id)].phraseStarts.insert(.denial) }
        for id in cues.prepositions.firstWords { all[Int(id)].phraseStarts.insert(.preposition) }
        self.entries = all

        self.adverbials = adverbials
        self.media = media
        self.hedges = hedges
        self.denials = denials
        self.cues = cues
        lexicon = vocabulary.snapshot
    }
}

/// Endings that make a word the lexicon does not know a past participle
/// (participle_endings.tsv), on its lowercase spelling with accents.
struct ParticipleEndings: Sendable {
    /// An ending with its UTF-8 bytes (NFC, as the words it is tested on).
    struct Ending: Sendable {
        let text: String
        let bytes: [UInt8]
        init(_ text: String) {
            self.text = TokenNormalizer.nfc(text)
            bytes = Array(self.text.utf8)
        }
    }

    /// Endings that make a participle by themselves (`-é`, `-is`, `-ert`).
    let any: [Ending]
    /// Endings that do only after a consonant (`-u`: `venu`, not `lieu`).
    let afterConsonant: [Ending]
    /// Whole words that are participles whatever the rule above says (`eu`).
    let words: Set<String>

    init(rows: [[String]]) throws {
        var any: [Ending] = [], afterConsonant: [Ending] = [], words = Set<String>()
        for f in rows {
            switch f[1] {
            case "any": any.append(Ending(f[0]))
            case "after-consonant": afterConsonant.append(Ending(f[0]))
            case "word": words.insert(f[0])
            default: throw ClaimDataError.malformed("participle_endings.tsv", f.joined(separator: "\t"))
            }
        }
        self.any = any
        self.afterConsonant = afterConsonant
        self.words = words
    }

    /// `w` (lowercase, accented, NFC) ends like a past participle.
    ///
    /// Both sides are NFC, so a suffix `hasSuffix` accepts is also a suffix
    /// of the bytes: the byte test (cheap) rules endings out, and `hasSuffix`
    /// (grapheme by grapheme, ~20 times dearer) only confirms a byte match.
    func matches(_ w: String) -> Bool {
        var storage = w // withUTF8 may make it contiguous; `w` stays readable inside
        return storage.withUTF8 { bytes in
            func ends(with e: Ending) -> Bool {
                guard bytes.count >= e.bytes.count else { return false }
                var i = bytes.count - e.bytes.count
                for b in e.bytes {
                    if bytes[i] != b { return false }
                    i += 1
                }
                return true
            }
            if any.contains(where: { ends(with: $0) && w.hasSuffix($0.text) }) { return true }
            // The first -u ending that fits decides.
            guard let s = afterConsonant.first(where: { ends(with: $0) && w.hasSuffix($0.text) }) else { return false }
            let stem = w.dropLast(s.text.count)
            return words.contains(w) || !(stem.last.map { "aeoé".contains($0) } ?? true)
        }
    }
}
