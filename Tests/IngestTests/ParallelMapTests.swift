import Testing
@testable import Ingest

/// ParallelMap hands results back in input order whatever the threads do,
/// and its workers write their slots at the same time without corrupting
/// one another's (the slots were once an array, whose uniqueness check
/// raced: now and then a worker copied the buffer and freed the one being
/// written, and the process crashed).
struct ParallelMapTests {
    @Test(arguments: [1, 2, 4, 8])
    func resultsComeBackInInputOrder(jobs: Int) {
        let items = Array(0..<1_000)
        let out = ParallelMap.map(items, jobs: jobs) { "document \($0)" }
        #expect(out == items.map { "document \($0)" })
    }

    /// Many small batches of heap-allocated results, as the ingest loop
    /// makes: the shape that crashed about one run in 30 of a debug build.
    @Test func concurrentWritesOfHeapResultsStayIntact() {
        for round in 0..<15_000 {
            let items = Array(0..<(8 + round % 24))
            let out = ParallelMap.map(items, jobs: 2) { k -> [UInt8] in
                // Some work, so that both workers are writing slots at once.
                var bytes = [UInt8](repeating: UInt8(truncatingIfNeeded: k), count: 2_000 + k)
                for i in stride(from: 1, to: bytes.count, by: 7) { bytes[i] = bytes[i - 1] }
                return bytes
            }
            #expect(out.count == items.count)
            for (k, bytes) in out.enumerated() where bytes.count != 2_000 + k || bytes.last != UInt8(truncatingIfNeeded: k) {
                Issue.record("round \(round), slot \(k) holds another result")
            }
        }
    }
}
