import Testing

/// One table per rule family, on sentences in the style of Sahel news: what
/// each rule finds, and what it must leave alone.
@Suite struct DateTaggerTests {
    @Test(arguments: [
        DateCase("Un convoi militaire est tombé dans une embuscade le 14 juillet 2025 près d'Anefis.", "2025-07",
                 ["le 14 juillet 2025=2025-07-14"]),
        DateCase("Le convoi attaqué ce lundi 14 juillet était parti de Kidal.", "2025-07",
                 ["ce lundi 14 juillet=2025-07-14"]),
        DateCase("Les soldats ont été capturés entre septembre 2023 et juillet 2024.", "2025-05",
                 ["septembre 2023=2023-09", "juillet 2024=2024-07"]),
        DateCase("Le camp de Ber a été remis à l'armée le 1er août.", "2023-08-15", ["le 1er août=2023-08-01"]),
        DateCase("Les élections prévues le 27 février ont été reportées.", "2023-12-20",
                 ["le 27 février=2024-02-27"]),
        DateCase("L'attaque du 11 septembre a frappé les esprits.", "2002-02-09", ["11 septembre=2001-09-11"]),
        DateCase("Le chef de bataillon a été nommé le 6 mai dernier.", "1999-05-27", ["le 6 mai dernier=1999-05-06"]),
        DateCase("Le sommet de la Cédéao se tiendra en juin prochain à Abuja.", "2024-05-02", ["juin prochain=2024-06"]),
        DateCase("Des négociations ont été initiées en décembre dernier.", "2025-07", ["décembre dernier=2024-12"]),
        DateCase("À Tinzaouatène, en juillet dernier, le FLA a infligé une défaite à l'armée.", "2025-07",
                 ["juillet dernier=2024-07"]),
        DateCase("Mais en février, Paris a décidé de retirer ses troupes.", "2022-04", ["février=2022-02"]),
        DateCase("Le plan de sécurité sera revu dès octobre 98.", "1999-05-23", ["octobre 98=1998-10"]),
        DateCase("La Minusma a quitté le pays au mois de décembre 2023.", nil, ["mois de décembre 2023=2023-12"]),
        DateCase("Un accord devait être signé en février de cette année.", "2022-04", ["février de cette année=2022-02"]),
        DateCase("Mali, August 23, 2021. Picture taken August 23, 2021.", "2022-04",
                 ["August 23, 2021=2021-08-23", "August 23, 2021=2021-08-23"]),
        DateCase("Le communiqué publié hier 14 mars fait état de dix morts.", "2024-03-15", ["hier 14 mars=2024-03-14"]),
        DateCase("Sans date de document, en juillet le fleuve monte.", nil, ["juillet=null"]),
        // Past by default: the month already passed, even when the next one is closer.
        DateCase("Depuis janvier, plus de 500 civils ont été tués.", "2024-08-05", ["janvier=2024-01"]),
        // A future sentence looks forward.
        DateCase("Le scrutin présidentiel aura lieu en février.", "2024-08-05", ["février=2025-02"]),
        // The written weekday picks the year: 29 August was a Sunday in 1999, not in 1998.
        DateCase("Le comité organise dimanche 29 août un rallye à Gao.", "1999-05-10", ["dimanche 29 août=1999-08-29"]),
        // Left alone: Mars the planet, a month name with no cue, `mai` inside a name.
        DateCase("La sonde a photographié Mars depuis son orbite.", "2024-05", []),
        DateCase("Le village de Maiduguri a été attaqué par Boko Haram.", "2024-05", []),
        DateCase("Il a évoqué mars comme une échéance lointaine.", "2024-05", []),
    ])
    func absoluteDates(_ c: DateCase) {
        #expect(DateFixture.tag(c) == c.expected)
    }

