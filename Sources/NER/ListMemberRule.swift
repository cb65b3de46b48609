import DocumentModel

/// Unknown names in a coordinated list: places (`les localités de Tiguila,
/// Fonkiré et Doukouma`, `à Gao, Tessit et Intahaka`) and persons after a
/// plural title (`MM. Duff et Voggenhuber`, `les juges Pons et Lambert`).
/// A list is names separated by commas with `et` or `ou` before the last
/// one; when at least one member is already of the type and none is of
/// another, the members no rule explained take the type. For places, a lone
/// first name or a word opening the sentence is left alone (`Gao et Moussa`).
struct ListMemberRule {
    /// What joins the members of a list: `,`, `et`, `ou`.
    static func isSeparator(_ key: String) -> Bool { key == "," || key == "et" || key == "ou" }

    func candidates(_ doc: DocumentView, accepted: [Mention]) -> [Mention] {
        var startingAt = [Int](filling: -1, count: doc.count + 1)
        var covered = [Bool](filling: false, count: doc.count)
        for (n, m) in accepted.enumerated() {
            startingAt[m.start] = n
            for k in m.start..<m.end { covered[k] = true }
        }
        /// The member starting at token j: a mention, or an unexplained run of name words.
        func member(_ j: Int) -> (end: Int, mention: Mention?)? {
            guard j < doc.count else { return nil }
            if startingAt[j] >= 0 { let m = accepted[startingAt[j]]; return (m.end, m) }
            guard !covered[j], doc.isNameToken(j) else { return nil }
            var end = doc.nameRunEnd(from: j)
            if let c = (j..<end).first(where: { covered[$0] }) { end = c }
            // A run cut before a known name keeps no trailing particle (`HLM de` before `Paris`).
            while end > j + 1, doc.isParticle(end - 1), !doc.isNameToken(end - 1) { end -= 1 }
            return (end, nil)
        }
        var out: [Mention] = []
        var i = 0
        while i < doc.count {
            guard let first = member(i) else { i += 1; continue }
            // Most names stand alone: no separator after them, no list (and no list built).
            guard first.end < doc.count, first.end < doc.sentenceEnd[i], Self.isSeparator(doc.tokens[first.end].key) else {
                i = max(i + 1, first.end)
                continue
            }
            var members = [(start: i, end: first.end, mention: first.mention)]
            var coordinated = false
            var j = first.end
            while j < doc.count, j < doc.sentenceEnd[i] {
                let sep = doc.tokens[j].key
                guard Self.isSeparator(sep), let next = member(j + 1) else { break }
                members.append((j + 1, next.end, next.mention))
                j = next.end
                if sep != "," { coordinated = true; break }
            }
            // The last member may open the next list; a lone member is passed whole.
            let resume = members.count > 1 ? members[members.count - 1].start : first.end
            defer { i = max(i + 1, resume) }
            guard coordinated, let type = members.first(where: { $0.mention != nil })?.mention?.type,
                  type == .LOC || (type == .PER && doc.match(doc.lists.personTitles, endingBefore: i) > 0),
                  !members.contains(where: { $0.mention.map { $0.type != type } ?? false }) else { continue }
            for m in members where m.mention == nil {
                if doc.sentenceInitial[m.start] { continue }
                if m.end - m.start == 1, doc.isAllCaps(m.start) || (type == .LOC && doc.isFirstName(m.start)) { continue }
                if (m.start..<m.end).contains(where: { doc.facts[$0].contains(.commonAcronym) }) { continue }
                out.append(Mention(start: m.start, end: m.end, type: type, by: type == .LOC ? .placeList : .personList,
                                   priority: Mention.cuePriority))
            }
        }
        return out
    }
}
