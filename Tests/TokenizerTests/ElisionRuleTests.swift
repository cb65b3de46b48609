import Testing

/// Elided clitics split off (UD French), listed words and names stay whole.
@Suite struct ElisionRuleTests {
    @Test(arguments: [
        ("L’armée malienne a repris Kidal.", ["L’", "armée", "malienne", "a", "repris", "Kidal", "."]),
        ("Le chef d'état-major s'est rendu à l'hôpital.", ["Le", "chef", "d'", "état-major", "s'", "est", "rendu", "à", "l'", "hôpital", "."]),
        ("Jusqu'à présent, lorsqu'il parle, puisqu'on l'écoute", ["Jusqu'", "à", "présent", ",", "lorsqu'", "il", "parle", ",", "puisqu'", "on", "l'", "écoute"]),
        ("C'est ce qu'il n'a pas dit.", ["C'", "est", "ce", "qu'", "il", "n'", "a", "pas", "dit", "."]),
        ("Les combats d'Anefis et de l’Azawad", ["Les", "combats", "d'", "Anefis", "et", "de", "l’", "Azawad"]),
        ("qu'aujourd'hui", ["qu'", "aujourd'hui"]),
    ])
    func splitsElidedClitics(_ text: String, _ expected: [String]) {
        #expect(surface(text) == expected)
    }

    @Test(arguments: [
        ("Aujourd’hui, la presqu'île est calme.", ["Aujourd’hui", ",", "la", "presqu'île", "est", "calme", "."]),
        ("quelqu'un l'a vu, si l'on en croit les prud'hommes", ["quelqu'un", "l'", "a", "vu", ",", "si", "l'on", "en", "croit", "les", "prud'hommes"]),
        ("Le convoi est arrivé à N'Djamena puis à Fada N’Gourma.", ["Le", "convoi", "est", "arrivé", "à", "N'Djamena", "puis", "à", "Fada", "N’Gourma", "."]),
        ("Aguel'hoc et O'Brien", ["Aguel'hoc", "et", "O'Brien"]),
        ("c'est-à-dire", ["c'est-à-dire"]),
    ])
    func keepsListedWordsAndNamesWhole(_ text: String, _ expected: [String]) {
        #expect(surface(text) == expected)
    }

    @Test func elidedArticleBeforeSpaceKeepsItsApostrophe() {
        #expect(surface("près d' une base") == ["près", "d'", "une", "base"])
    }
}
