import DocumentModel

/// Reads the project's JSON Lines (ANNOTATION.md), gold or pipeline output.
/// Spans are checked against the text by `Document(json:)`; `tokens` and
/// `sentences` (written with `--tokens`) are read as bare spans.
struct JSONLinesReader {
    let file: String
    /// The gold text of a document id, for prediction lines without `text`.
    var textFor: (String) -> String? = { _ in nil }

    func read(_ bytes: [UInt8]) throws(GoldReadError) -> [EvalDocument] {
        var docs: [EvalDocument] = []
        var seen: [String: Int] = [:]
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let doc = try document(line, line: lineNumber)
            if let previous = seen[doc.id] {
                throw GoldReadError(file: file, line: lineNumber, "duplicate document id \"\(doc.id)\" (first on line \(previous))")
            }
            seen[doc.id] = lineNumber
            docs.append(doc)
        }
        return docs
    }

    func document(_ line: ArraySlice<UInt8>, line number: Int) throws(GoldReadError) -> EvalDocument {
        let json: JSONValue
        do { json = try JSONValue.parse(line) } catch {
            throw GoldReadError(file: file, line: number, "invalid JSON: \(error)")
        }
        if let message = json["error"], !message.isNull {
            throw GoldReadError(file: file, line: number, "an error record, not a document: \(message.serialized)")
        }
        // A prediction file may be written without the text: its offsets
        // are then read against the gold document's text.
        let hasText = json["text"] != nil
        var input = json
        if !hasText, case let .object(members) = json {
            let id = json["id"]?.stringValue ?? json["id"].flatMap { if case let .number(n) = $0 { n } else { nil } }
            guard let id, let text = textFor(id) else {
                return EvalDocument(id: json["id"]?.stringValue ?? "", text: "", hasText: false)
            }
            input = .object(members + [("text", .string(text))])
        }
        let doc: Document
        do { doc = try Document(json: input) } catch {
            throw GoldReadError(file: file, line: number, error.message)
        }
        let length = SourceText(doc.text).count
        return EvalDocument(id: doc.id, text: doc.text, date: doc.date, entities: doc.entities, claims: doc.claims,
                            dates: doc.dates, unscoredDates: try unscoredDates(input["timex_other"], length, number),
                            tokens: try spans(input["tokens"], "tokens", length, number),
                            sentences: try spans(input["sentences"], "sentences", length, number),
                            hasText: hasText)
    }

    /// `timex_other` (FR-TimeBank's gold): temporal expressions the corpus
    /// types other than DATE. Those of type TIME valued as a calendar day
    /// with a time of day (`1999-05-19TMO` for `hier matin`, `2003-02-22T15:30`)
    /// are days ANNOTATION.md counts as dates (`vendredi matin`, `hier`) that
    /// the corpus does not put among its dates: not annotated for this layer.
    private func unscoredDates(_ value: JSONValue?, _ length: Int, _ line: Int) throws(GoldReadError) -> [ScalarRange] {
        guard let value, !value.isNull else { return [] }
        guard let items = value.arrayValue else { throw GoldReadError(file: file, line: line, "\"timex_other\" must be an array") }
        var out: [ScalarRange] = []
        for (k, item) in items.enumerated() {
            guard let s = item["start"]?.intValue, let e = item["end"]?.intValue, 0 <= s, s <= e, e <= length else {
                throw GoldReadError(file: file, line: line, "timex_other[\(k)]: needs integer \"start\" <= \"end\" within the text")
            }
            if item["type"]?.stringValue == "TIME", let v = item["value"]?.stringValue, Self.isDayWithTime(v) {
                out.append(ScalarRange(s, e))
            }
        }
        return out
    }

    /// `YYYY-MM-DDT…`: a calendar day, then a time of day.
    static func isDayWithTime(_ value: String) -> Bool {
        let b = Array(value.utf8)
        guard b.count > 11 else { return false }
        func digit(_ i: Int) -> Bool { b[i] >= 48 && b[i] <= 57 }
        return (0..<4).allSatisfy(digit) && b[4] == UInt8(ascii: "-") && digit(5) && digit(6)
            && b[7] == UInt8(ascii: "-") && digit(8) && digit(9) && b[10] == UInt8(ascii: "T")
    }

    private func spans(_ value: JSONValue?, _ name: String, _ length: Int, _ line: Int) throws(GoldReadError) -> [ScalarRange]? {
        guard let value, !value.isNull else { return nil }
        guard let items = value.arrayValue else { throw GoldReadError(file: file, line: line, "\"\(name)\" must be an array") }
        var out: [ScalarRange] = []
        out.reserveCapacity(items.count)
        for (k, item) in items.enumerated() {
            guard let s = item["start"]?.intValue, let e = item["end"]?.intValue, 0 <= s, s <= e, e <= length else {
                throw GoldReadError(file: file, line: line, "\(name)[\(k)]: needs integer \"start\" <= \"end\" within the text")
            }
            out.append(ScalarRange(s, e))
        }
        return out
    }
}
