#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The gazetteer's arrays in one block of memory, laid out so that the
/// matcher uses them in place: the block is either a compiled gazetteer file
/// (`pipeline gazetteer compile`) mapped read-only, or the same layout built
/// in memory from the TSV files. Either way nothing is decoded per alias.
///
/// Layout (format 1; little-endian; every section starts at a multiple of 8):
///
/// | bytes | what |
/// |---|---|
/// | 0–7 | magic `NERGAZC\n` |
/// | 8–11 | format version (`formatVersion`) |
/// | 12–15 | `0x01020304` (byte order check) |
/// | 16–23 | size of the whole file |
/// | 24–27 | number of sections (`Section.allCases.count`) |
/// | 32–95 | counts: edge slots (a power of two), nodes, records, entries, TSV files, exact aliases, manifest files, alias-rules fingerprint |
/// | 96– | section table: offset and byte length of each `Section`, 16 bytes each |
///
/// The manifest lists the data files the image was compiled from (every
/// `*.tsv` and `rules/*`, as `GazetteerVersion` hashes them) with their size
/// and XXH64: a compiled file is used only while they are unchanged, and
/// then its stored version stamp stands for `GazetteerVersion.of`.
final class GazetteerImage: @unchecked Sendable {
    static let magic: [UInt8] = Array("NERGAZC\n".utf8)
    static let formatVersion: UInt32 = 1
    static let byteOrderMark: UInt32 = 0x0102_0304
    /// The file `pipeline gazetteer compile` writes and the loader reads, inside the gazetteer folder.
    static let fileName = "compiled.gaz"

    enum Section: Int, CaseIterable {
        case edgeKeys, edgeChildren, firstRecord, records, entryLines, entryKinds
        case exactRecords, exactNormStarts, exactNormRanges, strings
        /// Per TSV file: name offset and length (in `strings`), bytes offset and length (in `tsvBytes`).
        case fileTable, tsvBytes
        /// Per data file: path offset and length (in `strings`), size, XXH64.
        case manifest
        /// The gazetteer version stamp (ASCII), empty when not compiled.
        case version
    }

    static let countsOffset = 32
    static let sectionTableOffset = 96
    static var headerSize: Int { sectionTableOffset + 16 * Section.allCases.count }

    struct File {
        let name: String
        let bytes: UnsafeBufferPointer<UInt8>
    }

    struct ManifestItem: Equatable {
        let path: String
        let size: UInt64
        let hash: UInt64
    }

    private enum Storage {
        case mapped(UnsafeMutableRawPointer, Int)
        case allocated(UnsafeMutableRawPointer)
    }

    private let storage: Storage
    let trie: AliasTrie
    /// Per entry: file index (high 16 bits) and byte offset of its line (low 48 bits).
    let entryLines: UnsafeBufferPointer<UInt64>
    /// Per entry: `EntryKind.code`.
    let entryKinds: UnsafeBufferPointer<UInt8>
    let files: [File]
    let manifest: [ManifestItem]
    /// The version stamp recorded by `compile` (nil for an image built from the TSV files at load).
    let version: String?
    let aliasRulesFingerprint: UInt64
    let byteCount: Int

    deinit {
        switch storage {
        case let .mapped(base, size): munmap(base, size)
        case let .allocated(base): base.deallocate()
        }
    }

    /// An image built in memory (TSV load, and `compile` before writing).
    init(_ contents: GazetteerContents) {
        let bytes = GazetteerImage.layOut(contents)
        storage = .allocated(bytes.baseAddress!)
        // Laid out by this very code: parsing cannot fail.
        let parsed = try! GazetteerImage.parse(UnsafeRawBufferPointer(bytes))
        (trie, entryLines, entryKinds, files, manifest, version, aliasRulesFingerprint) = parsed
        byteCount = bytes.count
    }

