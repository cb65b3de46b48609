import DocumentModel

/// The last resort: a run of capitalized words no other rule explained,
/// typed by its own form. A run opening a sentence is only taken when it is
/// more than one word or an acronym, since a capital there says nothing;
/// words the document also writes in lower case are common words.
struct CapitalizedSequenceRule {
    /// Acronyms this document uses as common nouns (besides the listed ones).
    let commonAcronyms: Set<String>

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
                out.append(Mention(start: i, end: end, type: type, by: .capitalizedSequence, priority: Mention.cuePriority))
            }
            i = max(end, i + 1)
        }
        return out
    }

    /// The type of an unexplained run of name words, or nil to leave it.
    /// Measured on general French: a lone acronym is most often an
    /// organisation; longer unexplained runs mix works, events, headings and
    /// foreign names, and typing them by guess costs more than it gains,
    /// so they are left (persons with a known first name or a title, and
    /// organisations with a head word, are found by their own rules).
    func type(_ doc: DocumentView, _ start: Int, _ end: Int) -> EntityType? {
        if end - start > 1 {
            // `Hälsa Pharma GmbH`, `Chartered Bank`: a legal form ends a company's name.
            if doc.facts[end - 1].contains(.companySuffix) { return .ORG }
            return looksLikePerson(doc, start, end) ? .PER : nil
        }
        let t = doc.tokens[start]
        // A known first name alone (`Denise travaille chez Japy`, `avec Sylvie et Daniel`).
        // (`Grâce à`, opening a sentence, is the preposition.)
        if !doc.isAllCaps(start), doc.isFirstName(start), !doc.occursInLowerCase(start),
           !(doc.sentenceInitial[start] && start + 1 < doc.count && doc.tokens[start + 1].norm == "à") {
            return .PER
        }
        guard doc.isAllCaps(start), !t.shape.contains(.hasDigit), let first = t.norm.unicodeScalars.first,
              first.properties.isAlphabetic, (2...8).contains(t.key.count),
              !doc.facts[start].contains(.commonAcronym), !commonAcronyms.contains(t.key) else { return nil }
        // After a number it is a unit (`125 000 UI`, `300 EUR`), not a name.
        if start > 0, doc.tokens[start - 1].shape.contains(.hasDigit) { return nil }
        // An indefinite article makes a common noun (`une ICP`, `un EEI`), not a name.
        if start > 0, ["un", "une"].contains(doc.tokens[start - 1].key) { return nil }
        // Roman numerals (`VIII`, `IV`) are no acronyms.
        if t.key.unicodeScalars.allSatisfy({ "ivxlcdm".unicodeScalars.contains($0) }) { return nil }
        // A label after a common noun (`l'étude REPLACE`, `code ATC`), or an
        // abbreviation in parentheses after common words (`population totale (ITT)`).
        // After a person title or an affiliation word the acronym is a party or
        // group (`député UMP`, `conseiller général RPR`, `un élu (RN)`).
        if start > 0, isLowercaseWord(doc, start - 1), !isAffiliation(doc, start - 1) { return nil }
        if start > 1, doc.tokens[start - 1].norm == "(", isLowercaseWord(doc, start - 2),
           !isAffiliation(doc, start - 2) { return nil }
        // A word in capitals opening a line or sentence before `:`, a dash or a
        // comma is a dateline or a listing's label (`KOUMBARA : deux civils
        // tués`, `NIAMEY, 3 mars –`), not an acronym.
        if doc.sentenceInitial[start], start + 1 < doc.count,
           CapitalizedSequenceRule.labelEnds.contains(doc.tokens[start + 1].norm) { return nil }
        // Headings and notices in capitals: a neighbouring word in capitals too.
        for k in [start - 1, start + 1] where k >= 0 && k < doc.count && doc.tokens[k].shape.contains(.hasLetter) {
            if doc.isAllCaps(k), doc.tokens[k].key.count > 1 { return nil }
        }
        return .ORG
    }

    /// Punctuation after a line-opening label in capitals.
    /// (`TIGUILA (cercle de Ménaka) : …`: a bracket after it in an event list;
    /// an acronym defined there was already taken by the acronym rule.)
    static let labelEnds: Set<String> = [":", "-", "–", "—", ",", "("]

    /// Token i (lower case) is a person title or an affiliation word, after which an acronym names a group.
    func isAffiliation(_ doc: DocumentView, _ i: Int) -> Bool {
        doc.facts[i].contains(.affiliationHead) || doc.match(doc.lists.personTitles, endingBefore: i + 1) > 0
    }

    func isLowercaseWord(_ doc: DocumentView, _ i: Int) -> Bool {
        let t = doc.tokens[i]
        return t.shape.contains(.hasLetter) && !t.shape.contains(.capitalized) && !t.shape.contains(.elision)
            && !doc.isStopword(i) && !doc.facts[i].contains(.orgConnector)
    }

    /// Two or three title-case words inside a sentence, none a known common
    /// word, head word or particle (`Slobodan Milosevic`, `Luciano Moggi`).
    func looksLikePerson(_ doc: DocumentView, _ start: Int, _ end: Int) -> Bool {
        guard (2...3).contains(end - start), !doc.sentenceInitial[start] else { return false }
        for k in start..<end {
            let t = doc.tokens[k]
            if doc.isAllCaps(k) || doc.isParticle(k) || t.shape.contains(.hasDigit) || doc.occursInLowerCase(k) { return false }
            if doc.match(doc.lists.orgHeads, at: k) > 0 || doc.match(doc.lists.eventHeads, at: k) > 0
                || doc.match(doc.lists.placeHeads, at: k) > 0 { return false }
        }
        return true
    }
}
