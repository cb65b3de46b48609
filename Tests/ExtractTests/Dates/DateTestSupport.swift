import DocumentModel
@testable import Extract
import Testing
import Tokenizer

/// One table row: a sentence, its document date, and every date expected in
/// it as `span=value` (`span=null` for an unresolved one). An empty list
/// means the rule must leave the sentence alone.
struct DateCase: CustomTestStringConvertible, Sendable {
    let text: String
    let date: String?
    let expected: [String]

    init(_ text: String, _ date: String?, _ expected: [String]) {
        self.text = text
        self.date = date
        self.expected = expected
    }

    var testDescription: String { text }
}

enum DateFixture {
    static let tokenizer = try! Tokenizer()
    static let tagger = try! DateTagger()

    /// The tagger's mentions as `span=value`, checking every span against the text.
    static func tag(_ c: DateCase) -> [String] {
        let text = tokenizer.tokenize(c.text)
        return tagger.tag(text, documentDate: c.date.flatMap(DocumentDate.init)).map { m in
            precondition(text.source.slice(m.range) == m.span.text, "span text differs from the source")
            return m.span.text + "=" + (m.value ?? "null")
        }
    }
}
