import Testing

/// Sentence boundaries in French news.
@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        ("Le FLA a attaqué Kidal. L'armée dément. Le bilan reste inconnu !",
         ["Le FLA a attaqué Kidal.", "L'armée dément.", "Le bilan reste inconnu !"]),
        // Abbreviations and initials do not end a sentence.
        ("M. Goïta a reçu J. Dupont à Bamako. Ils ont parlé.",
         ["M. Goïta a reçu J. Dupont à Bamako.", "Ils ont parlé."]),
        // A quotation closed by » after its final period ends with the quote.
        ("Il a dit : « Nous resterons. » Puis il est parti.",
         ["Il a dit : « Nous resterons. »", "Puis il est parti."]),
        // A question inside an incise does not end the sentence before a lowercase word.
        ("« Pourquoi ? » demande-t-il. Personne ne répond.",
         ["« Pourquoi ? » demande-t-il.", "Personne ne répond."]),
        // Headlines, paragraphs and captions end at a line break.
        ("Échange ?\n\nDébut avril, un commandant a été arrêté.\nLes autorités maliennes (Photo AFP)\nLe texte reprend.",
         ["Échange ?", "Début avril, un commandant a été arrêté.", "Les autorités maliennes (Photo AFP)", "Le texte reprend."]),
        ("« Espion » de Bamako\n\nLe FLA confirme.", ["« Espion » de Bamako", "Le FLA confirme."]),
        // etc. can end a sentence.
        ("des armes, des motos, etc. Le convoi est reparti.", ["des armes, des motos, etc.", "Le convoi est reparti."]),
    ])
    func splits(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test(arguments: [
        // A hard-wrapped line continuing in lowercase is the same sentence.
        ("Les rebelles ont pris le contrôle\nde la ville de Kidal.", ["Les rebelles ont pris le contrôle\nde la ville de Kidal."]),
        // Numbers, decimal points and dotted acronyms do not split.
        ("Environ 1.500 hommes de la S.A. sont là.", ["Environ 1.500 hommes de la S.A. sont là."]),
        ("Le FLA a-t-il tort ? non, selon lui.", ["Le FLA a-t-il tort ? non, selon lui."]),
    ])
    func doesNotSplit(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }
}
