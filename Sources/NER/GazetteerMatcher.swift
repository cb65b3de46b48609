import DocumentModel

/// A gazetteer alias found in the text: tokens `start..<end` and the entries
/// it may name (ascending entry index = file priority, then file order).
struct GazetteerMatch: Sendable {
    let start: Int
    let end: Int
    let entries: Entries

    /// The entries of a match: nearly always one, kept inline (an array per
    /// match was an allocation at every name of a document); more in an array.
    struct Entries: RandomAccessCollection, Sendable {
        private let single: Int32
        /// All the entries when there are several, else empty.
        private let several: [Int32]

        init(_ entry: Int32) { single = entry; several = [] }
        /// `entries` ascending and distinct, at least one.
        init(sortedUnique entries: [Int32]) {
            single = entries[0]
            several = entries.count > 1 ? entries : []
        }

        var startIndex: Int { 0 }
        var endIndex: Int { several.isEmpty ? 1 : several.count }
        subscript(position: Int) -> Int32 { several.isEmpty ? single : several[position] }
    }
}

/// Longest-match lookup of the gazetteer's aliases over a document's tokens.
struct GazetteerMatcher: Sendable {
    let gazetteer: Gazetteer

    /// Hash of every token's key (computed once per document).
    static func hashes(_ tokens: [Token]) -> [UInt64] {
        tokens.indices.map { AliasKey.hash(tokens[$0].key) }
    }

    /// The longest alias starting at each token whose case rules hold
    /// (gazetteer/README.md), or nothing where none does.
    func matches(_ tokens: [Token], hashes: [UInt64], ignoringCase: Bool = false) -> [GazetteerMatch] {
        var out: [GazetteerMatch] = []
        let trie = gazetteer.trie
        for i in tokens.indices {
            // An alias never starts on punctuation; skipping saves most walks.
            // Elided articles are outside names (README): `L'Union` the town must
            // not hide `Union européenne`.
            if tokens[i].shape.contains(.punctuation) || tokens[i].shape.contains(.elision) { continue }
            // Most tokens start no alias: one edge look-up says so.
            guard trie.child(0, hashes[i]) != nil else { continue }
            if let m = longest(at: i, tokens, hashes, ignoringCase: ignoringCase, limit: nil, in: trie) { out.append(m) }
        }
        return out
    }

    /// The longest valid alias starting at token `i`.
    func longest(at i: Int, _ tokens: [Token], _ hashes: [UInt64], ignoringCase: Bool = false,
                 limit: Int? = nil) -> GazetteerMatch? {
        longest(at: i, tokens, hashes, ignoringCase: ignoringCase, limit: limit, in: gazetteer.trie)
    }

    /// `longest(at:)` in `trie` (the gazetteer's, passed down so that a scan
    /// over a document does not copy it at every start). The walk only notes
    /// the deepest node where an alias holds; its entries are collected once,
    /// at the end (most walks pass nodes with aliases that a longer one beats).
    private func longest(at i: Int, _ tokens: [Token], _ hashes: [UInt64], ignoringCase: Bool, limit: Int?,
                         in trie: AliasTrie) -> GazetteerMatch? {
        var node: Int32 = 0
        var j = i
        let end = limit ?? tokens.count
        var bestNode: Int32 = -1
        var bestEnd = i
        while j < end, let next = trie.child(node, hashes[j]) {
            node = next
            j += 1
            var r = trie.firstRecord(at: node)
            while r >= 0 {
                let record = trie.record(r)
                if ignoringCase || accepts(record, index: r, tokens: tokens, start: i, end: j) {
                    bestNode = node
                    bestEnd = j
                    break
                }
                r = record.next
            }
        }
        guard bestNode >= 0 else { return nil }
        // The accepted records of the best node: one entry, else sorted and made distinct.
        var first: Int32 = -1
        var entries: [Int32] = []
        var r = trie.firstRecord(at: bestNode)
        while r >= 0 {
            let record = trie.record(r)
            if ignoringCase || accepts(record, index: r, tokens: tokens, start: i, end: bestEnd) {
                if first < 0 { first = record.entry } else {
                    if entries.isEmpty { entries.append(first) }
                    entries.append(record.entry)
                }
            }
            r = record.next
        }
        if entries.isEmpty { return GazetteerMatch(start: i, end: bestEnd, entries: .init(first)) }
        entries.sort()
        var unique: [Int32] = []
        for e in entries where unique.last != e { unique.append(e) }
        return GazetteerMatch(start: i, end: bestEnd, entries: .init(sortedUnique: unique))
    }

    /// Case rules of gazetteer/README.md for one alias against tokens `start..<end`.
    @inline(__always)
    func accepts(_ record: AliasTrie.Record, index: Int32, tokens: [Token], start: Int, end: Int) -> Bool {
        if record.flags & AliasTrie.Record.exact != 0 {
            guard let norms = gazetteer.trie.exactNorms(index), norms.count == end - start else { return false }
            for k in 0..<norms.count where tokens[start + k].norm != norms[k] { return false }
            return true
        }
        if record.flags & AliasTrie.Record.allCapsShort != 0 {
            for k in start..<end where tokens[k].shape.contains(.hasLetter) && !tokens[k].shape.contains(.allCaps) {
                return false
            }
        }
        var mask = record.capitalMask
        var k = start
        while mask != 0 {
            if mask & 1 != 0, !tokens[k].shape.contains(.capitalized) { return false }
            mask >>= 1
            k += 1
        }
        return true
    }
}
