import DocumentModel
import TestSupport
import Testing
@testable import NER

/// `MentionSelection.select`: longest first, then priority, then the earlier
/// start; never an overlap with what is kept; the result ordered by start.
struct MentionSelectionTests {
    static func mention(_ start: Int, _ end: Int, priority: Int = 0, type: EntityType = .LOC) -> Mention {
        Mention(start: start, end: end, type: type, by: .placeCue, priority: priority)
    }

    static func spans(_ m: [Mention]) -> [[Int]] { m.map { [$0.start, $0.end] } }

    /// `Front de libération de l'Azawad` (tokens 0–5) beats `Azawad` (5) and `Front` (0).
    @Test func longestWins() {
        let picked = MentionSelection.select([Self.mention(5, 6), Self.mention(0, 6), Self.mention(0, 1)])
        #expect(Self.spans(picked) == [[0, 6]])
    }

    /// On equal length the higher priority, then the earlier start.
    @Test func priorityThenStart() {
        let picked = MentionSelection.select([Self.mention(2, 4, priority: 1), Self.mention(1, 3, priority: 2), Self.mention(3, 5, priority: 1)])
        #expect(Self.spans(picked) == [[1, 3], [3, 5]])
    }

    /// Kept mentions stay and block overlapping candidates; new ones are merged in by start.
    @Test func keepsAcceptedInStartOrder() {
        let accepted = [Self.mention(2, 3), Self.mention(8, 10)]
        let picked = MentionSelection.select([Self.mention(0, 1), Self.mention(9, 11), Self.mention(5, 7), Self.mention(12, 13)], keeping: accepted)
        #expect(Self.spans(picked) == [[0, 1], [2, 3], [5, 7], [8, 10], [12, 13]])
        #expect(Self.spans(MentionSelection.select([], keeping: accepted)) == [[2, 3], [8, 10]])
    }

    /// The same choice as the definition, spelled out naively, on random candidates.
    @Test func sameAsTheDefinition() {
        var generator = SeededGenerator(seed: 42)
        func next(_ n: Int) -> Int { Int.random(in: 0..<n, using: &generator) }
        for _ in 0..<300 {
            let candidates = (0..<next(12)).map { _ -> Mention in
                let s = next(30)
                return Self.mention(s, s + 1 + next(4), priority: next(3))
            }
            let accepted = MentionSelection.select((0..<next(4)).map { _ in let s = next(30); return Self.mention(s, s + 1 + next(3)) })
            // Definition: sort stably by (longer, stronger, earlier), take what does not overlap, order by start.
            let order = candidates.indices.sorted { a, b in
                let x = candidates[a], y = candidates[b]
                if x.length != y.length { return x.length > y.length }
                if x.priority != y.priority { return x.priority > y.priority }
                if x.start != y.start { return x.start < y.start }
                return a < b
            }
            var taken = accepted
            for c in order where !taken.contains(where: { $0.overlaps(candidates[c]) }) { taken.append(candidates[c]) }
            let expected = taken.sorted { $0.start < $1.start }
            #expect(Self.spans(MentionSelection.select(candidates, keeping: accepted)) == Self.spans(expected))
        }
    }
}
