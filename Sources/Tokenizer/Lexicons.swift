import CICU
import Foundation
import Lexicon

/// The tokenizer's language data, read from the plain files in `Data/`
/// (reviewable in a diff). Keys are folded with `TokenNormalizer.foldKey`.
/// A class: every document's scanner holds it, and a struct of two dozen
/// sets and tables was copied (each retained) per document.
final class TokenizerLexicons: Sendable {
    /// Elision prefix (folded, without apostrophe) → splits only before lowercase words.
    let elisions: [String: Bool]
    /// Whole words with an apostrophe that are never split (folded).
    let apostropheWords: Set<String>
    /// The same words followed by a hyphen: compounds starting with them
    /// stay whole too (`c'est-à-dire-…`, `aujourd'hui-même`).
    let apostropheWordCompounds: [String]
    /// Clitics (folded, without leading hyphen).
    let clitics: Set<String>
    /// Hyphenated words never split at a clitic (folded).
    let hyphenWords: Set<String>
    /// Abbreviations with their final period, as written.
    let abbreviations: Set<String>
    /// Abbreviations of titles (M., Dr.): they keep their period even before a capital.
    let titleAbbreviations: Set<String>
    /// Abbreviations that may end a sentence and keep their period there (etc.).
    let sentenceFinalAbbreviations: Set<String>
    /// Words that start a sentence when capitalized mid-line (folded).
    let sentenceStarters: Set<String>
    /// Words a line ends with only when the sentence goes on (folded).
    let lineContinuers: Set<String>
    /// Letters that stay glued to a number (folded): ordinal suffixes.
    let numberSuffixes: Set<String>
    /// Abbreviations with internal periods (`c.-à-d.`), as scalar arrays, longest first.
    let multiPartAbbreviations: [[UInt32]]

    // The same lexicons as code-point tables, so that the scanner looks
    // words up without building a String per look-up (see `ScalarKeyTable`).
    /// Keys of `elisions`; `elisionLowerOnly[k]` is the value of entry `k`.
    let elisionKeys: ScalarKeyTable
    let elisionLowerOnly: [Bool]
    let apostropheWordKeys: ScalarKeyTable
    let cliticKeys: ScalarKeyTable
    let hyphenWordKeys: ScalarKeyTable
    let abbreviationKeys: ScalarKeyTable
    let titleAbbreviationKeys: ScalarKeyTable
    let sentenceFinalAbbreviationKeys: ScalarKeyTable
    let sentenceStarterKeys: ScalarKeyTable
    let numberSuffixKeys: ScalarKeyTable
    /// Folded keys of single code points, for the look-ups of folded lexicons.
    let fold: ScalarFold
    /// The longest entry of the tables above, in code points.
    let maxKeyLength: Int

