import CICU
import DocumentModel

/// Computes a token's normalized form, folded matching key and shape.
///
/// Normalization is per token, after segmentation, so offsets into the
/// original text come for free (NFC never crosses a token boundary), and NFC
/// runs only on tokens whose code points fail ICU's quick check.
public struct TokenNormalizer: @unchecked Sendable {
    public static let shared = TokenNormalizer()

    /// Folded key of each code point below `tableEnd`, as 1–3 code points
    /// packed in a UInt64 (21 bits each; see `pack`). Built once from ICU.
    private let foldTable: UnsafeMutablePointer<UInt64>
    /// Shape-relevant traits of each code point below `tableEnd` (see
    /// `Traits`). Both tables are filled once and never written again nor
    /// freed (process-wide constants behind raw pointers: no bounds check
    /// per code point).
    private let traits: UnsafeMutablePointer<Traits>

    /// The tables cover Latin, Greek, Cyrillic, Arabic… and the punctuation
    /// and symbol blocks up to CJK punctuation; rarer code points are folded
    /// and classified when met, with the same functions. (The whole BMP cost
    /// 65,536 ICU calls, a fifth of the start-up.)
    static let tableEnd: UInt32 = 0x3040

    private init() {
        let end = Int(TokenNormalizer.tableEnd)
        foldTable = .allocate(capacity: end)
        traits = .allocate(capacity: end)
        for c in 0..<UInt32(end) {
            // Each fold asked of ICU once (the traits need it too: about a third of start-up's tokenizer cost).
            let fold = TokenNormalizer.packedFold(c)
            (foldTable + Int(c)).initialize(to: fold)
            (traits + Int(c)).initialize(to: Traits.of(c, foldsToHyphen: c == 0x2D || c >= 0x80 && TokenNormalizer.packedHoldsHyphen(fold)))
        }
    }

    /// The fold of `c` (a code point outside ASCII) holds a hyphen-minus.
    private static func foldContainsHyphen(_ c: UInt32) -> Bool {
        guard c < 0x10000 else { return icuFold(c).contains(0x2D) }
        return packedHoldsHyphen(packedFold(c))
    }

    /// A packed fold (`packedFold`) holds a hyphen-minus.
    private static func packedHoldsHyphen(_ v: UInt64) -> Bool {
        guard v != 1 << 63 else { return false }
        var rest = v
        repeat {
            if rest & 0x1FFFFF == 0x2D { return true }
            rest >>= 21
        } while rest != 0
        return false
    }

