import DocumentModel

/// Dense ids for the distinct token keys of one document (0, 1, 2… in
/// order of first occurrence), so that facts about a key are computed once
/// per key and stored in arrays.
///
/// Built on the keys' `AliasKey` hashes the matcher needs anyway, in an
/// open-addressing table; two keys share an id only when their strings are
/// equal too (a hash collision costs a string comparison, never a merge).
struct KeyIds {
    /// Id of each token's key.
    let ids: [Int32]
    /// For each id, the first token carrying that key.
    let representatives: [Int]

    init(_ tokens: [Token], hashes: [UInt64]) {
        var capacity = 16
        while capacity < tokens.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        var ids = [Int32](repeating: 0, count: tokens.count)
        var representatives: [Int] = []
        for i in tokens.indices {
            let h = hashes[i]
            var slot = Int(truncatingIfNeeded: h ^ (h >> 32)) & mask
            while true {
                let id = slots[slot]
                if id < 0 {
                    slots[slot] = Int32(representatives.count)
                    ids[i] = Int32(representatives.count)
                    representatives.append(i)
                    break
                }
                let r = representatives[Int(id)]
                if hashes[r] == h, tokens[r].key == tokens[i].key {
                    ids[i] = id
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        self.ids = ids
        self.representatives = representatives
    }
}
