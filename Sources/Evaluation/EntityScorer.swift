import DocumentModel

/// Entity scores of one document: strict (same start, end, type) and partial
/// (overlapping spans of the same type, matched one to one by decreasing
/// overlap; a match counts fully, as CLEF-HIPE's fuzzy regime and
/// nervaluate's `ent_type`). Identical duplicates (same start, end, type)
/// count once.
struct EntityScorer {
    struct Outcome {
        var strict: [EntityType: Counts] = [:]
        var partial: [EntityType: Counts] = [:]
        /// Strict errors.
        var missed: [Entity] = []
        var spurious: [Entity] = []
        /// Type confusion on overlapping spans: gold type (or nil) × predicted type (or nil).
        var confusion: [ConfusionCell: Int] = [:]
    }

    struct ConfusionCell: Hashable, Sendable {
        let gold: EntityType?
        let pred: EntityType?
    }

    /// Sorted by (start, end, type), one per (start, end, type); the first
    /// `by` in sort order is kept, so the choice does not depend on input order.
    static func canonical(_ entities: [Entity]) -> [Entity] {
        let sorted = entities.sorted { a, b in
            if a.range != b.range { return a.range < b.range }
            if a.type != b.type { return a.type < b.type }
            return (a.by ?? "") < (b.by ?? "")
        }
        var out: [Entity] = []
        for e in sorted where out.last.map({ $0.range != e.range || $0.type != e.type }) ?? true { out.append(e) }
        return out
    }

    static func score(gold rawGold: [Entity], pred rawPred: [Entity]) -> Outcome {
        let gold = canonical(rawGold), pred = canonical(rawPred)
        var o = Outcome()
        for t in EntityType.allCases { o.strict[t] = Counts(); o.partial[t] = Counts() }

        struct Key: Hashable { let range: ScalarRange; let type: EntityType }
        let predKeys = Set(pred.map { Key(range: $0.range, type: $0.type) })
        let goldKeys = Set(gold.map { Key(range: $0.range, type: $0.type) })
        for g in gold {
            if predKeys.contains(Key(range: g.range, type: g.type)) { o.strict[g.type]!.tp += 1 } else {
                o.strict[g.type]!.fn += 1
                o.missed.append(g)
            }
        }
        for p in pred where !goldKeys.contains(Key(range: p.range, type: p.type)) {
            o.strict[p.type]!.fp += 1
            o.spurious.append(p)
        }

        let partialPairs = overlapMatch(gold, pred, sameType: true)
        var goldMatched = Set<Int>(), predMatched = Set<Int>()
        for pair in partialPairs {
            o.partial[gold[pair.gold].type]!.tp += 1
            goldMatched.insert(pair.gold)
            predMatched.insert(pair.pred)
        }
        for (i, g) in gold.enumerated() where !goldMatched.contains(i) { o.partial[g.type]!.fn += 1 }
        for (j, p) in pred.enumerated() where !predMatched.contains(j) { o.partial[p.type]!.fp += 1 }

        let anyType = overlapMatch(gold, pred, sameType: false)
        var g2 = Set<Int>(), p2 = Set<Int>()
        for pair in anyType {
            o.confusion[ConfusionCell(gold: gold[pair.gold].type, pred: pred[pair.pred].type), default: 0] += 1
            g2.insert(pair.gold)
            p2.insert(pair.pred)
        }
        for (i, g) in gold.enumerated() where !g2.contains(i) { o.confusion[ConfusionCell(gold: g.type, pred: nil), default: 0] += 1 }
        for (j, p) in pred.enumerated() where !p2.contains(j) { o.confusion[ConfusionCell(gold: nil, pred: p.type), default: 0] += 1 }
        return o
    }

    /// Overlapping pairs, larger overlap first, ties by position.
    static func overlapMatch(_ gold: [Entity], _ pred: [Entity], sameType: Bool) -> [(gold: Int, pred: Int)] {
        var candidates: [GreedyMatcher.Candidate] = []
        // `pred` is sorted by start; a prediction starting more than the
        // longest prediction's length before `g` cannot reach it.
        let longest = pred.map(\.range.count).max() ?? 0
        var lo = 0
        for (i, g) in gold.enumerated() {
            while lo < pred.count, pred[lo].range.start + longest <= g.range.start { lo += 1 }
            var j = lo
            while j < pred.count, pred[j].range.start < g.range.end {
                let p = pred[j]
                let overlap = g.range.overlapLength(p.range)
                if overlap > 0, !sameType || p.type == g.type {
                    candidates.append(.init(gold: i, pred: j, score: [overlap]))
                }
                j += 1
            }
        }
        return GreedyMatcher.match(candidates)
    }
}