    /// The packed fold of BMP code point `c` (what `foldTable` holds).
    private static func packedFold(_ c: UInt32) -> UInt64 {
        if let fold = TokenNormalizer.projectFold(c) { return TokenNormalizer.pack(fold) }
        // ICU writes into a stack buffer: an array per code point cost two allocations.
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8) { scratch in
            let n = cicu_fold(c, scratch.baseAddress!, 8)
            return n < 0 ? TokenNormalizer.pack(CollectionOfOne(c))
                : TokenNormalizer.pack(UnsafeBufferPointer(start: scratch.baseAddress!, count: min(Int(n), 8)))
        }
    }

    /// Per-code-point facts that a token's shape and forms are computed
    /// from: OR-ed over a token they say "some code point is…", AND-ed
    /// "every code point is…". One table look-up per code point, no branches.
    struct Traits: OptionSet {
        let rawValue: UInt16
        static let upper = Traits(rawValue: 1 << 0)
        static let lower = Traits(rawValue: 1 << 1)
        static let letter = Traits(rawValue: 1 << 2)
        static let digit = Traits(rawValue: 1 << 3)
        /// A digit or a digit-group separator (. , spaces).
        static let numericPart = Traits(rawValue: 1 << 4)
        /// Punctuation or a separator that may stand in punctuation tokens.
        static let punctuationPart = Traits(rawValue: 1 << 5)
        static let symbolPart = Traits(rawValue: 1 << 6)
        static let nonASCII = Traits(rawValue: 1 << 7)
        /// Replaced or removed in `norm` (’, no-break spaces, soft hyphen, fullwidth).
        static let normalizes = Traits(rawValue: 1 << 8)
        /// NFC_Quick_Check is not Yes.
        static let nfcCheck = Traits(rawValue: 1 << 9)
        /// Folds to a hyphen-minus (`-`, `‐`, `‑`, fullwidth `－`): the key will hold `-`.
        static let foldsToHyphen = Traits(rawValue: 1 << 10)

        static func of(_ c: UInt32) -> Traits {
            of(c, foldsToHyphen: c == 0x2D || c >= 0x80 && TokenNormalizer.foldContainsHyphen(c))
        }

        /// `of(c)`, whose fold is known to hold a hyphen or not.
        static func of(_ c: UInt32, foldsToHyphen: Bool) -> Traits {
            var t: Traits = c >= 0x80 ? [.nonASCII] : []
            switch CharacterClassifier.shared.classify(c) {
            case .upper: t.formUnion([.upper, .letter])
            case .lower: t.formUnion([.lower, .letter])
            case .otherLetter: t.insert(.letter)
            case .digit: t.formUnion([.digit, .numericPart])
            case .period, .comma, .space, .extend: t.formUnion([.numericPart, .punctuationPart])
            case .apostrophe, .hyphen, .slash, .connector, .punctuation: t.insert(.punctuationPart)
            case .symbol, .emoji: t.insert(.symbolPart)
            case .mark, .otherNumber, .other: break
            }
            switch c {
            case 0x2019, 0x02BC, 0xA0, 0x202F, 0x2007, 0x2009, 0xAD, 0x200B, 0x2060, 0xFEFF, 0xFF01...0xFF5E, 0x3000:
                t.insert(.normalizes)
            default: break
            }
            if c >= 0x300, cicu_nfc_quick_check(c) != 1 { t.insert(.nfcCheck) }
            if foldsToHyphen { t.insert(.foldsToHyphen) }
            return t
        }
    }

    @inline(__always)
    private func traits(of c: UInt32) -> Traits { c < TokenNormalizer.tableEnd ? traits[Int(c)] : Traits.of(c) }

    /// Project-specific foldings on top of ICU's: ligatures ICU keeps
    /// (œ, æ), letters with strokes that carry no decomposition, and
    /// typographic apostrophes and hyphens.
    private static func icuFold(_ c: UInt32) -> [UInt32] {
        if let fold = projectFold(c) { return fold }
        var out = [UInt32](repeating: 0, count: 8)
        let n = cicu_fold(c, &out, 8)
        if n < 0 { return [c] }
        return Array(out.prefix(Int(n)))
    }

    /// The foldings of `icuFold` that are the project's own, nil for the others.
    private static func projectFold(_ c: UInt32) -> [UInt32]? {
        switch c {
        case 0x153, 0x152: return [0x6F, 0x65]          // œ Œ → oe
        case 0xE6, 0xC6: return [0x61, 0x65]            // æ Æ → ae
        case 0xF8, 0xD8: return [0x6F]                  // ø
        case 0x142, 0x141: return [0x6C]                // ł
        case 0x111, 0x110: return [0x64]                // đ
        case 0x131: return [0x69]                       // dotless i
        case 0x2019, 0x02BC, 0x2018: return [0x27]      // ’ ʼ ‘ → '
        case 0x2010, 0x2011: return [0x2D]              // ‐ ‑ → -
        case 0xA0, 0x202F, 0x2007, 0x2009: return [0x20] // no-break and thin spaces → space
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return []
        default: return nil
        }
    }

    private static func pack<Folded: Collection<UInt32>>(_ s: Folded) -> UInt64 {
        precondition(s.count <= 3 || true)
        var v: UInt64 = 0
        for (k, c) in s.prefix(3).enumerated() { v |= UInt64(c) << (21 * UInt64(k)) }
        // Mark "folds to nothing" distinctly from code point 0 by bit 63.
        return s.isEmpty ? 1 << 63 : v
    }

    /// Normalized form of one code point for `norm` (not folded).
    @inline(__always)
    private static func normScalar(_ c: UInt32, into out: inout [UInt32]) {
        switch c {
        case 0x2019, 0x02BC: out.append(0x27)
        case 0xA0, 0x202F, 0x2007, 0x2009: out.append(0x20)
        case 0xAD, 0x200B, 0x2060, 0xFEFF: return
        case 0xFF01...0xFF5E: out.append(c - 0xFEE0) // fullwidth ASCII
        case 0x3000: out.append(0x20)
        default: out.append(c)
        }
    }

    /// `s` in Unicode NFC, through ICU (Foundation's
    /// `precomposedStringWithCanonicalMapping` cost a fifth of the cue
    /// lexicon's start-up); strings that pass the quick check come back as they are.
    public static func nfc(_ s: String) -> String {
        // Most list words pass NFC's quick check: tested on the string's code points first.
        guard s.unicodeScalars.contains(where: { shared.traits(of: $0.value).contains(.nfcCheck) }) else { return s }
        let scalars = s.unicodeScalars.map(\.value)
        var out = [UInt32](repeating: 0, count: scalars.count * 3 + 4)
        let n = cicu_nfc_normalize(scalars, Int32(scalars.count), &out, Int32(out.count))
        guard n >= 0 else { return s }
        return out.withUnsafeBufferPointer { utf8String(UnsafeBufferPointer(rebasing: $0[0..<Int(n)])) }
    }

    /// The folded key of a string (used for lexicon entries and gazetteer aliases).
    public static func foldKey(_ s: String) -> String {
        // The code points on the stack (a UTF-8 length bounds their count):
        // `unicodeScalars.map` and its array cost more than the folding, and
        // start-up folds some 14,000 list words.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(1, s.utf8.count)) { buffer in
            var n = 0
            for u in s.unicodeScalars { buffer[n] = u.value; n += 1 }
            return shared.foldedKey(UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    /// The folded key of code points: normalized as for `norm`, then folded.
    public func foldedKey(_ scalars: some Collection<UInt32>) -> String {
        Array(scalars).withUnsafeBufferPointer { foldedKey($0) }
    }

    func foldedKey(_ scalars: UnsafeBufferPointer<UInt32>) -> String {
        var scratch = Scratch()
        return forms(scalars, text: nil, scratch: &scratch).key
    }

    /// A reusable buffer, so that computing forms allocates only the strings.
    public struct Scratch {
        var norm: [UInt32] = []
        public init() { norm.reserveCapacity(64) }
    }

    /// `forms` of an array slice (for callers outside the tokenizer's hot path).
    public func forms(_ scalars: ArraySlice<UInt32>, text: String?, scratch: inout Scratch) -> (norm: String, key: String, shape: TokenShape) {
        scalars.withUnsafeBufferPointer { forms($0, text: text, scratch: &scratch) }
    }

    /// `norm`, `key` and shape of the code points `scalars`, whose surface
    /// text is `text` (nil: build it).
    public func forms(_ scalars: UnsafeBufferPointer<UInt32>, text: String?, scratch: inout Scratch) -> (norm: String, key: String, shape: TokenShape) {
        var (shape, some) = shapeAndTraits(scalars)
        let hasUpper = some.contains(.upper)
        if !some.contains(.nonASCII) {
            // Punctuation and one-letter words: prebuilt strings.
            if scalars.count == 1, text == nil {
                let c = Int(scalars.first!)
                return (TokenNormalizer.asciiCharacters[c], TokenNormalizer.asciiCharacters[hasUpper ? c + 0x20 : c], shape)
            }
            let surface = text ?? TokenNormalizer.asciiString(scalars, lowercased: false)
            return (surface, hasUpper ? TokenNormalizer.asciiString(scalars, lowercased: true) : surface, shape)
        }
        normalize(scalars, some: some, shape: &shape, scratch: &scratch)
        let norm: String
        if !shape.contains(.normalized) {
            norm = text ?? TokenNormalizer.utf8String(scalars)
        } else {
            norm = scratch.norm.withUnsafeBufferPointer { TokenNormalizer.utf8String($0) }
        }
        return (norm, scratch.norm.withUnsafeBufferPointer { foldedString($0) }, shape)
    }

    /// The shape of the code points `scalars` (without the scanner's flags)
    /// and the union of their traits.
    @inline(__always)
    func shapeAndTraits(_ scalars: UnsafeBufferPointer<UInt32>) -> (TokenShape, Traits) {
        var some: Traits = [], every = Traits(rawValue: 0xFFFF)
        var capitalized = false, firstLetterSeen = false
        for c in scalars {
            let t = traits(of: c)
            some.formUnion(t)
            every.formIntersection(t)
            if !firstLetterSeen, t.contains(.letter) {
                firstLetterSeen = true
                capitalized = t.contains(.upper)
            }
        }
        var shape = TokenShape()
        if some.contains(.letter) { shape.insert(.hasLetter) }
        if some.contains(.foldsToHyphen) { shape.insert(.keyHasHyphen) }
        if capitalized { shape.insert(.capitalized) }
        let hasUpper = some.contains(.upper)
        if hasUpper && !some.contains(.lower) { shape.insert(.allCaps) }
        if some.contains(.digit) {
            shape.insert(.hasDigit)
            if every.contains(.numericPart) { shape.insert(.numeric) }
        } else {
            if every.contains(.punctuationPart) { shape.insert(.punctuation) }
            if every.contains(.symbolPart) { shape.insert(.symbol) }
        }
        return (shape, some)
    }

    /// The `norm` code points of a token with a code point outside ASCII
    /// (`some`: the union of its traits) into `scratch.norm`, and
    /// `.normalized` into `shape` when they differ from `scalars`.
    func normalize(_ scalars: UnsafeBufferPointer<UInt32>, some: Traits, shape: inout TokenShape, scratch: inout Scratch) {
        // norm: only tokens with a code point to replace or failing NFC's quick check change.
        let needsNorm = some.contains(.normalizes), needsNFC = some.contains(.nfcCheck)
        if needsNorm || needsNFC { shape.insert(.normalized) }
        scratch.norm.removeAll(keepingCapacity: true)
        if needsNorm {
            for c in scalars { TokenNormalizer.normScalar(c, into: &scratch.norm) }
        } else {
            scratch.norm.append(contentsOf: scalars)
        }
        if needsNFC, scratch.norm.count <= 250 {
            var out = [UInt32](repeating: 0, count: scratch.norm.count * 3 + 4)
            let n = cicu_nfc_normalize(scratch.norm, Int32(scratch.norm.count), &out, Int32(out.count))
            if n >= 0 { scratch.norm = Array(out.prefix(Int(n))) }
        }
    }

    /// The folded key of normalized code points, as a string built in place:
    /// one pass for its UTF-8 length, one to write it (a string created at its
    /// exact size stays inline when short; no intermediate buffer).
    private func foldedString(_ scalars: UnsafeBufferPointer<UInt32>) -> String {
        String(unsafeUninitializedCapacity: foldedUTF8Length(scalars)) { writeFoldedUTF8(scalars, to: $0) }
    }

    /// The UTF-8 length of the folded key of normalized code points.
    func foldedUTF8Length(_ scalars: UnsafeBufferPointer<UInt32>) -> Int {
        var length = 0
        for c in scalars { forEachFolded(c) { length += TokenNormalizer.utf8Length($0) } }
        return length
    }

    /// Writes the folded key of normalized code points as UTF-8 into
    /// `buffer` (at least `foldedUTF8Length` long); returns its length.
    func writeFoldedUTF8(_ scalars: UnsafeBufferPointer<UInt32>, to buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var k = 0
        for c in scalars { forEachFolded(c) { k = TokenNormalizer.writeUTF8($0, to: buffer, at: k) } }
        return k
    }

    @inline(__always)
    private func forEachFolded(_ c: UInt32, _ body: (UInt32) -> Void) {
        if c < 0x80 {
            body(c >= 0x41 && c <= 0x5A ? c + 0x20 : c)
        } else if c < 0x10000 {
            let v = c < TokenNormalizer.tableEnd ? foldTable[Int(c)] : TokenNormalizer.packedFold(c)
            if v == 1 << 63 { return }
            var rest = v
            repeat {
                body(UInt32(rest & 0x1FFFFF))
                rest >>= 21
            } while rest != 0
        } else {
            for f in TokenNormalizer.icuFold(c) { body(f) }
        }
    }

    @inline(__always)
    static func utf8Length(_ c: UInt32) -> Int { c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4 }

    @inline(__always)
    static func writeUTF8(_ c: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at k: Int) -> Int {
        switch c {
        case 0..<0x80:
            out[k] = UInt8(c); return k + 1
        case 0x80..<0x800:
            out[k] = UInt8(0xC0 | (c >> 6)); out[k + 1] = UInt8(0x80 | (c & 0x3F)); return k + 2
        case 0x800..<0x10000:
            out[k] = UInt8(0xE0 | (c >> 12)); out[k + 1] = UInt8(0x80 | ((c >> 6) & 0x3F)); out[k + 2] = UInt8(0x80 | (c & 0x3F))
            return k + 3
        default:
            out[k] = UInt8(0xF0 | (c >> 18)); out[k + 1] = UInt8(0x80 | ((c >> 12) & 0x3F))
            out[k + 2] = UInt8(0x80 | ((c >> 6) & 0x3F)); out[k + 3] = UInt8(0x80 | (c & 0x3F))
            return k + 4
        }
    }

    private static let asciiCharacters: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    static func asciiString(_ scalars: UnsafeBufferPointer<UInt32>, lowercased: Bool) -> String {
        String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var k = 0
            for c in scalars {
                var b = UInt8(truncatingIfNeeded: c)
                if lowercased, b >= 0x41, b <= 0x5A { b += 0x20 }
                buffer[k] = b
                k += 1
            }
            return k
        }
    }

    /// Code points as a string built in place at its exact UTF-8 size.
    static func utf8String(_ scalars: UnsafeBufferPointer<UInt32>) -> String {
        var length = 0
        for c in scalars { length += utf8Length(c) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var k = 0
            for c in scalars { k = writeUTF8(c, to: buffer, at: k) }
            return k
        }
    }


}
