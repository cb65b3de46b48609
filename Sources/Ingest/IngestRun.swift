import DocumentModel
import Foundation

/// How a run reads, writes and reports (the `annotate` flags, README "Using it").
public struct IngestSettings: Sendable {
    /// Documents processed in parallel; output bytes do not depend on it.
    public var jobs = 1
    /// Larger lines or text files become `too_large` error records.
    public var maxDocumentBytes = IngestSettings.defaultMaxDocumentBytes
    /// Results (and error records, unless `errorsPath`) are appended here; nil: standard output.
    public var outputPath: String?
    /// Error records go here instead of in place.
    public var errorsPath: String?
    /// Skip what the output files already hold (see `ResumeLedger`).
    public var resume = false
    /// A JSON summary is written here at the end.
    public var statsPath: String?
    /// The progress line on standard error (only when it is a terminal).
    public var showProgress = true
    /// Name and version, for the statistics.
    public var program = "pipeline"

    public static let defaultMaxDocumentBytes = 32 << 20

    public init() {}
}

public enum IngestError: Error, CustomStringConvertible {
    case output(String)
    public var description: String {
        switch self { case let .output(m): return m }
    }
}

/// One run over a stream of inputs: read in batches, parse and annotate in
/// parallel, write in input order — every unit of input becomes exactly one
/// record, a result or an error record, unless an earlier run being resumed
/// already wrote it.
public final class IngestRun {
    let inputs: [InputSource]
    let settings: IngestSettings
    let stamp: RecordStamp
    let annotate: @Sendable (Document) -> Document

    public init(inputs: [InputSource], settings: IngestSettings, stamp: RecordStamp,
                annotate: @escaping @Sendable (Document) -> Document) {
        self.inputs = inputs
        self.settings = settings
        self.stamp = stamp
        self.annotate = annotate
    }

    public func run() throws(IngestError) -> RunStatistics {
        let clock = ContinuousClock.now
        var stats = RunStatistics()
        var ledger = ResumeLedger()
        let out: RecordSink, errorSink: RecordSink?
        do {
            if settings.resume {
                for path in [settings.outputPath, settings.errorsPath].compactMap({ $0 }) { try ledger.read(path) }
                for (path, bytes) in ledger.droppedPartialLines {
                    note("\(path): dropped a partial last line (\(bytes) bytes) left by an interrupted run")
                }
            }
            out = try settings.outputPath.map { p throws(RecordSink.SinkError) in try RecordSink.appending(to: p) } ?? .standardOutput()
            errorSink = try settings.errorsPath.map { p throws(RecordSink.SinkError) in try RecordSink.appending(to: p) }
        } catch let e as LedgerError {
            throw .output(e.description)
        } catch let e as RecordSink.SinkError {
            throw .output(e.description)
        } catch {
            throw .output("\(error)")
        }

        let reader = BatchReader(sources: inputs, maxDocumentBytes: settings.maxDocumentBytes,
                                 shouldStop: { StopSignal.requested != 0 })
        let knownSizes = inputs.compactMap(\.size)
        var progress = ProgressLine(enabled: settings.showProgress && isatty(2) == 1,
                                    totalBytes: knownSizes.count == inputs.count ? knownSizes.reduce(0, +) : nil)
        var seenIDs = Set<UInt64>()
        let jobs = settings.jobs, annotate = self.annotate, stamp = self.stamp

        do throws(RecordSink.SinkError) {
            while StopSignal.requested == 0, let batch = reader.nextBatch() {
                let parsed = ParallelMap.map(batch, jobs: jobs) { DocumentReader.item($0) }
                var work: [InputItem] = []
                work.reserveCapacity(parsed.count)
                for var item in parsed {
                    // Duplicates are checked before resuming skips, so a resumed run
                    // warns exactly where an uninterrupted one would.
                    if case let .document(doc, input, line) = item, !seenIDs.insert(FNV1a64.hash(doc.id)).inserted {
                        stats.duplicateIDs += 1
                        item = .document(doc.adding(warning: "duplicate id: an earlier document of this run has the id \"\(doc.id)\""),
                                         input: input, line: line)
                    }
                    if settings.resume, ledger.alreadyWritten(item) { stats.skippedByResume += 1; continue }
                    work.append(item)
                }
                let lines = ParallelMap.map(work, jobs: jobs) { item -> [UInt8] in
                    switch item {
                    case let .document(doc, _, _):
                        // Output lines run about four times their text (entities, claims, dates).
                        var out = JSONOutput(capacity: 4 * doc.text.utf8.count + 1024)
                        annotate(doc).writeJSON(to: &out, stamp: stamp)
                        out.append(0x0A)
                        return out.bytes()
                    case let .error(record):
                        var out = JSONOutput()
                        stamp.stamped(record.json).write(to: &out)
                        out.append(0x0A)
                        return out.bytes()
                    }
                }
                for (item, line) in zip(work, lines) {
                    switch item {
                    case let .document(doc, _, _):
                        stats.documents += 1
                        if !doc.warnings.isEmpty { stats.warnings += 1 }
                        try out.write(line)
                    case let .error(record):
                        stats.errors += 1
                        stats.errorsByKind[record.kind, default: 0] += 1
                        note(record.summary)
                        try (errorSink ?? out).write(line)
                    }
                }
                try out.flush()
                try errorSink?.flush()
                progress.show(stats, bytesRead: reader.bytesRead, elapsed: Self.seconds(since: clock))
            }
            try out.sync()
            try errorSink?.sync()
        } catch {
            throw .output(error.description)
        }
        stats.interrupted = StopSignal.requested != 0
        stats.earlierErrors = ledger.errorRecordsFound
        stats.blankLines = reader.blankLines
        stats.inputBytes = reader.bytesRead
        stats.outputBytes = out.bytesWritten + (errorSink?.bytesWritten ?? 0)
        stats.seconds = Self.seconds(since: clock)
        progress.show(stats, bytesRead: reader.bytesRead, elapsed: stats.seconds, final: true)
        if let path = settings.statsPath { try writeStatistics(stats, to: path) }
        return stats
    }

    private func writeStatistics(_ stats: RunStatistics, to path: String) throws(IngestError) {
        var bytes: [UInt8] = []
        stats.json(program: settings.program, gazetteer: stamp.gazetteer, inputs: inputs.count).write(to: &bytes)
        bytes.append(0x0A)
        // Written aside and renamed: a reader never sees half a summary.
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)),
              rename(temporary, path) == 0 else {
            throw .output("cannot write the statistics to \(path)")
        }
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    private func note(_ message: String) {
        FileHandle.standardError.write(Data("pipeline: \(message)\n".utf8))
    }
}

extension Document {
    /// The same document with one more warning.
    func adding(warning: String) -> Document {
        Document(id: id, date: date, text: text, extraFields: extraFields, entities: entities, claims: claims,
                 dates: dates, tokens: tokens, sentences: sentences, warnings: warnings + [warning])
    }
}
