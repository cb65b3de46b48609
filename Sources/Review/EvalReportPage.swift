import DocumentModel
import Evaluation

/// The report of `pipeline eval --html`: the score tables, then every gold
/// document beside its prediction, with each miss, false positive and
/// difference marked on both sides and listed with the rule that fired.
/// Same markup contract as the review page; each side is a
/// `<section data-side="gold|pred">` (docs/REVIEW.md).
public struct EvalReportPage: Sendable {
    public let gold: [EvalDocument]
    public let predictions: [EvalDocument]
    public let report: EvaluationReport
    public let title: String

    public init(gold: [EvalDocument], predictions: [EvalDocument], report: EvaluationReport,
                title: String = "Pipeline evaluation") {
        self.gold = gold
        self.predictions = predictions
        self.report = report
        self.title = title
    }

    public func render() throws(ReviewError) -> [UInt8] {
        Array(html(assets: try PageAssets.load()).utf8)
    }

    func html(assets: PageAssets) -> String {
        var predByID: [String: EvalDocument] = [:]
        for p in predictions where predByID[p.id] == nil { predByID[p.id] = p }
        var errorsByID: [String: EvaluationResult.DocumentErrors] = [:]
        for e in report.result.documentErrors { errorsByID[e.id] = e }
        var navigation: [PageShell.NavigationEntry] = []
        var articles: [String] = []
        var filterInput: [(ids: [String], entities: [Entity])] = []
        var withErrors = 0
        for (k, g) in gold.enumerated() {
            let n = k + 1
            let p = predByID[g.id] ?? EvalDocument(id: g.id, text: g.text)
            let comparison = DocumentComparison(gold: g, pred: p, errors: errorsByID[g.id], number: n,
                                                layers: Set(report.result.layers), hasPrediction: predByID[g.id] != nil)
            let ids = Array(Set(comparison.goldMarkup.entityIDs + comparison.predMarkup.entityIDs)).sorted()
            filterInput.append((ids, g.entities + p.entities))
            if comparison.errorCount > 0 { withErrors += 1 }
            navigation.append(.init(label: g.id, detail: comparison.summary, flag: comparison.errorCount > 0 ? "has-errors" : ""))
            articles.append(comparison.article(entityIDs: ids))
        }
        let subtitle = "\(report.goldDescription) · predictions: \(report.predictionDescription) · \(gold.count) documents, \(withErrors) with errors"
        var shell = PageShell(title: title, subtitle: subtitle, kind: "eval", navigation: navigation,
                              filterEntities: PageShell.entityChoices(filterInput), articles: articles)
        shell.preamble = ScoreTables(result: report.result).html
        return shell.render(assets: assets)
    }
}

/// One gold document and its prediction, with the errors marked.
struct DocumentComparison {
    let gold: EvalDocument
    let pred: EvalDocument
    let number: Int
    let hasPrediction: Bool
    var goldMarkup: DocumentMarkup
    var predMarkup: DocumentMarkup
    /// Rows of the error table, in text order.
    var rows: [ErrorRow] = []

    struct ErrorRow {
        let start: Int
        let layer: String
        let what: ItemStatus.Kind
        let goldHTML: String
        let predHTML: String
        let by: String
        /// `data-*` attributes locating the items on both sides (for the script).
        let target: String
    }

    var errorCount: Int { rows.count }

