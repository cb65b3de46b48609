import DocumentModel

/// The one word table of the pipeline: every folded key that some stage's
/// language data lists, numbered once. The tokenizer looks each token's key
/// up here (`id(utf8:hash:)`) and stores the `WordId` in `TokenizedText.words`;
/// NER, dates and claims then index their own facts by that id.
///
/// Built by `Lexicon.Builder` while the stages load their data (each
/// `intern`s its keys), then frozen. Immutable and thread-safe.
public struct Lexicon: Sendable {
    public let stamp: LexiconStamp
    @usableFromInline let table: KeyTable

    /// A lexicon without words: every key is `WordId.unknown`.
    public static let empty = Lexicon.Builder(lineage: 0).build()

    public var count: Int { stamp.count }

    /// The id of the key whose UTF-8 is `utf8` and whose `Lexicon.hash` is `hash`.
    /// (Inlinable, as the table's probe: the tokenizer calls it once per token.)
    @inlinable
    public func id(utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> WordId {
        table.id(utf8: utf8, hash: hash)
    }

    /// The id of `key`, or `WordId.unknown`.
    public func id(_ key: String) -> WordId { table.id(key) }

    /// The key numbered `id` (an id of this lexicon, not `unknown`): a
    /// token whose key is listed shares this String instead of building one.
    @inlinable
    public func key(of id: WordId) -> String { table.key(at: id) }

    /// 64-bit FNV-1a of a key's UTF-8: stable across runs (the compiled
    /// gazetteer stores these), and the same as `FNV1a64`.
    @inlinable
    public static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = hashBasis
        for b in utf8 { h = hash(h, b) }
        return h
    }

    /// The hash of no bytes, for hashing a key while it is written (`hash(_:_:)` per byte).
    @inlinable public static var hashBasis: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// `h` (a hash so far) extended by `byte`.
    @inlinable
    public static func hash(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

    /// Collects the keys of every stage's lists, numbering each new one.
    /// Ids never change once given, so a stage can keep the ids it got while
    /// later stages add theirs.
    public struct Builder: Sendable {
        public let lineage: UInt64
        private var ids: [String: WordId] = [:]
        private var keys: [String] = []

        /// A builder with a fresh lineage (a random number: stamps of two
        /// builders never agree by accident).
        public init() { self.init(lineage: UInt64.random(in: 1...UInt64.max)) }

        init(lineage: UInt64) { self.lineage = lineage }

        public var count: Int { keys.count }
        public var stamp: LexiconStamp { LexiconStamp(lineage: lineage, count: keys.count) }

        /// The id of the folded key `key`, numbered now if it is new.
        @discardableResult
        public mutating func intern(_ key: String) -> WordId {
            if let id = ids[key] { return id }
            let id = WordId(keys.count)
            ids[key] = id
            keys.append(key)
            return id
        }

        /// The id of `key` if some list interned it.
        public func id(_ key: String) -> WordId { ids[key] ?? .unknown }

        /// The words so far, frozen.
        public func build() -> Lexicon { Lexicon(stamp: stamp, table: KeyTable(keys: keys)) }

        /// What a stage keeps of the builder once its own words are in.
        public var snapshot: Snapshot { Snapshot(stamp: stamp, ids: ids) }
    }

    /// The lexicon as one stage saw it when it had interned its words: its
    /// ids for a document's tokens (`words(of:)`) come straight from the
    /// tokenizer when the document was tokenized with a lexicon of the same
    /// builder (the pipeline's case), and are looked up again otherwise
    /// (a stage used on its own, as in tests).
    public struct Snapshot: Sendable {
        public let stamp: LexiconStamp
        private let ids: [String: WordId]

        init(stamp: LexiconStamp, ids: [String: WordId]) {
            self.stamp = stamp
            self.ids = ids
        }

        /// The tokenizer's ids hold every word of this stage.
        public func shares(_ lexicon: LexiconStamp) -> Bool {
            lexicon.lineage == stamp.lineage && lexicon.count >= stamp.count
        }

        /// This stage's id of every token of `text`.
        public func words(of text: TokenizedText) -> [WordId] {
            shares(text.lexicon) ? text.words : text.tokens.map { ids[$0.key] ?? .unknown }
        }

        /// The id of `key` (for the rare token a stage builds itself).
        public func id(_ key: String) -> WordId { ids[key] ?? .unknown }
    }
}

/// Keys by their UTF-8 bytes in one open-addressing table, probed with the
/// hash the caller already has (the lexicon's table, and any other table of
/// spellings a stage needs, such as accented forms). Hand-written because a Swift
/// `Dictionary<String, _>` rehashes the string with SipHash and runs
/// Unicode checks on every probe (about three times the cost); token keys
/// and listed keys are both folded from NFC text, so equal bytes mean
/// equal keys. Ids are the keys' positions in `init(keys:)`.
public final class KeyTable: Sendable {
    /// One probe position: a key's hash and length next to its id, so that
    /// a probe compares both before it reads any key bytes (one cache line
    /// per probe instead of three arrays).
    @usableFromInline
    struct Slot: Sendable {
        @usableFromInline var hash: UInt64
        @usableFromInline var id: Int32
        @usableFromInline var length: Int32
        init(hash: UInt64, id: Int32, length: Int32) {
            self.hash = hash
            self.id = id
            self.length = length
        }
        static let empty = Slot(hash: 0, id: -1, length: 0)
    }
    // Inlinable storage: the probe is inlined into the tokenizer's loop.
    @usableFromInline let slots: [Slot]
    @usableFromInline let bytes: [UInt8]
    @usableFromInline let offsets: [Int32]
    /// The keys as given: a token whose key is listed shares this String
    /// rather than building its own (see `key(at:)`).
    @usableFromInline let keys: [String]
    @usableFromInline let mask: Int

