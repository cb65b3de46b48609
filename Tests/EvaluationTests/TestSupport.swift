import DocumentModel
@testable import Evaluation

/// Builds spans by searching text, so tests read like the sentences they test.
struct Doc {
    let text: String
    let source: SourceText

    init(_ text: String) {
        self.text = text
        source = SourceText(text)
    }

    /// The `occurrence`-th (0-based) span of `needle`, in scalar offsets.
    func range(_ needle: String, _ occurrence: Int = 0) -> ScalarRange {
        let hay = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        var seen = 0
        for i in 0...(hay.count - n.count) where Array(hay[i..<(i + n.count)]) == n {
            if seen == occurrence { return ScalarRange(i, i + n.count) }
            seen += 1
        }
        fatalError("\"\(needle)\" not found in \"\(text)\"")
    }

    func span(_ needle: String, _ occurrence: Int = 0) -> TextSpan { TextSpan(range(needle, occurrence), in: source) }
    func span(_ r: ScalarRange) -> TextSpan { TextSpan(r, in: source) }

    func entity(_ needle: String, _ type: EntityType, _ occurrence: Int = 0, by: String? = nil) -> Entity {
        Entity(span: span(needle, occurrence), type: type, by: by)
    }

    func entity(_ r: ScalarRange, _ type: EntityType) -> Entity { Entity(span: span(r), type: type) }

    func claim(_ content: String, source: String?, resolved: String? = nil, cue: String? = nil,
               quote: Bool = false, hedged: Bool = false, negated: Bool = false) -> Claim {
        Claim(content: span(content),
              source: source.map { ClaimSource(span: span($0), kind: .named, resolved: resolved.map { span($0) }) },
              cue: cue.map { span($0) }, quote: quote, hedged: hedged, negated: negated)
    }

    func date(_ needle: String, _ value: String?) -> DateMention { DateMention(span: span(needle), value: value) }
}

/// All orderings of a small array (order-independence checks).
func permutations<T>(_ items: [T]) -> [[T]] {
    guard items.count > 1 else { return [items] }
    var out: [[T]] = []
    for (i, x) in items.enumerated() {
        var rest = items
        rest.remove(at: i)
        for p in permutations(rest) { out.append([x] + p) }
    }
    return out
}
