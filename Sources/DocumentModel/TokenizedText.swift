/// The Tokenizer stage's output, the input of every later stage.
public struct TokenizedText: Sendable {
    public let source: SourceText
    public let tokens: [Token]
    public let sentences: [Sentence]

    public init(source: SourceText, tokens: [Token], sentences: [Sentence]) {
        self.source = source
        self.tokens = tokens
        self.sentences = sentences
    }

    public var text: String { source.string }

    /// Index of the sentence holding token `t` (binary search).
    public func sentenceIndex(ofToken t: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].tokens.upperBound <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].tokens.contains(t) ? lo : nil
    }

    /// Index of the first token whose start is at or after scalar offset `offset`.
    public func firstToken(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
