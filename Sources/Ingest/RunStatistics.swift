import DocumentModel
import Foundation

/// Counts of a run, written by `--stats FILE` as one JSON object
/// (README, "Statistics") and shown by the progress line.
public struct RunStatistics: Sendable {
    public var documents = 0
    public var errors = 0
    public var errorsByKind: [ErrorKind: Int] = [:]
    public var warnings = 0
    public var duplicateIDs = 0
    public var skippedByResume = 0
    /// Error records that the interrupted run being resumed had written.
    public var earlierErrors = 0
    public var blankLines = 0
    public var inputBytes = 0
    public var outputBytes = 0
    public var seconds = 0.0
    public var interrupted = false

    public init() {}

    public var documentsPerSecond: Double { seconds > 0 ? Double(documents + errors) / seconds : 0 }

    public func json(program: String, gazetteer: String, inputs: Int) -> JSONValue {
        func number(_ x: Double) -> JSONValue { .number(String(format: "%.3f", x)) }
        return .object([
            ("program", .string(program)),
            ("schema", JSONValue(RecordStamp.schemaVersion)),
            ("gazetteer", .string(gazetteer)),
            ("inputs", JSONValue(inputs)),
            ("documents", JSONValue(documents)),
            ("errors", JSONValue(errors)),
            ("errors_by_kind", .object(ErrorKind.allCases.map { ($0.rawValue, JSONValue(errorsByKind[$0] ?? 0)) })),
            ("warnings", JSONValue(warnings)),
            ("duplicate_ids", JSONValue(duplicateIDs)),
            ("skipped_by_resume", JSONValue(skippedByResume)),
            ("earlier_errors", JSONValue(earlierErrors)),
            ("blank_lines", JSONValue(blankLines)),
            ("input_bytes", JSONValue(inputBytes)),
            ("output_bytes", JSONValue(outputBytes)),
            ("seconds", number(seconds)),
            ("documents_per_second", number(documentsPerSecond)),
            ("interrupted", .bool(interrupted)),
        ])
    }
}

/// One line on standard error, rewritten in place, when it is a terminal:
/// documents, megabytes, documents/s and, when the inputs' size is known,
/// the time left. Silent otherwise (logs of nightly jobs stay clean).
struct ProgressLine {
    let enabled: Bool
    let totalBytes: Int?
    private var lastShown = 0.0

    init(enabled: Bool, totalBytes: Int?) {
        self.enabled = enabled
        self.totalBytes = totalBytes
    }

    mutating func show(_ s: RunStatistics, bytesRead: Int, elapsed: Double, final: Bool = false) {
        guard enabled, final || elapsed - lastShown >= 0.5 else { return }
        lastShown = elapsed
        let records = s.documents + s.errors
        let rate = elapsed > 0 ? Double(records) / elapsed : 0
        var line = String(format: "pipeline: %d docs · %.1f MB · %.0f docs/s", records, Double(bytesRead) / 1e6, rate)
        if s.errors > 0 { line += " · \(s.errors) errors" }
        if let total = totalBytes, total > 0, bytesRead > 0, !final {
            let left = elapsed * Double(total - bytesRead) / Double(bytesRead)
            line += String(format: " · %.0f%% · ETA %dm%02ds", 100 * Double(bytesRead) / Double(total), Int(left) / 60, Int(left) % 60)
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line + (final ? "\n" : "")).utf8))
    }
}
