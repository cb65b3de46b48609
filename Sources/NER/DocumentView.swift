import DocumentModel
import Lexicon
import Tokenizer

/// One document as the name rules see it: tokens with precomputed facts
/// (key hashes, list memberships, name-word flags, sentence-initial
/// positions) and the word predicates every rule shares (what a name token
/// is, where a run of name tokens ends).
///
/// Everything a rule asks about one token is computed here once, into
/// per-token arrays: the rules run over every position, and hashing a
/// token's key into a word list at each of them cost more than all the
/// rest of recognition.
struct DocumentView {
    let text: TokenizedText
    let tokens: [Token]
    /// Lexicon id of every token's key (`TokenizedText.words`, unless re-split).
    let words: [WordId]
    /// `Lexicon.hash` of every token's key (`TokenizedText.keyHashes`, unless re-split).
    let hashes: [UInt64]
    let lists: RuleLists
    let matcher: GazetteerMatcher
    /// `sentenceInitial[i]`: token i opens a sentence, a line, a quotation or
    /// follows a colon, where a capital says nothing about being a name.
    let sentenceInitial: [Bool]
    /// Index one past the last token of the sentence holding token i.
    let sentenceEnd: [Int]
    /// What the rule lists say about token i's key.
    let facts: [WordFacts]
    /// `isNameToken(i)` for every token.
    private let nameToken: [Bool]
    /// Which keys occur in lower case in the document (a common word), found
    /// on first use: only a few capitalized runs ever ask.
    private let lowercaseKeys: LowercaseKeys

    /// Punctuation after which a capital starts a phrase: `« " : “ - – — ( [`.
    /// (A switch on the one scalar: a `Set<String>` compared the string with
    /// every element of its probe run, at every punctuation token; `norm` is
    /// NFC, and none of these has another canonically equivalent spelling.)
    static func isPhraseOpener(_ norm: String) -> Bool {
        var scalars = norm.unicodeScalars.makeIterator()
        guard let c = scalars.next(), scalars.next() == nil else { return false }
        switch c {
        case "«", "\"", ":", "“", "-", "–", "—", "(", "[": return true
        default: return false
        }
    }

    init(_ text: TokenizedText, lists: RuleLists, matcher: GazetteerMatcher) {
        self.text = text
        let resplit = DocumentView.nameTokens(text, lists: lists)
        let tokens = resplit ?? text.tokens
        self.tokens = tokens
        // The tokenizer's ids and hashes, unless this view split a token.
        let words = resplit.map { $0.map { lists.lexicon.id($0.key) } } ?? lists.lexicon.words(of: text)
        self.words = words
        let hashes = resplit.map(GazetteerMatcher.hashes) ?? text.keyHashes
        self.hashes = hashes
        self.lists = lists
        self.matcher = matcher
        let n = tokens.count
        var initial = [Bool](filling: false, count: n)
        var ends = [Int](filling: n, count: n)
        // Sentences as ranges of this view's tokens (which may split the tokenizer's).
        var t = 0
        for s in text.sentences {
            let first = t
            while t < n, tokens[t].start < s.range.end { t += 1 }
            for i in first..<t { ends[i] = t }
            // The first word token of the sentence (after quotes, dashes, bullets).
            var i = first
            while i < t, !tokens[i].shape.contains(.hasLetter), !tokens[i].shape.contains(.hasDigit) { i += 1 }
            if i < t { initial[i] = true }
        }
        // One pass for the rest of the per-token facts.
        var facts = [WordFacts](filling: [], count: n)
        var nameToken = [Bool](filling: false, count: n)
        var afterOpener = false
        for i in 0..<n {
            let shape = tokens[i].shape
            // After « " : — and after an opening newline-dash, a capital starts a phrase.
            if shape.contains(.afterNewline) || (afterOpener && !shape.contains(.punctuation)) { initial[i] = true }
            afterOpener = shape.contains(.punctuation) && DocumentView.isPhraseOpener(tokens[i].norm)
            let f = lists.facts(words[i])
            facts[i] = f
            // `isNameToken` decided here for the common shapes, without a call.
            if shape.contains(.hasLetter), !shape.contains(.webLink), !f.contains(.titleWord) {
                if shape.contains(.capitalized), !shape.contains(.elision), !shape.contains(.allCaps) {
                    nameToken[i] = !f.contains(.stopword)
                } else if shape.contains(.capitalized) || shape.contains(.keyHasHyphen) {
                    nameToken[i] = DocumentView.isNameToken(tokens, i, f, lists)
                }
            }
        }
        sentenceInitial = initial
        sentenceEnd = ends
        self.facts = facts
        self.nameToken = nameToken
        lowercaseKeys = LowercaseKeys()
    }

