import Synchronization

/// Gazetteer entries decoded once per run, not once per document: a news
/// stream names the same few hundred entries again and again, and decoding
/// an entry's TSV line (eight columns into strings) cost more than matching
/// its alias. Shared by every job of a run, behind a lock; bounded, so a
/// huge gazetteer's long tail is decoded again rather than kept.
final class GazetteerEntryCache: Sendable {
    private let entries = Mutex<[Int32: GazetteerEntry]>([:])
    /// Entries kept at most (about 300 bytes each).
    static let capacity = 1 << 16

    /// `gazetteer.entry(index)`, decoded at its first use.
    func entry(_ index: Int32, in gazetteer: Gazetteer) -> GazetteerEntry {
        if let known = entries.withLock({ $0[index] }) { return known }
        let e = gazetteer.entry(index)
        entries.withLock { if $0.count < GazetteerEntryCache.capacity { $0[index] = e } }
        return e
    }
}
