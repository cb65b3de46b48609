import DocumentModel

/// The tokens of one document with the lookups every date rule shares.
///
/// Each token's entry is read once, here, by its lexicon id (`words`); rules then test small
/// fields (`keyword(i) == .le`, `word(i).weekday`) and never copy a `Token`.
struct DateContext {
    let text: TokenizedText
    let lexicon: DateLexicon
    /// `words[i]`: what the lexicon says about token `i`.
    let words: [DateWord]
    /// `sentenceStart[i]`: token `i` begins a sentence or a line.
    let sentenceStart: [Bool]
    /// Value and digit count of every token made of ASCII digits only
    /// (count 0: not one). Rules ask for the same token's number many
    /// times (day, year, two-digit year…): it is read once, here.
    private let digitValues: [(value: Int32, count: UInt8)]

    init(text: TokenizedText, lexicon: DateLexicon) {
        self.text = text
        self.lexicon = lexicon
        let tokens = text.tokens
        let ids = lexicon.lexicon.words(of: text)
        var starts = [Bool](repeating: false, count: tokens.count)
        for s in text.sentences where s.tokens.lowerBound < starts.count { starts[s.tokens.lowerBound] = true }
        var words: [DateWord] = []
        words.reserveCapacity(tokens.count)
        var digitValues = [(value: Int32, count: UInt8)](repeating: (0, 0), count: tokens.count)
        for i in tokens.indices {
            let shape = tokens[i].shape
            if shape.contains(.afterNewline) { starts[i] = true }
            if shape.contains(.numeric), let (v, n) = Self.digits(of: tokens[i].key) { digitValues[i] = (Int32(v), UInt8(n)) }
            // The key only matters with a hyphen or a digit: most tokens never read it.
            var w = shape.contains(.keyHasHyphen) || shape.contains(.hasDigit)
                ? lexicon.word(ids[i], key: tokens[i].key, shape: shape) : lexicon.word(ids[i])
            if w.hasAccentedCues { w.roles = lexicon.accentedRoles(w, norm: tokens[i].norm) }
            words.append(w)
        }
        self.words = words
        self.sentenceStart = starts
        self.digitValues = digitValues
    }

    var count: Int { words.count }

    private func inText(_ i: Int) -> Bool { i >= 0 && i < words.count }

    /// The date facts of token `i`; the unknown word outside the text.
    func word(_ i: Int) -> DateWord { inText(i) ? words[i] : lexicon.entries[0] }
    /// The function word at `i`, if it is one the rules name (`le`, `de`, `mois`…).
    func keyword(_ i: Int) -> DateKeyword? { inText(i) ? words[i].keyword : nil }
    /// The key of token `i` (`""` outside the text), for the few tests on spelling.
    func key(_ i: Int) -> String { inText(i) ? text.tokens[i].key : "" }
    /// The shape of token `i` (empty outside the text).
    func shape(_ i: Int) -> TokenShape { inText(i) ? text.tokens[i].shape : [] }
    func has(_ role: DateLexicon.Role, at i: Int) -> Bool {
        inText(i) && words[i].roles.contains(DateLexicon.Roles(role))
    }

    /// Whether some rule may match from token `i`: its word may start one
    /// (`DateWord.startsDate`), it has a digit, or it is where the two rules
    /// that start elsewhere do: `XXe siècle` (a Roman ordinal before
    /// `siècle`) and `il y a trois ans` (a unit four tokens on). The tagger
    /// asks the rules only where this holds: most tokens near an anchor are
    /// other words (`30 morts`, `de`, `en`).
    @inline(__always)
    func mayStartDate(_ i: Int) -> Bool {
        words[i].mayStartDate || text.tokens[i].shape.contains(.hasDigit)
            || keyword(i + 1) == .siecle || unit(i + 4) != nil
    }

    /// A match covering tokens `first..<end`.
    func match(_ first: Int, _ end: Int, _ e: DateExpression) -> DateMatch {
        DateMatch(range: ScalarRange(text.tokens[first].start, text.tokens[end - 1].end), tokenEnd: end, expression: e)
    }

    /// The value of a token made of ASCII digits only (no separators), with its digit count.
    func digits(_ i: Int) -> (value: Int, count: Int)? {
        guard inText(i) else { return nil }
        let d = digitValues[i]
        return d.count > 0 ? (Int(d.value), Int(d.count)) : nil
    }

