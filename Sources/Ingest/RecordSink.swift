#if canImport(Glibc)
import Glibc
#endif

/// Where records go: standard output or a file, written in whole lines.
///
/// Lines are buffered and written with `write(2)` only in whole lines, on
/// a file opened for appending, so a run killed at any moment (SIGKILL,
/// power loss aside) leaves at most one partial last line, which
/// `ResumeLedger` drops before a resumed run appends.
public final class RecordSink {
    public enum SinkError: Error, CustomStringConvertible {
        case cannotOpen(String, String)
        case writeFailed(String, String)
        public var description: String {
            switch self {
            case let .cannotOpen(path, why): return "cannot open \(path) for writing: \(why)"
            case let .writeFailed(path, why): return "cannot write to \(path): \(why)"
            }
        }
    }

    public let path: String  // "-" for standard output
    private let fd: Int32
    private var buffer: [UInt8] = []
    public private(set) var bytesWritten = 0
    public private(set) var lines = 0

    public static func standardOutput() -> RecordSink { RecordSink(path: "-", fd: 1) }

    /// Opens `path` for appending (created if absent).
    public static func appending(to path: String) throws(SinkError) -> RecordSink {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotOpen(path, String(cString: strerror(errno))) }
        return RecordSink(path: path, fd: fd)
    }

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
        buffer.reserveCapacity(1 << 20)
    }

    deinit { if fd > 2 { close(fd) } }

    /// Adds one record; `line` must end with `\n`.
    public func write(_ line: [UInt8]) throws(SinkError) {
        buffer.append(contentsOf: line)
        lines += 1
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes what is buffered (whole lines only).
    public func flush() throws(SinkError) {
        var failure: Int32 = 0
        buffer.withUnsafeBufferPointer { p in
            var offset = 0
            while offset < p.count {
                let n = Glibc.write(fd, p.baseAddress! + offset, p.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { failure = errno; return }
                offset += n
            }
        }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
        if failure == EPIPE { exit(0) }  // the reader went away (… | head): stop quietly
        if failure != 0 { throw .writeFailed(path, String(cString: strerror(failure))) }
    }

    /// Flushes and asks the system to put the file on disk.
    public func sync() throws(SinkError) {
        try flush()
        if fd > 2 { fsync(fd) }
    }
}