    var summary: String {
        guard hasPrediction else { return "no prediction" }
        let miss = rows.filter { $0.what == .miss }.count, fp = rows.filter { $0.what == .fp }.count
        let diff = rows.filter { $0.what == .diff }.count
        if rows.isEmpty { return "no errors" }
        return [(miss, "missed"), (fp, "false pos."), (diff, "differ")].filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)" }.joined(separator: " · ")
    }

    init(gold: EvalDocument, pred: EvalDocument, errors: EvaluationResult.DocumentErrors?, number: Int,
         layers: Set<Layer>, hasPrediction: Bool) {
        self.gold = gold
        self.pred = pred
        self.number = number
        self.hasPrediction = hasPrediction
        // Layers that are not scored are not drawn: their marks would not be checked.
        goldMarkup = DocumentMarkup(text: gold.text, entities: layers.contains(.entities) ? gold.entities : [],
                                    claims: layers.contains(.claims) ? gold.claims : [],
                                    dates: layers.contains(.dates) ? gold.dates : [], key: "d\(number)g")
        predMarkup = DocumentMarkup(text: gold.text, entities: layers.contains(.entities) ? pred.entities : [],
                                    claims: layers.contains(.claims) ? pred.claims : [],
                                    dates: layers.contains(.dates) ? pred.dates : [], key: "d\(number)p")
        if let errors { mark(errors) }
        rows.sort { ($0.start, $0.layer) < ($1.start, $1.layer) }
    }

    private static func entityHTML(_ e: Entity) -> String {
        "<span class=\"tag \(e.type.rawValue)\">\(e.type.rawValue)</span> «\(HTML.escape(e.span.text))» <small>\(e.span.start)–\(e.span.end)</small>"
    }

    private static func claimHTML(_ c: Claim) -> String {
        var out = c.source.map { "<b>\(HTML.escape($0.span.text))</b> <small>(\($0.kind.rawValue))</small>" } ?? "<i>no source</i>"
        out += " → " + (c.cue.map { "<b>\(HTML.escape($0.text))</b>" } ?? "<i>no cue</i>")
        out += " → «\(HTML.escape(c.content.text))»"
        let flags = [("quote", c.quote), ("hedged", c.hedged), ("negated", c.negated)].filter(\.1).map(\.0)
        if !flags.isEmpty { out += " <small>[\(flags.joined(separator: ", "))]</small>" }
        return out
    }

    private static func dateHTML(_ text: String, _ values: [String?], _ r: ScalarRange) -> String {
        "«\(HTML.escape(text))» = <code>\(HTML.escape(values.map { $0 ?? "null" }.joined(separator: " | ")))</code> <small>\(r.start)–\(r.end)</small>"
    }

    private static func target(_ side: String, _ r: ScalarRange) -> String {
        HTML.attribute("data-target-\(side)", "\(r.start)-\(r.end)")
    }

    private mutating func mark(_ errors: EvaluationResult.DocumentErrors) {
        let missedEntities = Set(errors.missedEntities), spuriousEntities = Set(errors.spuriousEntities)
        for (k, e) in gold.entities.enumerated() where missedEntities.contains(e) && goldMarkup.entities.indices.contains(k) {
            let near = pred.entities.filter { $0.range.overlaps(e.range) }
            let note = near.isEmpty ? "missed: nothing predicted here" : "missed: predicted " + near.map { "\($0.type.rawValue) «\($0.span.text)»" }.joined(separator: ", ")
            goldMarkup.entityStatus[k] = ItemStatus(kind: .miss, note: note)
            rows.append(ErrorRow(start: e.range.start, layer: "entity", what: .miss, goldHTML: Self.entityHTML(e),
                                 predHTML: near.isEmpty ? "—" : near.map(Self.entityHTML).joined(separator: "<br>"),
                                 by: near.compactMap(\.by).joined(separator: ", "), target: Self.target("gold", e.range)))
        }
        for (k, e) in pred.entities.enumerated() where spuriousEntities.contains(e) && predMarkup.entities.indices.contains(k) {
            let near = gold.entities.filter { $0.range.overlaps(e.range) }
            let note = "false positive by \(e.by ?? "?")" + (near.isEmpty ? "" : "; gold has " + near.map { "\($0.type.rawValue) «\($0.span.text)»" }.joined(separator: ", "))
            predMarkup.entityStatus[k] = ItemStatus(kind: .fp, note: note)
            rows.append(ErrorRow(start: e.range.start, layer: "entity", what: .fp,
                                 goldHTML: near.isEmpty ? "—" : near.map(Self.entityHTML).joined(separator: "<br>"),
                                 predHTML: Self.entityHTML(e), by: e.by ?? "", target: Self.target("pred", e.range)))
        }
        let missedClaims = Set(errors.missedClaims), spuriousClaims = Set(errors.spuriousClaims)
        for (k, c) in gold.claims.enumerated() where missedClaims.contains(c) && goldMarkup.claims.indices.contains(k) {
            goldMarkup.claimStatus[k] = ItemStatus(kind: .miss, note: "missed: no predicted claim with this content")
            rows.append(ErrorRow(start: c.content.start, layer: "claim", what: .miss, goldHTML: Self.claimHTML(c), predHTML: "—",
                                 by: "", target: HTML.attribute("data-target-claim", goldMarkup.claimID(k))))
        }
        for (k, c) in pred.claims.enumerated() where spuriousClaims.contains(c) && predMarkup.claims.indices.contains(k) {
            predMarkup.claimStatus[k] = ItemStatus(kind: .fp, note: "false positive: no gold claim with this content")
            rows.append(ErrorRow(start: c.content.start, layer: "claim", what: .fp, goldHTML: "—", predHTML: Self.claimHTML(c),
                                 by: "", target: HTML.attribute("data-target-claim", predMarkup.claimID(k))))
        }
        for m in errors.mismatchedClaims {
            guard let gk = gold.claims.firstIndex(of: m.gold), let pk = pred.claims.firstIndex(of: m.pred),
                  goldMarkup.claims.indices.contains(gk), predMarkup.claims.indices.contains(pk) else { continue }
            let note = "matched, but " + m.differences.joined(separator: "; ")
            goldMarkup.claimStatus[gk] = ItemStatus(kind: .diff, note: note)
            predMarkup.claimStatus[pk] = ItemStatus(kind: .diff, note: note)
            rows.append(ErrorRow(start: m.gold.content.start, layer: "claim", what: .diff, goldHTML: Self.claimHTML(m.gold),
                                 predHTML: Self.claimHTML(m.pred) + "<br><small>\(HTML.escape(note))</small>", by: "",
                                 target: HTML.attribute("data-target-claim", goldMarkup.claimID(gk) + " " + predMarkup.claimID(pk))))
        }
        let missedDates = Set(errors.missedDateRanges), spuriousDates = Set(errors.spuriousDateRanges)
        var wrong: [ScalarRange: (gold: [String?], pred: [String?])] = [:]
        for w in errors.wrongDateValues { wrong[w.range] = (w.gold, w.pred) }
        func values(_ dates: [DateMention], _ r: ScalarRange) -> [String?] { dates.filter { $0.range == r }.map(\.value) }
        var listed = Set<ScalarRange>()
        for (k, d) in gold.dates.enumerated() where goldMarkup.dates.indices.contains(k) {
            if missedDates.contains(d.range) {
                goldMarkup.dateStatus[k] = ItemStatus(kind: .miss, note: "missed: no predicted date with this span")
                if listed.insert(d.range).inserted {
                    rows.append(ErrorRow(start: d.range.start, layer: "date", what: .miss,
                                         goldHTML: Self.dateHTML(d.span.text, values(gold.dates, d.range), d.range), predHTML: "—",
                                         by: "", target: Self.target("gold", d.range)))
                }
            } else if let w = wrong[d.range] {
                let note = "value: gold \(w.gold.map { $0 ?? "null" }.joined(separator: " | ")) / predicted \(w.pred.map { $0 ?? "null" }.joined(separator: " | "))"
                goldMarkup.dateStatus[k] = ItemStatus(kind: .diff, note: note)
                if listed.insert(d.range).inserted {
                    rows.append(ErrorRow(start: d.range.start, layer: "date", what: .diff,
                                         goldHTML: Self.dateHTML(d.span.text, w.gold, d.range),
                                         predHTML: Self.dateHTML(d.span.text, w.pred, d.range), by: "",
                                         target: Self.target("gold", d.range) + Self.target("pred", d.range)))
                }
            }
        }
        for (k, d) in pred.dates.enumerated() where predMarkup.dates.indices.contains(k) {
            if spuriousDates.contains(d.range) {
                predMarkup.dateStatus[k] = ItemStatus(kind: .fp, note: "false positive: no gold date with this span")
                if listed.insert(d.range).inserted {
                    rows.append(ErrorRow(start: d.range.start, layer: "date", what: .fp, goldHTML: "—",
                                         predHTML: Self.dateHTML(d.span.text, values(pred.dates, d.range), d.range),
                                         by: "", target: Self.target("pred", d.range)))
                }
            } else if let w = wrong[d.range] {
                predMarkup.dateStatus[k] = ItemStatus(kind: .diff, note: "value: gold \(w.gold.map { $0 ?? "null" }.joined(separator: " | ")) / predicted \(w.pred.map { $0 ?? "null" }.joined(separator: " | "))")
            }
        }
    }

    func article(entityIDs: [String]) -> String {
        var out = "<article class=\"doc compare\" id=\"doc-\(number)\" data-doc=\"\(number)\" data-errors=\"\(rows.count)\""
        out += HTML.attribute("data-entities", entityIDs.joined(separator: " "))
        out += " hidden>"
        out += ReviewPage.header(id: gold.id, date: gold.date, facts: [summary])
        out += "<section class=\"errors\"><h3>Errors <small>\(rows.count)</small></h3>"
        if rows.isEmpty {
            out += "<p class=\"none\">Gold and prediction agree on every scored layer.</p>"
        } else {
            out += "<table><thead><tr><th>layer</th><th>error</th><th>gold</th><th>predicted</th><th>rule (by)</th></tr></thead><tbody>"
            for r in rows {
                let what = r.what == .miss ? "missed" : r.what == .fp ? "false positive" : "differs"
                out += "<tr class=\"row row-\(r.what.rawValue)\"\(r.target) tabindex=\"0\"><td>\(r.layer)</td><td><span class=\"pill \(r.what.rawValue)\">\(what)</span></td>"
                out += "<td>\(r.goldHTML)</td><td>\(r.predHTML)</td><td>\(r.by.isEmpty ? "—" : "<code>\(HTML.escape(r.by))</code>")</td></tr>"
            }
            out += "</tbody></table>"
        }
        out += "</section><aside class=\"side wide\"><div class=\"inspector-slot\"></div></aside>"
        out += "<div class=\"pair\">"
        for (side, label, markup) in [("gold", "Gold", goldMarkup), ("pred", hasPrediction ? "Predicted" : "Predicted (no prediction for this id)", predMarkup)] {
            out += "<section class=\"panel\" data-side=\"\(side)\"><h3>\(label) <small>\(markup.entities.count) entities · \(markup.claims.count) claims · \(markup.dates.count) dates</small></h3>"
            out += markup.textHTML()
            out += "<details class=\"claim-list\"\(markup.claims.isEmpty ? "" : " open")><summary>Claims (\(markup.claims.count))</summary>"
            out += markup.claimListHTML(empty: "No claims.") + "</details></section>"
        }
        out += "</div>"
        return out + "</article>"
    }
}

