import Dispatch

/// Maps a batch on `jobs` threads; results come back in input order, so the
/// output never depends on scheduling.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
        if jobs <= 1 || items.count <= 1 { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        let workers = min(jobs, items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var i = w
            while i < items.count {
                results.set(i, transform(items[i]))
                i += workers
            }
        }
        return results.values()
    }
}

/// Write-once slots: each index is written by exactly one worker.
private final class ResultSlots<R>: @unchecked Sendable {
    private var slots: [R?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: R) { slots.withUnsafeMutableBufferPointer { $0[i] = value } }
    func values() -> [R] { slots.map { $0! } }
}
