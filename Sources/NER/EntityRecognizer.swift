import DocumentModel

/// Stage 2: named-entity recognition over tokens.
///
/// Takes the Tokenizer's output and returns the entity mentions, each typed
/// PER / ORG / LOC / MISC (ANNOTATION.md) and linked to a canonical entry.
public struct EntityRecognizer: Sendable {
    public init(gazetteerDirectory: String?) throws {}

    public func recognize(_ text: TokenizedText) -> [Entity] { [] }
}
