import Testing
@testable import DocumentModel

/// The output line written straight to bytes is byte for byte the
/// `JSONValue` tree's (`json()` stamped, then `write`), whatever the document holds.
@Suite struct DocumentWriterTests {
    static let text = "Le porte-parole du \"FLA\", Mohamed Elmaouloud Ramadane, a déclaré lundi 3 mars 2025 à Kidal :\n« Nous\tne céderons pas » \\ \u{1}\u{2028} 👍🏽"

    static func span(_ start: Int, _ end: Int) -> TextSpan {
        TextSpan(ScalarRange(start, end), in: SourceText(text))
    }

    static let full = Document(
        id: "doc \"1\"", date: "2025-03", text: text,
        extraFields: [("source", .object([("n", .number("1.50")), ("x", .array([.bool(true), .null, "é"]))])), ("rank", .number("-0"))],
        entities: [
            Entity(span: span(20, 23), type: .ORG, id: "org:fla", canonical: "Front de libération de l'Azawad",
                   subtype: "armed_group", kb: "Q1", by: "gazetteer/organizations.tsv"),
            Entity(span: span(26, 53), type: .PER, id: "doc:per:1", by: "rule:person_name"),
            Entity(span: span(85, 90), type: .LOC),
        ],
        claims: [
            Claim(content: span(95, 115), source: ClaimSource(span: span(0, 53), kind: .named, resolved: span(26, 53), entity: "doc:per:1"),
                  cue: span(57, 64), quote: true, hedged: false, negated: true, entities: ["doc:per:1", "org:fla"], dates: ["2025-03-03"]),
            Claim(content: span(95, 115), source: ClaimSource(span: span(3, 24), kind: .anonymous), cue: nil),
            Claim(content: span(95, 115), source: nil, cue: nil, hedged: true),
        ],
        dates: [DateMention(span: span(65, 82), value: "2025-03-03"), DateMention(span: span(65, 70), value: nil)],
        tokens: [Token(range: ScalarRange(0, 2), text: "Le", norm: "Le", key: "le", shape: [.hasLetter, .capitalized]),
                 Token(range: ScalarRange(93, 94), text: "«", norm: "«", key: "«", shape: [.punctuation])],
        sentences: [Sentence(range: ScalarRange(0, 92), tokens: 0..<1), Sentence(range: ScalarRange(93, 125), tokens: 1..<2)],
        warnings: ["duplicate id: \"doc \\\"1\\\"\"", "date \"2025-13\" is not YYYY"])

    static let documents: [Document] = [
        full,
        Document(id: "bare", text: ""),                                   // no date, no layers
        Document(id: "no-layers", date: "2024", text: "Rien à signaler.", tokens: [], sentences: []),
    ]

    static func tree(_ doc: Document, includeText: Bool, stamp: RecordStamp?) -> [UInt8] {
        var out: [UInt8] = []
        let json = doc.json(includeText: includeText)
        (stamp.map { $0.stamped(json) } ?? json).write(to: &out)
        return out
    }

    @Test(arguments: documents.indices)
    func writesTheTreesBytes(_ k: Int) {
        let doc = Self.documents[k]
        for stamp in [nil, RecordStamp(gazetteer: "abc\"123")] {
            for includeText in [true, false] {
                var direct: [UInt8] = []
                doc.writeJSON(to: &direct, includeText: includeText, stamp: stamp)
                #expect(String(decoding: direct, as: UTF8.self) == String(decoding: Self.tree(doc, includeText: includeText, stamp: stamp), as: UTF8.self))
            }
        }
    }

    @Test(arguments: [0, 7, 9, 10, 99, 100, 12345, -1, -10, -987, Int.max, Int.min])
    func writesIntegersAsStringDoes(_ v: Int) {
        var out = JSONOutput(capacity: 1)
        out.appendInt(v)
        #expect(out.withBytes { String(decoding: $0, as: UTF8.self) } == String(v))
    }

    /// One byte at a time, as the writer did before it checked eight at once.
    static func escapedByteByByte(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20: out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Every character needing an escape, at every position of short and
    /// long runs (the fast path reads eight bytes at once), among accents and emoji.
    @Test(arguments: ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1f}", "\u{7f}", "é", "👍🏽", "«", "\u{2028}"])
    func escapesWhereverTheCharacterFalls(_ special: String) {
        let filler = "Le président a déclaré mardi à Gao"
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 33] {
            let base = String(filler.prefix(length))
            for k in 0...base.count {
                let s = String(base.prefix(k)) + special + String(base.dropFirst(k))
                var out: [UInt8] = []
                JSONValue.writeString(s, to: &out)
                #expect(String(decoding: out, as: UTF8.self) == Self.escapedByteByByte(s))
            }
        }
        var empty: [UInt8] = []
        JSONValue.writeString("", to: &empty)
        #expect(empty == Array("\"\"".utf8))
    }
}