    /// Reads the lists of `Data/`.
    init() throws {
        func lines(_ name: String) throws -> [String] {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data") else {
                throw TokenizerError.missingData(name)
            }
            return try DataFile.lines(at: url)
        }
        func pairs(_ name: String) throws -> [(String, String)] {
            try lines(name).map { line in
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard f.count == 2 else { throw TokenizerError.malformedData(name, line) }
                return (f[0], f[1])
            }
        }
        let fold = TokenNormalizer.foldKey
        var elisions: [String: Bool] = [:]
        for (prefix, rule) in try pairs("elisions.tsv") { elisions[fold(prefix)] = rule == "lower" }
        let abbreviations = try lines("abbreviations.txt")
        let titles = try lines("title_abbreviations.txt")
        let multi = (abbreviations + titles).filter { $0.dropLast().contains(".") }
            .map { $0.unicodeScalars.map(\.value) }.sorted { $0.count > $1.count }
        let apostropheWords = Set(try lines("apostrophe_words.txt").map(fold))
        let clitics = Set(try lines("clitics.txt").map(fold))
        let hyphenWords = Set(try lines("hyphen_words.txt").map(fold))
        let abbreviationSet = Set(abbreviations)
        let titleSet = Set(titles)
        let sentenceFinal = Set(try lines("sentence_final_abbreviations.txt"))
        let starters = Set(try lines("sentence_starters.txt").map(fold))
        let numberSuffixes = Set(try lines("number_suffixes.txt").map(fold))
        let elisionEntries = Array(elisions.keys)
        let tables = (elisions: ScalarKeyTable(elisionEntries), apostropheWords: ScalarKeyTable(apostropheWords),
                      clitics: ScalarKeyTable(clitics), hyphenWords: ScalarKeyTable(hyphenWords),
                      abbreviations: ScalarKeyTable(abbreviationSet), titles: ScalarKeyTable(titleSet),
                      sentenceFinal: ScalarKeyTable(sentenceFinal), starters: ScalarKeyTable(starters),
                      numberSuffixes: ScalarKeyTable(numberSuffixes))
        self.elisions = elisions
        self.apostropheWords = apostropheWords
        self.apostropheWordCompounds = try lines("apostrophe_words.txt").map { fold($0) + "-" }
        self.clitics = clitics
        self.hyphenWords = hyphenWords
        self.abbreviations = abbreviationSet
        self.titleAbbreviations = titleSet
        self.sentenceFinalAbbreviations = sentenceFinal
        self.sentenceStarters = starters
        self.lineContinuers = Set(try lines("line_continuers.txt").map(fold))
        self.numberSuffixes = numberSuffixes
        self.multiPartAbbreviations = multi
        self.elisionKeys = tables.elisions
        self.elisionLowerOnly = elisionEntries.map { elisions[$0]! }
        self.apostropheWordKeys = tables.apostropheWords
        self.cliticKeys = tables.clitics
        self.hyphenWordKeys = tables.hyphenWords
        self.abbreviationKeys = tables.abbreviations
        self.titleAbbreviationKeys = tables.titles
        self.sentenceFinalAbbreviationKeys = tables.sentenceFinal
        self.sentenceStarterKeys = tables.starters
        self.numberSuffixKeys = tables.numberSuffixes
        self.fold = ScalarFold()
        self.maxKeyLength = [tables.elisions, tables.apostropheWords, tables.clitics, tables.hyphenWords, tables.abbreviations,
                             tables.titles, tables.sentenceFinal, tables.starters, tables.numberSuffixes].map(\.maxLength).max() ?? 0
    }
}

/// Lexicon entries as code-point sequences in an open-addressing hash table:
/// the scanner builds a word's key in a stack buffer and looks it up here,
/// where a `Set<String>` look-up would allocate the key String and hash it
/// with SipHash. Entries are stored in NFC: `String` equality is canonical
/// equivalence, and a key of NFC code points (see `ScalarFold.isPlain`)
/// equals a String entry exactly when it equals the entry's NFC form.
struct ScalarKeyTable: Sendable {
    /// Entries back to back; entry `e` is `scalars[starts[e]..<starts[e + 1]]`.
    private let scalars: [UInt32]
    private let starts: [Int]
    /// Entry index + 1 per slot, 0 for an empty slot; a power of two, at most a quarter full.
    private let slots: [Int32]
    /// The longest entry, in code points: longer keys are in no entry.
    let maxLength: Int

