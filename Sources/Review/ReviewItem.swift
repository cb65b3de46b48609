import DocumentModel

/// One record of the page: an annotated document, or an error record of the
/// pipeline's output (`{"id":…,"error":{…}}`) or a line that could not be
/// read as a document, shown as such.
public enum ReviewItem: Sendable {
    case document(Document)
    case error(ReviewError)

    /// Reads one line of annotated JSON Lines tolerantly: unknown fields are
    /// ignored; an error record, or a document whose annotations do not fit
    /// its text, becomes an error item naming why.
    public init(json: JSONValue, input: String, line: Int) {
        if let error = json["error"], !error.isNull {
            var details: [(key: String, value: String)] = []
            var message = "error record"
            if case let .object(members) = error {
                for (k, v) in members {
                    let text = v.stringValue ?? v.serialized
                    if k == "message" { message = text } else { details.append((k, text)) }
                }
            } else {
                message = error.stringValue ?? error.serialized
            }
            self = .error(ReviewError(id: json["id"]?.stringValue, message: message, details: details))
            return
        }
        do {
            let doc = try Document(json: json)
            // The output's own warnings (an unreadable date…) are shown with the document.
            let given = json["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? []
            self = .document(given.isEmpty ? doc : Document(
                id: doc.id, date: doc.date, text: doc.text, extraFields: doc.extraFields, entities: doc.entities,
                claims: doc.claims, dates: doc.dates, warnings: doc.warnings + given))
        } catch {
            self = .error(ReviewError(id: json["id"]?.stringValue, message: error.message,
                                      details: [("input", input), ("line", String(line))]))
        }
    }

    /// Whether a JSON line is a raw document to annotate before showing it:
    /// not an error record, and none of the annotation layers present.
    public static func needsAnnotation(_ json: JSONValue) -> Bool {
        if let e = json["error"], !e.isNull { return false }
        return json["entities"] == nil && json["claims"] == nil && json["dates"] == nil
    }

    public var id: String? {
        switch self {
        case let .document(d): return d.id
        case let .error(e): return e.id
        }
    }
}

/// What is known of a record that is not a document.
public struct ReviewError: Sendable {
    public let id: String?
    public let message: String
    /// Other fields of the error object, in order (`input`, `line`, `kind`…).
    public let details: [(key: String, value: String)]

    public init(id: String?, message: String, details: [(key: String, value: String)] = []) {
        self.id = id
        self.message = message
        self.details = details
    }
}
