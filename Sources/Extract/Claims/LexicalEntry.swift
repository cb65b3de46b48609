/// The folded keys of every claim lexicon, numbered in the order they are
/// added: phrases are stored as ids, and a document's tokens are looked up
/// once each instead of once per rule and lexicon.
struct Vocabulary: Sendable {
    private(set) var ids: [String: Int32] = [:]
    private var keys: [String] = []
    private var table = KeyTable(keys: [])

    var count: Int { ids.count }

    /// The id of `key`, added if new.
    mutating func add(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        keys.append(key)
        return id
    }

    /// Builds the look-up table once every key is added.
    mutating func seal() { table = KeyTable(keys: keys) }

    /// The id of `key`, or -1 when no lexicon has it.
    func id(_ key: String) -> Int32 {
        key.utf8.withContiguousStorageIfAvailable { table.id(utf8: $0) } ?? ids[key] ?? -1
    }
}

/// Keys by their UTF-8 bytes: an FNV-1a hash and open addressing. Looking
/// up every token of a document through `[String: Int32]` costs ~350
/// instructions a token (SipHash over the string plus its Unicode checks);
/// this costs about a third. Token keys and lexicon keys are both folded
/// from NFC text by the tokenizer, so equal bytes mean equal strings.
struct KeyTable: Sendable {
    /// Key id in each slot, -1 when empty; the count is a power of two.
    private let slots: [Int32]
    /// Every key's bytes, one after another; key `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int]

    init(keys: [String]) {
        var size = 16
        while size < keys.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        var bytes: [UInt8] = [], offsets = [0]
        for (id, key) in keys.enumerated() {
            let utf8 = Array(key.utf8)
            bytes.append(contentsOf: utf8)
            offsets.append(bytes.count)
            var s = utf8.withUnsafeBufferPointer { KeyTable.hash($0) } & (size - 1)
            while slots[s] >= 0 { s = (s + 1) & (size - 1) }
            slots[s] = Int32(id)
        }
        self.slots = slots
        self.bytes = bytes
        self.offsets = offsets
    }

    @inline(__always)
    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// Keys are short: a byte loop beats a call to memcmp.
    @inline(__always)
    private static func equal(_ stored: UnsafeBufferPointer<UInt8>, from a: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for k in 0..<utf8.count where stored[a + k] != utf8[k] { return false }
        return true
    }

    func id(utf8: UnsafeBufferPointer<UInt8>) -> Int32 {
        let mask = slots.count - 1
        var s = KeyTable.hash(utf8) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let id = slots[s]
                if id < 0 { return -1 }
                let a = offsets[Int(id)], b = offsets[Int(id) + 1]
                if b - a == utf8.count, KeyTable.equal(stored, from: a, utf8) { return id }
                s = (s + 1) & mask
            }
        }
    }
}

/// Yes/no facts about a key, from the word lists.
struct LexicalFlags: OptionSet, Sendable {
    let rawValue: UInt8
    static let timeWord = LexicalFlags(rawValue: 1 << 0)
    static let hedgeExclusion = LexicalFlags(rawValue: 1 << 1)
    static let selonExclusion = LexicalFlags(rawValue: 1 << 2)
    /// The key is shared by words that differ by accents (a / à): classes come from the written form.
    static let accentSensitive = LexicalFlags(rawValue: 1 << 3)
    /// A channel noun (`communiqué`, `canaux`): the head of a medium adjunct.
    static let channelNoun = LexicalFlags(rawValue: 1 << 4)
    /// A noun standing for a fact (`bilan`, `informations`): fact_nouns.txt.
    static let factNoun = LexicalFlags(rawValue: 1 << 5)
}

/// Phrase tables with a phrase starting with a key: the cheap test before matching.
struct PhraseStarts: OptionSet, Sendable {
    let rawValue: UInt8
    static let adverbial = PhraseStarts(rawValue: 1 << 0)
    static let media = PhraseStarts(rawValue: 1 << 1)
    static let hedge = PhraseStarts(rawValue: 1 << 2)
    static let denial = PhraseStarts(rawValue: 1 << 3)
    static let preposition = PhraseStarts(rawValue: 1 << 4)
}

/// Everything the claim lexicons say about one folded key: read per token
/// from an array instead of a hash look-up per rule. A plain value (no
/// references), so a document's per-token copy costs no reference counting.
struct LexicalEntry: Sendable {
    var word: Word?
    var flags: LexicalFlags = []
    var head: HeadClass?
    /// Classes of the key (function_words.tsv) when accents do not matter.
    var classes: WordClass = []
    var phraseStarts: PhraseStarts = []
    /// Index in `CueLexicon.formLists` of the key's readings as a cue form, or -1.
    var cueForms: Int32 = -1
    var avoir: VerbTense?
    var etre: VerbTense?

    static let unknown = LexicalEntry()
}
