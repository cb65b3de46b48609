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
    /// A field is ASCII digits, which may follow a `+` (as `Int("+5")` reads
    /// them: the rule this byte scan replaced, kept so that no input's
    /// warnings change); the year has four characters, month and day two.
    public init?(_ s: String) {
        var fields = (0, 0, 0)
        var finished = 0
        var value = 0, length = 0, digits = 0
        func finish() -> Bool {
            guard finished < 3, length == (finished == 0 ? 4 : 2), digits > 0 else { return false }
            switch finished {
            case 0: fields.0 = value
            case 1: fields.1 = value
            default: fields.2 = value
            }
            finished += 1
            value = 0; length = 0; digits = 0
            return true
        }
        for b in s.utf8 {
            if b == UInt8(ascii: "-") {
                guard finish() else { return nil }
            } else if b == UInt8(ascii: "+"), length == 0 {
                length = 1
            } else {
                guard b >= 0x30, b <= 0x39, length < 4 else { return nil }
                value = value * 10 + Int(b - 0x30)
                digits += 1
                length += 1
            }
        }
        guard finish() else { return nil }
        var m: Int?, d: Int?
        if finished >= 2 {
            guard (1...12).contains(fields.1) else { return nil }
            m = fields.1
        }
        if finished == 3 {
            guard fields.2 >= 1, fields.2 <= DocumentDate.daysIn(month: fields.1, year: fields.0) else { return nil }
            d = fields.2
        }
        self.init(year: fields.0, month: m, day: d)
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