    @Test(arguments: [
        DateCase("Le communiqué est daté du 14/07/2025 et signé à Bamako.", "2025-07", ["14/07/2025=2025-07-14"]),
        DateCase("Publié le 2025-07-14 sur le site de l'état-major.", nil, ["2025-07-14=2025-07-14"]),
        DateCase("Le budget de la saison 2023/2024 a été voté.", nil, ["2023=2023", "2024=2024"]),
        // Left alone: a score, a phone number, an invalid day, a law number.
        DateCase("La loi n° 2023-12 fixe les conditions du référendum.", nil, []),
        DateCase("Le Mali s'est imposé 2-1 face au Niger.", nil, []),
        DateCase("Appelez le 20/22/2025 pour toute information.", nil, []),
        DateCase("Les pertes sont estimées à 1500-2000 hommes.", nil, []),
    ])
    func numericDates(_ c: DateCase) {
        #expect(DateFixture.tag(c) == c.expected)
    }

    @Test(arguments: [
        DateCase("Le Mali est en proie depuis 2012 aux violences djihadistes.", "2024-07", ["2012=2012"]),
        DateCase("La junte a depuis 2022 multiplié les ruptures.", "2024-07", ["2022=2022"]),
        DateCase("Le FLA est issu de l'accord de paix de 2015.", "2025-07", ["2015=2015"]),
        DateCase("La loi de 2019 encadre les milices d'autodéfense.", "2025-07", ["2019=2019"]),
        DateCase("La résolution 2391 du Conseil de sécurité a été adoptée.", "2025-07", []),
        DateCase("Il fut conseiller entre 2016 et 2020 avant de rejoindre Sadat.", "2024-10", ["2016=2016", "2020=2020"]),
        DateCase("Le programme démarrera dès l'année 2026 dans la région de Mopti.", "2025", ["l'année 2026=2026"]),
        DateCase("La rébellion touarègue des années 90 a laissé des traces.", nil, ["années 90=199X"]),
        DateCase("Dans les années 1960, le nord du Mali était déjà instable.", nil, ["les années 1960=196X"]),
        // Left alone: counts of people and money, numbered things.
        DateCase("On estime entre 1.500 et 2.000 le nombre de combattants.", "2024-10", []),
        DateCase("Le groupe compterait 2000 soldats dans la zone.", "2024-10", []),
        DateCase("Plus de 2000 déplacés sont arrivés à Ménaka.", "2024-10", []),
        DateCase("Entre 2000 et 3000 combattants seraient engagés.", "2024-10", []),
        DateCase("Les articles 1645 et 1646 du code sont cités.", nil, []),
        DateCase("Le camp de Ber est situé à 2000 km de Bamako.", nil, []),
        DateCase("Le sac de riz est passé de 1500 FCFA à 2000 FCFA.", nil, []),
    ])
    func years(_ c: DateCase) {
        #expect(DateFixture.tag(c) == c.expected)
    }

    @Test(arguments: [
        DateCase("Les sources d'eau se tarissent en été dans le Gourma.", "2024-07", ["été=XXXX-SU"]),
        DateCase("Ils sont sur le terrain depuis l'été 2023.", "2025-07", ["l'été 2023=2023-SU"]),
        DateCase("L'offensive de l'hiver dernier a échoué.", "2024-07", ["l'hiver dernier=2023-WI"]),
        DateCase("Le retrait sera achevé cet automne.", "2024-07", ["cet automne=2024-FA"]),
        // Left alone: `été`, the participle.
        DateCase("Le camp a été attaqué à l'aube.", "2024-07", []),
        DateCase("L'année la plus meurtrière avait été 2022.", "2024-07", []),
    ])
    func seasons(_ c: DateCase) {
        #expect(DateFixture.tag(c) == c.expected)
    }

    @Test(arguments: [
        DateCase("Le djihadisme sahélien est un défi du XXIe siècle.", nil, ["XXIe siècle=20XX"]),
        DateCase("L'empire songhaï déclina à la fin du XVIe siècle.", nil, ["XVIe siècle=15XX"]),
        // Left alone: a regiment, an arrondissement.
        DateCase("Le XXIe régiment a été déployé à Gao.", nil, []),
    ])
    func centuries(_ c: DateCase) {
        #expect(DateFixture.tag(c) == c.expected)
    }

