import DocumentModel

/// A reporting verb with its subject before it and its content after it:
///   X affirme que P · X affirme avoir fait P · X revendique l'attaque ·
///   X a déclaré : « Q » · X, qui affirme que P · …, que X dément ·
///   qu'elles jugent très sensible · ils préfèrent parler de « coordination ».
struct ReportingVerbRule {
    let doc: ClaimDocument
    let bounds: PhraseBounds
    let subjects: SubjectFinder

    func apply(_ cue: VerbCue, coordinated: Set<Int>, cueStarts: Set<Int>, previousSource: SourceRef?) -> ClaimDraft? {
        if cue.passive { return nil }
        let frames = cue.lemma.frames

        // The source.
        var source: SourceRef?
        var relativeQue: Int?
        if let inv = cue.inverted, let r = doc.invertedPronoun(inv) {
            source = .clitic(token: inv, range: r)
        } else {
            switch cue.usage {
            case .governed(.shared):
                // The previous claim's source, or the subject of the shared auxiliary.
                source = previousSource
                if source == nil, let t = cue.sharedAuxiliary, case let .span(a, b) = subjects.subject(before: t) { source = .tokens(a, b) }
            case .presentParticiple:
                source = participleSubject(cue, previousSource: previousSource)
            default:
                switch subjects.subject(before: cue.start) {
                case let .span(a, b):
                    source = .tokens(a, b)
                    let k = doc.word(a - 1)
                    if k == .que || k == .quElided { relativeQue = a - 1 }
                case let .relativeQui(t):
                    source = .tokens(t, t + 1)
                case .coordinated:
                    source = previousSource
                case .none:
                    source = nil
                }
            }
        }
        guard let source else { return nil }
        // De source sécuritaire, on indique que P: one claim, the `de source` one.
        if case let .tokens(a, b) = source, b == a + 1, doc.word(a) == .on, opensWithSourceCue(before: a) { return nil }

        // The content.
        var enclosing: Quotation?
        if let q = doc.quotationOf[cue.verb], doc.quotations[q].open < cue.verb, doc.quotations[q].close > cue.verb {
            enclosing = doc.quotations[q]
        }
        let limit = min(enclosing?.close ?? Int.max, doc.sentence(of: cue.verb).upperBound)
        var p = bounds.skipAfterCue(cue.end, limit: limit)
        if !cue.lemma.tail.isEmpty, doc.word(p) == .de || doc.word(p) == .dElided { p += 1 }
        let inRelative: Bool = {
            if case let .tokens(a, b) = source, b == a + 1, doc.word(a) == .qui, doc.isComma(a - 1) { return true }
            return false
        }()
        func end(from a: Int, cutSans: Bool) -> Int {
            let e = bounds.clauseEnd(from: a, insideQuote: enclosing, coordinatedCues: coordinated, verbCueStarts: cueStarts, cutSans: cutSans)
            // X, qui affirme que P, réclame…: the relative clause ends at the comma before the main verb.
            if inRelative, let c = (a..<e).first(where: { doc.isComma($0) && bounds.startsMainVerb($0 + 1) }) { return c }
            return e
        }
        func draft(_ range: Range<Int>, _ frame: ContentFrame) -> ClaimDraft? {
            var range = range
            // A noun-phrase content ends where a second predicate is
            // coordinated to the cue: « a dénoncé une barbarie et promis de… ».
            if frame == .nounPhrase, let c = range.dropFirst().first(where: { i in
                (doc.word(i) == .et || doc.word(i) == .puis) && (doc.isPastParticiple(i + 1) || bounds.startsMainVerb(i + 1))
            }) {
                range = range.lowerBound..<(doc.isComma(c - 1) ? c - 1 : c)
            }
            return range.isEmpty ? nil : ClaimDraft(content: range, source: source, cue: cue.start..<cue.end, verbCue: cue, frame: frame)
        }
        let k = doc.word(p)
        if p < limit || doc.isOpenQuote(p) {
            if (k == .que || k == .quElided) && frames.contains(.clause) {
                return draft((p + 1)..<end(from: p + 1, cutSans: false), .clause)
            }
            if k == .colon && frames.contains(.quotation) {
                if let q = doc.quoteOpened(at: p + 1) {
                    return draft((p + 1)..<(doc.quotations[q].close + 1), .quotation)
                }
                return draft((p + 1)..<end(from: p + 1, cutSans: false), .clause)
            }
            if frames.contains(.infinitive), startsInfinitive(p) {
                return draft(p..<end(from: p, cutSans: true), .infinitive)
            }
            if frames.contains(.quotedNoun), let q = doc.quoteOpened(at: p) {
                return draft(p..<(doc.quotations[q].close + 1), .nounPhrase)
            }
            if frames.contains(.nounPhrase), startsContentNoun(p) || afterFinalDe(cue, p) && isBareNoun(p) {
                return draft(p..<end(from: p, cutSans: true), .nounPhrase)
            }
            // Only who can speak accuses (not: le projet accuse un retard).
            if frames.contains(.charge), startsContentNoun(p), canSpeak(source) {
                // accuser X de/d'…: the person and the charge together.
                let e = end(from: p, cutSans: true)
                if (p..<e).contains(where: { (doc.word($0) == .de || doc.word($0) == .dElided) && $0 > p + 1 }) {
                    return draft(p..<e, .nounPhrase)
                }
                // accusent les jihadistes du Jnim: an actor named alone is the accused.
                let np = bounds.npEnd(from: p, limit: e)
                if np > p, (np..<e).allSatisfy({ doc.isPunct($0) }), bounds.isPlausibleSource(p, np) { return draft(p..<np, .nounPhrase) }
            }
            // Pronominal cue with an attribute: s'est dit prêt à…, se disent convaincus que…
            if frames.contains(.attribute), cue.lemma.reflexive, isBareNoun(p) || doc.isOpenQuote(p) && isBareNoun(p + 1) {
                return draft(p..<end(from: p, cutSans: true), .attribute)
            }
            if frames.contains(.quantity), (k == .a && doc.has(p, .preposition)) || k == .entre,
               doc.isNumber(p + 1) || doc.word(p + 1) == .plus || doc.word(p + 1) == .au || doc.word(p + 1) == .moins {
                return draft(p..<end(from: p, cutSans: true), .nounPhrase)
            }
        }
        // Relative clause: the antecedent of `que` is the content (…, que les
        // autorités démentent), or the attribute after the verb is (qu'elles
        // jugent très sensible).
        if let rq = relativeQue {
            if frames.contains(.attribute), p < limit, !doc.isPunct(p), !doc.has(p, .determiner) {
                return draft(p..<end(from: p, cutSans: true), .attribute)
            }
            if frames.contains(.nounPhrase), p >= limit || doc.isPunct(p), doc.word(rq - 1) == .ce {
                // …, ce que Paris dément: the clause before is the content.
                var e = rq - 1
                if doc.isComma(e - 1) { e -= 1 }
                let s = bounds.skipLeadingAdverbials(doc.sentence(of: rq).lowerBound, e)
                return draft(s..<e, .clause)
            }
            if frames.contains(.nounPhrase), p >= limit || doc.isPunct(p) {
                var e = rq
                if doc.isComma(e - 1) { e -= 1 }
                let s0 = bounds.npStart(endingAt: e, floor: doc.sentence(of: rq).lowerBound)
                // Past a verb the walk may have kept (a donné lieu à de nombreuses…).
                guard let s = (s0..<e).first(where: { bounds.startsNounPhrase($0) }) else { return nil }
                return draft(s..<e, .nounPhrase)
            }
        }
        return nil
    }

