/// The lexicon's word ids by packed key: an open-addressing table (linear
/// probing, at most a quarter full), so a token's look-up is a multiply and
/// usually one comparison. Built once; immutable.
struct PackedWordTable: Sendable {
    private let keys: [PackedKey]
    /// `slots[s]`: the id of the key in slot `s`, `-1` when empty.
    private let slots: [Int32]
    private let shift: UInt64

    /// `entries`: distinct keys with their ids (not negative).
    init(_ entries: [(key: PackedKey, id: Int32)]) {
        var bits: UInt64 = 4
        while (1 << bits) < 4 * entries.count { bits += 1 }
        let size = 1 << Int(bits)
        var keys = [PackedKey](repeating: PackedKey(low: 0, high: 0), count: size)
        var slots = [Int32](repeating: -1, count: size)
        shift = 64 - bits
        for e in entries {
            var s = Int(e.key.mixed >> shift)
            while slots[s] >= 0 { s = (s + 1) & (size - 1) }
            keys[s] = e.key
            slots[s] = e.id
        }
        self.keys = keys
        self.slots = slots
    }

    subscript(key: PackedKey) -> Int32? {
        var s = Int(key.mixed >> shift)
        while slots[s] >= 0 {
            if keys[s] == key { return slots[s] }
            s = (s + 1) & (slots.count - 1)
        }
        return nil
    }
}
