import DocumentModel
import Foundation
import Tokenizer

/// A canonical gazetteer entry (one TSV line, gazetteer/README.md).
struct GazetteerEntry: Sendable, Equatable {
    let id: String
    let type: EntityType
    let subtype: String
    let canonical: String
    let kb: String?
    let country: String?
    let valid: String?
    /// Where it comes from, as reported in `Entity.by` (`gazetteer/places.tsv`).
    let source: String
}

/// The loaded gazetteer: every `*.tsv` of a directory in one alias trie (the
/// word lists of its `rules/` folder are `RuleLists`).
///
/// Entries are not decoded at load time: the file bytes are kept and an
/// entry's line is parsed when a mention needs it, so load time grows only
/// with the aliases' tokens (the trie), not with the entries' other columns.
/// When the folder holds a fresh `compiled.gaz` (`pipeline gazetteer
/// compile`), even the trie is not built: the file is mapped and its arrays
/// are used in place (`GazetteerImage`, `CompiledGazetteer`).
struct Gazetteer: Sendable {
    let directory: String
    /// The arrays below live in it (mapped file or memory).
    let image: GazetteerImage
    /// What became of the folder's compiled file.
    let compiledStatus: CompiledGazetteer.Status
    /// `GazetteerEntry.source` of each file.
    let sources: [String]

    var trie: AliasTrie { image.trie }
    /// The version stamp recorded in the compiled file, when it was used.
    var version: String? { image.version }

    /// File order used to break ties between homonyms of the same strength:
    /// sovereign countries before the river `Niger`, known actors before towns.
    static let filePriority = [
        "countries.tsv", "armed_groups.tsv", "international.tsv", "institutions.tsv", "media.tsv",
        "persons.tsv", "places.tsv", "nationalities.tsv", "cities.tsv",
    ]

    /// Loads `directory`: its fresh compiled file, else its TSV files (with a
    /// one-line warning on standard error when a compiled file is there but
    /// stale or unusable).
    init(directory: String, tokenizer: Tokenizer) throws {
        self.directory = directory
        let (compiled, status) = CompiledGazetteer.load(directory: directory, tokenizer: tokenizer)
        compiledStatus = status
        if let compiled {
            image = compiled
        } else {
            switch status {
            case let .stale(why), let .unusable(why):
                let file = CompiledGazetteer.path(in: directory)
                FileHandle.standardError.write(Data(("warning: ignoring \(file) (\(why)); loading the TSV files "
                    + "(run `pipeline gazetteer compile` to refresh it)\n").utf8))
            case .absent, .used: break
            }
            image = GazetteerImage(try Gazetteer.contents(directory: directory, tokenizer: tokenizer))
        }
        sources = image.files.map { "gazetteer/" + $0.name }
    }

