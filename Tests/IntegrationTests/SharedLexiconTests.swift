import Annotator
import DocumentModel
import Extract
import Foundation
import NER
import Testing
import TestSupport
import Tokenizer

/// Issue 10: the pipeline's stages read the word ids the tokenizer looked up
/// once, and that shortcut changes nothing: each stage used on its own (its
/// own lexicon, ids looked up again) finds exactly the same on the seeds and
/// on random texts.
@Suite struct SharedLexiconTests {
    static let annotator = AnnotatorPropertyTests.annotator

    @Test func everyStageReadsTheTokenizersWordIds() {
        #expect(Self.annotator.stagesShareTheLexicon)
    }

    static func texts() throws -> [String] {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds").standardized
        let files = try FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        var texts = try files.map { try String(contentsOf: $0, encoding: .utf8) }
        var rng = SeededGenerator(seed: 20_261_202)
        for _ in 0..<60 {
            texts.append((0..<Int.random(in: 1...30, using: &rng)).map { _ in
                AnnotatorPropertyTests.pieces.randomElement(using: &rng)! + " "
            }.joined())
        }
        return texts
    }

    @Test func standaloneStagesAgreeWithThePipeline() throws {
        let tokenizer = try Tokenizer()
        let recognizer = try EntityRecognizer(gazetteerDirectory: nil)
        let tagger = try DateTagger()
        let extractor = try ClaimExtractor()
        let texts = try Self.texts()
        #expect(texts.count > 60)
        for (n, text) in texts.enumerated() {
            let date = "2025-03-01"
            let piped = Self.annotator.annotate(Document(id: "d\(n)", date: date, text: text))
            let tokens = tokenizer.tokenize(text)
            let entities = recognizer.recognize(tokens)
            let dates = tagger.tag(tokens, documentDate: DocumentDate(date))
            let claims = extractor.extract(tokens, entities: entities, dates: dates)
            #expect(entities == piped.entities, "entities of text \(n)")
            #expect(dates == piped.dates, "dates of text \(n)")
            #expect(claims == piped.claims, "claims of text \(n)")
        }
    }
}
