import DocumentModel
import Testing
@testable import Evaluation

@Suite struct DateScorerTests {
    let d = Doc("Lundi 14 juillet, l'armée a frappé Kidal ; jeudi dernier, un convoi avait été attaqué, et en juillet 2024 déjà.")

    @Test(arguments: [
        // gold value, predicted value, correct
        ("2025-07-14", "2025-07-14", true),
        ("2025-07-14", "2024-07-14", false),
        (nil, nil, true),              // unresolvable, and the pipeline says so
        (nil, "2025-07-10", false),    // a guess where gold has none
        ("2025-07-10", nil, false),
    ] as [(String?, String?, Bool)])
    func nullValues(_ gold: String?, _ pred: String?, _ correct: Bool) {
        let o = DateScorer.score(gold: [d.date("jeudi dernier", gold)], pred: [d.date("jeudi dernier", pred)])
        #expect(o.span == Counts(tp: 1))
        #expect(o.valueCorrect == (correct ? 1 : 0))
    }

    @Test func strictSpansAndValueOnMatchedOnly() {
        let gold = [d.date("Lundi 14 juillet", "2025-07-14"), d.date("juillet 2024", "2024-07"), d.date("jeudi dernier", "2025-07-10")]
        let pred = [d.date("14 juillet", "2025-07-14"), d.date("juillet 2024", "2024-07"), d.date("jeudi dernier", "2025-07-17")]
        let o = DateScorer.score(gold: gold, pred: pred)
        #expect(o.span == Counts(tp: 2, fp: 1, fn: 1))
        #expect(o.valueCorrect == 1)
    }

    @Test func duplicatesCountOnceAndTwoValuesAreNotAnAnswer() {
        let gold = [d.date("juillet 2024", "2024-07")]
        #expect(DateScorer.score(gold: gold, pred: [d.date("juillet 2024", "2024-07"), d.date("juillet 2024", "2024-07")]).span == Counts(tp: 1))
        let hedging = DateScorer.score(gold: gold, pred: [d.date("juillet 2024", "2024-07"), d.date("juillet 2024", "2024")])
        #expect(hedging.span == Counts(tp: 1))
        #expect(hedging.valueCorrect == 0)
    }
}

@Suite struct SegmentScorerTests {
    @Test func exactSpansDuplicatesOnce() {
        let gold = [ScalarRange(0, 2), ScalarRange(2, 8), ScalarRange(9, 12)]
        let pred = [ScalarRange(0, 8), ScalarRange(9, 12), ScalarRange(9, 12)]
        let o = SegmentScorer.score(gold: gold, pred: pred)
        #expect(o.counts == Counts(tp: 1, fp: 1, fn: 2))
        #expect(o.missed == [ScalarRange(0, 2), ScalarRange(2, 8)])
    }
}
