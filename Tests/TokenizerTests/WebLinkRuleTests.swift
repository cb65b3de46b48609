import Testing

/// URLs, emails, handles and hashtags are single tokens; trailing sentence
/// punctuation is not part of them.
@Suite struct WebLinkRuleTests {
    @Test(arguments: [
        ("Voir https://www.rfi.fr/fr/afrique/mali?x=1.", ["Voir", "https://www.rfi.fr/fr/afrique/mali?x=1", "."]),
        ("(www.jeuneafrique.com)", ["(", "www.jeuneafrique.com", ")"]),
        ("Écrire à contact@studiotamani.org, ou suivre @RFI et #Mali", ["Écrire", "à", "contact@studiotamani.org", ",", "ou", "suivre", "@RFI", "et", "#Mali"]),
        ("le compte @le_FLA_officiel", ["le", "compte", "@le_FLA_officiel"]),
    ])
    func webLinks(_ text: String, _ expected: [String]) {
        #expect(surface(text) == expected)
    }

    @Test func numberSignIsNotAHashtag() {
        #expect(surface("le # 2 et C# ") == ["le", "#", "2", "et", "C", "#"])
    }
}
