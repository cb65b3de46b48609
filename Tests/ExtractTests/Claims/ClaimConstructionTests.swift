import DocumentModel
@testable import Extract
import Testing

/// Issue 13: the constructions of unseen news the rules missed, one table
/// per construction — sentences it must handle, and sentences it must
/// leave alone (a cue that must head no claim, or a claim whose content
/// must not run on).
@Suite struct ClaimConstructionTests {
    /// A sentence and a cue that must not head a claim there.
    struct LeftAlone: Sendable, CustomTestStringConvertible {
        let text: String
        let cue: String
        var testDescription: String { "\(cue): \(text.prefix(60))" }
    }

    static func expectNoClaim(_ row: LeftAlone) {
        let claims = ClaimTestSupport.claims(row.text)
        #expect(!claims.contains { $0.cue?.text == row.cue }, "unexpected: \(claims.map { ($0.cue?.text ?? "", $0.content.text) })")
    }

    // MARK: Material between the cue and its content (PhraseBounds.skipAfterCue, adverbials.txt, channel_nouns.txt)

    static let betweenCueAndContentRows: [ExpectedClaim] = [
        .init(text: "Le gouverneur a assuré jeudi sur les ondes de la radio nationale, dans une brève allocution, que la route était de nouveau ouverte.",
              cue: "a assuré", source: "Le gouverneur", content: "la route était de nouveau ouverte"),
        .init(text: "La Minusma a indiqué dans son dernier rapport que les violences avaient doublé.",
              cue: "a indiqué", source: "La Minusma", content: "les violences avaient doublé"),
        .init(text: "Le chef de l'opposition évoque, lui, « un simulacre de dialogue ».",
              cue: "évoque", source: "Le chef de l'opposition", content: "un simulacre de dialogue"),
        .init(text: "L'état-major a cette fois reconnu la perte de deux hélicoptères.",
              cue: "a cette fois reconnu", source: "L'état-major", content: "la perte de deux hélicoptères"),
        .init(text: "Le porte-parole s'est pour sa part contenté de rappeler que l'enquête suivait son cours.",
              cue: "s'est pour sa part contenté de rappeler", source: "Le porte-parole", content: "l'enquête suivait son cours"),
        .init(text: "Le convoi a été attaqué à l'entrée de Gao, avait indiqué plus tôt un élu local.",
              cue: "avait indiqué", source: "un élu local", content: "Le convoi a été attaqué à l'entrée de Gao"),
        .init(text: "Le ministre avait déclaré la veille qu'aucune négociation n'était en cours.",
              cue: "avait déclaré", source: "Le ministre", content: "aucune négociation n'était en cours"),
        .init(text: "Le Mali a rejeté en bloc les accusations de la Minusma.",
              cue: "a rejeté", source: "Le Mali", content: "les accusations de la Minusma"),
        // la + a time word is the object, not an adjunct, when no que or infinitive follows.
        .init(text: "Le ministre a dénoncé la journée de violences.",
              cue: "a dénoncé", source: "Le ministre", content: "la journée de violences"),
        .init(text: "Les victimes étaient des civils, avait affirmé à l'époque l'organisation Human Rights Watch.",
              cue: "avait affirmé", source: "l'organisation Human Rights Watch", content: "Les victimes étaient des civils"),
        .init(text: "L'armée affirme que dix terroristes ont été tués, un bilan impossible à vérifier.",
              cue: "affirme", source: "L'armée", content: "dix terroristes ont été tués"),
        .init(text: "Le chef rebelle s'est dit prêt au dialogue, tout en posant ses conditions.",
              cue: "s'est dit", source: "Le chef rebelle", content: "prêt au dialogue"),
        .init(text: "Au moins trente personnes ont péri dans le naufrage, a annoncé samedi la protection civile.",
              cue: "a annoncé", source: "la protection civile", content: "Au moins trente personnes ont péri dans le naufrage"),
        // No verb before the comma: the noun phrase after the cue is its object, not an incise's subject.
        .init(text: "Le ministère, dans un communiqué, annonce la fermeture des écoles.",
              cue: "annonce", source: "Le ministère", content: "la fermeture des écoles"),
        .init(text: "Le chef du FLA, un ancien officier de l'armée, annonce la fin de la trêve.",
              cue: "annonce", source: "Le chef du FLA", content: "la fin de la trêve"),
        .init(text: "Le Jnim affirmait dès janvier contrôler la route de Boni.",
              cue: "affirmait", source: "Le Jnim", content: "contrôler la route de Boni"),
    ]
    static let betweenCueAndContentLeftAloneRows: [LeftAlone] = [
        .init(text: "Le porte-parole a précisé dans la soirée.", cue: "a précisé"),
        .init(text: "Le Jnim a revendiqué dès lundi.", cue: "a revendiqué"),
        .init(text: "L'armée a indiqué la route aux convois dès lundi.", cue: "a indiqué"),
    ]

