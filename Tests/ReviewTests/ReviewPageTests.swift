import DocumentModel
import Evaluation
import Foundation
import Testing
@testable import Review

/// A document built by searching its text, so offsets are never typed by hand.
struct Doc {
    let text: String
    let source: SourceText
    init(_ text: String) { self.text = text; source = SourceText(text) }

    func range(_ s: String, after: Int = 0) -> ScalarRange {
        let scalars = Array(text.unicodeScalars), needle = Array(s.unicodeScalars)
        for i in after...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle {
            return ScalarRange(i, i + needle.count)
        }
        fatalError("\(s) not in \(text)")
    }

    func span(_ s: String, after: Int = 0) -> TextSpan { TextSpan(range(s, after: after), in: source) }
    func entity(_ s: String, _ t: EntityType, id: String? = nil, by: String? = nil) -> Entity {
        Entity(span: span(s), type: t, id: id, canonical: id == nil ? nil : s, kb: id == nil ? nil : "Q1", by: by)
    }
}

@Suite struct ReviewPageTests {
    static let assets = PageAssets(css: "/* css */", js: "/* js */")

    /// Two claims share a source; the second has an inverted cue holding its
    /// pronoun source; the first one's content holds an entity and a date.
    static let doc: Document = {
        let d = Doc("Le FLA affirme avoir pris Anefis lundi 14 juillet et assure tenir la ville. « Nous restons », a-t-il dit.")
        let fla = d.entity("FLA", .ORG, id: "org:fla", by: "gazetteer/armed_groups.tsv")
        let anefis = d.entity("Anefis", .LOC, id: "loc:anefis")
        let date = DateMention(span: d.span("lundi 14 juillet"), value: "2025-07-14")
        let source = ClaimSource(span: d.span("Le FLA"), kind: .named, entity: "org:fla")
        let c1 = Claim(content: d.span("avoir pris Anefis lundi 14 juillet"), source: source, cue: d.span("affirme"))
        let c2 = Claim(content: d.span("tenir la ville"), source: source, cue: d.span("assure"))
        let c3 = Claim(content: d.span("Nous restons"), source: ClaimSource(span: d.span("il", after: 80), kind: .pronoun),
                       cue: d.span("a-t-il dit"), quote: true)
        return Document(id: "doc-1", date: "2025-07", text: d.text, entities: [fla, anefis], claims: [c1, c2, c3], dates: [date])
    }()

    static func count(_ html: String, _ needle: String) -> Int { html.components(separatedBy: needle).count - 1 }

    @Test func contractElementsEqualTheJSONCounts() {
        let html = ReviewPage(documents: [Self.doc, Self.doc]).html(assets: Self.assets)
        let reader = MarkupReader(html.components(separatedBy: "<main id=\"docs\">")[1])
        #expect(reader.elements(with: "data-type").count == 4)
        #expect(reader.elements(with: "data-role").count == 2 * (3 * 3))
        #expect(reader.elements(with: "data-value").count == 2)
        // Claim ids are unique in the page: three parts per id.
        let ids = reader.elements(with: "data-claim").map { $0.attributes["data-claim"]! }
        #expect(Set(ids).count == 6)
        #expect(ids.allSatisfy { id in ids.filter { $0 == id }.count == 3 })
        // Each element's text is its span, and its offsets are the JSON's.
        for e in reader.elements(with: "data-type") {
            let start = Int(e.attributes["data-start"]!)!, end = Int(e.attributes["data-end"]!)!
            #expect(reader.slice(e) == SourceText(Self.doc.text).slice(start, end))
        }
        let anefis = reader.elements(with: "data-type").first { $0.attributes["data-id"] == "loc:anefis" }!
        #expect(anefis.attributes["data-type"] == "LOC" && anefis.attributes["data-kb"] == "Q1")
        #expect(reader.elements(with: "data-value").first?.attributes["data-value"] == "2025-07-14")
        // The side list names source, kind, cue and flags, and is not counted as contract elements.
        #expect(Self.count(html, "data-for-claim=") == 6)
        #expect(html.contains("<span class=\"flag quote on\""))
    }

