import Testing
@testable import Tokenizer

/// The scanner looks lexicon words up from code points (`ScalarKeyTable`,
/// `ScalarFold`) and the splitter compares punctuation by code units: both
/// must agree with the String look-ups and comparisons they replace.
@Suite struct ScalarLookupTests {
    static let lexicons = sharedTokenizer.lexicons

    /// Calls `body` with a scanner over `word`.
    func withScanner<R>(_ word: String, _ body: (TokenScanner) -> R) -> R {
        let scalars = word.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { body(TokenScanner(scalars: $0, lexicons: ScalarLookupTests.lexicons)) }
    }

    static let words = [
        // Entries as written, capitalized, with typographic apostrophes, accents and ligatures.
        "l", "L", "qu", "Qu", "jusqu", "JUSQU", "aujourd'hui", "Aujourd’hui", "AUJOURD’HUI", "presqu'île", "Presqu’Île",
        "il", "Il", "t-il", "T-IL", "là", "LÀ", "la", "ci", "vis-à-vis", "Vis-à-Vis", "rendez-vous", "qu'en-dira-t-on",
        "er", "ème", "Ème", "nde", "bis", "h", "H", "les", "Les", "après", "Après", "cœur", "Œuvre", "straße",
        // Not entries: near misses, longer than every entry, empty.
        "lo", "quu", "aujourd", "aujourd'huis", "rendez-vous-là", "anticonstitutionnellement-là", "",
        // Outside the fold table: combining accents, other scripts, a soft hyphen inside.
        "la\u{300}", "e\u{301}me", "vis-a\u{300}-vis", "ιλ", "ﬁ", "ren\u{AD}dez-vous",
    ]

    @Test(arguments: words)
    func foldedKeysMatchTheNormalizer(_ word: String) {
        withScanner(word) { scanner in
            let n = word.unicodeScalars.count
            let capacity = ScalarLookupTests.lexicons.maxKeyLength
            switch scanner.scalarKey(0, n, folding: n, capacity: capacity) {
            case let .key(key): #expect(String(String.UnicodeScalarView(key.map { Unicode.Scalar($0)! })) == scanner.key(0, n))
            case .tooLong: #expect(scanner.key(0, n).unicodeScalars.count > capacity)
            case .unknown: #expect(word.unicodeScalars.contains { $0.value >= 0x180 && $0 != "’" && $0 != "‘" })
            }
        }
    }

    @Test(arguments: words)
    func foldedLookUpsMatchTheStringSets(_ word: String) {
        let l = ScalarLookupTests.lexicons
        withScanner(word) { scanner in
            let n = word.unicodeScalars.count
            let key = scanner.key(0, n)
            for (table, set) in [(l.apostropheWordKeys, l.apostropheWords), (l.cliticKeys, l.clitics), (l.hyphenWordKeys, l.hyphenWords),
                                 (l.sentenceStarterKeys, l.sentenceStarters), (l.numberSuffixKeys, l.numberSuffixes)] {
                #expect(scanner.contains(table, set, 0, n) == set.contains(key), "\(word)")
            }
            #expect(scanner.elision(0, n) == l.elisions[key], "\(word)")
        }
    }

    /// Abbreviations are looked up as written, or with their first letter folded.
    @Test(arguments: ["M.", "Mme.", "MME.", "etc.", "Etc.", "éd.", "Éd.", "e\u{301}d.", "Gén.", "GÉN.", "janv.", "Janv.", "févr.", "Févr.", "sept.", "Sept.", "p.", "P.", "x.", "Paris.", ""])
    func abbreviationLookUpsMatchTheStringSets(_ word: String) {
        let l = ScalarLookupTests.lexicons
        withScanner(word) { scanner in
            let n = word.unicodeScalars.count
            for (table, set) in [(l.abbreviationKeys, l.abbreviations), (l.titleAbbreviationKeys, l.titleAbbreviations),
                                 (l.sentenceFinalAbbreviationKeys, l.sentenceFinalAbbreviations)] {
                #expect(scanner.contains(table, set, 0, n, folding: 0) == set.contains(word), "\(word)")
                if n > 0 {
                    let firstFolded = scanner.key(0, 1) + scanner.string(1, n)
                    #expect(scanner.contains(table, set, 0, n, folding: 1) == set.contains(firstFolded), "\(word)")
                }
            }
        }
    }

    @Test(arguments: [".", "!", "?", "…", "...", "....", "?!", "!?", "..", "!!", "?.", ".,", "...\u{301}", "...a", ".\u{301}", "…\u{301}", "—", "«", ",", ""])
    func terminalMarksMatchTheStringComparisons(_ k: String) {
        let strings = k == "." || k == "!" || k == "?" || k == "…" || k.hasPrefix("...") || k == "?!" || k == "!?"
        #expect(SentenceSplitter.isTerminalMark(k) == strings)
    }

    @Test(arguments: ["»", "”", "\"", ")", "]", "’", "'", "›", "«", "“", "(", "[", "—", "–", "-", "‹", "¿", "¡", "»\u{301}", "))", ".", "a", "", "\u{1F600}"])
    func oneScalarNorms(_ k: String) {
        let expected = k.unicodeScalars.count == 1 ? k.unicodeScalars.first!.value : nil
        #expect(SentenceSplitter.onlyScalar(k) == expected)
    }

    /// Rules whose look-ups moved to code points, on real sentences.
    @Test(arguments: [
        ("Ex. : la presqu’île d’Aujourd’hui.", ["Ex.", ":", "la", "presqu’île", "d’", "Aujourd’hui", "."]),
        ("Le 1er janv. 2013, dit-il, rendez-vous à Gao.", ["Le", "1er", "janv.", "2013", ",", "dit", "-il", ",", "rendez-vous", "à", "Gao", "."]),
        ("Viendra-t-elle ? Donne-le-moi.", ["Viendra", "-t-elle", "?", "Donne", "-le", "-moi", "."]),
        ("Il est arrivé à 14h30 et reparti le 2e jour.", ["Il", "est", "arrivé", "à", "14h30", "et", "reparti", "le", "2e", "jour", "."]),
    ])
    func rulesWithScalarLookUps(_ text: String, _ expected: [String]) {
        #expect(surface(text) == expected)
    }
}
