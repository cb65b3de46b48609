import DocumentModel

/// The tokens of one document with the lookups every date rule shares.
struct DateContext {
    let text: TokenizedText
    let lexicon: DateLexicon
    /// `sentenceStart[i]`: token `i` begins a sentence or a line.
    let sentenceStart: [Bool]

    init(text: TokenizedText, lexicon: DateLexicon) {
        self.text = text
        self.lexicon = lexicon
        var starts = [Bool](repeating: false, count: text.tokens.count)
        for s in text.sentences where s.tokens.lowerBound < starts.count { starts[s.tokens.lowerBound] = true }
        for (i, t) in text.tokens.enumerated() where t.shape.contains(.afterNewline) { starts[i] = true }
        self.sentenceStart = starts
    }

    var count: Int { text.tokens.count }

    func token(_ i: Int) -> Token? { i >= 0 && i < text.tokens.count ? text.tokens[i] : nil }
    func key(_ i: Int) -> String { i >= 0 && i < text.tokens.count ? text.tokens[i].key : "" }
    func has(_ role: DateLexicon.Role, at i: Int) -> Bool {
        guard let t = token(i) else { return false }
        return lexicon.has(role, t)
    }

    /// A match covering tokens `first..<end`.
    func match(_ first: Int, _ end: Int, _ e: DateExpression) -> DateMatch {
        DateMatch(range: ScalarRange(text.tokens[first].start, text.tokens[end - 1].end), tokenEnd: end, expression: e)
    }

    /// The value of a token made of ASCII digits only (no separators), with its digit count.
    func digits(_ i: Int) -> (value: Int, count: Int)? {
        guard let t = token(i), t.shape.contains(.numeric) else { return nil }
        var v = 0, n = 0
        for b in t.key.utf8 {
            guard b >= 48, b <= 57, n < 9 else { return nil }
            v = v * 10 + Int(b - 48); n += 1
        }
        return n > 0 ? (v, n) : nil
    }

    /// A day of the month: `1`…`31`, `01`, `1er`, `premier`.
    func dayNumber(_ i: Int) -> Int? {
        if let (v, n) = digits(i), n <= 2, (1...31).contains(v) { return v }
        let k = key(i)
        return k == "1er" || k == "premier" ? 1 : nil
    }

    /// A four-digit year 1000–2099.
    func year(_ i: Int) -> Int? {
        guard let (v, n) = digits(i), n == 4, (1000...2099).contains(v) else { return nil }
        return v
    }

    /// A French month name at `i` (`mi-mars` counts as `mars`).
    func frenchMonth(_ i: Int) -> Int? {
        let k = key(i)
        if let m = lexicon.frenchMonths[k] { return m }
        if k.hasPrefix("mi-") { return lexicon.frenchMonths[String(k.dropFirst(3))] }
        return nil
    }

    /// An English month name, capitalized (wire-photo captions).
    func englishMonth(_ i: Int) -> Int? {
        guard let t = token(i), t.shape.contains(.capitalized) else { return nil }
        return lexicon.englishMonths[t.key]
    }

    /// `dernier`, `prochain`… at `i`.
    func offset(_ i: Int) -> DateLexicon.Offset? { lexicon.offsets[key(i)] }

    /// Whether `i` is a lowercase word (possibly a noun a number counts).
    func isLowercaseWord(_ i: Int) -> Bool {
        guard let t = token(i) else { return false }
        return t.shape.contains(.hasLetter) && !t.shape.contains(.capitalized) && !t.shape.contains(.hasDigit)
    }

    /// `de`, `d'` or `du` at `i`.
    func isDe(_ i: Int) -> Bool {
        let k = key(i)
        return k == "de" || k == "d'" || k == "du" || k == "des"
    }
}
