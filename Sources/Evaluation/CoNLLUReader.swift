import DocumentModel

/// How CoNLL-U sentences are grouped into documents.
public enum CoNLLUDocuments: String, CaseIterable, Sendable {
    /// `# newdoc` markers when the file has them; otherwise consecutive
    /// numbers from the same source file, except split-numbered ids
    /// (`fr-ud-dev_00001`, shuffled treebanks such as GSD): one sentence each.
    case auto
    /// Every sentence is a document.
    case sentence
    /// Runs of consecutive `<source>_<number>` sentence ids form a document.
    case consecutive
    /// `# newdoc` lines start documents.
    case newdoc
}

/// Reads Universal Dependencies CoNLL-U as gold tokens and sentences.
///
/// Tokens are the surface tokens: a multiword token (`2-3 du`) counts once,
/// as written, and its syntactic words are skipped; empty nodes (`8.1`) are
/// skipped. Each token's form is found in order in the sentence's `# text`
/// (only whitespace may lie between), so offsets are the text's own; without
/// `# text`, the text is rebuilt from forms and `SpaceAfter=No`. Sentences of
/// one document are joined by one space.
struct CoNLLUReader {
    let file: String
    var grouping: CoNLLUDocuments = .auto

    struct Sentence {
        let id: String?
        let newdoc: Bool
        let firstLine: Int
        let text: String
        /// Surface token spans in `text`.
        let tokens: [ScalarRange]
    }

    func read(_ content: String) throws(GoldReadError) -> [EvalDocument] {
        let sentences = try parse(content)
        return group(sentences).map(document)
    }

