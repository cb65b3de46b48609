import DocumentModel

/// One sense per document: names already recognized, and the short forms
/// of person names (`Goïta` after `Assimi Goïta`, `Ag Gamou` after
/// `El Hadj Ag Gamou`), found again where no other rule put a mention, with
/// the same type and id. A short form two different names share is dropped.
struct DocumentMemory {
    struct Referent {
        let type: EntityType
        let entry: Int32?
        /// `Mention.canonical`.
        let canonical: Range<Int>

        /// The same name: type and entry, and for a name the gazetteer lacks
        /// the same canonical text (an entry's canonical name is its own).
        func isSame(as other: Referent, in doc: DocumentView) -> Bool {
            type == other.type && entry == other.entry
                && (entry != nil || doc.sameSurface(canonical, other.canonical))
        }
    }

    /// Token-key sequence (joined by spaces) → the name it stands for; nil when ambiguous.
    private(set) var names: [String: Referent?] = [:]
    /// Longest remembered form, in tokens.
    private(set) var maxLength = 0

    init(_ mentions: [Mention], doc: DocumentView) {
        for m in mentions {
            let referent = Referent(type: m.type, entry: m.entry, canonical: m.canonical)
            remember(doc.key(m.start, m.end), referent, length: m.length, doc)
            guard m.type == .PER, m.length >= 2 else { continue }
            for k in (m.start + 1)..<m.end where doc.isNameToken(k) || doc.isParticle(k) {
                // A surname form must end on a name word and not be a lone particle.
                if m.end - k == 1, !doc.isNameToken(k) { continue }
                remember(doc.key(k, m.end), referent, length: m.end - k, doc)
            }
        }
    }

    private mutating func remember(_ key: String, _ referent: Referent, length: Int, _ doc: DocumentView) {
        if let known = names[key] {
            if !(known?.isSame(as: referent, in: doc) ?? false), known?.entry == nil || known?.entry != referent.entry {
                names[key] = .some(nil)
            }
            return
        }
        names[key] = referent
        maxLength = max(maxLength, length)
    }

    /// Mentions of remembered names on tokens not `covered`: written with
    /// capitals, and not inside a longer run of name words.
    func candidates(_ doc: DocumentView, covered: [Bool]) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        while i < doc.count {
            guard !covered[i], doc.isNameToken(i), !(i > 0 && doc.isNameToken(i - 1) && !covered[i - 1]) else { i += 1; continue }
            let runEnd = doc.nameRunEnd(from: i)
            var found: (Int, Referent)?
            var n = min(maxLength, runEnd - i)
            while n >= 1 {
                if (i..<i + n).allSatisfy({ !covered[$0] }), let r = names[doc.key(i, i + n)], let referent = r {
                    found = (n, referent)
                    break
                }
                n -= 1
            }
            // The remembered form must be the whole run of name words (`Goïta`, not `Goïta Street`).
            if let (n, referent) = found, i + n == runEnd {
                out.append(Mention(start: i, end: i + n, type: referent.type, entry: referent.entry,
                                   canonical: referent.canonical, by: .documentMemory,
                                   priority: Mention.rulePriority))
                i += n
            } else {
                i = max(runEnd, i + 1)
            }
        }
        return out
    }
}
