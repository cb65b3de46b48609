import DocumentModel

/// The frame shared by the review page and the evaluation report: head with
/// the inlined stylesheet, a header with the legend, the navigation column
/// (search, entity filter, document list), the documents, the inlined script.
struct PageShell {
    let title: String
    /// Under the title: what the page shows.
    let subtitle: String
    /// HTML placed between the header and the documents (the score tables).
    var preamble = ""
    /// `review` or `eval`: the body's `data-page`, read by the script.
    let kind: String
    /// One entry per record, in page order.
    var navigation: [NavigationEntry]
    /// Entities to filter on: id, label, number of documents.
    var filterEntities: [(id: String, label: String, documents: Int)]
    /// The `<article>` of every record, in page order.
    var articles: [String]

    struct NavigationEntry {
        let label: String
        /// Counts or a short state, after the label.
        let detail: String
        /// Extra class: `error` for an error record, `has-errors` in the report.
        var flag = ""
    }

    func render(assets: PageAssets) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        // Nothing may be fetched: the page works offline and from file://.
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        out += "<title>\(HTML.escape(title))</title><style>\n\(HTML.inlineSafe(assets.css, closing: "style"))\n</style></head>\n"
        out += "<body data-page=\"\(kind)\"><header class=\"top\"><div class=\"title\"><h1>\(HTML.escape(title))</h1>"
        out += "<p class=\"subtitle\">\(HTML.escape(subtitle))</p></div>" + legend + "</header>\n"
        out += preamble
        out += "<div class=\"layout\"><nav id=\"nav\"><div class=\"filters\">"
        out += "<input type=\"search\" id=\"search\" placeholder=\"Search the texts…\" autocomplete=\"off\">"
        out += "<select id=\"entity-filter\"><option value=\"\">All entities</option>"
        for e in filterEntities {
            out += "<option" + HTML.attribute("value", e.id) + ">" + HTML.escape("\(e.label) (\(e.documents))") + "</option>"
        }
        out += "</select>"
        if kind == "eval" {
            out += "<label class=\"only-errors\"><input type=\"checkbox\" id=\"errors-only\" checked> Only documents with errors</label>"
        }
        out += "<p id=\"filter-status\" class=\"filter-status\"></p></div>"
        out += "<div class=\"pager\"><button type=\"button\" id=\"prev\" title=\"Previous document (k)\">‹</button>"
        out += "<span id=\"position\"></span><button type=\"button\" id=\"next\" title=\"Next document (j)\">›</button></div>"
        out += "<ol id=\"doc-list\">"
        for (k, n) in navigation.enumerated() {
            out += "<li" + (n.flag.isEmpty ? "" : HTML.attribute("class", n.flag)) + "><a href=\"#doc-\(k + 1)\" data-doc=\"\(k + 1)\">"
            out += "<span class=\"doc-id\">\(HTML.escape(n.label))</span><span class=\"doc-detail\">\(HTML.escape(n.detail))</span></a></li>"
        }
        out += "</ol></nav>\n<main id=\"docs\">"
        if articles.isEmpty { out += "<p class=\"none\">No documents.</p>" }
        for a in articles { out += a; out += "\n" }
        out += "</main></div><div id=\"tooltip\" role=\"tooltip\" hidden></div>"
        out += "<script>\n\(HTML.inlineSafe(assets.js, closing: "script"))\n</script></body></html>\n"
        return out
    }

    /// Legend items are `<i>` swatches, never contract elements.
    private var legend: String {
        var out = "<ul class=\"legend\" aria-label=\"Legend\">"
        for (cls, name) in [("PER", "person"), ("ORG", "organisation"), ("LOC", "place"), ("MISC", "other")] {
            out += "<li><i class=\"sw \(cls)\"></i>\(cls) <small>\(name)</small></li>"
        }
        out += "<li><i class=\"sw date\"></i>date <small>value</small></li>"
        out += "<li><i class=\"sw src\"></i>source</li><li><i class=\"sw cue\"></i>cue</li><li><i class=\"sw con\"></i>content</li>"
        if kind == "eval" {
            out += "<li><i class=\"sw miss\"></i>missed</li><li><i class=\"sw fp\"></i>false positive</li><li><i class=\"sw diff\"></i>differs</li>"
        }
        return out + "</ul>"
    }

    /// The entities to filter on, most widespread first.
    static func entityChoices(_ documents: [(ids: [String], entities: [Entity])]) -> [(id: String, label: String, documents: Int)] {
        var count: [String: Int] = [:]
        var label: [String: String] = [:]
        for d in documents {
            for id in d.ids { count[id, default: 0] += 1 }
            for e in d.entities {
                guard let id = e.id, label[id] == nil else { continue }
                label[id] = "\(e.canonical ?? e.span.text) · \(e.type.rawValue) · \(id)"
            }
        }
        return count.keys.sorted { a, b in count[a]! != count[b]! ? count[a]! > count[b]! : a < b }
            .map { ($0, label[$0] ?? $0, count[$0]!) }
    }
}
