import DocumentModel

/// A candidate entity over tokens `start..<end`, before spans and ids are final.
///
/// A plain value (no strings inside): the rules make tens of candidates per
/// document and the selection sorts and copies them, which with a canonical
/// name and a source string in each cost retains, releases and a string per
/// candidate. The canonical name is a token range of the document, read out
/// only for the final entities.
struct Mention: Sendable {
    let start: Int
    let end: Int
    let type: EntityType
    /// The gazetteer entry named, if any.
    let entry: Int32?
    /// For names the gazetteer lacks (`entry` nil): the tokens whose text is
    /// the name the document-local id is keyed by — the mention's own, or
    /// those of the name it stands for (an acronym's expansion, a
    /// remembered name). With an entry, the entry's canonical name is meant.
    let canonical: Range<Int>
    /// The file or rule that found it (`Entity.by`).
    let by: MentionSource
    /// Strength against an overlapping candidate of the same length.
    let priority: Int

    init(start: Int, end: Int, type: EntityType, entry: Int32?, canonical: Range<Int>, by: MentionSource, priority: Int) {
        self.start = start
        self.end = end
        self.type = type
        self.entry = entry
        self.canonical = canonical
        self.by = by
        self.priority = priority
    }

    /// A mention whose canonical name is its own text.
    init(start: Int, end: Int, type: EntityType, entry: Int32? = nil, by: MentionSource, priority: Int) {
        self.init(start: start, end: end, type: type, entry: entry, canonical: start..<end, by: by, priority: priority)
    }

    var length: Int { end - start }

    func overlaps(_ other: Mention) -> Bool { start < other.end && other.start < end }

    /// A context that decides against the gazetteer's type for the same words (`le groupe Bolloré`).
    static let contextPriority = 4
    static let gazetteerPriority = 3
    static let rulePriority = 2
    static let cuePriority = 1
}

/// The file or rule that found a mention, as `Entity.by` spells it.
enum MentionSource: String, Sendable {
    /// The gazetteer file of the mention's entry (`Gazetteer.source`).
    case gazetteer = "gazetteer"
    case personTitle = "rule:person-title"
    case personFirstName = "rule:person-first-name"
    case personParticle = "rule:person-particle"
    case orgHead = "rule:org-head"
    case orgNationalArmy = "rule:org-national-army"
    case placeCue = "rule:place-cue"
    case eventHead = "rule:event-head"
    case placeHead = "rule:place-head"
    case companyHead = "rule:company-head"
    case programmeHead = "rule:programme-head"
    case placeModifier = "rule:place-modifier"
    case acronymDefinition = "rule:acronym-definition"
    case placeList = "rule:place-list"
    case personList = "rule:person-list"
    case documentMemory = "rule:document-memory"
    case capitalizedSequence = "rule:capitalized-sequence"
}

/// Chooses non-overlapping mentions: longer names first (the guideline's
/// "longest name"), then the stronger source, then the earlier start.
enum MentionSelection {
    /// `accepted` must be ordered by start (as this function returns them).
    static func select(_ candidates: [Mention], keeping accepted: [Mention] = []) -> [Mention] {
        if candidates.isEmpty { return accepted }
        // Candidate indices in that order, sorted on their keys alone (a
        // comparison copying two mentions would retain and release their strings).
        let keys = candidates.map { (length: $0.length, priority: $0.priority, start: $0.start) }
        let ordered = keys.indices.sorted { a, b in
            let x = keys[a], y = keys[b]
            if x.length != y.length { return x.length > y.length }
            if x.priority != y.priority { return x.priority > y.priority }
            if x.start != y.start { return x.start < y.start }
            return a < b
        }
        // Token coverage as a bitmap over the span the mentions reach.
        var reach = 0
        for m in candidates { reach = max(reach, m.end) }
        for m in accepted { reach = max(reach, m.end) }
        var covered = [Bool](filling: false, count: reach)
        for m in accepted { for k in m.start..<m.end { covered[k] = true } }
        var added: [Int] = []
        for c in ordered {
            let (start, end) = (candidates[c].start, candidates[c].end)
            guard !(start..<end).contains(where: { covered[$0] }) else { continue }
            added.append(c)
            for k in start..<end { covered[k] = true }
        }
        // By start, as a stable sort of `accepted + added` would order them:
        // the new ones sorted alone, then merged into the already ordered ones.
        added.sort { candidates[$0].start < candidates[$1].start }
        var taken: [Mention] = []
        taken.reserveCapacity(accepted.count + added.count)
        var a = 0
        for c in added {
            while a < accepted.count, accepted[a].start <= candidates[c].start { taken.append(accepted[a]); a += 1 }
            taken.append(candidates[c])
        }
        taken.append(contentsOf: accepted[a...])
        return taken
    }
}
