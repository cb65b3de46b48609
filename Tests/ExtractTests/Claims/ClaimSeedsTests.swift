import DocumentModel
@testable import Extract
import Foundation
import Testing

/// The seed articles as a regression floor, scored as ANNOTATION.md says
/// (content overlap of at least half the word tokens of the shorter span,
/// source-overlapping pairs first; attribution = sources overlap, span or
/// `resolved`). The extractor gets the gold entities, as NER would give them.
@Suite struct ClaimSeedsTests {
    static func seedsPath() -> String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for candidate in [root.appendingPathComponent("Tests/Fixtures/gold/seeds.jsonl"),
                          root.deletingLastPathComponent().appendingPathComponent("shared/gold/seeds.jsonl")]
        where FileManager.default.fileExists(atPath: candidate.path) {
            return candidate.path
        }
        return nil
    }

    @Test func seedsScoreAboveFloor() throws {
        guard let path = Self.seedsPath() else {
            print("ClaimSeedsTests: no seeds.jsonl (Tests/Fixtures/gold or ../shared/gold); skipped")
            return
        }
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        var tp = 0, fp = 0, fn = 0, attributed = 0
        var flagsRight = [0, 0, 0], matched = 0
        for line in lines {
            let gold = try Document(json: try JSONValue.parse(String(line)))
            let predicted = ClaimTestSupport.extractor.extract(
                ClaimTestSupport.tokenizer.tokenize(gold.text), entities: gold.entities, dates: gold.dates)
            let words = WordPositions(gold.text)
            let pairs = Self.match(gold.claims, predicted, words)
            tp += pairs.count
            fp += predicted.count - pairs.count
            fn += gold.claims.count - pairs.count
            for (g, p) in pairs {
                let gc = gold.claims[g], pc = predicted[p]
                if Self.sourcesOverlap(gc, pc) { attributed += 1 }
                matched += 1
                if gc.quote == pc.quote { flagsRight[0] += 1 }
                if gc.hedged == pc.hedged { flagsRight[1] += 1 }
                if gc.negated == pc.negated { flagsRight[2] += 1 }
            }
        }
        func f1(_ t: Int) -> Double { Double(2 * t) / Double(2 * tp + fp + fn) }
        #expect(f1(tp) >= 0.90, "content F1 \(f1(tp))")
        #expect(f1(attributed) >= 0.85, "attribution F1 \(f1(attributed))")
        for (name, right) in zip(["quote", "hedged", "negated"], flagsRight) {
            #expect(Double(right) / Double(max(1, matched)) >= 0.90, "\(name) accuracy")
        }
    }

    /// One-to-one matching by decreasing preference: source overlap, then word overlap.
    static func match(_ gold: [Claim], _ pred: [Claim], _ words: WordPositions) -> [(Int, Int)] {
        var candidates: [(Bool, Int, Int, Int)] = []
        for (g, gc) in gold.enumerated() {
            for (p, pc) in pred.enumerated() {
                let a = words.count(in: gc.content.range), b = words.count(in: pc.content.range)
                let overlap = words.count(in: ScalarRange(max(gc.content.start, pc.content.start),
                                                          max(max(gc.content.start, pc.content.start), min(gc.content.end, pc.content.end))))
                if min(a, b) > 0, 2 * overlap >= min(a, b) { candidates.append((sourcesOverlap(gc, pc), overlap, g, p)) }
            }
        }
        candidates.sort { l, r in l.0 != r.0 ? l.0 : l.1 != r.1 ? l.1 > r.1 : (l.2, l.3) < (r.2, r.3) }
        var usedG = Set<Int>(), usedP = Set<Int>(), pairs: [(Int, Int)] = []
        for c in candidates where !usedG.contains(c.2) && !usedP.contains(c.3) {
            usedG.insert(c.2); usedP.insert(c.3); pairs.append((c.2, c.3))
        }
        return pairs
    }

    static func sourcesOverlap(_ g: Claim, _ p: Claim) -> Bool {
        guard let gs = g.source, let ps = p.source else { return false }
        let gSpans = [gs.span.range] + (gs.resolved.map { [$0.range] } ?? [])
        let pSpans = [ps.span.range] + (ps.resolved.map { [$0.range] } ?? [])
        return gSpans.contains { a in pSpans.contains { a.overlaps($0) } }
    }
}

/// Start offsets of the word tokens of a text: runs of letters and digits, and
/// single punctuation marks (ANNOTATION.md, Scoring).
struct WordPositions {
    let starts: [Int]

    init(_ text: String) {
        var starts: [Int] = []
        var inWord = false
        for (i, s) in text.unicodeScalars.enumerated() {
            let isWord = s.properties.isAlphabetic || s.properties.numericType != nil
            if isWord {
                if !inWord { starts.append(i) }
                inWord = true
            } else {
                inWord = false
                if !s.properties.isWhitespace { starts.append(i) }
            }
        }
        self.starts = starts
    }

    func count(in r: ScalarRange) -> Int { starts.filter { $0 >= r.start && $0 < r.end }.count }
}
