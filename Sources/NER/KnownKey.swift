/// A token key the rules test for by name (`armee`, `(`), with its
/// `AliasKey` hash: `DocumentView.hasKey` compares the hash first, so that
/// scanning every token for such a word costs one integer comparison at
/// most of them instead of a string comparison.
struct KnownKey: Sendable {
    let text: String
    let hash: UInt64

    init(_ text: String) {
        self.text = text
        hash = AliasKey.hash(text)
    }

    static let openingParenthesis = KnownKey("(")
    static let closingParenthesis = KnownKey(")")
    static let forces = KnownKey("forces")
    static let armee = KnownKey("armee")
    static let armees = KnownKey("armees")
    static let elidedArticle = KnownKey("l'")
}
