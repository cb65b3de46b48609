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

    init(starters: Set<String>, sentenceFinalAbbreviations: Set<String>) {
        self.starters = starters
        self.sentenceFinalAbbreviations = sentenceFinalAbbreviations
    }

    func split(tokens: [Token], scalars: [UInt32]) -> [Sentence] {
        tokens.withUnsafeBufferPointer { split(tokens: $0, scalars: scalars) }
    }

    // On a buffer: indexing an Array of Token would copy (and retain) three strings per access.
    private func split(tokens: UnsafeBufferPointer<Token>, scalars: [UInt32]) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var t = 0
        while t < tokens.count {
            var boundary = false
            var last = t
            if isTerminal(tokens[t]) {
                // Absorb further terminals and closing quotes/brackets: « … fin. » / ?! / .)
                while last + 1 < tokens.count, !tokens[last + 1].shape.contains(.afterNewline),
                      isTerminal(tokens[last + 1]) || isCloser(tokens[last + 1]) { last += 1 }
                if last + 1 >= tokens.count { boundary = true } else {
                    boundary = tokens[last + 1].shape.contains(.afterNewline) || startsSentence(tokens[last + 1])
                }
            } else if t + 1 < tokens.count, tokens[t + 1].shape.contains(.afterNewline) {
                let next = tokens[t + 1] // rare: line breaks
                boundary = blankLineBetween(tokens[t].end, next.start, scalars) || !startsLowercase(next)
            } else if t + 2 < tokens.count, startsUnpunctuatedSentence(tokens, at: t + 1) {
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

    @inline(__always)
    private func isTerminal(_ t: borrowing Token) -> Bool {
        if t.shape.contains(.punctuation) {
            // Compare the first code unit before any string comparison (most punctuation is , « » ( ).
            guard let first = t.norm.utf8.first, first == 0x2E || first == 0x21 || first == 0x3F || first == 0xE2 else { return false }
            let k = t.norm
            return k == "." || k == "!" || k == "?" || k == "…" || k.hasPrefix("...") || k == "?!" || k == "!?"
        }
        return t.shape.contains(.abbreviation) && sentenceFinalAbbreviations.contains(t.norm)
    }

    private func isCloser(_ t: Token) -> Bool {
        switch t.norm {
        case "»", "”", "\"", ")", "]", "’", "'", "›": return true
        default: return false
        }
    }

    /// A token that can open a sentence: a capital, a digit, an opening
    /// quote or bracket, a dash introducing dialogue, or a symbol.
    private func startsSentence(_ t: Token) -> Bool {
        if t.shape.contains(.capitalized) || t.shape.contains(.hasDigit) { return true }
        switch t.norm {
        case "«", "“", "\"", "(", "[", "—", "–", "-", "‹", "¿", "¡": return true
        default: break
        }
        return !t.shape.contains(.hasLetter) && !t.shape.contains(.punctuation)
    }

    /// A heading or caption run into the next sentence: `… (SCA) Les données`.
    /// Token `i` is a capitalized starter word (not all capitals, not one
    /// letter) followed by a lowercase word, after a capitalized word, a
    /// number or a closing bracket.
    private func startsUnpunctuatedSentence(_ tokens: UnsafeBufferPointer<Token>, at i: Int) -> Bool {
        // Fields are read in place: copying a Token would retain its strings.
        let shape = tokens[i].shape
        guard shape.contains(.capitalized), !shape.contains(.allCaps) || shape.contains(.elision),
              !shape.contains(.afterNewline) else { return false }
        let nextShape = tokens[i + 1].shape
        guard nextShape.contains(.hasLetter), !nextShape.contains(.capitalized) else { return false }
        // A heading ends with a name, an acronym, a number or a bracket;
        // after a lowercase word a capitalized starter is the first word of
        // a title (le roman Les Misérables, intitulé L'influence d'un livre).
        let previousShape = tokens[i - 1].shape
        guard previousShape.contains(.capitalized) || previousShape.contains(.numeric)
            || tokens[i - 1].norm == ")" || tokens[i - 1].norm == "]" else { return false }
        return starters.contains(tokens[i].key)
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
