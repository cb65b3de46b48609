import DocumentModel
@testable import Extract
import Testing

/// One table per rule family: the sentence, the cue, the source and the content
/// the rule must find.
@Suite struct ClaimRuleTests {
    static let accordingTo: [ExpectedClaim] = [
        .init(text: "Selon une source sécuritaire, au moins quinze soldats ont été tués à Boulkessi.",
              cue: "Selon", source: "une source sécuritaire", content: "au moins quinze soldats ont été tués à Boulkessi"),
        .init(text: "Dix civils ont été tués dans le village, selon des habitants joints par téléphone.",
              cue: "selon", source: "des habitants joints par téléphone", content: "Dix civils ont été tués dans le village"),
        .init(text: "Les assaillants seraient, selon plusieurs témoins, venus du Burkina Faso.",
              cue: "selon", source: "plusieurs témoins", content: "Les assaillants seraient, selon plusieurs témoins, venus du Burkina Faso"),
        .init(text: "Selon les informations de RFI, les jihadistes du Jnim étaient présents lors de l'embuscade.",
              cue: "Selon", source: "les informations de RFI", content: "les jihadistes du Jnim étaient présents lors de l'embuscade"),
        .init(text: "Concrètement, selon un élu local, les hommes armés ont encerclé le marché.",
              cue: "selon", source: "un élu local", content: "les hommes armés ont encerclé le marché"),
        .init(text: "D'après l'AFP, le convoi a été attaqué près de Ménaka.",
              cue: "D'après", source: "l'AFP", content: "le convoi a été attaqué près de Ménaka"),
        .init(text: "Aux dires des habitants, les soldats ont quitté le camp dimanche soir.",
              cue: "Aux dires", source: "des habitants", content: "les soldats ont quitté le camp dimanche soir"),
        .init(text: "Pour le chercheur Yvan Guichaoua, la junte n'a pas les moyens de tenir le nord.",
              cue: "Pour", source: "le chercheur Yvan Guichaoua", content: "la junte n'a pas les moyens de tenir le nord"),
        .init(text: "Un engin explosif a frappé le convoi mardi, selon un mémorandum militaire vu par l'AFP.",
              cue: "selon", source: "un mémorandum militaire", content: "Un engin explosif a frappé le convoi mardi"),
        .init(text: "Selon un document interne consulté par RFI, l'état-major prépare une offensive vers Kidal.",
              cue: "Selon", source: "un document interne", content: "l'état-major prépare une offensive vers Kidal"),
        .init(text: "Des rumeurs selon lesquelles le chef de la junte serait hospitalisé.",
              cue: "selon lesquelles", source: "Des rumeurs", content: "le chef de la junte serait hospitalisé"),
        .init(text: "Mais sur le terrain, l'opération constitue aux yeux de nombreux observateurs un tournant.",
              cue: "aux yeux de", source: "nombreux observateurs", content: "l'opération constitue aux yeux de nombreux observateurs un tournant"),
    ]

    @Test(arguments: accordingTo) func accordingToRule(_ e: ExpectedClaim) {
        expectClaim(e)
    }

