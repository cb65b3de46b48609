import Foundation

/// How an input's bytes are read as documents.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Decided per file by its name (`.jsonl`, `.ndjson`, `.json`, `.txt`, with an optional `.gz`); standard input is JSON Lines.
    case auto
    case jsonl
    case text
}

/// One file (or standard input) to read, in the order of the run.
public struct InputSource: Sendable, Equatable {
    /// As given or found (`-` for standard input): what error records name.
    public let path: String
    public let format: InputFormat
    /// Id of a text file's document: its path below the folder given (or its
    /// name, for a file given by itself), without extensions.
    public let documentID: String
    /// Bytes on disk, when known (not for standard input): progress ETA.
    public let size: Int?
    /// The bytes themselves, for an input held in memory (tests, fuzzing); nil: read `path`.
    public let bytes: [UInt8]?

    init(path: String, format: InputFormat, documentID: String, size: Int?, bytes: [UInt8]? = nil) {
        self.path = path
        self.format = format
        self.documentID = documentID
        self.size = size
        self.bytes = bytes
    }

    /// An input held in memory, named `name` in error records.
    public static func memory(_ bytes: [UInt8], name: String, format: InputFormat) -> InputSource {
        InputSource(path: name, format: format == .auto ? .jsonl : format, documentID: stem(name), size: bytes.count, bytes: bytes)
    }

    /// Expands paths into inputs: folders recursively, entries in name order,
    /// hidden entries and other extensions skipped, linked folders not followed.
    /// A path that does not exist is an error before anything is read.
    public static func expand(_ paths: [String], format: InputFormat) throws(InputSourceError) -> [InputSource] {
        var out: [InputSource] = []
        for path in paths.isEmpty ? ["-"] : paths {
            if path == "-" {
                out.append(InputSource(path: "-", format: format == .auto ? .jsonl : format, documentID: "stdin", size: nil))
                continue
            }
            var st = stat()
            guard stat(path, &st) == 0 else { throw InputSourceError("no such file or folder: \(path)") }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                try walk(folder: path, relative: "", format: format, into: &out)
            } else {
                let name = (path as NSString).lastPathComponent
                let detected = detectedFormat(ofName: name) ?? .jsonl
                out.append(InputSource(path: path, format: format == .auto ? detected : format,
                                       documentID: stem(name), size: Int(st.st_size)))
            }
        }
        return out
    }

    private static func walk(folder: String, relative: String, format: InputFormat, into out: inout [InputSource]) throws(InputSourceError) {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted() } catch {
            throw InputSourceError("cannot list folder \(folder): \(error.localizedDescription)")
        }
        for name in names where !name.hasPrefix(".") {
            let full = (folder as NSString).appendingPathComponent(name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            guard lstat(full, &st) == 0 else { continue }
            let type = st.st_mode & S_IFMT
            if type == S_IFDIR {
                try walk(folder: full, relative: rel, format: format, into: &out)
            } else if type == S_IFREG || type == S_IFLNK, let detected = detectedFormat(ofName: name) {
                if type == S_IFLNK {
                    // A linked file is read; a linked folder is not followed (no cycles).
                    guard stat(full, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
                }
                let relStem = relative.isEmpty ? stem(name) : relative + "/" + stem(name)
                out.append(InputSource(path: full, format: format == .auto ? detected : format,
                                       documentID: relStem, size: Int(st.st_size)))
            }
        }
    }

    /// The format a file name announces, or nil for names that are not input.
    public static func detectedFormat(ofName name: String) -> InputFormat? {
        var base = name.lowercased()
        if base.hasSuffix(".gz") { base.removeLast(3) }
        switch (base as NSString).pathExtension {
        case "jsonl", "ndjson", "json": return .jsonl
        case "txt", "text": return .text
        default: return nil
        }
    }

    /// The name without its extensions (`a.jsonl.gz` → `a`, `b.txt` → `b`).
    static func stem(_ name: String) -> String {
        var s = name
        if s.lowercased().hasSuffix(".gz") { s.removeLast(3) }
        let stemmed = (s as NSString).deletingPathExtension
        return stemmed.isEmpty ? s : stemmed
    }
}

public struct InputSourceError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
