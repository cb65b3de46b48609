import DocumentModel
import Lexicon

/// The forms of every one-code-point token of the Latin blocks and of
/// general punctuation (`,` `.` `à` `«` `»` `–` `’` `€`: about a third of
/// French news tokens), computed once by `TokenNormalizer.forms`, so that
/// the tokenizer copies them instead of building strings per token.
struct SingleScalarForms: @unchecked Sendable {
    struct Entry {
        let text: String
        let norm: String
        let key: String
        let shape: TokenShape
        /// `Lexicon.hash` of the key's UTF-8.
        let keyHash: UInt64
    }

    static let shared = SingleScalarForms()

    /// Indexed by `index(of:)`.
    let entries: [Entry]

    static let latinEnd: UInt32 = 0x250
    static let punctuationStart: UInt32 = 0x2000, punctuationEnd: UInt32 = 0x2100

    /// The entry of code point `c`, or nil outside the covered blocks.
    @inline(__always)
    static func index(of c: UInt32) -> Int? {
        if c < latinEnd { return Int(c) }
        if c >= punctuationStart, c < punctuationEnd { return Int(latinEnd + (c - punctuationStart)) }
        return nil
    }

    private init() {
        let normalizer = TokenNormalizer.shared
        var scratch = TokenNormalizer.Scratch()
        let scalars = Array(0..<SingleScalarForms.latinEnd) + Array(SingleScalarForms.punctuationStart..<SingleScalarForms.punctuationEnd)
        entries = scalars.map { c in
            let (norm, key, shape) = [c].withUnsafeBufferPointer { normalizer.forms($0, text: nil, scratch: &scratch) }
            // As `Tokenizer.tokenize` would: the surface text when `norm` changed it.
            let text = shape.contains(.normalized) ? String(Character(Unicode.Scalar(c)!)) : norm
            var k = key
            let hash = k.withUTF8 { Lexicon.hash($0) }
            return Entry(text: text, norm: norm, key: key, shape: shape, keyHash: hash)
        }
    }
}

/// Builds a token of more than one code point (or outside
/// `SingleScalarForms`) with its key's hash and word id: the key is written
/// as UTF-8 into one reusable buffer, hashed and looked up from there, and
/// a String is made only for a key the lexicon does not list (a listed
/// key shares the lexicon's String: a copy, at most a retain).
struct TokenFormBuilder {
    let normalizer = TokenNormalizer.shared
    let lexicon: Lexicon
    private var scratch = TokenNormalizer.Scratch()
    /// The key's UTF-8 (freed by `deallocate`).
    private var bytes: UnsafeMutablePointer<UInt8>
    private var capacity: Int

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        capacity = 256
        bytes = .allocate(capacity: capacity)
    }

    func deallocate() { bytes.deallocate() }

    private mutating func reserve(_ count: Int) {
        guard count > capacity else { return }
        bytes.deallocate()
        while capacity < count { capacity *= 2 }
        bytes = .allocate(capacity: capacity)
    }

    /// The forms of the code points `part` at `range` in `source` (the
    /// shape without the scanner's flags); the same forms as `TokenNormalizer.forms`.
    mutating func forms(_ part: UnsafeBufferPointer<UInt32>, range: ScalarRange,
                        source: SourceText) -> TokenFormCache.Forms {
        var (shape, some) = normalizer.shapeAndTraits(part)
        if !some.contains(.nonASCII) {
            // ASCII: the key is the surface text lowercased, byte for byte.
            let n = part.count
            reserve(n)
            var h = Lexicon.hashBasis
            for k in 0..<n {
                var b = UInt8(truncatingIfNeeded: part[k])
                if b >= 0x41, b <= 0x5A { b += 0x20 }
                bytes[k] = b
                h = Lexicon.hash(h, b)
            }
            let utf8 = UnsafeBufferPointer(start: bytes, count: n)
            let id = lexicon.id(utf8: utf8, hash: h)
            let key = id >= 0 ? lexicon.key(of: id) : String(decoding: utf8, as: UTF8.self)
            // Without capitals the surface text is the key.
            let surface = some.contains(.upper) ? TokenNormalizer.asciiString(part, lowercased: false) : key
            return TokenFormCache.Forms(text: surface, norm: surface, key: key, shape: shape, word: id, keyHash: h)
        }
        normalizer.normalize(part, some: some, shape: &shape, scratch: &scratch)
        let normalized = shape.contains(.normalized)
        let norm = normalized ? scratch.norm.withUnsafeBufferPointer { TokenNormalizer.utf8String($0) } : TokenNormalizer.utf8String(part)
        let text = normalized ? source.slice(range.start, range.end) : norm
        let n = scratch.norm.withUnsafeBufferPointer { normalizer.foldedUTF8Length($0) }
        reserve(n)
        let buffer = UnsafeMutableBufferPointer(start: bytes, count: n)
        let written = scratch.norm.withUnsafeBufferPointer { normalizer.writeFoldedUTF8($0, to: buffer) }
        let utf8 = UnsafeBufferPointer(start: UnsafePointer(bytes), count: written)
        let h = Lexicon.hash(utf8)
        let id = lexicon.id(utf8: utf8, hash: h)
        let key = id >= 0 ? lexicon.key(of: id) : String(decoding: utf8, as: UTF8.self)
        return TokenFormCache.Forms(text: text, norm: norm, key: key, shape: shape, word: id, keyHash: h)
    }
}