    @Test func scriptInADocumentIsText() {
        let text = "<script>document.body.setAttribute('data-injected','1')</script><img src=x onerror=alert(1)> Le FLA."
        let d = Doc(text)
        let doc = Document(id: "<b>id</b>", text: text, entities: [d.entity("FLA", .ORG, id: "org:\"fla\"")])
        let html = ReviewPage(documents: [doc]).html(assets: Self.assets)
        #expect(!html.contains("<script>document"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>id</b>"))
        #expect(html.contains("&lt;script&gt;document.body.setAttribute(&#39;data-injected&#39;,&#39;1&#39;)&lt;/script&gt;"))
        #expect(html.contains("data-id=\"org:&quot;fla&quot;\""))
        #expect(Self.count(html, "<script>") == 1)  // the page's own
    }

    @Test func inlinedAssetsCannotCloseTheirElement() {
        let html = ReviewPage(documents: []).html(assets: PageAssets(css: "a{} </style><b>", js: "var s = '</script>';"))
        #expect(Self.count(html, "</style>") == 1)
        #expect(Self.count(html, "</script>") == 1)
        #expect(html.contains("<p class=\"none\">No documents.</p>"))
    }

    @Test func errorRecordsAndUnreadableLinesAreShown() throws {
        let record = try JSONValue.parse(#"{"id":"d7","error":{"input":"news.jsonl","line":12,"message":"invalid JSON","kind":"json"},"schema":2}"#)
        let badSpan = try JSONValue.parse(#"{"id":"d8","text":"Kidal","entities":[{"start":0,"end":9,"type":"LOC"}]}"#)
        let extra = try JSONValue.parse(#"{"id":"d9","text":"Kidal","schema":"1","gazetteer":"x","entities":[{"start":0,"end":5,"type":"LOC","text":"Kidal","future":true}],"warnings":["date \"2025-13\" is not YYYY"]}"#)
        let items = [ReviewItem(json: record, input: "a.jsonl", line: 1), ReviewItem(json: badSpan, input: "a.jsonl", line: 2),
                     ReviewItem(json: extra, input: "a.jsonl", line: 3)]
        guard case let .error(e1) = items[0], case let .error(e2) = items[1], case let .document(d) = items[2] else {
            Issue.record("wrong kinds: \(items)"); return
        }
        #expect(e1.id == "d7" && e1.message == "invalid JSON")
        #expect(e1.details.map(\.key) == ["input", "line", "kind"])
        #expect(e2.message.contains("outside the text"))
        #expect(e2.details.map(\.value) == ["a.jsonl", "2"])
        #expect(d.entities.count == 1)
        #expect(d.warnings == ["date \"2025-13\" is not YYYY"])
        let html = ReviewPage(items: items).html(assets: Self.assets)
        #expect(html.contains("<p class=\"warning\">⚠ date &quot;2025-13&quot; is not YYYY</p>"))
        #expect(Self.count(html, "class=\"doc error-record\"") == 2)
        #expect(html.contains("2 error records"))
        #expect(Self.count(html, "data-type=") == 1)
    }

    @Test func rawAndAnnotatedLinesAreTold() throws {
        #expect(ReviewItem.needsAnnotation(try JSONValue.parse(#"{"id":"a","text":"x"}"#)))
        #expect(!ReviewItem.needsAnnotation(try JSONValue.parse(#"{"id":"a","text":"x","entities":[]}"#)))
        #expect(!ReviewItem.needsAnnotation(try JSONValue.parse(#"{"id":"a","error":{"message":"m"}}"#)))
    }

    @Test func entityFilterListsCanonicalIDsOnly() {
        let d = Doc("Le FLA et Moussa Ag Acharatoumane.")
        let doc = Document(id: "a", text: d.text, entities: [d.entity("FLA", .ORG, id: "org:fla"),
                                                             d.entity("Moussa Ag Acharatoumane", .PER, id: "doc:per:1")])
        let html = ReviewPage(documents: [doc]).html(assets: Self.assets)
        #expect(html.contains("<option value=\"org:fla\">FLA · ORG · org:fla (1)</option>"))
        #expect(!html.contains("<option value=\"doc:per:1\""))
        #expect(html.contains("data-entities=\"org:fla\""))
    }

    @Test func realAssetsLoad() throws {
        let bytes = try ReviewPage(documents: [Self.doc]).render()
        let html = String(decoding: bytes, as: UTF8.self)
        #expect(html.contains("data-ready"))
        #expect(html.contains(".e.PER"))
    }
}

@Suite struct EvalReportPageTests {
    @Test func goldAndPredictionSideBySideWithErrorsMarked() throws {
        let d = Doc("Le FLA affirme tenir Kidal depuis lundi, selon RFI.")
        let gold = EvalDocument(id: "a", text: d.text,
                                entities: [d.entity("FLA", .ORG), d.entity("Kidal", .LOC)],
                                claims: [Claim(content: d.span("tenir Kidal depuis lundi"), source: ClaimSource(span: d.span("Le FLA"), kind: .named),
                                               cue: d.span("affirme"))],
                                dates: [DateMention(span: d.span("lundi"), value: "2025-07-14")])
        let pred = EvalDocument(id: "a", text: d.text,
                                entities: [d.entity("FLA", .ORG), d.entity("RFI", .ORG, by: "gazetteer/media.tsv")],
                                claims: [Claim(content: d.span("tenir Kidal depuis lundi"), source: ClaimSource(span: d.span("Le FLA"), kind: .named),
                                               cue: d.span("affirme"), hedged: true)],
                                dates: [DateMention(span: d.span("lundi"), value: nil)])
        let result = try Evaluator(layers: [.entities, .claims, .dates]).evaluate(gold: [gold], predictions: [pred])
        let report = EvaluationReport(result: result, goldDescription: "g", predictionDescription: "p")
        let html = EvalReportPage(gold: [gold], predictions: [pred], report: report).html(assets: ReviewPageTests.assets)
        let sides = html.components(separatedBy: "data-side=\"")
        #expect(sides.count == 3)
        let goldSide = MarkupReader(String(sides[1].split(separator: "<details")[0]).components(separatedBy: ">").dropFirst().joined(separator: ">"))
        let predSide = MarkupReader(String(sides[2].split(separator: "<details")[0]).components(separatedBy: ">").dropFirst().joined(separator: ">"))
        #expect(goldSide.elements(with: "data-type").count == 2 && predSide.elements(with: "data-type").count == 2)
        #expect(goldSide.elements(with: "data-role").count == 3 && predSide.elements(with: "data-role").count == 3)
        #expect(goldSide.elements(with: "data-value").count == 1 && predSide.elements(with: "data-value").count == 1)
        // Kidal missed, RFI a false positive (with its rule), the hedged flag and the date value differ.
        #expect(goldSide.elements(with: "data-type").first { $0.attributes["data-status"] != nil }?.attributes["class"] == "e LOC miss")
        let rfi = predSide.elements(with: "data-type").first { $0.attributes["class"] == "e ORG fp" }
        #expect(rfi?.attributes["data-status"] == "false positive by gazetteer/media.tsv")
        #expect(html.contains("<code>gazetteer/media.tsv</code>"))
        #expect(html.contains("hedged: gold false / predicted true"))
        #expect(html.contains("value: gold 2025-07-14 / predicted null"))
        // Claim ids differ between the sides.
        #expect(html.contains("data-claim=\"d1gc1\"") && html.contains("data-claim=\"d1pc1\""))
        // The score tables come first.
        #expect(html.range(of: "<caption>Entities, strict</caption>")!.lowerBound < html.range(of: "<main")!.lowerBound)
        #expect(html.contains("<tr class=\"total\"><th>micro</th><td>0.500</td><td>0.500</td><td>0.500</td><td>1</td><td>1</td><td>1</td></tr>"))
    }
}
