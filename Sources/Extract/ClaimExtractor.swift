import DocumentModel

/// Stage 3b: attributed claims — source, cue, content — with flags
/// (ANNOTATION.md, Claims).
public struct ClaimExtractor: Sendable {
    public init() throws {}

    public func extract(_ text: TokenizedText, entities: [Entity], dates: [DateMention]) -> [Claim] { [] }
}
