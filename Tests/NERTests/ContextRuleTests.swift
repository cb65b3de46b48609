import DocumentModel
import Foundation
@testable import NER
import Testing

/// The constructions of issue 13 (unseen French news): each rule on
/// sentences written for it, with what it must leave alone. Names are made
/// up or absent from the gazetteer unless the row tests gazetteer behaviour.
@Suite struct ContextRuleTests {
    typealias Row = NameRuleTests.Row

    @Test(arguments: [
        // A long name with lower-case words, `à`, `et`, ends where the name ends.
        ("Le Groupe de soutien à la paix et aux réfugiés du Gourma a signé l'accord.",
         "Groupe de soutien à la paix et aux réfugiés du Gourma", .ORG, "rule:org-head"),
        ("Le Cadre stratégique pour la défense du peuple de l'Aïr a rejeté l'offre.",
         "Cadre stratégique pour la défense du peuple de l'Aïr", .ORG, "rule:org-head"),
        // A portfolio noun and its adjective belong to the ministry's name.
        ("Le ministère des Affaires étrangères a convoqué l'ambassadeur.",
         "ministère des Affaires étrangères", .ORG, "rule:org-head"),
        ("Le ministère de l'Économie et des Finances publiques a publié le budget.",
         "ministère de l'Économie et des Finances publiques", .ORG, "rule:org-head"),
        // `X de/à Y`: a place after `à` is outside the name.
        ("La Société marseillaise à Lyon a fermé une agence.", "Société marseillaise", .ORG, "rule:org-head"),
        ("La Société marseillaise à Lyon a fermé une agence.", "Lyon", .LOC, nil),
        // (the gazetteer's `Société générale` ends the same way)
        ("La Société générale à Lyon a fermé une agence.", "Lyon", .LOC, nil),
        // An adjective of time is no part of the name.
        ("Les décisions du Parlement précédent ont été annulées.", "Parlement", .ORG, "rule:org-head"),
        // Left alone: a verb ends the name; a place after the ministry's name is not in it.
        ("Le ministère de la Défense a annoncé la mort de trois soldats.", "ministère de la Défense", .ORG, nil),
        ("Le Front pour la libération de Kidal occupée depuis mars a réagi.", "Front pour la libération de Kidal", .ORG, nil),
        ("Les décisions du Parlement précédent ont été annulées.", "Parlement précédent", nil, nil),
    ] as [Row])
    func organisationNameBoundaries(_ row: Row) { NameRuleTests.check(row) }

    @Test func nameAndBracketedAcronymAreTwoEntities() {
        let text = "Le Groupe de soutien à l'islam et aux musulmans (JNIM) a revendiqué l'attaque."
        let entities = NERFixture.entities(text)
        let expansion = entities.first { $0.span.text == "Groupe de soutien à l'islam et aux musulmans" }
        let acronym = entities.first { $0.span.text == "JNIM" }
        #expect(expansion?.type == .ORG && acronym?.type == .ORG)
        #expect(expansion?.id == acronym?.id && expansion?.id != nil)
        #expect(!entities.contains { $0.span.text.contains("(") })
    }

    @Test func aliasWithABracketIsAGazetteerError() throws {
        let header = "# id\ttype\tsubtype\tcanonical\taliases\tkb\tcountry\tvalid\n"
        let dir = try NERFixture.gazetteer([
            "armed_groups.tsv": header + "org:rpl\tORG\tarmed_group\tRassemblement des patriotes du Liptako\t"
                + "Rassemblement des patriotes du Liptako (RPL) | RPL\t\tBF\t\n",
        ])
        let report = GazetteerValidator().check(directory: dir)
        #expect(report.errors.contains { $0.contains("armed_groups.tsv:2") && $0.contains("bracket") })
        let clean = try NERFixture.gazetteer([
            "armed_groups.tsv": header + "org:rpl\tORG\tarmed_group\tRassemblement des patriotes du Liptako\tRPL\t\tBF\t\n",
        ])
        #expect(!GazetteerValidator().check(directory: clean).errors.contains { $0.contains("bracket") })
    }

    @Test(arguments: [
        // Lower-case descriptions are no names, even where the gazetteer lists them.
        ("Les autorités maliennes de transition ont suspendu la chaîne.", "autorités maliennes de transition", nil, nil),
        ("Le gouvernement nigérien a rappelé son ambassadeur.", "gouvernement nigérien", nil, nil),
        ("Les forces de défense et de sécurité ont riposté.", "forces de défense et de sécurité", nil, nil),
        ("Le gouvernement du Mali a démenti.", "gouvernement du Mali", nil, nil),
        ("Le gouvernement du Mali a démenti.", "Mali", .LOC, nil),
        // Left alone: a capitalized institution, a national army (ANNOTATION.md), a name in lower case.
        ("Selon un communiqué du Gouvernement malien, la frontière est fermée.", "Gouvernement malien", .ORG, nil),
        ("L'armée malienne a repris le contrôle de la ville.", "armée malienne", .ORG, nil),
        ("Le groupe de soutien à l'islam et aux musulmans a revendiqué l'attaque.",
         "groupe de soutien à l'islam et aux musulmans", .ORG, nil),
    ] as [Row])
    func descriptionsAreNoNames(_ row: Row) { NameRuleTests.check(row) }

