/// A small reader of the markup the Review module writes (spans, escapes),
/// so tests can check structure without a browser: element nesting, the
/// text inside each element, and the page text.
struct MarkupReader {
    struct Element {
        let attributes: [String: String]
        /// Scalar offsets into the unescaped text, end exclusive.
        var start: Int
        var end: Int
    }

    private(set) var elements: [Element] = []
    private(set) var text: [Unicode.Scalar] = []
    /// Whether every element closed in order.
    private(set) var wellFormed = true

    init(_ html: String) {
        var stack: [Int] = []
        let s = Array(html.unicodeScalars)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "<" {
                var j = i + 1
                while s[j] != ">" { j += 1 }
                let tag = String(String.UnicodeScalarView(s[(i + 1)..<j]))
                if tag.hasPrefix("/") {
                    if let top = stack.popLast() { elements[top].end = text.count } else { wellFormed = false }
                } else {
                    elements.append(Element(attributes: MarkupReader.attributes(tag), start: text.count, end: -1))
                    stack.append(elements.count - 1)
                }
                i = j + 1
            } else if c == "&" {
                var j = i + 1
                while s[j] != ";" { j += 1 }
                let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
                let map: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'"]
                text.append(map[name]!)
                i = j + 1
            } else {
                text.append(c)
                i += 1
            }
        }
        if !stack.isEmpty { wellFormed = false }
    }

    static func attributes(_ tag: String) -> [String: String] {
        var out: [String: String] = [:]
        var rest = Substring(tag)
        while let eq = rest.firstIndex(of: "=") {
            let name = rest[..<eq].split(separator: " ").last.map(String.init) ?? ""
            let afterQuote = rest.index(eq, offsetBy: 2)
            let close = rest[afterQuote...].firstIndex(of: "\"")!
            out[name] = unescape(String(rest[afterQuote..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    func slice(_ e: Element) -> String { String(String.UnicodeScalarView(text[e.start..<e.end])) }

    func elements(with attribute: String) -> [Element] { elements.filter { $0.attributes[attribute] != nil } }
}
