import DocumentModel

/// Reads token-per-line NER files (CoNLL 2002/2003, WikiNER-style): the token
/// in the first column, the tag in the last, a blank line between sentences,
/// `-DOCSTART-` between documents.
///
/// The text is rebuilt: tokens joined by one space, sentences by a line
/// break. Without `-DOCSTART-` every sentence is a document.
///
/// Tags are `O`, `B-TYPE` or `I-TYPE`. One decoder serves both schemes, as
/// conlleval's: an entity starts at `B-`, and at an `I-` that follows `O`, the
/// sentence start or another type; it goes on over `I-` of its type. In IOB1
/// that `I-` start is the normal case and `B-` only separates two adjacent
/// entities of one type; in IOB2 it is invalid, so `--format iob2` rejects it
/// (file:line), and `conll` picks IOB1 when the file has one.
struct CoNLLNERReader {
    enum Scheme { case detect, iob1, iob2 }

    let file: String
    var scheme: Scheme = .detect
    var aliases: EntityTypeAliases = .shared

    struct Row {
        let token: String
        /// nil for `O`; (isBegin, type name as written).
        let tag: (begin: Bool, type: String)?
        let line: Int
    }

    struct Result {
        let documents: [EvalDocument]
        let warnings: [String]
        /// The scheme the tags follow (IOB1 when an `I-` opens an entity).
        let isIOB1: Bool
    }

    func read(_ content: String) throws(GoldReadError) -> Result {
        // documents → sentences → rows
        var documents: [[[Row]]] = []
        var sentence: [Row] = []
        var current: [[Row]] = []
        var sawDocStart = false
        var lineNumber = 0
        func endSentence() { if !sentence.isEmpty { current.append(sentence); sentence = [] } }
        func endDocument() { endSentence(); if !current.isEmpty { documents.append(current); current = [] } }

        for rawLine in content.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if columns.isEmpty { endSentence(); continue }
            if columns[0] == "-DOCSTART-" { sawDocStart = true; endDocument(); continue }
            guard columns.count >= 2 else {
                throw GoldReadError(file: file, line: lineNumber, "expected a token and a tag, found \"\(line)\"")
            }
            let tag = columns.last!
            if tag == "O" {
                sentence.append(Row(token: String(columns[0]), tag: nil, line: lineNumber))
            } else if (tag.hasPrefix("B-") || tag.hasPrefix("I-")), tag.count > 2 {
                sentence.append(Row(token: String(columns[0]), tag: (tag.hasPrefix("B-"), String(tag.dropFirst(2))), line: lineNumber))
            } else {
                throw GoldReadError(file: file, line: lineNumber, "tag \"\(tag)\" is not O, B-TYPE or I-TYPE (IOB1/IOB2)")
            }
        }
        endDocument()
        if !sawDocStart { documents = documents.flatMap { $0.map { [$0] } } }

        // Validate the scheme on the whole file first, so the error names the first bad line.
        var opensWithI: Row?
        for doc in documents {
            for s in doc {
                var previous: String?
                for row in s {
                    if let tag = row.tag, !tag.begin, previous != tag.type, opensWithI == nil { opensWithI = row }
                    previous = row.tag?.type
                }
            }
        }
        if scheme == .iob2, let row = opensWithI {
            throw GoldReadError(file: file, line: row.line,
                                "I-\(row.tag!.type) does not continue an entity, which IOB2 requires; the file looks like IOB1 (use --format iob1)")
        }

        var warnings: [String: Int] = [:]
        var out: [EvalDocument] = []
        for (k, doc) in documents.enumerated() {
            var entities: [Entity] = []
            var offset = 0
            var open: (start: Int, end: Int, type: String)?
            let source = SourceText(doc.map { $0.map(\.token).joined(separator: " ") }.joined(separator: "\n"))
            func close() {
                guard let e = open else { return }
                if let type = aliases.type(e.type) {
                    entities.append(Entity(span: TextSpan(ScalarRange(e.start, e.end), in: source), type: type))
                } else {
                    warnings[e.type, default: 0] += 1
                }
                open = nil
            }
            for (j, s) in doc.enumerated() {
                if j > 0 { offset += 1 } // the line break between sentences
                for (t, row) in s.enumerated() {
                    if t > 0 { offset += 1 }
                    let start = offset
                    offset += row.token.unicodeScalars.count
                    if let tag = row.tag {
                        if !tag.begin, let e = open, e.type == tag.type {
                            open = (e.start, offset, e.type)
                        } else {
                            close()
                            open = (start, offset, tag.type)
                        }
                    } else {
                        close()
                    }
                }
                close()
            }
            let firstLine = doc.first?.first?.line ?? 0
            let id = sawDocStart ? "\(baseName(file))#\(k + 1)" : "\(baseName(file)):\(firstLine)"
            out.append(EvalDocument(id: id, text: source.string, entities: entities))
        }
        let messages = warnings.keys.sorted().map { "\(file): \(warnings[$0]!) entities of unknown type \"\($0)\" skipped" }
        return Result(documents: out, warnings: messages, isIOB1: opensWithI != nil)
    }
}

/// The last path component.
func baseName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
}
