/// One document as it flows through the pipeline: the input fields, and the
/// layers each stage adds. Output and gold files share this shape
/// (ANNOTATION.md, "Document line").
public struct Document: Sendable {
    public let id: String
    /// Publication date as given: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public let date: String?
    public let text: String
    /// Input fields the pipeline does not produce, passed through in order.
    public let extraFields: [(key: String, value: JSONValue)]
    public let entities: [Entity]
    public let claims: [Claim]
    public let dates: [DateMention]
    /// Present only when tokens were asked for (`--tokens`).
    public let tokens: [Token]?
    public let sentences: [Sentence]?
    /// Problems with the input that did not stop processing (a malformed date…).
    public let warnings: [String]

    public init(id: String, date: String? = nil, text: String,
                extraFields: [(key: String, value: JSONValue)] = [],
                entities: [Entity] = [], claims: [Claim] = [], dates: [DateMention] = [],
                tokens: [Token]? = nil, sentences: [Sentence]? = nil, warnings: [String] = []) {
        self.id = id
        self.date = date
        self.text = text
        self.extraFields = extraFields
        self.entities = entities
        self.claims = claims
        self.dates = dates
        self.tokens = tokens
        self.sentences = sentences
        self.warnings = warnings
    }

    /// Field names the pipeline writes itself; never passed through from input.
    public static let producedFields: Set<String> = [
        "id", "date", "text", "entities", "claims", "dates", "tokens", "sentences", "warnings", "error",
        "schema", "gazetteer",
    ]
}

/// The document date at the precision it was given.
public struct DocumentDate: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar day); nil otherwise.
    public init?(_ s: String) {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        var m: Int?, d: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let mm = Int(parts[1]), (1...12).contains(mm) else { return nil }
            m = mm
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let dd = Int(parts[2]), dd >= 1,
                  dd <= DocumentDate.daysIn(month: m!, year: y) else { return nil }
            d = dd
        }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        var s = zeroPadded(year, 4)
        if let month { s += "-" + zeroPadded(month, 2) }
        if let day { s += "-" + zeroPadded(day, 2) }
        return s
    }
}

/// Zero-padded decimal, without Foundation (`pad(7, 2)` → `07`).
public func zeroPadded(_ v: Int, _ width: Int) -> String {
    let digits = String(v.magnitude)
    let padding = digits.count < width ? String(repeating: "0", count: width - digits.count) : ""
    return (v < 0 ? "-" : "") + padding + digits
}
