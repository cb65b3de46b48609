/// A document's original text, indexed by Unicode scalar offset.
///
/// Holds the scalars (for scanning) and the UTF-8 bytes with a scalar→byte
/// table (so slicing out a token's `String` is a cheap byte copy, not a walk).
public struct SourceText: Sendable {
    public let string: String
    /// The text's Unicode scalars, as `UInt32` for fast table lookups.
    public let scalars: [UInt32]
    /// UTF-8 bytes of `string`.
    public let utf8: [UInt8]
    /// `utf8Offsets[i]` is the byte offset of scalar `i`; one extra entry for the end.
    private let utf8Offsets: [Int32]

    public init(_ string: String) {
        self.string = string
        var bytes = [UInt8]()
        bytes.reserveCapacity(string.utf8.count)
        bytes.append(contentsOf: string.utf8)
        var scalars = [UInt32]()
        scalars.reserveCapacity(bytes.count)
        var offsets = [Int32]()
        offsets.reserveCapacity(bytes.count + 1)
        var i = 0
        let n = bytes.count
        // Decode valid UTF-8 (a Swift String always is) by lead-byte length.
        while i < n {
            let b0 = UInt32(bytes[i])
            offsets.append(Int32(i))
            if b0 < 0x80 {
                scalars.append(b0); i += 1
            } else if b0 < 0xE0 {
                scalars.append((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)); i += 2
            } else if b0 < 0xF0 {
                scalars.append((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)); i += 3
            } else {
                scalars.append((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                    | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)); i += 4
            }
        }
        offsets.append(Int32(n))
        self.utf8 = bytes
        self.scalars = scalars
        self.utf8Offsets = offsets
    }

    /// Number of Unicode scalars.
    public var count: Int { scalars.count }

    /// The original text of `range`, exactly as received.
    public func slice(_ range: ScalarRange) -> String {
        slice(range.start, range.end)
    }

    public func slice(_ start: Int, _ end: Int) -> String {
        let a = Int(utf8Offsets[start]), b = Int(utf8Offsets[end])
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }

    /// Byte offset in `utf8` of scalar offset `i` (0...count).
    public func utf8Offset(ofScalar i: Int) -> Int { Int(utf8Offsets[i]) }
}
