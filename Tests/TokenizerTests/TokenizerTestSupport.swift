import DocumentModel
@testable import Tokenizer

/// One tokenizer for all tests (loading its data once).
let sharedTokenizer: Tokenizer = try! Tokenizer()

/// Surface tokens of `text`, as written.
func surface(_ text: String) -> [String] {
    sharedTokenizer.tokenize(text).tokens.map(\.text)
}

/// Sentences of `text`, as written.
func sentences(_ text: String) -> [String] {
    let t = sharedTokenizer.tokenize(text)
    return t.sentences.map { t.source.slice($0.range) }
}
