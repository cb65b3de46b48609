import Foundation

/// `RuleLists.facts` as a table keyed by the `AliasKey` hashes a document
/// view already holds for its tokens, so that finding a key's facts costs a
/// probe and a string comparison instead of hashing the string again.
///
/// Equal bytes are equal strings, so a hit is exact. A miss is exact for an
/// ASCII key when no listed key outside ASCII is canonically equivalent to
/// an ASCII string (then `String ==` and byte equality agree for it); in
/// every other case `facts` asks the dictionary.
struct WordFactTable: Sendable {
    private let slots: [Int32]
    private let hashes: [UInt64]
    private let keys: [String]
    private let values: [WordFacts]
    let dictionary: [String: WordFacts]
    /// A miss on an ASCII key means "in no list" (see above).
    private let asciiMissIsExact: Bool

    init(_ dictionary: [String: WordFacts]) {
        self.dictionary = dictionary
        var capacity = 16
        while capacity < dictionary.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        var hashes: [UInt64] = [], keys: [String] = [], values: [WordFacts] = []
        var asciiMissIsExact = true
        for (key, value) in dictionary {
            if !WordFactTable.isASCII(key), WordFactTable.isASCII(key.precomposedStringWithCanonicalMapping) {
                asciiMissIsExact = false
            }
            let h = AliasKey.hash(key)
            var slot = WordFactTable.slot(h, capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(keys.count)
            hashes.append(h)
            keys.append(key)
            values.append(value)
        }
        self.slots = slots
        self.hashes = hashes
        self.keys = keys
        self.values = values
        self.asciiMissIsExact = asciiMissIsExact
    }

    /// `dictionary[key] ?? []`, where `hash` is `AliasKey.hash(key)`.
    func facts(_ key: String, hash: UInt64) -> WordFacts {
        let mask = slots.count - 1
        var slot = WordFactTable.slot(hash, mask)
        while true {
            let k = Int(slots[slot])
            if k < 0 { break }
            if hashes[k] == hash, keys[k] == key { return values[k] }
            slot = (slot + 1) & mask
        }
        if asciiMissIsExact, WordFactTable.isASCII(key) { return [] }
        return dictionary[key] ?? []
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
    }

    static func isASCII(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 } } ?? !s.utf8.contains { $0 >= 0x80 }
    }
}
