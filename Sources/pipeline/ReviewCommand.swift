import Annotator
import ArgumentParser
import DocumentModel
import Foundation
import Review

/// `pipeline review`: flags → Review. Annotated JSON Lines are shown as they
/// are; raw documents (no entities, claims or dates) are annotated first.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write one self-contained HTML page showing documents with their entities, claims and dates.",
        discussion: """
            Reads the pipeline's output (JSON Lines), or raw documents, which are annotated first. \
            Error records are shown as such. The page loads nothing from the network and opens from file://. \
            Markup contract: docs/REVIEW.md.
            """
    )

    @Argument(help: "Input files or folders (.jsonl and .txt); standard input when none, or '-'.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "The HTML file to write.")
    var output: String

    @Option(name: .long, help: "Input format: jsonl, text, or auto (by file extension; standard input is jsonl).")
    var inputFormat: InputFormat = .auto

    @Option(name: .long, help: "Title of the page.")
    var title = "Pipeline review"

    @OptionGroup var options: RunOptions

    private enum Pending: Sendable {
        case ready(ReviewItem)
        case raw(Document)
    }

    func run() throws {
        let reader = try InputReader(paths: inputs, format: inputFormat)
        var pending: [Pending] = []
        for source in reader.sources {
            let handle: FileHandle
            if source.path == "-" { handle = FileHandle.standardInput } else {
                guard let h = FileHandle(forReadingAtPath: source.path) else { throw InputError("cannot open \(source.path)") }
                handle = h
            }
            defer { if source.path != "-" { try? handle.close() } }
            if source.format == .text {
                switch InputReader.textDocument(handle.readDataToEndOfFile(), name: source.path) {
                case let .document(doc, _, _): pending.append(.raw(doc))
                case let .error(record): pending.append(.ready(ReviewItem(json: record.json, input: source.path, line: 1)))
                }
                continue
            }
            var lines = LineReader(handle: handle)
            var number = 0
            while let line = lines.next() {
                number += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                let json: JSONValue
                do { json = try JSONValue.parse(line) } catch {
                    pending.append(.ready(.error(ReviewError(id: nil, message: "invalid JSON: \(error)",
                                                              details: [("input", source.path), ("line", String(number))]))))
                    continue
                }
                if ReviewItem.needsAnnotation(json) {
                    switch InputReader.jsonDocument(line, name: source.path, line: number) {
                    case let .document(doc, _, _): pending.append(.raw(doc))
                    case let .error(record): pending.append(.ready(ReviewItem(json: record.json, input: source.path, line: number)))
                    }
                } else {
                    pending.append(.ready(ReviewItem(json: json, input: source.path, line: number)))
                }
            }
        }
        // The gazetteer is read only when some document needs annotating.
        let needsAnnotator = pending.contains { if case .raw = $0 { return true }; return false }
        let annotator = needsAnnotator
            ? try Annotator(configuration: AnnotatorConfiguration(includeTokens: false, gazetteerDirectory: options.gazetteer)) : nil
        let items = ParallelMap.map(pending, jobs: options.jobs) { p -> ReviewItem in
            switch p {
            case let .ready(item): return item
            case let .raw(doc): return .document(annotator!.annotate(doc))
            }
        }
        let bytes = try ReviewPage(items: items, title: title).render()
        guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
            throw InputError("cannot write \(output)")
        }
        let errors = items.filter { if case .error = $0 { return true }; return false }.count
        var note = "pipeline review: wrote \(output) (\(items.count - errors) documents"
        if errors > 0 { note += ", \(errors) error records" }
        FileHandle.standardError.write(Data((note + ")\n").utf8))
    }
}
