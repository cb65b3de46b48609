/// Entity types: the CoNLL / WikiNER set (ANNOTATION.md, Entities).
public enum EntityType: String, CaseIterable, Hashable, Sendable, Comparable {
    case PER, ORG, LOC, MISC

    public static func < (a: EntityType, b: EntityType) -> Bool { a.rawValue < b.rawValue }
}

/// A named-entity mention, linked where possible to a canonical entry.
public struct Entity: Hashable, Sendable {
    public let span: TextSpan
    public let type: EntityType
    /// Gazetteer id (`org:fla`), or a document-local id (`doc:per:1`) for rule-found names.
    public let id: String?
    public let canonical: String?
    public let subtype: String?
    /// Wikidata id, when known.
    public let kb: String?
    /// The gazetteer file or rule that produced the mention.
    public let by: String?

    public init(span: TextSpan, type: EntityType, id: String? = nil, canonical: String? = nil,
                subtype: String? = nil, kb: String? = nil, by: String? = nil) {
        self.span = span
        self.type = type
        self.id = id
        self.canonical = canonical
        self.subtype = subtype
        self.kb = kb
        self.by = by
    }

    public var range: ScalarRange { span.range }
}

/// Who makes a claim (ANNOTATION.md, Claims).
public enum SourceKind: String, CaseIterable, Hashable, Sendable {
    case named, anonymous, media, document, pronoun
}

public struct ClaimSource: Hashable, Sendable {
    public let span: TextSpan
    public let kind: SourceKind
    /// The nearest earlier mention naming the source, for pronouns and descriptions.
    public let resolved: TextSpan?
    /// Id of the entity the source is, resolves to, or is affiliated with.
    public let entity: String?

    public init(span: TextSpan, kind: SourceKind, resolved: TextSpan? = nil, entity: String? = nil) {
        self.span = span
        self.kind = kind
        self.resolved = resolved
        self.entity = entity
    }
}

/// An attribution relation: source, cue, content (PARC), with flags.
public struct Claim: Hashable, Sendable {
    public let content: TextSpan
    public let source: ClaimSource?
    public let cue: TextSpan?
    public let quote: Bool
    public let hedged: Bool
    public let negated: Bool
    /// Ids of the entities mentioned inside the content.
    public let entities: [String]
    /// Values of the dates inside the content (null values omitted).
    public let dates: [String]

    public init(content: TextSpan, source: ClaimSource?, cue: TextSpan?, quote: Bool = false,
                hedged: Bool = false, negated: Bool = false, entities: [String] = [], dates: [String] = []) {
        self.content = content
        self.source = source
        self.cue = cue
        self.quote = quote
        self.hedged = hedged
        self.negated = negated
        self.entities = entities
        self.dates = dates
    }
}

/// A temporal expression with its TIMEX3 / ISO 8601 value (nil when it
/// cannot be resolved without guessing).
public struct DateMention: Hashable, Sendable {
    public let span: TextSpan
    public let value: String?

    public init(span: TextSpan, value: String?) {
        self.span = span
        self.value = value
    }

    public var range: ScalarRange { span.range }
}
