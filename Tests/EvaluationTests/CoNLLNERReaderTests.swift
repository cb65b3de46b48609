import DocumentModel
import Testing
@testable import Evaluation

@Suite struct CoNLLNERReaderTests {
    func entities(_ doc: EvalDocument) -> [String] {
        doc.entities.map { "\($0.type.rawValue) \($0.span.text)" }
    }

    @Test func iob2() throws {
        let file = """
            Le O
            Front B-ORG
            de I-ORG
            libération I-ORG
            tient O
            Kidal B-LOC
            Tessalit B-LOC

            Assimi B-PER
            Goïta I-PER
            """
        let r = try CoNLLNERReader(file: "a.conll").read(file)
        #expect(!r.isIOB1)
        #expect(r.documents.count == 2) // no -DOCSTART-: one document per sentence
        #expect(r.documents[0].text == "Le Front de libération tient Kidal Tessalit")
        #expect(entities(r.documents[0]) == ["ORG Front de libération", "LOC Kidal", "LOC Tessalit"])
        #expect(entities(r.documents[1]) == ["PER Assimi Goïta"])
    }

    /// conlleval's trap: in IOB1 an I- tag after O or after another type opens
    /// an entity, and B- only splits two adjacent entities of one type.
    static let iob1 = """
        -DOCSTART- -X- O O

        Le O
        Front I-ORG
        de I-ORG
        libération I-ORG
        tient O
        Kidal I-LOC
        Tessalit B-LOC
        près I-PER
        Gao I-LOC

        Fin O
        """

    @Test func iob1() throws {
        let r = try CoNLLNERReader(file: "b.iob").read(CoNLLNERReaderTests.iob1)
        #expect(r.isIOB1)
        #expect(r.documents.count == 1)
        #expect(r.documents[0].text == "Le Front de libération tient Kidal Tessalit près Gao\nFin")
        #expect(entities(r.documents[0]) == ["ORG Front de libération", "LOC Kidal", "LOC Tessalit", "PER près", "LOC Gao"])
        // Declared IOB1, the same reading.
        #expect(try entities(CoNLLNERReader(file: "b.iob", scheme: .iob1).read(CoNLLNERReaderTests.iob1).documents[0])
                == entities(r.documents[0]))
    }

    @Test func iob1DeclaredAsIOB2IsAnErrorAtTheLine() {
        #expect {
            _ = try CoNLLNERReader(file: "b.iob", scheme: .iob2).read(CoNLLNERReaderTests.iob1)
        } throws: { error in
            (error as? GoldReadError)?.description.hasPrefix("b.iob:4: I-ORG does not continue an entity") ?? false
        }
    }

    @Test func aliasesAndUnknownTypes() throws {
        let file = "Jean\tB-PERS\nDupont\tI-PERS\nà\tO\nParis\tB-Location\nle\tO\n1er\tB-DATE\nmai\tI-DATE\n"
        let r = try CoNLLNERReader(file: "c.tsv").read(file)
        #expect(entities(r.documents[0]) == ["PER Jean Dupont", "LOC Paris"])
        #expect(r.warnings == ["c.tsv: 1 entities of unknown type \"DATE\" skipped"])
    }

    @Test(arguments: [
        ("Le O\nFront\n", 2, "expected a token and a tag"),
        ("Le O\nFront S-ORG\n", 2, "is not O, B-TYPE or I-TYPE"),
        ("Le O\nFront B-\n", 2, "is not O, B-TYPE or I-TYPE"),
    ])
    func malformed(_ content: String, _ line: Int, _ words: String) {
        #expect {
            _ = try CoNLLNERReader(file: "m.conll").read(content)
        } throws: { error in
            guard let e = error as? GoldReadError else { return false }
            return e.line == line && e.description.hasPrefix("m.conll:\(line): ") && e.message.contains(words)
        }
    }
}
