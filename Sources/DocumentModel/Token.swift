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
/// (The flags are computed, inlinable constants: a `static let` would go
/// through a lazy global accessor at every use, on every token.)
public struct TokenShape: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Contains at least one letter.
    @inlinable public static var hasLetter: TokenShape { TokenShape(rawValue: 1 << 0) }
    /// First letter is upper or title case (`Kidal`, `FLA`, `l'Azawad` is not).
    @inlinable public static var capitalized: TokenShape { TokenShape(rawValue: 1 << 1) }
    /// At least one letter and no lowercase letter (`FLA`, `CSP-DPA`).
    @inlinable public static var allCaps: TokenShape { TokenShape(rawValue: 1 << 2) }
    /// Contains at least one decimal digit.
    @inlinable public static var hasDigit: TokenShape { TokenShape(rawValue: 1 << 3) }
    /// Only digits and digit-group separators (`2024`, `1.500`, `12,5`, `2 000`).
    @inlinable public static var numeric: TokenShape { TokenShape(rawValue: 1 << 4) }
    /// Only punctuation (`.`, `«`, `–`, `...`).
    @inlinable public static var punctuation: TokenShape { TokenShape(rawValue: 1 << 5) }
    /// Only symbols, emoji or other non-letter, non-digit, non-punctuation.
    @inlinable public static var symbol: TokenShape { TokenShape(rawValue: 1 << 6) }
    /// A URL, email address, `@handle` or `#hashtag`.
    @inlinable public static var webLink: TokenShape { TokenShape(rawValue: 1 << 7) }
    /// An elided clitic ending in an apostrophe (`l'`, `qu'`).
    @inlinable public static var elision: TokenShape { TokenShape(rawValue: 1 << 8) }
    /// An abbreviation or acronym ending in a period (`M.`, `etc.`, `S.A.`).
    @inlinable public static var abbreviation: TokenShape { TokenShape(rawValue: 1 << 9) }
    /// Preceded by a line break (paragraph, headline or caption start).
    @inlinable public static var afterNewline: TokenShape { TokenShape(rawValue: 1 << 10) }
    /// `norm` differs from the surface text.
    @inlinable public static var normalized: TokenShape { TokenShape(rawValue: 1 << 11) }
    /// `key` contains a hyphen-minus (written `-`, or a hyphen or dash folded to it):
    /// rules that look inside hyphenated words skip every other token at one bit's cost.
    @inlinable public static var keyHasHyphen: TokenShape { TokenShape(rawValue: 1 << 12) }
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
