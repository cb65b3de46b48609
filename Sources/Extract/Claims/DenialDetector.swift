import DocumentModel

/// `negated` (ANNOTATION.md): the source denies the content — a cue of
/// denial (dément, nie, réfute), an infinitive content under negation
/// (assure ne pas être à l'origine), a que-clause whose pronoun subject
/// denies (affirme qu'il n'a jamais…), or a denial phrase in the source's
/// words (cela n'a rien à voir). Never under selon and the like.
struct DenialDetector {
    let doc: ClaimDocument

    func isNegated(content: Range<Int>, cue: VerbCue?, frame: ContentFrame) -> Bool {
        guard let cue else { return false }
        if cue.lemma.cueClass == .denial { return true }
        let a = content.lowerBound
        switch frame {
        case .infinitive:
            if doc.key(a) == "ne" || doc.key(a) == "n'" { return true }
        case .clause:
            // il/elle/ils/nous + ne … (not the impersonal il n'y a).
            if doc.has(a, .subjectPronoun), doc.key(a) != "on", doc.key(a + 1) == "ne" || doc.key(a + 1) == "n'",
               doc.key(a + 2) != "y" {
                return true
            }
        default:
            break
        }
        for i in content where doc.lex.denials.contains(doc.keys, at: i) { return true }
        return false
    }
}
