@testable import Extract
import Testing

/// A claim's `entities` and `dates`: each once, in the order met, whether
/// few (kept in a list) or many (past the list, in a set).
struct DistinctStringsTests {
    static func distinct(_ items: [String]) -> [String] {
        var d = DistinctStrings()
        for s in items { d.insert(s) }
        return d.inOrder
    }

    @Test func fewKeepTheirFirstOrder() {
        #expect(Self.distinct(["Q1", "FLA", "Q1", "Kidal", "FLA"]) == ["Q1", "FLA", "Kidal"])
        #expect(Self.distinct([]) == [])
    }

    @Test func manyStayDistinctPastTheList() {
        let ids = (0..<40).map { "Q\($0 % 23)" }
        #expect(Self.distinct(ids) == (0..<23).map { "Q\($0)" })
    }
}
