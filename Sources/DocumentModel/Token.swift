/// A surface token: a span of the original text plus the forms later stages
/// match on. Immutable; produced by the Tokenizer stage.
public struct Token: Hashable, Sendable {
    /// Where the token is in the original text (Unicode scalar offsets).
    public let range: ScalarRange
    /// The token exactly as written.
    public let text: String
    /// NFC, typographic apostrophes as `'`, no-break spaces as spaces, soft
    /// hyphens and zero-width characters removed, fullwidth forms as ASCII.
    public let norm: String
    /// The matching key: `norm` lowercased, accents removed, `œ` → `oe`.
    public let key: String
    public let shape: TokenShape

    public init(range: ScalarRange, text: String, norm: String, key: String, shape: TokenShape) {
        self.range = range
        self.text = text
        self.norm = norm
        self.key = key
        self.shape = shape
    }

    public var start: Int { range.start }
    public var end: Int { range.end }
}

/// Orthographic shape of a token.
public struct TokenShape: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Contains at least one letter.
    public static let hasLetter = TokenShape(rawValue: 1 << 0)
    /// First letter is upper or title case (`Kidal`, `FLA`, `l'Azawad` is not).
    public static let capitalized = TokenShape(rawValue: 1 << 1)
    /// At least one letter and no lowercase letter (`FLA`, `CSP-DPA`).
    public static let allCaps = TokenShape(rawValue: 1 << 2)
    /// Contains at least one decimal digit.
    public static let hasDigit = TokenShape(rawValue: 1 << 3)
    /// Only digits and digit-group separators (`2024`, `1.500`, `12,5`, `2 000`).
    public static let numeric = TokenShape(rawValue: 1 << 4)
    /// Only punctuation (`.`, `«`, `–`, `...`).
    public static let punctuation = TokenShape(rawValue: 1 << 5)
    /// Only symbols, emoji or other non-letter, non-digit, non-punctuation.
    public static let symbol = TokenShape(rawValue: 1 << 6)
    /// A URL, email address, `@handle` or `#hashtag`.
    public static let webLink = TokenShape(rawValue: 1 << 7)
    /// An elided clitic ending in an apostrophe (`l'`, `qu'`).
    public static let elision = TokenShape(rawValue: 1 << 8)
    /// An abbreviation or acronym ending in a period (`M.`, `etc.`, `S.A.`).
    public static let abbreviation = TokenShape(rawValue: 1 << 9)
    /// Preceded by a line break (paragraph, headline or caption start).
    public static let afterNewline = TokenShape(rawValue: 1 << 10)
    /// `norm` differs from the surface text.
    public static let normalized = TokenShape(rawValue: 1 << 11)
}

/// A sentence: its span and the indices of its tokens.
public struct Sentence: Hashable, Sendable {
    public let range: ScalarRange
    public let tokens: Range<Int>

    public init(range: ScalarRange, tokens: Range<Int>) {
        self.range = range
        self.tokens = tokens
    }
}
