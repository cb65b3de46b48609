/// The Tokenizer stage's output, the input of every later stage.
public struct TokenizedText: Sendable {
    public let source: SourceText
    public let tokens: [Token]
    public let sentences: [Sentence]
    /// Lexicon id of every token's key (`WordId.unknown` where no list has it).
    public let words: [WordId]
    /// 64-bit FNV-1a hash of every token key's UTF-8 (`Lexicon.hash`), for
    /// tables of open-ended vocabulary such as the gazetteer's aliases.
    public let keyHashes: [UInt64]
    /// The lexicon `words` were looked up in.
    public let lexicon: LexiconStamp

    public init(source: SourceText, tokens: [Token], sentences: [Sentence],
                words: [WordId], keyHashes: [UInt64], lexicon: LexiconStamp) {
        precondition(words.count == tokens.count && keyHashes.count == tokens.count)
        self.source = source
        self.tokens = tokens
        self.sentences = sentences
        self.words = words
        self.keyHashes = keyHashes
        self.lexicon = lexicon
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
