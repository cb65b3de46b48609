#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DocumentModel

/// The forms of the tokens one thread built lately, by their code points.
///
/// A token's text, norm, key, shape, word id and key hash depend on its
/// code points alone (the scanner's flags are or-ed in afterwards), and
/// news repeats its words: most tokens of a document were seen in an
/// earlier one. Building forms costs about 600 instructions a token
/// (normalizing, folding, hashing, a look-up, up to three Strings); finding
/// them here costs a hash of the code points, a probe and a comparison, and
/// the Strings are shared.
///
/// One cache per thread and lexicon (so no lock: `ParallelMap` runs
/// documents on several threads); it forgets everything when full, so its
/// memory stays bounded (`capacity` forms of at most `longestForm` code
/// points). Output never depends on it: a hit returns what building would.
final class TokenFormCache {
    struct Forms {
        let text: String
        let norm: String
        let key: String
        /// Without the scanner's flags.
        let shape: TokenShape
        let word: WordId
        let keyHash: UInt64
    }

    /// Tokens longer than this are built each time (URLs, long compounds: rarely repeated).
    static let longestForm = 32
    /// Forms kept before the cache starts over (about 3 MB with their code points).
    let capacity: Int

    private struct Entry {
        let forms: Forms
        let hash: UInt64
        let start: Int32
        let count: Int32
    }

    let lexicon: LexiconStamp
    // Raw memory, allocated once: the probe runs at every token, and array
    // accesses there cost bounds checks and uniqueness checks.
    private let entries: UnsafeMutablePointer<Entry>
    private var count = 0
    /// Code points of every entry's token, back to back.
    private let codePoints: UnsafeMutablePointer<UInt32>
    private var codePointCount = 0
    /// Open addressing: entry index + 1, 0 = empty; twice `capacity` slots.
    private let slots: UnsafeMutablePointer<Int32>
    private let mask: Int

    /// `capacity` a power of two.
    init(lexicon: LexiconStamp, capacity: Int = 1 << 15) {
        precondition(capacity > 0 && capacity & (capacity - 1) == 0)
        self.lexicon = lexicon
        self.capacity = capacity
        entries = .allocate(capacity: capacity)
        codePoints = .allocate(capacity: capacity * TokenFormCache.longestForm)
        slots = .allocate(capacity: 2 * capacity)
        slots.initialize(repeating: 0, count: 2 * capacity)
        mask = 2 * capacity - 1
    }

    /// Forms held now.
    var cachedForms: Int { count }

    deinit {
        entries.deinitialize(count: count)
        entries.deallocate()
        codePoints.deallocate()
        slots.deallocate()
    }

    /// FNV-1a over the code points (not their bytes: one step each).
    @inline(__always)
    static func hash(_ part: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in part { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
        return h
    }

    @inline(__always)
    private func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }

    /// The forms of `part` (whose `hash(_:)` is `hash`), if cached.
    @inline(__always)
    func forms(_ part: UnsafeBufferPointer<UInt32>, hash: UInt64) -> Forms? {
        var s = slot(hash)
        while true {
            let e = Int(slots[s])
            if e == 0 { return nil }
            let entry = entries + (e - 1)
            if entry.pointee.hash == hash, Int(entry.pointee.count) == part.count,
               matches(part, at: codePoints + Int(entry.pointee.start)) {
                return entry.pointee.forms
            }
            s = (s + 1) & mask
        }
    }

    @inline(__always)
    private func matches(_ part: UnsafeBufferPointer<UInt32>, at stored: UnsafeMutablePointer<UInt32>) -> Bool {
        for k in 0..<part.count where stored[k] != part[k] { return false }
        return true
    }

    /// Remembers `forms` for `part` (not already cached); forgets everything first when full.
    func insert(_ part: UnsafeBufferPointer<UInt32>, hash: UInt64, _ forms: Forms) {
        guard part.count <= TokenFormCache.longestForm else { return }
        if count == capacity {
            entries.deinitialize(count: count)
            count = 0
            codePointCount = 0
            slots.update(repeating: 0, count: 2 * capacity)
        }
        var s = slot(hash)
        while slots[s] != 0 { s = (s + 1) & mask }
        (entries + count).initialize(to: Entry(forms: forms, hash: hash, start: Int32(codePointCount), count: Int32(part.count)))
        (codePoints + codePointCount).update(from: part.baseAddress!, count: part.count)
        codePointCount += part.count
        count += 1
        slots[s] = Int32(count)
    }

    /// This thread's cache for the lexicon `lexicon` (a few lexicons per
    /// thread at most: the stages' tokenizers while they load, then one).
    static func forThisThread(lexicon: LexiconStamp) -> TokenFormCache {
        let caches: ThreadCaches
        if let raw = pthread_getspecific(threadKey) {
            caches = Unmanaged<ThreadCaches>.fromOpaque(raw).takeUnretainedValue()
        } else {
            caches = ThreadCaches()
            pthread_setspecific(threadKey, Unmanaged.passRetained(caches).toOpaque())
        }
        return caches.cache(for: lexicon)
    }

    private final class ThreadCaches {
        var caches: [TokenFormCache] = []
        func cache(for lexicon: LexiconStamp) -> TokenFormCache {
            if let c = caches.first(where: { $0.lexicon == lexicon }) { return c }
            let c = TokenFormCache(lexicon: lexicon)
            // Four lexicons at most; the oldest goes first.
            if caches.count == 4 { caches.removeFirst() }
            caches.append(c)
            return c
        }
    }

    /// The thread-specific slot; its destructor releases a finished thread's caches.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { raw in
            #if canImport(Darwin)
            Unmanaged<ThreadCaches>.fromOpaque(raw).release()
            #else
            if let raw { Unmanaged<ThreadCaches>.fromOpaque(raw).release() }
            #endif
        }
        precondition(status == 0, "pthread_key_create failed: \(status)")
        return key
    }()
}
