import DocumentModel

/// Multi-word phrases as sequences of lexicon ids, matched on a document's
/// `TokenizedText.words` (longest phrase first), forwards at a position or
/// backwards ending before one. Every phrase list of every stage (person
/// titles, place cues, adverbials, hedges, media names…) is one of these.
///
/// Phrases are stored in two word tries, one read from the first word and
/// one from the last, so a match costs one probe per word of the text it
/// walks, however many phrases share a word (hundreds of place cues end in
/// `de`). Edges are one open-addressing table keyed by (node, word id).
public struct PhraseMatcher<Value: Sendable>: Sendable {
    @usableFromInline var values: [Value] = []
    /// Per trie node, the phrases ending there (insertion order: the first
    /// phrase added wins a tie), as indices into `values`.
    @usableFromInline var forwardEnds: [[Int32]] = [[]]
    @usableFromInline var backwardEnds: [[Int32]] = [[]]
    @usableFromInline var forward = EdgeTable()
    @usableFromInline var backward = EdgeTable()
    private var firsts = Set<WordId>(), lasts = Set<WordId>()

    public init() {}

    public var isEmpty: Bool { values.isEmpty }

    /// Adds a phrase (its words' ids, none unknown); an empty one is ignored.
    public mutating func add(_ phrase: [WordId], _ value: Value) {
        guard let first = phrase.first, let last = phrase.last, !phrase.contains(.unknown) else { return }
        let p = Int32(values.count)
        values.append(value)
        var node: Int32 = 0
        for w in phrase { node = forward.childOrInsert(node, w, nodes: &forwardEnds) }
        forwardEnds[Int(node)].append(p)
        node = 0
        for w in phrase.reversed() { node = backward.childOrInsert(node, w, nodes: &backwardEnds) }
        backwardEnds[Int(node)].append(p)
        firsts.insert(first)
        lasts.insert(last)
    }

    /// Ids of the words that open a phrase, and of those that close one (ascending).
    public var firstWords: [WordId] { firsts.sorted() }
    public var lastWords: [WordId] { lasts.sorted() }

    /// The longest phrase starting at `i` in `text` (a document's word ids)
    /// and ending by `limit` that `accept` takes (given its value and start):
    /// its length and value.
    @inlinable
    public func longest(at i: Int, in text: [WordId], limit: Int? = nil,
                        where accept: (Value, Int) -> Bool = { _, _ in true }) -> (length: Int, value: Value)? {
        guard i >= 0, i < text.count else { return nil }
        let end = min(limit ?? text.count, text.count)
        // Walk as far as the text follows the trie, then back up the path
        // (parent links), trying the phrases that end at each node.
        var node: Int32 = 0
        var j = i
        while j < end, let next = forward.child(node, text[j]) {
            node = next
            j += 1
        }
        while node != 0 {
            for p in forwardEnds[Int(node)] where accept(values[Int(p)], i) {
                return (Int(forward.depth[Int(node)]), values[Int(p)])
            }
            node = forward.parent[Int(node)]
        }
        return nil
    }

    /// The longest phrase ending just before `i` and starting at or after `floor`.
    @inlinable
    public func longest(endingBefore i: Int, in text: [WordId], floor: Int = 0,
                        where accept: (Value, Int) -> Bool = { _, _ in true }) -> (length: Int, value: Value)? {
        guard i - 1 >= max(floor, 0), i - 1 < text.count else { return nil }
        var node: Int32 = 0
        var j = i - 1
        while j >= floor, let next = backward.child(node, text[j]) {
            node = next
            j -= 1
        }
        while node != 0 {
            let length = Int(backward.depth[Int(node)])
            for p in backwardEnds[Int(node)] where accept(values[Int(p)], i - length) { return (length, values[Int(p)]) }
            node = backward.parent[Int(node)]
        }
        return nil
    }

    /// Some phrase starts at `i`.
    @inlinable
    public func contains(at i: Int, in text: [WordId]) -> Bool { longest(at: i, in: text) != nil }
}

/// The edges of a word trie: child of (node, word id), in one
/// open-addressing table; node 0 is the root. Each node knows its parent
/// and depth, so a walk can be retraced without keeping its path.
@usableFromInline
struct EdgeTable: Sendable {
    @usableFromInline var keys: [UInt64] = Array(repeating: 0, count: 64)
    @usableFromInline var children: [Int32] = Array(repeating: 0, count: 64)
    @usableFromInline var parent: [Int32] = [0]
    @usableFromInline var depth: [Int32] = [0]
    private var count = 0

    init() {}

    @inlinable @inline(__always)
    static func key(_ node: Int32, _ word: WordId) -> UInt64 {
        // +1: a zero key marks an empty slot.
        (UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))) &+ 1
    }

    @inlinable @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The child of `node` along `word`, if the trie has one.
    @inlinable @inline(__always)
    func child(_ node: Int32, _ word: WordId) -> Int32? {
        guard word >= 0 else { return nil }
        let k = EdgeTable.key(node, word)
        let mask = keys.count - 1
        var s = EdgeTable.slot(k, mask)
        while true {
            let stored = keys[s]
            if stored == k { return children[s] }
            if stored == 0 { return nil }
            s = (s + 1) & mask
        }
    }

    /// The child of `node` along `word`, made (with an empty end list in `nodes`) if new.
    mutating func childOrInsert(_ node: Int32, _ word: WordId, nodes: inout [[Int32]]) -> Int32 {
        if let c = child(node, word) { return c }
        if (count + 1) * 2 > keys.count { grow() }
        let new = Int32(parent.count)
        parent.append(node)
        depth.append(depth[Int(node)] + 1)
        nodes.append([])
        let k = EdgeTable.key(node, word)
        var s = EdgeTable.slot(k, keys.count - 1)
        while keys[s] != 0 { s = (s + 1) & (keys.count - 1) }
        keys[s] = k
        children[s] = new
        count += 1
        return new
    }

    private mutating func grow() {
        let oldKeys = keys, oldChildren = children
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        children = Array(repeating: 0, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (n, k) in oldKeys.enumerated() where k != 0 {
            var s = EdgeTable.slot(k, mask)
            while keys[s] != 0 { s = (s + 1) & mask }
            keys[s] = k
            children[s] = oldChildren[n]
        }
    }
}
