/// The words and marks the claim rules test by name (raw value: the folded
/// key). Each token's key is looked up once per document, so a rule compares
/// `doc.word(i) == .que` (a byte) instead of comparing strings at every use.
enum Word: String, CaseIterable, Sendable {
    // Conjunctions, subordinators, relatives.
    case et, mais, puis, ou, ni, or, donc, car, si
    case que, quElided = "qu'", qui, quand, lorsque, lorsquElided = "lorsqu'", puisque, puisquElided = "puisqu'"
    case parce, tandis, afin
    case lequel, laquelle, lesquels, lesquelles
    // Prepositions and articles.
    case de, dElided = "d'", du, des, a, au, aux, aupres, en, par, pour, sans, selon, entre, dans, via, sur
    case avant, apres, lors, devant, pendant, depuis
    case la, le, les, lElided = "l'", ce, nos, notre
    // Pronouns and clitics.
    case il, elle, ils, elles, on, je, jElided = "j'", nous, vous
    case lui, leur, y, me, mElided = "m'", te, tElided = "t'", se, sElided = "s'"
    // Negation and quantity.
    case ne, nElided = "n'", pas, jamais, plus, rien, aucun, aucune, point, guere, nullement, aucunement, personne
    case non, moins
    // Verbs.
    case avoir, etre, ete, pu
    // Punctuation.
    case comma = ",", colon = ":", semicolon = ";", period = ".", question = "?", exclamation = "!"
    case ellipsis = "...", ellipsisMark = "…", openParenthesis = "(", closeParenthesis = ")"
    case hyphen = "-", enDash = "–", emDash = "—"
    case openGuillemet = "«", closeGuillemet = "»", straightQuote = "\"", openCurlyQuote = "“", closeCurlyQuote = "”"
}
