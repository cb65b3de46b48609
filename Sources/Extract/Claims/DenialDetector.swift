import DocumentModel

/// `negated` (ANNOTATION.md): the source denies the content — a cue of
/// denial (dément, nie, réfute), an infinitive content under negation
/// (assure ne pas être à l'origine), a que-clause whose pronoun subject
/// denies (affirme qu'il n'a jamais…), or a denial phrase in the source's
/// words (cela n'a rien à voir). Never under selon and the like.
struct DenialDetector {
    let doc: ClaimDocument

    /// pas, jamais, plus, rien, aucun(e), point, guère, nullement, aucunement, personne.
    static func isNegationWord(_ w: Word?) -> Bool {
        switch w {
        case .pas?, .jamais?, .plus?, .rien?, .aucun?, .aucune?, .point?, .guere?, .nullement?, .aucunement?, .personne?: return true
        default: return false
        }
    }

    func isNegated(content: Range<Int>, cue: VerbCue?, frame: ContentFrame) -> Bool {
        guard let cue else { return false }
        if cue.lemma.cueClass == .denial { return true }
        let a = content.lowerBound
        // A denial of a fact or of involvement: a negated avoir/être (ne pas être à
        // l'origine, n'a jamais attaqué, qu'il n'est pas responsable), not any
        // negative statement (qu'il ne participerait pas).
        switch frame {
        case .infinitive:
            if doc.word(a) == .ne || doc.word(a) == .nElided { return negatedAuxiliary(after: a, infinitive: true) }
        case .clause, .incise, .quotation:
            // il/elle/ils/nous + ne … (not the impersonal il n'y a), also in
            // the source's quoted words (« Nous n'avons jamais visé… »).
            if doc.has(a, .subjectPronoun), doc.word(a) != .on, doc.word(a + 1) == .ne || doc.word(a + 1) == .nElided,
               doc.word(a + 2) != .y {
                return negatedAuxiliary(after: a + 1, infinitive: false)
            }
        default:
            break
        }
        for i in content where doc.startsPhrase(i, .denial) && doc.lex.denials.contains(at: i, in: doc.ids) { return true }
        return false
    }

    /// The verb after `ne` (past pas/jamais/plus) is avoir or être, and a
    /// negation word follows (ne … que is restriction: n'avoir visé que…).
    private func negatedAuxiliary(after ne: Int, infinitive: Bool) -> Bool {
        guard (ne + 1...ne + 4).contains(where: { Self.isNegationWord(doc.word($0)) }) else { return false }
        var j = ne + 1
        while j < ne + 4, doc.has(j, .negation) || doc.has(j, .clitic) { j += 1 }
        if infinitive { return doc.word(j) == .avoir || doc.word(j) == .etre || doc.word(ne) == .nElided && doc.word(ne + 1) == .avoir }
        guard let t = doc.avoirTense(j) ?? doc.etreTense(j) else { return false }
        // n'avons pas été consultés: a passive tells what the source underwent, not a denial.
        var k = j + 1
        while k < j + 3, Self.isNegationWord(doc.word(k)) { k += 1 }
        if doc.word(k) == .ete { return false }
        return t != .conditional && t != .future
    }
}
