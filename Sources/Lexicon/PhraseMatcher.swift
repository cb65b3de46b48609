import DocumentModel

/// Multi-word phrases as sequences of lexicon ids, matched on a document's
/// `TokenizedText.words` (longest phrase first), forwards at a position or
/// backwards ending before one. Every phrase list of every stage (person
/// titles, place cues, adverbials, hedges, media names…) is one of these.
///
/// Phrases are grouped by first and by last word in arrays indexed by word
/// id, so finding the candidates at a token is an array read, not a hash;
/// their words lie end to end in one array, so matching copies nothing.
public struct PhraseMatcher<Value: Sendable>: Sendable {
    /// Every phrase's words, end to end; phrase p is `words[start[p] ..< start[p] + length[p]]`.
    @usableFromInline var words: [WordId] = []
    @usableFromInline var start: [Int32] = []
    @usableFromInline var length: [Int32] = []
    @usableFromInline var values: [Value] = []
    /// Phrase indices of each candidate group, longest first (insertion order
    /// among equals: the first phrase added wins a tie).
    @usableFromInline var groups: [[Int32]] = []
    /// Word id → index in `groups` of the phrases starting / ending with it, or -1.
    @usableFromInline var firstGroup: [Int32] = []
    @usableFromInline var lastGroup: [Int32] = []

    public init() {}

    public var isEmpty: Bool { values.isEmpty }

    /// Adds a phrase (its words' ids, none unknown); an empty one is ignored.
    public mutating func add(_ phrase: [WordId], _ value: Value) {
        guard let first = phrase.first, let last = phrase.last, !phrase.contains(.unknown) else { return }
        let p = Int32(values.count)
        start.append(Int32(words.count))
        length.append(Int32(phrase.count))
        words.append(contentsOf: phrase)
        values.append(value)
        PhraseMatcher.insert(p, length: length, into: &firstGroup, at: first, groups: &groups)
        PhraseMatcher.insert(p, length: length, into: &lastGroup, at: last, groups: &groups)
    }

    private static func insert(_ p: Int32, length: [Int32], into index: inout [Int32], at id: WordId,
                               groups: inout [[Int32]]) {
        if Int(id) >= index.count { index.append(contentsOf: repeatElement(-1, count: Int(id) - index.count + 1)) }
        var g = Int(index[Int(id)])
        if g < 0 {
            g = groups.count
            groups.append([])
            index[Int(id)] = Int32(g)
        }
        let n = length[Int(p)]
        let position = groups[g].firstIndex { length[Int($0)] < n } ?? groups[g].count
        groups[g].insert(p, at: position)
    }

    /// Ids of the words that open a phrase, and of those that close one.
    public var firstWords: [WordId] { firstGroup.indices.filter { firstGroup[$0] >= 0 }.map { WordId($0) } }
    public var lastWords: [WordId] { lastGroup.indices.filter { lastGroup[$0] >= 0 }.map { WordId($0) } }

    /// The longest phrase starting at `i` in `text` (a document's word ids)
    /// and ending by `limit` that `accept` takes (given its value and start):
    /// its length and value.
    @inlinable
    public func longest(at i: Int, in text: [WordId], limit: Int? = nil,
                        where accept: (Value, Int) -> Bool = { _, _ in true }) -> (length: Int, value: Value)? {
        guard i >= 0, i < text.count else { return nil }
        let id = Int(text[i])
        guard id >= 0, id < firstGroup.count, firstGroup[id] >= 0 else { return nil }
        let end = min(limit ?? text.count, text.count)
        for p in groups[Int(firstGroup[id])] {
            let n = Int(length[Int(p)]), s = Int(start[Int(p)])
            guard i + n <= end else { continue }
            var same = true
            var k = 1
            while k < n {
                if text[i + k] != words[s + k] { same = false; break }
                k += 1
            }
            if same, accept(values[Int(p)], i) { return (n, values[Int(p)]) }
        }
        return nil
    }

    /// The longest phrase ending just before `i` and starting at or after `floor`.
    @inlinable
    public func longest(endingBefore i: Int, in text: [WordId], floor: Int = 0,
                        where accept: (Value, Int) -> Bool = { _, _ in true }) -> (length: Int, value: Value)? {
        guard i - 1 >= max(floor, 0), i - 1 < text.count else { return nil }
        let id = Int(text[i - 1])
        guard id >= 0, id < lastGroup.count, lastGroup[id] >= 0 else { return nil }
        for p in groups[Int(lastGroup[id])] {
            let n = Int(length[Int(p)]), s = Int(start[Int(p)])
            let first = i - n
            guard first >= floor else { continue }
            var same = true
            var k = 0
            while k < n - 1 {
                if text[first + k] != words[s + k] { same = false; break }
                k += 1
            }
            if same, accept(values[Int(p)], first) { return (n, values[Int(p)]) }
        }
        return nil
    }

    /// Some phrase starts at `i`.
    @inlinable
    public func contains(at i: Int, in text: [WordId]) -> Bool { longest(at: i, in: text) != nil }
}
