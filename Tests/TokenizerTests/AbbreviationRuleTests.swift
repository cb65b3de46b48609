import Testing

/// Abbreviations, initials and dotted acronyms keep their periods; words
/// that merely look like abbreviations do not at the end of a sentence.
@Suite struct AbbreviationRuleTests {
    @Test(arguments: [
        ("M. Goïta et Mme Traoré ont rencontré le Dr. Diallo.", ["M.", "Goïta", "et", "Mme", "Traoré", "ont", "rencontré", "le", "Dr.", "Diallo", "."]),
        ("des armes, des munitions, etc. Le convoi", ["des", "armes", ",", "des", "munitions", ",", "etc.", "Le", "convoi"]),
        ("le 12 janv. 2024, c.-à-d. avant", ["le", "12", "janv.", "2024", ",", "c.-à-d.", "avant"]),
        ("la société S.A. et R.E.M. au Ier s. av. J.-C.", ["la", "société", "S.A.", "et", "R.E.M.", "au", "Ier", "s.", "av.", "J.-C."]),
        ("selon J. Dupont et J.-P. Sartre", ["selon", "J.", "Dupont", "et", "J.-P.", "Sartre"]),
    ])
    func keepsPeriods(_ text: String, _ expected: [String]) {
        #expect(surface(text) == expected)
    }

    /// Month abbreviations are one token with their period wherever a
    /// lowercase word or a number follows; before a capital the period ends
    /// the sentence (`… en sept. Le lendemain`).
    @Test(arguments: [
        ("le 3 janv. 2018 et le 5 févr. 2019", ["le", "3", "janv.", "2018", "et", "le", "5", "févr.", "2019"]),
        ("en sept. 2017, en oct. dernier, le 2 nov. et le 24 déc. 2020",
         ["en", "sept.", "2017", ",", "en", "oct.", "dernier", ",", "le", "2", "nov.", "et", "le", "24", "déc.", "2020"]),
        ("Il est arrivé en sept. Le lendemain", ["Il", "est", "arrivé", "en", "sept", ".", "Le", "lendemain"]),
    ])
    func monthAbbreviations(_ text: String, _ expected: [String]) {
        #expect(surface(text) == expected)
    }

    @Test(arguments: [
        ("Ils étaient sept. Les autres ont fui.", ["Ils", "étaient", "sept", ".", "Les", "autres", "ont", "fui", "."]),
        ("Ils ont fui vers la mer. Puis plus rien.", ["Ils", "ont", "fui", "vers", "la", "mer", ".", "Puis", "plus", "rien", "."]),
        ("Le groupe a attaqué Gao. Puis Kidal.", ["Le", "groupe", "a", "attaqué", "Gao", ".", "Puis", "Kidal", "."]),
        // A capital letter before a sentence-starting word is no initial.
        ("écrit-il sur X. Nous avons", ["écrit", "-il", "sur", "X", ".", "Nous", "avons"]),
        ("la vitamine A. Elle agit vite.", ["la", "vitamine", "A", ".", "Elle", "agit", "vite", "."]),
        ("selon A. Le Pen", ["selon", "A.", "Le", "Pen"]),
    ])
    func sentenceFinalWordsLoseNoPeriodToAbbreviation(_ text: String, _ expected: [String]) {
        #expect(surface(text) == expected)
    }
}
