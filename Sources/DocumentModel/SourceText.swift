/// A document's original text, indexed by Unicode scalar offset.
public struct SourceText: Sendable {
    public let string: String
    /// The text's Unicode scalars, as `UInt32` for fast table look-ups.
    public let scalars: [UInt32]

    /// UTF-8 offset of every 64th scalar (`[]` for ASCII text, where byte
    /// and scalar offsets agree): a long `slice` copies the string's own
    /// bytes from there instead of encoding scalars into a new String that
    /// the standard library would validate again.
    private let checkpoints: [Int32]
    static let checkpointShift = 6

    public init(_ string: String) {
        var s = string
        // Decode straight from the string's own UTF-8 storage (no copy).
        let (decoded, byteCount) = s.withUTF8 { (SourceText.decode($0), $0.count) }
        self.string = s
        scalars = decoded.scalars
        checkpoints = decoded.scalars.count == byteCount ? [] : decoded.checkpoints
    }

    /// UTF-8 length of the scalars `s[a..<b]` (a branch-free sum the compiler vectorizes).
    @inline(__always)
    private static func utf8Length(_ s: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int) -> Int {
        guard a < b, let base = s.baseAddress else { return 0 }
        var n: UInt32 = 0
        for c in UnsafeBufferPointer(start: base + a, count: b - a) {
            n &+= 1 &+ (c >= 0x80 ? 1 : 0) &+ (c >= 0x800 ? 1 : 0) &+ (c >= 0x10000 ? 1 : 0)
        }
        return Int(n)
    }

    /// The UTF-8 offset of scalar offset `p` (`0...count`).
    private func utf8Offset(_ s: UnsafeBufferPointer<UInt32>, _ p: Int) -> Int {
        if checkpoints.isEmpty { return p }
        let c = p >> SourceText.checkpointShift
        return Int(checkpoints[c]) + SourceText.utf8Length(s, c << SourceText.checkpointShift, p)
    }

    /// Decodes valid UTF-8 (a Swift String always is) by lead-byte length.
    /// Also returns the byte offset of scalars 0, 64, 128…, up to the last one at
    /// or before the end (found on the way: one comparison per step).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (scalars: [UInt32], checkpoints: [Int32]) {
        let n = bytes.count
        let stride = 1 << checkpointShift
        var checkpoints: [Int32] = []
        checkpoints.reserveCapacity(n / stride + 1)
        let scalars = [UInt32](unsafeUninitializedCapacity: n) { out, count in
            var i = 0, k = 0, next = 0
            let base = UnsafeRawPointer(bytes.baseAddress)
            while i < n {
                // ASCII fast path: eight bytes at a time while none has its high bit set.
                while i + 8 <= n, let base, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    for d in 0..<8 { out[k + d] = UInt32(bytes[i + d]) }
                    if k + 8 > next {
                        // Scalar `next` is one of these eight ASCII bytes.
                        checkpoints.append(Int32(i + (next - k)))
                        next += stride
                    }
                    i += 8; k += 8
                }
                if i >= n { break }
                if k == next { checkpoints.append(Int32(i)); next += stride }
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
            if k == next { checkpoints.append(Int32(n)) }
            count = k
        }
        return (scalars, checkpoints)
    }

    /// Number of Unicode scalars.
    public var count: Int { scalars.count }

    /// The original text of `range`, exactly as received.
    public func slice(_ range: ScalarRange) -> String {
        slice(range.start, range.end)
    }

    public func slice(_ start: Int, _ end: Int) -> String {
        // Short slices (most tokens and names) are cheaper encoded than found in the bytes.
        guard end - start > 24 else { return encodedSlice(start, end) }
        let (a, b) = scalars.withUnsafeBufferPointer { (utf8Offset($0, start), utf8Offset($0, end)) }
        // A substring of the string's own bytes, copied without a second validation.
        let utf8 = string.utf8
        return String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: a)..<utf8.index(utf8.startIndex, offsetBy: b)]))
    }

    /// The scalars `start..<end` encoded into a new String.
    func encodedSlice(_ start: Int, _ end: Int) -> String {
        // The exact length: a String of up to 15 bytes is then stored inline
        // (no allocation, no reference counting wherever it is copied).
        let length = scalars.withUnsafeBufferPointer { SourceText.utf8Length($0, start, end) }
        return String(unsafeUninitializedCapacity: length) { buffer in
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