/// The score tables at the top of the report, from the same figures as
/// `pipeline eval`'s table.
struct ScoreTables {
    let result: EvaluationResult

    static func f(_ d: Double) -> String {
        let scaled = Int((d * 1000).rounded())
        return "\(scaled / 1000).\(zeroPadded(scaled % 1000, 3))"
    }

    private func row(_ label: String, _ c: Counts, strong: Bool = false) -> String {
        let cells = [Self.f(c.precision), Self.f(c.recall), Self.f(c.f1), String(c.tp), String(c.fp), String(c.fn)]
        return "<tr\(strong ? " class=\"total\"" : "")><th>\(HTML.escape(label))</th>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>"
    }

    private func accuracy(_ label: String, _ k: Int, _ n: Int) -> String {
        "<tr class=\"acc\"><th>\(label)</th><td colspan=\"6\">\(n == 0 ? "—" : Self.f(Double(k) / Double(n))) <small>(\(k) of \(n) matched)</small></td></tr>"
    }

    private func table(_ caption: String, _ rows: [String]) -> String {
        "<table class=\"score\"><caption>\(caption)</caption><thead><tr><th></th><th>P</th><th>R</th><th>F1</th><th>TP</th><th>FP</th><th>FN</th></tr></thead><tbody>"
            + rows.joined() + "</tbody></table>"
    }

    var html: String {
        let r = result
        var tables: [String] = []
        if r.scores(.entities) {
            for (mode, counts) in [("strict", r.entityStrict), ("partial", r.entityPartial)] {
                let all = EntityType.allCases.map { counts[$0] ?? Counts() }
                let macro = Counts.macro(all)
                var rows = [row("micro", all.reduce(Counts(), +), strong: true)]
                rows.append("<tr class=\"acc\"><th>macro</th><td>\(Self.f(macro.p))</td><td>\(Self.f(macro.r))</td><td>\(Self.f(macro.f1))</td><td colspan=\"3\"></td></tr>")
                for t in EntityType.allCases { rows.append(row(t.rawValue, counts[t] ?? Counts())) }
                tables.append(table("Entities, \(mode)", rows))
            }
        }
        if r.scores(.claims) {
            tables.append(table("Claims", [
                row("content", r.claims.content, strong: true), row("attribution", r.claims.attribution),
                accuracy("quote", r.claims.quoteCorrect, r.claims.matched),
                accuracy("hedged", r.claims.hedgedCorrect, r.claims.matched),
                accuracy("negated", r.claims.negatedCorrect, r.claims.matched),
            ]))
        }
        if r.scores(.dates) {
            tables.append(table("Dates", [row("span", r.dates.span, strong: true), accuracy("value", r.dates.valueCorrect, r.dates.span.tp)]))
        }
        var segments: [String] = []
        if r.scores(.tokens) { segments.append(row("tokens", r.tokens)) }
        if r.scores(.sentences) { segments.append(row("sentences", r.sentences)); segments.append(row("boundaries", r.sentenceBoundaries)) }
        if !segments.isEmpty { tables.append(table("Segmentation", segments)) }
        var out = "<section class=\"scores\" aria-label=\"Scores\">" + tables.joined()
        if !r.missingPredictions.isEmpty { out += "<p class=\"note\">\(r.missingPredictions.count) gold documents without prediction (scored as predicting nothing).</p>" }
        if !r.predictionsWithoutGold.isEmpty { out += "<p class=\"note\">\(r.predictionsWithoutGold.count) predictions without gold, not scored.</p>" }
        for note in r.notes { out += "<p class=\"note\">\(HTML.escape(note))</p>" }
        return out + "</section>"
    }
}
