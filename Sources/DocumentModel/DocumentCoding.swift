/// JSON Lines encoding and decoding of `Document`, in the field names of
/// ANNOTATION.md. Decoding checks every span against the text.
public struct DocumentDecodingError: Error, CustomStringConvertible, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension Document {
    /// Reads an input or gold document. `id` is required unless `fallbackID`
    /// is given; `text` is required. Annotation layers are read when present.
    /// `generatedID`, when given, makes the id of a document without one from its text.
    public init(json: JSONValue, fallbackID: String? = nil,
                generatedID: ((String) -> String)? = nil) throws(DocumentDecodingError) {
        guard case let .object(members) = json else { throw DocumentDecodingError("a document must be a JSON object") }
        var id: String
        var warnings: [String] = []
        var needsGeneratedID = false
        switch json["id"] {
        case let .string(s)?: id = s
        case let .number(n)?: id = n
        case nil, .null?:
            if let fallbackID {
                id = fallbackID
                warnings.append("no \"id\" field; id taken from the input position")
            } else if generatedID != nil {
                id = "(no id)"
                needsGeneratedID = true
            } else {
                throw DocumentDecodingError("missing \"id\"")
            }
        default: throw DocumentDecodingError("\"id\" must be a string or a number")
        }
        guard let textValue = json["text"] else { throw DocumentDecodingError("document \(id): missing \"text\"") }
        guard case let .string(text) = textValue else { throw DocumentDecodingError("document \(id): \"text\" must be a string") }
        if needsGeneratedID, let generatedID {
            id = generatedID(text)
            warnings.append("no \"id\" field; id generated from the text's hash")
        }
        var date: String?
        switch json["date"] {
        case nil, .null?: date = nil
        case let .string(s)?:
            date = s
            if DocumentDate(s) == nil { warnings.append("date \"\(s)\" is not YYYY, YYYY-MM or YYYY-MM-DD; ignored for resolving dates") }
        default: throw DocumentDecodingError("document \(id): \"date\" must be a string")
        }
        // Spans are checked against the text's scalars only when a layer has
        // some (gold files): input lines have none, and decoding every input
        // text once more here cost about 1% of a run.
        let entitiesJSON = json["entities"], claimsJSON = json["claims"], datesJSON = json["dates"]
        func hasItems(_ layer: JSONValue?) -> Bool {
            if case let .array(items)? = layer { return !items.isEmpty }
            return false
        }
        let hasSpans = hasItems(entitiesJSON) || hasItems(claimsJSON) || hasItems(datesJSON)
        let source = hasSpans ? SourceText(text) : SourceText("")
        let entities = try Document.decodeArray(entitiesJSON, "entities", id) { v throws(DocumentDecodingError) in
            try Entity(json: v, source: source)
        }
        let claims = try Document.decodeArray(claimsJSON, "claims", id) { v throws(DocumentDecodingError) in
            try Claim(json: v, source: source)
        }
        let dates = try Document.decodeArray(datesJSON, "dates", id) { v throws(DocumentDecodingError) in
            DateMention(span: try TextSpan(json: v, source: source), value: v["value"]?.stringValue)
        }
        self.init(id: id, date: date, text: text,
                  extraFields: members.filter { !Document.producedFields.contains($0.key) },
                  entities: entities, claims: claims, dates: dates, warnings: warnings)
    }

    /// `id` names the document in error messages.
    private static func decodeArray<T>(_ value: JSONValue?, _ name: String, _ id: String,
                                       _ element: (JSONValue) throws(DocumentDecodingError) -> T) throws(DocumentDecodingError) -> [T] {
        func context() -> String { "document \(id)" }
        switch value {
        case nil, .null?: return []
        case let .array(items)?:
            var out: [T] = []
            out.reserveCapacity(items.count)
            for (k, item) in items.enumerated() {
                do { out.append(try element(item)) } catch {
                    throw DocumentDecodingError("\(context()): \(name)[\(k)]: \(error.message)")
                }
            }
            return out
        default: throw DocumentDecodingError("\(context()): \"\(name)\" must be an array")
        }
    }

