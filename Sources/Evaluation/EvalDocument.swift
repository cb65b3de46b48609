import DocumentModel

/// A document as the scorer sees it, gold or predicted: the text and every
/// layer, with tokens and sentences as bare spans (a gold file gives no
/// token forms, and only their offsets are scored).
public struct EvalDocument: Sendable {
    public let id: String
    public let text: String
    public let date: String?
    public let entities: [Entity]
    public let claims: [Claim]
    public let dates: [DateMention]
    /// Spans where the gold does not annotate dates: a predicted date that
    /// overlaps one and matches no gold date is not scored (docs/EVALUATION.md,
    /// "Dates the gold types otherwise").
    public let unscoredDates: [ScalarRange]
    /// Nil when the file says nothing about tokens.
    public let tokens: [ScalarRange]?
    public let sentences: [ScalarRange]?
    /// Whether `text` came with the record (a prediction file may omit it).
    public let hasText: Bool

    public init(id: String, text: String, date: String? = nil, entities: [Entity] = [], claims: [Claim] = [],
                dates: [DateMention] = [], unscoredDates: [ScalarRange] = [], tokens: [ScalarRange]? = nil, sentences: [ScalarRange]? = nil,
                hasText: Bool = true) {
        self.id = id
        self.text = text
        self.date = date
        self.entities = entities
        self.claims = claims
        self.dates = dates
        self.unscoredDates = unscoredDates
        self.tokens = tokens
        self.sentences = sentences
        self.hasText = hasText
    }

    /// A pipeline output document (tokens and sentences kept when present).
    public init(_ doc: Document) {
        self.init(id: doc.id, text: doc.text, date: doc.date, entities: doc.entities, claims: doc.claims,
                  dates: doc.dates, tokens: doc.tokens?.map(\.range), sentences: doc.sentences?.map(\.range))
    }

    /// The input the pipeline is run on: id, text and date only.
    public var input: Document { Document(id: id, date: date, text: text) }

    /// Whether this document has a non-empty list for `layer`.
    func annotates(_ layer: Layer) -> Bool {
        switch layer {
        case .entities: return !entities.isEmpty
        case .claims: return !claims.isEmpty
        case .dates: return !dates.isEmpty
        case .tokens: return !(tokens ?? []).isEmpty
        case .sentences: return !(sentences ?? []).isEmpty
        }
    }
}

/// A gold file once read: its documents and the layers it annotates.
public struct GoldSet: Sendable {
    public let path: String
    public let format: GoldFormat
    public let documents: [EvalDocument]
    /// The layers the file annotates by default (docs/EVALUATION.md, "Which layers are scored").
    public let annotatedLayers: Set<Layer>
    /// Things skipped while reading (unknown entity types…), for standard error.
    public let warnings: [String]

    public init(path: String, format: GoldFormat, documents: [EvalDocument], annotatedLayers: Set<Layer>, warnings: [String] = []) {
        self.path = path
        self.format = format
        self.documents = documents
        self.annotatedLayers = annotatedLayers
        self.warnings = warnings
    }

    /// Layers that at least one document annotates with a non-empty list.
    static func layersWithContent(_ documents: [EvalDocument]) -> Set<Layer> {
        Set(Layer.allCases.filter { layer in documents.contains { $0.annotates(layer) } })
    }
}
