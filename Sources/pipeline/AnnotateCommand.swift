import Annotator
import ArgumentParser
import DocumentModel
import Foundation
import Ingest

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate documents (the default command): one JSON line out per document in.",
        discussion: """
            Exit status: 0 when every input became a result; 2 when some became error records; \
            64 for a usage error (nothing read); 1 when the run could not go on (output not writable, \
            gazetteer missing); 130 / 143 after SIGINT / SIGTERM (whole lines written: rerun with --resume).
            """
    )

    @Argument(help: "Input files or folders (folders recursively, in name order: .jsonl, .ndjson, .json, .txt, optionally .gz). Standard input when none, or '-'.")
    var inputs: [String] = []

    @Option(name: .long, help: "Input format: jsonl, text, or auto (by file name; standard input is jsonl).")
    var inputFormat: InputFormat = .auto

    @Flag(name: .long, help: "Add \"tokens\" and \"sentences\" to each document.")
    var tokens = false

    @Option(name: .shortAndLong, help: "Append records to FILE (whole lines only) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Write error records to FILE instead of in place among the results.")
    var errors: String?

    @Flag(name: .long, help: "Skip the documents the --output (and --errors) files already hold; drop a partial last line left by a killed run.")
    var resume = false

    @Option(name: .long, help: "Write a JSON summary of the run to FILE at the end.")
    var stats: String?

    @Option(name: .long, help: "Larger input lines or text files become too_large error records.")
    var maxDocumentBytes: Int = IngestSettings.defaultMaxDocumentBytes

    @Flag(name: .long, help: "No progress line on standard error (shown only when it is a terminal).")
    var quiet = false

    @OptionGroup var options: RunOptions

    func validate() throws {
        guard maxDocumentBytes >= 1 else { throw ValidationError("--max-document-bytes must be at least 1") }
        // Offsets are stored in 32 bits (`ScalarRange`); a document's scalars are at most its bytes.
        guard maxDocumentBytes <= ScalarRange.maxOffset else {
            throw ValidationError("--max-document-bytes must be at most \(ScalarRange.maxOffset) (2 GiB - 1)")
        }
        if resume, output == nil { throw ValidationError("--resume needs --output FILE: the file to continue") }
        if let output, output == errors { throw ValidationError("--output and --errors must be different files") }
        if !resume {
            for path in [output, errors].compactMap({ $0 }) where Self.hasContent(path) {
                throw ValidationError("\(path) already holds records: add --resume to continue that run, or remove the file")
            }
        }
    }

    private static func hasContent(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_size > 0
    }

    func run() throws {
        // A reader that goes away (`pipeline | head`) shows up as EPIPE on
        // write, where the sink ends the run quietly, not as a signal.
        signal(SIGPIPE, SIG_IGN)
        let sources: [InputSource]
        do { sources = try InputSource.expand(inputs, format: inputFormat) } catch {
            throw ValidationError(error.description)
        }
        let annotator = try Annotator(configuration: AnnotatorConfiguration(includeTokens: tokens, gazetteerDirectory: options.gazetteer))
        var settings = IngestSettings()
        settings.jobs = options.jobs
        settings.maxDocumentBytes = maxDocumentBytes
        settings.outputPath = output
        settings.errorsPath = errors
        settings.resume = resume
        settings.statsPath = stats
        settings.showProgress = !quiet
        settings.program = "pipeline \(PipelineCommand.version)"
        StopSignal.install()
        let run = IngestRun(inputs: sources, settings: settings, stamp: RecordStamp(gazetteer: annotator.gazetteerVersion)) {
            annotator.annotate($0)
        }
        let result: RunStatistics
        do { result = try run.run() } catch {
            FileHandle.standardError.write(Data("pipeline: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
        if StopSignal.requested != 0 {
            FileHandle.standardError.write(Data("pipeline: stopped by signal \(StopSignal.requested) after \(result.documents + result.errors) records; run again with --resume to continue\n".utf8))
            throw ExitCode(128 + StopSignal.requested)
        }
        // A resumed run reports on the whole output, the earlier run's part included.
        if result.errors + result.earlierErrors > 0 {
            FileHandle.standardError.write(Data("pipeline: \(result.errors + result.earlierErrors) input record(s) could not be read; see the error records\n".utf8))
            throw ExitCode(2)
        }
    }
}

extension InputFormat: ExpressibleByArgument {}