    @Test(arguments: [
        // All-capital labels in datelines and event lists, editorial marks.
        ("KOUMBARA : deux civils tués par des hommes armés.", "KOUMBARA", nil, nil),
        ("KOULIKORABÉ, 3 mars – Le convoi est arrivé.", "KOULIKORABÉ", nil, nil),
        ("Le bilan a été revu (NDLR) dans la soirée.", "NDLR", nil, nil),
        ("Bilan de la semaine :\n- TIGUILABÉ (cercle de Ménaka) : un civil tué.\n- FONKIRÉ : deux blessés.", "TIGUILABÉ", nil, nil),
        ("Bilan de la semaine :\n- TIGUILABÉ (cercle de Ménaka) : un civil tué.\n- FONKIRÉ : deux blessés.", "FONKIRÉ", nil, nil),
        ("Le MPRDA (Mouvement pour la renaissance de l'Adrar) a signé.", "MPRDA", .ORG, "rule:acronym-definition"),
        // Left alone: an acronym inside a sentence, after a title or an affiliation word.
        ("Le chef de village a reçu les représentants du MPRDA à Diré.", "MPRDA", .ORG, "rule:capitalized-sequence"),
        ("Didier Lamotte, député UDRP, a voté contre.", "UDRP", .ORG, "rule:capitalized-sequence"),
        ("Le conseiller général MRPD a démissionné.", "MRPD", .ORG, "rule:capitalized-sequence"),
        ("Un élu (PRDM) a quitté la salle.", "PRDM", .ORG, "rule:capitalized-sequence"),
        ("Le code ATC du médicament a changé.", "ATC", nil, nil),
    ] as [Row])
    func capitalsInHeadlinesAndListings(_ row: Row) { NameRuleTests.check(row) }

    @Test(arguments: [
        // A modifier opening a longer place name: the longer name wins.
        ("Le Grand Ouagadougou compte trois millions d'habitants.", "Grand Ouagadougou", .LOC, "rule:place-modifier"),
        // A place word inside a person's name after a title does not split it.
        ("Le général Tombouctou Abou Maïgalé a été nommé chef d'état-major.", "Tombouctou Abou Maïgalé", .PER, "rule:person-title"),
        // A known name cut short by a list keeps no trailing particle.
        ("Les offices HLM des Hauts-de-Seine et HLM de Paris ont été perquisitionnés.", "HLM de", nil, nil),
        // Left alone: a lower-case adjective; the town after a title with no name.
        ("Un grand Ouagadougou moderne est en projet.", "Ouagadougou", .LOC, nil),
        ("Le général est arrivé à Tombouctou lundi.", "Tombouctou", .LOC, nil),
    ] as [Row])
    func longerNamesWinOverAGazetteerWord(_ row: Row) { NameRuleTests.check(row) }

    @Test(arguments: [
        ("Les combats ont eu lieu au lieu-dit « Tinkoumalé », à l'est du fleuve.", "Tinkoumalé", .LOC, "rule:place-cue"),
        ("Les assaillants ont pillé la localité de Fonkirabé.", "Fonkirabé", .LOC, "rule:place-cue"),
        ("Les villages de Tiguilabé, Sorikoumé et Doukoumalé ont été évacués.", "Sorikoumé", .LOC, "rule:place-list"),
        ("Les villages de Tiguilabé, Sorikoumé et Doukoumalé ont été évacués.", "Doukoumalé", .LOC, "rule:place-list"),
        ("Des attaques ont visé Gao, Tessit et Inkadogotan.", "Inkadogotan", .LOC, "rule:place-list"),
        ("MM. Durandeau et Voggenbauer ont voté contre.", "Voggenbauer", .PER, "rule:person-list"),
        // Origins in news items, and a town's name opening with an article.
        ("Lionel Martinot, 30 ans, de Foussebrune, a été blessé.", "Foussebrune", .LOC, "rule:place-cue"),
        ("Le soldat, originaire de Le Ferrabois, a été décoré.", "Le Ferrabois", .LOC, "rule:place-cue"),
        ("La gendarmerie de Dannebourg a procédé aux constatations.", "Dannebourg", .LOC, "rule:place-cue"),
        // A street named after a known name is the street.
        ("Le cortège a remonté la rue Lafayette jusqu'à la gare.", "rue Lafayette", .LOC, "rule:place-head"),
        // Left alone: no coordination, a first name, quotes that do not close, persons without a title.
        ("Selon Aminata Kéitané et Voggenbauer, le texte passera.", "Voggenbauer", nil, nil),
        ("À Gao, Koulibalé a démenti les faits.", "Koulibalé", nil, nil),
        ("Les délégués de Gao et Moussa ont signé.", "Moussa", .PER, nil),
        ("Au lieu-dit « Tinkoumalé les combats ont repris.", "Tinkoumalé", nil, nil),
    ] as [Row])
    func placesFromContext(_ row: Row) { NameRuleTests.check(row) }