    @Test(arguments: betweenCueAndContentRows) func betweenCueAndContent(_ e: ExpectedClaim) { ClaimTestSupport.expect(e) }
    @Test(arguments: betweenCueAndContentLeftAloneRows) func betweenCueAndContentLeftAlone(_ r: LeftAlone) { Self.expectNoClaim(r) }

    // MARK: Passive and participial attribution with an agent (PassiveAgentRule, fact_nouns.txt)

    static let passiveWithAgentRows: [ExpectedClaim] = [
        .init(text: "Ces chiffres, communiqués par le ministère de la Santé et confirmés par l'OMS, restent provisoires.",
              cue: "communiqués", source: "le ministère de la Santé", content: "Ces chiffres"),
        .init(text: "Ces chiffres, communiqués par le ministère de la Santé et confirmés par l'OMS, restent provisoires.",
              cue: "confirmés", source: "l'OMS", content: "Ces chiffres"),
        .init(text: "L'enlèvement, imputé par les autorités à des bandits armés, a eu lieu vendredi.",
              cue: "imputé", source: "les autorités", content: "L'enlèvement"),
        .init(text: "Les frappes ont été « confirmées » par l'armée nigérienne.",
              cue: "ont été « confirmées »", source: "l'armée nigérienne", content: "Les frappes"),
        .init(text: "L'information a été confirmée à RFI par plusieurs sources locales.",
              cue: "a été confirmée", source: "plusieurs sources locales", content: "L'information"),
        .init(text: "Les habitants ont fui après l'attaque revendiquée par le Jnim.",
              cue: "revendiquée", source: "le Jnim", content: "l'attaque"),
        .init(text: "Les informations transmises par les services de renseignement restent confidentielles.",
              cue: "transmises", source: "les services de renseignement", content: "Les informations"),
        .init(text: "Une version contestée par l'opposition en exil.",
              cue: "contestée", source: "l'opposition en exil", content: "Une version"),
        .init(text: "Ces accusations ont été balayées par Bamako.",
              cue: "ont été balayées", source: "Bamako", content: "Ces accusations"),
        .init(text: "Les informations selon lesquelles le ministre aurait démissionné ont été démenties par la présidence.",
              cue: "ont été démenties", source: "la présidence", content: "Les informations selon lesquelles le ministre aurait démissionné"),
    ]
    static let passiveWithAgentLeftAloneRows: [LeftAlone] = [
        .init(text: "Un communiqué transmis par le groupe a été publié dimanche.", cue: "transmis"),
        .init(text: "Les vivres, transmis par le PAM et distribués par la Croix-Rouge, sont arrivés.", cue: "transmis"),
        .init(text: "Le texte, relu et confirmé, a été publié.", cue: "confirmé"),
        // balayer is a cue only in the passive with an agent.
        .init(text: "La tempête a balayé la ville.", cue: "a balayé"),
    ]

    @Test(arguments: passiveWithAgentRows) func passiveWithAgent(_ e: ExpectedClaim) { ClaimTestSupport.expect(e) }
    @Test(arguments: passiveWithAgentLeftAloneRows) func passiveWithAgentLeftAlone(_ r: LeftAlone) { Self.expectNoClaim(r) }

    // MARK: Cue verbs and forms (verbs.tsv, Conjugator, CueFinder)

