@testable import NER
import Testing

/// The hash table of word facts must answer exactly as the dictionary of
/// the rule lists it is built from, for listed and unlisted keys alike.
struct WordFactTableTests {
    static let lists = NERFixture.recognizer.gazetteer.rules

    @Test func everyListedKeyHasItsFacts() {
        let table = WordFactTableTests.lists.facts
        #expect(table.dictionary.count > 1000)
        for (key, facts) in table.dictionary {
            #expect(table.facts(key, hash: AliasKey.hash(key)) == facts, "\(key)")
        }
    }

    /// Unlisted words, and listed ones in another Unicode form (decomposed
    /// accents are canonically equal, so the dictionary finds them).
    @Test(arguments: ["kidal", "armee", "de", "le", "ould", "ag", "general", "colonel", "«", "—", "",
                      "e\u{301}", "\u{E9}", "ne\u{301}e", "mo\u{308}ller", "\u{212A}", "k"])
    func agreesWithTheDictionary(_ key: String) {
        let table = WordFactTableTests.lists.facts
        #expect(table.facts(key, hash: AliasKey.hash(key)) == (table.dictionary[key] ?? []))
    }
}
