import DocumentModel
import TestSupport
import Testing

/// `SourceText.slice` must return exactly the scalars of its range, whether
/// it encodes them (short slices) or copies the string's bytes from a
/// checkpoint (long ones), for ASCII text and for every UTF-8 length.
struct SourceTextSliceTests {
    /// Pieces of one to four UTF-8 bytes: ASCII, accented Latin, typographic
    /// punctuation and the euro sign, an emoji.
    static let pieces = ["a", "Kidal ", "é", "à l’", "«\u{00A0}", "€", "—", "😀", "\r\n", "Œ", "ß"]

    static func reference(_ text: String, _ a: Int, _ b: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[a..<b])
        return String(view)
    }

    /// Every range of texts around the checkpoint stride (63, 64, 65, 128 scalars…).
    @Test(arguments: [0, 1, 7, 8, 9, 63, 64, 65, 127, 128, 129, 200])
    func everyRangeOfGeneratedText(_ length: Int) {
        var generator = SeededGenerator(seed: UInt64(length))
        // ASCII only; short pieces of every length; long ASCII runs (read eight bytes at a time) between them.
        for mix in ["ascii", "pieces", "runs"] {
            var scalars: [Unicode.Scalar] = []
            while scalars.count < length {
                let piece = Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
                switch mix {
                case "ascii": scalars.append(contentsOf: "Bamako, le 3 juin ".unicodeScalars)
                case "pieces": scalars.append(contentsOf: piece.unicodeScalars)
                default:
                    let run = Int(generator.next() % 40)
                    scalars.append(contentsOf: String(repeating: "x", count: run).unicodeScalars)
                    scalars.append(contentsOf: piece.unicodeScalars)
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars.prefix(length))
            let text = String(view)
            let source = SourceText(text)
            #expect(source.count == length)
            for a in 0...length {
                for b in a...length where b - a < 4 || b - a > 20 || (a + b) % 3 == 0 {
                    #expect(source.slice(a, b) == Self.reference(text, a, b), "\(a)..<\(b) of \(length) scalars, \(mix)")
                }
            }
        }
    }

    /// A real paragraph with accents and quotation marks, sliced as a claim's content is.
    @Test func longSliceOfFrenchText() {
        let text = "Selon l’armée malienne, « les combattants du FLA ont été repoussés à Anéfis » ; le ministère a démenti mercredi 😀 toute perte."
        let source = SourceText(text)
        let scalars = Array(text.unicodeScalars)
        let open = scalars.firstIndex(of: "«")!, close = scalars.firstIndex(of: "»")!
        #expect(source.slice(open, close + 1) == "« les combattants du FLA ont été repoussés à Anéfis »")
        #expect(source.slice(0, source.count) == text)
    }
}
