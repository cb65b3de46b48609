import DocumentModel
import Lexicon
import Testing
import Tokenizer

/// Longest-first phrase matching on word ids, forwards and backwards, on
/// real French phrases of the cue and place lists.
struct PhraseMatcherTests {
    /// A matcher of `phrases` (space-separated keys, value = index) and the word ids of `sentence`.
    static func setUp(_ phrases: [String], _ sentence: String) throws -> (PhraseMatcher<Int>, [WordId], TokenizedText) {
        var words = Lexicon.Builder()
        var matcher = PhraseMatcher<Int>()
        for (n, p) in phrases.enumerated() {
            matcher.add(p.split(separator: " ").map { words.intern(String($0)) }, n)
        }
        let text = try Tokenizer(lexicon: words.build()).tokenize(sentence)
        return (matcher, text.words, text)
    }

    static func index(of surface: String, in text: TokenizedText) -> Int {
        text.tokens.firstIndex { $0.text == surface }!
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let phrases: [String]
        let sentence: String
        let at: String
        /// Expected (length, phrase index), nil: no match.
        let expected: (Int, Int)?
        var testDescription: String { at + " in " + sentence }
    }

    @Test(arguments: [
        // The longer phrase wins over its prefix.
        Case(phrases: ["region", "region de"], sentence: "Les combats dans la région de Kidal ont repris.", at: "région",
             expected: (2, 1)),
        Case(phrases: ["a en croire", "a"], sentence: "À en croire le ministre, la ville est tombée.", at: "À", expected: (3, 0)),
        // A phrase must match every word: `près du` is not `près de`.
        Case(phrases: ["pres de"], sentence: "Les soldats sont postés près du camp.", at: "près", expected: nil),
        Case(phrases: ["selon"], sentence: "Le bilan, selon l'armée, est lourd.", at: "selon", expected: (1, 0)),
        // A phrase running past the end of the text does not match.
        Case(phrases: ["aux dires de"], sentence: "Ce sont ses dires aux", at: "aux", expected: nil),
    ])
    func forwards(_ c: Case) throws {
        let (matcher, words, text) = try Self.setUp(c.phrases, c.sentence)
        let m = matcher.longest(at: Self.index(of: c.at, in: text), in: words)
        #expect(m?.length == c.expected?.0)
        #expect(m?.value == c.expected?.1)
    }

    @Test func backwardsEndsJustBeforeThePosition() throws {
        let (matcher, words, text) = try Self.setUp(["region de", "de"], "Les combats dans la région de Kidal ont repris.")
        let kidal = Self.index(of: "Kidal", in: text)
        #expect(matcher.longest(endingBefore: kidal, in: words)?.length == 2)
        // Not before `floor`: only the one-word phrase fits.
        #expect(matcher.longest(endingBefore: kidal, in: words, floor: kidal - 1)?.length == 1)
        #expect(matcher.longest(endingBefore: 0, in: words) == nil)
    }

    @Test func acceptDecidesAmongCandidates() throws {
        let (matcher, words, text) = try Self.setUp(["general de division", "general"], "Le général de division Keïta est arrivé.")
        let i = Self.index(of: "général", in: text)
        #expect(matcher.longest(at: i, in: words)?.length == 3)
        // Refusing the long one falls back to the next candidate.
        #expect(matcher.longest(at: i, in: words) { value, _ in value == 1 }?.length == 1)
        #expect(matcher.longest(at: i, in: words, limit: i + 2)?.length == 1)
    }

    @Test func firstAddedWinsATieAndUnknownWordsAreRefused() {
        var words = Lexicon.Builder()
        var matcher = PhraseMatcher<String>()
        let d = words.intern("d'apres")
        matcher.add([d], "first")
        matcher.add([d], "second")
        matcher.add([], "empty")
        matcher.add([d, .unknown], "unknown")
        #expect(matcher.longest(at: 0, in: [d])?.value == "first")
        #expect(matcher.longest(at: 0, in: [d, .unknown])?.length == 1)
        #expect(matcher.firstWords == [d])
        #expect(matcher.lastWords == [d])
    }
}
