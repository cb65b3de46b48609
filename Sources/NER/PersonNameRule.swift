import DocumentModel

/// Person names the gazetteer lacks, found by three cues (rules/ lists):
/// a title or function just before (`le général El Hadj Ag Gamou`,
/// `M. Soyer`, the title stays outside the span), a known first name opening
/// a run of capitalized words (`Mohamed Amara`), or a regional name particle
/// inside such a run (`Ahmedou Ould Abdallah`, `Souleymane Ag Anara`).
struct PersonNameRule {
    func candidates(_ doc: DocumentView) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        while i < doc.count {
            guard doc.isNameToken(i) else { i += 1; continue }
            let end = doc.nameRunEnd(from: i)
            // After a title the whole run is the name, place words included
            // (`le général Tombouctou Abou Maïga`: not `Tombouctou` + `Abou Maïga`).
            if end - i >= 2, doc.match(doc.lists.personTitles, endingBefore: i) > 0, !allAcronyms(doc, i, end) {
                out.append(Mention(start: i, end: end, type: .PER, by: .personTitle, priority: Mention.rulePriority))
                i = end
                continue
            }
            // `président de la République Jacques Chirac`, `RPR Didier Schuller`:
            // a person starts at the first first name of a run opened by other words.
            if end - i >= 3, !doc.isFirstName(i),
               let k = (i + 1..<end - 1).first(where: { doc.isFirstName($0) }),
               let by = cue(doc, k, end) {
                out.append(Mention(start: k, end: end, type: .PER, by: by, priority: Mention.rulePriority))
                i = end
                continue
            }
            if let by = cue(doc, i, end) {
                out.append(Mention(start: i, end: end, type: .PER, by: by, priority: Mention.rulePriority))
            }
            i = end
        }
        return out
    }

    /// The cue making tokens `start..<end` a person name, as the mention's source.
    func cue(_ doc: DocumentView, _ start: Int, _ end: Int) -> MentionSource? {
        // `Travlane Haulage Limited`, `Michel Industries SA`: a company, whatever its first word.
        if end - start >= 2, doc.facts[end - 1].contains(.companySuffix) { return nil }
        // Titles: `le président Assimi Goïta`, `M. Soyer`, `porte-parole Mohamed Elmaouloud Ramadane`.
        if doc.match(doc.lists.personTitles, endingBefore: start) > 0, !allAcronyms(doc, start, end) {
            return .personTitle
        }
        // `Mohamed Amara`, `OUSMANE MAKAVELI`: a first name then another name word.
        if end - start >= 2, doc.isFirstName(start), !doc.isParticle(start + 1) || end - start >= 3 {
            // `Thomson CSF`: a name word then an acronym is a company, not a person.
            if end - start == 2, doc.isAllCaps(start + 1), !doc.isAllCaps(start) { return nil }
            return .personFirstName
        }
        // `Ahmedou Ould Abdallah`: a regional particle between two name words.
        if end - start >= 3 {
            for k in (start + 1)..<(end - 1) where doc.isParticle(k) && !doc.isStopword(k)
                && doc.isNameToken(k - 1) && doc.isNameToken(k + 1) && !doc.isNameToken(k) {
                return .personParticle
            }
            // `El Hadj Ag Gamou`, `SOULEYMANE AG ANARA`: a capitalized particle (`Ag`, `Ould`);
            // `El` and `Al` are left out there, as they also open Arabic company and media names.
            for k in (start + 1)..<(end - 1) where strongParticle(doc, k) { return .personParticle }
        }
        return nil
    }

    /// A capitalized particle such as `Ag` or `Ould` inside a run (not `De`, `El`).
    func strongParticle(_ doc: DocumentView, _ k: Int) -> Bool {
        let key = doc.tokens[k].key
        return doc.isParticle(k) && key.count >= 2 && !doc.isStopword(k) && key != "el" && key != "al"
    }

    func allAcronyms(_ doc: DocumentView, _ start: Int, _ end: Int) -> Bool {
        (start..<end).allSatisfy { doc.isAllCaps($0) && doc.tokens[$0].key.count <= 5 }
    }
}