    @Test(arguments: [
        DateCase("Fin juillet, l'armée malienne a subi une lourde défaite.", "2024-10", ["Fin juillet=2024-07"]),
        DateCase("Début avril, un commandant du FLA a été arrêté au Niger.", "2025-05", ["Début avril=2025-04"]),
        DateCase("Au début de cette année, Bamako a reçu des drones turcs.", "2024-10", ["début de cette année=2024"]),
        DateCase("La toiture a été refaite à la fin de l'année dernière.", "2003-02-23",
                 ["la fin de l'année dernière=2002"]),
        DateCase("Au cours de la première semaine d'avril, un soldat a été capturé.", "2022-04",
                 ["la première semaine d'avril=2022-04"]),
        DateCase("Les pluies reprendront à la mi-juin selon la météo.", "2024-05", ["la mi-juin=2024-06"]),
        DateCase("Le retrait doit être achevé fin 2024.", "2024-05", ["fin 2024=2024"]),
        // Left alone: `la fin` of something that is not a period.
        DateCase("La fin des combats n'est pas en vue.", "2024-05", []),
    ])
    func partsOfPeriods(_ c: DateCase) {
        #expect(DateFixture.tag(c) == c.expected)
    }

    @Test(arguments: [
        DateCase("Le président a limogé hier le chef d'état-major.", "2024-03-15", ["hier=2024-03-14"]),
        DateCase("Le ministre se rend aujourd'hui à Gao.", "2024-03-15", ["aujourd'hui=2024-03-15"]),
        DateCase("L'annonce officielle est prévue aujourd'hui vendredi.", "1999-07-09",
                 ["aujourd'hui vendredi=1999-07-09"]),
        DateCase("Le nouveau gouverneur sera installé demain à Kidal.", "2024-03-15", ["demain=2024-03-16"]),
        DateCase("Le convoi a quitté Gao le 3 mars. Le lendemain, il était attaqué.", "2024-03",
                 ["le 3 mars=2024-03-03", "Le lendemain=2024-03-04"]),
        DateCase("Il a été blessé hier soir près de Tessalit.", "2024-03-15", ["hier soir=2024-03-14"]),
        DateCase("Sans date de publication, hier les combats ont repris.", nil, ["hier=null"]),
        // Left alone: `aujourd'hui` meaning nowadays, a newspaper called Aujourd'hui.
        DateCase("Ces tensions rendent difficile jusqu'à aujourd'hui toute collaboration.", "2024-03-15", []),
        DateCase("Il estime qu'aujourd'hui, cela rend difficile la coopération.", "2024-03-15", []),
        DateCase("Le quotidien Aujourd'hui au Faso a publié l'entretien.", "2024-03-15", []),
    ])
    func relativeDays(_ c: DateCase) {
        #expect(DateFixture.tag(c) == c.expected)
    }

    @Test(arguments: [
        // Month-dated document: weekdays count from the explicit day written before them.
        DateCase("Une embuscade a eu lieu lundi 14 juillet. Le convoi parti de Gao jeudi dernier est arrivé à Anefis vendredi matin.",
                 "2025-07", ["lundi 14 juillet=2025-07-14", "jeudi dernier=2025-07-10", "vendredi matin=2025-07-11"]),
        DateCase("L'armée a publié ce lundi un communiqué.", "2024-04-17", ["ce lundi=2024-04-15"]),
        DateCase("Les séparatistes ont revendiqué dimanche une victoire.", "2024-07-30", ["dimanche=2024-07-28"]),
        DateCase("Le sommet s'ouvrira jeudi à Niamey.", "2024-07-30", ["jeudi=2024-08-01"]),
        DateCase("La mission reviendra mardi prochain.", "2024-07-30", ["mardi prochain=2024-08-06"]),
        DateCase("Il a démissionné mercredi dernier.", "1999-07-28", ["mercredi dernier=1999-07-21"]),
        // Anchor too coarse: a weekday in a document dated only by month.
        DateCase("Les séparatistes ont revendiqué dimanche une victoire.", "2024-07", ["dimanche=null"]),
        // Left alone: repeated days.
        DateCase("Le marché de Ménaka se tient uniquement le mercredi.", "2024-07-30", []),
        DateCase("Les patrouilles sortent tous les jeudis.", "2024-07-30", []),
    ])
    func weekdays(_ c: DateCase) {
        #expect(DateFixture.tag(c) == c.expected)
    }

