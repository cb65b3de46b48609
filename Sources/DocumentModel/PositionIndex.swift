/// Items of a document (entities, dates, mentions) found by position in
/// O(log n + k): their start positions sorted once, then a binary search.
/// Stages ask "which items start in this range?" once per claim or mention;
/// a scan of the whole document each time made a large document quadratic.
///
/// Positions are whatever unit the caller indexes by (scalar offsets, token
/// indices); the answer lists the items' original indices in ascending order,
/// so callers see items in the same order a full scan would give.
public struct PositionIndex: Sendable {
    /// Original indices sorted by (start, index).
    private let order: [Int]
    private let sortedStarts: [Int]

    public init(starts: [Int]) {
        let order = starts.indices.sorted { starts[$0] != starts[$1] ? starts[$0] < starts[$1] : $0 < $1 }
        self.order = order
        sortedStarts = order.map { starts[$0] }
    }

    public var count: Int { order.count }

    /// Indices of the items whose start lies in `lower..<upper`, ascending.
    public func items(startingIn lower: Int, _ upper: Int) -> [Int] {
        guard lower < upper else { return [] }
        var lo = 0, hi = sortedStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sortedStarts[mid] < lower { lo = mid + 1 } else { hi = mid }
        }
        var out: [Int] = []
        var k = lo
        while k < sortedStarts.count, sortedStarts[k] < upper { out.append(order[k]); k += 1 }
        // Starts were sorted, not indices: restore the order of a full scan.
        if out.count > 1 { out.sort() }
        return out
    }
}
