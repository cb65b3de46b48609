import Annotator
import ArgumentParser
import DocumentModel
import Foundation
import Ingest
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
        let sources: [InputSource]
        do { sources = try InputSource.expand(inputs, format: inputFormat) } catch {
            throw ValidationError(error.description)
        }
        let reader = BatchReader(sources: sources, maxDocumentBytes: IngestSettings.defaultMaxDocumentBytes)
        var pending: [Pending] = []
        while let batch = reader.nextBatch() {
            for raw in batch {
                if case let .line(bytes, input, number) = raw, let json = try? JSONValue.parse(bytes),
                   !ReviewItem.needsAnnotation(json) {
                    pending.append(.ready(ReviewItem(json: json, input: input, line: number)))
                    continue
                }
                switch DocumentReader.item(raw) {
                case let .document(doc, _, _): pending.append(.raw(doc))
                case let .error(record): pending.append(.ready(ReviewItem(json: record.json, input: record.input, line: record.line)))
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
            throw ValidationError("cannot write \(output)")
        }
        let errors = items.filter { if case .error = $0 { return true }; return false }.count
        var note = "pipeline review: wrote \(output) (\(items.count - errors) documents"
        if errors > 0 { note += ", \(errors) error records" }
        FileHandle.standardError.write(Data((note + ")\n").utf8))
    }
}
