/// Everything the date lexicon says about one token: its entry in the word
/// table (found with one hash of the token's key per document) plus what its
/// spelling adds (`mi-juin`, `mois-ci`, a digit). Rules read these fields
/// (through `DateContext`) instead of hashing and comparing strings at every
/// candidate position. Small integer fields keep one entry per token compact.
struct DateWord: Sendable {
    /// Index in the lexicon's `entries`, `0` for a word it does not know.
    /// Equal ids mean equal keys (multi-word modifiers compare them).
    var id: Int32 = 0
    var keyword: DateKeyword?
    /// `juin` → 6; for a token also `mi-juin`.
    var frenchMonth: Int8?
    var englishMonth: Int8?
    /// `sept` → 9: a month abbreviation without its period, a month only before a year.
    var bareMonth: Int8?
    /// `lundi` → 1 … `dimanche` → 7.
    var weekday: Int8?
    /// `hier`, `lendemain`…
    var relativeDay: DateLexicon.Offset?
    /// `dernier`, `prochain`…
    var offset: DateLexicon.Offset?
    var unit: DateLexicon.Unit?
    /// A number word (`trois`).
    var number: Int16?
    /// `premier` → 1 … ; `dernier` → `.some(nil)` (the last part).
    var ordinal: Int8??
    /// Index in `DateLexicon.seasonCodes`.
    var season: UInt8?
    /// Index in `DateLexicon.yearParts`.
    var yearPart: UInt8?
    var isDayPart = false
    /// Cue roles (`cues.tsv`); for a token, accented entries are already checked against its spelling.
    var roles = DateLexicon.Roles()
    /// Some cue entries of the word only match an accented spelling (`dès`).
    var hasAccentedCues = false
    /// Ends like a future verb but is not one (`opera`).
    var notFuture = false
    /// The first word of some part-of-period modifier (`fin`, `premiere`…).
    var startsModifier = false
    /// A date expression has this word near its start (see `DateLexicon.word(_:key:shape:)`).
    var isAnchor = false
    /// The key starts with `mi-` (`mi-mars`, `mi-2024`).
    var startsWithMi = false
    /// The key ends with `-ci` (`mois-ci`).
    var endsWithCi = false
    /// Some rule may start at this word (`startsDate(_:)`, set when the entry is made).
    var mayStartDate = false

    /// Every rule's first token is one of the determiners and nouns of
    /// `startKeywords`, a date word (a month, a weekday, a unit, an ordinal,
    /// a number word…: what makes an anchor), or a hyphenated form the
    /// lexicon reads (`mi-juin`, `mois-ci`, `mars-avril`); `DateContext.mayStartDate` adds digits
    /// and the two rules that start elsewhere.
    static func startsDate(_ w: DateWord) -> Bool {
        if let k = w.keyword, startKeywords.contains(k) { return true }
        return w.isAnchor || w.frenchMonth != nil || w.bareMonth != nil || w.englishMonth != nil
            || w.weekday != nil || w.relativeDay != nil || w.unit != nil || w.season != nil
            || w.number != nil || w.ordinal != nil || w.startsModifier || w.startsWithMi || w.endsWithCi
    }

    /// The keywords a rule may start with (`le 14 juillet`, `cette année`,
    /// `l'an dernier`, `mois de juin`, `années 1990`, `fin de semaine`, `1er mai`).
    static let startKeywords: Set<DateKeyword> = [.le, .la, .les, .elidedLe, .ce, .cet, .cette,
                                                  .mois, .annees, .fin, .premier, .firstDay]
}
