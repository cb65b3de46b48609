import Annotator
import ArgumentParser
import Ingest
import DocumentModel
import Evaluation
import Foundation
import Review

/// `pipeline eval`: flags → Evaluation. Everything it prints is built by the
/// Evaluation library, so the scoring is tested without the CLI.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the pipeline (or a prediction file) against annotated gold.",
        discussion: """
            Without --pred, runs the pipeline on the gold documents' texts and dates. \
            Only the layers the gold annotates are scored (a layer with a non-empty list in at least \
            one gold document; CoNLL-U: tokens and sentences; NER files: entities), unless --layers says. \
            Matching rules: docs/EVALUATION.md. \
            Exit status: 0, 1 when a --fail-under figure is below its minimum, 2 when a file cannot be read.
            """
    )

    @Option(name: .long, help: "Gold file or brat folder.")
    var gold: String

    @Option(name: .long, help: "Predictions to score (JSON Lines in the output shape, matched by id). Default: run the pipeline.")
    var pred: String?

    @Option(name: .long, help: "Gold format: \(GoldFormat.allCases.map(\.rawValue).joined(separator: ", ")). Default: from the extension, then the content.")
    var format: GoldFormat?

    @Option(name: .long, help: "CoNLL-U documents: auto (# newdoc, else consecutive sent_id numbers of one source; split-numbered ids such as fr-ud-dev_00001 one sentence each), sentence, consecutive, newdoc.")
    var documents: CoNLLUDocuments = .auto

    @Option(name: .long, help: "Layers to score, comma-separated: entities,claims,dates,tokens,sentences. Default: those the gold annotates.")
    var layers: String?

    @Flag(name: .long, help: "Print the scores as one JSON object instead of a table.")
    var json = false

    @Flag(name: .long, help: "List every false positive and false negative with its context, and the entity type confusions (to standard error with --json).")
    var errors = false

    @Option(name: .long, help: ArgumentHelp("Also write an HTML report: scores, then each gold document beside its prediction with every error marked (docs/REVIEW.md).", valueName: "FILE"))
    var html: String?

    @Option(name: .long, help: ArgumentHelp("Exit with status 1 when a figure is below VALUE (repeatable).", valueName: "METRIC=VALUE"))
    var failUnder: [String] = []

    @OptionGroup var options: RunOptions

    func validate() throws {
        for t in failUnder {
            do { _ = try MetricThreshold(parsing: t) } catch { throw ValidationError(error.description) }
        }
        if let layers, case let .failure(error) = Layer.parseList(layers) { throw ValidationError(error.description) }
    }

    func run() throws {
        let thresholds = try failUnder.map { s in try MetricThreshold(parsing: s) }
        let goldSet: GoldSet
        let predictions: [EvalDocument]
        let predictionDescription: String
        do {
            goldSet = try GoldReader(format: format, conlluDocuments: documents).read(path: gold)
            for w in goldSet.warnings { warn(w) }
            if let pred {
                predictions = try GoldReader().readPredictions(path: pred, gold: goldSet)
                predictionDescription = pred
            } else {
                let annotator = try Annotator(configuration: AnnotatorConfiguration(includeTokens: true, gazetteerDirectory: options.gazetteer))
                predictions = ParallelMap.map(goldSet.documents, jobs: options.jobs) { EvalDocument(annotator.annotate($0.input)) }
                predictionDescription = "pipeline run on the gold texts"
            }
        } catch let error as GoldReadError {
            warn(error.description)
            throw ExitCode(2)
        }
        var scored = goldSet.annotatedLayers
        if let layers, case let .success(chosen) = Layer.parseList(layers) { scored = chosen }

        let result: EvaluationResult
        do { result = try Evaluator(layers: scored).evaluate(gold: goldSet.documents, predictions: predictions) } catch {
            warn(error.description)
            throw ExitCode(2)
        }
        let report = EvaluationReport(result: result, goldDescription: "\(gold) (\(goldSet.format.rawValue))",
                                      predictionDescription: predictionDescription)
        if let html {
            let page = try EvalReportPage(gold: goldSet.documents, predictions: predictions, report: report).render()
            guard FileManager.default.createFile(atPath: html, contents: Data(page)) else {
                warn("cannot write \(html)")
                throw ExitCode(2)
            }
        }
        // The same writer as annotate's records: whole writes, EPIPE ends quietly.
        let output = RecordSink.standardOutput()
        if json {
            try output.write(Array((report.json.serialized + "\n").utf8))
            try output.flush()
            if errors { FileHandle.standardError.write(Data(report.errorListing.utf8)) }
            for note in result.notes { warn(note) }
        } else {
            if errors { try output.write(Array((report.errorListing + "\n").utf8)) }
            try output.write(Array(report.table.utf8))
            try output.flush()
        }
        let failures = thresholds.compactMap { $0.failure(in: report.json) }
        for failure in failures { warn("FAIL \(failure)") }
        if !failures.isEmpty { throw ExitCode(1) }
    }

    private func warn(_ s: String) {
        FileHandle.standardError.write(Data("pipeline eval: \(s)\n".utf8))
    }
}

extension GoldFormat: ExpressibleByArgument {}
extension CoNLLUDocuments: ExpressibleByArgument {}
