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

    /// A remembered form: its tokens (the first found), the hash of their
    /// keys joined by spaces (`DocumentView.keyHash`), and the name it stands
    /// for, nil when ambiguous.
    private struct Form {
        let hash: UInt64
        let tokens: Range<Int>
        var referent: Referent?
    }

    /// The forms in an open-addressing table probed with their key hashes
    /// (a `Dictionary` keyed by the joined key strings built a string per
    /// form and per look-up, and hashed it again with SipHash); equal hashes
    /// are confirmed on the keys themselves.
    private var forms: [Form] = []
    private var slots: [Int32]
    private let mask: Int
    /// Longest remembered form, in tokens.
    private(set) var maxLength = 0

    init(_ mentions: [Mention], doc: DocumentView) {
        // At most one form per mention and one per later token of a person name.
        var bound = 0
        for m in mentions { bound += m.type == .PER ? m.length : 1 }
        var size = 16
        while size < bound * 2 { size <<= 1 }
        mask = size - 1
        slots = [Int32](filling: -1, count: size)
        forms.reserveCapacity(bound)
        for m in mentions {
            let referent = Referent(type: m.type, entry: m.entry, canonical: m.canonical)
            remember(m.start..<m.end, referent, doc)
            guard m.type == .PER, m.length >= 2 else { continue }
            for k in (m.start + 1)..<m.end where doc.isNameToken(k) || doc.isParticle(k) {
                // A surname form must end on a name word and not be a lone particle.
                if m.end - k == 1, !doc.isNameToken(k) { continue }
                remember(k..<m.end, referent, doc)
            }
        }
    }

    /// The slot of the form with the keys of `tokens` (hashed `hash`), or the empty slot where it would go.
    @inline(__always)
    private func slot(_ hash: UInt64, _ tokens: Range<Int>, _ doc: DocumentView) -> Int {
        var s = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let f = Int(slots[s])
            if f < 0 { return s }
            if forms[f].hash == hash, doc.sameKeys(forms[f].tokens, tokens) { return s }
            s = (s + 1) & mask
        }
    }

    private mutating func remember(_ tokens: Range<Int>, _ referent: Referent, _ doc: DocumentView) {
        let hash = doc.keyHash(tokens.lowerBound, tokens.upperBound)
        let s = slot(hash, tokens, doc)
        let f = Int(slots[s])
        if f >= 0 {
            let known = forms[f].referent
            if !(known?.isSame(as: referent, in: doc) ?? false), known?.entry == nil || known?.entry != referent.entry {
                forms[f].referent = nil
            }
            return
        }
        slots[s] = Int32(forms.count)
        forms.append(Form(hash: hash, tokens: tokens, referent: referent))
        maxLength = max(maxLength, tokens.count)
    }

    /// The name the keys of `tokens` (hashed `hash`) stand for: nil when not
    /// remembered or ambiguous.
    private func referent(_ hash: UInt64, _ tokens: Range<Int>, _ doc: DocumentView) -> Referent? {
        let f = Int(slots[slot(hash, tokens, doc)])
        return f >= 0 ? forms[f].referent : nil
    }

    /// Mentions of remembered names on tokens not `covered`: written with
    /// capitals, and not inside a longer run of name words.
    func candidates(_ doc: DocumentView, covered: [Bool]) -> [Mention] {
        var out: [Mention] = []
        guard maxLength > 0 else { return out }
        // Key hashes of the forms starting at token i, by length.
        var prefixHashes = [UInt64](filling: 0, count: maxLength + 1)
        var i = 0
        while i < doc.count {
            guard !covered[i], doc.isNameToken(i), !(i > 0 && doc.isNameToken(i - 1) && !covered[i - 1]) else { i += 1; continue }
            let runEnd = doc.nameRunEnd(from: i)
            var found: (Int, Referent)?
            let longest = min(maxLength, runEnd - i)
            if longest >= 1 {
                prefixHashes[1] = doc.keyHash(i, i + 1)
                for n in stride(from: 2, through: longest, by: 1) {
                    prefixHashes[n] = doc.keyHash(continuing: prefixHashes[n - 1], with: i + n - 1)
                }
            }
            var n = longest
            while n >= 1 {
                if (i..<i + n).allSatisfy({ !covered[$0] }), let referent = referent(prefixHashes[n], i..<i + n, doc) {
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