    var count: Int { tokens.count }

    /// The tokenizer's tokens, re-split where a name hides inside one: an
    /// initial-like `X.` that in fact ends a sentence (`sur X. Le groupe`).
    /// (Credit lines joined by slashes, `ANARA/AFP/Getty`, the tokenizer
    /// already splits.)
    /// (nil when nothing is re-split: the tokenizer's tokens stand.)
    static func nameTokens(_ text: TokenizedText, lists: RuleLists) -> [Token]? {
        let source = text.source
        let tokens = text.tokens
        // Most documents need no re-split: then the tokenizer's array is
        // shared as is, and `out` is only built from the first re-split on.
        var out: [Token]?
        var scratch = TokenNormalizer.Scratch()
        func make(_ a: Int, _ b: Int, _ flags: TokenShape) -> Token {
            let str = source.slice(a, b)
            var (norm, key, shape) = TokenNormalizer.shared.forms(source.scalars[a..<b], text: str, scratch: &scratch)
            shape.formUnion(flags)
            return Token(range: ScalarRange(a, b), text: str, norm: norm, key: key, shape: shape)
        }
        func startCopy(_ n: Int) {
            guard out == nil else { return }
            out = []
            out!.reserveCapacity(tokens.count + 8)
            out!.append(contentsOf: tokens[0..<n])
        }
        for n in tokens.indices {
            let shape = tokens[n].shape, start = tokens[n].start, end = tokens[n].end
            if shape.contains(.abbreviation), shape.contains(.capitalized), end - start == 2,
               n + 1 < tokens.count, tokens[n + 1].shape.contains(.capitalized), lists.stopwords.contains(tokens[n + 1].key) {
                startCopy(n)
                out!.append(make(start, end - 1, shape.intersection(.afterNewline)))
                out!.append(make(end - 1, end, []))
                continue
            }
            out?.append(tokens[n])
        }
        return out
    }

    /// A word written with a capital that can belong to a name: not a
    /// function word (unless in capitals: `LE MONDE`), not punctuation.
    @inline(__always)
    func isNameToken(_ i: Int) -> Bool {
        i >= 0 && i < nameToken.count && nameToken[i]
    }

    /// The definition of `isNameToken` for token i, whose key has `facts`.
    static func isNameToken(_ tokens: [Token], _ i: Int, _ facts: WordFacts, _ lists: RuleLists) -> Bool {
        let shape = tokens[i].shape
        guard shape.contains(.hasLetter), !shape.contains(.webLink), !facts.contains(.titleWord) else { return false }
        if shape.contains(.capitalized) {
            if shape.contains(.elision) { return false }
            return shape.contains(.allCaps) && tokens[i].key.count > 1 ? true : !facts.contains(.stopword)
        }
        // `al-Sahraoui`, `el-Mokhtar`: a particle glued before a capital.
        // (A hyphen in `norm` is one in the key: the shape bit rules out the rest.)
        guard shape.contains(.keyHasHyphen), DocumentView.contains(tokens[i].norm, byte: UInt8(ascii: "-")) else { return false }
        let t = tokens[i]
        // The key's head (before its first hyphen, when it does not start with one) must be a particle:
        // most hyphenated words (`peut-être`, `vice-président`) stop here, before the two splits below.
        if let first = t.key.utf8.first, first != UInt8(ascii: "-"),
           let cut = t.key.utf8.firstIndex(of: UInt8(ascii: "-")) {
            let length = t.key.utf8.distance(from: t.key.utf8.startIndex, to: cut)
            guard length <= lists.longestParticle, lists.nameParticles.contains(String(t.key[..<cut])) else { return false }
        }
        let parts = t.norm.split(separator: "-", maxSplits: 1)
        if parts.count == 2, let head = t.key.split(separator: "-", maxSplits: 1).first,
           lists.nameParticles.contains(String(head)) {
            return parts[1].first?.isUppercase ?? false
        }
        return false
    }

