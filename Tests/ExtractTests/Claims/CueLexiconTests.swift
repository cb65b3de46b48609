import DocumentModel
import Lexicon
@testable import Extract
import Testing
import Tokenizer

/// The conjugator and the cue lexicon: generated forms of regular verbs with
/// spelling changes and of the irregulars news French uses.
@Suite struct CueLexiconTests {
    static let lexicons: ClaimLexicons = { var words = Lexicon.Builder(); return try! ClaimLexicons(tokenizer: ClaimTestSupport.tokenizer, words: &words) }()

    /// (written form, lemma, tense)
    static let forms: [(String, String, VerbTense)] = [
        ("affirme", "affirmer", .present), ("affirmaient", "affirmer", .imperfect),
        ("affirmèrent", "affirmer", .simplePast), ("affirmerait", "affirmer", .conditional),
        ("affirmées", "affirmer", .pastParticiple), ("affirmant", "affirmer", .presentParticiple),
        ("annonçons", "annoncer", .present), ("annonça", "annoncer", .simplePast),
        ("jugeons", "juger", .present), ("jugeait", "juger", .imperfect),
        ("rappelle", "rappeler", .present), ("rappellera", "rappeler", .future),
        ("répète", "répéter", .present),
        ("dit", "dire", .present), ("dites", "dire", .present), ("dirent", "dire", .simplePast),
        ("fait", "faire état de", .present), ("font", "faire état de", .present),
        ("reconnaît", "reconnaître", .present), ("reconnaissent", "reconnaître", .present), ("reconnu", "reconnaître", .pastParticiple),
        ("admet", "admettre", .present), ("admis", "admettre", .pastParticiple),
        ("soutient", "soutenir", .present), ("soutiennent", "soutenir", .present),
        ("prétend", "prétendre", .present), ("prétendu", "prétendre", .pastParticiple),
        ("poursuit", "poursuivre", .present), ("conclut", "conclure", .present),
        ("écrit", "écrire", .present), ("écrivent", "écrire", .present),
        ("dément", "démentir", .present), ("démentent", "démentir", .present), ("démenti", "démentir", .pastParticiple),
        ("prévient", "prévenir", .present), ("craint", "craindre", .present), ("croient", "croire", .present),
        ("réagit", "réagir", .present), ("avertissent", "avertir", .present),
        // Issue 13: ç before a and o in every tense; pronominal and multi-word lemmas; the new models.
        ("annonçaient", "annoncer", .imperfect), ("annonçant", "annoncer", .presentParticiple),
        ("dénonçait", "dénoncer", .imperfect), ("annonçâmes", "annoncer", .simplePast),
        ("félicite", "se féliciter de", .present), ("mis", "mettre en garde contre", .pastParticiple),
        ("disent", "se dire", .present), ("reprend", "reprendre", .present), ("repris", "reprendre", .pastParticiple),
        ("transmis", "transmettre", .pastParticiple), ("attribuée", "attribuer", .pastParticiple),
    ]

    @Test(arguments: forms) func generatedForm(_ row: (String, String, VerbTense)) {
        let entries = Self.lexicons.cues.forms[TokenNormalizer.foldKey(row.0)] ?? []
        #expect(entries.contains { Self.lexicons.cues.lemmas[$0.lemma].lemma == row.1 && $0.tense == row.2 })
    }

    @Test func lexiconCoversNewsReportingVerbs() {
        #expect(Self.lexicons.cues.lemmas.count >= 80)
        let classes = Set(Self.lexicons.cues.lemmas.map(\.cueClass))
        #expect(classes == [.assertion, .denial, .responsibility, .report])
    }

    /// Inverted and compound forms are cues on the tokenizer's split tokens.
    static let invertedCues: [(String, String)] = [
        ("« Oui », affirme-t-il.", "affirme-t-il"),
        ("« Oui », a-t-il déclaré.", "a-t-il déclaré"),
        ("« Oui », raconte-t-elle.", "raconte-t-elle"),
        ("« Oui », dit-il.", "dit-il"),
        ("« Oui », ont-ils affirmé.", "ont-ils affirmé"),
    ]

    @Test(arguments: invertedCues) func invertedCue(_ row: (String, String)) {
        #expect(ClaimTestSupport.claims(row.0).contains { $0.cue?.text == row.1 })
    }

    /// Accented forms as news writes them are cues; a word whose accents
    /// differ from every form (un résumé) is not.
    static let writtenAccents: [(String, String, Bool)] = [
        ("Le FLA réitère que la ville est sous son contrôle.", "réitère", true),
        ("L'armée révèle que deux drones ont été abattus.", "révèle", true),
        ("Le ministre répète que la situation est maîtrisée.", "répète", true),
        ("Le Jnim reconnaît avoir perdu trois combattants.", "reconnaît", true),
        ("Les témoins déclarèrent que les tirs venaient du camp.", "déclarèrent", true),
        ("« C'est faux », réagit le porte-parole.", "réagit", true),
        ("Les autorités annonçaient un retour au calme.", "annonçaient", true),
        ("Le résumé que publie l'ONG est accablant.", "résumé", false),
    ]

    @Test(arguments: writtenAccents) func writtenAccent(_ row: (String, String, Bool)) {
        #expect(ClaimTestSupport.claims(row.0).contains { $0.cue?.text == row.1 } == row.2)
    }
}