    /// A source that can speak: a pronoun, a name, a source noun (SourceClassifier's lexicon).
    private func canSpeak(_ source: SourceRef) -> Bool {
        guard case let .tokens(a, b) = source else { return true }
        return doc.has(a, .relative) || bounds.isPlausibleSource(a, b)
    }

    /// After a cue ending in `de` (faire état de, se féliciter de): `de` + a bare noun is partitive.
    private func afterFinalDe(_ cue: VerbCue, _ p: Int) -> Bool {
        cue.lemma.tail.last == "de" && (doc.word(p - 1) == .de || doc.word(p - 1) == .dElided)
    }

    /// A lowercase word of no closed class (a noun or an adjective): tirs, prêt.
    private func isBareNoun(_ i: Int) -> Bool {
        doc.isWord(i) && !doc.isCapitalized(i) && doc.cls(i).isEmpty && !doc.isAdverb(i) && !doc.isCueForm(i)
            && !doc.isAuxiliary(i)
    }

    /// Does the sentence open with `de source(s) X,` right before token `a`?
    private func opensWithSourceCue(before a: Int) -> Bool {
        let s = doc.sentence(of: a).lowerBound
        guard doc.isComma(a - 1), doc.startsPhrase(s, .preposition),
              let m = doc.lex.cues.prepositions.longest(at: s, in: doc.ids), m.value.kind == .source, s + m.length <= a - 1 else { return false }
        return !(s + m.length..<(a - 1)).contains { doc.isComma($0) }
    }

    /// An infinitive content: avoir/être/verb in -er/-ir/-re, or ne pas + infinitive.
    private func startsInfinitive(_ p: Int) -> Bool {
        let k = doc.word(p)
        if k == .ne || k == .nElided {
            var j = p + 1
            while j < p + 4, doc.has(j, .negation) || doc.has(j, .clitic) { j += 1 }
            return doc.isInfinitive(j)
        }
        if doc.has(p, .clitic) && !doc.has(p, .determiner), doc.isInfinitive(p + 1) { return true }   // y avoir, en avoir
        return doc.isInfinitive(p) && !doc.has(p, .determiner)
    }

    /// A noun phrase that can stand for an event or a fact.
    private func startsContentNoun(_ p: Int) -> Bool {
        if doc.isOpenQuote(p) { return true }
        if doc.has(p, .subjectPronoun) || doc.has(p, .pronoun) || doc.has(p, .relative) { return false }
        return bounds.startsNounPhrase(p)
    }

    /// The subject of a present participle: the clause subject after `en`
    /// (en affirmant, tout en affirmant) or after a comma that follows a
    /// claim of the sentence (a annoncé la mort de…, ajoutant que), otherwise
    /// the noun phrase just before (un communiqué affirmant).
    private func participleSubject(_ cue: VerbCue, previousSource: SourceRef?) -> SourceRef? {
        if doc.word(cue.start - 1) == .en {
            let before = doc.key(cue.start - 2) == "tout" ? cue.start - 2 : cue.start - 1
            if case let .span(a, b) = subjects.subject(before: before) { return .tokens(a, b) }
            return previousSource
        }
        if doc.isComma(cue.start - 1), let previousSource { return previousSource }
        var e = cue.start
        if doc.isComma(e - 1) { e -= 1 }
        let s = bounds.npStart(endingAt: e, floor: doc.sentence(of: cue.start).lowerBound)
        guard s < e, bounds.startsNounPhrase(s) else { return nil }
        return .tokens(s, e)
    }
}
