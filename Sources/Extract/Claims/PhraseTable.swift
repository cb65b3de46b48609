import Foundation
import DocumentModel
import Tokenizer

/// Multi-word phrases keyed by their tokens' folded keys, matched on a token
/// sequence (longest phrase first). Phrases are tokenized by the real
/// tokenizer, so `d'après` and `aux dires d'` split exactly as text does.
struct PhraseTable<Value: Sendable>: Sendable {
    private var byFirst: [String: [(keys: [String], value: Value)]] = [:]

    init() {}

    mutating func add(_ keys: [String], _ value: Value) {
        guard let first = keys.first else { return }
        byFirst[first, default: []].append((keys, value))
        byFirst[first]!.sort { $0.keys.count > $1.keys.count }
    }

    /// The longest phrase starting at token `i` of `keys`: its length and value.
    func match(_ keys: [String], at i: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        guard i >= 0, i < keys.count, let candidates = byFirst[keys[i]] else { return nil }
        let end = limit ?? keys.count
        for c in candidates where i + c.keys.count <= end {
            var ok = true
            for (k, key) in c.keys.enumerated().dropFirst() where keys[i + k] != key { ok = false; break }
            if ok { return (c.keys.count, c.value) }
        }
        return nil
    }

    func contains(_ keys: [String], at i: Int) -> Bool { match(keys, at: i) != nil }
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

    func phrases(_ name: String) throws -> PhraseTable<Bool> {
        var table = PhraseTable<Bool>()
        for line in try lines(name) { table.add(keys(line), true) }
        return table
    }
}
