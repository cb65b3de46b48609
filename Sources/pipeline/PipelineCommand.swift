import ArgumentParser
import DocumentModel
import NER

/// The `pipeline` command: a thin front end that wires flags to the stages.
@main
struct PipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "French information extraction: entities, claims with their sources, and dates, as JSON Lines.",
        discussion: """
            Reads documents (JSON Lines with "id", "text" and optional "date", or plain-text files) \
            and writes one JSON line per document in the shape of ANNOTATION.md. \
            An input line that cannot be read becomes an error record {"id", "error"} in the output; \
            the run goes on and exits with status 2.
            """,
        version: PipelineCommand.versionLine,
        subcommands: [AnnotateCommand.self, EvalCommand.self, ReviewCommand.self, GazetteerCommand.self],
        defaultSubcommand: AnnotateCommand.self
    )

    /// The program's version (`--version`, the statistics' `program`).
    static let version = "0.3.0"

    static var versionLine: String {
        "pipeline \(version) (output schema \(RecordStamp.schemaVersion), gazetteer "
            + (EntityRecognizer.gazetteerVersion(directory: nil) ?? "not found") + ")"
    }
}
