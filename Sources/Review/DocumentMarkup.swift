import DocumentModel

/// How an item fared against the gold, for the evaluation report: a class
/// (`miss`, `fp`, `diff`) and a note shown on hover and in the inspector.
struct ItemStatus: Sendable {
    enum Kind: String, Sendable {
        /// In the gold, not predicted.
        case miss
        /// Predicted, not in the gold.
        case fp
        /// Matched, but a value, source or flag differs.
        case diff
    }

    let kind: Kind
    let note: String
}

/// The markup of one document's annotations: the marks drawn over its text
/// and the list of its claims.
struct DocumentMarkup {
    let text: String
    let entities: [Entity]
    let claims: [Claim]
    let dates: [DateMention]
    /// Prefix of every id this document puts in the page (`d3`, `d3g`…).
    let key: String
    var entityStatus: [Int: ItemStatus] = [:]
    var claimStatus: [Int: ItemStatus] = [:]
    var dateStatus: [Int: ItemStatus] = [:]

    init(text: String, entities: [Entity], claims: [Claim], dates: [DateMention], key: String) {
        self.text = text
        self.entities = entities
        self.claims = claims
        self.dates = dates
        self.key = key
    }

    /// The page-unique id of claim `k` (0-based).
    func claimID(_ k: Int) -> String { "\(key)c\(k + 1)" }

    /// Layers: a claim's content outside its source and cue, those outside
    /// entities, entities outside dates (for marks of equal range).
    func marks() -> [Mark] {
        var marks: [Mark] = []
        marks.reserveCapacity(entities.count + 3 * claims.count + dates.count)
        for (k, c) in claims.enumerated() {
            let status = claimStatus[k]
            let id = claimID(k)
            func part(_ span: TextSpan, _ role: String, _ cls: String, _ layer: Int, _ extra: String = "") {
                let classes = "c \(cls)" + (status.map { " \($0.kind.rawValue)" } ?? "")
                var a = HTML.attribute("class", classes) + HTML.attribute("data-claim", id) + HTML.attribute("data-role", role)
                a += HTML.attribute("data-start", String(span.start)) + HTML.attribute("data-end", String(span.end)) + extra
                if let status { a += HTML.attribute("data-status", status.note) }
                marks.append(Mark(range: span.range, layer: layer, attributes: a, classes: classes))
            }
            part(c.content, "content", "con", 0)
            if let s = c.source { part(s.span, "source", "src", 1, HTML.attribute("data-kind", s.kind.rawValue)) }
            if let cue = c.cue { part(cue, "cue", "cue", 1) }
        }
        for (k, e) in entities.enumerated() {
            let status = entityStatus[k]
            let classes = "e \(e.type.rawValue)" + (status.map { " \($0.kind.rawValue)" } ?? "")
            var a = HTML.attribute("class", classes) + HTML.attribute("data-type", e.type.rawValue)
            a += HTML.attribute("data-start", String(e.range.start)) + HTML.attribute("data-end", String(e.range.end))
            a += HTML.attribute("data-id", e.id ?? "")
            if let v = e.canonical { a += HTML.attribute("data-canonical", v) }
            if let v = e.subtype { a += HTML.attribute("data-subtype", v) }
            if let v = e.kb { a += HTML.attribute("data-kb", v) }
            if let v = e.by { a += HTML.attribute("data-by", v) }
            if let status { a += HTML.attribute("data-status", status.note) }
            marks.append(Mark(range: e.range, layer: 2, attributes: a, classes: classes))
        }
        for (k, d) in dates.enumerated() {
            let status = dateStatus[k]
            let classes = "d" + (status.map { " \($0.kind.rawValue)" } ?? "")
            var a = HTML.attribute("class", classes) + HTML.attribute("data-value", d.value ?? "")
            a += HTML.attribute("data-start", String(d.range.start)) + HTML.attribute("data-end", String(d.range.end))
            if let status { a += HTML.attribute("data-status", status.note) }
            marks.append(Mark(range: d.range, layer: 3, attributes: a, classes: classes))
        }
        return marks
    }

    /// The text with every mark drawn (`<div class="text">`).
    func textHTML() -> String {
        "<div class=\"text\">" + SpanMarkup.render(SourceText(text), marks: marks(), fragmentPrefix: "\(key)f") + "</div>"
    }

    /// Canonical ids worth filtering on across documents (document-local
    /// `doc:` ids name nothing outside their document).
    var entityIDs: [String] {
        var seen = Set<String>()
        return entities.compactMap(\.id).filter { !$0.hasPrefix("doc:") && seen.insert($0).inserted }
    }

    /// Entity ids a claim mentions: its source's entity, the ids listed in
    /// its content, and the entities inside its source or content.
    func mentions(_ c: Claim) -> [String] {
        var ids = c.entities
        if let e = c.source?.entity { ids.append(e) }
        for e in entities {
            guard let id = e.id else { continue }
            if c.content.range.contains(e.range) || (c.source.map { $0.span.range.contains(e.range) } ?? false) { ids.append(id) }
        }
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// The side list: source (kind) → cue → content, and the flags.
    func claimListHTML(empty: String = "No claims in this document.") -> String {
        guard !claims.isEmpty else { return "<p class=\"none\">\(HTML.escape(empty))</p>" }
        var out = "<ol class=\"claims\">"
        for (k, c) in claims.enumerated() {
            let status = claimStatus[k]
            out += "<li" + HTML.attribute("class", "claim" + (status.map { " \($0.kind.rawValue)" } ?? ""))
            out += HTML.attribute("data-for-claim", claimID(k)) + HTML.attribute("data-mentions", mentions(c).joined(separator: " "))
            out += " tabindex=\"0\"><div class=\"flow\">"
            if let s = c.source {
                out += "<span class=\"who\">\(HTML.escape(s.span.text))</span><span class=\"kind\">\(s.kind.rawValue)</span>"
                if let r = s.resolved { out += "<span class=\"resolved\">= \(HTML.escape(r.text))</span>" }
            } else {
                out += "<span class=\"who none\">no source</span>"
            }
            out += "<span class=\"arrow\">→</span>"
            out += c.cue.map { "<span class=\"verb\">\(HTML.escape($0.text))</span>" } ?? "<span class=\"verb none\">no cue</span>"
            out += "</div><div class=\"quote-text\">\(HTML.escape(c.content.text))</div><div class=\"flags\">"
            for (name, on) in [("quote", c.quote), ("hedged", c.hedged), ("negated", c.negated)] {
                out += "<span class=\"flag \(name)\(on ? " on" : "")\" title=\"\(on ? "" : "not ")\(name)\">\(name)</span>"
            }
            out += "</div>"
            if let status { out += "<div class=\"status\">\(HTML.escape(status.note))</div>" }
            out += "</li>"
        }
        return out + "</ol>"
    }
}