    /// The compiled file at `path`, mapped read-only. Throws when it is not
    /// a well-formed image of this format (truncated, another format version,
    /// sections out of bounds).
    init(mapping path: String) throws(GazetteerImageError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        let size = Int(st.st_size)
        guard size >= GazetteerImage.headerSize else { throw .malformed("\(size) bytes, shorter than the header") }
        // MAP_PRIVATE: `compile` replaces the file by renaming a new one over
        // it, so a running process keeps the old, complete inode.
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw .unreadable(String(cString: strerror(errno)))
        }
        do {
            (trie, entryLines, entryKinds, files, manifest, version, aliasRulesFingerprint)
                = try GazetteerImage.parse(UnsafeRawBufferPointer(start: base, count: size))
        } catch {
            munmap(base, size)
            throw error
        }
        storage = .mapped(base, size)
        byteCount = size
    }

    /// The image's bytes (to write them to a file).
    var bytes: UnsafeRawBufferPointer {
        switch storage {
        case let .mapped(base, size): UnsafeRawBufferPointer(start: base, count: size)
        case let .allocated(base): UnsafeRawBufferPointer(start: base, count: byteCount)
        }
    }

    // MARK: Writing

    private static func layOut(_ c: GazetteerContents) -> UnsafeMutableRawBufferPointer {
        // Strings: exact norms, file names, manifest paths.
        var strings: [UInt8] = []
        func intern(_ s: String) -> (UInt64, UInt64) {
            let offset = strings.count
            strings.append(contentsOf: s.utf8)
            return (UInt64(offset), UInt64(strings.count - offset))
        }
        let exactRecords = c.trie.exactNorms.keys.sorted()
        var normStarts: [UInt32] = [0]
        var normRanges: [UInt32] = []
        for r in exactRecords {
            for norm in c.trie.exactNorms[r]! {
                let (o, n) = intern(norm)
                normRanges += [UInt32(o), UInt32(n)]
            }
            normStarts.append(UInt32(normRanges.count / 2))
        }
        var fileTable: [UInt64] = []
        var tsvLength = 0
        for f in c.files {
            let (o, n) = intern(f.name)
            fileTable += [o, n, UInt64(tsvLength), UInt64(f.bytes.count)]
            tsvLength += f.bytes.count
        }
        var manifest: [UInt64] = []
        for m in c.manifest {
            let (o, n) = intern(m.path)
            manifest += [o, n, m.size, m.hash]
        }
        let version = Array((c.version ?? "").utf8)

        let lengths: [Section: Int] = [
            .edgeKeys: c.trie.edgeKeys.count * 8, .edgeChildren: c.trie.edgeChildren.count * 4,
            .firstRecord: c.trie.firstRecord.count * 4, .records: c.trie.records.count * AliasTrie.Record.byteCount,
            .entryLines: c.entryLines.count * 8, .entryKinds: c.entryKinds.count,
            .exactRecords: exactRecords.count * 4, .exactNormStarts: normStarts.count * 4,
            .exactNormRanges: normRanges.count * 4, .strings: strings.count,
            .fileTable: fileTable.count * 8, .tsvBytes: tsvLength, .manifest: manifest.count * 8, .version: version.count,
        ]
        var offsets: [Section: Int] = [:]
        var end = headerSize
        for s in Section.allCases {
            end = (end + 7) & ~7
            offsets[s] = end
            end += lengths[s]!
        }
        let out = UnsafeMutableRawBufferPointer.allocate(byteCount: end, alignment: 16)
        out.initializeMemory(as: UInt8.self, repeating: 0)
        func put<T>(_ value: T, at offset: Int) { out.storeBytes(of: value, toByteOffset: offset, as: T.self) }
        func copy<T>(_ array: [T], to s: Section) {
            array.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: out[offsets[s]!...]).copyMemory(from: $0) }
        }
        out.copyBytes(from: magic)
        put(formatVersion, at: 8)
        put(byteOrderMark, at: 12)
        put(UInt64(end), at: 16)
        put(UInt32(Section.allCases.count), at: 24)
        let counts = [c.trie.edgeKeys.count, c.trie.firstRecord.count, c.trie.records.count, c.entryLines.count,
                      c.files.count, exactRecords.count, c.manifest.count]
        for (k, n) in counts.enumerated() { put(UInt64(n), at: countsOffset + 8 * k) }
        put(c.aliasRulesFingerprint, at: countsOffset + 8 * counts.count)
        for s in Section.allCases {
            put(UInt64(offsets[s]!), at: sectionTableOffset + 16 * s.rawValue)
            put(UInt64(lengths[s]!), at: sectionTableOffset + 16 * s.rawValue + 8)
        }
        copy(c.trie.edgeKeys, to: .edgeKeys)
        copy(c.trie.edgeChildren, to: .edgeChildren)
        copy(c.trie.firstRecord, to: .firstRecord)
        for (k, r) in c.trie.records.enumerated() {
            let at = offsets[.records]! + k * AliasTrie.Record.byteCount
            precondition(Int(r.entry) < AliasTrie.Record.maxEntries)
            put(r.capitalMask, at: at)
            put(UInt32(r.entry) | UInt32(r.flags) << AliasTrie.Record.entryBits, at: at + 8)
            put(r.next, at: at + 12)
        }
        copy(c.entryLines, to: .entryLines)
        copy(c.entryKinds, to: .entryKinds)
        copy(exactRecords, to: .exactRecords)
        copy(normStarts, to: .exactNormStarts)
        copy(normRanges, to: .exactNormRanges)
        copy(strings, to: .strings)
        copy(fileTable, to: .fileTable)
        var at = offsets[.tsvBytes]!
        for f in c.files {
            f.bytes.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: out[at...]).copyMemory(from: $0) }
            at += f.bytes.count
        }
        copy(manifest, to: .manifest)
        copy(version, to: .version)
        return out
    }

    // MARK: Reading

    private static func parse(_ raw: UnsafeRawBufferPointer) throws(GazetteerImageError)
        -> (AliasTrie, UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<UInt8>, [File], [ManifestItem], String?, UInt64) {
        func u32(_ at: Int) -> UInt32 { raw.loadUnaligned(fromByteOffset: at, as: UInt32.self) }
        func u64(_ at: Int) -> UInt64 { raw.loadUnaligned(fromByteOffset: at, as: UInt64.self) }
        guard raw.count >= headerSize, Array(raw[0..<8]) == magic else { throw .malformed("not a compiled gazetteer") }
        guard u32(8) == formatVersion else { throw .otherFormat(u32(8)) }
        guard u32(12) == byteOrderMark else { throw .malformed("written on a machine of the other byte order") }
        guard u64(16) == UInt64(raw.count) else { throw .malformed("\(raw.count) bytes where the header says \(u64(16)) (truncated?)") }
        guard u32(24) == UInt32(Section.allCases.count) else { throw .malformed("wrong section count") }
        // Counts are checked against section lengths below; bounding them first keeps the products from overflowing.
        let counts = try (0..<7).map { k throws(GazetteerImageError) -> Int in
            let n = u64(countsOffset + 8 * k)
            guard n < UInt64(raw.count) else { throw .malformed("count \(k) out of range") }
            return Int(n)
        }
        let (edgeSlots, nodes, records, entries, fileCount, exactCount, manifestCount)
            = (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6])
        let fingerprint = u64(countsOffset + 8 * 7)
        var sections: [Section: UnsafeRawBufferPointer] = [:]
        for s in Section.allCases {
            let offset = u64(sectionTableOffset + 16 * s.rawValue), length = u64(sectionTableOffset + 16 * s.rawValue + 8)
            guard offset % 8 == 0, offset >= UInt64(headerSize), offset <= UInt64(raw.count),
                  length <= UInt64(raw.count) - offset else { throw .malformed("section \(s) out of bounds") }
            sections[s] = UnsafeRawBufferPointer(rebasing: raw[Int(offset)..<Int(offset + length)])
        }
        func array<T>(_ s: Section, _ type: T.Type, count: Int, stride: Int = MemoryLayout<T>.stride) throws(GazetteerImageError)
            -> UnsafeBufferPointer<T> {
            let bytes = sections[s]!
            guard bytes.count == count * stride else {
                throw .malformed("section \(s): \(bytes.count) bytes for \(count) items")
            }
            return count == 0 ? UnsafeBufferPointer(start: nil, count: 0)
                : UnsafeBufferPointer(start: bytes.baseAddress!.assumingMemoryBound(to: T.self), count: count)
        }
        guard edgeSlots >= 2, edgeSlots & (edgeSlots - 1) == 0, nodes >= 1 else { throw .malformed("edge table size") }
        let strings = try array(.strings, UInt8.self, count: sections[.strings]!.count)
        let normStarts = try array(.exactNormStarts, UInt32.self, count: exactCount + 1)
        let normCount = sections[.exactNormRanges]!.count / 8
        let normRanges = try array(.exactNormRanges, UInt32.self, count: 2 * normCount)
        guard normStarts.allSatisfy({ Int($0) <= normCount }),
              (0..<normCount).allSatisfy({ Int(normRanges[2 * $0]) + Int(normRanges[2 * $0 + 1]) <= strings.count })
        else { throw .malformed("exact alias table out of bounds") }
        let recordBytes = sections[.records]!
        guard recordBytes.count == records * AliasTrie.Record.byteCount else { throw .malformed("records section") }
        let trie = AliasTrie(
            edgeKeys: try array(.edgeKeys, UInt64.self, count: edgeSlots),
            edgeChildren: try array(.edgeChildren, Int32.self, count: edgeSlots), mask: edgeSlots - 1,
            firstRecord: try array(.firstRecord, Int32.self, count: nodes), records: recordBytes, recordCount: records,
            exactRecords: try array(.exactRecords, Int32.self, count: exactCount),
            exactNormStarts: normStarts, exactNormRanges: normRanges, strings: strings)

        func text(_ offset: UInt64, _ length: UInt64) throws(GazetteerImageError) -> String {
            guard offset <= UInt64(strings.count), length <= UInt64(strings.count) - offset else {
                throw .malformed("string out of bounds")
            }
            return String(decoding: UnsafeBufferPointer(rebasing: strings[Int(offset)..<Int(offset + length)]), as: UTF8.self)
        }
        let table = try array(.fileTable, UInt64.self, count: 4 * fileCount)
        let tsv = sections[.tsvBytes]!
        var files: [File] = []
        for k in 0..<fileCount {
            let (start, length) = (table[4 * k + 2], table[4 * k + 3])
            guard start <= UInt64(tsv.count), length <= UInt64(tsv.count) - start else { throw .malformed("file \(k) out of bounds") }
            let bytes = UnsafeBufferPointer(start: tsv.baseAddress.map { ($0 + Int(start)).assumingMemoryBound(to: UInt8.self) },
                                            count: Int(length))
            files.append(File(name: try text(table[4 * k], table[4 * k + 1]), bytes: bytes))
        }
        let lines = try array(.entryLines, UInt64.self, count: entries)
        let kinds = try array(.entryKinds, UInt8.self, count: entries)
        // Entry line offsets are not scanned here (that would touch every page of them): `Gazetteer.fields` reads
        // within its file's bytes whatever the offset says.
        let m = try array(.manifest, UInt64.self, count: 4 * manifestCount)
        var manifest: [ManifestItem] = []
        for k in 0..<manifestCount {
            manifest.append(ManifestItem(path: try text(m[4 * k], m[4 * k + 1]), size: m[4 * k + 2], hash: m[4 * k + 3]))
        }
        let v = sections[.version]!
        let version = v.isEmpty ? nil : String(decoding: v, as: UTF8.self)
        return (trie, lines, kinds, files, manifest, version, fingerprint)
    }
}

/// Why a compiled gazetteer file cannot be used.
enum GazetteerImageError: Error, CustomStringConvertible {
    case unreadable(String)
    case malformed(String)
    case otherFormat(UInt32)

    var description: String {
        switch self {
        case let .unreadable(why): "cannot read it: \(why)"
        case let .malformed(why): "not a valid compiled gazetteer: \(why)"
        case let .otherFormat(v): "format version \(v), this program reads \(GazetteerImage.formatVersion)"
        }
    }
}

/// What an image is laid out from.
struct GazetteerContents {
    var trie: AliasTrieBuilder
    var entryLines: [UInt64]
    var entryKinds: [UInt8]
    var files: [(name: String, bytes: [UInt8])]
    var manifest: [GazetteerImage.ManifestItem]
    var version: String?
    var aliasRulesFingerprint: UInt64
}