    /// The output line: id, date, text, passed-through fields, then the layers.
    public func json(includeText: Bool = true) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = [("id", .string(id))]
        if let date { m.append(("date", .string(date))) }
        if includeText { m.append(("text", .string(text))) }
        m.append(contentsOf: extraFields)
        m.append(("entities", .array(entities.map { $0.json })))
        m.append(("claims", .array(claims.map { $0.json })))
        m.append(("dates", .array(dates.map { $0.json })))
        if let tokens {
            m.append(("tokens", .array(tokens.map {
                .object([("start", JSONValue($0.start)), ("end", JSONValue($0.end)), ("text", .string($0.text)), ("norm", .string($0.norm))])
            })))
        }
        if let sentences {
            m.append(("sentences", .array(sentences.map {
                .object([("start", JSONValue($0.range.start)), ("end", JSONValue($0.range.end))])
            })))
        }
        if !warnings.isEmpty { m.append(("warnings", .array(warnings.map { .string($0) }))) }
        return .object(m)
    }
}

/// Why an input line or file could not be read as a document (the error
/// record's `kind`; README, "Error records").
public enum ErrorKind: String, Sendable, CaseIterable {
    /// Not JSON (syntax, nesting deeper than the parser allows).
    case json
    /// Bytes that are not UTF-8.
    case utf8
    /// JSON, but not a document: not an object, `text` missing or not a string, a field of the wrong type.
    case field
    /// Larger than `--max-document-bytes`.
    case tooLarge = "too_large"
    /// A compressed input that is corrupt or cut short.
    case gzip
    /// The input could not be read (permissions, a read error).
    case io
}

/// An input line that could not be read as a document. Written to the output
/// in place of the document, so nothing is silently dropped.
public struct ErrorRecord: Sendable {
    public let id: String?
    /// Input file name, or `-` for standard input.
    public let input: String
    /// 1-based line number in the input (for text files, 1).
    public let line: Int
    public let kind: ErrorKind
    public let message: String

    public init(id: String?, input: String, line: Int, kind: ErrorKind, message: String) {
        self.id = id
        self.input = input
        self.line = line
        self.kind = kind
        self.message = message
    }

    public var json: JSONValue {
        .object([
            ("id", JSONValue(id)),
            ("error", .object([("input", .string(input)), ("line", JSONValue(line)), ("kind", .string(kind.rawValue)),
                               ("message", .string(message))])),
        ])
    }

    /// One line for standard error.
    public var summary: String { "\(input):\(line): \(id.map { "document \($0): " } ?? "")\(kind.rawValue): \(message)" }
}

/// What every output record carries so consumers can tell runs apart
/// (README, "Output"): the version of the output's shape, and of the
/// gazetteer the entities were linked against.
public struct RecordStamp: Sendable, Equatable {
    /// Bumped when a field of the output changes meaning or shape.
    public static let schemaVersion = 1

    public let gazetteer: String

    public init(gazetteer: String) { self.gazetteer = gazetteer }

    /// `"schema"` and `"gazetteer"`, appended last to a record.
    public var members: [(key: String, value: JSONValue)] {
        [("schema", JSONValue(RecordStamp.schemaVersion)), ("gazetteer", .string(gazetteer))]
    }

    /// `record` with the stamp appended (an object; other values unchanged).
    public func stamped(_ record: JSONValue) -> JSONValue {
        guard case let .object(m) = record else { return record }
        return .object(m + members)
    }
}

// MARK: - Layers

