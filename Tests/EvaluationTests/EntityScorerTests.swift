import DocumentModel
import Testing
@testable import Evaluation

@Suite struct EntityScorerTests {
    let d = Doc("Le Front de libération de l'Azawad (FLA) a repris Kidal, selon l'armée malienne et Assimi Goïta.")

    struct Case: CustomTestStringConvertible {
        let name: String
        let gold: [Entity]
        let pred: [Entity]
        /// Micro tp, fp, fn.
        let strict: Counts
        let partial: Counts
        var testDescription: String { name }
    }

    var cases: [Case] {
        let fla = d.entity("Front de libération de l'Azawad", .ORG)
        return [
            Case(name: "exact match", gold: [fla, d.entity("Kidal", .LOC)], pred: [fla, d.entity("Kidal", .LOC)],
                 strict: Counts(tp: 2), partial: Counts(tp: 2)),
            Case(name: "shorter span: partial only", gold: [fla], pred: [d.entity("Azawad", .ORG)],
                 strict: Counts(fp: 1, fn: 1), partial: Counts(tp: 1)),
            Case(name: "overlap of another type matches in neither mode", gold: [fla], pred: [d.entity("Azawad", .LOC)],
                 strict: Counts(fp: 1, fn: 1), partial: Counts(fp: 1, fn: 1)),
            Case(name: "identical duplicate predictions count once", gold: [d.entity("Kidal", .LOC)],
                 pred: [d.entity("Kidal", .LOC), d.entity("Kidal", .LOC, by: "gazetteer:loc"), d.entity("Kidal", .LOC)],
                 strict: Counts(tp: 1), partial: Counts(tp: 1)),
            Case(name: "identical duplicate gold counts once", gold: [d.entity("FLA", .ORG), d.entity("FLA", .ORG)],
                 pred: [], strict: Counts(fn: 1), partial: Counts(fn: 1)),
            Case(name: "two overlapping predictions for one gold: one matches, one is spurious",
                 gold: [fla], pred: [d.entity("Front de libération", .ORG), d.entity("libération de l'Azawad", .ORG)],
                 strict: Counts(fp: 2, fn: 1), partial: Counts(tp: 1, fp: 1)),
            Case(name: "one prediction over two gold names matches one of them",
                 gold: [d.entity("Front de libération de l'Azawad", .ORG), d.entity("FLA", .ORG)],
                 pred: [d.entity("Front de libération de l'Azawad (FLA", .ORG)],
                 strict: Counts(fp: 1, fn: 2), partial: Counts(tp: 1, fn: 1)),
            Case(name: "same span, two types in gold", gold: [d.entity("Kidal", .LOC), d.entity("Kidal", .ORG)],
                 pred: [d.entity("Kidal", .LOC)], strict: Counts(tp: 1, fn: 1), partial: Counts(tp: 1, fn: 1)),
            Case(name: "nothing predicted", gold: [fla], pred: [], strict: Counts(fn: 1), partial: Counts(fn: 1)),
        ]
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5, 6, 7, 8])
    func table(_ k: Int) {
        let c = cases[k]
        let o = EntityScorer.score(gold: c.gold, pred: c.pred)
        #expect(EntityType.allCases.map { o.strict[$0]! }.reduce(Counts(), +) == c.strict, "\(c.name)")
        #expect(EntityType.allCases.map { o.partial[$0]! }.reduce(Counts(), +) == c.partial, "\(c.name)")
    }

    /// nervaluate's known defect: its partial matching depends on the order
    /// predictions come in. Here the larger overlap always wins.
    @Test func partialMatchingDoesNotDependOnOrder() {
        let gold = [d.entity("Front de libération de l'Azawad", .ORG), d.entity("FLA", .ORG)]
        // "l'Azawad (FLA" shares 8 characters with the long name and 3 with
        // "FLA"; "Azawad" shares 6 with the long name only.
        let pred = [d.entity("l'Azawad (FLA", .ORG), d.entity("Azawad", .ORG), d.entity("Kidal", .ORG)]
        let reference = EntityScorer.score(gold: gold, pred: pred)
        for g in permutations(gold) {
            for p in permutations(pred) {
                let o = EntityScorer.score(gold: g, pred: p)
                #expect(o.partial == reference.partial)
                #expect(o.strict == reference.strict)
                #expect(o.confusion == reference.confusion)
            }
        }
        // "l'Azawad (FLA" takes the long name (8 > 6 > 3); "Azawad" and
        // "Kidal" are left unmatched, and so is "FLA".
        #expect(reference.partial[.ORG] == Counts(tp: 1, fp: 2, fn: 1))
    }

    @Test func perTypeCountsAndConfusion() {
        let gold = [d.entity("Kidal", .LOC), d.entity("Assimi Goïta", .PER), d.entity("FLA", .ORG)]
        let pred = [d.entity("Kidal", .ORG), d.entity("Assimi Goïta", .PER), d.entity("armée malienne", .ORG)]
        let o = EntityScorer.score(gold: gold, pred: pred)
        #expect(o.strict[.PER] == Counts(tp: 1))
        #expect(o.strict[.LOC] == Counts(fn: 1))
        #expect(o.strict[.ORG] == Counts(fp: 2, fn: 1))
        #expect(o.confusion[.init(gold: .LOC, pred: .ORG)] == 1)
        #expect(o.confusion[.init(gold: .PER, pred: .PER)] == 1)
        #expect(o.confusion[.init(gold: .ORG, pred: nil)] == 1)
        #expect(o.confusion[.init(gold: nil, pred: .ORG)] == 1)
        #expect(o.spurious.map(\.span.text) == ["Kidal", "armée malienne"])
    }

    @Test func macroAveragesTypesThatOccur() {
        // PER: P=R=F1=1; ORG: P=0.5, R=1, F1=2/3; LOC, MISC absent: left out.
        let m = Counts.macro([Counts(tp: 1), Counts(tp: 1, fp: 1), Counts(), Counts()])
        #expect(abs(m.p - 0.75) < 1e-12)
        #expect(abs(m.r - 1.0) < 1e-12)
        #expect(abs(m.f1 - (1.0 + 2.0 / 3.0) / 2) < 1e-12)
    }
}
