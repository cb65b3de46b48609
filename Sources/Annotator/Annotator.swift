import DocumentModel
import Extract
import Lexicon
import NER
import Tokenizer

/// Settings of a pipeline run, as a typed, versioned value.
public struct AnnotatorConfiguration: Sendable, Equatable {
    /// Bumped when a setting's meaning changes.
    public static let version = 1

    /// Add `tokens` and `sentences` to each output document.
    public var includeTokens: Bool
    /// Folder of gazetteer TSV files; nil for the bundled default.
    public var gazetteerDirectory: String?

    public init(includeTokens: Bool = false, gazetteerDirectory: String? = nil) {
        self.includeTokens = includeTokens
        self.gazetteerDirectory = gazetteerDirectory
    }
}

/// Runs every stage on one document: Tokenizer → NER → Extract (dates,
/// then claims). Immutable and thread-safe: one instance serves all jobs.
public struct Annotator: Sendable {
    public let configuration: AnnotatorConfiguration
    let tokenizer: Tokenizer
    let recognizer: EntityRecognizer
    let dateTagger: DateTagger
    let claimExtractor: ClaimExtractor

    public init(configuration: AnnotatorConfiguration = AnnotatorConfiguration()) throws {
        self.configuration = configuration
        // One lexicon for every stage: each interns its lists' words, then the
        // tokenizer looks every token's key up once for all of them.
        let phraseSplitter = try Tokenizer()
        var words = Lexicon.Builder()
        recognizer = try EntityRecognizer(gazetteerDirectory: configuration.gazetteerDirectory,
                                          tokenizer: phraseSplitter, words: &words)
        dateTagger = try DateTagger(words: &words)
        claimExtractor = try ClaimExtractor(tokenizer: phraseSplitter, words: &words)
        tokenizer = phraseSplitter.using(words.build())
    }

    /// Every stage reads the tokenizer's word ids as they are (none looks a
    /// token's key up again): what `init` sets up, checked by a test.
    public var stagesShareTheLexicon: Bool {
        let stamp = tokenizer.lexicon.stamp
        return recognizer.lexicon.shares(stamp) && dateTagger.lexicon.shares(stamp) && claimExtractor.lexicon.shares(stamp)
    }

    /// The stages as `init` wired them, for timing one stage at a time
    /// (Benchmarks/StageTimes); `annotate` is the way to run them.
    public var stages: (tokenizer: Tokenizer, recognizer: EntityRecognizer, dateTagger: DateTagger, claimExtractor: ClaimExtractor) {
        (tokenizer, recognizer, dateTagger, claimExtractor)
    }

    /// Version stamp of the gazetteer the entities are linked against.
    public var gazetteerVersion: String { recognizer.gazetteerVersion }

    public func annotate(_ input: Document) -> Document {
        let tokenized = tokenizer.tokenize(input.text)
        let date = input.date ?? DateHeader.parse(input.text)
        let documentDate = date.flatMap(DocumentDate.init)
        let entities = recognizer.recognize(tokenized)
        let dates = dateTagger.tag(tokenized, documentDate: documentDate)
        let claims = claimExtractor.extract(tokenized, entities: entities, dates: dates)
        return Document(
            id: input.id, date: date, text: input.text, extraFields: input.extraFields,
            entities: entities, claims: claims, dates: dates,
            tokens: configuration.includeTokens ? tokenized.tokens : nil,
            sentences: configuration.includeTokens ? tokenized.sentences : nil,
            warnings: input.warnings)
    }
}

/// The ` date YYYY-MM` header some sources put at the top of an article
/// (the seeds do): it gives the document date and stays in the text.
public enum DateHeader {
    /// The date of a leading `date YYYY[-MM[-DD]]` (after optional spaces), or nil.
    public static func parse(_ text: String) -> String? {
        var rest = Substring(text).drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" })
        guard rest.hasPrefix("date ") else { return nil }
        rest = rest.dropFirst(5).drop(while: { $0 == " " })
        let candidate = String(rest.prefix(while: { $0.isASCII && ($0.isNumber || $0 == "-") }))
        let after = rest.dropFirst(candidate.count).first
        guard after == nil || after!.isWhitespace, DocumentDate(candidate) != nil else { return nil }
        return candidate
    }
}