extension TextSpan {
    /// Reads `{"start","end","text"?}`; `text`, when given, must equal the slice.
    init(json: JSONValue, source: SourceText) throws(DocumentDecodingError) {
        guard let start = json["start"]?.intValue, let end = json["end"]?.intValue else {
            throw DocumentDecodingError("span needs integer \"start\" and \"end\"")
        }
        guard 0 <= start, start <= end, end <= source.count else {
            throw DocumentDecodingError("span \(start)..<\(end) outside the text (\(source.count) scalars)")
        }
        let range = ScalarRange(start, end)
        let actual = source.slice(range)
        if let given = json["text"]?.stringValue, given != actual {
            throw DocumentDecodingError("span \(start)..<\(end): text \"\(given)\" but the document has \"\(actual)\"")
        }
        self.init(range: range, text: actual)
    }

    var json: JSONValue { .object(spanMembers) }

    var spanMembers: [(key: String, value: JSONValue)] {
        [("start", JSONValue(start)), ("end", JSONValue(end)), ("text", .string(text))]
    }
}

extension Entity {
    init(json: JSONValue, source: SourceText) throws(DocumentDecodingError) {
        let span = try TextSpan(json: json, source: source)
        guard let t = json["type"]?.stringValue, let type = EntityType(rawValue: t) else {
            throw DocumentDecodingError("entity type must be one of PER, ORG, LOC, MISC")
        }
        self.init(span: span, type: type, id: json["id"]?.stringValue, canonical: json["canonical"]?.stringValue,
                  subtype: json["subtype"]?.stringValue, kb: json["kb"]?.stringValue, by: json["by"]?.stringValue)
    }

    public var json: JSONValue {
        var m = span.spanMembers
        m.append(("type", .string(type.rawValue)))
        if let id { m.append(("id", .string(id))) }
        if let canonical { m.append(("canonical", .string(canonical))) }
        if let subtype { m.append(("subtype", .string(subtype))) }
        if let kb { m.append(("kb", .string(kb))) }
        if let by { m.append(("by", .string(by))) }
        return .object(m)
    }
}

extension Claim {
    init(json: JSONValue, source: SourceText) throws(DocumentDecodingError) {
        guard let contentJSON = json["content"] else { throw DocumentDecodingError("claim needs \"content\"") }
        let content = try TextSpan(json: contentJSON, source: source)
        var claimSource: ClaimSource?
        if let s = json["source"], !s.isNull {
            let span = try TextSpan(json: s, source: source)
            let kindName = s["kind"]?.stringValue ?? "named"
            guard let kind = SourceKind(rawValue: kindName) else { throw DocumentDecodingError("unknown source kind \"\(kindName)\"") }
            var resolved: TextSpan?
            if let r = s["resolved"], !r.isNull { resolved = try TextSpan(json: r, source: source) }
            claimSource = ClaimSource(span: span, kind: kind, resolved: resolved, entity: s["entity"]?.stringValue)
        }
        var cue: TextSpan?
        if let c = json["cue"], !c.isNull { cue = try TextSpan(json: c, source: source) }
        self.init(content: content, source: claimSource, cue: cue,
                  quote: json["quote"]?.boolValue ?? false, hedged: json["hedged"]?.boolValue ?? false,
                  negated: json["negated"]?.boolValue ?? false,
                  entities: json["entities"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                  dates: json["dates"]?.arrayValue?.compactMap(\.stringValue) ?? [])
    }

    public var json: JSONValue {
        var sourceJSON = JSONValue.null
        if let source {
            var s = source.span.spanMembers
            s.append(("kind", .string(source.kind.rawValue)))
            if let r = source.resolved { s.append(("resolved", r.json)) }
            if let e = source.entity { s.append(("entity", .string(e))) }
            sourceJSON = .object(s)
        }
        return .object([
            ("content", content.json),
            ("source", sourceJSON),
            ("cue", cue?.json ?? .null),
            ("quote", .bool(quote)), ("hedged", .bool(hedged)), ("negated", .bool(negated)),
            ("entities", .array(entities.map { .string($0) })),
            ("dates", .array(dates.map { .string($0) })),
        ])
    }
}

extension DateMention {
    public var json: JSONValue {
        var m = span.spanMembers
        m.append(("value", JSONValue(value)))
        return .object(m)
    }
}