    static let cueFormsRows: [ExpectedClaim] = [
        .init(text: "La Cédéao se félicite de la tenue du scrutin dans le calme.",
              cue: "se félicite", source: "La Cédéao", content: "la tenue du scrutin dans le calme"),
        .init(text: "Le HCR met en garde contre une crise alimentaire majeure.",
              cue: "met en garde contre", source: "Le HCR", content: "une crise alimentaire majeure"),
        .init(text: "Des témoins font état de corps abandonnés le long de la route.",
              cue: "font état", source: "Des témoins", content: "corps abandonnés le long de la route"),
        .init(text: "Les deux chefs se sont dits prêts à signer un cessez-le-feu.",
              cue: "se sont dits", source: "Les deux chefs", content: "prêts à signer un cessez-le-feu"),
        .init(text: "Le ministre s'est dit « surpris » par la décision de la Cédéao.",
              cue: "s'est dit", source: "Le ministre", content: "« surpris » par la décision de la Cédéao"),
        .init(text: "Les militaires annonçaient alors la reprise de la ville.",
              cue: "annonçaient", source: "Les militaires", content: "la reprise de la ville"),
        .init(text: "Le maire avait affirmé que l'école avait été détruite.",
              cue: "avait affirmé", source: "Le maire", content: "l'école avait été détruite"),
        .init(text: "Le ministre se réjouit de la libération des otages.",
              cue: "se réjouit", source: "Le ministre", content: "la libération des otages"),
        .init(text: "« C'est faux », s'est indigné le porte-parole.",
              cue: "s'est indigné", source: "le porte-parole", content: "C'est faux"),
        .init(text: "Des éleveurs accusent les jihadistes du Jnim.",
              cue: "accusent", source: "Des éleveurs", content: "les jihadistes du Jnim"),
    ]
    static let cueFormsLeftAloneRows: [LeftAlone] = [
        .init(text: "Le ministre a mis en place un comité de crise.", cue: "a mis"),
        .init(text: "Le groupe s'est félicité.", cue: "s'est félicité"),
        .init(text: "Le projet accuse un retard de deux ans.", cue: "accuse"),
        // An offer, as in the seeds: not a claim (se dire prêt à is one, see cueForms).
        .init(text: "Ankara s'est déclaré prêt à aider les autorités maliennes.", cue: "s'est déclaré"),
    ]

    @Test(arguments: cueFormsRows) func cueForms(_ e: ExpectedClaim) { ClaimTestSupport.expect(e) }
    @Test(arguments: cueFormsLeftAloneRows) func cueFormsLeftAlone(_ r: LeftAlone) { Self.expectNoClaim(r) }

    // MARK: Quotations (QuoteContinuationRule, QuoteFinder, QuotationRule)

    static let quotationsRows: [ExpectedClaim] = [
        .init(text: "« La ville est calme », ajoute le préfet : « les commerces ont rouvert. »",
              cue: "ajoute", source: "le préfet", content: "La ville est calme"),
        .init(text: "« La ville est calme », ajoute le préfet : « les commerces ont rouvert. »",
              cue: "ajoute", source: "le préfet", content: "les commerces ont rouvert"),
        .init(text: "Le ministre a déclaré : « Nous tiendrons.\n« Nos soldats ne reculeront pas. »",
              cue: "a déclaré", source: "Le ministre", content: "Nous tiendrons.\n« Nos soldats ne reculeront pas"),
        .init(text: "« Les otages, affirme le médiateur, seront libérés demain. »",
              cue: "affirme", source: "le médiateur", content: "Les otages, affirme le médiateur, seront libérés demain"),
    ]

    @Test(arguments: quotationsRows) func quotations(_ e: ExpectedClaim) { ClaimTestSupport.expect(e) }

    /// A quotation left open at a paragraph's end, the next one not reopening it: dropped.
    @Test func quotationNotReopenedEndsAtTheParagraph() {
        let claims = ClaimTestSupport.claims("Il a déclaré : « Nous tiendrons.\nLe lendemain, les combats ont repris.")
        #expect(!claims.contains { $0.content.text.contains("combats") })
    }

