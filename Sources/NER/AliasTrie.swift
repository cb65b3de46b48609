/// A token trie over alias keys, stored flat so that a million aliases load
/// without a per-alias allocation: edges live in one open-addressing table
/// keyed by `AliasKey.edge(parent, tokenHash)`, and the aliases ending at a
/// node form a chain through `aliases[...].next`.
struct AliasTrie: Sendable {
    /// One alias ending at a trie node.
    struct Record: Sendable {
        /// Index of the entry in `Gazetteer.entries`.
        let entry: Int32
        /// Bit i set: alias token i starts with a capital (must in text too).
        let capitalMask: UInt64
        let flags: UInt8
        /// Next record at the same node, or -1.
        var next: Int32

        static let allCapsShort: UInt8 = 1
        static let exact: UInt8 = 2
    }

    private(set) var edgeKeys: [UInt64]
    private(set) var edgeChildren: [Int32]
    private var mask: Int
    private var edgeCount = 0
    private(set) var nodeCount: Int32 = 1 // node 0 is the root
    /// First record of each node, or -1.
    private(set) var firstRecord: [Int32] = [-1]
    private(set) var records: [Record] = []
    /// Token norms of exact (`=`) aliases, by record index.
    private(set) var exactNorms: [Int32: [String]] = [:]

    init(expectedTokens: Int) {
        var capacity = 1024
        while capacity < expectedTokens * 2 { capacity <<= 1 }
        edgeKeys = [UInt64](repeating: 0, count: capacity)
        edgeChildren = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        firstRecord.reserveCapacity(expectedTokens + 1)
    }

    /// The child of `node` along a token whose key hashes to `token`.
    @inline(__always)
    func child(_ node: Int32, _ token: UInt64) -> Int32? {
        let key = AliasKey.edge(node, token)
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = edgeKeys[slot]
            if k == key { return edgeChildren[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    mutating func insert(_ tokens: [AliasToken], entry: Int32, exact: Bool) {
        guard !tokens.isEmpty, tokens.count <= 64 else { return }
        var node: Int32 = 0
        var capitals: UInt64 = 0
        var letters = 0
        var allCaps = true
        for (i, t) in tokens.enumerated() {
            node = childOrInsert(node, t.hash)
            if t.capitalized { capitals |= 1 << UInt64(i) }
            letters += t.letters
            if t.letters > 0, !t.allCaps { allCaps = false }
        }
        var flags: UInt8 = 0
        if allCaps, letters > 0, letters <= 5 { flags |= Record.allCapsShort }
        if exact { flags |= Record.exact }
        let index = Int32(records.count)
        records.append(Record(entry: entry, capitalMask: capitals, flags: flags, next: firstRecord[Int(node)]))
        firstRecord[Int(node)] = index
        if exact { exactNorms[index] = tokens.map { $0.norm ?? "" } }
    }

    private mutating func childOrInsert(_ node: Int32, _ token: UInt64) -> Int32 {
        if edgeCount * 2 >= edgeKeys.count { grow() }
        let key = AliasKey.edge(node, token)
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = edgeKeys[slot]
            if k == key { return edgeChildren[slot] }
            if k == 0 { break }
            slot = (slot + 1) & mask
        }
        let new = nodeCount
        nodeCount += 1
        firstRecord.append(-1)
        edgeKeys[slot] = key
        edgeChildren[slot] = new
        edgeCount += 1
        return new
    }

    private mutating func grow() {
        let oldKeys = edgeKeys, oldChildren = edgeChildren
        let capacity = oldKeys.count * 2
        edgeKeys = [UInt64](repeating: 0, count: capacity)
        edgeChildren = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        for i in oldKeys.indices where oldKeys[i] != 0 {
            var slot = Int(truncatingIfNeeded: oldKeys[i]) & mask
            while edgeKeys[slot] != 0 { slot = (slot + 1) & mask }
            edgeKeys[slot] = oldKeys[i]
            edgeChildren[slot] = oldChildren[i]
        }
    }
}
