import DocumentModel
import Lexicon

/// Stage 1: French tokenization and sentence splitting.
///
/// `Tokenizer().tokenize(text)` returns every surface token with its offsets
/// in the original text, and the sentences. Token conventions follow
/// Universal Dependencies' French treebanks (surface tokens: `du` is one
/// token as written); see `README.md` in this folder for each rule.
public struct Tokenizer: Sendable {
    /// State behind one reference (see `Shared`).
    private let shared: Shared<State>
    struct State: Sendable {
        let lexicons: TokenizerLexicons
        let splitter: SentenceSplitter
        /// The shared word table each token's key is looked up in.
        let lexicon: Lexicon
        /// The word id of each `SingleScalarForms` entry's key in `lexicon`.
        let singleScalarWords: [WordId]

        init(lexicons: TokenizerLexicons, splitter: SentenceSplitter, lexicon: Lexicon) {
            self.lexicons = lexicons
            self.splitter = splitter
            self.lexicon = lexicon
            singleScalarWords = SingleScalarForms.shared.entries.map { lexicon.id($0.key) }
        }
    }
    var lexicons: TokenizerLexicons { shared.value.lexicons }
    var splitter: SentenceSplitter { shared.value.splitter }
    /// The lexicon every token's `WordId` comes from.
    public var lexicon: Lexicon { shared.value.lexicon }

    /// A tokenizer whose tokens get their ids from `lexicon` (none by default:
    /// every id `unknown`, as for splitting phrases while stages load).
    public init(lexicon: Lexicon = .empty) throws {
        let lexicons = try TokenizerLexicons()
        shared = Shared(State(lexicons: lexicons,
                              splitter: SentenceSplitter(starters: lexicons.sentenceStarters,
                                                         sentenceFinalAbbreviations: lexicons.sentenceFinalAbbreviations,
                                                         lineContinuers: lexicons.lineContinuers),
                              lexicon: lexicon))
    }

    private init(_ state: State) { shared = Shared(state) }

    /// This tokenizer with its ids from `lexicon` (the language data is shared, not reloaded).
    public func using(_ lexicon: Lexicon) -> Tokenizer {
        Tokenizer(State(lexicons: lexicons, splitter: splitter, lexicon: lexicon))
    }

    public func tokenize(_ text: String) -> TokenizedText {
        tokenize(SourceText(text))
    }

    public func tokenize(_ source: SourceText) -> TokenizedText {
        tokenize(source, cache: TokenFormCache.forThisThread(lexicon: lexicon.stamp))
    }

