/// The 64-bit FNV-1a hash of bytes: stable across runs, machines and Swift
/// versions (Swift's `Hasher` is seeded per process), which ids and version
/// stamps written to files need. Written here because it is five lines and
/// no maintained Swift package offers it without a cryptographic library.
public struct FNV1a64: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        var h = value
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        value = h
    }

    /// The same as the generic `add`, for raw bytes (a file's `Data`):
    /// the generic one, called from another module, walks `Data` through
    /// its iterator at a hundred instructions a byte.
    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var h = value
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        value = h
    }

    public mutating func add(_ string: String) {
        var s = string
        s.withUTF8 { add($0) }
    }

    /// 16 lower-case hex digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    public static func hash(_ string: String) -> UInt64 {
        var h = FNV1a64()
        h.add(string)
        return h.value
    }
}
