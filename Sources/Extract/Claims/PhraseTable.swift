import Foundation
import DocumentModel
import Tokenizer

/// Multi-word phrases keyed by their tokens' folded keys, matched on a token
/// sequence (longest phrase first). Phrases are tokenized by the real
/// tokenizer, so `d'après` and `aux dires d'` split exactly as text does.
/// Words are stored as vocabulary ids and matched on a document's token ids;
/// the phrases starting with each id are found by array index, not hashing.
struct PhraseTable<Value: Sendable>: Sendable {
    private typealias Phrase = (ids: [Int32], value: Value)
    /// Phrases grouped by first word, longest first.
    private var groups: [[Phrase]] = []
    private var groupOfFirst: [Int32: Int] = [:]
    /// Vocabulary id → index in `groups`, or -1 (filled by `index`).
    private var groupByID: [Int32] = []

    init() {}

    mutating func add(_ keys: [String], _ value: Value, vocabulary: inout Vocabulary) {
        guard !keys.isEmpty else { return }
        let ids = keys.map { vocabulary.add($0) }
        let g: Int
        if let existing = groupOfFirst[ids[0]] {
            g = existing
        } else {
            g = groups.count
            groups.append([])
            groupOfFirst[ids[0]] = g
        }
        groups[g].append((ids, value))
        groups[g].sort { $0.ids.count > $1.ids.count }
    }

    /// Builds the id → group array once the vocabulary is complete.
    mutating func index(vocabularySize: Int) {
        groupByID = [Int32](repeating: -1, count: vocabularySize)
        for (id, g) in groupOfFirst { groupByID[Int(id)] = Int32(g) }
    }

    /// Vocabulary ids of the first words of the phrases.
    var firstWords: [Int32] { Array(groupOfFirst.keys) }

    /// The longest phrase starting at token `i` of `ids`: its length and value.
    func match(_ ids: [Int32], at i: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        guard i >= 0, i < ids.count, ids[i] >= 0 else { return nil }
        let g = Int(groupByID[Int(ids[i])])
        guard g >= 0 else { return nil }
        let end = limit ?? ids.count
        for c in groups[g] where i + c.ids.count <= end {
            var ok = true
            for k in 1..<c.ids.count where ids[i + k] != c.ids[k] { ok = false; break }
            if ok { return (c.ids.count, c.value) }
        }
        return nil
    }

    func contains(_ ids: [Int32], at i: Int) -> Bool { match(ids, at: i) != nil }
}

/// Reads the claim data files (`Data/cues/…`) and splits phrases into keys.
struct ClaimDataLoader {
    let tokenizer: Tokenizer

    func lines(_ name: String) throws -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data/cues") else {
            throw ClaimDataError.missing(name)
        }
        return try DataFile.lines(of: String(contentsOf: url, encoding: .utf8))
    }

    func fields(_ name: String, count: Int) throws -> [[String]] {
        try lines(name).map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == count else { throw ClaimDataError.malformed(name, line) }
            return f
        }
    }

    func keys(_ phrase: String) -> [String] { tokenizer.tokenize(phrase).tokens.map(\.key) }

    func phrases(_ name: String, vocabulary: inout Vocabulary) throws -> PhraseTable<Bool> {
        var table = PhraseTable<Bool>()
        for line in try lines(name) { table.add(keys(line), true, vocabulary: &vocabulary) }
        return table
    }
}