    /// `tokenize(_:)` with the forms of repeated tokens from `cache` (nil: every token built).
    func tokenize(_ source: SourceText, cache: TokenFormCache?) -> TokenizedText {
        let state = shared.value
        let lexicon = state.lexicon
        // Each key hashed and looked up once, here, for every later stage.
        var words: [WordId] = [], hashes: [UInt64] = []
        let tokens = source.scalars.withUnsafeBufferPointer { scalars -> [Token] in
            let scanner = TokenScanner(scalars: scalars, lexicons: state.lexicons)
            return withExtendedLifetime(scanner) {
                let raw = scanner.scan()
                let single = SingleScalarForms.shared.entries, singleWords = state.singleScalarWords
                var builder = TokenFormBuilder(lexicon: lexicon)
                defer { builder.deallocate() }
                let n = raw.count
                // The three arrays written in place, once each (no appends).
                var tokens: [Token] = []
                words = [WordId](unsafeUninitializedCapacity: n) { wordBuffer, wordCount in
                    hashes = [UInt64](unsafeUninitializedCapacity: n) { hashBuffer, hashCount in
                        tokens = [Token](unsafeUninitializedCapacity: n) { tokenBuffer, tokenCount in
                            for t in 0..<n {
                                let r = raw[t]
                                let range = ScalarRange(r.start, r.end)
                                if r.end &- r.start == 1, let e = SingleScalarForms.index(of: scalars[r.start]) {
                                    let entry = single[e]
                                    (tokenBuffer.baseAddress! + t).initialize(to: Token(range: range, text: entry.text, norm: entry.norm, key: entry.key,
                                                                                         shape: entry.shape.union(r.flags)))
                                    wordBuffer[t] = singleWords[e]
                                    hashBuffer[t] = entry.keyHash
                                } else {
                                    let part = UnsafeBufferPointer(rebasing: scalars[r.start..<r.end])
                                    let forms: TokenFormCache.Forms
                                    if let cache, part.count <= TokenFormCache.longestForm {
                                        let h = TokenFormCache.hash(part)
                                        if let cached = cache.forms(part, hash: h) {
                                            forms = cached
                                        } else {
                                            forms = builder.forms(part, range: range, source: source)
                                            cache.insert(part, hash: h, forms)
                                        }
                                    } else {
                                        forms = builder.forms(part, range: range, source: source)
                                    }
                                    (tokenBuffer.baseAddress! + t).initialize(to: Token(range: range, text: forms.text, norm: forms.norm, key: forms.key,
                                                                                         shape: forms.shape.union(r.flags)))
                                    wordBuffer[t] = forms.word
                                    hashBuffer[t] = forms.keyHash
                                }
                            }
                            tokenCount = n
                        }
                        hashCount = n
                    }
                    wordCount = n
                }
                return tokens
            }
        }
        let sentences = state.splitter.split(tokens: tokens, scalars: source.scalars)
        return TokenizedText(source: source, tokens: tokens, sentences: sentences,
                             words: words, keyHashes: hashes, lexicon: lexicon.stamp)
    }
}

/// The normalizer's buffers, shared by the look-ups of one scan (a class so
/// that non-mutating helpers can reuse them; one scanner, one thread).
final class ScratchBox {
    private var scratch = TokenNormalizer.Scratch()
    func withScratch<R>(_ body: (inout TokenNormalizer.Scratch) -> R) -> R { body(&scratch) }
}

/// A token's extent before its forms are computed.
struct RawToken {
    let start: Int
    let end: Int
    let flags: TokenShape
}

/// Scans code points into surface tokens. Hand-written rather than ICU's
/// UAX #29 word break because UD French differs from it on nearly every
/// rule below (elision, clitics, hyphenated names, digit groups across
/// spaces, abbreviations, URLs): post-fixing ICU's segments cost more and
/// ran slower than scanning once with ICU's character properties.
struct TokenScanner {
    /// The text's code points; valid for the scanner's lifetime (see `tokenize`).
    let s: UnsafeBufferPointer<UInt32>
    let n: Int
    let lexicons: TokenizerLexicons
    let cls = CharacterClassifier.shared
    /// Buffers reused by every lexicon-key computation of this scan.
    let scratch = ScratchBox()
    /// The tokens emitted so far and the buffer lexicon keys are built in.
    /// Behind a reference, so that every method is non-mutating: calling a
    /// method on a mutating `self` copied the whole scanner (and retained
    /// its lexicons) once per word.
    let buffers: ScanBuffers

    init(scalars: UnsafeBufferPointer<UInt32>, lexicons: TokenizerLexicons) {
        s = scalars
        n = scalars.count
        self.lexicons = lexicons
        // About one token per six code points in French news.
        buffers = ScanBuffers(tokenCapacity: max(64, n / 5), keyCapacity: max(1, lexicons.maxKeyLength))
    }

    @inline(__always) func at(_ i: Int) -> UInt32 { i < n && i >= 0 ? s[i] : 0 }
    @inline(__always) func classAt(_ i: Int) -> CharacterClass { i < n && i >= 0 ? cls.classify(s[i]) : .space }

    @inline(__always)
    func emit(_ start: Int, _ end: Int, _ flags: TokenShape = []) {
        let out = buffers.output
        var f = flags
        if out.pointee.sawNewline { f.insert(.afterNewline); out.pointee.sawNewline = false }
        if out.pointee.count == out.pointee.capacity { buffers.growTokens() }
        (out.pointee.tokens + out.pointee.count).initialize(to: RawToken(start: start, end: end, flags: f))
        out.pointee.count &+= 1
    }

