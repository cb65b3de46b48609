import DocumentModel

/// A candidate entity over tokens `start..<end`, before spans and ids are final.
struct Mention: Sendable {
    let start: Int
    let end: Int
    let type: EntityType
    /// The gazetteer entry named, if any.
    let entry: Int32?
    /// For names the gazetteer lacks: the name the document-local id is keyed by.
    let canonical: String?
    /// The file or rule that found it (`Entity.by`).
    let by: String
    /// Strength against an overlapping candidate of the same length.
    let priority: Int

    var length: Int { end - start }

    func overlaps(_ other: Mention) -> Bool { start < other.end && other.start < end }

    /// A context that decides against the gazetteer's type for the same words (`le groupe Bolloré`).
    static let contextPriority = 4
    static let gazetteerPriority = 3
    static let rulePriority = 2
    static let cuePriority = 1
}

/// Chooses non-overlapping mentions: longer names first (the guideline's
/// "longest name"), then the stronger source, then the earlier start.
enum MentionSelection {
    static func select(_ candidates: [Mention], keeping accepted: [Mention] = []) -> [Mention] {
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
        var taken = accepted
        // Token coverage as a bitmap over the span the mentions reach.
        var reach = 0
        for m in candidates { reach = max(reach, m.end) }
        for m in accepted { reach = max(reach, m.end) }
        var covered = [Bool](repeating: false, count: reach)
        for m in accepted { for k in m.start..<m.end { covered[k] = true } }
        for c in ordered {
            let (start, end) = (candidates[c].start, candidates[c].end)
            guard !(start..<end).contains(where: { covered[$0] }) else { continue }
            taken.append(candidates[c])
            for k in start..<end { covered[k] = true }
        }
        return taken.sorted { $0.start < $1.start }
    }
}
