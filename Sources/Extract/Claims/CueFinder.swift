import DocumentModel
import Tokenizer

/// A reporting verb found in the text, with its auxiliary, inverted clitic,
/// governor and fixed words: the cue span of a claim.
struct VerbCue: Sendable {
    enum Usage: Sendable {
        /// Conjugated (simple or compound tense).
        case finite
        /// Past participle without auxiliary (l'attaque, revendiquée par…).
        case bareParticiple
        /// Present participle (un communiqué affirmant que…).
        case presentParticiple
        /// Infinitive under a governor (préfèrent parler de…, avant d'ajouter).
        case governed(CueGovernor.Subject)
    }

    let start: Int
    let end: Int
    /// The reporting verb's own token.
    let verb: Int
    let lemma: CueLemma
    let usage: Usage
    /// Tense of the finite part (the auxiliary's in a compound tense).
    let tense: VerbTense
    let compound: Bool
    /// être + past participle (a été revendiquée).
    let passive: Bool
    /// Token of the inverted subject clitic (`-t-il`).
    let inverted: Int?
    let negated: Bool
    /// The auxiliary a coordinated bare participle shares (a ouvert une enquête et précisé que…).
    var sharedAuxiliary: Int? = nil

    var isPast: Bool { tense.isPast || (compound && !passive && (tense == .present || tense == .imperfect || tense == .simplePast)) }
    var isConditional: Bool { tense == .conditional }
}

/// A prepositional cue (selon, d'après, aux dires de…): tokens `start..<end`.
struct PrepositionCue: Sendable {
    let start: Int
    let end: Int
    let kind: PrepositionalCue
}

/// Finds cue candidates on tokens. Lexical checks only; the rules decide
/// whether a candidate has a source and a content.
struct CueFinder {
    let doc: ClaimDocument

    private static func isObjectClitic(_ w: Word?) -> Bool {
        switch w {
        case .le?, .la?, .les?, .lElided?, .lui?, .leur?, .y?, .en?, .me?, .mElided?, .te?, .tElided?, .nous?, .vous?: return true
        default: return false
        }
    }

    func verbCues() -> [VerbCue] {
        var result: [VerbCue] = []
        var i = 0
        while i < doc.count {
            if doc.isCueForm(i), let cue = verbCue(at: i) {
                result.append(cue)
                i = max(i + 1, cue.end)
            } else {
                i += 1
            }
        }
        return result
    }

    func prepositionCues() -> [PrepositionCue] {
        var result: [PrepositionCue] = []
        var i = 0
        while i < doc.count {
            guard doc.startsPhrase(i, .preposition), let m = doc.lex.cues.prepositions.longest(at: i, in: doc.ids) else { i += 1; continue }
            let next = doc.word(i + m.length)
            let excluded = m.value.kind == .according && doc.word(i) == .selon
                && (next == .que || next == .quElided || doc.entry(i - 1).flags.contains(.selonExclusion))
            let end = m.value.contracted ? i + m.length - 1 : i + m.length
            if !excluded { result.append(PrepositionCue(start: i, end: end, kind: m.value.kind)) }
            i += m.length
        }
        return result
    }