    /// The arrays of the gazetteer in `directory`, built from its TSV files
    /// (`bytes` supplies a file's bytes, by name, when the caller has read them).
    static func contents(directory: String, tokenizer: Tokenizer,
                         bytes: (String) -> [UInt8]? = { _ in nil }) throws -> GazetteerContents {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            throw EntityRecognizerError.gazetteerNotFound(directory)
        }
        let tsvNames = names.filter { $0.hasSuffix(".tsv") }.sorted { a, b in
            let pa = Gazetteer.filePriority.firstIndex(of: a) ?? Gazetteer.filePriority.count
            let pb = Gazetteer.filePriority.firstIndex(of: b) ?? Gazetteer.filePriority.count
            return pa != pb ? pa < pb : a < b
        }
        guard !tsvNames.isEmpty else { throw EntityRecognizerError.gazetteerNotFound(directory) }
        var files: [(name: String, bytes: [UInt8])] = []
        var totalBytes = 0
        for name in tsvNames {
            let path = (directory as NSString).appendingPathComponent(name)
            if let known = bytes(name) {
                files.append((name, known))
            } else {
                guard let data = fm.contents(atPath: path) else { throw EntityRecognizerError.unreadable(path) }
                // Copied at once: `[UInt8](data)` walks Data byte by byte through its iterator.
                files.append((name, data.withUnsafeBytes { [UInt8]($0) }))
            }
            totalBytes += files.last!.bytes.count
        }
        let splitter = AliasSplitter(tokenizer: tokenizer)
        var trie = AliasTrieBuilder(expectedTokens: totalBytes / 12)
        var entryLines: [UInt64] = []
        entryLines.reserveCapacity(totalBytes / 60)
        var entryKinds: [UInt8] = []
        entryKinds.reserveCapacity(totalBytes / 60)
        // Aliases the fast splitter declines are tokenized afterwards in one
        // Tokenizer call (one per line), not one call each.
        var deferred: [(entry: Int32, text: String, exact: Bool)] = []
        for (fileIndex, file) in files.enumerated() {
            file.bytes.withUnsafeBufferPointer { buf in
                TSVScanner.forEachRow(buf) { lineStart, columns in
                    let entry = Int32(entryLines.count)
                    entryLines.append(UInt64(fileIndex) << 48 | UInt64(lineStart))
                    entryKinds.append(EntryKind(type: columns[1], subtype: columns[2], buf).code)
                    // Canonical (column 3), then the aliases of column 4.
                    Gazetteer.insertName(columns[3], buf, entry, splitter, &trie, &deferred)
                    TSVScanner.forEachAlias(columns[4], buf) { range in
                        Gazetteer.insertName(range, buf, entry, splitter, &trie, &deferred)
                    }
                }
            }
        }
        Gazetteer.insertDeferred(deferred, tokenizer: tokenizer, into: &trie)
        return GazetteerContents(trie: trie, entryLines: entryLines, entryKinds: entryKinds, files: files,
                                 manifest: [], version: nil, aliasRulesFingerprint: 0)
    }

    private static func insertName(_ range: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>, _ entry: Int32,
                                   _ splitter: AliasSplitter, _ trie: inout AliasTrieBuilder,
                                   _ deferred: inout [(entry: Int32, text: String, exact: Bool)]) {
        guard !range.isEmpty else { return }
        var start = range.lowerBound
        let exact = buf[start] == UInt8(ascii: "=")
        if exact { start += 1 }
        guard start < range.upperBound else { return }
        let bytes = UnsafeBufferPointer(rebasing: buf[start..<range.upperBound])
        if !exact, let fast = splitter.fastSplit(UTF8Scalars(bytes)) {
            trie.insert(fast, entry: entry, exact: false)
        } else {
            deferred.append((entry, String(decoding: bytes, as: UTF8.self), exact))
        }
    }

    /// Tokenizes the deferred aliases as one text and inserts them. The
    /// separator `\n.\n` keeps every look-ahead rule of the Tokenizer (an
    /// initial before a capital, digit groups across a space) from seeing the
    /// next alias, so each alias gets the tokens it gets alone.
    private static func insertDeferred(_ aliases: [(entry: Int32, text: String, exact: Bool)], tokenizer: Tokenizer,
                                       into trie: inout AliasTrieBuilder) {
        let split = batchSplit(aliases.map(\.text), keepNorm: aliases.map(\.exact), tokenizer: tokenizer)
        for (a, tokens) in zip(aliases, split) { trie.insert(tokens, entry: a.entry, exact: a.exact) }
    }

    /// The alias tokens of each text, from one Tokenizer call over all of
    /// them. The separator `\n.\n` keeps every look-ahead rule of the
    /// Tokenizer (an initial before a capital, digit groups across a space)
    /// from seeing the next alias, so each alias gets the tokens it gets alone.
    static func batchSplit(_ texts: [String], keepNorm: [Bool], tokenizer: Tokenizer) -> [[AliasToken]] {
        guard !texts.isEmpty else { return [] }
        let separator = "\n.\n"
        var starts: [Int] = []
        var offset = 0
        for text in texts {
            starts.append(offset)
            offset += text.unicodeScalars.count + separator.unicodeScalars.count
        }
        let tokens = tokenizer.tokenize(texts.joined(separator: separator)).tokens
        var out: [[AliasToken]] = []
        out.reserveCapacity(texts.count)
        var t = 0
        for (k, text) in texts.enumerated() {
            let end = starts[k] + text.unicodeScalars.count
            var own: [AliasToken] = []
            while t < tokens.count, tokens[t].start < end {
                own.append(AliasSplitter.aliasToken(tokens[t], keepNorm: keepNorm[k]))
                t += 1
            }
            while t < tokens.count, k + 1 < starts.count, tokens[t].start < starts[k + 1] { t += 1 } // the separator
            out.append(own)
        }
        return out
    }

    var entryCount: Int { image.entryLines.count }

    /// The type of entry `index` (as `entry(index).type`, without decoding the line).
    func type(_ index: Int32) -> EntityType { EntryKind.type(image.entryKinds[Int(index)]) }

    /// Entry `index` is a nationality or ethnic group (subtype `nationality` or `ethnic_group`).
    func isNationality(_ index: Int32) -> Bool { image.entryKinds[Int(index)] & EntryKind.nationalityBit != 0 }

    /// Decodes entry `index` from its line.
    func entry(_ index: Int32) -> GazetteerEntry {
        let f = fields(index, count: 8)
        return GazetteerEntry(id: f[0] ?? "", type: type(index), subtype: f[2] ?? "", canonical: f[3] ?? "",
                              kb: f[5], country: f[6], valid: f[7], source: source(index))
    }

    /// `entry(index).source`.
    func source(_ index: Int32) -> String { sources[Int(image.entryLines[Int(index)] >> 48)] }

    /// The first `count` tab-separated columns of entry `index`'s line (nil:
    /// absent or empty). The line's bytes are cut at tabs (a tab is never
    /// inside a UTF-8 sequence) and only the columns asked for become strings.
    private func fields(_ index: Int32, count: Int) -> [String?] {
        let packed = image.entryLines[Int(index)]
        let start = Int(packed & 0xFFFF_FFFF_FFFF)
        let buf = image.files[Int(packed >> 48)].bytes
        // A damaged compiled file must not read outside the file's bytes.
        precondition(start < buf.count, "compiled gazetteer is corrupt: entry \(index)")
        var out: [String?] = []
        out.reserveCapacity(count)
        func add(_ range: Range<Int>) {
            out.append(range.isEmpty ? nil : String(decoding: UnsafeBufferPointer(rebasing: buf[range]), as: UTF8.self))
        }
        var end = start
        var columnStart = start
        while end < buf.count, buf[end] != 0x0A, buf[end] != 0x0D, out.count < count {
            if buf[end] == 0x09 {
                add(columnStart..<end)
                columnStart = end + 1
            }
            end += 1
        }
        // The line's last column, then absent ones.
        if out.count < count { add(columnStart..<end) }
        while out.count < count { out.append(nil) }
        return out
    }
}