    /// The value of a key made of one to nine ASCII digits, with its digit count.
    private static func digits(of key: String) -> (value: Int, count: Int)? {
        var v = 0, n = 0
        for b in key.utf8 {
            guard b >= 48, b <= 57, n < 9 else { return nil }
            v = v * 10 + Int(b - 48); n += 1
        }
        return n > 0 ? (v, n) : nil
    }

    /// A day of the month: `1`…`31`, `01`, `1er`, `premier`.
    func dayNumber(_ i: Int) -> Int? {
        if let (v, n) = digits(i), n <= 2, (1...31).contains(v) { return v }
        let k = keyword(i)
        return k == .firstDay || k == .premier ? 1 : nil
    }

    /// A four-digit year 1000–2099.
    func year(_ i: Int) -> Int? {
        guard let (v, n) = digits(i), n == 4, (1000...2099).contains(v) else { return nil }
        return v
    }

    /// A French month name at `i` (`mi-mars` counts as `mars`), or an
    /// abbreviation without its period right before a year (`sept 2017`;
    /// not `sept 2000 soldats`).
    func frenchMonth(_ i: Int) -> Int? {
        guard inText(i) else { return nil }
        if let m = words[i].frenchMonth { return Int(m) }
        guard let m = words[i].bareMonth, year(i + 1) != nil, !isCountedNoun(i + 2) else { return nil }
        return Int(m)
    }

    /// A unit or a lowercase plural noun at `i`: what a number before it counts (`2000 soldats`, `10 km`).
    func isCountedNoun(_ i: Int) -> Bool {
        if has(.unit, at: i) || unit(i) != nil { return true }
        guard isLowercaseWord(i), !has(.follower, at: i) else { return false }
        let last = key(i).utf8.last
        return last == UInt8(ascii: "s") || last == UInt8(ascii: "x")
    }

    /// An English month name, capitalized (wire-photo captions).
    func englishMonth(_ i: Int) -> Int? {
        guard shape(i).contains(.capitalized) else { return nil }
        return words[i].englishMonth.map(Int.init)
    }

    /// A weekday name at `i`: `lundi` → 1 … `dimanche` → 7.
    func weekday(_ i: Int) -> Int? { inText(i) ? words[i].weekday.map(Int.init) : nil }

    /// `hier`, `demain`, `veille`, `lendemain`… at `i`.
    func relativeDay(_ i: Int) -> DateLexicon.Offset? { inText(i) ? words[i].relativeDay : nil }

    /// `dernier`, `prochain`… at `i`.
    func offset(_ i: Int) -> DateLexicon.Offset? { inText(i) ? words[i].offset : nil }

    /// `semaine`, `mois`, `année`… at `i`.
    func unit(_ i: Int) -> DateLexicon.Unit? { inText(i) ? words[i].unit : nil }

    /// A number word at `i` (`trois` → 3).
    func number(_ i: Int) -> Int? { inText(i) ? words[i].number.map(Int.init) : nil }

    /// An ordinal at `i`: `premier` → 1 … ; `dernier` → `.some(nil)` (the last part).
    func ordinal(_ i: Int) -> Int?? { inText(i) ? words[i].ordinal.map { $0.map(Int.init) } : nil }

    /// `trimestre` → ("Q", 4), `semestre` → ("H", 2) at `i`.
    func yearPart(_ i: Int) -> (letter: String, count: Int)? {
        inText(i) ? words[i].yearPart.map { lexicon.yearParts[Int($0)] } : nil
    }

    /// The TIMEX3 code of a season name at `i` (`été` → `SU`).
    func season(_ i: Int) -> String? { inText(i) ? words[i].season.map { lexicon.seasonCodes[Int($0)] } : nil }

    /// Whether `i` is a lowercase word (possibly a noun a number counts).
    func isLowercaseWord(_ i: Int) -> Bool {
        let s = shape(i)
        return s.contains(.hasLetter) && !s.contains(.capitalized) && !s.contains(.hasDigit)
    }

    /// `de`, `d'`, `du` or `des` at `i`.
    func isDe(_ i: Int) -> Bool {
        let k = keyword(i)
        return k == .de || k == .elidedDe || k == .du || k == .des
    }
}
