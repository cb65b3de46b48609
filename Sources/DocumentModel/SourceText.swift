/// A document's original text, indexed by Unicode scalar offset.
public struct SourceText: Sendable {
    public let string: String
    /// The text's Unicode scalars, as `UInt32` for fast table look-ups.
    public let scalars: [UInt32]

    public init(_ string: String) {
        self.string = string
        var s = string
        // Decode straight from the string's own UTF-8 storage (no copy).
        scalars = s.withUTF8 { SourceText.decode($0) }
    }

    /// Decodes valid UTF-8 (a Swift String always is) by lead-byte length.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        let n = bytes.count
        return [UInt32](unsafeUninitializedCapacity: n) { out, count in
            var i = 0, k = 0
            while i < n {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 {
                    out[k] = b0; i += 1
                } else if b0 < 0xE0 {
                    out[k] = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0 {
                    out[k] = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else {
                    out[k] = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4
                }
                k += 1
            }
            count = k
        }
    }

    /// Number of Unicode scalars.
    public var count: Int { scalars.count }

    /// The original text of `range`, exactly as received.
    public func slice(_ range: ScalarRange) -> String {
        slice(range.start, range.end)
    }

    public func slice(_ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: (end - start) * 4) { buffer in
            var k = 0
            for p in start..<end {
                let c = scalars[p]
                switch c {
                case 0..<0x80:
                    buffer[k] = UInt8(c); k += 1
                case 0x80..<0x800:
                    buffer[k] = UInt8(0xC0 | (c >> 6)); buffer[k + 1] = UInt8(0x80 | (c & 0x3F)); k += 2
                case 0x800..<0x10000:
                    buffer[k] = UInt8(0xE0 | (c >> 12)); buffer[k + 1] = UInt8(0x80 | ((c >> 6) & 0x3F))
                    buffer[k + 2] = UInt8(0x80 | (c & 0x3F)); k += 3
                default:
                    buffer[k] = UInt8(0xF0 | (c >> 18)); buffer[k + 1] = UInt8(0x80 | ((c >> 12) & 0x3F))
                    buffer[k + 2] = UInt8(0x80 | ((c >> 6) & 0x3F)); buffer[k + 3] = UInt8(0x80 | (c & 0x3F)); k += 4
                }
            }
            return k
        }
    }
}