    /// `entries[k]` gets index `k`; a repeated entry keeps its first index.
    init(_ entries: some Sequence<String>) {
        var scalars: [UInt32] = [], starts = [0]
        let list = entries.map { $0.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value) }
        var size = 8
        while size < list.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (index, entry) in list.enumerated() {
            scalars += entry
            starts.append(scalars.count)
            var slot = ScalarKeyTable.hash(entry) & (size - 1)
            var duplicate = false
            while slots[slot] != 0 {
                let other = Int(slots[slot]) - 1
                if scalars[starts[other]..<starts[other + 1]].elementsEqual(entry) { duplicate = true; break }
                slot = (slot + 1) & (size - 1)
            }
            if !duplicate { slots[slot] = Int32(index + 1) }
        }
        self.scalars = scalars
        self.starts = starts
        self.slots = slots
        maxLength = list.map(\.count).max() ?? 0
    }

    /// FNV-1a over the code points.
    @inline(__always)
    static func hash(_ key: some Sequence<UInt32>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for c in key { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The index of the entry equal to `key`, or nil.
    func index(of key: UnsafeBufferPointer<UInt32>) -> Int? {
        guard key.count <= maxLength else { return nil }
        let mask = slots.count - 1
        var slot = ScalarKeyTable.hash(key) & mask
        while true {
            let e = Int(slots[slot])
            if e == 0 { return nil }
            if scalars[starts[e - 1]..<starts[e]].elementsEqual(key) { return e - 1 }
            slot = (slot + 1) & mask
        }
    }
}

/// Folded keys of the code points most French words are made of (ASCII,
/// Latin-1, Latin Extended-A, typographic apostrophes), each taken from
/// `TokenNormalizer.foldKey` when the lexicons load. For a word of these
/// code points the folded key is the concatenation of theirs: none fails
/// NFC's quick check, so the normalizer folds them one by one. Words with
/// other code points take `foldKey`'s own path.
struct ScalarFold: Sendable {
    /// Up to three ASCII code units of the fold of each code point below
    /// `tableEnd`, low byte first, and their count in bits 24–31; `unknown`
    /// when the fold is not ASCII.
    private let table: [UInt32]
    private let leftQuoteFold: UInt32, rightQuoteFold: UInt32
    static let unknown: UInt32 = 0xFFFF_FFFF
    static let tableEnd: UInt32 = 0x180

    init() {
        func packed(_ c: UInt32) -> UInt32 {
            guard let scalar = Unicode.Scalar(c) else { return ScalarFold.unknown }
            let folded = TokenNormalizer.foldKey(String(Character(scalar))).unicodeScalars.map(\.value)
            guard folded.count <= 3, folded.allSatisfy({ $0 < 0x80 }) else { return ScalarFold.unknown }
            var v = UInt32(folded.count) << 24
            for (k, f) in folded.enumerated() { v |= f << (8 * UInt32(k)) }
            return v
        }
        table = (0..<ScalarFold.tableEnd).map(packed)
        // Beyond the table only ‘ and ’ (U+02BC is inside it); with NFC
        // quick check Yes a word containing them is folded code point by code point.
        leftQuoteFold = cicu_nfc_quick_check(0x2018) == 1 ? packed(0x2018) : ScalarFold.unknown
        rightQuoteFold = cicu_nfc_quick_check(0x2019) == 1 ? packed(0x2019) : ScalarFold.unknown
    }

    /// The packed fold of `c` (see `table`), or `unknown`.
    @inline(__always)
    func packedFold(_ c: UInt32) -> UInt32 {
        if c < ScalarFold.tableEnd { return table[Int(c)] }
        if c == 0x2019 { return rightQuoteFold }
        if c == 0x2018 { return leftQuoteFold }
        return ScalarFold.unknown
    }

    /// Whether `c` stands for itself in an NFC key (as-written look-ups):
    /// the code points of the table and the two quotes are NFC and have no
    /// combining class.
    @inline(__always)
    func isPlain(_ c: UInt32) -> Bool { c < ScalarFold.tableEnd || c == 0x2019 || c == 0x2018 }
}

/// Plain data files: one entry per line, `#` comments, blank lines ignored.
public enum TokenizerError: Error, CustomStringConvertible {
    case missingData(String)
    case malformedData(String, String)

    public var description: String {
        switch self {
        case let .missingData(name): return "tokenizer data file \(name) not found in the resource bundle"
        case let .malformedData(name, line): return "malformed line in tokenizer data \(name): \(line)"
        }
    }
}