    @Test(arguments: [
        DateCase("La semaine dernière, un citoyen russe a été tué au centre du pays.", "2022-04-12",
                 ["La semaine dernière=2022-W14"]),
        DateCase("Un journal a publié cette semaine la liste des commissaires.", "1999-07-09", ["cette semaine=1999-W27"]),
        DateCase("Les coureurs se sont rendus ce week-end à Saint-Gervais.", "2003-02-04", ["ce week-end=2003-W05-WE"]),
        DateCase("Un massacre a été perpétré le mois dernier à Moura.", "2022-04", ["le mois dernier=2022-03"]),
        DateCase("L'an dernier, la production d'or a baissé.", "2024-06", ["L'an dernier=2023"]),
        DateCase("Les forces ont subi une défaite en fin de semaine dernière.", "2024-07",
                 ["fin de semaine dernière=null"]),
        DateCase("Les forces ont subi une défaite en fin de semaine dernière.", "2024-07-30",
                 ["fin de semaine dernière=2024-W30-WE"]),
        // Left alone: a period with no anchor word.
        DateCase("La semaine a été calme dans la région de Tombouctou.", "2024-07-30", []),
    ])
    func relativePeriods(_ c: DateCase) {
        #expect(DateFixture.tag(c) == c.expected)
    }

    @Test(arguments: [
        DateCase("Des soldats ont exécuté 300 civils à Moura entre le 27 et le 31 mars.", "2022-04",
                 ["le 27=2022-03-27", "le 31 mars=2022-03-31"]),
        DateCase("Le festival se déroulera du 12 au 14 juillet à Ségou.", "2024-06", ["12=2024-07-12", "14 juillet=2024-07-14"]),
        DateCase("Les élections auront lieu les 6 et 13 avril prochains.", "2003-02-24",
                 ["les 6=2003-04-06", "13 avril prochains=2003-04-13"]),
        DateCase("La rue sera fermée du mercredi 3 avril au samedi 6 avril inclus.", "2002-04-03",
                 ["mercredi 3 avril=2002-04-03", "samedi 6 avril=2002-04-06"]),
        DateCase("Des affrontements ont eu lieu samedi 23 et dimanche 24 mars à Boulkessi.", "2024-03-26",
                 ["samedi 23=2024-03-23", "dimanche 24 mars=2024-03-24"]),
        DateCase("Dans la nuit du 14 au 15 juillet, le camp a été visé par des obus.", "2024-07-20",
                 ["14=2024-07-14", "15 juillet=2024-07-15"]),
        // Left alone: numbers that are not days.
        DateCase("Les 21 et 22 soldats des deux unités ont été libérés.", "2024-06", []),
    ])
    func ranges(_ c: DateCase) {
        #expect(DateFixture.tag(c) == c.expected)
    }

    @Test(arguments: [
        DateCase("L'insurrection a débuté en 2012 avant de s'étendre trois ans plus tard au Burkina Faso.", "2022-04",
                 ["2012=2012", "trois ans plus tard=2015"]),
        DateCase("Le convoi est parti le 3 mars ; deux jours plus tard, il était à Kidal.", "2024-03",
                 ["le 3 mars=2024-03-03", "deux jours plus tard=2024-03-05"]),
        // Left alone: counted from an event, and durations.
        DateCase("Trois ans après la prise de Kidal, la ville reste sous contrôle.", "2024-03", []),
        DateCase("Les combats ont duré trois jours et fait des dizaines de morts.", "2024-03", []),
        DateCase("Le FLA est infiltré depuis fort longtemps, récemment encore.", "2024-03", []),
    ])
    func shifts(_ c: DateCase) {
        #expect(DateFixture.tag(c) == c.expected)
    }

