import DocumentModel

/// Claim scores of one document (ANNOTATION.md, Scoring).
///
/// A predicted and a gold claim are candidates when their contents share at
/// least one word token and at least half of the word tokens of the shorter
/// content. Candidates are matched one to one: pairs whose sources overlap
/// first, then more shared word tokens, then position. Attribution is correct
/// for a matched pair whose sources overlap, a source being its span or its
/// `resolved` mention on each side.
struct ClaimScorer {
    struct Pair {
        let gold: Claim
        let pred: Claim
        let sourcesOverlap: Bool
    }

    struct Outcome {
        var content = Counts()
        var attribution = Counts()
        var matched = 0
        var quoteCorrect = 0
        var hedgedCorrect = 0
        var negatedCorrect = 0
        var pairs: [Pair] = []
        var missed: [Claim] = []
        var spurious: [Claim] = []
    }

    /// Everything that is scored, as a sort and identity key.
    static func key(_ c: Claim) -> [Int] {
        func r(_ s: TextSpan?) -> [Int] { s.map { [$0.start, $0.end] } ?? [-1, -1] }
        return [c.content.start, c.content.end] + r(c.source?.span) + r(c.source?.resolved) + r(c.cue)
            + [c.quote ? 1 : 0, c.hedged ? 1 : 0, c.negated ? 1 : 0]
    }

    /// Sorted by position, identical duplicates once.
    static func canonical(_ claims: [Claim]) -> [Claim] {
        let keyed = claims.map { (key($0), $0) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
        var out: [Claim] = []
        var last: [Int]?
        for (k, c) in keyed where k != last { out.append(c); last = k }
        return out
    }

    static func sourcesOverlap(_ a: Claim, _ b: Claim) -> Bool {
        guard let sa = a.source, let sb = b.source else { return false }
        let left = [sa.span.range] + (sa.resolved.map { [$0.range] } ?? [])
        let right = [sb.span.range] + (sb.resolved.map { [$0.range] } ?? [])
        return left.contains { l in right.contains { l.overlaps($0) } }
    }

    static func score(gold rawGold: [Claim], pred rawPred: [Claim], words: WordTokens) -> Outcome {
        let gold = canonical(rawGold), pred = canonical(rawPred)
        var candidates: [GreedyMatcher.Candidate] = []
        for (i, g) in gold.enumerated() {
            let gCount = words.count(g.content.range)
            for (j, p) in pred.enumerated() {
                let shared = words.overlap(g.content.range, p.content.range)
                guard shared > 0, 2 * shared >= min(gCount, words.count(p.content.range)) else { continue }
                candidates.append(.init(gold: i, pred: j, score: [sourcesOverlap(g, p) ? 1 : 0, shared]))
            }
        }
        var o = Outcome()
        var goldMatched = Set<Int>(), predMatched = Set<Int>()
        for m in GreedyMatcher.match(candidates) {
            let g = gold[m.gold], p = pred[m.pred]
            goldMatched.insert(m.gold)
            predMatched.insert(m.pred)
            let attributed = sourcesOverlap(g, p)
            o.pairs.append(Pair(gold: g, pred: p, sourcesOverlap: attributed))
            o.matched += 1
            if attributed { o.attribution.tp += 1 }
            if g.quote == p.quote { o.quoteCorrect += 1 }
            if g.hedged == p.hedged { o.hedgedCorrect += 1 }
            if g.negated == p.negated { o.negatedCorrect += 1 }
        }
        o.content = Counts(tp: o.matched, fp: pred.count - o.matched, fn: gold.count - o.matched)
        o.attribution.fp = pred.count - o.attribution.tp
        o.attribution.fn = gold.count - o.attribution.tp
        o.missed = gold.enumerated().filter { !goldMatched.contains($0.offset) }.map(\.element)
        o.spurious = pred.enumerated().filter { !predMatched.contains($0.offset) }.map(\.element)
        return o
    }
}
