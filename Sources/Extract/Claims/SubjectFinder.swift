import DocumentModel

/// The subject of a reporting verb, searched leftwards from the cue within
/// its clause: `X affirme`, `X, apposition, affirme`, `Dimanche, X a annoncé`,
/// `…, qui affirme`, `… et assurent` (the previous verb's subject).
struct SubjectFinder {
    enum Subject {
        case span(Int, Int)
        /// Relative `qui` at this token: the source is `qui`, resolved to its antecedent.
        case relativeQui(Int)
        /// Coordinated verb with no subject of its own (…, mais assure…).
        case coordinated
        case none
    }

    let doc: ClaimDocument
    let bounds: PhraseBounds

    private static func isSubordinator(_ w: Word?) -> Bool {
        switch w {
        case .lorsque?, .lorsquElided?, .quand?, .puisque?, .puisquElided?, .parce?, .tandis?, .afin?, .car?, .mais?, .or?, .donc?: return true
        default: return false
        }
    }
    private static func isCliticBeforeVerb(_ w: Word?) -> Bool {
        switch w {
        case .le?, .la?, .les?, .lElided?, .lui?, .leur?, .y?, .en?, .ne?, .nElided?, .me?, .mElided?, .te?, .tElided?, .nous?, .vous?: return true
        default: return false
        }
    }

    func subject(before cueStart: Int) -> Subject {
        let floor = clauseFloor(cueStart)
        var j = cueStart - 1
        while j >= floor, Self.isCliticBeforeVerb(doc.word(j)) && !(doc.has(j, .subjectPronoun) && doc.word(j) != .nous && doc.word(j) != .vous) { j -= 1 }
        while j >= floor, doc.isAdverb(j) { j -= 1 }
        guard j >= floor else { return .none }
        let k = doc.word(j)
        if k == .qui { return .relativeQui(j) }
        if doc.has(j, .subjectPronoun) { return .span(j, j + 1) }
        if k == .et || k == .mais || k == .puis { return .coordinated }
        if k == .que || k == .quElided || doc.isPunct(j) && !doc.isComma(j) && k != .closeParenthesis { return .none }
        // The clause: back to its boundary.
        var r = j
        var sawVerb = false
        while r > floor {
            let p = r - 1
            let pk = doc.word(p)
            if pk == .que || pk == .quElided || pk == .colon || pk == .semicolon || Self.isSubordinator(pk) && !doc.isComma(p + 1) { break }
            if doc.isOpenQuote(p) || doc.isCloseQuote(p) && !doc.isQuoteMark(p + 1) && doc.quoteClosed(at: p).map({ doc.quotations[$0].open < floor }) == true { break }
            if pk == .et && sawVerb { break }
            if doc.isAuxiliary(p) || doc.isCueForm(p) && !doc.has(p - 1, .determiner) { sawVerb = true }
            r = p
        }
        // Verbs seen left of an `et` belong to another clause: restart after the last such `et`.
        if sawVerb, let lastEt = (r...j).last(where: { doc.word($0) == .et && hasVerb(r, $0) }) { r = lastEt + 1 }
        let s = bounds.skipLeadingAdverbials(r, j + 1)
        var e = s
        while e <= j, !doc.isComma(e) { e += 1 }
        guard e > s, bounds.startsNounPhrase(s) else { return .none }
        // A subject pronoun is the whole subject (Il fait l'objet…, affirme : the verb is not the subject).
        if doc.has(s, .subjectPronoun) { return e == s + 1 || doc.cls(s + 1).contains(.clitic) ? .span(s, s + 1) : .none }
        // A verb inside the candidate means it is a clause, not a subject.
        if hasVerb(s, e) { return .none }
        // A description and the name in apposition to it: the source is both
        // (le porte-parole du mouvement, Ahmed Ag Mohamed, a déclaré).
        if e < j, doc.isComma(j), isNameApposition(e + 1, j), describesPerson(s, e) { return .span(s, j) }
        return .span(s, e)
    }

    /// A person's name between commas, possibly after a determiner and a
    /// title (Ahmed Ag Mohamed · le colonel Souleymane Dembélé).
    private func isNameApposition(_ a: Int, _ b: Int) -> Bool {
        guard a < b, b - a <= 8 else { return false }
        var i = a
        if doc.has(i, .determiner), !doc.has(i, .preposition) {
            i += 1
            while i < b, !doc.isCapitalized(i), doc.head(i) == .person { i += 1 }
            guard i > a + 1 else { return false }
        }
        guard i < b, doc.isCapitalized(i), doc.isCapitalized(b - 1) else { return false }
        if let e = doc.entityAt[i], doc.entities[e].type != .PER { return false }
        // Only name words and the particles of names (Ag, Ould, ben, de…).
        return (i..<b).allSatisfy { doc.isCapitalized($0) || doc.isWord($0) && doc.key($0).count <= 4 && doc.cls($0).subtracting([.preposition, .determiner]).isEmpty }
    }

    /// A definite description of a person by role (le porte-parole du mouvement).
    private func describesPerson(_ a: Int, _ b: Int) -> Bool {
        guard doc.has(a, .definite) else { return false }
        let head = SourceClassifier(doc: doc).headToken(a, b)
        return doc.head(head) == .person && doc.entityAt[head] == nil
    }

    private func hasVerb(_ a: Int, _ b: Int) -> Bool {
        (a..<b).contains { doc.isAuxiliary($0) && !doc.has($0 - 1, .determiner) }
    }

    /// First token of the search window: the sentence start, or the opening
    /// of the quotation the cue is in.
    private func clauseFloor(_ i: Int) -> Int {
        var floor = doc.sentence(of: i).lowerBound
        if let q = doc.quotationOf[i], doc.quotations[q].open < i, doc.quotations[q].close > i {
            floor = max(floor, doc.quotations[q].open + 1)
        }
        return floor
    }
}
