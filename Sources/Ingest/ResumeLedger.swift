import DocumentModel
#if canImport(Glibc)
import Glibc
#endif

/// What an earlier, interrupted run already wrote to the output files, so
/// that `--resume` writes each missing record once and nothing twice.
///
/// A result counts by its `id` (as a multiset: two documents sharing an id
/// are two records); an error record by the input and line it names. A
/// partial last line, left by a run killed mid-write, is cut off the file
/// first: that record is written again.
public struct ResumeLedger {
    private var results: [String: Int] = [:]
    private var errors = Set<String>()
    public private(set) var recordsFound = 0
    /// Error records among them.
    public private(set) var errorRecordsFound = 0
    /// Bytes of partial last lines dropped, per file.
    public private(set) var droppedPartialLines: [(path: String, bytes: Int)] = []

    public init() {}

    /// Reads `path` (absent: nothing done yet), cutting off a partial last line.
    public mutating func read(_ path: String) throws(LedgerError) {
        let fd = open(path, O_RDWR | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return }
            throw LedgerError("cannot open \(path) to resume: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw LedgerError("cannot read \(path)") }
        let size = Int(st.st_size)
        var data = [UInt8](repeating: 0, count: size)
        var got = 0
        while got < size {
            let n = data.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, size - got, off_t(got)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw LedgerError("cannot read \(path): \(String(cString: strerror(errno)))") }
            got += n
        }
        var end = size
        while end > 0, data[end - 1] != 0x0A { end -= 1 }
        if end < size {
            guard ftruncate(fd, off_t(end)) == 0 else { throw LedgerError("cannot cut the partial last line of \(path)") }
            droppedPartialLines.append((path, size - end))
        }
        var start = 0
        while start < end {
            var nl = start
            while data[nl] != 0x0A { nl += 1 }
            if nl > start { note(data[start..<nl]) }
            start = nl + 1
        }
    }

    private mutating func note(_ line: ArraySlice<UInt8>) {
        // Fast path: the pipeline writes `{"id":"…",` first; only the id is
        // decoded, so resuming after millions of records stays quick.
        if let id = ResumeLedger.leadingStringID(line) {
            recordsFound += 1
            results[id, default: 0] += 1
            return
        }
        guard let json = try? JSONValue.parse(line) else { return }
        recordsFound += 1
        if let error = json["error"], let input = error["input"]?.stringValue, let number = error["line"]?.intValue {
            errors.insert(ResumeLedger.place(input, number))
            errorRecordsFound += 1
        } else if let id = json["id"]?.stringValue ?? json["id"].flatMap(numberText) {
            results[id, default: 0] += 1
        }
    }

    /// The id of a result line that starts `{"id":"…",` and is not an error record.
    static func leadingStringID(_ line: ArraySlice<UInt8>) -> String? {
        let prefix: [UInt8] = Array(#"{"id":""#.utf8)
        guard line.starts(with: prefix) else { return nil }
        var i = line.startIndex + prefix.count - 1  // the opening quote
        let open = i
        i += 1
        while i < line.endIndex, line[i] != 0x22 { i += line[i] == 0x5C ? 2 : 1 }
        guard i < line.endIndex else { return nil }
        let close = i
        let errorKey: [UInt8] = Array(#","error":"#.utf8)
        if line[(close + 1)...].starts(with: errorKey) { return nil }
        return (try? JSONValue.parse(line[open...close]))?.stringValue
    }

    private func numberText(_ v: JSONValue) -> String? {
        if case let .number(n) = v { return n }
        return nil
    }

    private static func place(_ input: String, _ line: Int) -> String { "\(line)\u{0}\(input)" }

    /// True when `item` was written by the earlier run (and is now consumed).
    public mutating func alreadyWritten(_ item: InputItem) -> Bool {
        switch item {
        case let .document(doc, _, _):
            guard let n = results[doc.id], n > 0 else { return false }
            results[doc.id] = n - 1
            return true
        case let .error(record):
            return errors.remove(ResumeLedger.place(record.input, record.line)) != nil
        }
    }
}

public struct LedgerError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
