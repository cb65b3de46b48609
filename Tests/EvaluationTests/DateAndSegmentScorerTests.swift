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

/// A prediction inside a span the gold leaves unannotated for dates (a
/// TimeBank TIME such as `hier soir`, valued `…TEV`) is neither right nor
/// wrong; a prediction elsewhere, or one that a gold date matches, is scored.
@Suite struct UnscoredDateTests {
    let d = Doc("Une panne a plongé hier soir la ville dans le noir ; jeudi dernier, un convoi avait été attaqué.")

    @Test func overlapWithAnUnannotatedSpanIsLeftOut() {
        let unscored = [d.range("hier soir")]
        let gold = [d.date("jeudi dernier", "2025-07-10")]
        let pred = [d.date("hier soir", "2025-07-13"), d.date("jeudi dernier", "2025-07-10"), d.date("ville", nil)]
        let o = DateScorer.score(gold: gold, pred: pred, unscored: unscored)
        #expect(o.span == Counts(tp: 1, fp: 1))
        #expect(o.unscored.map(\.text) == ["hier soir"])
        #expect(o.spurious.map(\.text) == ["ville"])
        // The same prediction counts as spurious where the gold says nothing about the span.
        #expect(DateScorer.score(gold: gold, pred: pred).span == Counts(tp: 1, fp: 2))
        // A part of the span (`hier`) is left out too.
        #expect(DateScorer.score(gold: gold, pred: [d.date("hier", "2025-07-13")], unscored: unscored).span == Counts(fn: 1))
    }

    @Test func aGoldDateInsideStillCounts() {
        let o = DateScorer.score(gold: [d.date("hier", "2025-07-13")], pred: [d.date("hier", "2025-07-13")],
                                 unscored: [d.range("hier soir")])
        #expect(o.span == Counts(tp: 1))
        #expect(o.unscored.isEmpty)
    }

    @Test(arguments: [
        ("TIME", "1999-05-19TMO", true), ("TIME", "2003-02-22T15:30", true),
        ("TIME", "PRESENT_REF", false), ("TIME", "T14:00", false), ("TIME", "TNI", false),
        ("DURATION", "P3Y", false), ("SET", "1999-WXX-3", false), ("DATE", "1999-05-19", false),
    ])
    func onlyTimexOfTypeTimeOnACalendarDayIsUnannotated(_ type: String, _ value: String, _ unscored: Bool) throws {
        let line = """
            {"id":"a","text":"Il est mort hier matin.","dates":[],"timex_other":[{"start":12,"end":22,"text":"hier matin","type":"\(type)","value":"\(value)"}]}
            """
        let doc = try #require(try JSONLinesReader(file: "g.jsonl").read(Array(line.utf8)).first)
        #expect(doc.unscoredDates == (unscored ? [ScalarRange(12, 22)] : []))
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
