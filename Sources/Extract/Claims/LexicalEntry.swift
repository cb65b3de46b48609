/// The folded keys of every claim lexicon, numbered in the order they are
/// added: phrases are stored as ids, and a document's tokens are looked up
/// once each (one hash per token) instead of once per rule and lexicon.
struct Vocabulary: Sendable {
    private(set) var ids: [String: Int32] = [:]

    var count: Int { ids.count }

    /// The id of `key`, added if new.
    mutating func add(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }

    /// The id of `key`, or -1 when no lexicon has it.
    func id(_ key: String) -> Int32 { ids[key] ?? -1 }
}

/// Yes/no facts about a key, from the word lists.
struct LexicalFlags: OptionSet, Sendable {
    let rawValue: UInt8
    static let timeWord = LexicalFlags(rawValue: 1 << 0)
    static let hedgeExclusion = LexicalFlags(rawValue: 1 << 1)
    static let selonExclusion = LexicalFlags(rawValue: 1 << 2)
    /// The key is shared by words that differ by accents (a / à): classes come from the written form.
    static let accentSensitive = LexicalFlags(rawValue: 1 << 3)
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
    /// Classes of the word written exactly as the key (a, ou) when accents matter.
    var plainClasses: WordClass = []
    /// Index in `CueLexicon.formLists` of the key's readings as a cue form, or -1.
    var cueForms: Int32 = -1
    var avoir: VerbTense?
    var etre: VerbTense?

    static let unknown = LexicalEntry()
}
