/// The folded keys of every claim lexicon, numbered in the order they are
/// added: phrases are stored as ids, and a document's tokens are looked up
/// once each instead of once per rule and lexicon.
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
