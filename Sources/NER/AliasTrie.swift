import Lexicon

/// A token trie over alias keys, stored flat so that a million aliases load
/// without a per-alias allocation: edges live in one open-addressing table
/// keyed by `AliasKey.edge(parent, tokenHash)`, and the aliases ending at a
/// node form a chain of records.
///
/// This is the read-only view the matcher walks: pointers into a
/// `GazetteerImage` (a memory-mapped compiled gazetteer, or the same layout
/// built in memory from the TSV files), valid while that image lives — the
/// `Gazetteer` holding the image hands it out. `AliasTrieBuilder` makes one.
struct AliasTrie: @unchecked Sendable {
    /// One alias ending at a trie node.
    struct Record: Sendable {
        /// Index of the entry in the gazetteer.
        let entry: Int32
        /// Bit i set: alias token i starts with a capital (must in text too).
        let capitalMask: UInt64
        let flags: UInt8
        /// Next record at the same node, or -1.
        let next: Int32

        static let allCapsShort: UInt8 = 1
        static let exact: UInt8 = 2

        /// Stored as 16 bytes: capital mask, entry with the flags in its top
        /// two bits, next (see `GazetteerImage`).
        static let byteCount = 16
        static let entryBits: UInt32 = 30
        static let maxEntries = 1 << 30
    }

    let edgeKeys: UnsafeBufferPointer<UInt64>
    let edgeChildren: UnsafeBufferPointer<Int32>
    /// Edge table size minus one (the size is a power of two).
    let mask: Int
    /// First record of each node, or -1.
    let firstRecord: UnsafeBufferPointer<Int32>
    /// `Record.byteCount` bytes per record.
    let records: UnsafeRawBufferPointer
    let recordCount: Int
    /// Exact (`=`) aliases: their record indices ascending, and for each the
    /// range of its token norms in `exactNormRanges` (offset and length pairs
    /// into `strings`).
    let exactRecords: UnsafeBufferPointer<Int32>
    let exactNormStarts: UnsafeBufferPointer<UInt32>
    let exactNormRanges: UnsafeBufferPointer<UInt32>
    let strings: UnsafeBufferPointer<UInt8>
    /// The edges' keys in a filter that fits the near caches: most walks
    /// end at an edge that does not exist (`la` starts aliases, `la
    /// situation` none), and the filter says so without the table's cache
    /// miss. Only for tables up to `filteredEdgeSlots` (the default
    /// gazetteer's); building one reads every edge, which a huge
    /// memory-mapped gazetteer should not do at start-up.
    let edgeFilter: HashFilter?
    static let filteredEdgeSlots = 1 << 20

    init(edgeKeys: UnsafeBufferPointer<UInt64>, edgeChildren: UnsafeBufferPointer<Int32>, mask: Int,
         firstRecord: UnsafeBufferPointer<Int32>, records: UnsafeRawBufferPointer, recordCount: Int,
         exactRecords: UnsafeBufferPointer<Int32>, exactNormStarts: UnsafeBufferPointer<UInt32>,
         exactNormRanges: UnsafeBufferPointer<UInt32>, strings: UnsafeBufferPointer<UInt8>) {
        self.edgeKeys = edgeKeys
        self.edgeChildren = edgeChildren
        self.mask = mask
        self.firstRecord = firstRecord
        self.records = records
        self.recordCount = recordCount
        self.exactRecords = exactRecords
        self.exactNormStarts = exactNormStarts
        self.exactNormRanges = exactNormRanges
        self.strings = strings
        if edgeKeys.count <= AliasTrie.filteredEdgeSlots {
            edgeFilter = HashFilter(edgeKeys, skippingZeros: true)
        } else {
            edgeFilter = nil
        }
    }

    var nodeCount: Int { firstRecord.count }

