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

    /// Checks that `e.text` gives a claim with cue, source and content as
    /// expected, and that every span's offsets cut its text from the sentence.
    static func expect(_ e: ExpectedClaim) {
        let all = claims(e.text)
        let withCue = all.filter { $0.cue?.text == e.cue }
        #expect(!withCue.isEmpty, "no claim with cue \(e.cue); got \(all.map { ($0.cue?.text ?? "-", $0.content.text) })")
        guard !withCue.isEmpty else { return }
        let found = withCue.first { $0.content.text == e.content } ?? withCue[0]
        #expect(found.source?.span.text == e.source)
        #expect(found.content.text == e.content, "contents: \(withCue.map(\.content.text))")
        let scalars = Array(e.text.unicodeScalars)
        for span in [found.content, found.cue!] + (found.source.map { [$0.span] } ?? []) {
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text)
        }
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
