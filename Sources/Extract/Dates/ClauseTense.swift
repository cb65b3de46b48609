import DocumentModel
import Tokenizer

/// The tense of the verb nearest a date expression: past (passé composé,
/// imparfait, plus-que-parfait) or future (future tense, `va` + infinitive,
/// `prévu`, `doit`…). It decides which occurrence a bare weekday names
/// (`a annoncé lundi` → the last Monday, `se rendra lundi` → the next one)
/// when one sentence holds both (`Arrivé à Gao, le ministre qui a parlé
/// mardi se rendra vendredi à Kidal`).
enum ClauseTense: Sendable, Equatable {
    case past, future

    /// How far from the expression a verb is looked for, in tokens.
    static let window = 5

    /// The tense of the nearest tensed verb to tokens `first..<end` inside
    /// `sentence`, on either side (the nearer side first, the left one on a
    /// tie); nil when none is within `window` tokens.
    static func near(_ first: Int, _ end: Int, sentence: Range<Int>, in c: DateContext) -> ClauseTense? {
        for distance in 1...window {
            for k in [first - distance, end - 1 + distance] where sentence.contains(k) {
                if let t = tense(at: k, in: c) { return t }
            }
        }
        return nil
    }

    /// What token `k` says of the tense, if it is a tensed verb.
    static func tense(at k: Int, in c: DateContext) -> ClauseTense? {
        let lexicon = c.lexicon
        let token = c.text.tokens[k]
        guard token.shape.contains(.hasLetter) else { return nil }
        let spelling = Lowercase.of(token.norm)
        switch lexicon.tenseCues[spelling] {
        case .past?: return .past
        case .future?: return .future
        case .etre?: return isParticiple(k + 1, in: c) ? .past : nil
        case .participle?, nil: break
        }
        if c.has(.future, at: k) || lexicon.looksFuture(key: token.key, shape: token.shape, word: c.words[k]) {
            return .future
        }
        let key = token.key
        if key.utf8.count >= 5, !token.shape.contains(.capitalized), !lexicon.notPast.contains(key),
           lexicon.pastSuffixes.contains(where: { key.hasSuffix($0) }) {
            return .past
        }
        return nil
    }

    /// A past participle at `k` (`arrivé`, `rentrées`, `parti`).
    private static func isParticiple(_ k: Int, in c: DateContext) -> Bool {
        guard k < c.count, c.isLowercaseWord(k) else { return false }
        let spelling = Lowercase.of(c.text.tokens[k].norm)
        if c.lexicon.tenseCues[spelling] == .participle { return true }
        return c.lexicon.participleEndings.contains { spelling.hasSuffix($0) }
    }
}
