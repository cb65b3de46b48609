import Testing

/// Inverted subject and imperative object clitics split from the verb;
/// compounds whose last part only looks like a clitic stay whole.
@Suite struct CliticRuleTests {
    @Test(arguments: [
        ("« Nous resterons », a-t-il déclaré.", ["«", "Nous", "resterons", "»", ",", "a", "-t-il", "déclaré", "."]),
        ("Que dit-il ? Faut-il partir ?", ["Que", "dit", "-il", "?", "Faut", "-il", "partir", "?"]),
        ("S'agit-il d'une attaque ?", ["S'", "agit", "-il", "d'", "une", "attaque", "?"]),
        ("raconte-t-elle, dit-on, pensent-ils", ["raconte", "-t-elle", ",", "dit", "-on", ",", "pensent", "-ils"]),
        ("Est-ce vrai ? Donnez-le-moi.", ["Est", "-ce", "vrai", "?", "Donnez", "-le", "-moi", "."]),
        ("cette fois-ci, ce jour-là", ["cette", "fois", "-ci", ",", "ce", "jour", "-là"]),
    ])
    func splitsClitics(_ text: String, _ expected: [String]) {
        #expect(surface(text) == expected)
    }

    @Test(arguments: [
        ("Un rendez-vous à Châteauneuf-la-Forêt", ["Un", "rendez-vous", "à", "Châteauneuf-la-Forêt"]),
        ("celui-ci, celle-là, vis-à-vis", ["celui-ci", ",", "celle-là", ",", "vis-à-vis"]),
        ("Ce sera peut-être le CSP-DPA ou Al-Qaïda.", ["Ce", "sera", "peut-être", "le", "CSP-DPA", "ou", "Al-Qaïda", "."]),
        ("Saint-Louis-les-Bains, Bosnie-Herzégovine", ["Saint-Louis-les-Bains", ",", "Bosnie-Herzégovine"]),
    ])
    func keepsHyphenatedWordsWhole(_ text: String, _ expected: [String]) {
        #expect(surface(text) == expected)
    }
}
