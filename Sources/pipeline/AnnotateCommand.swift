import Annotator
import ArgumentParser
import DocumentModel
import Foundation

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate documents (the default command): one JSON line out per document in."
    )

    @Argument(help: "Input files or folders (folders: their .jsonl and .txt files, sorted). Standard input when none, or '-'.")
    var inputs: [String] = []

    @Option(name: .long, help: "Input format: jsonl, text, or auto (by file extension; standard input is jsonl).")
    var inputFormat: InputFormat = .auto

    @Flag(name: .long, help: "Add \"tokens\" and \"sentences\" to each document.")
    var tokens = false

    @OptionGroup var options: RunOptions

    func run() throws {
        // A reader that goes away (`pipeline | head`) shows up as EPIPE on
        // write, where OutputWriter ends the run quietly, not as a signal.
        signal(SIGPIPE, SIG_IGN)
        let annotator = try Annotator(configuration: AnnotatorConfiguration(includeTokens: tokens, gazetteerDirectory: options.gazetteer))
        let reader = try InputReader(paths: inputs, format: inputFormat)
        let output = OutputWriter()
        var errors = 0
        try reader.forEachBatch { batch in
            let lines = ParallelMap.map(batch, jobs: options.jobs) { item -> [UInt8] in
                var bytes = [UInt8]()
                switch item {
                case let .document(doc, _, _): annotator.annotate(doc).json().write(to: &bytes)
                case let .error(record): record.json.write(to: &bytes)
                }
                bytes.append(0x0A)
                return bytes
            }
            for (item, line) in zip(batch, lines) {
                if case let .error(record) = item {
                    errors += 1
                    FileHandle.standardError.write(Data("pipeline: \(record.summary)\n".utf8))
                }
                output.write(line)
            }
        }
        output.flush()
        if errors > 0 {
            FileHandle.standardError.write(Data("pipeline: \(errors) input record(s) could not be read; see the error records in the output\n".utf8))
            throw ExitCode(2)
        }
    }
}

enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    case auto, jsonl, text
}
