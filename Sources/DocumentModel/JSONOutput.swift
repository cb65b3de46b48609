/// JSON text being written: a growable byte buffer appended to through a
/// pointer.
///
/// Why not `[UInt8]`: every `append` on an array checks that its storage is
/// unique and most call into the runtime, and an output line takes about a
/// thousand appends (keys, quotes, commas, numbers); with this buffer an
/// append is a capacity check and a store (issue 10: writing JSON was 7% of
/// a run).
public struct JSONOutput: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    public private(set) var count = 0
    private var capacity: Int

    public init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far, as an array.
    public consuming func bytes() -> [UInt8] {
        [UInt8](UnsafeBufferPointer(start: base, count: count))
    }

    public func withBytes<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Makes room for `n` more bytes.
    @inline(__always)
    mutating func reserve(_ n: Int) {
        if capacity &- count < n { grow(n) }
    }

    @inline(never)
    private mutating func grow(_ n: Int) {
        let newCapacity = max(capacity * 2, count + n)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    @inline(__always)
    public mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafePointer<UInt8>, count n: Int) {
        reserve(n)
        (base + count).initialize(from: bytes, count: n)
        count &+= n
    }

    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        append(start, count: bytes.count)
    }

    public mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Bytes known when the program is written: keys with their quotes,
    /// colon and comma (`,"start":`), `null`, `true`.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        append(literal.utf8Start, count: literal.utf8CodeUnitCount)
    }

    /// Decimal, as `String(v)` spells it.
    public mutating func appendInt(_ v: Int) {
        reserve(21)  // a sign and 20 digits
        if v < 0 { base[count] = UInt8(ascii: "-"); count &+= 1 }
        var m = v.magnitude
        if m < 10 { base[count] = 0x30 &+ UInt8(truncatingIfNeeded: m); count &+= 1; return }
        var digits = 2
        var bound: UInt = 100
        while digits < 20, m >= bound { digits &+= 1; bound &*= 10 }
        // Two digits at a time from a table: half the divisions.
        let table: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
        let pairs = table.utf8Start
        var p = base + (count &+ digits)
        while m >= 100 {
            let pair = Int(truncatingIfNeeded: m % 100) &* 2
            m /= 100
            p -= 2
            p[0] = pairs[pair]
            p[1] = pairs[pair &+ 1]
        }
        if m >= 10 {
            let pair = Int(truncatingIfNeeded: m) &* 2
            p[-2] = pairs[pair]
            p[-1] = pairs[pair &+ 1]
        } else {
            p[-1] = 0x30 &+ UInt8(truncatingIfNeeded: m)
        }
        count &+= digits
    }


    /// `s`'s UTF-8 as it is (a number as spelled in the input).
    mutating func appendRaw(_ s: String) {
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ append($0) }) { return done }
        var contiguous = s
        contiguous.withUTF8 { append($0) }
    }

    /// A JSON string: quotes, `"` `\` and control characters escaped,
    /// everything else (non-ASCII included) copied as is.
    public mutating func appendString(_ s: String) {
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ appendString(utf8: $0) }) { return done }
        var contiguous = s
        contiguous.withUTF8 { appendString(utf8: $0) }
    }

    public mutating func appendString(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        reserve(n &+ 2)
        base[count] = 0x22
        count &+= 1
        guard let source = bytes.baseAddress else { append(0x22); return }
        // Most strings need no escaping: each run between escapes is copied in one go.
        var runStart = 0
        while true {
            let i = JSONOutput.nextSpecialByte(source, from: runStart, n)
            append(source + runStart, count: i &- runStart)
            if i == n { break }
            appendEscape(source[i])
            runStart = i &+ 1
        }
        append(0x22)
    }

    /// The offset of the first quote, backslash or control character in
    /// `p[i..<n]`, or `n`: eight bytes at a time while no word may hold one,
    /// byte by byte through a word that may. (The JSON parser's string scan too.)
    @inline(__always)
    static func nextSpecialByte(_ p: UnsafePointer<UInt8>, from start: Int, _ n: Int) -> Int {
        var i = start
        while true {
            while i &+ 8 <= n, !mayNeedEscape(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)) { i &+= 8 }
            // A tail shorter than a word: the last eight bytes at once (overlapping
            // bytes already known plain), when the string has that many.
            if i &+ 8 > n, n &- start >= 8, !mayNeedEscape(UnsafeRawPointer(p + (n &- 8)).loadUnaligned(as: UInt64.self)) { return n }
            let stop = min(i &+ 8, n)
            while i < stop {
                let b = p[i]
                if b < 0x20 || b == 0x22 || b == 0x5C { return i }
                i &+= 1
            }
            if i == n { return n }
        }
    }

    private mutating func appendEscape(_ b: UInt8) {
        reserve(6)
        let p = base + count
        p[0] = 0x5C
        switch b {
        case 0x22: p[1] = 0x22; count &+= 2
        case 0x5C: p[1] = 0x5C; count &+= 2
        case 0x0A: p[1] = UInt8(ascii: "n"); count &+= 2
        case 0x0D: p[1] = UInt8(ascii: "r"); count &+= 2
        case 0x09: p[1] = UInt8(ascii: "t"); count &+= 2
        default:
            let hex: StaticString = "0123456789abcdef"
            p[1] = UInt8(ascii: "u"); p[2] = 0x30; p[3] = 0x30
            p[4] = hex.utf8Start[Int(b >> 4)]
            p[5] = hex.utf8Start[Int(b & 0xF)]
            count &+= 6
        }
    }

    /// Whether one of the eight bytes may be a control character, a quote or
    /// a backslash (never false when one is; the bytes are then looked at one
    /// by one). The classic bit tricks: a byte below n, a zero byte after an XOR.
    @inline(__always)
    static func mayNeedEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let control = (x &- 0x20 &* ones) & ~x & highs
        let q = x ^ (0x22 &* ones), quote = (q &- ones) & ~q & highs
        let bs = x ^ (0x5C &* ones), backslash = (bs &- ones) & ~bs & highs
        return control | quote | backslash != 0
    }
}
