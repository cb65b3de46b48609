import DocumentModel
import XCTest

final class PositionIndexTests: XCTestCase {
    /// The index answers exactly what a full scan answers, in the same order.
    func testSameAnswerAsAScan() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let starts = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int.random(in: 0...30, using: &generator) }
            let index = PositionIndex(starts: starts)
            for _ in 0..<20 {
                let a = Int.random(in: -2...32, using: &generator), b = Int.random(in: -2...34, using: &generator)
                let scan = starts.indices.filter { a <= starts[$0] && starts[$0] < b }
                XCTAssertEqual(index.items(startingIn: a, b), scan, "starts \(starts), range \(a)..<\(b)")
            }
        }
    }

    func testEmptyAndReversedRanges() {
        let index = PositionIndex(starts: [5, 1, 5, 3])
        XCTAssertEqual(index.items(startingIn: 5, 5), [])
        XCTAssertEqual(index.items(startingIn: 6, 2), [])
        XCTAssertEqual(index.items(startingIn: 0, 100), [0, 1, 2, 3])
        XCTAssertEqual(index.items(startingIn: 3, 6), [0, 2, 3])
        XCTAssertEqual(PositionIndex(starts: []).items(startingIn: 0, 10), [])
    }
}
