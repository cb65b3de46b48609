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

    @Test func rejectsInvalidUTF8() {
        let bytes: [UInt8] = [0x22, 0xC3, 0x28, 0x22]
        #expect(throws: JSONParseError.self) { try JSONValue.parse(bytes) }
    }
}