    @Test(arguments: [
        ("Ma collègue Durandeau a signé l'article.", "Durandeau", .PER, "rule:person-title"),
        ("Son épouse Aminata Kéitané a témoigné.", "Aminata Kéitané", .PER, nil),
        ("L'historien Ki-Zerbola avait prévu la crise.", "Ki-Zerbola", .PER, "rule:person-title"),
        // Left alone: the relation word alone.
        ("Ma collègue a signé l'article.", "collègue", nil, nil),
    ] as [Row])
    func personsAfterRelationWords(_ row: Row) { NameRuleTests.check(row) }

    @Test(arguments: [
        ("La société Japelor a fermé son usine.", "Japelor", .ORG, "rule:company-head"),
        ("Le constructeur Vaumarin a annoncé des licenciements.", "Vaumarin", .ORG, "rule:company-head"),
        ("Le programme Sahelium finance les échanges d'étudiants.", "Sahelium", .MISC, "rule:programme-head"),
        // A programme the gazetteer knows keeps its entry (the noun still outside).
        ("Le programme Erasmus finance les échanges d'étudiants.", "Erasmus", .MISC, "gazetteer/international.tsv"),
        ("Les fonds de Horizon Europe ont été gelés.", "Horizon Europe", .MISC, "gazetteer/international.tsv"),
        // A legal form or a publisher's head makes a company, whatever the first word.
        ("Le lot a été libéré par Travlane Haulage Limited lundi.", "Travlane Haulage Limited", .ORG, "rule:capitalized-sequence"),
        ("Le fabricant est Moussa Pharma GmbH, à Bielefeld.", "Moussa Pharma GmbH", .ORG, "rule:capitalized-sequence"),
        ("Le livre a paru aux Éditions Tallabert en 2003.", "Éditions Tallabert", .ORG, "rule:org-head"),
        // Left alone: lower-case words after the noun; the noun itself.
        ("La société civile a manifesté à Bamako.", "société civile", nil, nil),
        ("Le programme de la visite a changé.", "programme", nil, nil),
        ("La société PME a été créée.", "PME", nil, nil),
    ] as [Row])
    func companiesAndProgrammes(_ row: Row) { NameRuleTests.check(row) }

    @Test(arguments: [
        ("Le préfet des Hauts-de-Seine a été convoqué.", "Hauts-de-Seine", .LOC, "gazetteer/france.tsv"),
        ("Elle est née à Verdun, dans la Meuse.", "Meuse", .LOC, "gazetteer/france.tsv"),
        ("La région Grand Est a voté son budget.", "Grand Est", .LOC, "gazetteer/france.tsv"),
        ("Parti de Cholet (Maine et Loire), le chauffeur est arrivé.", "Maine et Loire", .LOC, "gazetteer/france.tsv"),
        ("Quatre caporaux originaires de la Manche ont été condamnés.", "Manche", .LOC, "gazetteer/france.tsv"),
        ("L'aide prévue pour les Balkans occidentaux a été réduite.", "Balkans occidentaux", .LOC, "gazetteer/places.tsv"),
        // Left alone: the same words in lower case, or in a heading in capitals.
        ("Il a pris la manche de sa veste.", "manche", nil, nil),
        ("NUMÉRO DU LOT ET DATE DE PÉREMPTION", "LOT", nil, nil),
    ] as [Row])
    func frenchDepartementsAndRegions(_ row: Row) { NameRuleTests.check(row) }

    @Test func surnameAloneLinksToTheFullMention() {
        let text = "Le député Aboubacar Sidibélé a déposé un texte. Sidibélé affirme qu'il sera voté. Selon Sidibélé, le vote aura lieu lundi."
        let entities = NERFixture.entities(text)
        let full = entities.first { $0.span.text == "Aboubacar Sidibélé" }
        let short = entities.filter { $0.span.text == "Sidibélé" }
        #expect(full?.type == .PER && full?.id?.hasPrefix("doc:per:") == true)
        #expect(short.count == 2)
        #expect(short.allSatisfy { $0.id == full?.id && $0.type == .PER })
    }

    @Test func surnameSharedByTwoPersonsStaysUnlinked() {
        let text = "Le ministre Aboubacar Sidibélé et le colonel Mamadou Sidibélé se sont rencontrés. Sidibélé a parlé."
        let entities = NERFixture.entities(text)
        let a = entities.first { $0.span.text == "Aboubacar Sidibélé" }, m = entities.first { $0.span.text == "Mamadou Sidibélé" }
        #expect(a?.id != nil && m?.id != nil && a?.id != m?.id)
        let short = entities.first { $0.span.text == "Sidibélé" }
        #expect(short?.id != a?.id && short?.id != m?.id)
    }
}