    /// The child of `node` along a token whose key hashes to `token`.
    @inline(__always)
    func child(_ node: Int32, _ token: UInt64) -> Int32? {
        let key = AliasKey.edge(node, token)
        if let filter = edgeFilter, !filter.mayContain(key) { return nil }
        let keys = edgeKeys.baseAddress.unsafelyUnwrapped
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return edgeChildren[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// First record at `node` (which `child` returned), or -1.
    @inline(__always)
    func firstRecord(at node: Int32) -> Int32 {
        // A damaged compiled file must not read outside the image.
        precondition(UInt(bitPattern: Int(node)) < UInt(firstRecord.count), "compiled gazetteer is corrupt: node \(node)")
        return firstRecord[Int(node)]
    }

    @inline(__always)
    func record(_ index: Int32) -> Record {
        precondition(UInt(bitPattern: Int(index)) < UInt(recordCount), "compiled gazetteer is corrupt: record \(index)")
        let offset = Int(index) &* Record.byteCount
        let mask = records.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        let packed = records.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
        let next = records.loadUnaligned(fromByteOffset: offset + 12, as: Int32.self)
        return Record(entry: Int32(bitPattern: packed & (1 << Record.entryBits - 1)), capitalMask: mask,
                      flags: UInt8(packed >> Record.entryBits), next: next)
    }

    /// Token norms of exact record `index` (nil: not an exact record).
    func exactNorms(_ index: Int32) -> [String]? {
        // Binary search: exact aliases are few and matched rarely.
        var lo = 0, hi = exactRecords.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if exactRecords[mid] < index { lo = mid + 1 } else { hi = mid }
        }
        guard lo < exactRecords.count, exactRecords[lo] == index else { return nil }
        return (Int(exactNormStarts[lo])..<Int(exactNormStarts[lo + 1])).map { k in
            let offset = Int(exactNormRanges[2 * k]), length = Int(exactNormRanges[2 * k + 1])
            return String(decoding: UnsafeBufferPointer(rebasing: strings[offset..<offset + length]), as: UTF8.self)
        }
    }
}

/// Builds the arrays of an `AliasTrie` from alias tokens (at TSV load and
/// `pipeline gazetteer compile`); `GazetteerImage` lays them out.
struct AliasTrieBuilder {
    private(set) var edgeKeys: [UInt64]
    private(set) var edgeChildren: [Int32]
    private var mask: Int
    private(set) var edgeCount = 0
    /// First record of each node (node 0 is the root), or -1.
    private(set) var firstRecord: [Int32] = [-1]
    private(set) var records: [AliasTrie.Record] = []
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
        if allCaps, letters > 0, letters <= 5 { flags |= AliasTrie.Record.allCapsShort }
        if exact { flags |= AliasTrie.Record.exact }
        let index = Int32(records.count)
        records.append(AliasTrie.Record(entry: entry, capitalMask: capitals, flags: flags, next: firstRecord[Int(node)]))
        firstRecord[Int(node)] = index
        if exact { exactNorms[index] = tokens.map { $0.norm ?? "" } }
    }

    private mutating func childOrInsert(_ node: Int32, _ token: UInt64) -> Int32 {
        if edgeCount * 2 >= edgeKeys.count { rehash(capacity: edgeKeys.count * 2) }
        let key = AliasKey.edge(node, token)
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = edgeKeys[slot]
            if k == key { return edgeChildren[slot] }
            if k == 0 { break }
            slot = (slot + 1) & mask
        }
        let new = Int32(firstRecord.count)
        firstRecord.append(-1)
        edgeKeys[slot] = key
        edgeChildren[slot] = new
        edgeCount += 1
        return new
    }

    /// Shrinks the edge table to the smallest power of two that keeps it at
    /// most half full (the load-time size guess may be generous), so that a
    /// compiled file carries no empty megabytes.
    mutating func compact() {
        var capacity = 1024
        while capacity <= edgeCount * 2 { capacity <<= 1 }
        if capacity < edgeKeys.count { rehash(capacity: capacity) }
    }

    private mutating func rehash(capacity: Int) {
        let oldKeys = edgeKeys, oldChildren = edgeChildren
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
