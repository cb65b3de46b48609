import Foundation
import Testing

/// No change may silently lower quality: `pipeline eval --fail-under` on the
/// gold files. The seeds gold is in the repo (Tests/Fixtures/gold); the
/// public corpora are read from ../shared and skipped when it is absent.
/// Thresholds sit just under the measured figures (see the closing notes):
/// raise them when a stage improves.
@Suite struct QualityGuardTests {
    struct Guard: CustomTestStringConvertible, Sendable {
        let gold: String
        let thresholds: [String]
        var testDescription: String { gold }
    }

    static let shared = PipelineRunner.repository.deletingLastPathComponent().appendingPathComponent("shared/gold")

    static let guards: [Guard] = [
        Guard(gold: "Tests/Fixtures/gold/seeds.jsonl", thresholds: [
            "entities.strict.micro.f1=0.98", "entities.partial.micro.f1=0.98",
            "claims.content.f1=0.95", "claims.attribution.f1=0.95",
            "claims.quote_accuracy=0.95", "claims.hedged_accuracy=0.95", "claims.negated_accuracy=0.95",
            "dates.span.f1=0.98", "dates.value_accuracy=0.98",
        ]),
        // Issue 13: paragraphs of the constructions unseen news showed (claims only),
        // and two sets written after the rules, scored once before any change for them.
        Guard(gold: "Tests/Fixtures/gold/claims-issue13.jsonl", thresholds: [
            "claims.content.f1=0.95", "claims.attribution.f1=0.95",
            "claims.quote_accuracy=0.95", "claims.hedged_accuracy=0.95", "claims.negated_accuracy=0.95",
        ]),
        Guard(gold: "Tests/Fixtures/gold/claims-issue13-heldout.jsonl", thresholds: [
            "claims.content.f1=0.95", "claims.attribution.f1=0.95",
        ]),
        Guard(gold: "Tests/Fixtures/gold/claims-issue13-heldout2.jsonl", thresholds: [
            "claims.content.f1=0.9", "claims.attribution.f1=0.9",
        ]),
        Guard(gold: "shared:sequoia-ner.dev.jsonl", thresholds: [
            "entities.strict.per_type.PER.f1=0.88", "entities.strict.per_type.ORG.f1=0.61",
            "entities.strict.per_type.LOC.f1=0.72",
        ]),
        Guard(gold: "shared:ud/fr_gsd-ud-dev.conllu", thresholds: [
            "tokens.f1=0.998", "sentences.f1=0.994",
        ]),
        Guard(gold: "shared:ud/fr_sequoia-ud-dev.conllu", thresholds: [
            "tokens.f1=0.998", "sentences.f1=0.98",
        ]),
        Guard(gold: "shared:fr-timebank.dev.jsonl", thresholds: [
            "dates.span.f1=0.95", "dates.value_accuracy=0.96",
        ]),
    ]

    @Test func gazetteerDataIsValid() throws {
        let result = try PipelineRunner.run(["gazetteer", "check"])
        #expect(result.status == 0, "\(String(decoding: result.stdout, as: UTF8.self))\(result.stderr)")
    }

    @Test(arguments: guards)
    func scoresStayAboveTheirFloor(_ g: Guard) throws {
        var path = g.gold
        if path.hasPrefix("shared:") {
            let url = QualityGuardTests.shared.appendingPathComponent(String(path.dropFirst(7)))
            guard FileManager.default.fileExists(atPath: url.path) else {
                print("skipped: \(url.path) not present")
                return
            }
            path = url.path
        }
        let result = try PipelineRunner.run(["eval", "--gold", path] + g.thresholds.flatMap { ["--fail-under", $0] })
        #expect(result.status == 0, "\(g.gold):\n\(String(decoding: result.stdout, as: UTF8.self))\n\(result.stderr)")
    }
}
