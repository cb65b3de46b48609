import DocumentModel
import Foundation
import Testing

/// `pipeline review` and `pipeline eval --html` as a user runs them: the
/// page holds one contract element per item of the JSON (the browser test,
/// Tests/Browser/run, checks the same in Chromium).
@Suite struct ReviewCommandTests {
    static func count(_ html: String, _ needle: String) -> Int { html.components(separatedBy: needle).count - 1 }

    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("review-\(ProcessInfo.processInfo.processIdentifier)-\(name)").path
    }

    @Test func seedsPageHasOneElementPerEntityClaimPartAndDate() throws {
        let page = Self.temporary("seeds.html")
        defer { try? FileManager.default.removeItem(atPath: page) }
        let review = try PipelineRunner.run(["review", "seeds", "--output", page])
        #expect(review.status == 0, "\(review.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let docs = try PipelineRunner.run(["seeds"]).json
        let entities = docs.map { $0["entities"]!.arrayValue!.count }.reduce(0, +)
        let claims = docs.flatMap { $0["claims"]!.arrayValue! }
        let parts = claims.map { c in ["source", "cue", "content"].filter { !(c[$0]?.isNull ?? true) }.count }.reduce(0, +)
        let dates = docs.map { $0["dates"]!.arrayValue!.count }.reduce(0, +)
        #expect(Self.count(html, " data-type=\"") == entities)
        #expect(Self.count(html, " data-role=\"") == parts)
        #expect(Self.count(html, " data-value=\"") == dates)
        #expect(Self.count(html, "<article class=\"doc\"") == docs.count)
        // Self-contained: nothing to fetch (the page's own tags carry no src or stylesheet link).
        #expect(!html.contains(" src=\"") && !html.contains("<link"))
        #expect(html.contains("default-src 'none'"))
    }

    @Test func evalWritesTheReportBesideItsTable() throws {
        let page = Self.temporary("eval.html")
        defer { try? FileManager.default.removeItem(atPath: page) }
        let result = try PipelineRunner.run(["eval", "--gold", "Tests/Fixtures/gold/seeds.jsonl", "--json", "--html", page])
        #expect(result.status == 0, "\(result.stderr)")
        let scores = try #require(result.json.first)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(Self.count(html, "data-side=\"gold\"") == 5 && Self.count(html, "data-side=\"pred\"") == 5)
        let fn = scores["entities"]?["strict"]?["micro"]?["fn"]?.intValue ?? -1
        let fp = scores["entities"]?["strict"]?["micro"]?["fp"]?.intValue ?? -1
        #expect(Self.count(html, "<tr class=\"row row-miss\" data-target-gold") >= fn)
        #expect(["PER", "ORG", "LOC", "MISC"].map { Self.count(html, "class=\"e \($0) fp\"") }.reduce(0, +) == fp)
        #expect(html.contains("<caption>Entities, strict</caption>"))
    }
}
