import Testing

/// The constructions of issue 13 (unseen French news), each with sentences
/// it handles and sentences it must leave alone.
@Suite struct DateConstructionTests {
    @Test(arguments: [
        DateCase("Le village avait été attaqué il y a trois mois par des hommes armés.", "2025-07-14",
                 ["il y a trois mois=2025-04"]),
        DateCase("Il y a un an, la junte promettait des élections.", "2025-07-14", ["Il y a un an=2024"]),
        DateCase("Le camp est tombé il y a dix jours, selon un élu local.", "2025-07-14", ["il y a dix jours=2025-07-04"]),
        DateCase("Les deux chefs se sont rencontrés il y a deux semaines à Niamey.", "2025-07-14",
                 ["il y a deux semaines=2025-W27"]),
        DateCase("La mission a quitté le pays il y a 18 mois.", "2025-07-14", ["il y a 18 mois=2024-01"]),
        // The value needs an anchor at the unit's precision.
        DateCase("Le camp est tombé il y a trois jours.", "2025-07", ["il y a trois jours=null"]),
        DateCase("Il y a un an, la junte promettait des élections.", "2025", ["Il y a un an=2024"]),
        // Left alone: a vague count, a count of something, existence.
        DateCase("Il y a quelques mois, le village était encore calme.", "2025-07-14", []),
        DateCase("Il y a trois mois de salaires impayés dans la région.", "2025-07-14", []),
        DateCase("Il y a trois soldats blessés parmi les rescapés.", "2025-07-14", []),
    ])
    func ago(_ c: DateCase) { #expect(DateFixture.tag(c) == c.expected) }

    @Test(arguments: [
        DateCase("La junte dirige le pays depuis 2020 et a repoussé les élections.", "2025-07", ["2020=2020"]),
        DateCase("Le bilan 2001 de la sécurité routière reste lourd.", "2002-01-10", ["2001=2001"]),
        DateCase("Le gouvernement a présenté son budget 2025 devant le Parlement.", "2024-10", ["2025=2025"]),
        DateCase("En 97, la ville ne comptait que trois écoles.", "1999-05-20", ["97=1997"]),
        DateCase("Le barrage a été achevé en 02 après dix ans de travaux.", "2003-02-10", ["02=2002"]),
        // Left alone: counts after a noun or after `en`.
        DateCase("Le bilan fait état de quelque 2000 morts et les blessés 1500 personnes.", "2025-07", []),
        DateCase("Le groupe aligne 2000 combattants et la région 1500 déplacés.", "2025-07", []),
        DateCase("Le gâteau a été coupé en 12 parts et le trajet se fait en 10 minutes.", "2025-07", []),
        DateCase("Le convoi a parcouru la distance en 12 h.", "2025-07", []),
    ])
    func years(_ c: DateCase) { #expect(DateFixture.tag(c) == c.expected) }

    @Test(arguments: [
        DateCase("La réunion du 09/08 a été reportée sine die.", "2025-07-14", ["09/08=2025-08-09"]),
        DateCase("Il a été interpellé le 3/7 à Gao.", "2025-07-14", ["3/7=2025-07-03"]),
        DateCase("Le rapport de 11/2017 est toujours cité.", "2025-07-14", ["11/2017=2017-11"]),
        // Left alone: fractions, marks, age brackets, an impossible day.
        DateCase("Les 3/4 des votants ont approuvé le texte.", "2025-07-14", []),
        DateCase("Il a obtenu 12/20 et les 10/12 ans sont concernés.", "2025-07-14", []),
        DateCase("La note de 31/06 n'existe pas.", "2025-07-14", []),
        DateCase("Effets peu fréquents (1/1000 à 1/100) et rares (1/10 000).", "2025-07-14", []),
    ])
    func numeric(_ c: DateCase) { #expect(DateFixture.tag(c) == c.expected) }

    @Test(arguments: [
        DateCase("Il est arrivé à Bamako en sept. 2017.", "2025-07", ["sept. 2017=2017-09"]),
        DateCase("Il est reparti en sept 2017 et revenu le 3 janv 2018.", "2025-07",
                 ["sept 2017=2017-09", "le 3 janv 2018=2018-01-03"]),
        DateCase("Le décret du 12 févr. 2024 a été abrogé.", "2025-07", ["12 févr. 2024=2024-02-12"]),
        // Left alone: `sept` the number.
        DateCase("Sept soldats ont été tués et sept 2000 autres réclament leur solde.", "2025-07", []),
        DateCase("Le village compte sept puits.", "2025-07", []),
    ])
    func monthAbbreviations(_ c: DateCase) { #expect(DateFixture.tag(c) == c.expected) }

    @Test(arguments: [
        DateCase("Les combats de mars-avril ont fait fuir la population.", "2025-07-14", ["mars=2025-03", "avril=2025-04"]),
        DateCase("Les pluies de juillet-août 2024 ont détruit les récoltes.", "2025-07-14",
                 ["juillet=2024-07", "août 2024=2024-08"]),
        DateCase("La campagne de novembre – décembre 2023 a été un échec.", "2025-07-14",
                 ["novembre=2023-11", "décembre 2023=2023-12"]),
        // Left alone: a hyphenated name with one month in it.
        DateCase("La sonde Mars-Express tourne toujours.", "2025-07-14", []),
    ])
    func monthPairs(_ c: DateCase) { #expect(DateFixture.tag(c) == c.expected) }

    @Test(arguments: [
        DateCase("Le convoi est arrivé à Gao mardi 12 au soir.", "2023-12-14", ["mardi 12 au soir=2023-12-12"]),
        DateCase("Le rendez-vous est fixé au vendredi 15 à Niamey.", "2023-12-14", ["vendredi 15=2023-12-15"]),
        DateCase("Le ministre a parlé le mardi 7 devant les députés.", "2023-11-20", ["le mardi 7=2023-11-07"]),
        DateCase("Le camp a été attaqué vendredi au matin.", "2024-03-18", ["vendredi au matin=2024-03-15"]),
        // Left alone: a count after a weekday, a clock time, a repeated day.
        DateCase("Mardi, 12 soldats ont été tués.", "2023-12-14", ["Mardi=2023-12-12"]),
        DateCase("Le vote aura lieu vendredi 12 h.", "2023-12-14", ["vendredi=2023-12-15"]),
        DateCase("Le marché se tient le mardi au soir.", "2023-12-14", []),
    ])
    func weekdayWithDay(_ c: DateCase) { #expect(DateFixture.tag(c) == c.expected) }

    @Test(arguments: [
        // The nearest verb decides, when a sentence holds both tenses.
        DateCase("Le ministre, qui a parlé lundi devant la presse, se rendra vendredi à Kidal.", "2025-07-16",
                 ["lundi=2025-07-14", "vendredi=2025-07-18"]),
        DateCase("Le président repartira jeudi de Gao, où il avait rencontré lundi les notables.", "2025-07-16",
                 ["jeudi=2025-07-17", "lundi=2025-07-14"]),
        DateCase("Les rebelles sont arrivés samedi et vont négocier vendredi.", "2025-07-16",
                 ["samedi=2025-07-12", "vendredi=2025-07-18"]),
        DateCase("Il va rencontrer lundi les chefs coutumiers.", "2025-07-16", ["lundi=2025-07-21"]),
        DateCase("La délégation attendait samedi une réponse.", "2025-07-16", ["samedi=2025-07-12"]),
        // Left alone: `dernier` and `prochain` say it, whatever the verb.
        DateCase("Il a promis qu'il reviendrait jeudi prochain.", "2025-07-16", ["jeudi prochain=2025-07-17"]),
        DateCase("Il sera jugé pour ce qu'il a fait lundi dernier.", "2025-07-16", ["lundi dernier=2025-07-14"]),
    ])
    func weekdayTense(_ c: DateCase) { #expect(DateFixture.tag(c) == c.expected) }

    @Test(arguments: [
        DateCase("Le convoi a quitté Gao le 3 mars. La veille, des tirs avaient été entendus.", "2024-03",
                 ["le 3 mars=2024-03-03", "La veille=2024-03-02"]),
        DateCase("Au lendemain du 11 septembre 2001, tout a changé.", "2002-02-09", ["11 septembre 2001=2001-09-11"]),
        // Left alone: counted from an event, not a date.
        DateCase("Au lendemain de l'attaque, le ministre s'est rendu sur place.", "2024-03-15", []),
        DateCase("La veille du scrutin, les rues de Bamako étaient vides.", "2024-03-15", []),
        DateCase("Le lendemain de son arrivée, il a rencontré les notables.", "2024-03-15", []),
    ])
    func eventAnchors(_ c: DateCase) { #expect(DateFixture.tag(c) == c.expected) }

    @Test(arguments: [
        DateCase("Le ministre a annoncé aujourd'hui sa démission.", "2024-03-15", ["aujourd'hui=2024-03-15"]),
        DateCase("C'est aujourd'hui que se joue l'avenir du pays.", "2024-03-15", ["aujourd'hui=2024-03-15"]),
        // Left alone: "nowadays".
        DateCase("Aujourd'hui, la France compte plus de réfugiés qu'en 2015.", "2024-03-15", ["2015=2015"]),
        DateCase("Les jeunes d'aujourd'hui lisent peu de journaux.", "2024-03-15", []),
        DateCase("La ville compte aujourd'hui 20 000 habitants.", "2024-03-15", []),
        DateCase("Il vit aujourd'hui à Dakar, loin des combats.", "2024-03-15", []),
        DateCase("Les femmes souffrent encore aujourd'hui de ces violences.", "2024-03-15", []),
        DateCase("Aujourd'hui encore, les écoles restent fermées.", "2024-03-15", []),
        DateCase("Il a grandi au Zaïre (aujourd'hui RDC) avant de rejoindre Bamako.", "2024-03-15", []),
        DateCase("Le pays connaît aujourd'hui une crise sans précédent.", "2024-03-15", []),
    ])
    func nowadays(_ c: DateCase) { #expect(DateFixture.tag(c) == c.expected) }
}
