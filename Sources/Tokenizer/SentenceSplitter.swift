import DocumentModel

/// Splits a token sequence into sentences.
///
/// The core is Unicode's sentence-boundary logic (UAX #29, as in ICU's
/// sentence break): a terminal `.`, `!`, `?` or `…`, then closing quotes and
/// brackets, ends a sentence unless a lowercase word follows. Applied to
/// tokens rather than code points it gains the French news rules for free:
/// abbreviations and initials are already single tokens (`M.`, `J.-C.`),
/// so their period never ends a sentence; `»` after the final period closes
/// the sentence with the quote; and line breaks that separate paragraphs,
/// headlines and captions end a sentence.
struct SentenceSplitter: Sendable {
    /// Abbreviations that may also end a sentence when a capital follows (etc.).
    let sentenceFinalAbbreviations: Set<String>

    /// Words that start a sentence when capitalized mid-line before a lowercase word.
    let starters: Set<String>

    /// Words a line ends with only when its sentence goes on (`de`, `le`, `a`).
    let lineContinuers: Set<String>

    init(starters: Set<String>, sentenceFinalAbbreviations: Set<String>, lineContinuers: Set<String> = []) {
        self.starters = starters
        self.sentenceFinalAbbreviations = sentenceFinalAbbreviations
        self.lineContinuers = lineContinuers
    }

    /// A line of at least this many words ending in a lowercase word, before
    /// a capitalized name, is a wrapped line of running text, not a heading.
    static let wrappedLineWords = 12

    func split(tokens: [Token], scalars: [UInt32]) -> [Sentence] {
        tokens.withUnsafeBufferPointer { split(tokens: $0, scalars: scalars) }
    }

