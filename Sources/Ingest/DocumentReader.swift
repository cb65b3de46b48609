import DocumentModel

/// One unit of input as read, before it is parsed: a JSON Lines line, a
/// whole text file, or a failure to read that already names its place.
public enum RawInput: Sendable {
    case line([UInt8], input: String, line: Int)
    case textFile([UInt8], input: String, id: String)
    case failed(ErrorRecord)
}

/// One unit of input, parsed: a document, or the record of why it is none.
public enum InputItem: Sendable {
    case document(Document, input: String, line: Int)
    case error(ErrorRecord)
}

/// Turns raw input into documents (README, "Input"). Pure and thread-safe,
/// so a batch is parsed in parallel.
public enum DocumentReader {
    public static func item(_ raw: RawInput) -> InputItem {
        switch raw {
        case let .failed(record): return .error(record)
        case let .textFile(bytes, input, id): return textDocument(bytes, input: input, id: id)
        case let .line(bytes, input, line): return jsonDocument(bytes, input: input, line: line)
        }
    }

    /// The id of a document that has none: the hash of its text, the same
    /// wherever and however often the line is read (a position-based id
    /// would change when the file is split, moved or read from a pipe).
    public static func generatedID(forText text: String) -> String {
        var h = FNV1a64()
        h.add(text)
        return "text-" + h.hex
    }

    static func textDocument(_ bytes: [UInt8], input: String, id: String) -> InputItem {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }  // a BOM is no text
        guard let text = String(validating: body, as: UTF8.self) else {
            return .error(ErrorRecord(id: id, input: input, line: 1, kind: .utf8,
                                      message: "the file is not valid UTF-8 (first bad byte at offset \(firstInvalidUTF8(body)))"))
        }
        return .document(Document(id: id, text: text), input: input, line: 1)
    }

    static func jsonDocument(_ bytes: [UInt8], input: String, line: Int) -> InputItem {
        let json: JSONValue
        do { json = try JSONValue.parse(bytes) } catch {
            return .error(ErrorRecord(id: idOfUnreadableLine(bytes),
                                      input: input, line: line, kind: error.isEncodingError ? .utf8 : .json,
                                      message: error.isEncodingError ? "a string is not valid UTF-8 (byte \(error.offset))"
                                                                     : "invalid JSON: \(error)"))
        }
        do {
            return .document(try Document(json: json, generatedID: generatedID(forText:)), input: input, line: line)
        } catch {
            return .error(ErrorRecord(id: json["id"]?.stringValue, input: input, line: line, kind: .field, message: error.message))
        }
    }

    /// The id of a line that is no JSON document, when it can still be
    /// read: from the members before the fault (a line cut short, a raw
    /// control character), with bytes that are not UTF-8 replaced (a text
    /// pasted from a Latin-1 page). Nil when the id is absent, not a string
    /// or number, or itself holds a bad byte.
    static func idOfUnreadableLine(_ bytes: [UInt8]) -> String? {
        let members = JSONValue.leadingMembers(Array(String(decoding: bytes, as: UTF8.self).utf8))
        let id: String
        switch members.first(where: { $0.key == "id" })?.value {
        case let .string(s)?: id = s
        case let .number(n)?: id = n
        default: return nil
        }
        return id.unicodeScalars.contains("\u{FFFD}") ? nil : id
    }

    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(s): offset += UTF8.width(s)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}
