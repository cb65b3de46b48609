/// What the rule lists say about one folded key: membership in each word
/// list, and whether the key opens or closes a phrase of a phrase list.
///
/// `RuleLists.facts` holds them per key, and `DocumentView` looks each
/// distinct key of a document up once, so that the rules test a bit per
/// token instead of hashing the token's key into several sets at every
/// position. A phrase list is only searched at a token whose bit says a
/// phrase can start (or end) there.
struct WordFacts: OptionSet, Sendable {
    let rawValue: UInt32

    static let stopword = WordFacts(rawValue: 1 << 0)
    static let firstName = WordFacts(rawValue: 1 << 1)
    static let particle = WordFacts(rawValue: 1 << 2)
    /// A one-word person title (`PhraseSet.containsWord` of the titles).
    static let titleWord = WordFacts(rawValue: 1 << 3)
    static let commonAcronym = WordFacts(rawValue: 1 << 4)
    static let titleStart = WordFacts(rawValue: 1 << 5)
    static let titleEnd = WordFacts(rawValue: 1 << 6)
    static let placeCueStart = WordFacts(rawValue: 1 << 7)
    static let placeCueEnd = WordFacts(rawValue: 1 << 8)
    static let orgHeadStart = WordFacts(rawValue: 1 << 9)
    static let orgHeadEnd = WordFacts(rawValue: 1 << 10)
    static let eventHeadStart = WordFacts(rawValue: 1 << 11)
    static let eventHeadEnd = WordFacts(rawValue: 1 << 12)
    static let placeHeadStart = WordFacts(rawValue: 1 << 13)
    static let placeHeadEnd = WordFacts(rawValue: 1 << 14)
    static let descriptionStart = WordFacts(rawValue: 1 << 15)
    static let descriptionEnd = WordFacts(rawValue: 1 << 16)
    static let companyHeadStart = WordFacts(rawValue: 1 << 17)
    static let companyHeadEnd = WordFacts(rawValue: 1 << 18)
    static let programmeHeadStart = WordFacts(rawValue: 1 << 19)
    static let programmeHeadEnd = WordFacts(rawValue: 1 << 20)
    /// A word opening a longer place name (`Grand`), from Data/place_modifiers.txt.
    static let placeModifier = WordFacts(rawValue: 1 << 21)
    /// A word after which an acronym is an affiliation (`élu`), from Data/affiliation_heads.txt.
    static let affiliationHead = WordFacts(rawValue: 1 << 22)
    /// A legal form or word ending a company's name (`GmbH`, `Bank`), from Data/company_suffixes.txt.
    static let companySuffix = WordFacts(rawValue: 1 << 23)
    /// A word opening a national army's description (`forces`, `armée`, `armées`: `KnownKey`),
    /// so that the organisation rule tests one bit at most tokens.
    static let armyWord = WordFacts(rawValue: 1 << 24)
    /// A word linking an institution's head to its complement (`de`, `pour`), Data/org_connectors.txt.
    static let orgConnector = WordFacts(rawValue: 1 << 25)
    /// A connector after which a proper name continues a name (`de`, `du`), Data/genitives.txt.
    static let genitive = WordFacts(rawValue: 1 << 26)
    /// A determiner opening an infinitive's object (`sa`, `les`), Data/object_determiners.txt.
    static let objectDeterminer = WordFacts(rawValue: 1 << 27)
}
