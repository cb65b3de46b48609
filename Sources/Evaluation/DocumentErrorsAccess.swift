import DocumentModel

/// Read access to one document's errors for renderers outside this module
/// (the HTML report of `pipeline eval --html`), without exposing the
/// scorers' internal types.
extension EvaluationResult.DocumentErrors {
    public var missedEntities: [Entity] { entityMissed }
    public var spuriousEntities: [Entity] { entitySpurious }
    public var missedClaims: [Claim] { claimMissed }
    public var spuriousClaims: [Claim] { claimSpurious }

    /// A matched claim pair with a wrong source or flag, and what differs.
    public struct ClaimMismatch: Sendable {
        public let gold: Claim
        public let pred: Claim
        /// One phrase per difference: `source`, `quote: gold true / predicted false`…
        public let differences: [String]
    }

    public var mismatchedClaims: [ClaimMismatch] {
        claimMismatches.map { pair in
            var what: [String] = []
            if !pair.sourcesOverlap { what.append("source") }
            for (name, g, p) in [("quote", pair.gold.quote, pair.pred.quote), ("hedged", pair.gold.hedged, pair.pred.hedged),
                                 ("negated", pair.gold.negated, pair.pred.negated)] where g != p {
                what.append("\(name): gold \(g) / predicted \(p)")
            }
            return ClaimMismatch(gold: pair.gold, pred: pair.pred, differences: what)
        }
    }

    /// Date spans of the gold with no predicted date of the same span.
    public var missedDateRanges: [ScalarRange] { dateMissed.map(\.range) }
    /// Predicted date spans with no gold date of the same span.
    public var spuriousDateRanges: [ScalarRange] { dateSpurious.map(\.range) }
    /// Matched date spans whose value is wrong, with both value sets.
    public var wrongDateValues: [(range: ScalarRange, gold: [String?], pred: [String?])] {
        dateWrongValues.map { ($0.gold.range, $0.gold.values, $0.pred.values) }
    }
}
