/// The function words the date rules test by identity (`le`, `de`, `mois`,
/// `plus tard`…). Each is a key of the lexicon's word table, so a token's
/// keyword is found with the same single look-up as its other date facts,
/// and rules compare a small enum instead of strings.
enum DateKeyword: CaseIterable, Sendable {
    case le, la, les, elidedLe, ce, cet, cette
    case de, elidedDe, du, des, au, a, en, et, ou, hyphen, enDash, comma, comme
    case mois, an, ans, annees, siecle, h, fin
    case plus, tard, tot, auparavant, apres, avant, meme, ci, hyphenCi
    case premier, firstDay

    /// The folded key (`TokenNormalizer.foldKey` form) the keyword stands for.
    var key: String {
        switch self {
        case .le: return "le"
        case .la: return "la"
        case .les: return "les"
        case .elidedLe: return "l'"
        case .ce: return "ce"
        case .cet: return "cet"
        case .cette: return "cette"
        case .de: return "de"
        case .elidedDe: return "d'"
        case .du: return "du"
        case .des: return "des"
        case .au: return "au"
        case .a: return "a"
        case .en: return "en"
        case .et: return "et"
        case .ou: return "ou"
        case .hyphen: return "-"
        case .enDash: return "–"
        case .comma: return ","
        case .comme: return "comme"
        case .mois: return "mois"
        case .an: return "an"
        case .ans: return "ans"
        case .annees: return "annees"
        case .siecle: return "siecle"
        case .h: return "h"
        case .fin: return "fin"
        case .plus: return "plus"
        case .tard: return "tard"
        case .tot: return "tot"
        case .auparavant: return "auparavant"
        case .apres: return "apres"
        case .avant: return "avant"
        case .meme: return "meme"
        case .ci: return "ci"
        case .hyphenCi: return "-ci"
        case .premier: return "premier"
        case .firstDay: return "1er"
        }
    }
}
