import Testing

/// Sentence boundaries in French news.
@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        ("Le FLA a attaqué Kidal. L'armée dément. Le bilan reste inconnu !",
         ["Le FLA a attaqué Kidal.", "L'armée dément.", "Le bilan reste inconnu !"]),
        // Abbreviations and initials do not end a sentence.
        ("M. Goïta a reçu J. Dupont à Bamako. Ils ont parlé.",
         ["M. Goïta a reçu J. Dupont à Bamako.", "Ils ont parlé."]),
        // A quotation closed by » after its final period ends with the quote.
        ("Il a dit : « Nous resterons. » Puis il est parti.",
         ["Il a dit : « Nous resterons. »", "Puis il est parti."]),
        // A question inside an incise does not end the sentence before a lowercase word.
        ("« Pourquoi ? » demande-t-il. Personne ne répond.",
         ["« Pourquoi ? » demande-t-il.", "Personne ne répond."]),
        // Headlines, paragraphs and captions end at a line break.
        ("Échange ?\n\nDébut avril, un commandant a été arrêté.\nLes autorités maliennes (Photo AFP)\nLe texte reprend.",
         ["Échange ?", "Début avril, un commandant a été arrêté.", "Les autorités maliennes (Photo AFP)", "Le texte reprend."]),
        ("« Espion » de Bamako\n\nLe FLA confirme.", ["« Espion » de Bamako", "Le FLA confirme."]),
        // etc. can end a sentence.
        ("des armes, des motos, etc. Le convoi est reparti.", ["des armes, des motos, etc.", "Le convoi est reparti."]),
    ])
    func splits(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test(arguments: [
        // A hard-wrapped line continuing in lowercase is the same sentence.
        ("Les rebelles ont pris le contrôle\nde la ville de Kidal.", ["Les rebelles ont pris le contrôle\nde la ville de Kidal."]),
        // Numbers, decimal points and dotted acronyms do not split.
        ("Environ 1.500 hommes de la S.A. sont là.", ["Environ 1.500 hommes de la S.A. sont là."]),
        ("Le FLA a-t-il tort ? non, selon lui.", ["Le FLA a-t-il tort ? non, selon lui."]),
    ])
    func doesNotSplit(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    /// A headline, byline or caption without final punctuation ends at its
    /// line break before a capitalized line; a line of running text
    /// wrapped mid-sentence does not.
    @Test(arguments: [
        ("Les rebelles reprennent Kidal\nPar notre correspondant à Bamako\nLes rebelles ont repris la ville hier.",
         ["Les rebelles reprennent Kidal", "Par notre correspondant à Bamako", "Les rebelles ont repris la ville hier."]),
        ("MALI : L'ARMÉE REPREND ANEFIS\nLe convoi est arrivé lundi.", ["MALI : L'ARMÉE REPREND ANEFIS", "Le convoi est arrivé lundi."]),
        ("Des soldats maliens à Gao, en 2023 (Photo AFP/Souleymane Ag Anara)\nLe camp a été attaqué.",
         ["Des soldats maliens à Gao, en 2023 (Photo AFP/Souleymane Ag Anara)", "Le camp a été attaqué."]),
        ("De nombreuses exactions\nLes groupes armés ont perdu le contrôle de Kidal.",
         ["De nombreuses exactions", "Les groupes armés ont perdu le contrôle de Kidal."]),
    ])
    func headlinesEndAtTheLineBreak(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test(arguments: [
        // The line ends with a word no headline ends with.
        "Le convoi a été accueilli à Gao par le\nPrésident de la transition et ses ministres.",
        "Les deux délégations se sont retrouvées à Alger pour une réunion avec\nAhmed Attaf, le chef de la diplomatie.",
        // A long line of running text ending in a lowercase word, then a name.
        "Selon plusieurs sources locales jointes par téléphone depuis Bamako, le ministre a longuement rencontré\nAssimi Goïta dans la soirée.",
    ])
    func wrappedLinesStayOneSentence(_ text: String) {
        #expect(sentences(text) == [text])
    }

    /// A quotation that closes a sentence splits after the guillemet, with
    /// the period inside or outside it; the quote is never cut from its sentence.
    @Test(arguments: [
        ("« Nous ne partirons pas ». Il a quitté la salle.", ["« Nous ne partirons pas ».", "Il a quitté la salle."]),
        ("Il a lancé : « Nous ne partirons pas. » Le ministre a quitté la salle.",
         ["Il a lancé : « Nous ne partirons pas. »", "Le ministre a quitté la salle."]),
        ("« Nous resterons ! » Les soldats ont applaudi.", ["« Nous resterons ! »", "Les soldats ont applaudi."]),
        ("« Nous verrons… » Le président est reparti.", ["« Nous verrons… »", "Le président est reparti."]),
        ("\"Nous resterons ici.\" Il a quitté la salle.", ["\"Nous resterons ici.\"", "Il a quitté la salle."]),
    ])
    func quotationClosingASentence(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test(arguments: [
        // The sentence goes on after the quote: lowercase or an incise.
        "« Nous ne partirons pas », a-t-il assuré devant la presse.",
        "« Nous ne partirons pas ». puis il a quitté la salle.",
        "Il a qualifié l'accord de « trahison » Lundi soir, devant les députés.",
    ])
    func quotationInsideASentence(_ text: String) {
        #expect(sentences(text) == [text])
    }
}

/// Headings and captions run into the next sentence without punctuation.
@Suite struct UnpunctuatedSentenceStartTests {
    @Test(arguments: [
        ("Photo d'archives AFP Les rebelles du FLA ont repris la base.", ["Photo d'archives AFP", "Les rebelles du FLA ont repris la base."]),
        ("Bilan au 12 mars (ONU) Plusieurs localités sont isolées.", ["Bilan au 12 mars (ONU)", "Plusieurs localités sont isolées."]),
        ("Il fut dédié en 493 av. J.-C. par Spurius Cassius.", ["Il fut dédié en 493 av. J.-C. par Spurius Cassius."]),
    ])
    func splitsBeforeCapitalizedStarter(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    /// Headings flattened into the text: one in capitals before any
    /// capitalized word or number, a short one before a starter word.
    @Test(arguments: [
        ("FORME PHARMACEUTIQUE ET CONTENU 2 flacons de 10 ml.", ["FORME PHARMACEUTIQUE ET CONTENU", "2 flacons de 10 ml."]),
        ("MALI : LES REBELLES REPRENNENT KIDAL Les rebelles du FLA ont repris la ville.",
         ["MALI : LES REBELLES REPRENNENT KIDAL", "Les rebelles du FLA ont repris la ville."]),
        ("Expérience post-commercialisation Les réactions suivantes ont été rapportées.",
         ["Expérience post-commercialisation", "Les réactions suivantes ont été rapportées."]),
        ("Bilan humain Les secours ont dénombré douze morts.", ["Bilan humain", "Les secours ont dénombré douze morts."]),
    ])
    func splitsAfterAHeading(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test(arguments: [
        // Acronyms are not a heading, nor is a sentence already in lowercase.
        "Le FLA et le MNLA ont signé.",
        "UE ONU et CEDEAO ont condamné le coup d'État.",
        // A short start with a function word or a starter: a title, an adverbial.
        "Le roman Les misérables a été adapté au cinéma.",
        "Selon lui Les Échos ont tort.",
        "Expérience du terrain Les soldats ont été formés.",
        // Capitals then a word in capitals too: one heading, no split inside it.
        "ATTAQUE DE KIDAL : LE FLA REVENDIQUE",
    ])
    func leavesNonHeadingsAlone(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test(arguments: [
        // Titles of works: first word capitalized, after a lowercase word.
        "Il a publié le roman Les soleils des indépendances en 1968.",
        // Names that go on with a capital: Le Monde, La Paz.
        "Selon Le Monde du 3 mars, la délégation est partie pour La Paz.",
        // One capital letter is not a starter word.
        "La vitamine A est utile.",
    ])
    func leavesTitlesAndNamesAlone(_ text: String) {
        #expect(sentences(text) == [text])
    }
}