    /// The tokens of the text (call once per scanner), in the scanner's
    /// buffer: valid while the scanner lives.
    func scan() -> UnsafeBufferPointer<RawToken> { scanAll() }

    private func scanAll() -> UnsafeBufferPointer<RawToken> {
        let out = buffers.output
        var i = 0
        while i < n {
            let c = s[i]
            let k = cls.classify(c)
            switch k {
            case .space:
                if c != 0x20, c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C || c == 0x85 { out.pointee.sawNewline = true }
                i &+= 1
            case .upper, .lower, .otherLetter:
                if c | 0x20 == 0x68 || c | 0x20 == 0x77, let end = webLinkEnd(i) { emit(i, end, .webLink); i = end; continue }
                // Most words are letters and digits up to a space or a punctuation
                // mark that no rule of `wordExtent` or `finishWord` continues or
                // keeps (`word` from a letter is never a number): emit them here.
                let j = alphanumericRunEnd(i &+ 1)
                if j == n { emit(i, j); i = j; continue }
                let next = s[j]
                switch cls.classify(next) {
                case .space, .symbol, .emoji, .other:
                    if next != 0xB0 { emit(i, j); i = j; continue } // n°
                case .punctuation:
                    if next != 0x28, next != 0x40 { emit(i, j); i = j; continue } // ami(e)s, emails
                default: break
                }
                i = word(i)
            case .digit, .otherNumber, .mark:
                // Only h (http) and w (www) can start a URL: test before the call.
                if c | 0x20 == 0x68 || c | 0x20 == 0x77, let end = webLinkEnd(i) { emit(i, end, .webLink); i = end } else { i = word(i) }
            case .emoji:
                i = emojiSequence(i)
            default:
                i = punctuation(i, k)
            }
        }
        return UnsafeBufferPointer(start: out.pointee.tokens, count: out.pointee.count)
    }

    // MARK: - Punctuation and symbols

    func punctuation(_ i: Int, _ k: CharacterClass) -> Int {
        let c = s[i]
        // Signed number: -1, +14, −0,8 after a space or an opening bracket.
        if (c == 0x2D || c == 0x2B || c == 0x2212), classAt(i + 1) == .digit,
           i == 0 || classAt(i - 1) == .space || at(i - 1) == 0x28 {
            return word(i, signed: true)
        }
        // @handle and #hashtag.
        if (c == 0x40 || c == 0x23), classAt(i + 1).isAlphanumeric || classAt(i + 1) == .connector,
           i == 0 || !classAt(i - 1).isAlphanumeric {
            var j = i + 1
            while j < n, classAt(j).isAlphanumeric || classAt(j) == .connector || (classAt(j) == .extend && at(j) != 0xAD) { j += 1 }
            if c == 0x40 || (i + 1 < j && classAt(i + 1) != .digit) || j - i > 2 {
                emit(i, j, .webLink)
                return j
            }
        }
        // ° followed by a letter (°C), runs of periods (...), doubled hyphens (--).
        if c == 0xB0, classAt(i + 1).isLetter { emit(i, i + 2); return i + 2 }
        if c == 0x2E || c == 0x2D {
            var j = i + 1
            while j < n, s[j] == c { j += 1 }
            emit(i, j, .punctuation)
            return j
        }
        // +/- as one symbol.
        if c == 0x2B, at(i + 1) == 0x2F, at(i + 2) == 0x2D { emit(i, i + 3); return i + 3 }
        var j = i + 1
        while j < n, classAt(j) == .extend || classAt(j) == .mark { j += 1 }
        emit(i, j)
        return j
    }

    func emojiSequence(_ i: Int) -> Int {
        var j = i + 1
        if s[i] >= 0x1F1E6, s[i] <= 0x1F1FF, j < n, s[j] >= 0x1F1E6, s[j] <= 0x1F1FF { j += 1 } // flag pair
        while j < n {
            let k = classAt(j)
            if k == .extend || k == .mark {
                // A ZWJ joins the next pictograph into the same emoji.
                if s[j] == 0x200D, classAt(j + 1) == .emoji { j += 2 } else { j += 1 }
            } else { break }
        }
        emit(i, j, .symbol)
        return j
    }

