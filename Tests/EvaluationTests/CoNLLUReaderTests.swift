import DocumentModel
import Testing
@testable import Evaluation

@Suite struct CoNLLUReaderTests {
    static func row(_ id: String, _ form: String, _ misc: String = "_") -> String {
        "\(id)\t\(form)\t_\t_\t_\t_\t_\t_\t_\t\(misc)"
    }

    /// Sequoia-style: a multiword token `du` over `de` `le`, no SpaceAfter, text from `# text`.
    static let sequoia = """
        # sent_id = annodis.er_00012
        # text = Le maire du village a parlé.
        \(row("1", "Le"))
        \(row("2", "maire"))
        \(row("3-4", "du"))
        \(row("3", "de"))
        \(row("4", "le"))
        \(row("5", "village"))
        \(row("6", "a"))
        \(row("7", "parlé"))
        \(row("8", "."))

        # sent_id = annodis.er_00014
        # text = Fin.
        \(row("1", "Fin"))
        \(row("2", "."))

        # sent_id = annodis.er_00013
        # text = Il a dit « non ».
        \(row("1", "Il"))
        \(row("2", "a"))
        \(row("3", "dit"))
        \(row("4", "«"))
        \(row("5", "non"))
        \(row("5.1", "elided"))
        \(row("6", "»"))
        \(row("7", "."))

        # sent_id = emea-fr-dev_00013
        # text = Autre source.
        \(row("1", "Autre"))
        \(row("2", "source"))
        \(row("3", "."))

        """

    @Test func multiwordTokensCountOnceAndConsecutiveSentencesJoin() throws {
        let docs = try CoNLLUReader(file: "t.conllu").read(CoNLLUReaderTests.sequoia)
        #expect(docs.map(\.id) == ["annodis.er_00012..00014", "emea-fr-dev_00013"])
        let doc = docs[0]
        // Numbers 12, 13, 14 of one source, put back in order, joined by one space.
        #expect(doc.text == "Le maire du village a parlé. Il a dit « non ». Fin.")
        let source = SourceText(doc.text)
        #expect(doc.tokens!.map { source.slice($0) } == ["Le", "maire", "du", "village", "a", "parlé", ".",
                                                          "Il", "a", "dit", "«", "non", "»", ".", "Fin", "."])
        #expect(doc.sentences!.map { source.slice($0) } == ["Le maire du village a parlé.", "Il a dit « non ».", "Fin."])
    }

    @Test func splitNumberedIdsAreOneSentencePerDocument() throws {
        let gsd = """
            # sent_id = fr-ud-dev_00001
            # text = Une phrase.
            \(CoNLLUReaderTests.row("1", "Une"))
            \(CoNLLUReaderTests.row("2", "phrase", "SpaceAfter=No"))
            \(CoNLLUReaderTests.row("3", "."))

            # sent_id = fr-ud-dev_00002
            # text = Une autre.
            \(CoNLLUReaderTests.row("1", "Une"))
            \(CoNLLUReaderTests.row("2", "autre", "SpaceAfter=No"))
            \(CoNLLUReaderTests.row("3", "."))

            """
        #expect(try CoNLLUReader(file: "gsd.conllu").read(gsd).map(\.text) == ["Une phrase.", "Une autre."])
        // Forced grouping joins them.
        #expect(try CoNLLUReader(file: "gsd.conllu", grouping: .consecutive).read(gsd).map(\.text) == ["Une phrase. Une autre."])
        #expect(CoNLLUReader.isSplitNumbered("fr-ud-dev"))
        #expect(!CoNLLUReader.isSplitNumbered("emea-fr-dev"))
    }

    @Test func textRebuiltFromSpaceAfterWhenMissing() throws {
        let s = """
            \(CoNLLUReaderTests.row("1", "L'", "SpaceAfter=No"))
            \(CoNLLUReaderTests.row("2", "armée"))
            \(CoNLLUReaderTests.row("3", "tire", "SpaceAfter=No"))
            \(CoNLLUReaderTests.row("4", "."))

            """
        let docs = try CoNLLUReader(file: "x.conllu").read(s)
        #expect(docs.map(\.text) == ["L'armée tire."])
        #expect(docs[0].tokens == [ScalarRange(0, 2), ScalarRange(2, 7), ScalarRange(8, 12), ScalarRange(12, 13)])
        #expect(docs[0].id == "x.conllu:1")
    }

    @Test func newdocMarksDocuments() throws {
        let s = """
            # newdoc id = a
            # sent_id = s1
            # text = Un.
            \(CoNLLUReaderTests.row("1", "Un"))
            \(CoNLLUReaderTests.row("2", "."))

            # sent_id = s2
            # text = Deux.
            \(CoNLLUReaderTests.row("1", "Deux"))
            \(CoNLLUReaderTests.row("2", "."))

            # newdoc id = b
            # sent_id = s3
            # text = Trois.
            \(CoNLLUReaderTests.row("1", "Trois"))
            \(CoNLLUReaderTests.row("2", "."))

            """
        #expect(try CoNLLUReader(file: "n.conllu").read(s).map(\.text) == ["Un. Deux.", "Trois."])
    }

    @Test(arguments: [
        // (file content, line of the error, words of the message)
        ("# text = Le chat.\n\(row("1", "Le"))\n1\tchat\n", 3, "10 tab-separated columns"),
        ("# text = Le chat.\n\(row("1", "Le"))\n\(row("2", "chien"))\n\(row("3", "."))\n", 3, "does not match the sentence text"),
        ("# text = Le chat dort.\n\(row("1", "Le"))\n\(row("2", "chat"))\n", 3, "goes on after the last token"),
        ("# text = Le.\n\(row("x", "Le"))\n", 2, "bad token id"),
    ])
    func malformedFilesNameFileAndLine(_ content: String, _ line: Int, _ words: String) {
        #expect {
            _ = try CoNLLUReader(file: "bad.conllu").read(content)
        } throws: { error in
            guard let e = error as? GoldReadError else { return false }
            return e.file == "bad.conllu" && e.line == line && e.description.contains(words) && e.description.hasPrefix("bad.conllu:\(line): ")
        }
    }
}
