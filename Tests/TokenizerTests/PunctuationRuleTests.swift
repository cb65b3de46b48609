import Testing

/// Guillemets, dashes and other punctuation are tokens of their own;
/// ellipses and emoji sequences stay whole.
@Suite struct PunctuationRuleTests {
    @Test(arguments: [
        ("« Aucune libération n’est gratuite [...]. »", ["«", "Aucune", "libération", "n’", "est", "gratuite", "[", "...", "]", ".", "»"]),
        ("Kidal – pour la plupart – mais aussi Léré…", ["Kidal", "–", "pour", "la", "plupart", "–", "mais", "aussi", "Léré", "…"]),
        ("Quoi\u{202F}? Vraiment\u{202F}!", ["Quoi", "?", "Vraiment", "!"]),
        ("Bravo 👍🏽 à la famille 👨‍👩‍👧 🇲🇱", ["Bravo", "👍🏽", "à", "la", "famille", "👨‍👩‍👧", "🇲🇱"]),
        ("la température (°C) et le n° 3", ["la", "température", "(", "°C", ")", "et", "le", "n°", "3"]),
        ("AUTRE(S) VOIE(S)", ["AUTRE(S)", "VOIE(S)"]),
    ])
    func punctuation(_ text: String, _ expected: [String]) {
        #expect(surface(text) == expected)
    }
}