    // On a buffer: indexing an Array of Token would copy (and retain) three strings per access.
    private func split(tokens: UnsafeBufferPointer<Token>, scalars: [UInt32]) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 16 + 1) // news: about 25 tokens a sentence
        var first = 0
        var t = 0
        // Words of the sentence so far, while all of them are in capitals (-1 once one is not).
        var capitalWords = 0
        while t < tokens.count {
            var boundary = false
            var last = t
            if t == first { capitalWords = 0 }
            if capitalWords >= 0 {
                let shape = tokens[t].shape
                if shape.contains(.allCaps) && !shape.contains(.hasDigit) { capitalWords += 1 }
                else if !(shape.contains(.punctuation) && (tokens[t].norm == ":" || tokens[t].norm == "-")) { capitalWords = -1 }
            }
            if isTerminal(tokens, t) {
                // Absorb further terminals and closing quotes/brackets: « … fin. » / ?! / .)
                while last + 1 < tokens.count, !tokens[last + 1].shape.contains(.afterNewline),
                      isTerminal(tokens, last + 1) || isCloser(tokens[last + 1]) { last += 1 }
                if last + 1 >= tokens.count { boundary = true } else {
                    boundary = tokens[last + 1].shape.contains(.afterNewline) || startsSentence(tokens[last + 1])
                }
            } else if t + 1 < tokens.count, tokens[t + 1].shape.contains(.afterNewline) {
                let next = tokens[t + 1] // rare: line breaks
                boundary = blankLineBetween(tokens[t].end, next.start, scalars)
                    || (!startsLowercase(next) && !wrapsMidSentence(tokens, lineEnd: t))
            } else if t + 2 < tokens.count, startsUnpunctuatedSentence(tokens, at: t + 1, sentenceStart: first) {
                boundary = true
            } else if t + 1 < tokens.count, capitalWords >= 2, endsCapitalHeading(tokens, at: t, sentenceStart: first) {
                boundary = true
            }
            if boundary || last + 1 >= tokens.count {
                sentences.append(Sentence(range: ScalarRange(tokens[first].start, tokens[last].end), tokens: first..<(last + 1)))
                first = last + 1
            }
            t = last + 1
        }
        return sentences
    }

    // The punctuation tests below compare a norm's UTF-8 code units rather
    // than Strings (a String comparison that fails runs Unicode's canonical
    // equivalence, out of line): for these marks the two agree, because none
    // of them has a canonical equivalent other than itself.

    /// Token `t` ends a sentence if what follows starts one. (An index, not
    /// a Token: passing a Token copied it, three strings retained.)
    @inline(__always)
    private func isTerminal(_ tokens: UnsafeBufferPointer<Token>, _ t: Int) -> Bool {
        let shape = tokens[t].shape
        if shape.contains(.punctuation) { return SentenceSplitter.isTerminalMark(tokens[t].norm) }
        return shape.contains(.abbreviation) && sentenceFinalAbbreviations.contains(tokens[t].norm)
    }

    /// . ! ? … ?! !? and runs of three periods or more.
    static func isTerminalMark(_ norm: borrowing String) -> Bool {
        let utf8 = norm.utf8
        var bytes = utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        let count = utf8.count
        switch first {
        case 0x2E:
            if count == 1 { return true }
            guard bytes.next() == 0x2E, bytes.next() == 0x2E else { return false }
            // `hasPrefix` compares characters: an ASCII fourth code unit (or
            // none) cannot join the third period into one.
            guard let fourth = bytes.next(), fourth >= 0x80 else { return true }
            return norm.hasPrefix("...")
        case 0x21: return count == 1 || (count == 2 && bytes.next() == 0x3F)
        case 0x3F: return count == 1 || (count == 2 && bytes.next() == 0x21)
        case 0xE2: return count == 3 && bytes.next() == 0x80 && bytes.next() == 0xA6 // …
        default: return false
        }
    }

    /// The code point of a one-code-point norm, else nil.
    @inline(__always)
    static func onlyScalar(_ norm: borrowing String) -> UInt32? {
        let count = norm.utf8.count
        guard count <= 4, let first = norm.unicodeScalars.first,
              UTF8.width(first) == count else { return nil }
        return first.value
    }

    private func isCloser(_ t: borrowing Token) -> Bool {
        switch SentenceSplitter.onlyScalar(t.norm) {
        case 0xBB, 0x201D, 0x22, 0x29, 0x5D, 0x2019, 0x27, 0x203A: return true // » ” " ) ] ’ ' ›
        default: return false
        }
    }

    /// A token that can open a sentence: a capital, a digit, an opening
    /// quote or bracket, a dash introducing dialogue, or a symbol.
    private func startsSentence(_ t: borrowing Token) -> Bool {
        if t.shape.contains(.capitalized) || t.shape.contains(.hasDigit) { return true }
        switch SentenceSplitter.onlyScalar(t.norm) {
        case 0xAB, 0x201C, 0x22, 0x28, 0x5B, 0x2014, 0x2013, 0x2D, 0x2039, 0xBF, 0xA1: return true // « “ " ( [ — – - ‹ ¿ ¡
        default: break
        }
        return !t.shape.contains(.hasLetter) && !t.shape.contains(.punctuation)
    }

    /// Whether the line ending at token `t` (no final punctuation, the next
    /// line capitalized) is running text wrapped mid-sentence rather than a
    /// headline, byline or caption: it ends with a word a sentence cannot
    /// end with (`… reçu par le\nPrésident`), or it is long, ends with a
    /// lowercase word and the next line opens with a name, not a sentence
    /// starter (`… qu'il a rencontré\nAssimi Goïta`).
    private func wrapsMidSentence(_ tokens: UnsafeBufferPointer<Token>, lineEnd t: Int) -> Bool {
        let end = tokens[t].shape
        guard end.contains(.hasLetter), !end.contains(.capitalized) else { return false }
        if lineContinuers.contains(tokens[t].key) { return true }
        let next = tokens[t + 1]
        guard next.shape.contains(.capitalized), !next.shape.contains(.allCaps), !starters.contains(next.key) else { return false }
        var words = 0
        var k = t
        while k >= 0 {
            if tokens[k].shape.contains(.hasLetter) { words += 1 }
            if words >= Self.wrappedLineWords { return true }
            if tokens[k].shape.contains(.afterNewline) { break }
            k -= 1
        }
        return false
    }

    /// A heading in capitals run into what follows (`FORME PHARMACEUTIQUE ET
    /// CONTENU 2 flacons`, `MALI : LES REBELLES REPRENNENT KIDAL Les
    /// rebelles…`): the sentence so far is words in capitals (at least two,
    /// one of four letters or more), and token `t + 1` opens a sentence
    /// without being in capitals itself.
    private func endsCapitalHeading(_ tokens: UnsafeBufferPointer<Token>, at t: Int, sentenceStart: Int) -> Bool {
        guard tokens[t].shape.contains(.allCaps) else { return false }
        let next = tokens[t + 1].shape
        guard !next.contains(.allCaps), !next.contains(.afterNewline),
              next.contains(.capitalized) || next.contains(.numeric) else { return false }
        // Acronyms alone (`UE ONU`) are no heading: a long word is.
        return (sentenceStart...t).contains { k in
            tokens[k].shape.contains(.allCaps) && tokens[k].text.unicodeScalars.count >= 4
        }
    }

    /// A heading or caption run into the next sentence: `… (SCA) Les données`,
    /// `Expérience post-commercialisation Les réactions`.
    /// Token `i` is a capitalized starter word (not all capitals, not one
    /// letter) followed by a lowercase word, after a capitalized word, a
    /// number or a closing bracket — or after a short heading of two or
    /// three words (from `sentenceStart`) that begins with a capitalized
    /// word that is neither a starter nor a function word (`Le roman Les
    /// misérables` and `Selon lui Les…` stay one sentence).
    private func startsUnpunctuatedSentence(_ tokens: UnsafeBufferPointer<Token>, at i: Int, sentenceStart: Int) -> Bool {
        // Fields are read in place: copying a Token would retain its strings.
        let shape = tokens[i].shape
        guard shape.contains(.capitalized), !shape.contains(.allCaps) || shape.contains(.elision),
              !shape.contains(.afterNewline) else { return false }
        let nextShape = tokens[i + 1].shape
        guard nextShape.contains(.hasLetter), !nextShape.contains(.capitalized) else { return false }
        // A heading ends with a name, an acronym, a number or a bracket;
        // after a lowercase word a capitalized starter is the first word of
        // a title (le roman Les Misérables, intitulé L'influence d'un livre).
        guard starters.contains(tokens[i].key) else { return false }
        let previousShape = tokens[i - 1].shape
        if previousShape.contains(.capitalized) || previousShape.contains(.numeric)
            || tokens[i - 1].norm == ")" || tokens[i - 1].norm == "]" { return true }
        return isShortHeading(tokens, sentenceStart ..< i)
    }

    /// Two or three words, no punctuation, the first capitalized and neither
    /// a starter nor a function word, none of the others a function word.
    private func isShortHeading(_ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> Bool {
        guard (2...3).contains(range.count) else { return false }
        let head = tokens[range.lowerBound]
        guard head.shape.contains(.capitalized), !head.shape.contains(.allCaps), !starters.contains(head.key) else { return false }
        for k in range {
            let shape = tokens[k].shape
            guard shape.contains(.hasLetter), !shape.contains(.elision), !shape.contains(.abbreviation),
                  !lineContinuers.contains(tokens[k].key) else { return false }
        }
        return true
    }

    private func startsLowercase(_ t: Token) -> Bool {
        (t.shape.contains(.hasLetter) && !t.shape.contains(.capitalized)) || t.norm == "," || t.norm == ";"
    }

    private func blankLineBetween(_ a: Int, _ b: Int, _ scalars: [UInt32]) -> Bool {
        var newlines = 0
        for p in a..<b where scalars[p] == 0x0A || scalars[p] == 0x2029 {
            newlines += 1
            if newlines >= 2 { return true }
        }
        return false
    }
}
