import Foundation
@testable import Lexicon
import Testing

/// `DataFile.lines` reads every stage's word lists on UTF-8 bytes; it must
/// give exactly `DataFile.referenceLines`, the reader on Characters.
struct DataFileTests {
    /// Texts where the readers could part: trimming of every whitespace kind,
    /// comments, blank lines, combining marks next to spaces and `#`,
    /// other line separators (handed to `referenceLines`).
    static let texts = [
        "général\n\n  colonel  \n# commentaire\nM.\n",
        "\t président de la transition\u{A0}\n\u{3000}chef\u{202F}\n\u{200B}lieutenant\u{200B}",
        " \u{301}x\nx \u{301}\nx\u{301} \n#\u{301}pas un commentaire\n #commentaire\n",
        "#️⃣ pas un commentaire\n\u{2009}Ould\u{2009}\n\u{200D} ag\n",
        "Ag\r\nOuld\rben\u{2028}el\u{85}al\u{C}de\u{B}du\n",
        "", "\n\n", "# seul commentaire", "sans fin de ligne",
    ]

    @Test(arguments: texts)
    func agreesWithDataFileOnEdgeCases(_ text: String) {
        #expect(DataFile.lines(of: text) == DataFile.referenceLines(of: text))
    }

    @Test func agreesWithDataFileOnEveryBundledList() throws {
        // Every list of the repository: the gazetteer's rules and each stage's Data folder.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
        var lists: [URL] = []
        for folder in ["gazetteer/rules", "Sources/NER/Data", "Sources/Tokenizer/Data", "Sources/Extract/Data/cues", "Sources/Extract/Data/dates"] {
            let dir = root.appendingPathComponent(folder)
            lists += try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "txt" || $0.pathExtension == "tsv" }
        }
        #expect(lists.count >= 40)
        for url in lists {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(DataFile.lines(of: text) == DataFile.referenceLines(of: text), "\(url.lastPathComponent)")
        }
    }
}