    static let reportingVerb: [ExpectedClaim] = [
        .init(text: "Le FLA affirme que Kidal est tombée aux mains des rebelles.",
              cue: "affirme", source: "Le FLA", content: "Kidal est tombée aux mains des rebelles"),
        // Issue 13: the name in apposition to the role is part of the source.
        .init(text: "Le porte-parole de l'armée, le colonel Souleymane Dembélé, a déclaré que dix terroristes avaient été neutralisés.",
              cue: "a déclaré", source: "Le porte-parole de l'armée, le colonel Souleymane Dembélé", content: "dix terroristes avaient été neutralisés"),
        .init(text: "Dimanche, l'armée malienne a annoncé la mort de six soldats dans le centre du pays.",
              cue: "a annoncé", source: "l'armée malienne", content: "la mort de six soldats dans le centre du pays"),
        .init(text: "Le Jnim affirme avoir abattu un drone de l'armée burkinabè.",
              cue: "affirme", source: "Le Jnim", content: "avoir abattu un drone de l'armée burkinabè"),
        .init(text: "Une source sécuritaire nigérienne affirme pour sa part avoir reçu la vidéo avant sa diffusion.",
              cue: "affirme", source: "Une source sécuritaire nigérienne", content: "avoir reçu la vidéo avant sa diffusion"),
        .init(text: "Le groupe armé confirme à RFI avoir tourné la vidéo.",
              cue: "confirme", source: "Le groupe armé", content: "avoir tourné la vidéo"),
        .init(text: "L'État islamique au Sahel a revendiqué dimanche l'attaque de Tillabéri.",
              cue: "a revendiqué", source: "L'État islamique au Sahel", content: "l'attaque de Tillabéri"),
        .init(text: "Des sources locales font état d'au moins vingt morts dans le village.",
              cue: "font état", source: "Des sources locales", content: "au moins vingt morts dans le village"),
        .init(text: "Le gouvernement de transition dément toute implication dans la mort des civils.",
              cue: "dément", source: "Le gouvernement de transition", content: "toute implication dans la mort des civils"),
        .init(text: "Le JNIM a revendiqué l'attaque dans un communiqué, sans fournir de preuves.",
              cue: "a revendiqué", source: "Le JNIM", content: "l'attaque"),
        .init(text: "Un cadre du FLA, qui affirme que la ville est encerclée, réclame des renforts.",
              cue: "affirme", source: "qui", content: "la ville est encerclée"),
        .init(text: "Le FLA, qui affirme contrôler la ville, dément toute présence du JNIM.",
              cue: "dément", source: "Le FLA", content: "toute présence du JNIM"),
        .init(text: "Les rebelles affirment avoir détruit deux blindés et assurent avoir fait des prisonniers.",
              cue: "assurent", source: "Les rebelles", content: "avoir fait des prisonniers"),
        .init(text: "Les rebelles affirment avoir détruit deux blindés et assurent avoir fait des prisonniers.",
              cue: "affirment", source: "Les rebelles", content: "avoir détruit deux blindés"),
        .init(text: "Un hélicoptère a été mobilisé, que le FLA assure avoir touché.",
              cue: "assure", source: "le FLA", content: "avoir touché"),
        .init(text: "Les ONG dénoncent des exécutions sommaires, que les autorités démentent.",
              cue: "démentent", source: "les autorités", content: "des exécutions sommaires"),
        .init(text: "Les habitants accusent l'armée d'avoir exécuté des civils.",
              cue: "accusent", source: "Les habitants", content: "l'armée d'avoir exécuté des civils"),
        .init(text: "Le porte-parole a tenu à préciser que les otages étaient en vie.",
              cue: "a tenu à préciser", source: "Le porte-parole", content: "les otages étaient en vie"),
        .init(text: "Le ministre a déclaré : « Nous ne négocierons pas avec les terroristes. Jamais. »",
              cue: "a déclaré", source: "Le ministre", content: "Nous ne négocierons pas avec les terroristes. Jamais"),
        .init(text: "C'est la première fois que le GSIM, une alliance liée à Al-Qaïda, annonce la capture d'un Russe.",
              cue: "annonce", source: "le GSIM", content: "la capture d'un Russe"),
        .init(text: "Ses dirigeants ont par ailleurs précisé que leurs militants avaient été arrêtés.",
              cue: "ont par ailleurs précisé", source: "Ses dirigeants", content: "leurs militants avaient été arrêtés"),
        .init(text: "Le ministère a publié un communiqué affirmant que la situation est maîtrisée.",
              cue: "affirmant", source: "un communiqué", content: "la situation est maîtrisée"),
        .init(text: "Les autorités accusent des puissances étrangères de soutenir les jihadistes, ce que Paris dément.",
              cue: "dément", source: "Paris", content: "Les autorités accusent des puissances étrangères de soutenir les jihadistes"),
        .init(text: "On estime à 2 000 le nombre de combattants déployés au Mali.",
              cue: "estime", source: "On", content: "à 2 000 le nombre de combattants déployés au Mali"),
        // A coordinated second predicate (a promise) is not part of the content…
        .init(text: "Le capitaine Ibrahim Traoré a dénoncé mardi l'attaque de Djibasso et promis de traquer les auteurs.",
              cue: "a dénoncé", source: "Le capitaine Ibrahim Traoré", content: "l'attaque de Djibasso"),
        .init(text: "Le gouverneur a confirmé la mort de trois soldats, et réclame des renforts.",
              cue: "a confirmé", source: "Le gouverneur", content: "la mort de trois soldats"),
        // A medium adjunct between the cue and its object is skipped.
        .init(text: "De son côté, le Jnim a revendiqué sur ses canaux Telegram la destruction de deux blindés.",
              cue: "a revendiqué", source: "le Jnim", content: "la destruction de deux blindés"),
        .init(text: "Le gouvernement nigérien a démenti dans un communiqué toute implication de son armée.",
              cue: "a démenti", source: "Le gouvernement nigérien", content: "toute implication de son armée"),
        // …but coordinated nouns are.
        .init(text: "L'armée a confirmé la mort de trois soldats et la destruction de deux véhicules.",
              cue: "a confirmé", source: "L'armée", content: "la mort de trois soldats et la destruction de deux véhicules"),
    ]

    @Test(arguments: reportingVerb) func reportingVerbRule(_ e: ExpectedClaim) {
        expectClaim(e)
    }

