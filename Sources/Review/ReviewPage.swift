import DocumentModel

/// The review page of `pipeline review`: one self-contained HTML file with
/// every document's text, its entities, claims and dates drawn over it, the
/// claims listed beside it, and navigation, search and an entity filter.
/// Markup contract: docs/REVIEW.md.
public struct ReviewPage: Sendable {
    public let items: [ReviewItem]
    public let title: String

    public init(items: [ReviewItem], title: String = "Pipeline review") {
        self.items = items
        self.title = title
    }

    public init(documents: [Document], title: String = "Pipeline review") {
        self.init(items: documents.map { .document($0) }, title: title)
    }

    /// The page as UTF-8 bytes.
    public func render() throws(ReviewError) -> [UInt8] {
        Array(html(assets: try PageAssets.load()).utf8)
    }

    func html(assets: PageAssets) -> String {
        var entities = 0, claims = 0, dates = 0, errors = 0
        var navigation: [PageShell.NavigationEntry] = []
        var articles: [String] = []
        var filterInput: [(ids: [String], entities: [Entity])] = []
        for (k, item) in items.enumerated() {
            let n = k + 1
            switch item {
            case let .document(doc):
                entities += doc.entities.count; claims += doc.claims.count; dates += doc.dates.count
                let markup = DocumentMarkup(text: doc.text, entities: doc.entities, claims: doc.claims, dates: doc.dates, key: "d\(n)")
                let ids = markup.entityIDs
                filterInput.append((ids, doc.entities))
                navigation.append(.init(label: doc.id, detail: "\(doc.entities.count) ent. · \(doc.claims.count) cl. · \(doc.dates.count) dat."))
                articles.append(ReviewPage.article(doc, markup: markup, number: n, entityIDs: ids))
            case let .error(error):
                errors += 1
                navigation.append(.init(label: error.id ?? "record \(n)", detail: "error", flag: "error"))
                articles.append(ReviewPage.errorArticle(error, number: n))
            }
        }
        let documents = items.count - errors
        var subtitle = "\(documents) document\(documents == 1 ? "" : "s") · \(entities) entities · \(claims) claims · \(dates) dates"
        if errors > 0 { subtitle += " · \(errors) error record\(errors == 1 ? "" : "s")" }
        let shell = PageShell(title: title, subtitle: subtitle, kind: "review", navigation: navigation,
                              filterEntities: PageShell.entityChoices(filterInput), articles: articles)
        return shell.render(assets: assets)
    }

    static func header(id: String, date: String?, facts: [String]) -> String {
        var out = "<header class=\"doc-head\"><h2>\(HTML.escape(id))</h2><p class=\"facts\">"
        if let date { out += "<span>dated \(HTML.escape(date))</span>" }
        for f in facts { out += "<span>\(HTML.escape(f))</span>" }
        return out + "</p></header>"
    }

    static func article(_ doc: Document, markup: DocumentMarkup, number n: Int, entityIDs: [String]) -> String {
        var out = "<article class=\"doc\" id=\"doc-\(n)\" data-doc=\"\(n)\"" + HTML.attribute("data-entities", entityIDs.joined(separator: " "))
        out += " hidden>"
        out += header(id: doc.id, date: doc.date,
                      facts: ["\(doc.entities.count) entities", "\(doc.claims.count) claims", "\(doc.dates.count) dates"])
        for w in doc.warnings { out += "<p class=\"warning\">⚠ \(HTML.escape(w))</p>" }
        out += "<div class=\"doc-body\">" + markup.textHTML()
        out += "<aside class=\"side\"><div class=\"inspector-slot\"></div><h3>Claims <small>\(doc.claims.count)</small></h3>"
        out += markup.claimListHTML() + "</aside></div></article>"
        return out
    }

    static func errorArticle(_ error: ReviewError, number n: Int) -> String {
        var out = "<article class=\"doc error-record\" id=\"doc-\(n)\" data-doc=\"\(n)\" data-entities=\"\" hidden>"
        out += header(id: error.id ?? "record \(n) (no id)", date: nil, facts: ["error record"])
        out += "<div class=\"error-box\"><p class=\"message\">\(HTML.escape(error.message))</p>"
        if !error.details.isEmpty {
            out += "<dl>"
            for (k, v) in error.details { out += "<dt>\(HTML.escape(k))</dt><dd>\(HTML.escape(v))</dd>" }
            out += "</dl>"
        }
        return out + "</div></article>"
    }
}
