/// A blocked Bloom filter over 64-bit hashes: "certainly absent" or
/// "maybe present", from one 64-bit word (two bits of it) per question.
///
/// Why: a big look-up table answers "absent" only after a probe that, on
/// this workload, misses the cache (perf: half of the lexicon probe and
/// most of the gazetteer walk waited on that first load). Most tokens are
/// in neither table, and a filter of one byte per key (16 KB for the
/// lexicon, about 100 KB for the default gazetteer's edges) stays in the
/// near caches and turns most of those probes away. It never says absent
/// for a key that was inserted, so results are the same with or without it.
/// Hand-written: the standard library has no Bloom filter, and this one is
/// a dozen lines.
public struct HashFilter: Sendable {
    @usableFromInline let words: [UInt64]
    @usableFromInline let mask: Int

    /// A filter for the hashes `hashes` (about eight bits per hash: some 5%
    /// of absent hashes pass); zeros are skipped when `skippingZeros` (the
    /// empty slots of an open-addressing table's keys).
    public init(_ hashes: UnsafeBufferPointer<UInt64>, skippingZeros: Bool = false) {
        var count = hashes.count
        if skippingZeros {
            count = 0
            for h in hashes where h != 0 { count += 1 }
        }
        var size = 64
        while size < count { size <<= 1 }
        // `size / 8` words of 64 bits: eight bits per hash.
        var words = [UInt64](repeating: 0, count: size / 8)
        let mask = words.count - 1
        words.withUnsafeMutableBufferPointer { words in
            for h in hashes where !skippingZeros || h != 0 {
                let m = HashFilter.mix(h)
                words[Int(truncatingIfNeeded: m) & mask] |= HashFilter.bits(m)
            }
        }
        self.words = words
        self.mask = mask
    }

    public init(_ hashes: [UInt64]) {
        self = hashes.withUnsafeBufferPointer { HashFilter($0) }
    }

    /// False: `hash` was not inserted. True: it may have been.
    @inlinable @inline(__always)
    public func mayContain(_ hash: UInt64) -> Bool {
        let m = HashFilter.mix(hash)
        let b = HashFilter.bits(m)
        return words.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: m) & mask] & b == b }
    }

    /// The filter's own scramble of `hash` (callers' hashes may be
    /// FNV-1a, whose low bits are weak, or a table's own slot bits).
    @inlinable @inline(__always)
    static func mix(_ hash: UInt64) -> UInt64 {
        var x = hash &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 32
        return x
    }

    /// Two bits of the word, from the mixed hash's upper bits.
    @inlinable @inline(__always)
    static func bits(_ m: UInt64) -> UInt64 {
        (1 as UInt64) << ((m >> 52) & 63) | (1 as UInt64) << ((m >> 58) & 63)
    }
}