/// What load time keeps of an entry besides its line: the type and whether
/// it names a nationality or ethnic group, packed in one byte (`code`) so
/// that a compiled file stores it as is.
struct EntryKind: Sendable {
    let type: EntityType
    let isNationality: Bool

    static let types: [EntityType] = [.PER, .ORG, .LOC, .MISC]
    static let nationalityBit: UInt8 = 4

    /// Bits 0–1: index in `types`; bit 2: nationality.
    var code: UInt8 {
        UInt8(EntryKind.types.firstIndex(of: type)!) | (isNationality ? EntryKind.nationalityBit : 0)
    }

    static func type(_ code: UInt8) -> EntityType { types[Int(code & 3)] }

    /// From the byte ranges of the type and subtype columns (an unknown or
    /// empty type is MISC, as `GazetteerEntry` decodes it).
    init(type: Range<Int>, subtype: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) {
        func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
            guard range.count == word.utf8CodeUnitCount else { return false }
            let w = word.utf8Start
            for (k, p) in range.enumerated() where buf[p] != w[k] { return false }
            return true
        }
        if equals(type, "PER") { self.type = .PER }
        else if equals(type, "ORG") { self.type = .ORG }
        else if equals(type, "LOC") { self.type = .LOC }
        else { self.type = .MISC }
        isNationality = equals(subtype, "nationality") || equals(subtype, "ethnic_group")
    }
}

