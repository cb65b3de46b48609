import DocumentModel
import Foundation
import Lexicon
import Tokenizer

/// Semantic class of a cue (ANNOTATION.md's examples): it decides `negated`
/// for denials and which noun-phrase contents a cue takes.
enum CueClass: String, Sendable {
    case assertion, denial, responsibility, report
}

/// What may follow a cue and make a claim (see the header of verbs.tsv).
struct CueFrames: OptionSet, Sendable {
    let rawValue: UInt16
    static let quotation = CueFrames(rawValue: 1 << 0)    // Q
    static let clause = CueFrames(rawValue: 1 << 1)       // S
    static let infinitive = CueFrames(rawValue: 1 << 2)   // I
    static let nounPhrase = CueFrames(rawValue: 1 << 3)   // N
    static let quotedNoun = CueFrames(rawValue: 1 << 4)   // q
    static let passive = CueFrames(rawValue: 1 << 5)      // A
    static let attribute = CueFrames(rawValue: 1 << 6)    // T
    static let quantity = CueFrames(rawValue: 1 << 7)     // M
    static let charge = CueFrames(rawValue: 1 << 8)       // C
    static let dativeAgent = CueFrames(rawValue: 1 << 9)  // D
    static let factPassive = CueFrames(rawValue: 1 << 10) // F

    init(rawValue: UInt16) { self.rawValue = rawValue }

    init(letters: String) throws {
        var f = CueFrames()
        for c in letters {
            switch c {
            case "Q": f.insert(.quotation)
            case "S": f.insert(.clause)
            case "I": f.insert(.infinitive)
            case "N": f.insert(.nounPhrase)
            case "q": f.insert(.quotedNoun)
            case "A": f.insert(.passive)
            case "T": f.insert(.attribute)
            case "M": f.insert(.quantity)
            case "C": f.insert(.charge)
            case "D": f.insert(.dativeAgent)
            case "F": f.insert(.factPassive)
            default: throw ClaimDataError.malformed("verbs.tsv", letters)
            }
        }
        self = f
    }
}

/// A reporting verb of the lexicon.
struct CueLemma: Sendable {
    let lemma: String
    let cueClass: CueClass
    let frames: CueFrames
    /// Fixed words after the conjugated verb (`etat` `de` for faire état de).
    let tail: [String]
    /// Pronominal lemma (se conclure): a cue only with se/s'.
    let reflexive: Bool
}

/// A word that may govern a cue in the infinitive (préférer parler de…).
struct CueGovernor: Sendable {
    enum Subject: String, Sendable { case own, shared }
    let tail: [String]
    let subject: Subject
}

/// Kind of a prepositional cue (prepositions.tsv).
enum PrepositionalCue: String, Sendable {
    case according, opinion, source
}

/// A prepositional cue phrase; `contracted` when its final `de` is written
/// du/des, a token that also holds the source's article (aux dires des habitants).
struct PrepositionEntry: Sendable {
    let kind: PrepositionalCue
    let contracted: Bool
}

/// The cue lexicon: reporting-verb lemmas with all their generated forms,
/// auxiliaries, infinitive governors and prepositional cues.
final class CueLexicon: Sendable {
    struct Form: Sendable {
        let lemma: Int
        let tense: VerbTense
    }

    let lemmas: [CueLemma]
    /// Folded form → (lemma, tense) for every generated form.
    let forms: [String: [Form]]
    /// The values of `forms`, indexed by `LexicalEntry.cueForms`.
    let formLists: [[Form]]
    /// Folded form → index in `formLists`.
    let formIndex: [String: Int32]
    /// Every generated form as written (lowercase, accented) → its readings: a
    /// token with accents is read only as what it spells (évoqué is a
    /// participle, never the present évoque; un résumé is no form at all).
    let writtenForms: [String: [Form]]
    /// Folded forms of avoir and être.
    let avoir: [String: VerbTense]
    let etre: [String: VerbTense]
    /// Folded first word (any form) → governors starting with it.
    let governors: [String: [CueGovernor]]
    let prepositions: PhraseMatcher<PrepositionEntry>
    /// Forms of verbs after which `selon` means "depending on".
    let selonExclusions: Set<String>

