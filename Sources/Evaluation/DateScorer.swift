import DocumentModel

/// Date scores of one document: strict span match, and value accuracy on
/// matched spans. Dates with the same span count once; their values form a
/// set. A matched value is correct when the prediction gives exactly one
/// value and the gold lists it (null equals null: an unresolvable date
/// predicted as unresolvable is right).
struct DateScorer {
    struct Group {
        let range: ScalarRange
        let text: String
        /// Sorted; nil (JSON null) first.
        let values: [String?]
    }

    struct Outcome {
        var span = Counts()
        var valueCorrect = 0
        var missed: [Group] = []
        var spurious: [Group] = []
        /// Predictions that match no gold date and overlap a span the gold leaves unannotated.
        var unscored: [Group] = []
        var wrongValues: [(gold: Group, pred: Group)] = []
    }

    static func groups(_ dates: [DateMention]) -> [Group] {
        var byRange: [ScalarRange: (String, Set<String?>)] = [:]
        for d in dates { byRange[d.range, default: (d.span.text, [])].1.insert(d.value) }
        return byRange.keys.sorted().map { r in
            let (text, values) = byRange[r]!
            return Group(range: r, text: text, values: values.sorted(by: nullFirst))
        }
    }

    static func nullFirst(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil), (_?, nil): return false
        case (nil, _?): return true
        case let (x?, y?): return x < y
        }
    }

    /// `unscored`: spans where the gold does not annotate dates (EvalDocument.unscoredDates).
    static func score(gold rawGold: [DateMention], pred rawPred: [DateMention], unscored: [ScalarRange] = []) -> Outcome {
        let gold = groups(rawGold), pred = groups(rawPred)
        var predByRange: [ScalarRange: Group] = [:]
        for p in pred { predByRange[p.range] = p }
        let goldRanges = Set(gold.map(\.range))
        var o = Outcome()
        for g in gold {
            guard let p = predByRange[g.range] else { o.span.fn += 1; o.missed.append(g); continue }
            o.span.tp += 1
            if p.values.count == 1, g.values.contains(p.values[0]) { o.valueCorrect += 1 } else { o.wrongValues.append((g, p)) }
        }
        for p in pred where !goldRanges.contains(p.range) {
            if unscored.contains(where: { $0.start < p.range.end && p.range.start < $0.end }) {
                o.unscored.append(p)
            } else {
                o.span.fp += 1; o.spurious.append(p)
            }
        }
        return o
    }
}
