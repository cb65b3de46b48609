import Testing

/// Numbers: digit groups, decimals, ordinals and times as one token; units split.
@Suite struct NumberRuleTests {
    @Test(arguments: [
        ("Environ 1.500 combattants et 12,5 % des voix", ["Environ", "1.500", "combattants", "et", "12,5", "%", "des", "voix"]),
        ("Au moins 2\u{00A0}000 morts, 3\u{202F}000 blessés et 80 000 déplacés", ["Au", "moins", "2\u{00A0}000", "morts", ",", "3\u{202F}000", "blessés", "et", "80 000", "déplacés"]),
        ("le 1er mai, au XXIe siècle, la 2e fois, à 14h30", ["le", "1er", "mai", ",", "au", "XXIe", "siècle", ",", "la", "2e", "fois", ",", "à", "14h30"]),
        ("le 14/07/2025, une dose de 1/10", ["le", "14/07/2025", ",", "une", "dose", "de", "1/10"]),
        ("une température de -0,8 et +14 points", ["une", "température", "de", "-0,8", "et", "+14", "points"]),
        ("à 160km de Gao, les G5 et le 5G", ["à", "160", "km", "de", "Gao", ",", "les", "G5", "et", "le", "5G"]),
    ])
    func numbers(_ text: String, _ expected: [String]) {
        #expect(surface(text) == expected)
    }

    @Test(arguments: [
        // Separate numbers stay separate: a four-digit group, or not exactly three digits after the space.
        ("en 2024 200 morts", ["en", "2024", "200", "morts"]),
        ("les 21 militaires", ["les", "21", "militaires"]),
        ("entre 2012 et 2013", ["entre", "2012", "et", "2013"]),
        ("le 14 2000", ["le", "14", "2000"]),
    ])
    func doesNotJoinUnrelatedNumbers(_ text: String, _ expected: [String]) {
        #expect(surface(text) == expected)
    }
}