    @Test(arguments: [
        DateCase("Le cours de l'or a reculé au premier trimestre 2024.", "2024-06", ["premier trimestre 2024=2024-Q1"]),
        DateCase("Les recettes du second semestre de l'année dernière sont en baisse.", "2024-06",
                 ["second semestre de l'année dernière=2023-H2"]),
        DateCase("Le dernier trimestre a été le plus meurtrier.", "2024-06", ["Le dernier trimestre=2024-Q4"]),
        DateCase("Les combats se sont intensifiés vers la mi-2023.", "2024-06", ["la mi-2023=2023"]),
        // Left alone: a school term without an ordinal.
        DateCase("Le trimestre scolaire a été écourté à Tombouctou.", "2024-06", []),
    ])
    func partsOfYears(_ c: DateCase) {
        #expect(DateFixture.tag(c) == c.expected)
    }

    @Test func skipsTheDateHeader() {
        let c = DateCase(" date 2025-05 Une vidéo circule depuis mardi 29 avril.", "2025-05",
                         ["mardi 29 avril=2025-04-29"])
        #expect(DateFixture.tag(c) == c.expected)
    }

    /// The tagger tries its rules only at tokens a date can start with
    /// (`DateContext.mayStartDate`): one row per kind of first token, each
    /// still found, and numbers that count stay alone.
    @Test(arguments: [
        DateCase("Le pays est entré au XXe siècle dans une longue crise.", "2025-07-14", ["XXe siècle=19XX"]),
        DateCase("Les rebelles ont quitté Kidal il y a deux semaines.", "2025-07-14", ["il y a deux semaines=2025-W27"]),
        DateCase("Ce mois-ci, les attaques ont doublé autour de Gao.", "2025-07-14", ["Ce mois-ci=2025-07"]),
        DateCase("Les pluies de juillet-août 2024 ont inondé Niamey.", "2025-07-14", ["juillet=2024-07", "août 2024=2024-08"]),
        DateCase("Le scrutin est fixé au 1er mai par la junte.", "2025-07-14", ["1er mai=2025-05-01"]),
        DateCase("Les combats ont repris en fin de semaine dernière près de Ménaka.", "2025-07-14",
                 ["fin de semaine dernière=2025-W28-WE"]),
        DateCase("Trois jours plus tard, le convoi a été attaqué.", "2025-07-14", ["Trois jours plus tard=null"]),
        DateCase("Le retrait doit être achevé à la mi-2024, selon Bamako.", "2025-07-14", ["la mi-2024=2024"]),
        DateCase("La mission a été prolongée jusqu'en sept 2017 par le Conseil.", "2025-07-14", ["sept 2017=2017-09"]),
        DateCase("The photo was taken on August 23, 2021 in Gao.", "2025-07-14", ["August 23, 2021=2021-08-23"]),
        DateCase("Hier, un drone a frappé un marché à Tinzaouatène.", "2025-07-14", ["Hier=2025-07-13"]),
        DateCase("L'été 2023 a été marqué par le départ de la Minusma.", "2025-07-14", ["L'été 2023=2023-SU"]),
        DateCase("Les années 1990 ont vu naître la rébellion.", "2025-07-14", ["Les années 1990=199X"]),
        // Left alone: counts, near anchors but starting nothing.
        DateCase("Trente morts ont été recensés à Djibo, 12 blessés et 2000 déplacés.", "2025-07-14", []),
    ] as [DateCase])
    func firstTokens(_ c: DateCase) {
        #expect(DateFixture.tag(c) == c.expected)
    }

    @Test func clockTimesAreNotDates() {
        let c = DateCase("L'attaque a commencé vers 12 h 30 et a duré jusqu'à 18h.", "2024-03-15", [])
        #expect(DateFixture.tag(c) == c.expected)
    }
}