    func parse(_ content: String) throws(GoldReadError) -> [Sentence] {
        var out: [Sentence] = []
        var id: String?
        var text: String?
        var newdoc = false
        var forms: [(form: String, spaceAfter: Bool, line: Int)] = []
        var firstLine = 0
        var rangeEnd = 0 // last word id covered by the current multiword token
        var lineNumber = 0

        func flush() throws(GoldReadError) {
            defer { id = nil; text = nil; newdoc = false; forms = []; rangeEnd = 0; firstLine = 0 }
            guard !forms.isEmpty else {
                if text != nil || id != nil { throw GoldReadError(file: file, line: firstLine, "sentence \(id ?? "") has no tokens") }
                return
            }
            let sentenceText = text ?? forms.map { $0.form + ($0.spaceAfter ? " " : "") }.joined().trimmingSpaces
            out.append(Sentence(id: id, newdoc: newdoc, firstLine: firstLine, text: sentenceText,
                                tokens: try align(forms, on: sentenceText)))
        }

        for rawLine in content.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { try flush(); continue }
            if firstLine == 0 { firstLine = lineNumber }
            if line.hasPrefix("#") {
                let comment = line.dropFirst().trimmingSpaces
                if let v = value(of: "sent_id", in: comment) { id = v }
                else if let v = value(of: "text", in: comment) { text = v }
                else if comment == "newdoc" || comment.hasPrefix("newdoc ") { newdoc = true }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw GoldReadError(file: file, line: lineNumber, "a token line needs 10 tab-separated columns, found \(columns.count)")
            }
            let idField = columns[0]
            let form = String(columns[1])
            let spaceAfter = !columns[9].split(separator: "|").contains("SpaceAfter=No")
            if let dash = idField.firstIndex(of: "-") {
                guard let a = Int(idField[..<dash]), let b = Int(idField[idField.index(after: dash)...]), a <= b else {
                    throw GoldReadError(file: file, line: lineNumber, "bad multiword token id \"\(idField)\"")
                }
                forms.append((form, spaceAfter, lineNumber))
                rangeEnd = b
            } else if idField.contains(".") {
                continue // empty node: no surface form
            } else {
                guard let n = Int(idField) else { throw GoldReadError(file: file, line: lineNumber, "bad token id \"\(idField)\"") }
                if n > rangeEnd { forms.append((form, spaceAfter, lineNumber)) }
            }
        }
        try flush()
        return out
    }

    private func value(of key: String, in comment: String) -> String? {
        guard comment.hasPrefix(key) else { return nil }
        let rest = comment.dropFirst(key.count).drop(while: { $0 == " " })
        guard rest.first == "=" else { return nil }
        return String(rest.dropFirst().drop(while: { $0 == " " }))
    }

    /// Finds each form in order in `text`, allowing only whitespace between.
    private func align(_ forms: [(form: String, spaceAfter: Bool, line: Int)], on text: String) throws(GoldReadError) -> [ScalarRange] {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var spans: [ScalarRange] = []
        spans.reserveCapacity(forms.count)
        for f in forms {
            while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
            let form = Array(f.form.unicodeScalars)
            guard !form.isEmpty, i + form.count <= scalars.count, Array(scalars[i..<(i + form.count)]) == form else {
                let found = String(String.UnicodeScalarView(scalars[i..<min(scalars.count, i + max(form.count, 1))]))
                throw GoldReadError(file: file, line: f.line,
                                    "token \"\(f.form)\" does not match the sentence text at offset \(i) (\"\(found)\")")
            }
            spans.append(ScalarRange(i, i + form.count))
            i += form.count
        }
        while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
        if i < scalars.count {
            throw GoldReadError(file: file, line: forms.last!.line, "the sentence text goes on after the last token: \"\(String(String.UnicodeScalarView(scalars[i...])))\"")
        }
        return spans
    }

    /// `annodis.er_00012` → (`annodis.er`, 12).
    static func splitID(_ id: String) -> (source: String, number: Int)? {
        guard let underscore = id.lastIndex(of: "_") else { return nil }
        let digits = id[id.index(after: underscore)...]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let n = Int(digits) else { return nil }
        return (String(id[..<underscore]), n)
    }

    /// UD's split-level numbering (`fr-ud-dev`): the number is a position in
    /// a shuffled split, not in a source text.
    static func isSplitNumbered(_ source: String) -> Bool {
        let parts = source.lowercased().split(separator: "-")
        return parts.count >= 3 && parts[parts.count - 2] == "ud" && ["train", "dev", "test"].contains(parts.last!)
    }

    func group(_ sentences: [Sentence]) -> [[Sentence]] {
        var mode = grouping
        if mode == .auto { mode = sentences.contains(where: \.newdoc) ? .newdoc : .consecutive }
        var ordered = sentences
        // The official splits sample sentences out of order; a source's
        // sentences are put back in number order (stable) before runs are found.
        let keys = sentences.map { $0.id.flatMap(CoNLLUReader.splitID) }
        if mode == .consecutive, keys.allSatisfy({ $0 != nil }) {
            ordered = zip(sentences, keys).enumerated().sorted { a, b in
                let ka = a.element.1!, kb = b.element.1!
                if ka.source != kb.source { return ka.source < kb.source }
                return ka.number != kb.number ? ka.number < kb.number : a.offset < b.offset
            }.map(\.element.0)
        }
        var groups: [[Sentence]] = []
        for s in ordered {
            let joins: Bool
            switch mode {
            case .sentence, .auto: joins = false
            case .newdoc: joins = !s.newdoc && !groups.isEmpty
            case .consecutive:
                if let prev = groups.last?.last, let a = prev.id.flatMap(CoNLLUReader.splitID),
                   let b = s.id.flatMap(CoNLLUReader.splitID), a.source == b.source, b.number == a.number + 1,
                   !(grouping == .auto && CoNLLUReader.isSplitNumbered(a.source)) {
                    joins = true
                } else { joins = false }
            }
            if joins { groups[groups.count - 1].append(s) } else { groups.append([s]) }
        }
        return groups
    }

    func document(_ group: [Sentence]) -> EvalDocument {
        var text = ""
        var offset = 0
        var tokens: [ScalarRange] = []
        var sentences: [ScalarRange] = []
        for (k, s) in group.enumerated() {
            if k > 0 { text += " "; offset += 1 }
            text += s.text
            let shifted = s.tokens.map { ScalarRange($0.start + offset, $0.end + offset) }
            tokens += shifted
            sentences.append(ScalarRange(shifted.first!.start, shifted.last!.end))
            offset += s.text.unicodeScalars.count
        }
        let first = group.first!
        var id = first.id ?? "\(file):\(first.firstLine)"
        if group.count > 1, let last = group.last?.id, let underscore = last.lastIndex(of: "_") {
            id += ".." + last[last.index(after: underscore)...]
        }
        return EvalDocument(id: id, text: text, tokens: tokens, sentences: sentences)
    }
}