    private func verbCue(at i: Int) -> VerbCue? {
        guard var forms = doc.cueForms(i), doc.isWord(i) else { return nil }
        // A capitalized form inside a sentence is a name (Note, Assure), not a verb.
        if doc.isCapitalized(i), !doc.isSentenceStart(i), !doc.isQuoteMark(i - 1) { return nil }
        // Written accents select the readings (évoqué is no present; un résumé is no form).
        // (An ASCII norm needs no lowercasing to know it has no accent; NFC leaves no
        // code point, such as the Kelvin sign, that lowercases to ASCII.)
        let norm = doc.tokens[i].norm
        if !doc.isCapitalized(i), !norm.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let written = doc.lex.cues.writtenForms[Lowercase.of(norm)] else { return nil }
            forms = written
        }
        var best: VerbCue?
        for form in forms {
            let lemma = doc.lex.cues.lemmas[form.lemma]
            guard let tailEnd = matchTail(lemma.tail, after: i) else { continue }
            if let cue = build(lemma: lemma, tense: form.tense, at: i, tailEnd: tailEnd) {
                // Prefer a compound reading (a dit) over a simple one (dit), and a
                // participle before its agent (transmis par) over a simple past.
                if best == nil || (cue.compound && !(best!.compound))
                    || cue.usage.isBare && !best!.compound && !best!.usage.isBare && doc.word(i + 1) == .par { best = cue }
            }
        }
        return best
    }

    /// End of the fixed words of a multi-word lemma after token `i` (de also matches d', du, des).
    private func matchTail(_ tail: [String], after i: Int) -> Int? {
        var j = i + 1
        if !tail.isEmpty, doc.invertedPronoun(j) != nil { j += 1 }
        for (n, word) in tail.enumerated() {
            let k = doc.key(j)
            let last = n == tail.count - 1
            if k == word || (last && word == "de" && (k == "d'" || k == "du" || k == "des")) {
                // du / des hold the article of the content: keep them outside the cue.
                if k == "du" || k == "des" { return j }
                j += 1
            } else {
                return nil
            }
        }
        return j
    }

    private func build(lemma: CueLemma, tense: VerbTense, at i: Int, tailEnd: Int) -> VerbCue? {
        var start = i, end = max(i + 1, tailEnd)
        var finiteTense = tense, compound = false, passive = false
        var usage = VerbCue.Usage.finite
        var inverted: Int?
        var firstVerb = i
        var shared: Int?

        switch tense {
        case .pastParticiple:
            var j = i - 1
            // A cue in quotation marks of its own (ont été « revendiquées » par X).
            if let q = doc.quoteOpened(at: i - 1), doc.quotations[q].close == i + 1 { j = i - 2; end = max(end, i + 2) }
            while j >= 0 {
                let adv = doc.adverbialLength(endingAt: j)
                if adv > 0 { j -= adv } else if doc.has(j, .negation) { j -= 1 } else { break }
            }
            if doc.invertedPronoun(j) != nil { inverted = j; j -= 1 }
            if doc.word(j) == .ete, let a = doc.avoirTense(j - 1) {
                passive = true; compound = true; finiteTense = a; firstVerb = j - 1
            } else if let a = doc.avoirTense(j) {
                compound = true; finiteTense = a; firstVerb = j
            } else if let e = doc.etreTense(j), e.isFinite {
                compound = true; finiteTense = e; firstVerb = j
                passive = !isReflexive(before: j)
            } else if let (a, t) = sharedAuxiliary(before: j), !(lemma.frames.contains(.passive) && doc.word(i + 1) == .par) {
                // X a revendiqué l'attaque et affirmé avoir…: the participle shares the auxiliary and the subject.
                compound = true; finiteTense = a; usage = .governed(.shared); shared = t
            } else {
                guard !lemma.frames.isDisjoint(with: [.passive, .factPassive]) else { return nil }
                usage = .bareParticiple
            }
            if inverted != nil, firstVerb != (inverted! - 1) { inverted = nil }
            start = firstVerb
        case .presentParticiple:
            usage = .presentParticiple
        case .infinitive:
            guard let (gStart, subject) = governor(before: i) else { return nil }
            usage = .governed(subject)
            start = gStart
            firstVerb = gStart
            finiteTense = .present
            if subject == .own {
                // The governor's auxiliary, past adverbials (a tenu à préciser ·
                // s'est pour sa part contenté de préciser), and its se.
                var k = gStart - 1
                while k >= 0, case let adv = doc.adverbialLength(endingAt: k), adv > 0 { k -= adv }
                if let a = doc.avoirTense(k) {
                    start = k; firstVerb = k; finiteTense = a; compound = true
                } else if let e = doc.etreTense(k), e.isFinite, isReflexive(before: k) {
                    start = k - 1; firstVerb = k; finiteTense = e; compound = true
                } else if isReflexive(before: gStart) {
                    start = gStart - 1
                }
            }
        case .future:
            // Announced for later: not yet a claim.
            return nil
        default:
            // A determiner before the form makes it a noun (le juge, une note, l'estime),
            // unless it is an object clitic after a subject or ne (il le confirme).
            if doc.has(i - 1, .determiner) && !doc.has(i - 1, .quantifier) {
                let clitic = doc.has(i - 1, .clitic)
                    && (doc.has(i - 2, .subjectPronoun) || doc.has(i - 2, .negation) || doc.has(i - 2, .relative))
                if !clitic { return nil }
            }
            if doc.invertedPronoun(i + 1) != nil { inverted = i + 1; end = max(end, i + 2) }
        }
        if let inv = inverted { end = max(end, inv + 1) }
        // A final de/d' of a multi-word cue opens the content (fait état d'…, parler de…).
        if !lemma.tail.isEmpty, end == tailEnd, end - 1 > i, doc.word(end - 1) == .de || doc.word(end - 1) == .dElided { end -= 1 }

        // Pronominal use: se/s' before the first verb (s'est déclaré, se conclut).
        let reflexive = isReflexive(before: firstVerb)
        if reflexive != lemma.reflexive, case .finite = usage { return nil }
        if lemma.reflexive {
            guard reflexive else { return nil }
            start = min(start, firstVerb - 1)
        }
        return VerbCue(start: start, end: end, verb: i, lemma: lemma, usage: usage, tense: finiteTense,
                       compound: compound, passive: passive, inverted: inverted,
                       negated: isNegated(firstVerb: firstVerb, participle: usage.isBare ? i : nil), sharedAuxiliary: shared)
    }

    /// `et`, `puis`, `ou` or `, mais` before a bare participle, and a finite
    /// avoir earlier in the sentence heading a participle: its tense and token.
    private func sharedAuxiliary(before j: Int) -> (VerbTense, Int)? {
        let k = doc.word(j)
        guard k == .et || k == .puis || k == .ou || k == .mais && doc.isComma(j - 1) else { return nil }
        let floor = max(doc.sentence(of: j).lowerBound, j - 30)
        var t = j - 1
        while t >= floor {
            if doc.isSentenceFinal(t) || doc.word(t) == .semicolon { return nil }
            if let a = doc.avoirTense(t), doc.word(t + 1) != .ete {
                var p = t + 1
                while p < j, doc.adverbialLength(at: p, limit: j) > 0 { p += doc.adverbialLength(at: p, limit: j) }
                if doc.isPastParticiple(p) || doc.cueForms(p)?.contains(where: { $0.tense == .pastParticiple }) == true { return (a, t) }
            }
            t -= 1
        }
        return nil
    }

    private func isReflexive(before j: Int) -> Bool {
        let k = doc.word(j - 1)
        return k == .se || k == .sElided
    }

    /// ne/n' before the first verb (past object clitics), or pas/jamais/non
    /// right before a bare participle (jamais confirmées).
    private func isNegated(firstVerb: Int, participle: Int?) -> Bool {
        if let p = participle {
            let k = doc.word(p - 1)
            return k == .jamais || k == .pas || k == .non
        }
        var j = firstVerb - 1
        while j >= 0, Self.isObjectClitic(doc.word(j)) || doc.word(j) == .se || doc.word(j) == .sElided { j -= 1 }
        guard doc.word(j) == .ne || doc.word(j) == .nElided else { return false }
        // ne … que restricts, it does not negate (il n'a fait que confirmer), unless ni … ni.
        let after = (firstVerb + 1)..<min(doc.count, firstVerb + 5)
        if after.contains(where: { DenialDetector.isNegationWord(doc.word($0)) }) { return true }
        let sentence = doc.sentence(of: firstVerb)
        return !after.contains { doc.word($0) == .que || doc.word($0) == .quElided }
            || (sentence.lowerBound..<j).contains { doc.word($0) == .ni }
    }

    /// A governor ending right before the infinitive at `i`: its first token and subject mode.
    private func governor(before i: Int) -> (Int, CueGovernor.Subject)? {
        for len in 1...3 {
            let g = i - len
            guard g >= 0, let candidates = doc.lex.cues.governors[doc.key(g)] else { continue }
            for c in candidates where c.tail.count == len - 1 {
                if c.tail.enumerated().allSatisfy({ doc.key(g + 1 + $0.offset) == $0.element }) {
                    return (g, c.subject)
                }
            }
        }
        return nil
    }
}

extension VerbCue.Usage {
    var isBare: Bool { if case .bareParticiple = self { return true } else { return false } }
}