    /// « Q1 », dit-il, « Q2 ». — two claims; a quoted word in an apposition is none.
    @Test func quotationAfterACommaIncise() {
        let two = ClaimTestSupport.claims("« Nous tenons la ville », dit-il, « et nous la garderons. »")
        #expect(two.filter { $0.cue?.text == "dit-il" }.map(\.content.text) == ["Nous tenons la ville", "et nous la garderons"])
        let apposition = ClaimTestSupport.claims("« La ville est calme », dit Ali Touré, « spécialiste » du Sahel.")
        #expect(apposition.filter { $0.cue?.text == "dit" }.map(\.content.text) == ["La ville est calme"])
    }

    /// No quotation after the colon: only the incise's claim.
    @Test func noContinuationWithoutQuotation() {
        let claims = ClaimTestSupport.claims("« La ville est calme », ajoute le préfet : la route reste fermée.")
        #expect(claims.filter { $0.cue?.text == "ajoute" }.map(\.content.text) == ["La ville est calme"])
    }

    // MARK: A second reporting verb sharing the subject (CueFinder.sharedAuxiliary, SubjectFinder)

    static let sharedSubjectRows: [ExpectedClaim] = [
        .init(text: "L'armée a confirmé la mort de deux soldats et démenti toute perte civile.",
              cue: "démenti", source: "L'armée", content: "toute perte civile"),
        .init(text: "L'armée a confirmé la mort de deux soldats et démenti toute perte civile.",
              cue: "a confirmé", source: "L'armée", content: "la mort de deux soldats"),
        .init(text: "Le FLA dément toute implication, mais affirmait hier avoir repoussé l'assaut.",
              cue: "affirmait", source: "Le FLA", content: "avoir repoussé l'assaut"),
        .init(text: "Le parquet a de son côté ouvert une enquête et précisé que deux suspects avaient été interpellés.",
              cue: "précisé", source: "Le parquet", content: "deux suspects avaient été interpellés"),
        .init(text: "L'armée tchadienne a annoncé la mort de sept soldats, ajoutant que les assaillants avaient été repoussés.",
              cue: "ajoutant", source: "L'armée tchadienne", content: "les assaillants avaient été repoussés"),
        .init(text: "Le Jnim a revendiqué l'enlèvement dans une vidéo, tout en affirmant que les otages étaient en bonne santé.",
              cue: "affirmant", source: "Le Jnim", content: "les otages étaient en bonne santé"),
        // Without a comma, the noun before the participle is its subject.
        .init(text: "Le ministère a publié un communiqué affirmant que la frontière est fermée.",
              cue: "affirmant", source: "un communiqué", content: "la frontière est fermée"),
        .init(text: "L'armée a confirmé la mort de deux soldats et blessé trois assaillants.",
              cue: "a confirmé", source: "L'armée", content: "la mort de deux soldats"),
    ]

    @Test(arguments: sharedSubjectRows) func sharedSubject(_ e: ExpectedClaim) { ClaimTestSupport.expect(e) }

    // MARK: Sources (source_heads.tsv, AccordingToRule, SubjectFinder, ReportingVerbRule)

