/// One-to-one matching of gold and predicted items (ANNOTATION.md, Scoring):
/// candidate pairs are taken best score first, ties by position (gold
/// index, then prediction index, both lists being in canonical position
/// order), each item used at most once. The result never depends on the
/// order the items came in.
enum GreedyMatcher {
    struct Candidate {
        let gold: Int
        let pred: Int
        /// Compared lexicographically, higher first.
        let score: [Int]
    }

    static func match(_ candidates: [Candidate]) -> [(gold: Int, pred: Int)] {
        let sorted = candidates.sorted { a, b in
            if a.score != b.score { return a.score.lexicographicallyPrecedes(b.score, by: >) }
            return a.gold != b.gold ? a.gold < b.gold : a.pred < b.pred
        }
        var usedGold = Set<Int>(), usedPred = Set<Int>()
        var pairs: [(gold: Int, pred: Int)] = []
        for c in sorted where !usedGold.contains(c.gold) && !usedPred.contains(c.pred) {
            usedGold.insert(c.gold)
            usedPred.insert(c.pred)
            pairs.append((c.gold, c.pred))
        }
        return pairs.sorted { $0.gold < $1.gold }
    }
}
