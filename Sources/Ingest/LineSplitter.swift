#if canImport(Glibc)
import Glibc
#endif

/// Splits a `ByteSource` into lines (without `\n` or a final `\r`), in
/// constant memory: a line longer than `maxLineBytes` is skipped as it
/// streams by and reported by its length, never held whole.
struct LineSplitter {
    enum Line {
        case bytes(ArraySlice<UInt8>)
        /// A line of `count` bytes, over the limit: its bytes were dropped.
        case tooLarge(count: Int)
    }

    private let source: ByteSource
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    /// Physical line number of the line returned last (1-based).
    private(set) var lineNumber = 0

    init(source: ByteSource, maxLineBytes: Int) {
        self.source = source
        self.maxLineBytes = maxLineBytes
        buffer.reserveCapacity(1 << 21)
    }

    mutating func next() throws(ByteSource.ReadError) -> Line? {
        var skipped = 0  // bytes of an over-long line already dropped
        var scanned = start  // no newline in start..<scanned
        while true {
            if let nl = firstNewline(from: scanned) {
                lineNumber += 1
                defer { start = nl + 1 }
                if skipped > 0 || nl - start > maxLineBytes { return .tooLarge(count: skipped + nl - start) }
                var end = nl
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }  // CRLF
                return .bytes(stripBOM(buffer[start..<end]))
            }
            scanned = buffer.count
            if buffer.count - start > maxLineBytes {
                // Over the limit: drop what is held, keep looking for the end of the line.
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            }
            if eof {
                // Stopped by a signal mid-read: the bytes after the last newline
                // are part of a line still being written, kept for the resumed run.
                if source.stopped { return nil }
                guard start < buffer.count || skipped > 0 else { return nil }
                lineNumber += 1
                defer { start = buffer.count }
                if skipped > 0 { return .tooLarge(count: skipped + buffer.count - start) }
                var end = buffer.count
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                return .bytes(stripBOM(buffer[start..<end]))
            }
            if start > 0 {
                buffer.removeSubrange(0..<start)
                scanned -= start
                start = 0
            }
            if try !source.read(into: &buffer) { eof = true }
        }
    }

    /// The next `next()` needs no read: a whole line is held, or the input has ended.
    var holdsWholeLine: Bool { eof || firstNewline(from: start) != nil }

    private func firstNewline(from i: Int) -> Int? {
        guard i < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { p -> Int? in
            guard let hit = memchr(p.baseAddress! + i, 0x0A, p.count - i) else { return nil }
            return p.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// A byte-order mark is accepted at the start of a line, not kept: at the
    /// start of an input, and where files were concatenated (`cat a b`), so a
    /// line reads the same wherever the stream around it was cut (Spark
    /// partitions).
    private func stripBOM(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard line.count >= 3, line.starts(with: [0xEF, 0xBB, 0xBF]) else { return line }
        return line.dropFirst(3)
    }
}
