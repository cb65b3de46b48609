/// XXH64 (Yann Collet's xxHash, 64-bit, seed 0), streaming: the content
/// hash that tells whether a compiled gazetteer still matches its TSV files.
///
/// Written here because the check runs at every start-up over every data
/// file (27 MB for a 1,000,000-alias gazetteer) and no allowed dependency has
/// a fast one: byte-wise FNV-1a takes ~70 ms on those 27 MB, zlib's crc32
/// ~21 ms (and is 32-bit), XXH64 ~4 ms (Benchmarks/README.md). It follows the
/// reference specification (xxhash.h, XXH64), so its values can be checked
/// against any other implementation (tests do).
struct XXH64 {
    private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let p3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let p5: UInt64 = 0x27D4_EB2F_1656_67C5

    private var v1 = p1 &+ p2, v2 = p2, v3: UInt64 = 0, v4 = 0 &- p1
    private var total: UInt64 = 0
    /// Bytes not yet consumed as a 32-byte stripe (fewer than 32).
    private var pending: [UInt8] = []

    init() { pending.reserveCapacity(32) }

    @inline(__always) private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { x << r | x >> (64 - r) }

    @inline(__always) private static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
        rotl(acc &+ input &* p2, 31) &* p1
    }

    @inline(__always) private static func merge(_ acc: UInt64, _ v: UInt64) -> UInt64 {
        (acc ^ round(0, v)) &* p1 &+ p4
    }

    @inline(__always) private static func word(_ p: UnsafeRawPointer, _ at: Int) -> UInt64 {
        UInt64(littleEndian: p.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        total &+= UInt64(bytes.count)
        var i = 0
        if !pending.isEmpty {
            let take = min(32 - pending.count, bytes.count)
            pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<take]))
            i = take
            guard pending.count == 32 else { return }
            pending.withUnsafeBytes { stripes($0.baseAddress!, 32) }
            pending.removeAll(keepingCapacity: true)
        }
        let whole = (bytes.count - i) & ~31
        if whole > 0 { stripes(base + i, whole) }
        i += whole
        if i < bytes.count { pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[i...])) }
    }

    /// Consumes `count` bytes (a multiple of 32), four lanes at a time.
    private mutating func stripes(_ p: UnsafeRawPointer, _ count: Int) {
        var a = v1, b = v2, c = v3, d = v4
        var i = 0
        while i < count {
            a = XXH64.round(a, XXH64.word(p, i))
            b = XXH64.round(b, XXH64.word(p, i + 8))
            c = XXH64.round(c, XXH64.word(p, i + 16))
            d = XXH64.round(d, XXH64.word(p, i + 24))
            i += 32
        }
        v1 = a; v2 = b; v3 = c; v4 = d
    }

    var value: UInt64 {
        typealias H = XXH64
        var h: UInt64
        if total >= 32 {
            h = H.rotl(v1, 1) &+ H.rotl(v2, 7) &+ H.rotl(v3, 12) &+ H.rotl(v4, 18)
            h = H.merge(h, v1); h = H.merge(h, v2); h = H.merge(h, v3); h = H.merge(h, v4)
        } else {
            h = H.p5
        }
        h &+= total
        pending.withUnsafeBytes { raw in
            let n = raw.count
            var i = 0
            while i + 8 <= n {
                h = H.rotl(h ^ H.round(0, H.word(raw.baseAddress!, i)), 27) &* H.p1 &+ H.p4
                i += 8
            }
            if i + 4 <= n {
                let w = UInt64(UInt32(littleEndian: raw.baseAddress!.loadUnaligned(fromByteOffset: i, as: UInt32.self)))
                h = H.rotl(h ^ (w &* H.p1), 23) &* H.p2 &+ H.p3
                i += 4
            }
            while i < n {
                h = H.rotl(h ^ (UInt64(raw[i]) &* H.p5), 11) &* H.p1
                i += 1
            }
        }
        h ^= h >> 33; h &*= H.p2
        h ^= h >> 29; h &*= H.p3
        h ^= h >> 32
        return h
    }

    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h = XXH64()
        h.add(bytes)
        return h.value
    }
}
