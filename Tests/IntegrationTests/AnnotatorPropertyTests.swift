import Annotator
import DocumentModel
import Testing
import TestSupport

/// Whatever the text, every stage returns spans that are exactly the
/// original text at their offsets, and nothing crashes: random texts built
/// from pieces that trigger every rule family, plus Unicode edge cases.
@Suite struct AnnotatorPropertyTests {
    static let annotator = try! Annotator(configuration: AnnotatorConfiguration(includeTokens: true))

    static let pieces: [String] = [
        "Selon", "selon", "le FLA", "Le JNIM", "a déclaré", "a-t-il déclaré", "affirme", "dément", "que", "qu'",
        "« ", " »", "«", "»", "\"", ", ", ". ", "? ", " : ", "\n", "\n\n", "Kidal", "l'Azawad", "d'Anefis",
        "le 12 mars", "mardi", "hier", "la semaine dernière", "2024", "1.500", "fin juillet", "mi-juin",
        "M. ", "Assimi Goïta", "Ag", "Ould", "général", "une source sécuritaire", "il", "elle", "auraient été tués",
        "sans fournir de preuves", "n'a rien à voir", "Front de libération de l'Azawad (FLA)", "(", ")", "–", "…",
        "👍🏽", "e\u{0301}", "\u{202F}", "\u{00A0}", "\u{200B}", "\r\n", "中文", "ﬁ", "Ａ", "\u{0301}", " ", " ",
        "https://rfi.fr/a", "@RFI", "#Mali", "J.-C.", "etc.", "c.-à-d.", "Ⅻe siècle", "Mars", "2000 soldats",
    ]

    func expectExact(_ span: TextSpan, in scalars: [Unicode.Scalar], _ what: String, _ text: String) {
        let ok = span.start >= 0 && span.start <= span.end && span.end <= scalars.count
            && String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text
        #expect(ok, "\(what) \(span.range) in \(text.debugDescription)")
    }

    @Test func everySpanOfEveryStageIsExact() {
        var rng = SeededGenerator(seed: 5_112_026)
        for round in 0..<400 {
            let text = (0..<Int.random(in: 0...40, using: &rng)).map { _ in
                AnnotatorPropertyTests.pieces.randomElement(using: &rng)! + (Bool.random(using: &rng) ? " " : "")
            }.joined()
            let date: String? = round % 3 == 0 ? nil : "2025-0\(round % 9 + 1)-1\(round % 9)"
            let doc = AnnotatorPropertyTests.annotator.annotate(Document(id: "p\(round)", date: date, text: text))
            let scalars = Array(text.unicodeScalars)
            for e in doc.entities { expectExact(e.span, in: scalars, "entity", text) }
            for d in doc.dates { expectExact(d.span, in: scalars, "date", text) }
            for c in doc.claims {
                expectExact(c.content, in: scalars, "content", text)
                if let cue = c.cue { expectExact(cue, in: scalars, "cue", text) }
                if let s = c.source {
                    expectExact(s.span, in: scalars, "source", text)
                    if let r = s.resolved { expectExact(r, in: scalars, "resolved", text) }
                }
            }
            for (a, b) in zip(doc.entities, doc.entities.dropFirst()) {
                #expect(a.range.end <= b.range.start, "entities overlap in \(text.debugDescription)")
            }
        }
    }
}
