import DocumentModel
import Lexicon
import Foundation
import Tokenizer

/// Checks gazetteer files against gazetteer/README.md (the rules of
/// tools/gazetteer/check.py): 8 columns, unique well-formed ids, known
/// types and subtypes, `kb` / `country` / `valid` syntax, alias separators, no bracket inside an alias,
/// and aliases claimed by two types unless a `# … AMBIGUOUS …` comment sits
/// directly above one of the entries. Problems carry file and line.
struct GazetteerValidator {
    static let subtypes: Set<String> = [
        "armed_group", "military", "mission", "government", "ministry", "party", "intl_org", "ngo", "company",
        "media", "person", "country", "region", "cercle", "province", "department", "town", "locality",
        "feature", "nationality", "ethnic_group", "event", "product", "programme",
    ]
    static let ruleFiles = ["first_names.txt", "person_titles.txt", "name_particles.txt", "org_heads.txt",
                            "place_cues.txt", "stopwords.txt"]

    struct Report {
        var errors: [String] = []
        var warnings: [String] = []
        var entries = 0
        var names = 0
    }

    func check(directory: String) -> Report {
        var report = Report()
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            report.errors.append("\(directory): not a readable directory")
            return report
        }
        let stopwords = Set(readLines((directory as NSString).appendingPathComponent("rules/stopwords.txt"))
            .map(TokenNormalizer.foldKey))
        var ids: [String: String] = [:]
        // Folded alias → (type, where, id, declared ambiguous).
        var aliases: [String: [(EntityType, String, String, Bool)]] = [:]
        for name in names.filter({ $0.hasSuffix(".tsv") }).sorted() {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                report.errors.append("\(name): not readable as UTF-8")
                continue
            }
            var previousComment = ""
            for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let at = "\(name):\(n + 1)"
                var line = String(raw)
                if line.hasSuffix("\r") { report.errors.append("\(at): CRLF line ending"); line.removeLast() }
                if line.trimmingCharacters(in: .whitespaces).isEmpty { previousComment = ""; continue }
                if line.hasPrefix("#") { previousComment = line; continue }
                let ambiguous = previousComment.contains("AMBIGUOUS")
                previousComment = ""
                let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard c.count == 8 else {
                    report.errors.append("\(at): \(c.count) columns, expected 8 (id type subtype canonical aliases kb country valid)")
                    continue
                }
                report.entries += 1
                let (id, typeName, subtype, canonical, aliasColumn, kb, country, valid) = (c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7])
                if !validId(id) { report.errors.append("\(at): bad id \(quoted(id))") }
                if let first = ids[id] { report.errors.append("\(at): duplicate id \(id) (first at \(first))") } else { ids[id] = at }
                let type = EntityType(rawValue: typeName)
                if type == nil { report.errors.append("\(at): bad type \(quoted(typeName))") }
                if !Self.subtypes.contains(subtype) { report.errors.append("\(at): bad subtype \(quoted(subtype))") }
                if !kb.isEmpty, !validKb(kb) { report.errors.append("\(at): bad kb \(quoted(kb)) (Q followed by digits)") }
                if !country.isEmpty, !(country.count == 2 && country.allSatisfy { $0.isASCII && $0.isUppercase }) {
                    report.errors.append("\(at): bad country \(quoted(country)) (ISO 3166-1 alpha-2)")
                }
                if !valid.isEmpty, let problem = validRangeProblem(valid) { report.errors.append("\(at): bad valid \(quoted(valid)): \(problem)") }
                if canonical.isEmpty || canonical != canonical.trimmingCharacters(in: .whitespaces) || canonical.contains("|") {
                    report.errors.append("\(at): bad canonical \(quoted(canonical))")
                }
                var all = [canonical]
                if !aliasColumn.isEmpty {
                    for alias in aliasColumn.components(separatedBy: " | ") {
                        if alias.isEmpty || alias != alias.trimmingCharacters(in: .whitespaces) || alias.contains("|") || alias.contains("  ") {
                            report.errors.append("\(at): bad alias \(quoted(alias)) (aliases are separated by ' | ')")
                        }
                        all.append(alias)
                    }
                }
                if Set(all).count != all.count { report.errors.append("\(at): duplicate alias within the entry") }
                report.names += all.count
                var seen = Set<String>()
                for alias in all {
                    let exact = alias.hasPrefix("=")
                    let body = exact ? String(alias.dropFirst()) : alias
                    if body.isEmpty { report.errors.append("\(at): empty exact alias"); continue }
                    // `Name (ACRONYM)` in text is two mentions (ANNOTATION.md); an alias spanning the bracket hides one.
                    if body.contains("(") || body.contains(")") {
                        report.errors.append("\(at): alias \(quoted(alias)) holds a bracket (a name and its bracketed acronym are two entities)")
                    }
                    let key = TokenNormalizer.foldKey(body)
                    guard seen.insert(key).inserted else { continue }
                    if !exact, !key.contains(" "), stopwords.contains(key) {
                        report.errors.append("\(at): alias \(quoted(alias)) is a rules/stopwords.txt word (use =\(alias) if meant)")
                    }
                    if let type { aliases[key, default: []].append((type, at, id, ambiguous)) }
                }
            }
        }
        for (key, claims) in aliases.sorted(by: { $0.key < $1.key }) where Set(claims.map(\.0)).count > 1 {
            let list = claims.map { "\($0.0.rawValue) \($0.2) (\($0.1))" }.joined(separator: ", ")
            if claims.contains(where: \.3) {
                report.warnings.append("declared ambiguous: alias \(quoted(key)) claimed by \(list)")
            } else {
                report.errors.append("alias \(quoted(key)) claimed by two types: \(list) (mark one with a # AMBIGUOUS comment above it if intended)")
            }
        }
        for file in Self.ruleFiles {
            let path = (directory as NSString).appendingPathComponent("rules/" + file)
            if !fm.fileExists(atPath: path) { report.errors.append("rules/\(file): missing") }
        }
        return report
    }

    func readLines(_ path: String) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return DataFile.lines(of: text)
    }

    func quoted(_ s: String) -> String { "'\(s)'" }

    /// `kind:slug`: kind in org/per/loc/misc, then `[a-z0-9]` and `:._-`.
    func validId(_ id: String) -> Bool {
        let parts = id.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, ["org", "per", "loc", "misc"].contains(parts[0]), let first = parts[1].first,
              first.isASCII, first.isLowercase || first.isNumber else { return false }
        return parts[1].allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || ":._-".contains($0)) }
    }

    func validKb(_ kb: String) -> Bool {
        kb.count >= 2 && kb.first == "Q" && kb.dropFirst().first != "0" && kb.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// nil when `FROM/TO` is well formed (either end open, not both), else the problem.
    func validRangeProblem(_ valid: String) -> String? {
        let ends = valid.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard ends.count == 2 else { return "expected FROM/TO" }
        guard !(ends[0].isEmpty && ends[1].isEmpty) else { return "both ends open" }
        for end in ends where !end.isEmpty && DocumentDate(end) == nil { return "\(end) is not YYYY[-MM[-DD]]" }
        if !ends[0].isEmpty, !ends[1].isEmpty, ends[0] > ends[1] { return "range reversed" }
        return nil
    }
}

extension EntityRecognizer {
    /// Result of `checkGazetteer`: errors and warnings with file:line, and counts.
    public struct GazetteerCheck: Sendable {
        public let directory: String
        public let errors: [String]
        public let warnings: [String]
        public let entries: Int
        public let names: Int
    }

    /// Validates the gazetteer in `directory` (nil: the default one) without loading it.
    public static func checkGazetteer(directory: String?) -> GazetteerCheck {
        guard let dir = directory ?? GazetteerLocator.defaultDirectory() else {
            return GazetteerCheck(directory: "", errors: ["no gazetteer found (\(GazetteerLocator.candidates().joined(separator: ", ")))"],
                                  warnings: [], entries: 0, names: 0)
        }
        let r = GazetteerValidator().check(directory: dir)
        return GazetteerCheck(directory: dir, errors: r.errors, warnings: r.warnings, entries: r.entries, names: r.names)
    }
}
