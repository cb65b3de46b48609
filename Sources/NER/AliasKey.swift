import DocumentModel
import Tokenizer

/// One token of a gazetteer alias as the matcher compares it with text: the
/// hash of its folded key plus the case facts the case rules need.
struct AliasToken: Equatable {
    /// `AliasKey.hash` of the folded key (equal to `Token.key` of the same word in text).
    let hash: UInt64
    /// First letter is upper case (the alias demands a capital in the text).
    let capitalized: Bool
    /// Has letters and none is lower case.
    let allCaps: Bool
    /// Number of letters (for the "all capitals, up to five letters" rule).
    let letters: Int
    /// The token's `norm` (only kept for exact `=` aliases).
    let norm: String?
}

/// Hashing of folded keys, shared by the alias side and the text side.
///
/// Keys are compared by a 64-bit FNV-1a hash of their UTF-8 bytes rather
/// than as strings so that loading a very large gazetteer allocates no
/// string per alias token. Two different keys colliding needs ~2^32 distinct
/// keys (birthday bound), far beyond any gazetteer.
enum AliasKey {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func mix(_ h: inout UInt64, _ byte: UInt8) {
        h = (h ^ UInt64(byte)) &* prime
    }

    /// Hash of a text token's folded key.
    @inline(__always)
    static func hash(_ key: String) -> UInt64 {
        // Over the contiguous UTF-8 when the string has it (native strings do).
        if let h = key.utf8.withContiguousStorageIfAvailable({ bytes -> UInt64 in
            var h = offsetBasis
            for b in bytes { mix(&h, b) }
            return h
        }) {
            return h
        }
        var h = offsetBasis
        for b in key.utf8 { mix(&h, b) }
        return h
    }

    /// Appends the UTF-8 bytes of scalar `c` to hash `h`.
    @inline(__always)
    static func mixScalar(_ h: inout UInt64, _ c: UInt32) {
        if c < 0x80 {
            mix(&h, UInt8(c))
        } else if c < 0x800 {
            mix(&h, UInt8(0xC0 | (c >> 6))); mix(&h, UInt8(0x80 | (c & 0x3F)))
        } else if c < 0x10000 {
            mix(&h, UInt8(0xE0 | (c >> 12))); mix(&h, UInt8(0x80 | ((c >> 6) & 0x3F))); mix(&h, UInt8(0x80 | (c & 0x3F)))
        } else {
            mix(&h, UInt8(0xF0 | (c >> 18))); mix(&h, UInt8(0x80 | ((c >> 12) & 0x3F)))
            mix(&h, UInt8(0x80 | ((c >> 6) & 0x3F))); mix(&h, UInt8(0x80 | (c & 0x3F)))
        }
    }

    /// Trie edge key for the child of `node` reached by a token hashed `token`.
    @inline(__always)
    static func edge(_ node: Int32, _ token: UInt64) -> UInt64 {
        var x = token ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)
        x ^= x >> 31
        x = x &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 29
        return x == 0 ? 1 : x
    }
}

/// Splits a gazetteer alias into the token keys the Tokenizer would give it.
///
/// Tokenizing a million aliases with the full Tokenizer is too slow, so
/// names made only of letters, spaces and internal hyphens (nearly all
/// gazetteer names) are split here directly on their scalars, with a folding
/// table built from `TokenNormalizer` itself; anything else (apostrophes,
/// periods, digits, other punctuation or scripts outside the table, a final
/// hyphen part in lower case that could be a clitic) goes through the real
/// Tokenizer. A test checks both paths agree on every bundled alias.
struct AliasSplitter: Sendable {
    /// Scalar classes the fast path distinguishes.
    enum Class: UInt8 { case space, upper, lower, otherLetter, mark, hyphen, slow }

    /// Scalars below this are in the tables; others take the slow path.
    static let tableLimit: UInt32 = 0x2100
    let classes: [Class]
    /// Folded form of each scalar, as 0–3 scalars packed 21 bits each (bit 63: folds to nothing).
    let folds: [UInt64]
    let tokenizer: Tokenizer

    init(tokenizer: Tokenizer) {
        self.tokenizer = tokenizer
        var classes = [Class](repeating: .slow, count: Int(AliasSplitter.tableLimit))
        var folds = [UInt64](repeating: 0, count: Int(AliasSplitter.tableLimit))
        var scratch = TokenNormalizer.Scratch()
        for c in 0..<AliasSplitter.tableLimit {
            guard let u = Unicode.Scalar(c) else { continue }
            classes[Int(c)] = AliasSplitter.classify(u)
            if classes[Int(c)] == .slow || classes[Int(c)] == .space { continue }
            // (`TokenNormalizer.foldKey(String(u))`, without the string and with one scratch.)
            let key = c < 0x80 ? String(u).lowercased()
                : TokenNormalizer.shared.forms([c][...], text: nil, scratch: &scratch).key
            let scalars = key.unicodeScalars.map(\.value)
            if scalars.isEmpty { folds[Int(c)] = 1 << 63; continue }
            if scalars.count > 3 { classes[Int(c)] = .slow; continue }
            var v: UInt64 = 0
            for (k, s) in scalars.enumerated() { v |= UInt64(s) << (21 * UInt64(k)) }
            folds[Int(c)] = v
        }
        self.classes = classes
        self.folds = folds
    }