    public init(keys: [String]) {
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        var slots = [Slot](repeating: .empty, count: size)
        var bytes: [UInt8] = [], offsets: [Int32] = [0]
        for (id, key) in keys.enumerated() {
            var key = key
            let h = key.withUTF8 { utf8 -> UInt64 in
                bytes.append(contentsOf: utf8)
                return Lexicon.hash(utf8)
            }
            let length = Int32(bytes.count) - offsets[offsets.count - 1]
            offsets.append(Int32(bytes.count))
            var s = KeyTable.slot(h, size - 1)
            while slots[s].id >= 0 { s = (s + 1) & (size - 1) }
            slots[s] = Slot(hash: h, id: Int32(id), length: length)
        }
        self.slots = slots
        self.bytes = bytes
        self.offsets = offsets
        self.keys = keys
        mask = size - 1
    }

    @inlinable
    static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }

    /// The id of the key spelled `utf8`, whose `Lexicon.hash` is `hash`; -1 if absent.
    @inlinable
    public func id(utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        var s = KeyTable.slot(hash, mask)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let slot = slots[s]
                if slot.id < 0 { return -1 }
                if slot.hash == hash, Int(slot.length) == utf8.count, equal(slot.id, utf8) { return slot.id }
                s = (s &+ 1) & mask
            }
        }
    }

    /// Whether key `id`'s bytes are `utf8` (of the same length).
    @inlinable @inline(__always)
    func equal(_ id: Int32, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = utf8.count
        guard n > 0, let other = utf8.baseAddress else { return true }
        let a = offsets.withUnsafeBufferPointer { Int($0[Int(id)]) }
        return bytes.withUnsafeBufferPointer { stored in
            let mine = UnsafeRawPointer(stored.baseAddress! + a), theirs = UnsafeRawPointer(other)
            // Eight bytes at a time, then the rest.
            var k = 0
            while k &+ 8 <= n {
                if mine.loadUnaligned(fromByteOffset: k, as: UInt64.self) != theirs.loadUnaligned(fromByteOffset: k, as: UInt64.self) { return false }
                k &+= 8
            }
            while k < n {
                if mine.load(fromByteOffset: k, as: UInt8.self) != theirs.load(fromByteOffset: k, as: UInt8.self) { return false }
                k &+= 1
            }
            return true
        }
    }

    /// The key whose id is `id` (from this table), as given to `init(keys:)`.
    @inlinable
    public func key(at id: Int32) -> String { keys[Int(id)] }

    /// The id of the key spelled `utf8`; -1 if absent.
    public func id(utf8: UnsafeBufferPointer<UInt8>) -> Int32 { id(utf8: utf8, hash: Lexicon.hash(utf8)) }

    /// The id of `key`; -1 if absent.
    public func id(_ key: String) -> Int32 {
        var key = key
        return key.withUTF8 { id(utf8: $0) }
    }
}
