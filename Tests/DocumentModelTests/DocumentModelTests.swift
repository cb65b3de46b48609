import Testing
@testable import DocumentModel

/// Scalar offsets: slicing the original text, whatever its scripts.
@Suite struct SourceTextTests {
    @Test(arguments: [
        ("Kidal", 0, 5, "Kidal"),
        ("Léré et Ségou", 8, 13, "Ségou"),
        ("Bravo 👍🏽 à vous", 6, 8, "👍🏽"),                 // emoji with a skin-tone modifier: two scalars
        ("Tinzaoute\u{0300}ne", 0, 12, "Tinzaoute\u{0300}ne"), // combining accent: its own scalar (12 in all)
        ("a\r\nb", 1, 3, "\r\n"),                           // CRLF: two scalars (one Character in Swift)
        ("", 0, 0, ""),
    ])
    func slicesByScalarOffsets(_ text: String, _ start: Int, _ end: Int, _ expected: String) {
        let source = SourceText(text)
        #expect(source.count == text.unicodeScalars.count)
        #expect(source.slice(ScalarRange(start, end)) == expected)
    }
}

/// Document dates at the precision given.
@Suite struct DocumentDateTests {
    @Test(arguments: [("2025", "2025"), ("2025-07", "2025-07"), ("2024-02-29", "2024-02-29"), ("0999-01", "0999-01")])
    func parses(_ input: String, _ printed: String) {
        #expect(DocumentDate(input)?.description == printed)
    }

    @Test(arguments: ["2025-7", "2023-02-29", "2025-13", "25", "juillet 2025", "2025-07-14T10:00", "2025/07/14", ""])
    func rejects(_ input: String) {
        #expect(DocumentDate(input) == nil)
    }

    /// The rule the byte scan replaced: split on "-", count Characters, read with `Int`.
    static func byCharacters(_ s: String) -> DocumentDate? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        var m: Int?, d: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let mm = Int(parts[1]), (1...12).contains(mm) else { return nil }
            m = mm
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let dd = Int(parts[2]), dd >= 1, dd <= DocumentDate.daysIn(month: m!, year: y) else { return nil }
            d = dd
        }
        return DocumentDate(year: y, month: m, day: d)
    }

    /// Same answer as the Character rule on odd inputs: signs, empty fields,
    /// non-ASCII digits, combining marks after a dash, leap days.
    @Test(arguments: [
        "2025", "+202", "+2025", "2025-+1", "2025-01-+5", "2025-1+", "202+", "++20", "2025-", "-2025", "2025--01",
        "2025-01-", "2025-01-01-", "2025-01-01-01", "２０２５", "2025-０１", "2025-\u{301}01", "2025\u{301}-01", "2000-02-29",
        "1900-02-29", "2024-04-31", "2024-04-30", "2024-00", "2024-12-00", "0000", "9999-12-31", " 2025", "2025 ", "20 25",
        "2025-1", "2025-001", "2025-01-1", "2025-01-001", "-", "+", "+-", "2025-+", "2025-01-+",
    ])
    func agreesWithTheCharacterRule(_ input: String) {
        #expect(DocumentDate(input) == Self.byCharacters(input))
    }
}

/// Reading gold and input documents: spans are checked against the text.
@Suite struct DocumentCodingTests {
    func decode(_ json: String) throws -> Document {
        try Document(json: try JSONValue.parse(json))
    }

    @Test func readsLayersAndPassesUnknownFieldsThrough() throws {
        let doc = try decode(#"{"id":"d","src":"rfi","text":"Le FLA à Kidal","entities":[{"start":3,"end":6,"text":"FLA","type":"ORG"}],"dates":[],"claims":[]}"#)
        #expect(doc.entities.first?.span.text == "FLA")
        #expect(doc.extraFields.map(\.key) == ["src"])
    }

    @Test func spanTextMayBeOmittedAndIsTakenFromTheDocument() throws {
        let doc = try decode(#"{"id":"d","text":"Le FLA à Kidal","claims":[{"content":{"start":9,"end":14},"source":{"start":0,"end":6,"kind":"named","resolved":{"start":3,"end":6}},"cue":null}]}"#)
        #expect(doc.claims.first?.content.text == "Kidal")
        #expect(doc.claims.first?.source?.resolved?.text == "FLA")
    }

    @Test(arguments: [
        (#"{"id":"d","text":"Kidal","entities":[{"start":0,"end":3,"text":"Kid","type":"LOC"},{"start":0,"end":5,"text":"Gao","type":"LOC"}]}"#, "entities[1]"),
        (#"{"id":"d","text":"Kidal","entities":[{"start":2,"end":9,"type":"LOC"}]}"#, "outside the text"),
        (#"{"id":"d","text":"Kidal","entities":[{"start":0,"end":5,"type":"PLACE"}]}"#, "PER, ORG, LOC, MISC"),
        (#"{"id":"d"}"#, "missing \"text\""),
        (#"{"text":"Kidal"}"#, "missing \"id\""),
        (#"{"id":"d","text":"Kidal","claims":[{"source":null}]}"#, "content"),
    ])
    func rejectsInconsistentDocuments(_ json: String, _ message: String) {
        #expect { try decode(json) } throws: { error in
            (error as? DocumentDecodingError)?.message.contains(message) == true
        }
    }

    @Test func outputLineHasTheContractsFieldsInOrder() throws {
        let doc = Document(id: "x", date: "2025-05", text: "Kidal",
                           extraFields: [("url", "https://rfi.fr")],
                           entities: [Entity(span: TextSpan(range: ScalarRange(0, 5), text: "Kidal"), type: .LOC, id: "loc:kidal")])
        #expect(doc.json().serialized == #"{"id":"x","date":"2025-05","text":"Kidal","url":"https://rfi.fr","entities":[{"start":0,"end":5,"text":"Kidal","type":"LOC","id":"loc:kidal"}],"claims":[],"dates":[]}"#)
    }

    @Test func errorRecordNamesInputLineAndDocument() {
        let record = ErrorRecord(id: "a1", input: "news.jsonl", line: 12, kind: .json, message: "invalid JSON")
        #expect(record.json.serialized == #"{"id":"a1","error":{"input":"news.jsonl","line":12,"kind":"json","message":"invalid JSON"}}"#)
        #expect(record.summary == "news.jsonl:12: document a1: json: invalid JSON")
    }
}