    /// `s` has the byte `byte` in its UTF-8 (scanned in place when contiguous).
    static func contains(_ s: String, byte: UInt8) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? s.utf8.contains(byte)
    }

    /// A particle between two name tokens (`Ag`, `Ould`, `ben`, `de`).
    @inline(__always)
    func isParticle(_ i: Int) -> Bool {
        i >= 0 && i < facts.count && facts[i].contains(.particle)
    }

    /// Token i's key is a listed function or common word.
    @inline(__always)
    func isStopword(_ i: Int) -> Bool { facts[i].contains(.stopword) }

    /// Token i's key is a listed first name.
    @inline(__always)
    func isFirstName(_ i: Int) -> Bool { facts[i].contains(.firstName) }

    /// Token i's key is also written in lower case somewhere in the document.
    @inline(__always)
    func occursInLowerCase(_ i: Int) -> Bool { lowercaseKeys.contains(i, tokens, hashes) }

    /// Token i's key is `key` (equal strings; the hashes are compared first).
    @inline(__always)
    func hasKey(_ i: Int, _ key: KnownKey) -> Bool {
        hashes[i] == key.hash && tokens[i].key == key.text
    }

    /// Token i is a parenthesis (`(` or `)`, norm as written in ASCII or full width).
    @inline(__always)
    func isParenthesis(_ i: Int, opening: Bool) -> Bool {
        opening ? hasKey(i, .openingParenthesis) && tokens[i].norm == "("
            : hasKey(i, .closingParenthesis) && tokens[i].norm == ")"
    }

    /// `set.match(at:)`, searched only where a phrase of the set can start.
    @inline(__always)
    /// The first token from `i` on whose facts contain `mask` (`count` if
    /// none): a rule that can only fire where a list's phrase starts jumps
    /// from one such token to the next instead of testing every position.
    func nextToken(containing mask: WordFacts, from i: Int) -> Int {
        nextToken(from: i) { $0.contains(mask) }
    }

    /// The first token from `i` on whose facts satisfy `test` (`count` if none).
    @inline(__always)
    func nextToken(from i: Int, where test: (WordFacts) -> Bool) -> Int {
        facts.withUnsafeBufferPointer { f in
            var k = max(i, 0)
            while k < f.count, !test(f[k]) { k += 1 }
            return k
        }
    }

    func match(_ set: PhraseSet, at i: Int, limit: Int? = nil) -> Int {
        guard i < facts.count, facts[i].contains(set.starts) else { return 0 }
        return set.match(at: i, in: tokens, words: words, limit: limit)
    }

    /// `set.match(endingBefore:)`, searched only where a phrase of the set can end.
    @inline(__always)
    func match(_ set: PhraseSet, endingBefore i: Int, floor: Int = 0) -> Int {
        guard i - 1 >= floor, facts[i - 1].contains(set.ends) else { return 0 }
        return set.match(endingBefore: i, in: tokens, words: words, floor: floor)
    }

    /// Length of the place cue ending just before token i (`région de`,
    /// `près de`, `à`), or 0. The verb `a` folds like the preposition `à`
    /// and is no cue.
    func placeCue(endingBefore i: Int) -> Int {
        let n = match(lists.placeCues, endingBefore: i)
        return n == 1 && !isPreposition(i - 1) && tokens[i - 1].key == "a" ? 0 : n
    }

    /// Length of the place cue starting at token i (within `limit`), or 0 (as `placeCue(endingBefore:)`).
    func placeCue(at i: Int, limit: Int? = nil) -> Int {
        let n = match(lists.placeCues, at: i, limit: limit)
        return n == 1 && !isPreposition(i) && tokens[i].key == "a" ? 0 : n
    }

    /// Token i is the preposition `à` (with its accent: `a` is the verb).
    func isPreposition(_ i: Int) -> Bool {
        tokens[i].norm == "à" || tokens[i].norm == "À"
    }

    /// End (exclusive) of the run of name tokens starting at `i`, with
    /// particles inside (`El Hadj Ag Gamou`, `Ahmedou Ould Abdallah`), within
    /// the sentence; `i` itself when token i is no name token.
    func nameRunEnd(from i: Int, limit: Int? = nil) -> Int {
        guard isNameToken(i) else { return i }
        let end = min(limit ?? sentenceEnd[i], sentenceEnd[i])
        var j = i + 1
        while j < end {
            if isNameToken(j) { j += 1; continue }
            // A particle, or an elided `d'` (Côte d'Ivoire), followed by a name token.
            var k = j
            while k < end, k - j < 2, isParticle(k) || tokens[k].key == "d'" { k += 1 }
            if k > j, k < end, isNameToken(k) { j = k + 1; continue }
            break
        }
        return j
    }

    /// Token i is in capitals throughout.
    func isAllCaps(_ i: Int) -> Bool { tokens[i].shape.contains(.allCaps) }

    /// The gazetteer knows token i (case-insensitively) as a nationality
    /// word: the adjective `malienne` keys like the noun `Malienne`.
    func isNationalityAdjective(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].shape.contains(.hasLetter) else { return false }
        guard let m = matcher.longest(at: i, tokens, hashes, ignoringCase: true, limit: i + 1) else { return false }
        return m.entries.contains { matcher.gazetteer.isNationality($0) }
    }

    /// The folded keys of tokens `a..<b`, joined by spaces.
    func key(_ a: Int, _ b: Int) -> String {
        guard a < b else { return "" }
        var out = tokens[a].key
        for k in a + 1..<b {
            out += " "
            out += tokens[k].key
        }
        return out
    }

    /// `Lexicon.hash` of `key(a, b)`, computed without building the string.
    func keyHash(_ a: Int, _ b: Int) -> UInt64 {
        guard a < b else { return Lexicon.hashBasis }
        var h = keyHash(continuing: Lexicon.hashBasis, with: a, separated: false)
        for k in a + 1..<b { h = keyHash(continuing: h, with: k) }
        return h
    }

    /// `h`, the hash of `key(a, k)`, extended to that of `key(a, k + 1)`.
    func keyHash(continuing h: UInt64, with k: Int, separated: Bool = true) -> UInt64 {
        var h = separated ? Lexicon.hash(h, 0x20) : h
        var key = tokens[k].key
        key.withUTF8 { for byte in $0 { h = Lexicon.hash(h, byte) } }
        return h
    }

    /// `key(a.lowerBound, a.upperBound) == key(b.lowerBound, b.upperBound)`,
    /// without joining when the tokens' keys are equal one by one.
    func sameKeys(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if a.count == b.count, zip(a, b).allSatisfy({ tokens[$0].key == tokens[$1].key }) { return true }
        return key(a.lowerBound, a.upperBound) == key(b.lowerBound, b.upperBound)
    }

    /// Tokens `a` and `b` read the same (`surface` equal as strings): the
    /// same scalars, or, where they differ beyond ASCII, canonically
    /// equivalent strings.
    func sameSurface(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let scalars = text.source.scalars
        let x = tokens[a.lowerBound].start..<tokens[a.upperBound - 1].end
        let y = tokens[b.lowerBound].start..<tokens[b.upperBound - 1].end
        if scalars[x].elementsEqual(scalars[y]) { return true }
        if !scalars[x].contains(where: { $0 >= 0x80 }), !scalars[y].contains(where: { $0 >= 0x80 }) { return false }
        return surface(a.lowerBound, a.upperBound) == surface(b.lowerBound, b.upperBound)
    }

    /// The original text of tokens `a..<b`.
    func surface(_ a: Int, _ b: Int) -> String {
        text.source.slice(tokens[a].start, tokens[b - 1].end)
    }
}

