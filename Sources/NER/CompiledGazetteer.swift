#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DocumentModel
import Foundation
import Tokenizer

/// `pipeline gazetteer compile` and the loader's use of its output: the
/// gazetteer folder's `compiled.gaz` (`GazetteerImage`) is mapped in place
/// of reading and tokenizing the TSV files, as long as it is fresh.
enum CompiledGazetteer {
    /// What the loader did with the folder's compiled file.
    enum Status: Equatable, Sendable {
        /// No compiled file: the TSV files were loaded (the normal case for a fresh clone).
        case absent
        /// The compiled file was mapped and used.
        case used
        /// A compiled file exists but does not match the data files (why); the TSV files were loaded.
        case stale(String)
        /// A compiled file exists but cannot be used (why); the TSV files were loaded.
        case unusable(String)
    }

    static func path(in directory: String) -> String {
        (directory as NSString).appendingPathComponent(GazetteerImage.fileName)
    }

    /// The folder's compiled file when it exists, is well formed and fresh.
    static func load(directory: String, tokenizer: Tokenizer) -> (image: GazetteerImage?, status: Status) {
        let file = path(in: directory)
        guard FileManager.default.fileExists(atPath: file) else { return (nil, .absent) }
        let image: GazetteerImage
        do {
            image = try GazetteerImage(mapping: file)
        } catch {
            return (nil, .unusable(error.description))
        }
        if image.aliasRulesFingerprint != AliasRules.fingerprint(tokenizer: tokenizer) {
            return (nil, .stale("made by a program that splits aliases differently"))
        }
        if let why = staleness(of: image.manifest, directory: directory) { return (nil, .stale(why)) }
        return (image, .used)
    }

    /// Why `manifest` no longer describes the data files of `directory`, or
    /// nil when every file has the same name, size and XXH64. Sizes are
    /// compared first (no reading); then every file is hashed, because size
    /// and modification time do not tell an edit that keeps the size from a
    /// `git checkout` that keeps the time.
    static func staleness(of manifest: [GazetteerImage.ManifestItem], directory: String) -> String? {
        let files = GazetteerDataFiles.list(directory: directory)
        let now = Set(files.map(\.relativePath)), then = Set(manifest.map(\.path))
        if let added = files.first(where: { !then.contains($0.relativePath) }) { return "\(added.relativePath) was added" }
        if let removed = manifest.first(where: { !now.contains($0.path) }) { return "\(removed.path) was removed" }
        let byPath = Dictionary(uniqueKeysWithValues: manifest.map { ($0.path, $0) })
        for f in files {
            var st = stat()
            guard stat(f.path, &st) == 0 else { return "\(f.relativePath) cannot be read" }
            if UInt64(st.st_size) != byPath[f.relativePath]!.size { return "\(f.relativePath) changed" }
        }
        for f in files {
            guard let hash = contentHash(path: f.path) else { return "\(f.relativePath) cannot be read" }
            if hash != byPath[f.relativePath]!.hash { return "\(f.relativePath) changed" }
        }
        return nil
    }

    /// XXH64 of a file's bytes, read in blocks small enough to stay in the
    /// cache between `read` and hashing (nil: unreadable). Measured faster
    /// than mapping the file (27 MB: ~8 ms read, ~11 ms mapped: page faults).
    static func contentHash(path: String) -> UInt64? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 64)
        defer { block.deallocate() }
        var h = XXH64()
        while true {
            let n = read(fd, block.baseAddress, block.count)
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return h.value }
            h.add(UnsafeRawBufferPointer(rebasing: block[0..<n]))
        }
    }

    /// Builds the gazetteer of `directory` from its TSV files and writes the
    /// image to `output` (default: the folder's `compiled.gaz`) through a
    /// temporary file renamed over it, so that a reader never maps a
    /// half-written file and running processes keep the one they mapped.
    static func compile(directory: String, output: String?, tokenizer: Tokenizer) throws -> GazetteerCompilation {
        // The data files' bytes are read once: what is hashed is what is compiled.
        var version = FNV1a64()
        var manifest: [GazetteerImage.ManifestItem] = []
        var tsv: [String: [UInt8]] = [:]
        for f in GazetteerDataFiles.list(directory: directory) {
            guard let data = FileManager.default.contents(atPath: f.path) else { continue }
            GazetteerVersion.add(f.relativePath, data, to: &version)
            let hash = data.withUnsafeBytes { XXH64.hash($0) }
            manifest.append(GazetteerImage.ManifestItem(path: f.relativePath, size: UInt64(data.count), hash: hash))
            if !f.relativePath.contains("/") { tsv[f.relativePath] = data.withUnsafeBytes { [UInt8]($0) } }
        }
        var contents = try Gazetteer.contents(directory: directory, tokenizer: tokenizer) { name in tsv[name] }
        contents.trie.compact()
        contents.manifest = manifest
        contents.version = version.hex
        contents.aliasRulesFingerprint = AliasRules.fingerprint(tokenizer: tokenizer)
        let image = GazetteerImage(contents)
        let target = output ?? path(in: directory)
        try writeAtomically(image.bytes, to: target)
        return GazetteerCompilation(directory: directory, output: target, bytes: image.byteCount,
                                    entries: contents.entryLines.count, aliases: contents.trie.records.count,
                                    version: version.hex)
    }

    private static func writeAtomically(_ bytes: UnsafeRawBufferPointer, to target: String) throws {
        let temporary = target + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CompileError.cannotWrite(temporary, String(cString: strerror(errno))) }
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                let why = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                throw CompileError.cannotWrite(temporary, why)
            }
            done += n
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard synced, rename(temporary, target) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temporary)
            throw CompileError.cannotWrite(target, why)
        }
    }

    enum CompileError: Error, CustomStringConvertible {
        case cannotWrite(String, String)

        var description: String {
            switch self {
            case let .cannotWrite(path, why): "cannot write \(path): \(why)"
            }
        }
    }
}

