import DocumentModel

/// Where a claim's source is: a token span, or a pronoun inside an inverted
/// clitic token (`il` in `-t-il`).
enum SourceRef: Sendable {
    case tokens(Int, Int)
    case clitic(token: Int, range: ScalarRange)

    var firstToken: Int {
        switch self { case let .tokens(a, _): return a; case let .clitic(t, _): return t }
    }
}

/// How the content was found: decides trimming and flags.
enum ContentFrame: Sendable {
    case clause, infinitive, nounPhrase, quotation, incise, according, passive, attribute
}

/// A claim as a rule found it, on tokens; `ClaimExtractor` turns it into a `Claim`.
struct ClaimDraft: Sendable {
    var content: Range<Int>
    var source: SourceRef?
    var cue: Range<Int>
    var verbCue: VerbCue?
    var frame: ContentFrame
}

/// Cleans a content token range: outer punctuation off, the final period
/// off, guillemets off when the whole content is one quotation (→ quote).
struct ContentTrimmer {
    let doc: ClaimDocument

    /// . , ; : ... … - – —
    private static func isTrailing(_ w: Word?) -> Bool {
        switch w {
        case .period?, .comma?, .semicolon?, .colon?, .ellipsis?, .ellipsisMark?, .hyphen?, .enDash?, .emDash?: return true
        default: return false
        }
    }
    /// , : ; - – —
    private static func isLeading(_ w: Word?) -> Bool {
        switch w {
        case .comma?, .colon?, .semicolon?, .hyphen?, .enDash?, .emDash?: return true
        default: return false
        }
    }

    func trim(_ range: Range<Int>) -> (range: Range<Int>, quote: Bool)? {
        var a = range.lowerBound, e = range.upperBound
        var quote = false
        func strip() {
            while e > a, Self.isTrailing(doc.word(e - 1)) { e -= 1 }
            while a < e, Self.isLeading(doc.word(a)) { a += 1 }
        }
        strip()
        // Quotation marks around the whole content, possibly with the final period
        // outside (« Q ». / « Q », ) or inside (« Q. »).
        if a < e, let q = doc.quoteOpened(at: a), doc.quotations[q].close == e - 1 {
            a += 1; e -= 1; quote = true
            strip()
        }
        // A stray closing mark whose opening is outside the content.
        if e > a, doc.isCloseQuote(e - 1), let q = doc.quoteClosed(at: e - 1), doc.quotations[q].open < a { e -= 1; strip() }
        if e > a, doc.isOpenQuote(a), let q = doc.quoteOpened(at: a), doc.quotations[q].close >= e { a += 1; strip() }
        guard e > a, (a..<e).contains(where: { doc.isWord($0) || doc.isNumber($0) }) else { return nil }
        return (a..<e, quote)
    }
}
