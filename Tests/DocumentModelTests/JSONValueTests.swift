import Testing
@testable import DocumentModel

@Suite struct JSONValueTests {
    @Test(arguments: [
        #"{"b":1.0,"a":[true,false,null],"c":"é\n\"x\""}"#,
        #"{"id":"x","n":-12.5e+3,"nested":{"z":{},"y":[]}}"#,
        #"[]"#,
    ])
    func roundTripKeepsOrderAndNumbers(_ input: String) throws {
        #expect(try JSONValue.parse(input).serialized == input)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let v = try JSONValue.parse(#""caf\u00e9 \ud83d\ude00 \/ \t""#)
        #expect(v.stringValue == "café 😀 / \t")
    }

    @Test(arguments: [
        #"{"a":1"#, #"{"a" 1}"#, #"[1,]"#, #"01"#, #""\ud800""#, "\"a\u{01}\"", #"{"a":1} x"#, #"tru"#,
    ])
    func rejectsMalformed(_ input: String) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(input) }
    }

    /// Strings with an escape, a non-ASCII character or a bad byte at every
    /// position of short and long runs: the parser reads eight bytes at once.
    @Test(arguments: ["\"", "\\", "\n", "\t", "\u{0}", "\u{1f}", "/", "é", "👍🏽", "«", "\u{2028}", "\u{7f}"])
    func readsBackWhatItWrites(_ special: String) throws {
        let filler = "Le président a déclaré mardi à Gao"
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 33] {
            let base = String(filler.prefix(length))
            for k in 0...base.count {
                let s = String(base.prefix(k)) + special + String(base.dropFirst(k))
                let quoted = JSONValue.string(s).serialized
                #expect(try JSONValue.parse(#"{"id":"x","text":\#(quoted)}"#)["text"]?.stringValue == s)
                // The same after an escape: the string is decoded rather than sliced.
                let escapedFirst = #""\u00e9"# + quoted.dropFirst()
                #expect(try JSONValue.parse(escapedFirst).stringValue == "é" + s)
            }
        }
    }

    /// Where the error is reported, and as what: offsets name the byte (for
    /// bad UTF-8, the closing quote; after an escape, the byte after it).
    @Test(arguments: [
        (Array(#"{"a":"abc"#.utf8), "unterminated string", 9),
        (Array(#"{"a":"ab\ncd"#.utf8), "unterminated string", 12),
        (Array(#"{"a":"abc\"#.utf8), "unterminated string", 10),
        (Array("{\"a\":\"abcdefghij\u{1}\"}".utf8), "control character in string", 16),
        (Array("{\"a\":\"a\\tbcdefghij\u{1}\"}".utf8), "control character in string", 18),
        (Array(#"{"a":"\x"}"#.utf8), "invalid escape", 8),
        (Array(#"{"a":"\u12"}"#.utf8), "invalid \\u escape", 10),
        (Array(#"{"a":"\ud83d"}"#.utf8), "unpaired surrogate in \\u escape", 12),
        (Array(#"{"a":"\ud83d\u0041"}"#.utf8), "unpaired surrogate in \\u escape", 18),
        (Array(#"{"a":"\ude00"}"#.utf8), "unpaired surrogate in \\u escape", 12),
        ([0x22, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0xC3, 0x22], JSONParseError.invalidUTF8, 10),
        ([0x22, 0x5C, 0x6E, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0xC3, 0x22], JSONParseError.invalidUTF8, 11),
        (Array(#"{"a":1} x"#.utf8), "unexpected data after the JSON value", 8),
        (Array(String(repeating: "[", count: 513).utf8), "nesting deeper than 512", 512),
    ])
    func reportsWhereAndWhat(_ input: [UInt8], _ message: String, _ offset: Int) {
        #expect(throws: JSONParseError(offset: offset, message: message)) { try JSONValue.parse(input) }
    }

    /// What can still be read of a broken line: the members before the fault.
    @Test(arguments: [
        (#"{"id":"a12","text":"Au Mali"#, ["id"]),                 // cut short
        (#"{"id": 7, "date":"2024-05-01", "text": }"#, ["id", "date"]),
        (#"{"text":"x" "id":"b"}"#, ["text"]),                   // missing comma: nothing after it
        (#"not json"#, []),
        (#"[{"id":"a"}]"#, []),                                    // not an object
    ])
    func leadingMembersStopAtTheFault(_ line: String, _ keys: [String]) {
        #expect(JSONValue.leadingMembers(Array(line.utf8)).map(\.key) == keys)
    }

    @Test func rejectsInvalidUTF8() {
        let bytes: [UInt8] = [0x22, 0xC3, 0x28, 0x22]
        #expect(throws: JSONParseError.self) { try JSONValue.parse(bytes) }
    }
}
