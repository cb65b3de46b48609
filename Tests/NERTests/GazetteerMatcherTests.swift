import DocumentModel
@testable import NER
import Testing

/// Case rules of gazetteer/README.md on a small fixture gazetteer.
@Suite struct GazetteerMatcherTests {
    static let fixture: EntityRecognizer = {
        let header = "# id\ttype\tsubtype\tcanonical\taliases\tkb\tcountry\tvalid\n"
        let dir = try! NERFixture.gazetteer([
            "places.tsv": header
                + "loc:moura\tLOC\ttown\tMoura\t\t\tML\t\n"
                + "loc:tinzaouatene\tLOC\ttown\tTinzaouatène\tTin-Zaouatène | Tinzawaten\t\tML\t\n"
                + "loc:azawad\tLOC\tregion\tAzawad\t\t\tML\t\n",
            "international.tsv": header
                + "org:aes\tORG\tintl_org\tAlliance des États du Sahel\tAES\t\t\t\n",
            "media.tsv": header + "org:x\tORG\tcompany\tX\t=X\t\t\t\n",
            "armed_groups.tsv": header
                + "org:fama\tORG\tmilitary\tforces armées maliennes\tFAMa\t\tML\t\n",
        ])
        return try! EntityRecognizer(gazetteerDirectory: dir)
    }()

    @Test(arguments: [
        // (sentence, surface, expected id or nil when it must not match)
        ("Un massacre a eu lieu à Moura en mars 2022.", "Moura", "loc:moura"),
        ("Il faut moura encore.", "moura", nil),
        ("Les combats de TINZAOUATENE ont duré trois jours.", "TINZAOUATENE", "loc:tinzaouatene"),
        ("Les rebelles contrôlent Tin-Zaouatène.", "Tin-Zaouatène", "loc:tinzaouatene"),
        ("Le Mali et le Niger sont membres de l'AES depuis 2023.", "AES", "org:aes"),
        ("Une aes de la ville.", "aes", nil),
        ("La réunion de l'Alliance des États du Sahel s'est tenue à Niamey.", "Alliance des États du Sahel", "org:aes"),
        ("Il a écrit sur X que la ville était tombée.", "X", "org:x"),
        ("Les Forces armées maliennes ont repris la ville.", "Forces armées maliennes", "org:fama"),
        ("Les indépendantistes de l'Azawad ont refusé.", "Azawad", "loc:azawad"),
    ] as [(String, String, String?)])
    func caseRules(sentence: String, surface: String, id: String?) {
        let found = NERFixture.find(surface, in: sentence, recognizer: Self.fixture)
        if let id {
            #expect(found?.id == id, "\(surface) in: \(sentence)")
        } else {
            #expect(found?.by?.hasPrefix("gazetteer/") != true, "\(surface) must not match in: \(sentence)")
        }
    }

    @Test func mentionsDoNotOverlapAndAreSorted() {
        let text = "Le FLA (Front de libération de l'Azawad) et l'AES se réunissent à Moura, près de Tinzaouatène."
        let entities = NERFixture.entities(text, recognizer: Self.fixture)
        for (a, b) in zip(entities, entities.dropFirst()) { #expect(a.span.end <= b.span.start) }
        for e in entities {
            let scalars = Array(text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[e.span.start..<e.span.end])) == e.span.text)
        }
    }
}