    static let quotation: [ExpectedClaim] = [
        .init(text: "« Nous avons repoussé l'attaque », affirme-t-il.",
              cue: "affirme-t-il", source: "il", content: "Nous avons repoussé l'attaque"),
        .init(text: "« Les négociations avancent », a déclaré à RFI un responsable du FLA.",
              cue: "a déclaré", source: "un responsable du FLA", content: "Les négociations avancent"),
        .init(text: "« Ces forces ont tué des civils », a-t-il indiqué.",
              cue: "a-t-il indiqué", source: "il", content: "Ces forces ont tué des civils"),
        .init(text: "\"C'est très possible. Surtout après Tinzaouatène\", dit-il.",
              cue: "dit-il", source: "il", content: "C'est très possible. Surtout après Tinzaouatène"),
        .init(text: "« Nos forces ont anéanti l'ennemi. Les survivants ont été faits prisonniers », dit un communiqué du CSP.",
              cue: "dit", source: "un communiqué du CSP", content: "Nos forces ont anéanti l'ennemi. Les survivants ont été faits prisonniers"),
        .init(text: "« Nous sommes prêts, écrit-il sur X. Nos combattants attendent. »",
              cue: "écrit-il", source: "il", content: "Nous sommes prêts, écrit-il sur X. Nos combattants attendent"),
        .init(text: "La situation reste très tendue à Ménaka, raconte-t-elle.",
              cue: "raconte-t-elle", source: "elle", content: "La situation reste très tendue à Ménaka"),
        .init(text: "La défaite a exposé les dissensions entre les alliés, soutient aussi Mohamed Amara, enseignant à Bamako.",
              cue: "soutient", source: "Mohamed Amara", content: "La défaite a exposé les dissensions entre les alliés"),
        .init(text: "« Rien n'est réglé », confirme à demi-mot une source sécuritaire, qui poursuit : « les discussions continuent. »",
              cue: "poursuit", source: "qui", content: "les discussions continuent"),
        .init(text: "« Nous tenons la ville », a indiqué l'armée dans un communiqué.",
              cue: "a indiqué", source: "l'armée", content: "Nous tenons la ville"),
        .init(text: "« Les tirs ont duré toute la nuit », explique un habitant à RFI.",
              cue: "explique", source: "un habitant", content: "Les tirs ont duré toute la nuit"),
        .init(text: "Les rebelles, affirme un témoin, ont pris le contrôle du camp.",
              cue: "affirme", source: "un témoin", content: "Les rebelles, affirme un témoin, ont pris le contrôle du camp"),
        .init(text: "« On ne savait pas où aller. Les balles sifflaient partout », témoigne une commerçante.",
              cue: "témoigne", source: "une commerçante", content: "On ne savait pas où aller. Les balles sifflaient partout"),
        .init(text: "L'ancien président serait toujours détenu, a-t-on appris de sources concordantes.",
              cue: "de sources", source: "sources concordantes", content: "L'ancien président serait toujours détenu"),
        .init(text: "Les combattants se sont emparés d'armes « aux mercenaires, qui ont fui », a-t-il dit.",
              cue: "a-t-il dit", source: "il", content: "Les combattants se sont emparés d'armes « aux mercenaires, qui ont fui »"),
    ]

    @Test(arguments: quotation) func quotationRule(_ e: ExpectedClaim) {
        expectClaim(e)
    }

    static let passive: [ExpectedClaim] = [
        .init(text: "L'attaque a été revendiquée par l'État islamique au Sahel.",
              cue: "a été revendiquée", source: "l'État islamique au Sahel", content: "L'attaque"),
        .init(text: "L'embuscade, revendiquée par le JNIM, a fait douze morts.",
              cue: "revendiquée", source: "le JNIM", content: "L'embuscade"),
    ]

    @Test(arguments: passive) func passiveAgentRule(_ e: ExpectedClaim) {
        expectClaim(e)
    }

    /// Nested attribution: a claim at each level.
    @Test func nestedAttribution() {
        let text = "Le JNIM affirme avoir abattu un drone, selon le SITE Intelligence Group."
        let claims = ClaimTestSupport.claims(text)
        #expect(claims.contains { $0.cue?.text == "affirme" && $0.content.text == "avoir abattu un drone" && $0.source?.span.text == "Le JNIM" })
        #expect(claims.contains { $0.cue?.text == "selon" && $0.content.text == "Le JNIM affirme avoir abattu un drone" && $0.source?.span.text == "le SITE Intelligence Group" })
    }

    private func expectClaim(_ e: ExpectedClaim) {
        let claims = ClaimTestSupport.claims(e.text)
        let found = claims.first { $0.cue?.text == e.cue }
        #expect(found != nil, "no claim with cue \(e.cue); got \(claims.map { $0.cue?.text ?? "-" })")
        guard let c = found else { return }
        #expect(c.source?.span.text == e.source)
        #expect(c.content.text == e.content)
        let scalars = Array(e.text.unicodeScalars)
        for span in [c.content, c.source!.span, c.cue!] {
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text)
        }
    }
}
