import DocumentModel
@testable import Extract
import Tokenizer

/// Shared tokenizer and extractor for the claim tests.
enum ClaimTestSupport {
    static let tokenizer = try! Tokenizer()
    static let extractor = try! ClaimExtractor()

    static func claims(_ text: String, entities: [Entity] = [], dates: [DateMention] = []) -> [Claim] {
        extractor.extract(tokenizer.tokenize(text), entities: entities, dates: dates)
    }

    /// The claim whose cue text is `cue` (first one), if any.
    static func claim(_ text: String, cue: String) -> Claim? {
        claims(text).first { $0.cue?.text == cue }
    }
}

/// One expected claim: cue, source and content as written in the sentence.
struct ExpectedClaim: Sendable, CustomTestStringConvertible {
    let text: String
    let cue: String
    let source: String
    let content: String
    var testDescription: String { "\(cue): \(text.prefix(60))" }
}

import Testing
