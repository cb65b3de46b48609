#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to standard output.
final class OutputWriter {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 20) }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    func flush() {
        buffer.withUnsafeBufferPointer { p in
            var offset = 0
            while offset < p.count {
                let n = Glibc.write(1, p.baseAddress! + offset, p.count - offset)
                if n <= 0 {
                    if errno == EINTR { continue }
                    exit(errno == EPIPE ? 0 : 1) // reader went away (… | head): stop quietly
                }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
