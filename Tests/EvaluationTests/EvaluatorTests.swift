import DocumentModel
import Foundation
import Testing
@testable import Evaluation

@Suite struct EvaluatorTests {
    let a = Doc("Le FLA tient Kidal depuis lundi.")
    let b = Doc("Bamako dément.")

    var gold: [EvalDocument] {
        [EvalDocument(id: "a", text: a.text, entities: [a.entity("FLA", .ORG), a.entity("Kidal", .LOC)],
                      dates: [a.date("lundi", nil)]),
         EvalDocument(id: "b", text: b.text, entities: [b.entity("Bamako", .LOC)])]
    }

    @Test func missingPredictionCountsAsNothingAndExtraIsListed() throws {
        let pred = [EvalDocument(id: "a", text: a.text, entities: [a.entity("FLA", .ORG)]),
                    EvalDocument(id: "zz", text: "x")]
        let r = try Evaluator(layers: [.entities]).evaluate(gold: gold, predictions: pred)
        #expect(r.missingPredictions == ["b"])
        #expect(r.predictionsWithoutGold == ["zz"])
        #expect(EntityType.allCases.map { r.entityStrict[$0]! }.reduce(Counts(), +) == Counts(tp: 1, fp: 0, fn: 2))
    }

    @Test func documentOrderDoesNotMatter() throws {
        let pred = [EvalDocument(id: "b", text: b.text, entities: [b.entity("Bamako", .ORG)]),
                    EvalDocument(id: "a", text: a.text, entities: [a.entity("Kidal", .LOC)])]
        let e = Evaluator(layers: [.entities, .dates])
        let one = EvaluationReport(result: try e.evaluate(gold: gold, predictions: pred), goldDescription: "g", predictionDescription: "p").json
        let two = EvaluationReport(result: try e.evaluate(gold: gold.reversed(), predictions: pred.reversed()), goldDescription: "g", predictionDescription: "p").json
        #expect(one == two)
    }

    @Test func differentTextIsAnError() {
        #expect(throws: EvaluationError.self) {
            _ = try Evaluator(layers: [.entities]).evaluate(gold: gold, predictions: [EvalDocument(id: "a", text: "Autre texte.")])
        }
    }

    @Test func jsonKeysInFixedOrderAndUnscoredLayersNull() throws {
        let r = try Evaluator(layers: [.entities, .dates]).evaluate(gold: gold, predictions: [])
        let json = EvaluationReport(result: r, goldDescription: "g", predictionDescription: "p").json
        guard case let .object(members) = json else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["gold", "predictions", "documents", "layers", "entities", "claims", "dates", "tokens", "sentences"])
        #expect(json["claims"] == .null)
        #expect(json["entities"]?["strict"]?["micro"]?["fn"] == JSONValue(3))
        guard case let .object(micro)? = json["entities"]?["partial"]?["micro"] else { Issue.record("no micro"); return }
        #expect(micro.map(\.key) == ["p", "r", "f1", "tp", "fp", "fn"])
        guard case let .object(perType)? = json["entities"]?["strict"]?["per_type"] else { Issue.record("no per_type"); return }
        #expect(perType.map(\.key) == ["PER", "ORG", "LOC", "MISC"])
        // Nothing matched: no value accuracy to give.
        #expect(json["dates"]?["value_accuracy"] == .null)
    }

    @Test(arguments: [
        ("entities.strict.micro.f1=0.5", "entities.strict.micro.f1 = 0.400"),  // P 1/2, R 1/3 → F1 0.4
        ("entities.strict.micro.f1=0.4", nil),
        ("entities.partial.micro.r=0.3", nil),
        ("claims.content.f1=0.1", "not scored in this run"),
        ("dates.value_accuracy=0.5", "not available in this run"),
        ("entities.strict.micro=0.5", "not a single figure"),
        ("entities.strict.nope.f1=0.5", "no such metric"),
    ] as [(String, String?)])
    func failUnder(_ flag: String, _ failure: String?) throws {
        let pred = [EvalDocument(id: "a", text: a.text, entities: [a.entity("FLA", .ORG), a.entity("Le", .ORG)])]
        let r = try Evaluator(layers: [.entities, .dates]).evaluate(gold: gold, predictions: pred)
        let json = EvaluationReport(result: r, goldDescription: "g", predictionDescription: "p").json
        let message = try MetricThreshold(parsing: flag).failure(in: json)
        if let failure { #expect(message?.contains(failure) == true, "\(message ?? "nil")") } else { #expect(message == nil) }
    }

    @Test func badThreshold() {
        #expect(throws: EvaluationError.self) { _ = try MetricThreshold(parsing: "entities.strict.micro.f1") }
        #expect(throws: EvaluationError.self) { _ = try MetricThreshold(parsing: "entities.strict.micro.f1=high") }
    }

    @Test func tableAndErrorListing() throws {
        let pred = [EvalDocument(id: "a", text: a.text, entities: [a.entity("FLA tient", .ORG, by: "rule:acronym-verb")],
                                 sentences: [ScalarRange(0, 32)])]
        let r = try Evaluator(layers: [.entities]).evaluate(gold: gold, predictions: pred)
        let report = EvaluationReport(result: r, goldDescription: "g.jsonl (jsonl)", predictionDescription: "p.jsonl")
        #expect(report.table.contains("entities    strict micro         0.000   0.000   0.000        0        1        3"))
        #expect(report.table.contains("            strict macro         0.000   0.000   0.000\n"))
        #expect(report.table.contains("entities    partial micro        1.000   0.333   0.500        1        0        2"))
        let errors = report.errorListing
        #expect(errors.contains("entity    FP  ORG  3..12 \"FLA tient\"   by rule:acronym-verb   overlaps gold ORG 3..6 \"FLA\""))
        #expect(errors.contains("in: Le ⟦FLA tient⟧ Kidal depuis lundi."))
        #expect(errors.contains("entity    FN  LOC  0..6 \"Bamako\""))
        // Confusion row: gold ORG matched by overlap to a predicted ORG.
        #expect(errors.contains("ORG             0      1      0      0      0"))
        #expect(errors.contains("LOC             0      0      0      0      2"))
    }
}

