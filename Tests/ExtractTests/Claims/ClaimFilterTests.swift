import DocumentModel
@testable import Extract
import Testing

/// What must not become a claim, and what the flags say.
@Suite struct ClaimFilterTests {
    /// (sentence, a cue word that must not head a claim)
    static let notClaims: [(String, String)] = [
        ("Sollicitée par RFI, l'armée n'a pas donné suite.", "donné"),
        ("Ni le FLA ni le Jnim n'ont officiellement confirmé cette information.", "confirmé"),
        ("Le porte-parole a-t-il confirmé l'information ?", "a-t-il confirmé"),
        ("Le ministre a promis de rétablir la sécurité dans la région.", "a promis"),
        ("Un porte-parole a proposé de remettre les prisonniers à l'Ukraine.", "a proposé"),
        ("Deux groupes qualifiés de « terroristes » par Bamako ont signé l'accord.", "qualifiés"),
        ("L'embuscade semble confirmer cette dynamique, mais aucun accord n'a été conclu.", "confirmer"),
        ("Ankara s'est déclaré prêt à aider les autorités maliennes.", "s'est déclaré"),
        ("Des informations jamais confirmées par les militaires au pouvoir.", "confirmées"),
        ("Un événement dont les grandes lignes ont été rapportées par Human Rights Watch.", "ont été rapportées"),
        ("Le juge assure la continuité du service.", "assure"),
        ("L'armée annoncera ses résultats la semaine prochaine.", "annoncera"),
        ("Les bilans varient selon les sources.", "selon"),
        ("Pour la première fois, l'armée a reconnu des pertes.", "Pour"),
        ("Plusieurs Ukrainiens ont répondu en proposant de fournir des drones.", "ont répondu"),
        ("L'opération a été menée sans préciser davantage.", "préciser"),
        ("Selon les dispositions du traité, la Commission doit être consultée.", "Selon"),
        ("Merci d'avoir évoqué la visite à Ljubljana.", "évoqué"),
        ("L'armée n'a pas confirmé que des civils avaient été tués.", "a confirmé"),
        // A medium adjunct with nothing after it is no content.
        ("Le ministère a réagi dans un communiqué.", "a réagi"),
    ]

    @Test(arguments: notClaims) func notAClaim(_ row: (String, String)) {
        let claims = ClaimTestSupport.claims(row.0)
        #expect(!claims.contains { $0.cue?.text == row.1 }, "unexpected claim: \(claims.map { ($0.cue?.text ?? "", $0.content.text) })")
    }

    /// (sentence, cue, quote, hedged, negated)
    static let flags: [(String, String, Bool, Bool, Bool)] = [
        ("Selon une source sécuritaire, quinze soldats auraient été tués.", "Selon", false, true, false),
        ("Le groupe affirmerait détenir des otages.", "affirmerait", false, true, false),
        ("Le JNIM a revendiqué l'attaque, sans fournir de preuves.", "a revendiqué", false, true, false),
        ("Le ministre a annoncé que les élections auraient lieu en février.", "a annoncé", false, false, false),
        ("Plusieurs sources ont confié que les mercenaires auraient mis en cause l'armée.", "ont confié", false, true, false),
        ("Selon le ministre, l'armée pourrait reprendre Kidal.", "Selon", false, false, false),
        ("S'il s'agissait d'une attaque jihadiste, elle serait la plus meurtrière, a estimé un analyste.", "a estimé", false, false, false),
        ("Le FLA rapporte une frappe de drone, qui aurait manqué un véhicule.", "rapporte", false, true, false),
        ("Les autorités démentent toute exaction.", "démentent", false, false, true),
        ("Le Jnim nie être impliqué dans l'attaque.", "nie", false, false, true),
        ("Le FLA assure ne pas être à l'origine de la diffusion.", "assure", false, false, true),
        ("Le FLA assure qu'il n'est pas responsable de l'attaque.", "assure", false, false, true),
        ("« En aucun cas, cela n'a rien à voir », assure un dirigeant du FLA.", "assure", true, false, true),
        ("« Leur libération n'est pas une priorité », indique une source.", "indique", true, false, false),
        ("Selon l'armée, aucun civil n'a été tué.", "Selon", false, false, false),
        ("Un cadre du FLA a indiqué qu'il n'y avait pas eu de victimes civiles.", "a indiqué", false, false, false),
        ("Le mouvement a fait savoir qu'il ne participerait pas au dialogue.", "a fait savoir", false, false, false),
        ("Le Jnim affirme qu'il n'a jamais attaqué de civils.", "affirme", false, false, true),
        ("L'armée assure n'avoir visé que des positions ennemies.", "assure", false, false, false),
        ("Ils préfèrent parler de « coordination ».", "préfèrent parler", true, false, false),
        ("L'armée a reconnu des « combats » sans communiquer sur leur issue.", "a reconnu", false, false, false),
    ]

    @Test(arguments: flags) func claimFlags(_ row: (String, String, Bool, Bool, Bool)) {
        let c = ClaimTestSupport.claim(row.0, cue: row.1)
        #expect(c != nil, "no claim with cue \(row.1)")
        guard let c else { return }
        #expect(c.quote == row.2, "quote")
        #expect(c.hedged == row.3, "hedged")
        #expect(c.negated == row.4, "negated")
    }
}
