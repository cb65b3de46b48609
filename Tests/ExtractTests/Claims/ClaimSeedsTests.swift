import DocumentModel
import Evaluation
@testable import Extract
import Foundation
import Testing

/// The seed articles as a regression floor for the extractor alone: it gets
/// the gold entities and dates, as perfect earlier stages would give them.
@Suite struct ClaimSeedsTests {
    static func seedsPath() -> String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for candidate in [root.appendingPathComponent("Tests/Fixtures/gold/seeds.jsonl"),
                          root.deletingLastPathComponent().appendingPathComponent("shared/gold/seeds.jsonl")]
        where FileManager.default.fileExists(atPath: candidate.path) {
            return candidate.path
        }
        return nil
    }

    @Test func seedsScoreAboveFloor() throws {
        guard let path = Self.seedsPath() else {
            print("ClaimSeedsTests: no seeds.jsonl (Tests/Fixtures/gold or ../shared/gold); skipped")
            return
        }
        // Scored by the Evaluation library, the same rules as `pipeline eval`.
        let gold = try GoldReader().read(path: path)
        let predictions = gold.documents.map { g in
            EvalDocument(id: g.id, text: g.text, date: g.date, entities: g.entities,
                         claims: ClaimTestSupport.extractor.extract(ClaimTestSupport.tokenizer.tokenize(g.text),
                                                                    entities: g.entities, dates: g.dates),
                         dates: g.dates)
        }
        let result = try Evaluator(layers: [.claims]).evaluate(gold: gold.documents, predictions: predictions)
        let c = result.claims
        #expect(c.content.f1 >= 0.95, "content F1 \(c.content.f1)")
        #expect(c.attribution.f1 >= 0.95, "attribution F1 \(c.attribution.f1)")
        for (name, right) in [("quote", c.quoteCorrect), ("hedged", c.hedgedCorrect), ("negated", c.negatedCorrect)] {
            #expect(Double(right) / Double(max(1, c.matched)) >= 0.95, "\(name) accuracy")
        }
    }
}
