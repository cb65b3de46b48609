/// A JSON value that keeps object key order and number spelling.
///
/// Why not Foundation's JSONSerialization/Codable: input fields the pipeline
/// does not know are passed through, and users diff outputs byte for byte;
/// Foundation reorders keys and respells numbers (`1.0` → `1`). This is a
/// small, strict RFC 8259 reader and a deterministic writer.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// The number exactly as written in the input.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in input order.
    case object([(key: String, value: JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .null: h.combine(0)
        case let .bool(b): h.combine(b)
        case let .number(n): h.combine(n)
        case let .string(s): h.combine(s)
        case let .array(a): h.combine(a)
        case let .object(o): for m in o { h.combine(m.key); h.combine(m.value) }
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case let .object(members) = self { return members.first(where: { $0.key == key })?.value }
        return nil
    }

    public var stringValue: String? { if case let .string(s) = self { return s }; return nil }
    public var arrayValue: [JSONValue]? { if case let .array(a) = self { return a }; return nil }
    public var boolValue: Bool? { if case let .bool(b) = self { return b }; return nil }
    public var isNull: Bool { if case .null = self { return true }; return false }
    public var intValue: Int? { if case let .number(n) = self { return Int(n) }; return nil }
}

public struct JSONParseError: Error, CustomStringConvertible, Equatable {
    /// Byte offset in the input where parsing failed.
    public let offset: Int
    public let message: String
    public var description: String { "\(message) at byte \(offset)" }
    /// The text is not UTF-8 (rather than not JSON).
    public var isEncodingError: Bool { message == JSONParseError.invalidUTF8 }
    static let invalidUTF8 = "invalid UTF-8 in string"
}

extension JSONValue {
    /// Parses one complete JSON text (surrounding whitespace allowed).
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        let result = bytes.withContiguousStorageIfAvailable { parseResult($0) }
            ?? Array(bytes).withUnsafeBufferPointer { parseResult($0) }
        return try result.get()
    }

    public static func parse(_ string: String) throws(JSONParseError) -> JSONValue {
        var string = string
        return try string.withUTF8 { parseResult($0) }.get()
    }

    /// The members of the object `bytes` opens, as far as they parse: what
    /// can still be read of a line that is not valid JSON (cut short, a raw
    /// control character), to name its document in the error record.
    public static func leadingMembers(_ bytes: [UInt8]) -> [(key: String, value: JSONValue)] {
        bytes.withUnsafeBufferPointer { b in
            var parser = JSONParser(bytes: b)
            return parser.leadingMembers()
        }
    }

    private static func parseResult(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, JSONParseError> {
        var parser = JSONParser(bytes: bytes)
        do { return .success(try parser.parseDocument()) } catch { return .failure(error) }
    }
}

/// Reads through a pointer (the bytes of one line): no bounds checks in
/// release builds, strings found eight bytes at a time.
private struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    func fail(_ message: String) -> JSONParseError { JSONParseError(offset: i, message: message) }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        skipSpace()
        let v = try parseValue()
        skipSpace()
        if i != bytes.count { throw fail("unexpected data after the JSON value") }
        return v
    }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard i < bytes.count else { throw fail("unexpected end of input") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw fail("unexpected character")
        }
    }

    mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard i + w.count <= bytes.count, bytes[i..<(i + w.count)].elementsEqual(w) else { throw fail("invalid literal") }
        i += w.count
    }

    mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > 512 { throw fail("nesting deeper than 512") }
    }

    mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enter(); defer { depth -= 1 }
        i += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
            let key = try parseString()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
            i += 1
            skipSpace()
            members.append((key, try parseValue()))
            skipSpace()
            guard i < bytes.count else { throw fail("unterminated object") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            throw fail("expected ',' or '}'")
        }
    }

    /// `parseObject`'s members up to the first fault, without the error.
    mutating func leadingMembers() -> [(key: String, value: JSONValue)] {
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return members }
        i += 1
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let key = try? parseString() else { return members }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return members }
            i += 1
            skipSpace()
            guard let value = try? parseValue() else { return members }
            members.append((key, value))
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return members }
            i += 1
        }
    }

    mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enter(); defer { depth -= 1 }
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try parseValue())
            skipSpace()
            guard i < bytes.count else { throw fail("unterminated array") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            throw fail("expected ',' or ']'")
        }
    }

    mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = i
        func digits(_ p: inout JSONParser) -> Int {
            let s = p.i
            while p.i < p.bytes.count, p.bytes[p.i] >= 0x30, p.bytes[p.i] <= 0x39 { p.i += 1 }
            return p.i - s
        }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count else { throw fail("invalid number") }
        if bytes[i] == UInt8(ascii: "0") { i += 1 } else if digits(&self) == 0 { throw fail("invalid number") }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            if digits(&self) == 0 { throw fail("invalid number") }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            if digits(&self) == 0 { throw fail("invalid number") }
        }
        return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
    }

    mutating func hex4() throws(JSONParseError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("invalid \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("invalid \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    /// Moves `i` to the next byte at or after it that may end a run of plain
    /// string bytes (a quote, a backslash, a control character), or to the end.
    mutating func skipPlainBytes() {
        guard let base = bytes.baseAddress else { return }
        i = JSONOutput.nextSpecialByte(base, from: i, bytes.count)
    }

    mutating func parseString() throws(JSONParseError) -> String {
        i += 1 // opening quote
        let start = i
        // Fast path: no escapes; the string is the bytes between the quotes.
        skipPlainBytes()
        guard i < bytes.count else { throw fail("unterminated string") }
        if bytes[i] == UInt8(ascii: "\"") {
            let s = try validated(UnsafeBufferPointer(rebasing: bytes[start..<i]))
            i += 1
            return s
        }
        if bytes[i] < 0x20 { throw fail("control character in string") }
        // Escapes: decoded, the string is never longer than its escaped
        // bytes, so the rest of the line bounds it.
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count - start)
        defer { out.deallocate() }
        var n = i - start
        out.initialize(from: bytes.baseAddress! + start, count: n)
        while i < bytes.count {
            let runStart = i
            skipPlainBytes()
            (out + n).initialize(from: bytes.baseAddress! + runStart, count: i - runStart)
            n += i - runStart
            guard i < bytes.count else { break }
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { i += 1; return try validated(UnsafeBufferPointer(start: out, count: n)) }
            if c < 0x20 { throw fail("control character in string") }
            i += 1  // the backslash
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            let plain: UInt8
            switch e {
            case UInt8(ascii: "\""): plain = 0x22
            case UInt8(ascii: "\\"): plain = 0x5C
            case UInt8(ascii: "/"): plain = 0x2F
            case UInt8(ascii: "b"): plain = 0x08
            case UInt8(ascii: "f"): plain = 0x0C
            case UInt8(ascii: "n"): plain = 0x0A
            case UInt8(ascii: "r"): plain = 0x0D
            case UInt8(ascii: "t"): plain = 0x09
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar) {
                    guard i + 2 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        throw fail("unpaired surrogate in \\u escape")
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw fail("unpaired surrogate in \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(scalar) {
                    throw fail("unpaired surrogate in \\u escape")
                }
                for unit in UTF8.encode(Unicode.Scalar(scalar)!)! { out[n] = unit; n += 1 }
                continue
            default: throw fail("invalid escape")
            }
            out[n] = plain
            n += 1
        }
        throw fail("unterminated string")
    }

    func validated(_ utf8: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> String {
        guard let s = String(validating: utf8, as: UTF8.self) else { throw fail(JSONParseError.invalidUTF8) }
        return s
    }
}

// MARK: - Writing

extension JSONValue {
    /// Compact, deterministic serialization: members in stored order, no
    /// spaces, non-ASCII written as UTF-8, control characters escaped.
    public func write(to out: inout [UInt8]) {
        var o = JSONOutput()
        write(to: &o)
        o.withBytes { out.append(contentsOf: $0) }
    }

    public func write(to out: inout JSONOutput) {
        switch self {
        case .null: out.append("null")
        case let .bool(b): out.append(b ? "true" : "false")
        case let .number(n): out.appendRaw(n)
        case let .string(s): out.appendString(s)
        case let .array(items):
            out.append(UInt8(ascii: "["))
            for k in items.indices {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                items[k].write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let .object(members):
            out.append(UInt8(ascii: "{"))
            for k in members.indices {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                out.appendString(members[k].key)
                out.append(UInt8(ascii: ":"))
                members[k].value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    public static func writeString(_ s: String, to out: inout [UInt8]) {
        var o = JSONOutput(capacity: s.utf8.count + 2)
        o.appendString(s)
        o.withBytes { out.append(contentsOf: $0) }
    }

    public var serialized: String {
        var out = JSONOutput()
        write(to: &out)
        return out.withBytes { String(decoding: $0, as: UTF8.self) }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(String(value)) }
    public init(nilLiteral: ()) { self = .null }
    public init(_ int: Int) { self = .number(String(int)) }
    public init(_ string: String?) { self = string.map { .string($0) } ?? .null }
}
