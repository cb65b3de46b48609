/// A short ASCII key (at most 15 bytes) packed with its length into two
/// integers. For ASCII, equal bytes is exactly `String` equality, so the
/// lexicon looks most token keys up by packed key (`PackedWordTable`), which
/// costs a fraction of hashing a `String`.
struct PackedKey: Equatable, Sendable {
    let low: UInt64
    let high: UInt64

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// `nil` unless `bytes` is ASCII and at most 15 bytes long.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count <= 15 else { return nil }
        var low: UInt64 = 0, high = UInt64(count) << 56, bits: UInt8 = 0
        for n in 0..<min(count, 8) {
            low |= UInt64(bytes[n]) << (8 * n)
            bits |= bytes[n]
        }
        for n in min(count, 8)..<count {
            high |= UInt64(bytes[n]) << (8 * (n - 8))
            bits |= bytes[n]
        }
        guard bits < 0x80 else { return nil }
        self.low = low
        self.high = high
    }

    init?(_ key: String) {
        var key = key
        guard let packed = key.withUTF8({ PackedKey($0) }) else { return nil }
        self = packed
    }

    /// A well-mixed hash for `PackedWordTable` (a fixed table, at most a
    /// quarter full, so no seed is needed: probes stay short whatever the input).
    var mixed: UInt64 {
        var h = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 31
        return h &* 0x94D0_49BB_1331_11EB
    }
}
