import Testing
import Tokenizer

/// `Lowercase.of` must give exactly `String.lowercased()`: the accent rules
/// (dès / des, évoqué, participle endings) compare its result with list words.
struct LowercaseTests {
    @Test(arguments: [
        "évoqué", "Évoqué", "DÈS", "des", "Ségou", "AFFIRMÉ", "l’Azawad", "Œuvre", "çà", "ÇA",
        "İstanbul", "Ⱥ", "ΣΟΦΙΑ", "Ménaka-Ouest", "a", "A", "", "KIDAL", "ﬁn", "Straße",
    ])
    func sameAsTheStandardLibrary(_ word: String) {
        #expect(Lowercase.of(word) == word.lowercased())
    }

    /// Every code point of the Latin blocks the table covers, and a few beyond.
    @Test func everyLatinCodePoint() {
        for c in UInt32(0)..<0x300 {
            guard let scalar = Unicode.Scalar(c) else { continue }
            let s = "x" + String(Character(scalar)) + "é"
            #expect(Lowercase.of(s) == s.lowercased(), "U+\(String(c, radix: 16))")
        }
    }
}