    init(loader: ClaimDataLoader, words: inout Lexicon.Builder) throws {
        let conjugator = Conjugator(models: try loader.lines("conjugation_models.tsv").map(ConjugationModel.init))
        func table(_ verb: String, _ model: String) throws -> [String: VerbTense] {
            var t: [String: VerbTense] = [:]
            for (form, tense) in try conjugator.forms(of: verb, model: model) where t[form] == nil { t[form] = tense }
            return t
        }
        avoir = try table("avoir", "avoir")
        etre = try table("être", "être")

        var lemmas: [CueLemma] = []
        var forms: [String: [Form]] = [:]
        var written: [String: [Form]] = [:]
        for f in try loader.fields("verbs.tsv", count: 4) {
            var words = loader.keys(f[0])
            let reflexive = words.first == "se"
            if reflexive { words.removeFirst() }
            guard let cls = CueClass(rawValue: f[2]), let verb = words.first else {
                throw ClaimDataError.malformed("verbs.tsv", f.joined(separator: "\t"))
            }
            let index = lemmas.count
            lemmas.append(CueLemma(lemma: f[0], cueClass: cls, frames: try CueFrames(letters: f[3]),
                                   tail: Array(words.dropFirst()), reflexive: reflexive))
            var seen = Set<String>()
            let verbWritten = String(f[0].split(separator: " ").first { $0 != "se" } ?? "")
            for (w, tense) in try conjugator.writtenForms(of: verbWritten, model: f[1]) {
                let w = TokenNormalizer.nfc(w)
                if !(written[w]?.contains { $0.lemma == index && $0.tense == tense } ?? false) {
                    written[w, default: []].append(Form(lemma: index, tense: tense))
                }
                let form = TokenNormalizer.foldKey(w)
                // The tense by its raw value: interpolating the enum goes through reflection (~8,000 instructions a form).
                if seen.insert(form + "|" + String(tense.rawValue)).inserted { forms[form, default: []].append(Form(lemma: index, tense: tense)) }
            }
        }
        self.lemmas = lemmas
        self.forms = forms
        var lists: [[Form]] = [], index: [String: Int32] = [:]
        for (key, list) in forms {
            index[key] = Int32(lists.count)
            lists.append(list)
        }
        formLists = lists
        formIndex = index
        writtenForms = written

        var governors: [String: [CueGovernor]] = [:]
        for f in try loader.fields("governors.tsv", count: 3) {
            let words = loader.keys(f[0])
            guard let subject = CueGovernor.Subject(rawValue: f[2]), let first = words.first else {
                throw ClaimDataError.malformed("governors.tsv", f.joined(separator: "\t"))
            }
            let g = CueGovernor(tail: Array(words.dropFirst()), subject: subject)
            let heads = f[1] == "-" ? [first] : try conjugator.forms(of: first, model: f[1]).map(\.0)
            for h in Set(heads) { governors[h, default: []].append(g) }
        }
        self.governors = governors

        var preps = PhraseMatcher<PrepositionEntry>()
        for f in try loader.fields("prepositions.tsv", count: 2) {
            guard let kind = PrepositionalCue(rawValue: f[1]) else {
                throw ClaimDataError.malformed("prepositions.tsv", f.joined(separator: "\t"))
            }
            let keys = loader.keys(f[0])
            preps.add(keys.map { words.intern($0) }, PrepositionEntry(kind: kind, contracted: false))
            if keys.count > 1, keys.last == "de" {
                for article in ["du", "des"] {
                    preps.add((keys.dropLast() + [article]).map { words.intern($0) }, PrepositionEntry(kind: kind, contracted: true))
                }
            }
        }
        prepositions = preps

        var exclusions = Set<String>()
        for f in try loader.fields("selon_exclusions.tsv", count: 2) {
            for (form, _) in try conjugator.forms(of: f[0], model: f[1]) { exclusions.insert(form) }
        }
        selonExclusions = exclusions
    }
}
