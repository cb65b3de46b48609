import Annotator
import Glibc
import DocumentModel
import Ingest

/// One fuzz input: its first byte chooses how the rest is read (JSON Lines
/// or one text file); every unit read goes through the annotator exactly as
/// `pipeline` runs it. A crash, a hang, or a broken promise of the output
/// contract (a span that is not the text at its offsets, a record that does
/// not parse back, a line without its record) stops the fuzzer.
let annotator = try! Annotator()
let stamp = RecordStamp(gazetteer: "fuzz")

func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let format: InputFormat = data[0] & 1 == 0 ? .jsonl : .text
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let reader = BatchReader(sources: [.memory(bytes, name: "fuzz", format: format)], maxDocumentBytes: 1 << 16)
    var records = 0
    while let batch = reader.nextBatch() {
        for raw in batch {
            records += 1
            switch DocumentReader.item(raw) {
            case let .document(doc, _, _):
                let out = annotator.annotate(doc)
                check(out)
                var line: [UInt8] = []
                stamp.stamped(out.json()).write(to: &line)
                guard let back = try? JSONValue.parse(line), back["id"]?.stringValue == doc.id else {
                    fatalError("a record does not parse back: \(String(decoding: line, as: UTF8.self))")
                }
            case let .error(record):
                var line: [UInt8] = []
                record.json.write(to: &line)
                guard (try? JSONValue.parse(line)) != nil else { fatalError("an error record does not parse back") }
            }
        }
    }
    if format == .text, records != 1 { fatalError("a text file gave \(records) records") }
    return 0
}

/// Every span is the text at its offsets, in Unicode scalars.
func check(_ doc: Document) {
    let source = SourceText(doc.text)
    func expect(_ span: TextSpan, _ what: String) {
        guard span.start >= 0, span.start <= span.end, span.end <= source.count, source.slice(span.range) == span.text else {
            fatalError("\(what) \(span.range) is not the text at its offsets in \(doc.text.debugDescription)")
        }
    }
    for e in doc.entities { expect(e.span, "entity") }
    for d in doc.dates { expect(d.span, "date") }
    for c in doc.claims {
        expect(c.content, "claim content")
        if let cue = c.cue { expect(cue, "cue") }
        if let s = c.source {
            expect(s.span, "source")
            if let r = s.resolved { expect(r, "resolved source") }
        }
    }
}