    static let sourcesRows: [ExpectedClaim] = [
        .init(text: "Selon l'enquête de l'ONU, les victimes étaient des civils.",
              cue: "Selon", source: "l'enquête de l'ONU", content: "les victimes étaient des civils"),
        .init(text: "Selon la revendication de l'EIGS, vingt soldats ont péri.",
              cue: "Selon", source: "la revendication de l'EIGS", content: "vingt soldats ont péri"),
        .init(text: "Selon des témoignages concordants, les assaillants étaient à moto.",
              cue: "Selon", source: "des témoignages concordants", content: "les assaillants étaient à moto"),
        .init(text: "Selon les images satellites, le camp a été rasé.",
              cue: "Selon", source: "les images satellites", content: "le camp a été rasé"),
        .init(text: "Un communiqué de l'armée diffusé hier, selon lequel la situation est sous contrôle, a été démenti par les rebelles.",
              cue: "selon lequel", source: "Un communiqué de l'armée diffusé hier", content: "la situation est sous contrôle"),
        .init(text: "Des rumeurs selon lesquelles le président serait malade circulent depuis lundi.",
              cue: "selon lesquelles", source: "Des rumeurs", content: "le président serait malade"),
        .init(text: "De sources concordantes, on affirme que le chef rebelle a été blessé.",
              cue: "De sources", source: "sources concordantes", content: "le chef rebelle a été blessé"),
        .init(text: "Le camp a été évacué, a appris RFI de sources sécuritaires.",
              cue: "de sources", source: "sources sécuritaires", content: "Le camp a été évacué"),
        .init(text: "Le porte-parole du Jnim, Abou Hassan, a affirmé que les otages étaient en vie.",
              cue: "a affirmé", source: "Le porte-parole du Jnim, Abou Hassan", content: "les otages étaient en vie"),
        .init(text: "L'attaque, selon une source sécuritaire citée par l'AFP, a fait au moins dix morts.",
              cue: "selon", source: "une source sécuritaire", content: "L'attaque, selon une source sécuritaire citée par l'AFP, a fait au moins dix morts"),
        .init(text: "Selon une source proche de la présidence, qui a requis l'anonymat, le chef de l'État se porte bien.",
              cue: "Selon", source: "une source proche de la présidence", content: "le chef de l'État se porte bien"),
        .init(text: "Selon un rapport de l'ONU publié la semaine dernière, les exactions se multiplient.",
              cue: "Selon", source: "un rapport de l'ONU publié la semaine dernière", content: "les exactions se multiplient"),
        .init(text: "Le ministre de la Défense, à Niamey, a déclaré que la frontière restait fermée.",
              cue: "a déclaré", source: "Le ministre de la Défense", content: "la frontière restait fermée"),
    ]
    static let sourcesLeftAloneRows: [LeftAlone] = [
        // The `de source` claim is the only one: `on` is no second source.
        .init(text: "De sources concordantes, on affirme que le chef rebelle a été blessé.", cue: "affirme"),
        .init(text: "Les prix varient selon les marchés.", cue: "selon"),
    ]

    @Test(arguments: sourcesRows) func sources(_ e: ExpectedClaim) { ClaimTestSupport.expect(e) }
    @Test(arguments: sourcesLeftAloneRows) func sourcesLeftAlone(_ r: LeftAlone) { Self.expectNoClaim(r) }

    /// Kinds of the new source nouns.
    static let kindsRows: [(String, String, SourceKind)] = [
        ("Selon l'enquête de la gendarmerie, les assaillants venaient du Niger.", "Selon", .document),
        ("Selon les images satellites, le camp a été rasé.", "Selon", .document),
        ("Le camp a été évacué, a appris RFI de sources sécuritaires.", "de sources", .anonymous),
        ("Le porte-parole du Jnim, Abou Hassan, a affirmé que les otages étaient en vie.", "a affirmé", .named),
    ]

    @Test(arguments: kindsRows) func kind(_ row: (String, String, SourceKind)) {
        #expect(ClaimTestSupport.claim(row.0, cue: row.1)?.source?.kind == row.2)
    }

    /// Flags of the new constructions.
    @Test func flags() {
        let incise = ClaimTestSupport.claim("« Nous n'avons jamais visé de civils », a martelé le colonel.", cue: "a martelé")
        #expect(incise?.negated == true)
        #expect(incise?.quote == true)
        // A passive in the quoted words is what the source underwent, not a denial.
        let complaint = ClaimTestSupport.claim("« Nous n'avons pas été consultés », déplore un élu.", cue: "déplore")
        #expect(complaint?.negated == false)
        let passive = ClaimTestSupport.claim("Ce bilan, transmis par la mairie, n'a pas pu être vérifié.", cue: "transmis")
        #expect(passive?.hedged == true)
        let rejected = ClaimTestSupport.claim("Le rapport a été rejeté par Bamako.", cue: "a été rejeté")
        #expect(rejected?.negated == true)
        #expect(rejected?.content.text == "Le rapport")
    }
}