/// Agreement with tools/score_reference.py, an independent Python scorer,
/// on the seeds gold vs a perturbed copy (both written by
/// tools/compare_scorers.py --write-fixture).
@Suite struct ReferenceAgreementTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/gold")

    func leaves(_ v: JSONValue, _ prefix: String = "") -> [(String, JSONValue)] {
        switch v {
        case let .object(m): return m.flatMap { leaves($0.value, prefix.isEmpty ? $0.key : prefix + "." + $0.key) }
        default: return [(prefix, v)]
        }
    }

    @Test func agreesWithTheReferenceScorerToThreeDecimals() throws {
        let goldPath = ReferenceAgreementTests.fixtures.appendingPathComponent("seeds.jsonl").path
        let gold = try GoldReader().read(path: goldPath)
        let pred = try GoldReader().readPredictions(path: ReferenceAgreementTests.fixtures.appendingPathComponent("seeds-perturbed.jsonl").path, gold: gold)
        let result = try Evaluator(layers: gold.annotatedLayers).evaluate(gold: gold.documents, predictions: pred)
        let ours = Dictionary(uniqueKeysWithValues: leaves(EvaluationReport(result: result, goldDescription: "", predictionDescription: "").json))
        let data = try Data(contentsOf: ReferenceAgreementTests.fixtures.appendingPathComponent("seeds-perturbed.reference.json"))
        let reference = leaves(try JSONValue.parse([UInt8](data)))
        #expect(reference.count > 60)
        for (key, value) in reference {
            guard let mine = ours[key] else { Issue.record("missing \(key)"); continue }
            if case let .number(r) = value, case let .number(m) = mine {
                #expect(abs(Double(r)! - Double(m)!) < 0.0005, "\(key): reference \(r), ours \(m)")
            } else if case .array = value {
                continue
            } else {
                #expect(value == mine, "\(key)")
            }
        }
        // The perturbation hurts every layer, so the check is not vacuous.
        #expect(result.claims.content.fn > 0 && result.dates.span.fp > 0 && result.entityPartial[.ORG]!.fp > 0)
    }

    @Test func seedsAgainstThemselvesScoreOne() throws {
        let gold = try GoldReader().read(path: ReferenceAgreementTests.fixtures.appendingPathComponent("seeds.jsonl").path)
        #expect(gold.annotatedLayers == [.entities, .claims, .dates])
        let r = try Evaluator(layers: gold.annotatedLayers).evaluate(gold: gold.documents, predictions: gold.documents)
        #expect(r.claims.attribution == Counts(tp: 59))
        #expect(r.dates.valueCorrect == 50)
        #expect(EntityType.allCases.map { r.entityStrict[$0]! }.reduce(Counts(), +) == Counts(tp: 257))
    }
}

/// Checks on the shared corpora (skipped when ../shared is absent).
@Suite struct SharedGoldTests {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/gold")
    static var present: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("ud/fr_sequoia-ud-dev.conllu").path) }

    /// The Sequoia CoNLL-U dev documents rebuilt here are the texts of the
    /// sequoia-ner gold's dev documents (same grouping, same joining).
    @Test(.enabled(if: present, "../shared/gold is absent"))
    func sequoiaDocumentsMatchTheNERGold() throws {
        let ud = try GoldReader().read(path: SharedGoldTests.shared.appendingPathComponent("ud/fr_sequoia-ud-dev.conllu").path)
        let ner = try GoldReader().read(path: SharedGoldTests.shared.appendingPathComponent("sequoia-ner.dev.jsonl").path)
        #expect(ud.documents.count == 349)
        var nerTexts: [String: String] = [:]
        for d in ner.documents where d.id.hasPrefix("sequoia-dev:") { nerTexts[String(d.id.dropFirst("sequoia-dev:".count))] = d.text }
        #expect(nerTexts.count == 349)
        for d in ud.documents { #expect(nerTexts[d.id] == d.text, "\(d.id)") }
        #expect(ud.documents.map { $0.tokens!.count }.reduce(0, +) == 9999 - 282)
    }

    @Test(.enabled(if: present, "../shared/gold is absent"))
    func gsdIsOneSentencePerDocument() throws {
        let gsd = try GoldReader().read(path: SharedGoldTests.shared.appendingPathComponent("ud/fr_gsd-ud-dev.conllu").path)
        #expect(gsd.documents.count == 1476)
        #expect(gsd.documents.allSatisfy { $0.sentences?.count == 1 })
    }
}