    // MARK: - URLs and emails

    /// End of a URL (`http://`, `https://`, `www.`) starting at `i`. (Emails
    /// are recognized where a word stops at `@`, without a look-ahead here.)
    func webLinkEnd(_ i: Int) -> Int? {
        let c = s[i] | 0x20
        if c == 0x68 /* h */ || c == 0x77 /* w */ {
            var p = i
            if matchesFolded(i, "https://") { p = i + 8 } else if matchesFolded(i, "http://") { p = i + 7 }
            else if matchesFolded(i, "www."), classAt(i + 4).isAlphanumeric { p = i + 4 } else { return nil }
            var j = p
            var parens = 0
            while j < n, classAt(j) != .space {
                let d = s[j]
                if d == 0x28 { parens += 1 } else if d == 0x29 { if parens == 0 { break }; parens -= 1 }
                if d == 0xAB || d == 0xBB || d == 0x22 || d == 0x201C || d == 0x201D || d == 0x3C || d == 0x3E { break }
                j += 1
            }
            // Trailing sentence punctuation is not part of the URL.
            trailing: while j > p {
                switch s[j - 1] {
                case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x2019: j -= 1
                default: break trailing
                }
            }
            return j > p ? j : nil
        }
        return nil
    }

    func matchesFolded(_ i: Int, _ ascii: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: ascii.utf8Start, count: ascii.utf8CodeUnitCount)
        guard i + w.count <= n else { return false }
        for (k, b) in w.enumerated() {
            let c = s[i + k]
            let lower = c >= 0x41 && c <= 0x5A ? c + 0x20 : c
            if lower != UInt32(b) { return false }
        }
        return true
    }

    /// `local@domain.tld` starting at `i`, or nil. Cheap rejection: an `@`
    /// must occur before the next space within 64 code points.
    func emailEnd(_ i: Int) -> Int? {
        var j = i
        while j < n, j - i < 64 {
            let k = classAt(j)
            if s[j] == 0x40 { break }
            guard k.isAlphanumeric || k == .period || k == .connector || k == .hyphen || s[j] == 0x2B else { return nil }
            j += 1
        }
        guard j < n, s[j] == 0x40, j > i else { return nil }
        var e = j + 1
        var dots = 0
        while e < n {
            let k = classAt(e)
            if k == .period, classAt(e + 1).isAlphanumeric, classAt(e - 1).isAlphanumeric { dots += 1; e += 1; continue }
            if k.isAlphanumeric || (k == .hyphen && classAt(e + 1).isAlphanumeric) { e += 1; continue }
            break
        }
        return dots > 0 && e > j + 1 ? e : nil
    }

    // MARK: - Words

    /// Scans a word from `i` (a letter, digit or sign) and emits it, split by
    /// the elision and clitic rules. Returns the position after it.
    func word(_ i: Int, signed: Bool = false) -> Int {
        let word = wordExtent(i, signed: signed)
        let j = word.end
        // Most words end before a space or punctuation that none of the rules
        // of `finishWord` looks at: emit them here.
        if !word.hasApostrophe, !word.hasHyphen {
            let next = at(j)
            if next != 0x2E, next != 0x40, next != 0xB0, classAt(j) != .apostrophe { emit(i, j); return j }
        }
        return finishWord(i, word)
    }

    /// Where a word scanned from `i` ends, and what it contains.
    struct WordExtent {
        var end: Int
        var hasPeriod = false, hasApostrophe = false, hasHyphen = false
    }

    /// The extent of the word from `i` (a letter, digit or sign) before the
    /// elision, abbreviation and clitic rules.
    func wordExtent(_ i: Int, signed: Bool) -> WordExtent {
        var j = signed ? i + 1 : i
        // Digit-group state: the word so far is digits with group separators.
        var numeric = true
        var group = 0
        var hasPeriod = false
        var hasApostrophe = false, hasHyphen = false
        while j < n {
            let k = cls.classify(s[j])
            switch k {
            case .upper, .lower, .otherLetter, .mark, .otherNumber:
                // 160km → 160 km, but 1er, XXIe, 14h30, 5G stay whole.
                if numeric, group > 0, j > i, classAt(j - 1) == .digit, k == .lower, !numberSuffixFollows(j) { break }
                numeric = false; j = alphanumericRunEnd(j + 1); continue
            case .digit:
                if !numeric { j = alphanumericRunEnd(j + 1); continue }
                group += 1; j += 1; continue
            case .extend:
                if s[j] == 0x200D || s[j] == 0xAD || s[j] == 0x200C || (s[j] >= 0xFE00 && s[j] <= 0xFE0F) { j += 1; continue }
            case .apostrophe:
                if classAt(j + 1).isAlphanumeric, j > i { numeric = false; hasApostrophe = true; j += 1; continue }
            case .hyphen, .connector:
                if classAt(j + 1).isAlphanumeric, classAt(j - 1).isAlphanumeric {
                    numeric = false
                    if k == .hyphen { hasHyphen = true }
                    j += 1; continue
                }
            case .slash:
                // 25/01/06 and 1/10 stay whole; et/ou, mg/kg split (UD French).
                if classAt(j + 1) == .digit, classAt(j - 1) == .digit { numeric = false; j += 1; continue }
            case .period:
                if classAt(j + 1).isAlphanumeric, classAt(j - 1).isAlphanumeric {
                    if !(classAt(j + 1) == .digit && classAt(j - 1) == .digit) { numeric = false }
                    hasPeriod = true; group = 0; j += 1; continue
                }
            case .comma:
                if classAt(j + 1) == .digit, classAt(j - 1) == .digit { group = 0; j += 1; continue }
            case .space:
                // 2 000, 80 000 (U+0020, U+00A0, U+202F, U+2009): a group of exactly three digits follows.
                let c = s[j]
                if numeric, group >= 1, group <= 3, j > i, c == 0x20 || c == 0xA0 || c == 0x202F || c == 0x2009,
                   classAt(j + 1) == .digit, classAt(j + 2) == .digit, classAt(j + 3) == .digit, classAt(j + 4) != .digit,
                   !(classAt(j + 4) == .comma && classAt(j + 5) == .digit && false) {
                    group = 0; j += 1; continue
                }
            case .punctuation:
                // AUTRE(S), ami(e)s: a one-to-three-letter parenthesis glued inside a word.
                if s[j] == 0x28, classAt(j - 1).isLetter, let close = (j + 2...j + 4).first(where: { at($0) == 0x29 }),
                   (j + 1..<close).allSatisfy({ classAt($0).isLetter }), !classAt(close + 1).isAlphanumeric || classAt(close + 1).isLetter {
                    numeric = false; j = close + 1; continue
                }
            default: break
            }
            break
        }
        return WordExtent(end: j, hasPeriod: hasPeriod, hasApostrophe: hasApostrophe, hasHyphen: hasHyphen)
    }

    /// Emits the word [i, `word.end`) by the elision, abbreviation, email
    /// and clitic rules; returns the position after what it emitted. Out of
    /// line: it would crowd the registers of `wordExtent`'s loop.
    @inline(never)
    func finishWord(_ i: Int, _ word: WordExtent) -> Int {
        let j = word.end, hasPeriod = word.hasPeriod
        // An elided article before a space or a line end: d' une.
        if classAt(j) == .apostrophe, j > i, !classAt(j + 1).isAlphanumeric, elision(i, j) != nil {
            emit(i, j + 1, .elision)
            return j + 1
        }
        // n° and N°
        if j == i + 1, s[i] | 0x20 == 0x6E, at(j) == 0xB0 { emit(i, j + 1); return j + 1 }
        // A word followed by a period: abbreviation, acronym or initial keeps it.
        if at(j) == 0x2E, let end = abbreviationEnd(i, j, hasPeriod: hasPeriod) {
            emit(i, end, .abbreviation)
            return end
        }
        // Email addresses are recognized where the word stops at '@'.
        if at(j) == 0x40, let e = emailEnd(i) { emit(i, e, .webLink); return e }
        if word.hasApostrophe || word.hasHyphen { split(i, j) } else { emit(i, j) }
        return j
    }

    /// The end of the letters, marks and digits from `j`. Once a word is not
    /// a number (`numeric` false in `word`) they all just extend it: this
    /// loop skips the per-character rules of `word` for them.
    @inline(__always)
    func alphanumericRunEnd(_ j: Int) -> Int {
        var j = j
        while j < n, cls.classify(s[j]).isAlphanumeric { j &+= 1 }
        return j
    }

    /// End of an abbreviation that starts at `i`, whose letters end at `j`
    /// (where a period stands), or nil.
    func abbreviationEnd(_ i: Int, _ j: Int, hasPeriod: Bool) -> Int? {
        // Multi-part entries (c.-à-d.) compared code point by code point.
        for entry in lexicons.multiPartAbbreviations where entry[0] == s[i] && i + entry.count <= n && entry.count > j - i + 1 {
            if entry.elementsEqual(s[i..<(i + entry.count)]), !classAt(i + entry.count).isAlphanumeric { return i + entry.count }
        }
        let length = j - i
        // Acronyms with periods: S.A. R.E.M. J.A. (segments of at most 3 letters).
        if hasPeriod {
            var seg = 0, ok = true
            for p in i..<j {
                if s[p] == 0x2E { seg = 0; continue }
                if !classAt(p).isLetter { ok = false; break }
                seg += 1
                if seg > 3 { ok = false; break }
            }
            return ok ? j + 1 : nil
        }
        // Initials: A. Dupont, J.-C., J.-P.
        if length == 1, classAt(i) == .upper {
            if at(j + 1) == 0x2D, classAt(j + 2) == .upper, at(j + 3) == 0x2E { return j + 4 }
            if classAt(j + 1) == .space, classAt(j + 2) == .upper, !startsSentenceAfterLetter(j + 2) { return j + 1 }
            if classAt(j + 1) == .upper, at(j + 2) == 0x2E { return j + 1 } // initials run: J.R.R.
        }
        // Listed abbreviations, as written or capitalized at sentence start.
        if contains(lexicons.titleAbbreviationKeys, lexicons.titleAbbreviations, i, j + 1, folding: 0) { return j + 1 }
        let listed = contains(lexicons.abbreviationKeys, lexicons.abbreviations, i, j + 1, folding: 0)
            || (classAt(i) == .upper && contains(lexicons.abbreviationKeys, lexicons.abbreviations, i, j + 1, folding: 1))
        guard listed else { return nil }
        // Many abbreviations are also words (sept., mer., ex.): before a
        // capital or at the end of the text the period ends the sentence.
        var next = j + 1
        while next < n, classAt(next) == .space { next += 1 }
        if next >= n || classAt(next) == .upper || at(next) == 0xAB || at(next) == 0x2014 || at(next) == 0x2013 {
            return contains(lexicons.sentenceFinalAbbreviationKeys, lexicons.sentenceFinalAbbreviations, i, j + 1, folding: 0) ? j + 1 : nil
        }
        return j + 1
    }

    /// After a capital letter and a period (`X.`), a word that starts
    /// sentences followed by a lowercase word (`sur X. Nous avons`, `la
    /// vitamine A. Elle agit`) shows the period ends a sentence: no initial.
    /// `J. Dupont`, `A. Le Pen` stay initials.
    func startsSentenceAfterLetter(_ w: Int) -> Bool {
        var e = w
        while e < n, classAt(e).isLetter || classAt(e) == .apostrophe { e += 1 }
        guard contains(lexicons.sentenceStarterKeys, lexicons.sentenceStarters, w, e) else { return false }
        var next = e
        while next < n, classAt(next) == .space { next += 1 }
        return next > e && classAt(next) == .lower
    }

    /// Letters after a number that belong to it: ordinal suffixes (1er,
    /// 2e, 3ème, 2nde) and the hour mark of times (14h30, 23h).
    func numberSuffixFollows(_ j: Int) -> Bool {
        var e = j
        while e < n, classAt(e).isLetter || classAt(e) == .mark { e += 1 }
        if e - j > 4 { return false }
        let table = lexicons.numberSuffixKeys
        switch scalarKey(j, e, folding: e - j, capacity: max(1, table.maxLength)) {
        case let .key(suffix):
            if suffix.count == 1, suffix[0] == 0x68 { return true } // h
            return table.index(of: suffix) != nil && !classAt(e).isAlphanumeric
        case .tooLong: return false // longer than h and than every suffix
        case .unknown:
            let suffix = key(j, e)
            if suffix == "h" { return true }
            return lexicons.numberSuffixes.contains(suffix) && !classAt(e).isAlphanumeric
        }
    }

    /// Emits the word [i, j) split by the elision and clitic rules.
    func split(_ i: Int, _ j: Int) {
        var start = i
        // Elision: l'armée → l' armée; qu'aujourd'hui → qu' aujourd'hui.
        while let apostrophe = (start..<j).first(where: { classAt($0) == .apostrophe }) {
            if apostrophe == start || apostrophe + 1 >= j { break }
            if contains(lexicons.apostropheWordKeys, lexicons.apostropheWords, start, j) { break }
            if (start..<j).contains(where: { classAt($0) == .hyphen }) {
                let whole = key(start, j) // rare: both an apostrophe and a hyphen
                if lexicons.apostropheWordCompounds.contains(where: { whole.hasPrefix($0) }) { break }
            }
            guard let lowerOnly = elision(start, apostrophe) else { break }
            if lowerOnly, classAt(apostrophe + 1) == .upper { break }
            emit(start, apostrophe + 1, .elision)
            start = apostrophe + 1
        }
        // Clitics from the end: dit-il → dit -il; a-t-il → a -t-il; donne-le-moi → donne -le -moi.
        var end = j
        var clitics: [(Int, Int)] = []
        if (start..<end).contains(where: { classAt($0) == .hyphen }), !contains(lexicons.hyphenWordKeys, lexicons.hyphenWords, start, end) {
            while clitics.count < 2, let h = (start..<end).last(where: { classAt($0) == .hyphen }), h > start {
                var from = h
                if h - 2 > start, s[h - 1] == 0x74, classAt(h - 2) == .hyphen { from = h - 2 } // -t-il
                guard contains(lexicons.cliticKeys, lexicons.clitics, from + 1, end),
                      (from + 1..<end).allSatisfy({ classAt($0) != .upper }) else { break }
                clitics.append((from, end))
                end = from
                if contains(lexicons.hyphenWordKeys, lexicons.hyphenWords, start, end) { break }
            }
        }
        if end > start { emit(start, end) } else if let first = clitics.popLast() { emit(start, first.1) }
        for (a, b) in clitics.reversed() { emit(a, b) }
    }

    // MARK: - Lexicon look-ups

    /// A key built from the text's code points for a `ScalarKeyTable`.
    enum ScalarKey {
        case key(UnsafeBufferPointer<UInt32>)
        /// Longer than every entry of the table: in none.
        case tooLong
        /// A code point outside `ScalarFold`: build the String key instead.
        case unknown
    }

    /// The key of [a, b) — its first `folding` code points folded as `key`
    /// folds them, the rest as written — for a table whose entries have at
    /// most `capacity` code points (at most `buffers.keyCapacity`). A `.key`
    /// points into `buffers.key`, valid until the next call.
    func scalarKey(_ a: Int, _ b: Int, folding: Int, capacity: Int) -> ScalarKey {
        precondition(capacity <= buffers.keyCapacity, "a key longer than the key buffer")
        let buffer = buffers.key
        let fold = lexicons.fold
        var length = 0
        var p = a
        while p < b {
            let c = s[p]
            if p &- a < folding {
                var folded = fold.packedFold(c)
                if folded == ScalarFold.unknown { return .unknown }
                var count = folded >> 24
                while count > 0 {
                    if length < capacity { buffer[length] = folded & 0xFF }
                    length &+= 1
                    folded >>= 8
                    count &-= 1
                }
            } else {
                if !fold.isPlain(c) { return .unknown }
                if length < capacity { buffer[length] = c }
                length &+= 1
            }
            p &+= 1
        }
        // Past `capacity` the loop went on only to find unknown code points.
        if length > capacity { return .tooLong }
        return .key(UnsafeBufferPointer(start: buffer, count: length))
    }

    /// Whether the key of [a, b) (first `folding` code points folded, the
    /// rest as written; by default all folded) is in the lexicon `strings`,
    /// whose code-point table is `table`.
    func contains(_ table: ScalarKeyTable, _ strings: Set<String>, _ a: Int, _ b: Int, folding: Int? = nil) -> Bool {
        let folded = folding ?? (b - a)
        switch scalarKey(a, b, folding: folded, capacity: table.maxLength) {
        case let .key(k): return table.index(of: k) != nil
        case .tooLong: return false
        case .unknown:
            let seam = a + min(folded, b - a)
            return strings.contains(key(a, seam) + string(seam, b))
        }
    }

    /// For an elision prefix [a, b) (folded): whether it elides only before
    /// lowercase words; nil if it is none.
    func elision(_ a: Int, _ b: Int) -> Bool? {
        let table = lexicons.elisionKeys
        switch scalarKey(a, b, folding: b - a, capacity: table.maxLength) {
        case let .key(k): return table.index(of: k).map { lexicons.elisionLowerOnly[$0] }
        case .tooLong: return nil
        case .unknown: return lexicons.elisions[key(a, b)]
        }
    }

    /// Folded key of [a, b) for lexicon look-ups (ASCII: lowercased directly).
    func key(_ a: Int, _ b: Int) -> String {
        let part = UnsafeBufferPointer(rebasing: s[a..<b])
        if part.allSatisfy({ $0 < 0x80 }) { return TokenNormalizer.asciiString(part, lowercased: true) }
        return scratch.withScratch { TokenNormalizer.shared.forms(part, text: nil, scratch: &$0).key }
    }

    /// The code points [a, b) as written.
    func string(_ a: Int, _ b: Int) -> String {
        let part = UnsafeBufferPointer(rebasing: s[a..<b])
        if part.allSatisfy({ $0 < 0x80 }) { return TokenNormalizer.asciiString(part, lowercased: false) }
        return TokenNormalizer.utf8String(part)
    }
}

