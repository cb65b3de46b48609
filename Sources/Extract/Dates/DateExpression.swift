import DocumentModel

/// Which occurrence of a calendar name is meant: the nearest one (tense of
/// the sentence breaks ties), the last one before the anchor (`dernier`) or
/// the next one after it (`prochain`).
enum DateDirection: Sendable, Equatable { case nearest, past, future }

/// How the year of a calendar date is given.
enum YearSpec: Sendable, Equatable {
    case explicit(Int)
    /// Two digits (`octobre 98`): the century comes from the document date.
    case twoDigits(Int)
    /// From the anchor, plus an offset (`février de cette année` = 0).
    case relative(Int)
    /// Not written: the occurrence nearest the anchor (or as `direction` says).
    case inferred
}

/// What a matched expression means, before it is resolved against the
/// document date and earlier dates of the text.
enum DateExpression: Sendable, Equatable {
    /// Parts of a calendar date (`14 juillet 2025`, `juillet 2024`, `2012`, `le 6 mai dernier`).
    /// `weekday`, when written (`dimanche 29 août`), picks the year of an undated day,
    /// and the month of a day written without one (`mardi 12`).
    case calendar(year: YearSpec, month: Int?, day: Int?, direction: DateDirection, weekday: Int? = nil)
    /// A weekday (`lundi`, `ce lundi`, `jeudi dernier`).
    case weekday(Int, DateDirection)
    /// `hier`, `demain` (deictic) or `la veille`, `le lendemain` (anaphoric).
    case relativeDay(Int, anaphoric: Bool)
    /// `la semaine dernière`, `ce mois-ci`, `l'an dernier`, `ce week-end`, `l'année suivante`.
    case relativePeriod(DateLexicon.Unit, offset: Int, anaphoric: Bool)
    /// `l'été 2023`, `l'hiver dernier`, `en été` (generic).
    case season(code: String, year: YearSpec, direction: DateDirection, generic: Bool)
    /// `le premier trimestre 2024` (`2024-Q1`), `le second semestre` (`H2`).
    case yearPart(letter: String, number: Int, year: YearSpec)
    /// `trois ans plus tard`: the latest date of the text moved by `amount` units.
    case shift(Int, DateLexicon.Unit)
    /// A value that needs no anchor (`196X` for `les années 60`, `20XX` for `XXIe siècle`).
    case fixed(String)
}

/// One matched date expression: its span and meaning.
struct DateMatch: Sendable, Equatable {
    let range: ScalarRange
    /// Index of the token after the expression.
    let tokenEnd: Int
    let expression: DateExpression

    /// A weekday whose occurrence the tense of the nearest verb picks
    /// (`lundi`, `mardi 12`; not `lundi prochain`, `ce lundi 14 juillet`).
    var followsClauseTense: Bool {
        switch expression {
        case .weekday(_, .nearest): return true
        case .calendar(.inferred, .none, _?, .nearest, _?): return true
        default: return false
        }
    }

    /// Expressions that name a single day, which may take a part of day (`vendredi matin`).
    var isDay: Bool {
        switch expression {
        case .weekday, .relativeDay: return true
        case let .calendar(_, _, day, _, _): return day != nil
        default: return false
        }
    }
}

/// A family of date expressions. `matches(at:in:)` returns what starts at
/// token `i` (several matches for a range such as `entre le 27 et le 31 mars`),
/// or nothing.
protocol DateRule: Sendable {
    func matches(at i: Int, in c: DateContext) -> [DateMatch]
}
