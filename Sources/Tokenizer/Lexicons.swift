import Foundation
import Lexicon

/// The tokenizer's language data, read from the plain files in `Data/`
/// (reviewable in a diff). Keys are folded with `TokenNormalizer.foldKey`.
struct TokenizerLexicons: Sendable {
    /// Elision prefix (folded, without apostrophe) → splits only before lowercase words.
    let elisions: [String: Bool]
    /// Whole words with an apostrophe that are never split (folded).
    let apostropheWords: Set<String>
    /// The same words followed by a hyphen: compounds starting with them
    /// stay whole too (`c'est-à-dire-…`, `aujourd'hui-même`).
    let apostropheWordCompounds: [String]
    /// Clitics (folded, without leading hyphen).
    let clitics: Set<String>
    /// Hyphenated words never split at a clitic (folded).
    let hyphenWords: Set<String>
    /// Abbreviations with their final period, as written.
    let abbreviations: Set<String>
    /// Abbreviations of titles (M., Dr.): they keep their period even before a capital.
    let titleAbbreviations: Set<String>
    /// Abbreviations that may end a sentence and keep their period there (etc.).
    let sentenceFinalAbbreviations: Set<String>
    /// Words that start a sentence when capitalized mid-line (folded).
    let sentenceStarters: Set<String>
    /// Words a line ends with only when the sentence goes on (folded).
    let lineContinuers: Set<String>
    /// Letters that stay glued to a number (folded): ordinal suffixes.
    let numberSuffixes: Set<String>
    /// Abbreviations with internal periods (`c.-à-d.`), as scalar arrays, longest first.
    let multiPartAbbreviations: [[UInt32]]

    static func load() throws -> TokenizerLexicons {
        func lines(_ name: String) throws -> [String] {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data") else {
                throw TokenizerError.missingData(name)
            }
            return try DataFile.lines(at: url)
        }
        func pairs(_ name: String) throws -> [(String, String)] {
            try lines(name).map { line in
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard f.count == 2 else { throw TokenizerError.malformedData(name, line) }
                return (f[0], f[1])
            }
        }
        let fold = TokenNormalizer.foldKey
        var elisions: [String: Bool] = [:]
        for (prefix, rule) in try pairs("elisions.tsv") { elisions[fold(prefix)] = rule == "lower" }
        let abbreviations = try lines("abbreviations.txt")
        let titles = try lines("title_abbreviations.txt")
        let multi = (abbreviations + titles).filter { $0.dropLast().contains(".") }
            .map { $0.unicodeScalars.map(\.value) }.sorted { $0.count > $1.count }
        return TokenizerLexicons(
            elisions: elisions,
            apostropheWords: Set(try lines("apostrophe_words.txt").map(fold)),
            apostropheWordCompounds: try lines("apostrophe_words.txt").map { fold($0) + "-" },
            clitics: Set(try lines("clitics.txt").map(fold)),
            hyphenWords: Set(try lines("hyphen_words.txt").map(fold)),
            abbreviations: Set(abbreviations),
            titleAbbreviations: Set(titles),
            sentenceFinalAbbreviations: Set(try lines("sentence_final_abbreviations.txt")),
            sentenceStarters: Set(try lines("sentence_starters.txt").map(fold)),
            lineContinuers: Set(try lines("line_continuers.txt").map(fold)),
            numberSuffixes: Set(try lines("number_suffixes.txt").map(fold)),
            multiPartAbbreviations: multi
        )
    }
}

/// Plain data files: one entry per line, `#` comments, blank lines ignored.
public enum TokenizerError: Error, CustomStringConvertible {
    case missingData(String)
    case malformedData(String, String)

    public var description: String {
        switch self {
        case let .missingData(name): return "tokenizer data file \(name) not found in the resource bundle"
        case let .malformedData(name, line): return "malformed line in tokenizer data \(name): \(line)"
        }
    }
}
