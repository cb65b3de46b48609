/// A word's number in the one lexicon every stage shares (the `Lexicon`
/// module): the tokenizer looks each token's folded key up once, and the
/// stages index their word facts by it instead of hashing the key again.
/// `WordId.unknown` (-1) is a key no word list has.
public typealias WordId = Int32

extension WordId {
    /// The id of a key that no stage listed.
    public static var unknown: WordId { -1 }
}

/// Which lexicon a document's word ids come from: ids are comparable only
/// within one lineage (one `Lexicon.Builder`), and a lexicon with `count`
/// words knows every id below it.
public struct LexiconStamp: Hashable, Sendable {
    public let lineage: UInt64
    public let count: Int

    public init(lineage: UInt64, count: Int) {
        self.lineage = lineage
        self.count = count
    }

    /// No lexicon: every word id is `unknown`.
    public static let none = LexiconStamp(lineage: 0, count: 0)
}
