import DocumentModel
import Foundation
import Testing
import TestSupport
@testable import Tokenizer

/// For any text: every token's `text` is exactly the original scalars at its
/// offsets; tokens are in order and never overlap; every code point outside
/// tokens is white space; sentences are made of whole tokens.
@Suite struct OffsetPropertyTests {
    static let pieces: [String] = [
        "a", "é", "e\u{0301}", "L", "l'", "’", "'", "-", "‐", ".", ",", "…", "«", "»", " ", " ", "\u{00A0}", "\u{202F}",
        "\u{2009}", "\n", "\r\n", "\t", "0", "12", "1.500", "2 000", "@", "#", "http://x.fr/a", "www.", "👍🏽", "👨‍👩‍👧",
        "🇲🇱", "\u{200D}", "\u{00AD}", "\u{200B}", "\u{FEFF}", "中文", "العربية", "Ⅻ", "½", "²", "Ａ", "(", ")", "[", "]",
        "?", "!", "\"", "/", "_", "%", "°", "t-il", "-t-", "M.", "S.A.", "J.-C.", "aujourd'hui", "Kidal", "dit-il",
        "\u{0301}", "\u{FE0F}", "x@y.z", "—", "–", ";", ":", "\u{2028}", "\u{0007}", "\u{E000}", "𝔸", "ǅ",
    ]

    func check(_ text: String) {
        let result = sharedTokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for token in result.tokens {
            #expect(token.start >= previousEnd, "overlap at \(token.start) in \(text.debugDescription)")
            #expect(token.start < token.end)
            let original = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
            #expect(original == token.text, "offsets \(token.range) in \(text.debugDescription)")
            for p in previousEnd..<token.start {
                let c = scalars[p]
                let isSpace = c.properties.isWhitespace || [0x200B, 0x2060, 0xFEFF].contains(c.value)
                #expect(isSpace, "uncovered U+\(String(c.value, radix: 16)) at \(p) in \(text.debugDescription)")
            }
            previousEnd = token.end
        }
        for p in previousEnd..<scalars.count {
            let c = scalars[p]
            #expect(c.properties.isWhitespace || [0x200B, 0x2060, 0xFEFF].contains(c.value))
        }
        var nextToken = 0
        for s in result.sentences {
            #expect(s.tokens.lowerBound == nextToken)
            #expect(s.range.start == result.tokens[s.tokens.lowerBound].start)
            #expect(s.range.end == result.tokens[s.tokens.upperBound - 1].end)
            nextToken = s.tokens.upperBound
        }
        #expect(nextToken == result.tokens.count)
    }

    @Test func randomTexts() {
        var rng = SeededGenerator(seed: 20261121)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...24, using: &rng)
            check((0..<length).map { _ in OffsetPropertyTests.pieces.randomElement(using: &rng)! }.joined())
        }
    }

    @Test func seedArticles() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }
        #expect(files.count == 5)
        for f in files { check(try String(contentsOf: seeds.appendingPathComponent(f), encoding: .utf8)) }
    }

    @Test func universalDependenciesSentences() throws {
        let ud = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/gold/ud").standardized
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: ud.path) else {
            print("skipped: ../shared/gold/ud not present")
            return
        }
        for f in files where f.hasSuffix(".conllu") {
            let content = try String(contentsOf: ud.appendingPathComponent(f), encoding: .utf8)
            for line in content.split(separator: "\n") where line.hasPrefix("# text = ") { check(String(line.dropFirst(9))) }
        }
    }
}
