import DocumentModel
import Testing
@testable import Evaluation

@Suite struct ClaimScorerTests {
    let d = Doc("Le FLA affirme que ses combattants ont abattu un drone près de Kidal. Selon l'armée, il n'y a eu aucune perte. Il dément toute implication.")

    func score(_ gold: [Claim], _ pred: [Claim]) -> ClaimScorer.Outcome {
        ClaimScorer.score(gold: gold, pred: pred, words: WordTokens(d.source))
    }

    @Test func wordTokensAreLetterDigitRunsAndSinglePunctuation() {
        let w = WordTokens(Doc("l'armée, 2 000 morts… « Non » !").source)
        // l ' armée , 2 000 morts … « Non » !
        #expect(w.count(ScalarRange(0, 31)) == 12)
        // A span cutting a word still counts the word it touches.
        #expect(w.count(ScalarRange(3, 4)) == 1)
        #expect(w.count(ScalarRange(8, 9)) == 0) // a space
    }

    /// Gold content "ses combattants ont abattu un drone près de Kidal": 9 word tokens.
    /// Columns: predicted content, its word tokens, tokens shared with gold, match.
    @Test(arguments: [
        ("ses combattants ont abattu un drone près de Kidal", 9, 9, true),
        ("ses combattants ont abattu", 4, 4, true),                       // the shorter one is covered
        ("un drone près de Kidal. Selon l'armée", 10, 5, true),            // 2 * 5 >= min(9, 10)
        ("drone près de Kidal. Selon l'armée, il n'y", 14, 4, false),      // 2 * 4 < 9
        ("de Kidal. Selon l'armée, il n'y a eu", 14, 2, false),
    ])
    func halfOfTheShorterContent(_ predicted: String, _ predictedTokens: Int, _ shared: Int, _ matches: Bool) {
        let words = WordTokens(d.source)
        let g = d.range("ses combattants ont abattu un drone près de Kidal")
        #expect(words.count(g) == 9)
        #expect(words.count(d.range(predicted)) == predictedTokens)
        #expect(words.overlap(g, d.range(predicted)) == shared)
        let o = score([d.claim("ses combattants ont abattu un drone près de Kidal", source: "Le FLA")],
                      [d.claim(predicted, source: "Le FLA")])
        #expect(o.content.tp == (matches ? 1 : 0))
    }

    @Test func exactlyHalfMatchesAndJustUnderDoesNot() {
        // Gold: 4 tokens "ses combattants ont abattu"; pred shares 2 of its 4.
        let gold = [d.claim("ses combattants ont abattu", source: "Le FLA")]
        #expect(score(gold, [d.claim("ont abattu un drone", source: "Le FLA")]).content.tp == 1)
        // 1 shared of 4: under half.
        #expect(score(gold, [d.claim("abattu un drone près", source: "Le FLA")]).content.tp == 0)
    }

    @Test func pairsWithOverlappingSourcesArePreferred() {
        // Two predictions for one gold claim: the one with the larger content
        // overlap has the wrong source; the one with the right source wins.
        let gold = [d.claim("ses combattants ont abattu un drone près de Kidal", source: "Le FLA", cue: "affirme")]
        let wrongSource = d.claim("ses combattants ont abattu un drone près de Kidal", source: "l'armée")
        let rightSource = d.claim("ses combattants ont abattu un drone", source: "FLA")
        for pred in permutations([wrongSource, rightSource]) {
            let o = score(gold, pred)
            #expect(o.content == Counts(tp: 1, fp: 1, fn: 0))
            #expect(o.attribution == Counts(tp: 1, fp: 1, fn: 0))
            #expect(o.pairs.first?.pred == rightSource)
        }
    }

    @Test func withoutSourceOverlapTheContentStillMatches() {
        let gold = [d.claim("ses combattants ont abattu un drone près de Kidal", source: "Le FLA")]
        let o = score(gold, [d.claim("ses combattants ont abattu un drone près de Kidal", source: "l'armée")])
        #expect(o.content == Counts(tp: 1))
        // Attribution: P = 0 / 1 predicted, R = 0 / 1 gold.
        #expect(o.attribution == Counts(tp: 0, fp: 1, fn: 1))
    }

    @Test(arguments: [
        // (gold source, gold resolved, predicted source, predicted resolved, attribution correct)
        ("Il", "Le FLA", "Le FLA", nil, true),       // predicted the antecedent: matches gold's resolved
        ("Il", "Le FLA", "Il", nil, true),           // predicted the pronoun itself
        ("Il", nil, "FLA", nil, false),              // gold gives no antecedent
        ("Il", "Le FLA", "l'armée", "FLA", true),    // predicted resolved overlaps gold resolved
        ("Il", "Le FLA", "l'armée", nil, false),
    ] as [(String, String?, String, String?, Bool)])
    func resolvedMentionsCount(_ gs: String, _ gr: String?, _ ps: String, _ pr: String?, _ correct: Bool) {
        let gold = [d.claim("toute implication", source: gs, resolved: gr, cue: "dément", negated: true)]
        let pred = [d.claim("toute implication", source: ps, resolved: pr, negated: true)]
        let o = score(gold, pred)
        #expect(o.content.tp == 1)
        #expect(o.attribution.tp == (correct ? 1 : 0))
    }

    @Test func claimWithoutSourceNeverAttributes() {
        let gold = [d.claim("il n'y a eu aucune perte", source: "l'armée", cue: "Selon")]
        let o = score(gold, [d.claim("il n'y a eu aucune perte", source: nil)])
        #expect(o.content.tp == 1)
        #expect(o.attribution.tp == 0)
    }

    @Test func flagsAreScoredOnMatchedPairs() {
        let gold = [d.claim("ses combattants ont abattu un drone près de Kidal", source: "Le FLA", hedged: true),
                    d.claim("toute implication", source: "Il", negated: true),
                    d.claim("il n'y a eu aucune perte", source: "l'armée")]
        let pred = [d.claim("ses combattants ont abattu un drone près de Kidal", source: "Le FLA", hedged: false),
                    d.claim("toute implication", source: "Il", quote: true, negated: true)]
        let o = score(gold, pred)
        #expect(o.matched == 2)
        #expect(o.hedgedCorrect == 1)
        #expect(o.negatedCorrect == 2)
        #expect(o.quoteCorrect == 1)
        #expect(o.content == Counts(tp: 2, fp: 0, fn: 1))
    }

    @Test func identicalDuplicateClaimsCountOnce() {
        let c = d.claim("toute implication", source: "Il", cue: "dément", negated: true)
        let o = score([c], [c, c, c])
        #expect(o.content == Counts(tp: 1))
        #expect(o.attribution == Counts(tp: 1))
    }

    @Test func oneToOneWhateverTheOrder() {
        // Two gold claims with one content, two sources (nested attribution);
        // two predictions, each with one of the sources.
        let g1 = d.claim("il n'y a eu aucune perte", source: "l'armée")
        let g2 = d.claim("il n'y a eu aucune perte", source: "Le FLA")
        let p1 = d.claim("il n'y a eu aucune perte", source: "Le FLA")
        let p2 = d.claim("n'y a eu aucune perte", source: "l'armée")
        for gold in permutations([g1, g2]) {
            for pred in permutations([p1, p2]) {
                let o = score(gold, pred)
                #expect(o.content == Counts(tp: 2))
                #expect(o.attribution == Counts(tp: 2))
            }
        }
    }
}
