import CZlib
#if canImport(Glibc)
import Glibc
#endif

/// Raw bytes of one input: a file or standard input, plain or gzip.
///
/// Gzip is recognised by its magic bytes, not by the file name, so
/// `zcat`-free pipes (`cat a.jsonl.gz | pipeline`) work too; concatenated
/// gzip members (`cat a.gz b.gz`) are read one after another. Decompression
/// is zlib's (the system library), streamed in 1 MiB chunks.
final class ByteSource {
    enum ReadError: Error {
        case io(String)
        case gzip(String)
    }

    private let fd: Int32
    private let ownsDescriptor: Bool
    private var raw = [UInt8](repeating: 0, count: 1 << 20)
    private var rawStart = 0, rawEnd = 0
    private var rawEOF = false
    /// zlib keeps a pointer back to its stream: it must not move, hence the allocation.
    private var stream: UnsafeMutablePointer<z_stream>?
    private var gzipChecked = false
    /// Bytes read from the file itself (compressed bytes for gzip): progress and statistics.
    private(set) var rawBytesRead = 0
    /// Set by a signal handler: a blocked read stops instead of retrying.
    private let shouldStop: () -> Bool
    /// A stop was requested while a read was blocked: the bytes so far end
    /// where the read stopped, not where the input ends, so a line or file
    /// they leave unfinished must not be taken for a whole one.
    private(set) var stopped = false

    /// Bytes held in memory, read as a file would be.
    init(bytes: [UInt8]) {
        shouldStop = { false }
        fd = -1
        ownsDescriptor = false
        raw = bytes
        rawEnd = bytes.count
        rawEOF = true
        rawBytesRead = bytes.count
    }

    init(path: String, shouldStop: @escaping () -> Bool = { false }) throws(ReadError) {
        self.shouldStop = shouldStop
        if path == "-" {
            fd = 0
            ownsDescriptor = false
        } else {
            let d = open(path, O_RDONLY | O_CLOEXEC)
            guard d >= 0 else { throw .io("cannot open \(path): \(String(cString: strerror(errno)))") }
            fd = d
            ownsDescriptor = true
        }
    }

    deinit {
        if let stream { inflateEnd(stream); stream.deallocate() }
        if ownsDescriptor { close(fd) }
    }

    var isGzip: Bool { stream != nil }

    /// Appends up to about 1 MiB of decoded bytes to `out`; returns false at the end.
    func read(into out: inout [UInt8]) throws(ReadError) -> Bool {
        if !gzipChecked {
            try fillRaw()
            gzipChecked = true
            if rawEnd - rawStart >= 2, raw[rawStart] == 0x1F, raw[rawStart + 1] == 0x8B { try startInflate() }
        }
        if stream == nil {
            if rawStart == rawEnd { try fillRaw() }
            guard rawStart < rawEnd else { return false }
            out.append(contentsOf: raw[rawStart..<rawEnd])
            rawStart = rawEnd
            return true
        }
        return try inflateChunk(into: &out)
    }

    /// Whether the next read would wait: no bytes held and none ready on the
    /// descriptor (a pipe or terminal not yet written to; a file is always ready).
    var wouldWait: Bool {
        if rawStart < rawEnd || rawEOF || fd < 0 { return false }
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) == 0
    }

    private func fillRaw() throws(ReadError) {
        if rawStart < rawEnd || rawEOF { return }
        rawStart = 0
        rawEnd = 0
        while true {
            let n = raw.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n > 0 { rawEnd = n; rawBytesRead += n; return }
            if n == 0 { rawEOF = true; return }
            if errno == EINTR { if shouldStop() { stopped = true; rawEOF = true; return } else { continue } }
            throw .io("read error: \(String(cString: strerror(errno)))")
        }
    }

    private func startInflate() throws(ReadError) {
        let s = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        s.initialize(to: z_stream())
        // 15 + 32: a gzip or zlib header, detected by zlib.
        guard inflateInit2_(s, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            s.deallocate()
            throw .gzip("zlib could not start")
        }
        stream = s
        decoded = [UInt8](repeating: 0, count: 1 << 20)
    }

    private func inflateChunk(into out: inout [UInt8]) throws(ReadError) -> Bool {
        let chunk = 1 << 20
        var produced = 0
        while produced == 0 {
            if rawStart == rawEnd {
                try fillRaw()
                if rawStart == rawEnd {
                    // The file ended; a stream still open was cut short (unless a stop cut the read).
                    if streamOpen, !stopped { throw .gzip("the compressed stream ends early (truncated file?)") }
                    return false
                }
            }
            let available = rawEnd - rawStart
            let status: Int32 = raw.withUnsafeMutableBufferPointer { input in
                decoded.withUnsafeMutableBufferPointer { output in
                    stream!.pointee.next_in = input.baseAddress! + rawStart
                    stream!.pointee.avail_in = UInt32(available)
                    stream!.pointee.next_out = output.baseAddress!
                    stream!.pointee.avail_out = UInt32(chunk)
                    return inflate(stream!, Z_NO_FLUSH)
                }
            }
            let consumed = available - Int(stream!.pointee.avail_in)
            rawStart += consumed
            produced = chunk - Int(stream!.pointee.avail_out)
            switch status {
            case Z_OK, Z_BUF_ERROR:
                streamOpen = true
                if consumed == 0 && produced == 0 && status == Z_BUF_ERROR && rawEOF && !stopped && rawStart == rawEnd {
                    throw .gzip("the compressed stream ends early (truncated file?)")
                }
            case Z_STREAM_END:
                streamOpen = false
                // Another member may follow (concatenated gzip files).
                inflateReset(stream!)
                if rawStart == rawEnd { try fillRaw() }
                if rawStart == rawEnd {
                    out.append(contentsOf: decoded[0..<produced])
                    return produced > 0
                }
            default:
                let message = stream!.pointee.msg.map { String(cString: $0) } ?? "error \(status)"
                throw .gzip("corrupt compressed data: \(message)")
            }
        }
        out.append(contentsOf: decoded[0..<produced])
        return true
    }

    /// A member has been started and not finished.
    private var streamOpen = false
    /// Inflated bytes; allocated for gzip inputs only (a folder of plain
    /// text files opens one source per file).
    private var decoded: [UInt8] = []
}
