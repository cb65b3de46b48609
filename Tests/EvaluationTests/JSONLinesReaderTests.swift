import DocumentModel
import Foundation
import Testing
@testable import Evaluation

@Suite struct JSONLinesReaderTests {
    func read(_ s: String) throws -> [EvalDocument] { try JSONLinesReader(file: "g.jsonl").read(Array(s.utf8)) }

    @Test func layersTokensAndBlankLines() throws {
        let s = """
            {"id":"a","text":"Le FLA tient Kidal.","entities":[{"start":3,"end":6,"text":"FLA","type":"ORG"}],"tokens":[{"start":0,"end":2},{"start":3,"end":6}],"sentences":[{"start":0,"end":19}]}

            {"id":"b","text":"Hier.","dates":[{"start":0,"end":4,"text":"Hier","value":null}]}
            """
        let docs = try read(s)
        #expect(docs.map(\.id) == ["a", "b"])
        #expect(docs[0].tokens == [ScalarRange(0, 2), ScalarRange(3, 6)])
        #expect(docs[1].dates.first?.value == nil)
        #expect(docs[1].tokens == nil)
        #expect(GoldSet.layersWithContent(docs) == [.entities, .dates, .tokens, .sentences])
    }

    @Test(arguments: [
        ("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":", 2, "invalid JSON"),
        ("{\"id\":\"a\",\"text\":\"Le FLA\",\"entities\":[{\"start\":3,\"end\":6,\"text\":\"FLa\",\"type\":\"ORG\"}]}", 1, "text \"FLa\" but the document has \"FLA\""),
        ("{\"id\":\"a\",\"text\":\"Le FLA\",\"entities\":[{\"start\":3,\"end\":6,\"type\":\"GROUP\"}]}", 1, "entity type must be one of"),
        ("{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":\"a\",\"text\":\"y\"}", 3, "duplicate document id"),
        ("{\"id\":\"a\",\"text\":\"xy\",\"tokens\":[{\"start\":0,\"end\":3}]}", 1, "tokens[0]"),
    ])
    func malformed(_ content: String, _ line: Int, _ words: String) {
        #expect {
            _ = try read(content)
        } throws: { error in
            guard let e = error as? GoldReadError else { return false }
            return e.description.hasPrefix("g.jsonl:\(line): ") && e.message.contains(words)
        }
    }

    @Test func predictionWithoutTextIsReadAgainstTheGoldText() throws {
        var reader = JSONLinesReader(file: "p.jsonl")
        reader.textFor = { $0 == "a" ? "Le FLA tient Kidal." : nil }
        let docs = try reader.read(Array("{\"id\":\"a\",\"entities\":[{\"start\":13,\"end\":18,\"type\":\"LOC\"}]}\n{\"id\":\"zz\"}".utf8))
        #expect(docs[0].entities.first?.span.text == "Kidal")
        #expect(!docs[0].hasText)
        #expect(docs[1].id == "zz")
    }
}

@Suite struct GoldFormatTests {
    @Test(arguments: [
        ("seeds.jsonl", "", GoldFormat.jsonl),
        ("fr_gsd-ud-dev.conllu", "", .conllu),
        ("wikiner.conll", "", .conll),
        ("x.iob1", "", .iob1),
        ("x.iob2", "", .iob2),
        ("gold.txt", "{\"id\":\"a\",\"text\":\"x\"}\n", .jsonl),
        ("gold.txt", "# sent_id = 1\n# text = a\n1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", .conllu),
        ("gold.txt", "Le O\nFLA B-ORG\n\nKidal B-LOC\n", .conll),
    ])
    func detection(_ name: String, _ head: String, _ expected: GoldFormat) {
        #expect(GoldFormat.detect(path: name, isDirectory: false, head: Array(head.utf8)) == expected)
    }

    @Test func unknownContent() {
        #expect(GoldFormat.detect(path: "notes.txt", isDirectory: false, head: Array("Just some prose here.\n".utf8)) == nil)
    }
}
