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
    private let table: KeyTable

    /// A lexicon without words: every key is `WordId.unknown`.
    public static let empty = Lexicon.Builder(lineage: 0).build()

    public var count: Int { stamp.count }

    /// The id of the key whose UTF-8 is `utf8` and whose `Lexicon.hash` is `hash`.
    @inline(__always)
    public func id(utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> WordId {
        table.id(utf8: utf8, hash: hash)
    }

    /// The id of `key`, or `WordId.unknown`.
    public func id(_ key: String) -> WordId { table.id(key) }

    /// 64-bit FNV-1a of a key's UTF-8: stable across runs (the compiled
    /// gazetteer stores these), and the same as `FNV1a64`.
    @inline(__always)
    public static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

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
    private let slots: [Int32]
    private let hashes: [UInt64]
    private let bytes: [UInt8]
    private let offsets: [Int32]
    private let mask: Int

    public init(keys: [String]) {
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        var hashes: [UInt64] = [], bytes: [UInt8] = [], offsets: [Int32] = [0]
        hashes.reserveCapacity(keys.count)
        for (id, key) in keys.enumerated() {
            var key = key
            let h = key.withUTF8 { utf8 -> UInt64 in
                bytes.append(contentsOf: utf8)
                return Lexicon.hash(utf8)
            }
            offsets.append(Int32(bytes.count))
            hashes.append(h)
            var s = KeyTable.slot(h, size - 1)
            while slots[s] >= 0 { s = (s + 1) & (size - 1) }
            slots[s] = Int32(id)
        }
        self.slots = slots
        self.hashes = hashes
        self.bytes = bytes
        self.offsets = offsets
        mask = size - 1
    }

    @inline(__always)
    static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }

    /// The id of the key spelled `utf8`, whose `Lexicon.hash` is `hash`; -1 if absent.
    @inline(__always)
    public func id(utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        var s = KeyTable.slot(hash, mask)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let id = slots[s]
                if id < 0 { return -1 }
                if hashes[Int(id)] == hash, equal(Int(id), utf8) { return id }
                s = (s + 1) & mask
            }
        }
    }

    @inline(__always)
    private func equal(_ id: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = Int(offsets[id]), b = Int(offsets[id + 1])
        guard b - a == utf8.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for k in 0..<utf8.count where stored[a + k] != utf8[k] { return false }
            return true
        }
    }

    /// The id of the key spelled `utf8`; -1 if absent.
    public func id(utf8: UnsafeBufferPointer<UInt8>) -> Int32 { id(utf8: utf8, hash: Lexicon.hash(utf8)) }

    /// The id of `key`; -1 if absent.
    public func id(_ key: String) -> Int32 {
        var key = key
        return key.withUTF8 { id(utf8: $0) }
    }
}
