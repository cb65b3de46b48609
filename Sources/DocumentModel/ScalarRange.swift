/// A half-open range of **Unicode scalar offsets** into a document's original
/// text (end exclusive) — the offset unit of every span this project reads or
/// writes (see ANNOTATION.md). In Python terms, `text[start:end]`.
public struct ScalarRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let start: Int
    public let end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "ScalarRange start \(start) > end \(end)")
        self.start = start
        self.end = end
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
