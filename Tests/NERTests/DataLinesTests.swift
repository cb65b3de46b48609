import Foundation
@testable import NER
import Testing
import Tokenizer

/// `DataLines` is the scalar-level reader of the rule lists; it must give
/// exactly `DataFile.lines`, the Tokenizer's reference reader.
struct DataLinesTests {
    /// Texts where the readers could part: trimming of every whitespace kind,
    /// comments, blank lines, combining marks next to spaces and `#`,
    /// other line separators (handed to `DataFile`).
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
        #expect(DataLines.lines(of: text) == DataFile.lines(of: text))
    }

    @Test func agreesWithDataFileOnEveryBundledList() throws {
        let gazetteer = try #require(GazetteerLocator.defaultDirectory())
        let rules = URL(fileURLWithPath: gazetteer).appendingPathComponent("rules")
        var files = try FileManager.default.contentsOfDirectory(at: rules, includingPropertiesForKeys: nil)
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/NER/Data").standardized
        files += try FileManager.default.contentsOfDirectory(at: data, includingPropertiesForKeys: nil)
        let lists = files.filter { $0.pathExtension == "txt" }
        #expect(lists.count >= 10)
        for url in lists {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(DataLines.lines(of: text) == DataFile.lines(of: text), "\(url.lastPathComponent)")
        }
    }
}
