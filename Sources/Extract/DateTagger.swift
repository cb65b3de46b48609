import DocumentModel

/// Stage 3a: temporal expressions with ISO 8601 / TIMEX3 values, resolved
/// against the document date (ANNOTATION.md, Dates).
public struct DateTagger: Sendable {
    public init() throws {}

    public func tag(_ text: TokenizedText, documentDate: DocumentDate?) -> [DateMention] { [] }
}
