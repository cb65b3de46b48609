import Foundation
import DocumentModel
import Lexicon
import Tokenizer

/// Reads the claim data files (`Data/cues/…`) and splits phrases into keys.
struct ClaimDataLoader {
    let tokenizer: Tokenizer

    func lines(_ name: String) throws -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data/cues") else {
            throw ClaimDataError.missing(name)
        }
        return try DataFile.lines(at: url)
    }

    func fields(_ name: String, count: Int) throws -> [[String]] {
        try lines(name).map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == count else { throw ClaimDataError.malformed(name, line) }
            return f
        }
    }

    func keys(_ phrase: String) -> [String] { tokenizer.tokenize(phrase).tokens.map(\.key) }

    /// The phrases of a list file, their words interned into `words`.
    func phrases(_ name: String, words: inout Lexicon.Builder) throws -> PhraseMatcher<Bool> {
        var table = PhraseMatcher<Bool>()
        for line in try lines(name) { table.add(keys(line).map { words.intern($0) }, true) }
        return table
    }
}