    static func classify(_ u: Unicode.Scalar) -> Class {
        switch u.value {
        case 0x20, 0x09, 0xA0, 0x202F, 0x2007, 0x2009: return .space
        case 0x2D, 0x2010, 0x2011: return .hyphen
        // Invisible characters and apostrophes have tokenizer rules of their own.
        case 0xAD, 0x200B...0x200F, 0x2060, 0x27, 0x2019, 0x2BC, 0x2018: return .slow
        default: break
        }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .lowercaseLetter: return .lower
        case .otherLetter, .modifierLetter: return .otherLetter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        default: return .slow
        }
    }

    /// The alias's tokens, or nil when it has none (blank).
    func split(_ alias: String, exact: Bool) -> [AliasToken] {
        if !exact, let fast = fastSplit(alias.unicodeScalars) { return fast }
        return slowSplit(alias, keepNorm: exact)
    }

    /// The Tokenizer's own answer (the reference the fast path must equal).
    func slowSplit(_ alias: String, keepNorm: Bool) -> [AliasToken] {
        tokenizer.tokenize(alias).tokens.map { AliasSplitter.aliasToken($0, keepNorm: keepNorm) }
    }

    /// The alias token for a Tokenizer token.
    static func aliasToken(_ t: Token, keepNorm: Bool) -> AliasToken {
        var letters = 0, lower = false
        for u in t.text.unicodeScalars where u.properties.isAlphabetic {
            letters += 1
            if u.properties.isLowercase { lower = true }
        }
        return AliasToken(hash: AliasKey.hash(t.key), capitalized: t.shape.contains(.capitalized),
                          allCaps: t.shape.contains(.allCaps) && !lower, letters: letters,
                          norm: keepNorm ? t.norm : nil)
    }

    /// Fast path on scalars; nil when the alias needs the Tokenizer.
    func fastSplit<S: Sequence>(_ scalars: S) -> [AliasToken]? where S.Element == Unicode.Scalar {
        var out: [AliasToken] = []
        var h = AliasKey.offsetBasis
        var inToken = false
        var capitalized = false, sawLetter = false, sawUpper = false, sawLower = false
        var letters = 0
        // Hyphen state: the current hyphen-separated part started lower case.
        var partStartsLower = false, afterHyphen = false, prevHyphen = false, prevClass = Class.space
        func finish() -> Bool {
            // A final lower-case hyphen part may be a clitic (`-la`, `-il`): let the Tokenizer decide.
            if prevHyphen || (partStartsLower && afterHyphen) { return false }
            out.append(AliasToken(hash: h, capitalized: capitalized, allCaps: sawUpper && !sawLower,
                                  letters: letters, norm: nil))
            return true
        }
        for u in scalars {
            let c = u.value
            guard c < AliasSplitter.tableLimit else { return nil }
            let k = classes[Int(c)]
            switch k {
            case .slow: return nil
            case .space:
                if inToken { guard finish() else { return nil } }
                inToken = false
                prevClass = .space
                continue
            case .hyphen:
                // Only between two letters or marks stays inside a word.
                guard inToken, prevClass != .hyphen else { return nil }
                prevHyphen = true
                afterHyphen = true
            case .mark:
                guard inToken else { return nil }
                prevHyphen = false
            case .upper, .lower, .otherLetter:
                if !inToken {
                    inToken = true
                    h = AliasKey.offsetBasis
                    capitalized = false; sawLetter = false; sawUpper = false; sawLower = false
                    letters = 0; afterHyphen = false; partStartsLower = false
                }
                if !sawLetter { capitalized = k == .upper; sawLetter = true }
                if prevHyphen || prevClass == .space { partStartsLower = k == .lower }
                if k == .upper { sawUpper = true } else if k == .lower { sawLower = true }
                letters += 1
                prevHyphen = false
            }
            prevClass = k
            let v = folds[Int(c)]
            if v == 1 << 63 { continue }
            var rest = v
            repeat {
                AliasKey.mixScalar(&h, UInt32(rest & 0x1FFFFF))
                rest >>= 21
            } while rest != 0
        }
        if inToken { guard finish() else { return nil } }
        return out
    }
}
