import DocumentModel

/// The word tokens claims are compared in (ANNOTATION.md, Scoring): runs of
/// letters and digits, and single punctuation marks, by position in the
/// text. A word character has Unicode general category L*, M* or N*;
/// separators are Z* and C* (spaces, controls, format characters); any other
/// character (P*, S*) is a token by itself. A token belongs to a span when
/// it shares at least one character with it.
struct WordTokens {
    /// `startsBefore[i]`: tokens starting before offset i; `endsBy[i]`: tokens ending at or before i.
    private let startsBefore: [Int32]
    private let endsBy: [Int32]

    init(_ source: SourceText) {
        let n = source.count
        var starts = [Int32](repeating: 0, count: n + 1)
        var ends = [Int32](repeating: 0, count: n + 1)
        var startMark = [Bool](repeating: false, count: n)
        var endMark = [Bool](repeating: false, count: n + 1)
        var i = 0
        while i < n {
            let k = WordTokens.kind(source.scalars[i])
            if k == .separator { i += 1; continue }
            var j = i + 1
            if k == .word { while j < n, WordTokens.kind(source.scalars[j]) == .word { j += 1 } }
            startMark[i] = true
            endMark[j] = true
            i = j
        }
        for p in 0..<n { starts[p + 1] = starts[p] + (startMark[p] ? 1 : 0) }
        if n > 0 { for p in 1...n { ends[p] = ends[p - 1] + (endMark[p] ? 1 : 0) } }
        startsBefore = starts
        endsBy = ends
    }

    /// Number of tokens sharing a character with `range`.
    func count(_ range: ScalarRange) -> Int {
        guard !range.isEmpty else { return 0 }
        return Int(startsBefore[range.end] - endsBy[range.start])
    }

    /// Tokens shared by both spans (tokens of their intersection).
    func overlap(_ a: ScalarRange, _ b: ScalarRange) -> Int {
        let s = max(a.start, b.start), e = min(a.end, b.end)
        return s < e ? count(ScalarRange(s, e)) : 0
    }

    enum Kind { case word, separator, mark }

    static func kind(_ value: UInt32) -> Kind {
        guard let scalar = Unicode.Scalar(value) else { return .separator }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return .word
        case .spaceSeparator, .lineSeparator, .paragraphSeparator,
             .control, .format, .privateUse, .surrogate, .unassigned:
            return .separator
        default:
            return .mark
        }
    }
}
