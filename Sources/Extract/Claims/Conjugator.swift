import Tokenizer

/// Grammatical form of a generated verb form.
enum VerbTense: UInt8, Sendable {
    case present, imperfect, simplePast, future, conditional
    case pastParticiple, presentParticiple, infinitive

    var isFinite: Bool { rawValue <= VerbTense.conditional.rawValue }
    /// Past tenses for the future-in-the-past test (a compound cue's tense is its auxiliary's).
    var isPast: Bool { self == .imperfect || self == .simplePast }
}

/// One conjugation model read from `conjugation_models.tsv`: suffixes that
/// follow the lemma's prefix.
struct ConjugationModel: Sendable {
    let base: String
    let present: [String]
    let imperfectStem: String
    let simplePast: [String]
    let futureStem: String
    let pastParticiple: String
    let presentParticiple: String

    init(line: String) throws {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard f.count == 7 else { throw ClaimDataError.malformed("conjugation_models.tsv", line) }
        func suffix(_ s: Substring) -> String { s == "-" ? "" : String(s) }
        base = f[0]
        present = f[1].split(separator: " ").map(suffix)
        imperfectStem = suffix(Substring(f[2]))
        simplePast = f[3].split(separator: " ").map(suffix)
        futureStem = suffix(Substring(f[4]))
        pastParticiple = suffix(Substring(f[5]))
        presentParticiple = suffix(Substring(f[6]))
        guard present.count == 6, simplePast.count == 6 else {
            throw ClaimDataError.malformed("conjugation_models.tsv", line)
        }
    }
}

/// Generates every inflected form of a verb from its model: present,
/// imperfect, simple past, future, conditional, participles (all genders and
/// numbers) and infinitive, keyed by their folded spelling. Inverted forms
/// need no strings of their own: the tokenizer splits `affirme-t-il` into
/// `affirme` `-t-il`, and the cue matcher reads the clitic token.
struct Conjugator: Sendable {
    let models: [String: ConjugationModel]

    init(models: [ConjugationModel]) {
        var byBase: [String: ConjugationModel] = [:]
        for m in models { byBase[TokenNormalizer.foldKey(m.base)] = m }
        self.models = byBase
    }

    /// Folded form → tenses, for `verb` (a single word) conjugated with `modelName`.
    func forms(of verb: String, model modelName: String) throws -> [(String, VerbTense)] {
        try writtenForms(of: verb, model: modelName).map { (TokenNormalizer.foldKey($0.0), $0.1) }
    }

    /// The forms as written (lowercase, with accents), with their tenses.
    func writtenForms(of verb: String, model modelName: String) throws -> [(String, VerbTense)] {
        let lemma = verb.lowercased()
        let baseKey = TokenNormalizer.foldKey(modelName)
        guard let model = models[baseKey], TokenNormalizer.foldKey(lemma).hasSuffix(baseKey),
              lemma.unicodeScalars.count >= baseKey.unicodeScalars.count else {
            throw ClaimDataError.unknownModel(verb, modelName)
        }
        let prefix = String(String.UnicodeScalarView(lemma.unicodeScalars.dropLast(baseKey.unicodeScalars.count)))
        var out: [(String, VerbTense)] = [(lemma, .infinitive)]
        func add(_ stem: String, _ suffixes: [String], _ t: VerbTense) {
            for s in suffixes { out.append((stem + s, t)) }
        }
        let imperfect = ["ais", "ais", "ait", "ions", "iez", "aient"]
        let future = ["ai", "as", "a", "ons", "ez", "ont"]
        let pp = model.pastParticiple
        let ppForms = pp.hasSuffix("s") ? [pp, pp + "e", pp + "es"] : [pp, pp + "e", pp + "s", pp + "es"]

        // Spelling variants of the prefix for -er verbs: a stem before a/o
        // (jug-e-ons), and a stem before a mute e (emploi-e, appell-e).
        var beforeAO = prefix, beforeMuteE = [prefix]
        if baseKey == "er" {
            if prefix.hasSuffix("g") { beforeAO = prefix + "e" }
            // -cer verbs write ç before a and o (annonçaient, annonçant, dénonça).
            if prefix.hasSuffix("c") { beforeAO = String(prefix.dropLast()) + "ç" }
            if prefix.hasSuffix("y") { beforeMuteE.append(String(prefix.dropLast()) + "i") }
            if prefix.hasSuffix("el") || prefix.hasSuffix("et") { beforeMuteE.append(prefix + String(prefix.last!)) }
            // é/e before the final consonants becomes è before a mute e (préfère, relève).
            if let v = prefix.lastIndex(where: { "aeiouyéè".contains($0) }), "ée".contains(prefix[v]),
               prefix.distance(from: v, to: prefix.endIndex) >= 2 {
                var grave = prefix
                grave.replaceSubrange(v...v, with: "è")
                if grave != prefix { beforeMuteE.append(grave) }
            }
        }
        for (i, s) in model.present.enumerated() {
            let muteE = baseKey == "er" && (i < 3 || i == 5)
            let stems = muteE ? beforeMuteE : [s.hasPrefix("o") ? beforeAO : prefix]
            for stem in stems { add(stem, [s], .present) }
        }
        for (i, e) in imperfect.enumerated() {
            add((i == 3 || i == 4 ? prefix : beforeAO) + model.imperfectStem, [e], .imperfect)
        }
        for (i, s) in model.simplePast.enumerated() {
            add(i == 5 && baseKey == "er" ? prefix : beforeAO, [s], .simplePast)
        }
        for stem in beforeMuteE {
            let fut = baseKey == "er" ? stem + "er" : stem + model.futureStem
            add(fut, future, .future)
            add(fut, imperfect, .conditional)
        }
        add(prefix, ppForms, .pastParticiple)
        add(baseKey == "er" ? beforeAO : prefix, [model.presentParticiple], .presentParticiple)
        return out
    }
}

enum ClaimDataError: Error, CustomStringConvertible {
    case missing(String)
    case malformed(String, String)
    case unknownModel(String, String)

    var description: String {
        switch self {
        case let .missing(name): return "claim data file \(name) not found in the resource bundle"
        case let .malformed(name, line): return "malformed line in claim data \(name): \(line)"
        case let .unknownModel(verb, model): return "verb \(verb): unknown conjugation model \(model)"
        }
    }
}
