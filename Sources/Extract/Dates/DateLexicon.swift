import DocumentModel
import Lexicon
import Foundation
import Tokenizer

/// The word lists of the date rules, read from `Data/dates/` (plain files
/// reviewers can diff). Built once per `DateTagger`; immutable.
///
/// The lists are merged into one word table (`entries`), so each token of a
/// document is looked up once (`word(_:key:shape:)`, by its lexicon id) and the rules test the
/// fields of its `DateWord`.
final class DateLexicon: Sendable {
    enum Unit: String, Sendable { case day, week, weekend, month, year }

    /// Roles a context word can play (`cues.tsv`).
    enum Role: String, Sendable, CaseIterable {
        case yearCue = "year-cue", count, follower
        case unit, identifier, monthCue = "month-cue", future, notToday = "not-today", habitual, determiner
        case yearHead = "year-head", nowadays, stateVerb = "state-verb"
    }

    /// A set of roles, one bit each.
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt16
        init(rawValue: UInt16) { self.rawValue = rawValue }
        init(_ role: Role) {
            switch role {
            case .yearCue: rawValue = 1 << 0
            case .count: rawValue = 1 << 1
            case .follower: rawValue = 1 << 2
            case .unit: rawValue = 1 << 3
            case .identifier: rawValue = 1 << 4
            case .monthCue: rawValue = 1 << 5
            case .future: rawValue = 1 << 6
            case .notToday: rawValue = 1 << 7
            case .habitual: rawValue = 1 << 8
            case .determiner: rawValue = 1 << 9
            case .yearHead: rawValue = 1 << 10
            case .nowadays: rawValue = 1 << 11
            case .stateVerb: rawValue = 1 << 12
            }
        }
    }

    /// A day or period offset (`hier` -1, `prochain` +1), stored small: one per token.
    struct Offset: Sendable {
        private let amount: Int8
        let anaphoric: Bool
        var value: Int { Int(amount) }

        init?(value: Int, anaphoric: Bool) {
            guard let amount = Int8(exactly: value) else { return nil }
            self.amount = amount
            self.anaphoric = anaphoric
        }
    }
    /// A part-of-period modifier (`fin`, `premiere semaine`): the ids of its words in the word table.
    struct Modifier: Sendable { let words: [Int32]; let needsDe: Bool }
    /// A cue entry; `form` set when the entry only matches that accented spelling.
    struct Cue: Sendable { let role: Role; let form: String? }

    /// Every word of the lists; `entries[0]` is the word the lists do not know.
    let entries: [DateWord]
    /// Index in `entries` by folded key.
    let index: [String: Int32]
    /// Index in `entries` by lexicon `WordId` (0 beyond: a word of another stage): the per-token look-up.
    let entryOf: [Int32]
    /// The lexicon as these lists left it (their words' ids for a document).
    let lexicon: Lexicon.Snapshot
    /// Cue entries of the words that have accented ones, by word id.
    let accentedCues: [Int32: [Cue]]
    /// Longest first, so `première semaine` is tried before shorter ones.
    let modifiers: [Modifier]
    /// TIMEX3 season codes (`SU`), indexed by `DateWord.season`.
    let seasonCodes: [String]
    /// `trimestre` → ("Q", 4), `semestre` → ("H", 2), indexed by `DateWord.yearPart`.
    let yearParts: [(letter: String, count: Int)]
    /// Future-tense endings; `bytes` when they are plain `a`–`z` letters (then compared as bytes first).
    let futureSuffixes: [(text: String, bytes: [UInt8]?)]
    /// `futureLastBytes[b]`: some future ending ends with byte `b`; nil when
    /// an ending is not plain letters (then every word is compared).
    let futureLastBytes: [Bool]?
    /// What a verb form says of its clause's tense (`tense_cues.tsv`), by exact lowercase spelling.
    let tenseCues: [String: TenseCue]
    /// Imparfait endings (`past_suffixes.txt`), on token keys.
    let pastSuffixes: [String]
    /// Keys that end like an imparfait but are nouns (`portrait`).
    let notPast: Set<String>
    /// Past-participle endings on the lowercase spelling (`participle_endings.txt`).
    let participleEndings: [String]

    /// Reads `Data/dates/`, interning every key of the lists into `words`.
    init(words: inout Lexicon.Builder) throws {
        func lines(_ name: String) throws -> [String] {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data/dates") else {
                throw DateDataError.missing(name)
            }
            return try DataFile.lines(at: url)
        }
        func rows(_ name: String, _ width: Int) throws -> [[String]] {
            try lines(name).map { line in
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard f.count == width else { throw DateDataError.malformed(name, line) }
                return f
            }
        }
        func int<I: FixedWidthInteger>(_ s: String, _ name: String, as: I.Type = Int.self) throws -> I {
            guard let v = I(s) else { throw DateDataError.malformed(name, s) }
            return v
        }
        func offset(_ f: [String], _ name: String) throws -> Offset {
            guard let o = Offset(value: try int(f[1], name), anaphoric: f[2] == "anaphoric") else {
                throw DateDataError.malformed(name, f[1])
            }
            return o
        }
        let fold = TokenNormalizer.foldKey

        // The table, filled list by list; each new key gets the next id.
        var table: [String: DateWord] = [:]
        var count: Int32 = 0
        func update(_ key: String, _ change: (inout DateWord) -> Void) {
            var w = table[key] ?? DateWord()
            if w.id == 0 { count += 1; w.id = count }
            change(&w)
            table[key] = w
        }
        for k in DateKeyword.allCases { update(k.key) { $0.keyword = k } }

        // Where a list repeats a key, the first entry wins for weekdays,
        // seasons and number words, the last one for the other lists.
        for f in try rows("months.tsv", 3) {
            let m = try int(f[1], "months.tsv", as: Int8.self)
            let english = f[2] == "en"
            update(fold(f[0])) { if english { $0.englishMonth = m } else { $0.frenchMonth = m } }
        }
        for f in try rows("bare_month_abbreviations.tsv", 2) {
            let m = try int(f[1], "bare_month_abbreviations.tsv", as: Int8.self)
            update(fold(f[0])) { $0.bareMonth = m }
        }
        for f in try rows("weekdays.tsv", 2) {
            let d = try int(f[1], "weekdays.tsv", as: Int8.self)
            update(fold(f[0])) { $0.weekday = $0.weekday ?? d }
        }
        for f in try rows("relative_days.tsv", 3) {
            let o = try offset(f, "relative_days.tsv")
            update(fold(f[0])) { $0.relativeDay = o }
        }
        var codes: [String] = []
        for f in try rows("seasons.tsv", 2) {
            codes.append(f[1])
            let index = UInt8(codes.count - 1)
            update(fold(f[0])) { $0.season = $0.season ?? index }
        }
        seasonCodes = codes
        for f in try rows("offsets.tsv", 3) {
            let o = try offset(f, "offsets.tsv")
            update(fold(f[0])) { $0.offset = o }
        }
        for f in try rows("units.tsv", 2) {
            guard let unit = Unit(rawValue: f[1]) else { throw DateDataError.malformed("units.tsv", f[1]) }
            update(fold(f[0])) { $0.unit = unit }
        }
        for key in try lines("day_parts.txt").map(fold) { update(key) { $0.isDayPart = true } }
        for f in try rows("number_words.tsv", 2) {
            let n = try int(f[1], "number_words.tsv", as: Int16.self)
            update(fold(f[0])) { $0.number = $0.number ?? n }
        }
        for f in try rows("ordinals.tsv", 2) {
            let n: Int8? = f[1] == "last" ? nil : try int(f[1], "ordinals.tsv", as: Int8.self)
            update(fold(f[0])) { $0.ordinal = .some(n) }
        }
        var parts: [(letter: String, count: Int)] = []
        for f in try rows("year_parts.tsv", 3) {
            parts.append((f[1], try int(f[2], "year_parts.tsv")))
            let index = UInt8(parts.count - 1)
            update(fold(f[0])) { $0.yearPart = index }
        }
        yearParts = parts
        var cueLists: [String: [Cue]] = [:]
        for f in try rows("cues.tsv", 2) {
            guard let role = Role(rawValue: f[1]) else { throw DateDataError.malformed("cues.tsv", f[1]) }
            let key = fold(f[0])
            let form = f[0].lowercased()
            let cue = Cue(role: role, form: form == key ? nil : form)
            cueLists[key, default: []].append(cue)
            update(key) { w in
                if cue.form == nil { w.roles.insert(Roles(role)) } else { w.hasAccentedCues = true }
            }
        }
        // Entries that only match an accented spelling are checked per token (`accentedRoles`).
        var accented: [Int32: [Cue]] = [:]
        for (key, cues) in cueLists where cues.contains(where: { $0.form != nil }) { accented[table[key]!.id] = cues }
        accentedCues = accented
        for key in try lines("not_future.txt").map(fold) { update(key) { $0.notFuture = true } }
        // Modifier words get ids like any other word.
        var mods: [Modifier] = []
        for f in try rows("modifiers.tsv", 2) {
            var ids: [Int32] = []
            for (n, part) in f[0].split(separator: " ").enumerated() {
                update(fold(String(part))) { w in
                    ids.append(w.id)
                    if n == 0 { w.startsModifier = true }
                }
            }
            mods.append(Modifier(words: ids, needsDe: f[1] == "required"))
        }
        modifiers = mods.sorted { $0.words.count > $1.words.count }
        for (key, w) in table {
            let anchor = w.frenchMonth != nil || w.englishMonth != nil || w.weekday != nil || w.relativeDay != nil
                || w.season != nil || w.offset != nil || w.unit != nil || w.yearPart != nil || w.isDayPart
                || key == "siecle"
            if anchor { table[key]?.isAnchor = true }
        }
        var entries = [DateWord](repeating: DateWord(), count: Int(count) + 1)
        for var w in table.values {
            w.mayStartDate = DateWord.startsDate(w)
            entries[Int(w.id)] = w
        }
        self.entries = entries
        index = table.mapValues(\.id)
        // In key order, so that the ids the lexicon gives do not depend on
        // the order of a dictionary.
        var entryOf: [Int32] = []
        for key in table.keys.sorted() {
            let id = Int(words.intern(key))
            if id >= entryOf.count { entryOf.append(contentsOf: repeatElement(0, count: id - entryOf.count + 1)) }
            entryOf[id] = table[key]!.id
        }
        self.entryOf = entryOf
        lexicon = words.snapshot
        var cues: [String: TenseCue] = [:]
        for f in try rows("tense_cues.tsv", 2) {
            guard let cue = TenseCue(rawValue: f[1]) else { throw DateDataError.malformed("tense_cues.tsv", f[1]) }
            cues[f[0].lowercased()] = cue
        }
        tenseCues = cues
        pastSuffixes = try lines("past_suffixes.txt")
        notPast = Set(try lines("not_past.txt").map(fold))
        participleEndings = try lines("participle_endings.txt").map { $0.lowercased() }
        let futureSuffixes = try lines("future_suffixes.txt").map { s in
            (text: s, bytes: s.utf8.allSatisfy { (0x61...0x7A).contains($0) } ? Array(s.utf8) : nil)
        }
        self.futureSuffixes = futureSuffixes
        var lastBytes: [Bool]? = [Bool](repeating: false, count: 256)
        for s in futureSuffixes {
            if let last = s.bytes?.last { lastBytes?[Int(last)] = true } else { lastBytes = nil }
        }
        futureLastBytes = lastBytes
    }

    /// How far before its first anchor a date expression may start
    /// (`entre le 27`, `au tout début du mois de juillet`).
    static let anchorWindow = 8

    /// The date facts of a token (its key and shape, so no `Token` is
    /// copied): its key's entry and what a digit or a hyphen adds (`mi-juin`
    /// is a month). Cue roles that depend on the accents are `accentedRoles`.
    ///
    /// `isAnchor`: a token every date expression has near its start: a
    /// number, or a month, weekday, relative day, season, unit, part of a day
    /// or year, offset word or `siècle`, also as the last part of a
    /// hyphenated token (`mi-juin`).
    func word(_ wordId: WordId, key: String, shape: TokenShape) -> DateWord {
        guard shape.contains(.keyHasHyphen) || shape.contains(.hasDigit) else { return word(wordId) }
        let id = wordId >= 0 && Int(wordId) < entryOf.count ? entryOf[Int(wordId)] : 0
        // Its last hyphen, from the key's bytes (only keys the shape says have one).
        let lastHyphen = !shape.contains(.keyHasHyphen) ? -1 : key.utf8.withContiguousStorageIfAvailable { bytes in
            var lastHyphen = -1
            for (n, b) in bytes.enumerated() where b == UInt8(ascii: "-") { lastHyphen = n }
            return lastHyphen
        } ?? key.utf8.lastIndex(of: UInt8(ascii: "-")).map { key.utf8.distance(from: key.utf8.startIndex, to: $0) } ?? -1
        // Most tokens are their key's entry, copied as is.
        guard lastHyphen >= 0 || shape.contains(.hasDigit) else { return entries[Int(id)] }
        var w = entries[Int(id)]
        if shape.contains(.hasDigit) { w.isAnchor = true }
        // Only keys with a hyphen need their parts looked at.
        guard lastHyphen >= 0 else { return w }
        if !w.isAnchor {
            let after = key.utf8.index(key.utf8.startIndex, offsetBy: lastHyphen + 1)
            w.isAnchor = word(forKey: String(key[after...])).isAnchor
        }
        if key.hasPrefix("mi-") {
            w.startsWithMi = true
            if w.frenchMonth == nil { w.frenchMonth = word(forKey: String(key.dropFirst(3))).frenchMonth }
        }
        if key.hasSuffix("-ci") { w.endsWithCi = true }
        w.mayStartDate = DateWord.startsDate(w)
        return w
    }

    /// The entry of a token whose key has no hyphen and whose shape no digit:
    /// its key's entry as it is (no need to read the key).
    func word(_ wordId: WordId) -> DateWord {
        entries[Int(wordId >= 0 && Int(wordId) < entryOf.count ? entryOf[Int(wordId)] : 0)]
    }

    /// The roles of `word` (which `hasAccentedCues`) for a token spelled `norm` (`dès`, not `des`).
    func accentedRoles(_ word: DateWord, norm: String) -> Roles {
        var roles = word.roles
        let spelling = Lowercase.of(norm)
        for e in accentedCues[word.id] ?? [] where e.form == spelling { roles.insert(Roles(e.role)) }
        return roles
    }

    /// The entry of a key that is not a token's own (`mois` in `mois-ci`).
    func word(forKey key: String) -> DateWord { entries[Int(index[key] ?? 0)] }

    /// A lowercase future-tense verb by its ending (`arrivera`, `prendront`).
    func looksFuture(key k: String, shape: TokenShape, word: DateWord) -> Bool {
        guard k.utf8.count >= 5, !shape.contains(.capitalized), !word.notFuture else { return false }
        // No other character is canonically equivalent to `a`–`z`, so such an
        // ending is in the key's bytes when `hasSuffix` holds: comparing bytes
        // first rules most words out cheaply; `hasSuffix` decides.
        let found = k.utf8.withContiguousStorageIfAvailable { key -> Bool in
            // Most words end in no ending's last letter.
            if let lastBytes = futureLastBytes, let last = key.last, !lastBytes[Int(last)] { return false }
            return futureSuffixes.contains { s in
                if let bytes = s.bytes, !Self.bytes(key, endWith: bytes) { return false }
                return k.hasSuffix(s.text)
            }
        }
        return found ?? futureSuffixes.contains { k.hasSuffix($0.text) }
    }

    private static func bytes(_ key: UnsafeBufferPointer<UInt8>, endWith suffix: [UInt8]) -> Bool {
        guard key.count >= suffix.count else { return false }
        var i = key.count - suffix.count
        for b in suffix {
            if key[i] != b { return false }
            i += 1
        }
        return true
    }
}

enum DateDataError: Error, CustomStringConvertible {
    case missing(String)
    case malformed(String, String)

    var description: String {
        switch self {
        case let .missing(name): return "date data file \(name) not found in the resource bundle"
        case let .malformed(name, line): return "malformed line in date data \(name): \(line)"
        }
    }
}

/// What one verb form says of the tense of its clause (`tense_cues.tsv`).
enum TenseCue: String, Sendable {
    case past, future
    /// A present of `être`: past before a past participle (`est arrivé`).
    case etre = "être"
    /// A past participle not ending in `-é` (`parti`, `venu`).
    case participle
}
