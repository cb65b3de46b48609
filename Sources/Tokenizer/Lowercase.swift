/// `String.lowercased()`, the same result, at a fraction of its cost on
/// French words.
///
/// Why by hand: the standard library lowercases a non-ASCII string by
/// asking each code point's Unicode properties for its mapping (about
/// 3,500 instructions for `évoqué`); the rules that test written accents
/// (`dès` / `des`, `évoqué`, participle endings) lowercase a token's norm
/// per candidate. The mapping is context-free (the standard library applies
/// no final-sigma rule either), so a table of the mappings of the Latin
/// blocks, read from those same properties once, gives the same string.
public enum Lowercase {
    /// The lowercase mapping of each code point below `tableEnd` when it is
    /// one code point (0: it is not, as for `İ`; ask the properties).
    private static let table: [UInt32] = (0..<tableEnd).map { c in
        guard let scalar = Unicode.Scalar(c) else { return 0 }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : 0
    }
    private static let tableEnd: UInt32 = 0x250

    /// `s.lowercased()`.
    public static func of(_ s: String) -> String {
        var ascii = true, upper = false
        for b in s.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41, b <= 0x5A { upper = true }
        }
        if ascii { return upper ? s.lowercased() : s }
        // One pass for the UTF-8 length (so the result is made at its size,
        // inline when short), one to write it; a code point outside the
        // table, or mapped to several, leaves it to the standard library.
        let table = Lowercase.table
        var length = 0
        for c in s.unicodeScalars {
            guard c.value < tableEnd, case let m = table[Int(c.value)], m != 0 else { return s.lowercased() }
            length += TokenNormalizer.utf8Length(m)
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var k = 0
            for c in s.unicodeScalars { k = TokenNormalizer.writeUTF8(table[Int(c.value)], to: buffer, at: k) }
            return k
        }
    }
}
