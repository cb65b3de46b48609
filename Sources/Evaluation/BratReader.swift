import DocumentModel

/// Reads brat standoff annotation: a `.txt` file and its `.ann` file.
///
/// Only text-bound `T` lines count; relations, events, attributes and notes
/// are ignored. Types go through `EntityTypeAliases` (`PERS`, `Person`,
/// `Organization`…); unknown types are skipped with a warning. Offsets are
/// code points, as in this project. A discontinuous span (`0 5;12 20`)
/// becomes one span from its first start to its last end when only
/// whitespace separates its fragments (brat splits a name at a line break);
/// otherwise its first fragment is kept (`Philippe [et Laurent] Dominati`
/// → `Philippe`), as the Sequoia gold was made.
struct BratReader {
    let file: String
    var aliases: EntityTypeAliases = .shared

    func read(id: String, text: String, ann: String) throws(GoldReadError) -> (document: EvalDocument, skipped: [String: Int]) {
        let source = SourceText(text)
        var entities: [Entity] = []
        var skipped: [String: Int] = [:]
        var lineNumber = 0
        for rawLine in ann.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            guard line.first == "T" else { continue }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2 else { throw GoldReadError(file: file, line: lineNumber, "a T line needs an id, a type with offsets, and text, tab-separated") }
            let typeAndOffsets = fields[1]
            guard let space = typeAndOffsets.firstIndex(of: " ") else {
                throw GoldReadError(file: file, line: lineNumber, "no offsets after the type in \"\(typeAndOffsets)\"")
            }
            let typeName = typeAndOffsets[..<space]
            var fragments: [ScalarRange] = []
            for part in typeAndOffsets[typeAndOffsets.index(after: space)...].split(separator: ";") {
                let numbers = part.split(separator: " ")
                guard numbers.count == 2, let s = Int(numbers[0]), let e = Int(numbers[1]), 0 <= s, s <= e else {
                    throw GoldReadError(file: file, line: lineNumber, "bad offsets \"\(part)\"")
                }
                guard e <= source.count else {
                    throw GoldReadError(file: file, line: lineNumber, "offset \(e) is past the end of the text (\(source.count) characters)")
                }
                fragments.append(ScalarRange(s, e))
            }
            if fields.count == 3 {
                let expected = fragments.map { source.slice($0) }.joined(separator: " ")
                if String(fields[2]) != expected {
                    throw GoldReadError(file: file, line: lineNumber, "text \"\(fields[2])\" but the .txt has \"\(expected)\" at those offsets")
                }
            }
            guard let type = aliases.type(typeName) else { skipped[String(typeName), default: 0] += 1; continue }
            var range = fragments[0]
            if fragments.count > 1 {
                let onlySpaceBetween = zip(fragments, fragments.dropFirst()).allSatisfy { a, b in
                    a.end <= b.start && source.scalars[a.end..<b.start].allSatisfy { Unicode.Scalar($0).map(\.properties.isWhitespace) ?? false }
                }
                if onlySpaceBetween { range = ScalarRange(fragments[0].start, fragments.last!.end) }
            }
            entities.append(Entity(span: TextSpan(range, in: source), type: type))
        }
        return (EvalDocument(id: id, text: text, entities: entities), skipped)
    }
}