/// The keys a document writes in lower case somewhere (a letter word not
/// capitalized), built on the first question: the first such token of each
/// key hash, in an open-addressing table probed with the tokenizer's hash
/// (a `Dictionary` rehashes it with SipHash: most of the cost here), whose
/// key is compared to tell a hash collision apart.
final class LowercaseKeys {
    private var slots: [Int32] = []
    private var mask = 0

    func contains(_ i: Int, _ tokens: [Token], _ hashes: [UInt64]) -> Bool {
        if slots.isEmpty { build(tokens, hashes) }
        var s = Int(truncatingIfNeeded: hashes[i] ^ (hashes[i] >> 29)) & mask
        while true {
            let k = Int(slots[s])
            if k < 0 { return false }
            if hashes[k] == hashes[i] {
                if tokens[k].key == tokens[i].key { return true }
                // Two keys with one hash: look for the key itself.
                return tokens.indices.contains { j in
                    hashes[j] == hashes[i] && LowercaseKeys.isLowercase(tokens[j]) && tokens[j].key == tokens[i].key
                }
            }
            s = (s + 1) & mask
        }
    }

    private static func isLowercase(_ t: Token) -> Bool {
        t.shape.contains(.hasLetter) && !t.shape.contains(.capitalized)
    }

    private func build(_ tokens: [Token], _ hashes: [UInt64]) {
        var size = 16
        while size < tokens.count * 2 { size <<= 1 }
        mask = size - 1
        slots = [Int32](filling: -1, count: size)
        for k in tokens.indices where LowercaseKeys.isLowercase(tokens[k]) {
            var s = Int(truncatingIfNeeded: hashes[k] ^ (hashes[k] >> 29)) & mask
            while slots[s] >= 0, hashes[Int(slots[s])] != hashes[k] { s = (s + 1) & mask }
            if slots[s] < 0 { slots[s] = Int32(k) }
        }
    }
}