/// How aliases become trie keys depends on the program (the Tokenizer's
/// rules, `TokenNormalizer`'s folding): a compiled file made by a program
/// that splits aliases differently must not be used. The fingerprint is a
/// hash of the alias tokens the Tokenizer gives a fixed set of probe names
/// (letters of many scripts, accents, ligatures, apostrophes, periods,
/// digits, clitic hyphens, invisible characters) and of the record format.
/// The fast splitter is not probed: AliasKeyTests holds it to the
/// Tokenizer's answer on every bundled alias, and building its tables would
/// cost more than the rest of the check. A change the probes miss needs a
/// `GazetteerImage.formatVersion` bump.
enum AliasRules {
    static let probes = [
        "Tinzaouatène", "Tin-Zaouatène", "TINZAOUATENE", "Alliance des États du Sahel", "al-Qaïda", "Œuvre d'Orient",
        "Front de libération de l'Azawad", "Saint-Louis-la", "C4S", "M. Dupont", "G5 Sahel", "Jama'at Nusrat al-Islam",
        "Ouagadougou", "ÉTATS-UNIS", "Côte d’Ivoire", "Ağrı", "Straße", "Ĳsselmeer", "ǅemal", "Ⅻ", "Ἀθῆναι", "Москва",
        "القاعدة", "北京", "Bénin  Porto-Novo", "N'Djamena", "N’Djaména", "Jean-Marie Le Pen", "X", "AES", "FAMa",
        "1er Régiment", "l’ONU", "Ansar Dine", "Ba\u{0301}maka\u{0300}", "Ma\u{00AD}li", "Ṭāhā", "Ǆ", "St-Étienne",
        "Æthelred", "Ørsted", "Łódź", "Þingvellir", "İzmir", "ﬁnance", "Ａｂｃ", "Mc'Ner", "O.N.U.", "3e", "A-t-il",
    ]

    static func fingerprint(tokenizer: Tokenizer) -> UInt64 {
        var bytes: [UInt8] = Array("records:\(AliasTrie.Record.byteCount)/\(AliasTrie.Record.entryBits)\n".utf8)
        for probe in probes {
            for token in tokenizer.tokenize(probe).tokens {
                let t = AliasSplitter.aliasToken(token, keepNorm: true)
                withUnsafeBytes(of: t.hash.littleEndian) { bytes += $0 }
                bytes += [t.capitalized ? 1 : 0, t.allCaps ? 1 : 0, UInt8(truncatingIfNeeded: t.letters)]
                bytes += Array((t.norm ?? "").utf8) + [0]
            }
            bytes.append(0xFE)
        }
        return bytes.withUnsafeBytes { XXH64.hash($0) }
    }
}

/// What `EntityRecognizer.compileGazetteer` wrote.
public struct GazetteerCompilation: Sendable {
    public let directory: String
    public let output: String
    public let bytes: Int
    public let entries: Int
    public let aliases: Int
    /// The version stamp of the data compiled (as in the records).
    public let version: String
}

extension EntityRecognizer {
    /// Compiles the gazetteer in `directory` (nil: the default one) into one
    /// file the loader maps instead of reading the TSV files (`output` nil:
    /// `DIR/compiled.gaz`, the only place the loader looks).
    public static func compileGazetteer(directory: String?, output: String?) throws -> GazetteerCompilation {
        guard let dir = directory ?? GazetteerLocator.defaultDirectory() else {
            throw EntityRecognizerError.gazetteerNotFound(GazetteerLocator.candidates().joined(separator: ", "))
        }
        return try CompiledGazetteer.compile(directory: dir, output: output, tokenizer: try Tokenizer())
    }

    /// What became of the gazetteer folder's compiled file at load: nil when
    /// it was used or there is none, else why it was ignored.
    public var compiledGazetteerProblem: String? {
        switch gazetteer.compiledStatus {
        case .absent, .used: nil
        case let .stale(why), let .unusable(why): why
        }
    }

    /// The loaded gazetteer came from its compiled file.
    public var usesCompiledGazetteer: Bool { gazetteer.compiledStatus == .used }
}

extension EntityRecognizer {
    /// The state of `directory`'s compiled file as the loader would find it:
    /// nil when there is none, else `fresh`, or why it would be ignored.
    public static func compiledGazetteerState(directory: String) throws -> String? {
        switch CompiledGazetteer.load(directory: directory, tokenizer: try Tokenizer()).status {
        case .absent: nil
        case .used: "fresh"
        case let .stale(why): "stale: \(why)"
        case let .unusable(why): "unusable: \(why)"
        }
    }
}