/// A scan's output and scratch space (see `TokenScanner.buffers`), behind
/// raw pointers: a class's `var` properties would be checked for exclusive
/// access at every token.
final class ScanBuffers {
    struct Output {
        var tokens: UnsafeMutablePointer<RawToken>
        var count = 0
        var capacity: Int
        /// A line break was seen since the last token.
        var sawNewline = false
    }
    let output: UnsafeMutablePointer<Output>
    /// Room for one lexicon key (see `TokenScanner.scalarKey`).
    let key: UnsafeMutablePointer<UInt32>
    let keyCapacity: Int

    init(tokenCapacity: Int, keyCapacity: Int) {
        output = .allocate(capacity: 1)
        output.initialize(to: Output(tokens: .allocate(capacity: tokenCapacity), capacity: tokenCapacity))
        key = .allocate(capacity: keyCapacity)
        self.keyCapacity = keyCapacity
    }

    func growTokens() {
        let capacity = output.pointee.capacity * 2
        let grown = UnsafeMutablePointer<RawToken>.allocate(capacity: capacity)
        grown.moveInitialize(from: output.pointee.tokens, count: output.pointee.count)
        output.pointee.tokens.deallocate()
        output.pointee.tokens = grown
        output.pointee.capacity = capacity
    }

    deinit {
        output.pointee.tokens.deallocate()
        output.deallocate()
        key.deallocate()
    }
}
