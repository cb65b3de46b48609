import DocumentModel
import Foundation
import Testing
import TestSupport
@testable import Review

@Suite struct SpanMarkupTests {
    /// Marks numbered by `data-m`, so each can be found in the output.
    static func marks(_ ranges: [(Int, Int)]) -> [Mark] {
        ranges.enumerated().map { k, r in
            Mark(range: ScalarRange(r.0, r.1), layer: 0, attributes: " class=\"m\" data-m=\"\(k)\"", classes: "m")
        }
    }

    /// Every mark has one element with its attributes; its fragments joined
    /// give exactly its slice; the text of the whole is the text.
    static func check(_ text: String, _ ranges: [(Int, Int)]) {
        let source = SourceText(text)
        let html = SpanMarkup.render(source, marks: marks(ranges), fragmentPrefix: "f")
        let reader = MarkupReader(html)
        #expect(reader.wellFormed, "\(html)")
        // Hidden line breaks sit inside `nlx` elements but stay in the text.
        #expect(String(String.UnicodeScalarView(reader.text)) == text)
        let primaries = reader.elements(with: "data-m")
        #expect(primaries.count == ranges.count)
        for (k, r) in ranges.enumerated() {
            let own = primaries.filter { $0.attributes["data-m"] == String(k) }
            #expect(own.count == 1)
            guard let first = own.first else { continue }
            var pieces = [first]
            if let frag = first.attributes["data-frag"] {
                pieces = reader.elements.filter { $0.attributes["data-frag"] == frag }
                #expect(pieces.count > 1)
                #expect(pieces.dropFirst().allSatisfy { $0.attributes["class"] == "m cont" && $0.attributes["data-m"] == nil })
            }
            #expect(pieces.first?.start == r.0 && pieces.last?.end == r.1)
            #expect(pieces.map { reader.slice($0) }.joined() == source.slice(r.0, r.1), "mark \(k) in \(html)")
        }
    }

    @Test(arguments: [
        // An entity inside a claim's content.
        ("Selon le FLA, l'armée malienne a quitté Kidal.", [(14, 46), (40, 45)]),
        // Inverted cue holding its pronoun source: source inside the cue.
        ("« Nous sommes prêts », a-t-il indiqué à RFI.", [(2, 19), (23, 37), (27, 29)]),
        // Two claims sharing one source: identical ranges, two elements.
        ("Le FLA confirme avoir tourné la vidéo.", [(0, 6), (0, 6), (7, 15), (16, 37)]),
        // A content starting inside an entity: the spans cross.
        ("Le Front de libération de l'Azawad affirme tenir Anefis.", [(3, 34), (12, 55)]),
        // Empty span and adjacent spans.
        ("Bamako, Kidal et Gao.", [(0, 6), (6, 6), (8, 13), (17, 20)]),
    ] as [(String, [(Int, Int)])])
    func nestingAndCrossing(text: String, ranges: [(Int, Int)]) {
        Self.check(text, ranges)
    }

    @Test func crossingSpansAreSplitIntoFragments() {
        let text = "Le Front de libération de l'Azawad affirme tenir Anefis."
        let html = SpanMarkup.render(SourceText(text), marks: Self.marks([(3, 34), (12, 55)]), fragmentPrefix: "f")
        // The entity stays whole; the content is cut where the entity ends.
        #expect(html.contains("data-m=\"0\">Front de "))
        #expect(html.contains("data-frag=\"f1\""))
        #expect(html.components(separatedBy: "data-frag=\"f1\"").count == 3)
    }

    @Test func textIsEscapedAndLongLineBreakRunsHidden() {
        let text = "<script>alert('x')</script> & \"q\"\n\n\n\nSuite."
        let html = SpanMarkup.render(SourceText(text), marks: [], fragmentPrefix: "f")
        #expect(!html.contains("<script"))
        #expect(html.hasPrefix("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;\n\n<span class=\"nlx\">\n\n</span>Suite."))
        // Two line breaks are left alone.
        #expect(SpanMarkup.render(SourceText("a\n\nb"), marks: [], fragmentPrefix: "f") == "a\n\nb")
    }

    @Test func offsetsAreUnicodeScalars() {
        // 𝄞 is one scalar (two UTF-16 units); é precomposed is one scalar.
        let text = "𝄞 Ségou, puis 👍🏽 Gao."
        let ranges = [(2, 7), (17, 20)]
        Self.check(text, ranges)
        let html = SpanMarkup.render(SourceText(text), marks: Self.marks(ranges), fragmentPrefix: "f")
        #expect(html.contains(">Ségou</span>"))
        #expect(html.contains(">Gao</span>"))
    }

    @Test func randomMarksKeepEveryInvariant() {
        var rng = SeededGenerator(seed: 12)
        let alphabet = Array("ab é\n«»<&'\"𝄞".unicodeScalars)
        for _ in 0..<300 {
            let n = Int.random(in: 0...40, using: &rng)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<n { scalars.append(alphabet.randomElement(using: &rng)!) }
            let text = String(scalars)
            let count = Int.random(in: 0...8, using: &rng)
            let ranges: [(Int, Int)] = (0..<count).map { _ in
                let a = Int.random(in: 0...n, using: &rng), b = Int.random(in: 0...n, using: &rng)
                return (min(a, b), max(a, b))
            }
            Self.check(text, ranges)
        }
    }
}
