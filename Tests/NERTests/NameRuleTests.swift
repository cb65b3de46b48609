import DocumentModel
import Foundation
@testable import NER
import Testing

/// One table per name rule, on news sentences: what each rule finds (span,
/// type, rule) and what it must leave alone. The names used are absent from
/// the gazetteer so that the rule, not the data, is tested.
@Suite struct NameRuleTests {
    typealias Row = (sentence: String, surface: String, type: EntityType?, by: String?)

    static func check(_ row: Row) {
        let e = NERFixture.find(row.surface, in: row.sentence)
        if let type = row.type {
            #expect(e?.type == type, "\(row.surface) in: \(row.sentence) → \(String(describing: e))")
            if let by = row.by { #expect(e?.by == by, "\(row.surface): found by \(e?.by ?? "nothing")") }
        } else {
            #expect(e == nil, "\(row.surface) must not be an entity in: \(row.sentence)")
        }
    }

    @Test(arguments: [
        ("Le porte-parole Moussa Ag Intalla a démenti toute implication.", "Moussa Ag Intalla", .PER, nil),
        ("Selon le colonel Kassoum Goïtala, la base a été attaquée.", "Kassoum Goïtala", .PER, "rule:person-title"),
        ("M. Traorela a quitté Bamako lundi.", "Traorela", .PER, "rule:person-title"),
        ("L'universitaire Mohamed Kanouté estime que la crise va durer.", "Mohamed Kanouté", .PER, "rule:person-first-name"),
        ("Le chef rebelle Alghabass Ould Intallaba a été aperçu à Kidal.", "Alghabass Ould Intallaba", .PER, nil),
        // Left alone: the title stays outside, a function word is no name.
        ("Le général a refusé de commenter.", "général", nil, nil),
        ("Le président de la transition a parlé.", "président", nil, nil),
    ] as [Row])
    func personNames(_ row: Row) { Self.check(row) }

    /// A particle glued by a hyphen before a capital is part of the name
    /// (`al-`, `el-`, name_particles.txt); other hyphenated lowercase words
    /// (`peut-être`, `vice-président`) are not name tokens.
    @Test(arguments: [
        ("Un raid mené par Oumarou al-Tidjani a été signalé.", "Oumarou al-Tidjani", .PER, "rule:person-first-name"),
        ("Le porte-parole Hamadou el-Tahiri a démenti.", "Hamadou el-Tahiri", .PER, nil),
        ("Il a peut-être quitté Gao avec le vice-président Issa Tandjaré.", "Issa Tandjaré", .PER, nil),
        // Left alone: the hyphenated words around the name.
        ("Il a peut-être quitté Gao avec le vice-président Issa Tandjaré.", "peut-être", nil, nil),
        ("Il a peut-être quitté Gao avec le vice-président Issa Tandjaré.", "vice-président Issa Tandjaré", nil, nil),
    ] as [Row])
    func gluedParticles(_ row: Row) { Self.check(row) }

    @Test(arguments: [
        ("Le Front populaire de libération du Gourma a revendiqué l'attaque.", "Front populaire de libération du Gourma", .ORG, "rule:org-head"),
        ("Le Mouvement pour la défense du Hodh a annoncé sa dissolution.", "Mouvement pour la défense du Hodh", .ORG, "rule:org-head"),
        ("L'armée burkinabè a repris la localité.", "armée burkinabè", .ORG, nil),
        // A ministry in lower case, named by its portfolio or its country.
        ("Le ministère nigérien de l'Hydraulique a annoncé la crue.", "ministère nigérien de l'Hydraulique", .ORG, "rule:org-head"),
        ("Le ministère de la Défense malien dément toute implication.", "ministère de la Défense malien", .ORG, "rule:org-head"),
        // Left alone: a verb ends the name; a bare `l'armée` or `le ministère` is no entity.
        ("Le ministère a annoncé la crue.", "ministère", nil, nil),
        ("La Commission examine le dossier depuis mars.", "Commission examine le dossier", nil, nil),
        ("L'armée a reconnu des combats.", "armée", nil, nil),
    ] as [Row])
    func organisationNames(_ row: Row) { Self.check(row) }

    /// The complement's grammar words (Data/org_connectors.txt, genitives.txt,
    /// object_determiners.txt): connectors carry the name on, after a proper
    /// name only a genitive does, and `de` + infinitive + determiner is a clause.
    @Test(arguments: [
        ("Le Comité contre la torture du Hodh a publié un rapport.", "Comité contre la torture du Hodh", .ORG, "rule:org-head"),
        ("L'Union pour le renouveau du Gourma a tenu son congrès.", "Union pour le renouveau du Gourma", .ORG, "rule:org-head"),
        ("Le Conseil supérieur de la magistrature a siégé mardi.", "Conseil supérieur de la magistrature", .ORG, "rule:org-head"),
        ("Le Front de libération de l'Azaouak à Ménaka a revendiqué l'attaque.", "Front de libération de l'Azaouak", .ORG, "rule:org-head"),
        ("La Commission de revoir sa proposition a été saisie, a-t-il dit.", "Commission", .ORG, "rule:org-head"),
        // Left alone: `à` after a proper name ends the name; an infinitive's object is no complement.
        ("Le Front de libération de l'Azaouak à Ménaka a revendiqué l'attaque.", "Front de libération de l'Azaouak à Ménaka", nil, nil),
        ("La Commission de revoir sa proposition a été saisie, a-t-il dit.", "Commission de revoir sa proposition", nil, nil),
    ] as [Row])
    func organisationComplementWords(_ row: Row) { Self.check(row) }

    @Test(arguments: [
        ("Des hommes armés ont attaqué le village de Tiguilabé samedi.", "Tiguilabé", .LOC, "rule:place-cue"),
        ("Une frappe de drone a touché Djounhane, non loin de Tessalit-Ouest.", "Tessalit-Ouest", .LOC, "rule:place-cue"),
        ("Le convoi est tombé dans une embuscade à Inékarbasse.", "Inékarbasse", .LOC, "rule:place-cue"),
        // Left alone: the cue is outside the span.
        ("Les combats ont repris dans la région de Kidal.", "région de Kidal", nil, nil),
    ] as [Row])
    func placeCues(_ row: Row) { Self.check(row) }

    @Test func acronymDefinitionLinksBothNames() {
        let text = "Le Rassemblement des patriotes du Liptako (RPL) a revendiqué l'attaque. Le RPL affirme avoir tué dix soldats."
        let entities = NERFixture.entities(text)
        let expansion = entities.first { $0.span.text == "Rassemblement des patriotes du Liptako" }
        let acronyms = entities.filter { $0.span.text == "RPL" }
        #expect(expansion?.type == .ORG)
        #expect(acronyms.count == 2)
        #expect(acronyms.allSatisfy { $0.id != nil && $0.id == expansion?.id })
    }

    @Test func acronymFirstThenExpansion() {
        let text = "Le MLPG (Mouvement pour la libération du pays Gourma) a signé l'accord."
        let entities = NERFixture.entities(text)
        let acronym = entities.first { $0.span.text == "MLPG" }
        let expansion = entities.first { $0.span.text == "Mouvement pour la libération du pays Gourma" }
        #expect(acronym?.type == .ORG && expansion?.type == .ORG)
        #expect(acronym?.id == expansion?.id)
    }

    @Test func lowerCaseExpansionMakesACommonNoun() {
        let text = "Un engin explosif improvisé (EEI) a sauté. Un autre EEI a été désamorcé."
        #expect(!NERFixture.entities(text).contains { $0.span.text == "EEI" })
    }

    @Test(arguments: [
        ("Le chef d'état-major a reçu les HCNR à Gao.", "HCNR", .ORG, "rule:capitalized-sequence"),
        ("Elle a rencontré Sylvie à Kayes.", "Sylvie", .PER, "rule:capitalized-sequence"),
        // Left alone: a capital opening a sentence, common-noun acronyms.
        ("Attaque coordonnée contre la ville.", "Attaque", nil, nil),
        ("Plusieurs ONG ont quitté la zone.", "ONG", nil, nil),
    ] as [Row])
    func capitalizedSequences(_ row: Row) { Self.check(row) }

    @Test func oneSensePerDocument() {
        let text = "Le ministre Abdoulaye Maïgaba a reçu la délégation. Plus tard, Maïgaba a confirmé l'accord."
        let entities = NERFixture.entities(text)
        let full = entities.first { $0.span.text == "Abdoulaye Maïgaba" }
        let short = entities.first { $0.span.text == "Maïgaba" }
        #expect(full?.type == .PER && short?.type == .PER)
        #expect(short?.id == full?.id && full?.id?.hasPrefix("doc:per:") == true)
        #expect(short?.canonical == "Abdoulaye Maïgaba")
        #expect(short?.by == "rule:document-memory")
    }

    @Test(arguments: [
        ("L'opération « Barkhane » a pris fin en 2022.", "opération « Barkhane »", .MISC, "rule:event-head"),
        ("L'affaire des frégates de Taïwan a duré dix ans.", "affaire des frégates de Taïwan", .MISC, "rule:event-head"),
        ("Le cortège a remonté la rue de Lille.", "rue de Lille", .LOC, "rule:place-head"),
    ] as [Row])
    func headedNames(_ row: Row) { Self.check(row) }

    @Test func creditLinesAreSplitAtSlashes() {
        let text = "Image : SOULEYMANE AG ANARA/AFP/Getty Images"
        let surfaces = Set(NERFixture.entities(text).map(\.span.text))
        #expect(surfaces.contains("SOULEYMANE AG ANARA"))
        #expect(surfaces.contains("AFP"))
    }
}
