import Dispatch
import DocumentModel
import Lexicon
import Testing
@testable import Tokenizer

/// A token's forms from `TokenFormCache` must be exactly the forms built
/// for it: the cache is an optimization, never a change of output.
struct TokenFormCacheTests {
    /// Texts whose tokens take every path of the form builder: ASCII with and
    /// without capitals, accents, ligatures, typographic apostrophes,
    /// no-break spaces, soft hyphens, fullwidth forms, a token longer than
    /// `TokenFormCache.longestForm` (built each time, never cached).
    static let texts = [
        "Le FLA affirme que Kidal est tombée le 3 juin 2024, selon l’armée malienne.",
        "« Nous ne négocierons pas », a-t-il déclaré à Bamako ; l'ŒUVRE du CSP-DPA continue.",
        "Le ministre\u{00A0}: « ＦＬＡ » et les Forces armées maliennes (FAMa) à Tombouctou.",
        "anti\u{00AD}constitutionnellement, https://www.example.org/une-tres-longue-adresse-de-page/article?id=42 et #Mali",
        "Abdoulaye Diop, ministre des Affaires étrangères, s’est rendu à Niamey mercredi.",
    ]

    static func tokenized(_ text: String, cache: TokenFormCache?, tokenizer: Tokenizer = sharedTokenizer) -> TokenizedText {
        tokenizer.tokenize(SourceText(text), cache: cache)
    }

    static func expectSame(_ a: TokenizedText, _ b: TokenizedText, _ text: String) {
        #expect(a.tokens == b.tokens, "\(text)")
        #expect(a.words == b.words, "\(text)")
        #expect(a.keyHashes == b.keyHashes, "\(text)")
        #expect(a.sentences == b.sentences, "\(text)")
    }

    /// First pass fills the cache, second pass reads every repeated token from it.
    @Test(arguments: texts)
    func cachedFormsAreTheBuiltForms(_ text: String) {
        let cache = TokenFormCache(lexicon: sharedTokenizer.lexicon.stamp)
        let built = Self.tokenized(text, cache: nil)
        let filling = Self.tokenized(text, cache: cache)
        #expect(cache.cachedForms > 0)
        let hits = Self.tokenized(text, cache: cache)
        Self.expectSame(built, filling, text)
        Self.expectSame(built, hits, text)
    }

    /// A token cached from one text gives the same forms in another (the
    /// scanner's flags, such as `afterNewline`, are not part of the cached shape).
    @Test func flagsAreTheTokensOwn() {
        let cache = TokenFormCache(lexicon: sharedTokenizer.lexicon.stamp)
        _ = Self.tokenized("Kidal. M. Diop", cache: cache)
        let text = "À la une\nKidal et M. Diop"
        Self.expectSame(Self.tokenized(text, cache: nil), Self.tokenized(text, cache: cache), text)
    }

    /// Full, the cache starts over; forms stay right before and after.
    @Test func startsOverWhenFull() {
        let cache = TokenFormCache(lexicon: sharedTokenizer.lexicon.stamp, capacity: 8)
        let text = "Les combattants du FLA ont repris Anéfis, Tessalit, Aguelhok et Ber mardi soir."
        let built = Self.tokenized(text, cache: nil)
        for _ in 0..<3 {
            Self.expectSame(built, Self.tokenized(text, cache: cache), text)
            #expect(cache.cachedForms <= 8)
        }
    }

    /// Each lexicon has its own cache on a thread: a word id from one is never given for the other.
    @Test func oneCachePerLexicon() throws {
        let withoutIds = try Tokenizer()
        var builder = Lexicon.Builder()
        let kidal = builder.intern("kidal")
        let withIds = withoutIds.using(builder.build())
        #expect(withoutIds.tokenize("Kidal").words == [WordId.unknown])
        #expect(withIds.tokenize("Kidal").words == [kidal])
        #expect(withoutIds.tokenize("Kidal").words == [WordId.unknown])
    }

    /// Threads tokenizing at once (as `--jobs` does) each get their own cache and the same tokens.
    @Test func sameTokensOnEveryThread() {
        let expected = Self.texts.map { Self.tokenized($0, cache: nil) }
        let rounds = 40
        let mismatches = Counter()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for r in 0..<rounds {
                let i = r % Self.texts.count
                let got = sharedTokenizer.tokenize(Self.texts[i])
                if got.tokens != expected[i].tokens || got.words != expected[i].words { mismatches.add() }
            }
        }
        #expect(mismatches.value == 0)
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var n = 0
    func add() { lock.wait(); n += 1; lock.signal() }
    var value: Int { lock.wait(); defer { lock.signal() }; return n }
}
