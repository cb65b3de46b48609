import DocumentModel
import Lexicon
@testable import Extract
import Testing
import Tokenizer

/// The per-token look-up the rules rely on: each token of a news sentence
/// gets the facts of its key (one look-up), plus what its spelling adds.
@Suite struct DateLexiconTests {
    static let lexicon: DateLexicon = { var words = Lexicon.Builder(); return try! DateLexicon(words: &words) }()

    /// The facts of the token spelled `form` in `sentence`.
    static func word(_ form: String, in sentence: String) -> DateWord {
        let text = DateFixture.tokenizer.tokenize(sentence)
        let c = DateContext(text: text, lexicon: lexicon)
        guard let i = text.tokens.firstIndex(where: { $0.text == form }) else {
            Issue.record("no token \(form) in \(sentence)")
            return DateWord()
        }
        return c.words[i]
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let form: String
        let sentence: String
        let check: @Sendable (DateWord) -> Bool
        var testDescription: String { form + " in " + sentence }
    }

    @Test(arguments: [
        Case(form: "juillet", sentence: "Le convoi est parti de Gao le 14 juillet.") {
            $0.frenchMonth == 7 && $0.isAnchor && !$0.startsWithMi
        },
        // A hyphenated token takes the month of its last part.
        Case(form: "mi-juin", sentence: "Les combats ont repris à la mi-juin près de Kidal.") {
            $0.frenchMonth == 6 && $0.startsWithMi && $0.isAnchor
        },
        // `ce mois-ci` is tokenized `mois` `-ci`.
        Case(form: "-ci", sentence: "Les pluies arriveront ce mois-ci au Sahel.") {
            $0.keyword == .hyphenCi && $0.endsWithCi && !$0.isAnchor
        },
        Case(form: "mois", sentence: "Les pluies arriveront ce mois-ci au Sahel.") {
            $0.unit == .month && $0.keyword == .mois && $0.isAnchor
        },
        Case(form: "2024", sentence: "Le FLA a été créé en 2024.") { $0.isAnchor && $0.id == 0 },
        Case(form: "lundi", sentence: "L'attaque a eu lieu lundi à Ménaka.") { $0.weekday == 1 && $0.isAnchor },
        Case(form: "le", sentence: "L'attaque a eu lieu le 3 mars.") { $0.keyword == .le && !$0.isAnchor },
        // `dès` is a year cue, `des` is not (an accented cue entry).
        Case(form: "dès", sentence: "Les troupes sont arrivées dès 2013 à Gao.") {
            $0.roles.contains(DateLexicon.Roles(.yearCue)) && $0.keyword == .des
        },
        Case(form: "des", sentence: "Il reste des milliers de déplacés.") {
            !$0.roles.contains(DateLexicon.Roles(.yearCue)) && $0.roles.contains(DateLexicon.Roles(.count))
        },
        // A non-ASCII key goes through the string index.
        Case(form: "–", sentence: "Entre 2016 – 2020, la Minusma a perdu des casques bleus.") { $0.keyword == .enDash },
        // A word the lists do not know.
        Case(form: "Ménaka", sentence: "L'attaque a eu lieu lundi à Ménaka.") {
            $0.id == 0 && $0.keyword == nil && !$0.isAnchor
        },
    ])
    func tokenFacts(_ c: Case) {
        #expect(c.check(Self.word(c.form, in: c.sentence)))
    }

    /// Every word of the lists is found by its lexicon id with its own entry.
    @Test func lexiconIdsAgreeWithTheStringIndex() {
        let l = Self.lexicon
        for (key, id) in l.index {
            #expect(l.entryOf[Int(l.lexicon.id(key))] == id, "\(key)")
        }
        #expect(l.lexicon.id("kidal") == .unknown)
    }
}

/// What a token says of its clause's tense (tense_cues.tsv and the ending
/// lists): the auxiliary `a` but not the preposition `à`, an imparfait but
/// not a noun in `-ait`, `est` only before a participle.
@Suite struct ClauseTenseTests {
    static func tense(_ form: String, in sentence: String) -> ClauseTense? {
        let text = DateFixture.tokenizer.tokenize(sentence)
        let c = DateContext(text: text, lexicon: DateLexiconTests.lexicon)
        guard let i = text.tokens.firstIndex(where: { $0.text == form }) else {
            Issue.record("no token \(form) in \(sentence)")
            return nil
        }
        return ClauseTense.tense(at: i, in: c)
    }

    @Test(arguments: [
        ("a", "Le ministre a annoncé sa démission.", ClauseTense.past),
        ("ont", "Les rebelles ont repris Kidal.", .past),
        ("attendait", "La délégation attendait une réponse.", .past),
        ("étaient", "Les routes étaient coupées.", .past),
        ("est", "Le convoi est arrivé à Gao.", .past),
        ("sont", "Les soldats sont partis de Kidal.", .past),
        ("rendra", "Le ministre se rendra à Gao.", .future),
        ("va", "Il va rencontrer les chefs.", .future),
        ("prévue", "La réunion est prévue à Niamey.", .future),
    ] as [(String, String, ClauseTense)])
    func tensedVerbs(_ form: String, _ sentence: String, _ tense: ClauseTense) {
        #expect(Self.tense(form, in: sentence) == tense)
    }

    @Test(arguments: [
        ("à", "Le ministre est arrivé à Gao."),
        ("portrait", "Le portrait du président est affiché."),
        ("est", "Le convoi est prêt à partir."),
        ("annonce", "Le ministre annonce sa démission."),
    ])
    func notTensed(_ form: String, _ sentence: String) {
        #expect(Self.tense(form, in: sentence) == nil)
    }
}