/// Minimal TSV scanning over UTF-8 bytes (no String per line).
enum TSVScanner {
    /// Calls `body(lineStart, columns)` for each data row (not blank, not `#`)
    /// with at least five columns; columns are byte ranges.
    static func forEachRow(_ buf: UnsafeBufferPointer<UInt8>, _ body: (Int, [Range<Int>]) -> Void) {
        var i = 0
        let n = buf.count
        var columns: [Range<Int>] = []
        columns.reserveCapacity(8)
        while i < n {
            let lineStart = i
            var end = i
            while end < n, buf[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > lineStart, buf[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            i = end + 1
            guard lineEnd > lineStart, buf[lineStart] != UInt8(ascii: "#") else { continue }
            columns.removeAll(keepingCapacity: true)
            var colStart = lineStart
            for p in lineStart..<lineEnd where buf[p] == 0x09 {
                columns.append(colStart..<p)
                colStart = p + 1
            }
            columns.append(colStart..<lineEnd)
            if columns.count >= 5 { body(lineStart, columns) }
        }
    }

    /// Splits an aliases column on ` | `.
    static func forEachAlias(_ range: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start = range.lowerBound
        var p = range.lowerBound
        let end = range.upperBound
        while p + 2 < end {
            if buf[p] == 0x20, buf[p + 1] == 0x7C, buf[p + 2] == 0x20 {
                if p > start { body(start..<p) }
                p += 3
                start = p
            } else {
                p += 1
            }
        }
        if end > start { body(start..<end) }
    }
}

/// Unicode scalars of valid UTF-8 bytes.
struct UTF8Scalars: Sequence, IteratorProtocol {
    let buf: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ buf: UnsafeBufferPointer<UInt8>) { self.buf = buf }

    mutating func next() -> Unicode.Scalar? {
        guard i < buf.count else { return nil }
        let b0 = UInt32(buf[i])
        var c: UInt32
        if b0 < 0x80 {
            c = b0; i += 1
        } else if b0 < 0xE0, i + 1 < buf.count {
            c = (b0 & 0x1F) << 6 | UInt32(buf[i + 1] & 0x3F); i += 2
        } else if b0 < 0xF0, i + 2 < buf.count {
            c = (b0 & 0x0F) << 12 | UInt32(buf[i + 1] & 0x3F) << 6 | UInt32(buf[i + 2] & 0x3F); i += 3
        } else if i + 3 < buf.count {
            c = (b0 & 0x07) << 18 | UInt32(buf[i + 1] & 0x3F) << 12 | UInt32(buf[i + 2] & 0x3F) << 6
                | UInt32(buf[i + 3] & 0x3F); i += 4
        } else {
            c = 0xFFFD; i = buf.count
        }
        return Unicode.Scalar(c) ?? "\u{FFFD}"
    }
}

enum EntityRecognizerError: Error, CustomStringConvertible {
    case gazetteerNotFound(String)
    case unreadable(String)

    var description: String {
        switch self {
        case let .gazetteerNotFound(dir):
            return "no gazetteer (*.tsv files) in \(dir); pass --gazetteer DIR or set PIPELINE_GAZETTEER"
        case let .unreadable(path): return "cannot read gazetteer file \(path)"
        }
    }
}
