/// A half-open range of **Unicode scalar offsets** into a document's original
/// text (end exclusive) — the offset unit of every span this project reads or
/// writes (see ANNOTATION.md). In Python terms, `text[start:end]`.
public struct ScalarRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Stored in 32 bits: every token, entity and span carries one, and the
    // stages scan arrays of tokens; a document is at most `maxOffset`
    // scalars (`--max-document-bytes` is bounded by it).
    private let lower: Int32
    private let upper: Int32
    public var start: Int { Int(lower) }
    public var end: Int { Int(upper) }

    /// The largest offset a range can hold.
    public static let maxOffset = Int(Int32.max)

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "ScalarRange start \(start) > end \(end)")
        precondition(start >= Int(Int32.min) && end <= ScalarRange.maxOffset, "ScalarRange \(start)..<\(end) past \(ScalarRange.maxOffset)")
        lower = Int32(truncatingIfNeeded: start)
        upper = Int32(truncatingIfNeeded: end)
    }

    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func overlaps(_ other: ScalarRange) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: ScalarRange) -> Bool { start <= other.start && other.end <= end }
    public func overlapLength(_ other: ScalarRange) -> Int { max(0, min(end, other.end) - max(start, other.start)) }

    public static func < (a: ScalarRange, b: ScalarRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public var description: String { "\(start)..<\(end)" }
}

/// A span of the original text with its surface string.
public struct TextSpan: Hashable, Sendable {
    public let range: ScalarRange
    public let text: String

    public init(range: ScalarRange, text: String) {
        self.range = range
        self.text = text
    }

    public init(_ range: ScalarRange, in source: SourceText) {
        self.range = range
        self.text = source.slice(range)
    }

    public var start: Int { range.start }
    public var end: Int { range.end }
}
