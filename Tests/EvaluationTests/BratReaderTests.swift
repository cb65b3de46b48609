import DocumentModel
import Foundation
import Testing
@testable import Evaluation

@Suite struct BratReaderTests {
    let text = "Philippe et Laurent Dominati ont visité Bamako.\nLe ministère\ndes Armées a réagi."

    @Test func textBoundLinesWithAliasesAndDiscontinuousSpans() throws {
        let ann = """
            T1\tPerson 0 8;20 28\tPhilippe Dominati
            T2\tPERS 12 28\tLaurent Dominati
            T3\tLocation 40 46\tBamako
            T4\tOrganization 51 60;61 71\tministère des Armées
            T5\tEvent 33 39\tvisité
            R1\tRel Arg1:T1 Arg2:T3
            #1\tAnnotatorNotes T1\tnote
            A1\tNegated T5
            """
        let (doc, skipped) = try BratReader(file: "d.ann").read(id: "d", text: text, ann: ann)
        // T1: fragments apart by more than space → the first; T4: a line break only → one span.
        #expect(doc.entities.map { "\($0.type.rawValue) \($0.span.start) \($0.span.text)" }
                == ["PER 0 Philippe", "PER 12 Laurent Dominati", "LOC 40 Bamako", "ORG 51 ministère\ndes Armées"])
        #expect(skipped == ["Event": 1])
    }

    @Test(arguments: [
        ("T1\tPER 0 8\tPhilipe", 1, "but the .txt has \"Philippe\""),
        ("T1\tORG 0 8\tPhilippe\nT2\tPER 0 500\tx", 2, "past the end of the text"),
        ("T1\tPER zero 8\tPhilippe", 1, "bad offsets"),
        ("T1\tPER\tPhilippe", 1, "no offsets after the type"),
    ])
    func malformed(_ ann: String, _ line: Int, _ words: String) {
        #expect {
            _ = try BratReader(file: "d.ann").read(id: "d", text: text, ann: ann)
        } throws: { error in
            guard let e = error as? GoldReadError else { return false }
            return e.description.hasPrefix("d.ann:\(line): ") && e.message.contains(words)
        }
    }

    @Test func folderOfPairs() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("brat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Kidal est tombée.".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "T1\tLOC 0 5\tKidal\n".write(to: dir.appendingPathComponent("b.ann"), atomically: true, encoding: .utf8)
        try "Le FLA affirme.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "T1\tORG 3 6\tFLA\n".write(to: dir.appendingPathComponent("a.ann"), atomically: true, encoding: .utf8)
        let gold = try GoldReader().read(path: dir.path)
        #expect(gold.format == .brat)
        #expect(gold.documents.map(\.id) == ["a", "b"])
        #expect(gold.annotatedLayers == [.entities])
        #expect(gold.documents.map { $0.entities.map(\.span.text) } == [["FLA"], ["Kidal"]])
    }
}
