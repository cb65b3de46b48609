import DocumentModel
import Foundation
import Testing
@testable import Extract

/// Regression guard on annotated gold: the seeds (copied in the repo) and the
/// French TimeBank development half (read from `../shared`, skipped when absent).
/// Strict spans; value accuracy over matched spans (ANNOTATION.md, Scoring).
@Suite struct DateGoldTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repo.appendingPathComponent("Tests/Fixtures/gold/seeds.jsonl").path
    static let timebank = repo.appendingPathComponent("../shared/gold/fr-timebank.dev.jsonl").standardized.path

    struct Scores { let f1: Double; let valueAccuracy: Double }

    static func score(_ path: String) throws -> Scores {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        var tp = 0, fp = 0, fn = 0, valueOK = 0
        for line in lines {
            let gold = try Document(json: JSONValue.parse(String(line)))
            let predicted = DateFixture.tagger.tag(DateFixture.tokenizer.tokenize(gold.text),
                                                   documentDate: gold.date.flatMap(DocumentDate.init))
            var goldBySpan: [ScalarRange: String?] = [:]
            for d in gold.dates { goldBySpan[d.range] = d.value }
            let predictedSpans = Set(predicted.map(\.range))
            for p in predicted where goldBySpan[p.range] != nil {
                tp += 1
                if goldBySpan[p.range]! == p.value { valueOK += 1 }
            }
            fp += predictedSpans.count - predictedSpans.filter { goldBySpan[$0] != nil }.count
            fn += goldBySpan.keys.filter { !predictedSpans.contains($0) }.count
        }
        let p = Double(tp) / Double(max(1, tp + fp)), r = Double(tp) / Double(max(1, tp + fn))
        return Scores(f1: p + r == 0 ? 0 : 2 * p * r / (p + r), valueAccuracy: Double(valueOK) / Double(max(1, tp)))
    }

    @Test func seeds() throws {
        let s = try Self.score(Self.seeds)
        #expect(s.f1 >= 0.90)
        #expect(s.valueAccuracy >= 0.90)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: timebank), "../shared/gold/fr-timebank.dev.jsonl is absent"))
    func frenchTimeBankDevelopment() throws {
        let s = try Self.score(Self.timebank)
        #expect(s.f1 >= 0.85)
        #expect(s.valueAccuracy >= 0.85)
    }
}
