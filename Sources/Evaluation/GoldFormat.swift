/// The gold formats `pipeline eval` reads.
public enum GoldFormat: String, CaseIterable, Sendable {
    /// The project's JSON Lines (ANNOTATION.md).
    case jsonl
    /// Universal Dependencies CoNLL-U: tokens and sentences.
    case conllu
    /// Token-per-line NER, tag in the last column, IOB1 or IOB2 told from the tags.
    case conll
    /// Token-per-line NER, IOB2 required (an `I-` tag must continue an entity).
    case iob2
    /// Token-per-line NER, IOB1 (`I-` opens an entity; `B-` only splits two adjacent ones).
    case iob1
    /// brat standoff: a folder of `.txt` + `.ann` pairs.
    case brat

    /// The format of `path` from its extension, then its content; nil when unknown.
    /// `isDirectory` paths are brat folders.
    public static func detect(path: String, isDirectory: Bool, head: [UInt8]) -> GoldFormat? {
        if isDirectory { return .brat }
        let lower = path.lowercased()
        let ext = lower.split(separator: "/").last.flatMap { name in name.contains(".") ? name.split(separator: ".").last.map(String.init) : nil } ?? ""
        switch ext {
        case "jsonl", "ndjson", "json": return .jsonl
        case "conllu": return .conllu
        case "conll", "iob", "bio", "ner": return .conll
        case "iob2": return .iob2
        case "iob1": return .iob1
        case "ann": return .brat
        default: break
        }
        return fromContent(head)
    }

    /// Guesses from the first bytes: `{` → JSON Lines; ten tab-separated
    /// columns or `# sent_id`/`# text` → CoNLL-U; a last column of IOB tags → CoNLL.
    static func fromContent(_ head: [UInt8]) -> GoldFormat? {
        let text = String(decoding: head, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).prefix(50).map { $0.trimmingSpaces }
        guard let first = lines.first(where: { !$0.isEmpty }) else { return nil }
        if first.hasPrefix("{") { return .jsonl }
        if lines.contains(where: { $0.hasPrefix("# sent_id") || $0.hasPrefix("# text") }) { return .conllu }
        let rows = lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        if !rows.isEmpty, rows.allSatisfy({ $0.split(separator: "\t", omittingEmptySubsequences: false).count == 10 }) { return .conllu }
        let tagged = rows.filter { row in
            guard let tag = row.split(whereSeparator: { $0 == " " || $0 == "\t" }).last else { return false }
            return tag == "O" || tag.hasPrefix("B-") || tag.hasPrefix("I-")
        }
        if !rows.isEmpty, tagged.count * 10 >= rows.count * 9 { return .conll }
        return nil
    }
}
