import DocumentModel

/// The last resort: a run of capitalized words no other rule explained,
/// typed by its own form. A run opening a sentence is only taken when it is
/// more than one word or an acronym, since a capital there says nothing;
/// words the document also writes in lower case are common words.
struct CapitalizedSequenceRule {
    func candidates(_ doc: DocumentView, covered: [Bool]) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        while i < doc.count {
            guard !covered[i], doc.isNameToken(i) else { i += 1; continue }
            var end = doc.nameRunEnd(from: i)
            if let c = (i..<end).first(where: { covered[$0] }) { end = c }
            // Trailing particles are not part of the name.
            while end > i + 1, doc.isParticle(end - 1), !doc.isNameToken(end - 1) { end -= 1 }
            if let type = type(doc, i, end) {
                out.append(Mention(start: i, end: end, type: type, entry: nil, canonical: doc.surface(i, end),
                                   by: "rule:capitalized-sequence", priority: Mention.cuePriority))
            }
            i = max(end, i + 1)
        }
        return out
    }

    /// The type of an unexplained run of name words, or nil to leave it.
    func type(_ doc: DocumentView, _ start: Int, _ end: Int) -> EntityType? {
        let n = end - start
        let acronyms = (start..<end).filter { doc.isAllCaps($0) && doc.tokens[$0].key.count >= 2 }.count
        if n == 1 {
            let t = doc.tokens[start]
            if acronyms == 1 { return (2...8).contains(t.key.count) && !t.shape.contains(.hasDigit) || t.key.count <= 8 ? .ORG : nil }
            if doc.sentenceInitial[start] || doc.lowercaseKeys.contains(t.key) { return nil }
            return nil
        }
        if acronyms > 0, acronyms < n { return .ORG }
        if acronyms == n { return .ORG }
        return .PER
    }
}
