import DocumentModel
import Foundation
import Tokenizer

/// The word lists of the date rules, read from `Data/dates/` (plain files
/// reviewers can diff). Built once per `DateTagger`; immutable.
struct DateLexicon: Sendable {
    enum Unit: String, Sendable { case day, week, weekend, month, year }

    /// Roles a context word can play (`cues.tsv`).
    enum Role: String, Sendable, CaseIterable {
        case yearCue = "year-cue", count, follower
        case unit, identifier, monthCue = "month-cue", future, notToday = "not-today", habitual, determiner
    }

    struct Offset: Sendable { let value: Int; let anaphoric: Bool }
        struct Modifier: Sendable { let words: [String]; let needsDe: Bool }
    /// A cue entry; `form` set when the entry only matches that accented spelling.
    struct Cue: Sendable { let role: Role; let form: String? }

    let frenchMonths: [String: Int]
    let englishMonths: [String: Int]
    let weekdays: [String: Int]
    let relativeDays: [String: Offset]
    let seasons: [String: String]
    let offsets: [String: Offset]
    let units: [String: Unit]
    let modifiers: [Modifier]
    let dayParts: Set<String>
    let numbers: [String: Int]
    /// `premier` → 1 … ; `dernier` → nil (the last part).
    let ordinals: [String: Int?]
    /// `trimestre` → ("Q", 4), `semestre` → ("H", 2).
    let yearParts: [String: (letter: String, count: Int)]
    let cues: [String: [Cue]]
    let futureSuffixes: [String]
    let notFuture: Set<String>

    init() throws {
        func lines(_ name: String) throws -> [String] {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data/dates") else {
                throw DateDataError.missing(name)
            }
            return DataFile.lines(of: try String(contentsOf: url, encoding: .utf8))
        }
        func rows(_ name: String, _ width: Int) throws -> [[String]] {
            try lines(name).map { line in
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard f.count == width else { throw DateDataError.malformed(name, line) }
                return f
            }
        }
        func int(_ s: String, _ name: String) throws -> Int {
            guard let v = Int(s) else { throw DateDataError.malformed(name, s) }
            return v
        }
        let fold = TokenNormalizer.foldKey

        var fr: [String: Int] = [:], en: [String: Int] = [:]
        for f in try rows("months.tsv", 3) {
            let m = try int(f[1], "months.tsv")
            if f[2] == "en" { en[fold(f[0])] = m } else { fr[fold(f[0])] = m }
        }
        frenchMonths = fr
        englishMonths = en
        weekdays = Dictionary(try rows("weekdays.tsv", 2).map { (fold($0[0]), try int($0[1], "weekdays.tsv")) },
                              uniquingKeysWith: { a, _ in a })
        var rel: [String: Offset] = [:]
        for f in try rows("relative_days.tsv", 3) {
            rel[fold(f[0])] = Offset(value: try int(f[1], "relative_days.tsv"), anaphoric: f[2] == "anaphoric")
        }
        relativeDays = rel
        seasons = Dictionary(try rows("seasons.tsv", 2).map { (fold($0[0]), $0[1]) }, uniquingKeysWith: { a, _ in a })
        var offs: [String: Offset] = [:]
        for f in try rows("offsets.tsv", 3) {
            offs[fold(f[0])] = Offset(value: try int(f[1], "offsets.tsv"), anaphoric: f[2] == "anaphoric")
        }
        offsets = offs
        var u: [String: Unit] = [:]
        for f in try rows("units.tsv", 2) {
            guard let unit = Unit(rawValue: f[1]) else { throw DateDataError.malformed("units.tsv", f[1]) }
            u[fold(f[0])] = unit
        }
        units = u
        // Longest modifiers first, so `première semaine` is tried before shorter ones.
        modifiers = try rows("modifiers.tsv", 2)
            .map { Modifier(words: $0[0].split(separator: " ").map { fold(String($0)) }, needsDe: $0[1] == "required") }
            .sorted { $0.words.count > $1.words.count }
        dayParts = Set(try lines("day_parts.txt").map(fold))
        numbers = Dictionary(try rows("number_words.tsv", 2).map { (fold($0[0]), try int($0[1], "number_words.tsv")) },
                             uniquingKeysWith: { a, _ in a })
        var ords: [String: Int?] = [:]
        for f in try rows("ordinals.tsv", 2) { ords[fold(f[0])] = f[1] == "last" ? .some(nil) : try int(f[1], "ordinals.tsv") }
        ordinals = ords
        var parts: [String: (letter: String, count: Int)] = [:]
        for f in try rows("year_parts.tsv", 3) { parts[fold(f[0])] = (f[1], try int(f[2], "year_parts.tsv")) }
        yearParts = parts
        var c: [String: [Cue]] = [:]
        for f in try rows("cues.tsv", 2) {
            guard let role = Role(rawValue: f[1]) else { throw DateDataError.malformed("cues.tsv", f[1]) }
            let key = fold(f[0])
            let form = f[0].lowercased()
            c[key, default: []].append(Cue(role: role, form: form == key ? nil : form))
        }
        cues = c
        futureSuffixes = try lines("future_suffixes.txt")
        notFuture = Set(try lines("not_future.txt").map(fold))
    }

    /// Whether `token` plays `role` (accented entries only match their spelling).
    func has(_ role: Role, _ token: Token) -> Bool {
        guard let entries = cues[token.key] else { return false }
        for e in entries where e.role == role {
            guard let form = e.form else { return true }
            if token.norm.lowercased() == form { return true }
        }
        return false
    }

    /// A lowercase future-tense verb by its ending (`arrivera`, `prendront`).
    func looksFuture(_ token: Token) -> Bool {
        let k = token.key
        guard k.utf8.count >= 5, !token.shape.contains(.capitalized), !notFuture.contains(k) else { return false }
        return futureSuffixes.contains { k.hasSuffix($0) }
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
