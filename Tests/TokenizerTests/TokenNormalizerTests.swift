import DocumentModel
import Testing
@testable import Tokenizer

/// Each token's normalized form, matching key and shape.
@Suite struct TokenNormalizerTests {
    func token(_ text: String) -> Token {
        let t = sharedTokenizer.tokenize(text).tokens
        #expect(t.count == 1, "\(text) → \(t.map(\.text))")
        return t[0]
    }

    @Test(arguments: [
        // surface, norm, key
        ("Tinzaouatène", "Tinzaouatène", "tinzaouatene"),
        ("TINZAOUATÈNE", "TINZAOUATÈNE", "tinzaouatene"),
        ("Tinzaoute\u{0300}ne", "Tinzaoutène", "tinzaoutene"),        // NFD input → NFC norm
        ("aujourd’hui", "aujourd'hui", "aujourd'hui"),
        ("Œuvre", "Œuvre", "oeuvre"),
        ("Goïta", "Goïta", "goita"),
        ("2\u{202F}000", "2 000", "2 000"),
        ("coop\u{00AD}ération", "coopération", "cooperation"),          // soft hyphen removed
        ("ＦＬＡ", "FLA", "fla"),                                          // fullwidth
        ("Straße", "Straße", "strasse"),
    ])
    func normAndKey(_ surface: String, _ norm: String, _ key: String) {
        let t = token(surface)
        #expect(t.text == surface)
        #expect(t.norm == norm)
        #expect(t.key == key)
        // The tokenizer builds its tokens' forms on its own path (TokenFormBuilder,
        // keys written as bytes); lists and aliases are folded by `forms`. Both agree.
        var scratch = TokenNormalizer.Scratch()
        let forms = TokenNormalizer.shared.forms(Array(surface.unicodeScalars.map(\.value))[...], text: nil, scratch: &scratch)
        #expect(forms.norm == norm)
        #expect(forms.key == key)
        #expect(TokenNormalizer.foldKey(surface) == key)
    }

    /// `keyHasHyphen` says exactly whether the key holds `-`: the rules that
    /// look inside hyphenated words (`al-Sahraoui`, `mi-juin`) trust it.
    @Test(arguments: [
        ("al-Sahraoui", true), ("mi-juin", true), ("Tombouctou-Gao", true),
        ("lieu\u{2011}dit", true),          // non-breaking hyphen, folded to `-`
        ("－", true), ("-", true),            // fullwidth and ASCII hyphen-minus alone
        ("arrivée", false), ("Kidal", false), ("2024", false), ("coop\u{00AD}ération", false),
    ])
    func keyHyphen(_ surface: String, _ hyphen: Bool) {
        let t = token(surface)
        #expect(t.shape.contains(.keyHasHyphen) == hyphen)
        #expect(t.key.contains("-") == hyphen)
    }

    @Test func shapes() {
        #expect(token("Kidal").shape.contains(.capitalized))
        #expect(!token("Kidal").shape.contains(.allCaps))
        #expect(token("FLA").shape.isSuperset(of: [.capitalized, .allCaps, .hasLetter]))
        #expect(token("CSP-DPA").shape.contains(.allCaps))
        #expect(token("armée").shape == [.hasLetter])
        #expect(token("1.500").shape.contains(.numeric))
        #expect(!token("14h30").shape.contains(.numeric))
        #expect(token("«").shape.contains(.punctuation))
        #expect(token("@RFI").shape.contains(.webLink))
        #expect(sharedTokenizer.tokenize("l'armée").tokens[0].shape.contains(.elision))
        #expect(sharedTokenizer.tokenize("Un titre\nLe texte").tokens[2].shape.contains(.afterNewline))
    }
}
