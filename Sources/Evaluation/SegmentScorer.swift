import DocumentModel

/// Token and sentence scores of one document: exact span match on scalar
/// offsets, duplicates once.
struct SegmentScorer {
    struct Outcome {
        var counts = Counts()
        var missed: [ScalarRange] = []
        var spurious: [ScalarRange] = []
    }

    static func score(gold: [ScalarRange], pred: [ScalarRange]) -> Outcome {
        let g = Set(gold), p = Set(pred)
        var o = Outcome()
        o.missed = g.subtracting(p).sorted()
        o.spurious = p.subtracting(g).sorted()
        o.counts = Counts(tp: g.count - o.missed.count, fp: o.spurious.count, fn: o.missed.count)
        return o
    }
}
