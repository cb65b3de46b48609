import DocumentModel

/// One annotated span to draw: an element wrapping `text[range]`.
struct Mark: Sendable {
    let range: ScalarRange
    /// Where two marks share a range, the lower layer is drawn outside
    /// (a claim's content outside the entities in it).
    let layer: Int
    /// Attributes of the element that opens the span: its class and the
    /// markup contract's `data-*` (docs/REVIEW.md). Begins with a space.
    let attributes: String
    /// Class of a continuation fragment (see `SpanMarkup`).
    let classes: String
}

/// Draws marks over a text as nested `<span>` elements.
///
/// The text is cut at every mark boundary. Marks open longest first, so a
/// span inside another nests inside it. Where two spans cross (a claim's
/// content starting inside an entity), the one that is open but not ending is
/// closed and reopened as a *continuation fragment*: an element with the
/// mark's class plus `cont`, without the contract attributes. So each mark has
/// exactly one element carrying its `data-*` attributes (the counts of the
/// page equal the counts of the JSON), and the fragments of a split mark share
/// a `data-frag` id for highlighting. The page's text content is the
/// document's text exactly; runs of more than two line breaks show as two
/// (the rest sit in a hidden `nlx` element, still in the text content).
struct SpanMarkup {
    enum Event: Equatable {
        case open(Int)
        case close(Int)
        case text(Int, Int)
    }

    /// The open/close/text sequence for `marks` over `length` scalars.
    static func events(marks: [Mark], length: Int) -> [Event] {
        let order = marks.indices.sorted { a, b in
            let x = marks[a], y = marks[b]
            if x.range.start != y.range.start { return x.range.start < y.range.start }
            if x.range.end != y.range.end { return x.range.end > y.range.end }
            if x.layer != y.layer { return x.layer < y.layer }
            return a < b
        }
        var boundaries = Set<Int>([0, length])
        for m in marks { boundaries.insert(m.range.start); boundaries.insert(m.range.end) }
        let points = boundaries.sorted()
        var events: [Event] = []
        var stack: [Int] = []
        var next = 0
        for (k, p) in points.enumerated() {
            var reopen: [Int] = []
            if let lowest = stack.firstIndex(where: { marks[$0].range.end == p }) {
                let popped = Array(stack[lowest...])
                stack.removeSubrange(lowest...)
                for m in popped.reversed() { events.append(.close(m)) }
                reopen = popped.filter { marks[$0].range.end != p }
            }
            var starting: [Int] = []
            while next < order.count, marks[order[next]].range.start == p {
                let m = order[next]
                if marks[m].range.isEmpty { events.append(.open(m)); events.append(.close(m)) } else { starting.append(m) }
                next += 1
            }
            let opening = (reopen + starting).sorted { a, b in
                let x = marks[a], y = marks[b]
                if x.range.end != y.range.end { return x.range.end > y.range.end }
                if x.range.start != y.range.start { return x.range.start < y.range.start }
                if x.layer != y.layer { return x.layer < y.layer }
                return a < b
            }
            for m in opening { events.append(.open(m)); stack.append(m) }
            if k + 1 < points.count { events.append(.text(p, points[k + 1])) }
        }
        return events
    }

    /// The HTML of `text` with `marks` drawn; `fragmentPrefix` makes the
    /// `data-frag` ids unique in the page.
    static func render(_ source: SourceText, marks: [Mark], fragmentPrefix: String) -> String {
        let events = events(marks: marks, length: source.count)
        var fragments = [Int](repeating: 0, count: marks.count)
        for case let .open(m) in events { fragments[m] += 1 }
        var seen = [Bool](repeating: false, count: marks.count)
        var out = ""
        out.reserveCapacity(source.count * 2)
        for event in events {
            switch event {
            case let .open(m):
                let frag = fragments[m] > 1 ? HTML.attribute("data-frag", "\(fragmentPrefix)\(m)") : ""
                if seen[m] {
                    out += "<span class=\"\(marks[m].classes) cont\"\(frag)>"
                } else {
                    seen[m] = true
                    out += "<span\(marks[m].attributes)\(frag)>"
                }
            case .close:
                out += "</span>"
            case let .text(a, b):
                appendText(source.slice(a, b), to: &out)
            }
        }
        return out
    }

    /// Escaped text; line-break runs beyond two are kept but hidden.
    static func appendText(_ s: String, to out: inout String) {
        var run = 0
        var hidden = false
        for c in s.unicodeScalars {
            if c == "\n" {
                run += 1
                if run == 3 { out += "<span class=\"nlx\">"; hidden = true }
                out += "\n"
                continue
            }
            if hidden { out += "</span>"; hidden = false }
            run = 0
            HTML.append(c, to: &out)
        }
        if hidden { out += "</span>" }
    }
}
