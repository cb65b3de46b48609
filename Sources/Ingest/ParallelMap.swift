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
///
/// Raw memory, not an `[R?]`: writing an array element from several threads
/// at once goes through the array's uniqueness check, which races (a worker
/// could see the buffer as shared, copy it and free the one another worker
/// was writing into; a debug build crashed so about once in 30 runs).
private final class ResultSlots<R>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<R?>
    private let count: Int
    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }
    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
    func set(_ i: Int, _ value: R) { slots[i] = value }
    func values() -> [R] { (0..<count).map { slots[$0]! } }
}
