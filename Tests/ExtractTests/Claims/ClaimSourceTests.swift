import DocumentModel
@testable import Extract
import Testing

/// Source kinds, entity links and pronoun resolution.
@Suite struct ClaimSourceTests {
    /// (sentence, cue, kind)
    static let kinds: [(String, String, SourceKind)] = [
        ("Le FLA affirme que Kidal est tombée.", "affirme", .named),
        ("Une source sécuritaire affirme que Kidal est tombée.", "affirme", .anonymous),
        ("Un cadre du FLA affirme que Kidal est tombée.", "affirme", .anonymous),
        ("Plusieurs membres du FLA reconnaissent la présence du Jnim.", "reconnaissent", .anonymous),
        ("Les rebelles affirment que Kidal est tombée.", "affirment", .named),
        ("Un communiqué de l'armée indique que Kidal est tombée.", "indique", .document),
        ("Selon l'AFP, Kidal est tombée.", "Selon", .media),
        ("Selon les informations du magazine Jeune Afrique, Kidal est tombée.", "Selon", .media),
        ("Selon les explications d'un combattant du FLA, Kidal est tombée.", "Selon", .anonymous),
        ("« Kidal est tombée », dit-il.", "dit-il", .pronoun),
        ("Ahmedou Ould Abdallah rappelle que ces tensions ne sont pas nouvelles.", "rappelle", .named),
    ]

    @Test(arguments: kinds) func sourceKind(_ row: (String, String, SourceKind)) {
        let c = ClaimTestSupport.claim(row.0, cue: row.1)
        #expect(c?.source?.kind == row.2)
    }

    @Test func entitiesDecideKindAndLinks() {
        let text = "Selon Studio Kalangou, un cadre du FLA affirme que Kidal est tombée lundi 14 juillet."
        let tokenized = ClaimTestSupport.tokenizer.tokenize(text)
        func entity(_ s: String, _ type: EntityType, id: String, subtype: String? = nil) -> Entity {
            let scalars = Array(text.unicodeScalars)
            let needle = Array(s.unicodeScalars)
            let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
            return Entity(span: TextSpan(range: ScalarRange(start, start + needle.count), text: s), type: type, id: id, subtype: subtype)
        }
        let entities = [entity("Studio Kalangou", .ORG, id: "org:kalangou", subtype: "media"),
                        entity("FLA", .ORG, id: "org:fla"), entity("Kidal", .LOC, id: "loc:kidal")]
        let date = entity("lundi 14 juillet", .MISC, id: "x").span
        let claims = ClaimTestSupport.extractor.extract(tokenized, entities: entities,
                                                        dates: [DateMention(span: date, value: "2025-07-14")])
        let selon = claims.first { $0.cue?.text == "Selon" }
        #expect(selon?.source?.kind == .media)
        #expect(selon?.source?.entity == "org:kalangou")
        let affirme = claims.first { $0.cue?.text == "affirme" }
        #expect(affirme?.source?.kind == .anonymous)
        #expect(affirme?.source?.entity == "org:fla")
        #expect(affirme?.entities == ["loc:kidal"])
        #expect(affirme?.dates == ["2025-07-14"])
    }

    /// (text, cue, resolved mention)
    static let resolutions: [(String, String, String)] = [
        ("Un cadre du FLA a indiqué que la ville était calme. Il a toutefois reconnu la perte de deux combattants.", "a toutefois reconnu", "Un cadre du FLA"),
        ("Les rebelles du FLA affirment avoir pris le camp. Ils démentent toutefois toute présence du Jnim.", "démentent", "Les rebelles du FLA"),
        ("La coalition affirme avoir pris le camp. Elle dément toute présence du Jnim.", "dément", "La coalition"),
        ("« Rien n'est réglé », confirme une source sécuritaire, qui poursuit : « les discussions continuent. »", "poursuit", "une source sécuritaire"),
    ]

    @Test(arguments: resolutions) func pronounResolution(_ row: (String, String, String)) {
        let c = ClaimTestSupport.claim(row.0, cue: row.1)
        #expect(c?.source?.kind == .pronoun)
        #expect(c?.source?.resolved?.text == row.2)
    }
}
