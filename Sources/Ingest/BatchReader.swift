import DocumentModel

/// Reads the inputs of a run in order and hands them out in batches for the
/// workers: at most `batchSize` units and about `batchBytes` bytes each, so
/// memory stays flat however long the stream and however large a document.
/// Whitespace-only lines of JSON Lines are no documents: they are counted
/// (`blankLines`), not turned into records.
public final class BatchReader {
    public let sources: [InputSource]
    public let maxDocumentBytes: Int
    public var batchSize = 256
    public var batchBytes = 16 << 20
    /// Lines that held only white space.
    public private(set) var blankLines = 0
    private let shouldStop: () -> Bool

    private var next = 0
    private var current: (source: InputSource, bytes: ByteSource, lines: LineSplitter)?
    private var finishedBytes = 0

    public init(sources: [InputSource], maxDocumentBytes: Int, shouldStop: @escaping () -> Bool = { false }) {
        self.sources = sources
        self.maxDocumentBytes = maxDocumentBytes
        self.shouldStop = shouldStop
    }

    /// Bytes read from the inputs so far (compressed bytes for gzip files).
    public var bytesRead: Int { finishedBytes + (current?.bytes.rawBytesRead ?? 0) }

    /// The next batch, or nil when every input has been read.
    public func nextBatch() -> [RawInput]? {
        var batch: [RawInput] = []
        var bytes = 0
        while batch.count < batchSize, bytes < batchBytes, !shouldStop() {
            // A live feed (`tail -f news.jsonl | pipeline`): what has come is
            // annotated now rather than when 256 documents have.
            if !batch.isEmpty, nextUnitWouldWait { break }
            guard let unit = nextUnit() else { break }
            if case let .line(b, _, _) = unit { bytes += b.count } else if case let .textFile(b, _, _) = unit { bytes += b.count }
            batch.append(unit)
        }
        return batch.isEmpty ? nil : batch
    }

    /// Whether reading the next line of the current input would wait for a
    /// pipe or terminal (no whole line held, nothing buffered, nothing ready).
    private var nextUnitWouldWait: Bool {
        guard let current else { return false }
        return !current.lines.holdsWholeLine && current.bytes.wouldWait
    }

    private func nextUnit() -> RawInput? {
        while true {
            if current == nil {
                guard next < sources.count else { return nil }
                let source = sources[next]
                next += 1
                let bytes: ByteSource
                do throws(ByteSource.ReadError) {
                    if let held = source.bytes { bytes = ByteSource(bytes: held) } else {
                        bytes = try ByteSource(path: source.path, shouldStop: shouldStop)
                    }
                } catch {
                    return .failed(record(source, line: 1, error))
                }
                if source.format == .text {
                    defer { finishedBytes += bytes.rawBytesRead }
                    return textFile(source, bytes)
                }
                current = (source, bytes, LineSplitter(source: bytes, maxLineBytes: maxDocumentBytes))
            }
            let source = current!.source
            do {
                while let line = try current!.lines.next() {
                    let number = current!.lines.lineNumber
                    switch line {
                    case let .tooLarge(count):
                        return .failed(ErrorRecord(id: nil, input: source.path, line: number, kind: .tooLarge,
                                                   message: "the line has \(count) bytes, over --max-document-bytes (\(maxDocumentBytes))"))
                    case let .bytes(b):
                        if b.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { blankLines += 1; continue }
                        return .line(Array(b), input: source.path, line: number)
                    }
                }
                // Stopped mid-read: this input is not finished, so no later one may start
                // (a resumed run must write the records in the same order).
                if current!.bytes.stopped { return nil }
                endCurrent()
            } catch {
                let number = current!.lines.lineNumber + 1
                endCurrent()
                return .failed(record(source, line: number, error))
            }
        }
    }

    private func endCurrent() {
        finishedBytes += current?.bytes.rawBytesRead ?? 0
        current = nil
    }

    private func textFile(_ source: InputSource, _ bytes: ByteSource) -> RawInput? {
        var data: [UInt8] = []
        do {
            while try bytes.read(into: &data) {
                if data.count > maxDocumentBytes {
                    return .failed(ErrorRecord(id: source.documentID, input: source.path, line: 1, kind: .tooLarge,
                                               message: "the file has more than --max-document-bytes (\(maxDocumentBytes)) bytes"))
                }
            }
        } catch {
            return .failed(record(source, line: 1, error, id: source.documentID))
        }
        // Stopped mid-read: the document is not whole; the resumed run reads it again.
        if bytes.stopped { return nil }
        return .textFile(data, input: source.path, id: source.path == "-" ? "stdin" : source.documentID)
    }

    private func record(_ source: InputSource, line: Int, _ error: ByteSource.ReadError, id: String? = nil) -> ErrorRecord {
        switch error {
        case let .io(m): return ErrorRecord(id: id, input: source.path, line: line, kind: .io, message: m)
        case let .gzip(m): return ErrorRecord(id: id, input: source.path, line: line, kind: .gzip, message: m)
        }
    }
}
