import DocumentModel
import Foundation

/// One unit of input: a document, or a record of why a line could not be read.
enum InputItem: Sendable {
    case document(Document, input: String, line: Int)
    case error(ErrorRecord)
}

/// Reads documents from files, folders or standard input, in batches.
struct InputReader {
    struct Source {
        let path: String   // "-" for standard input
        let format: InputFormat
    }

    let sources: [Source]
    /// Documents per batch handed to the workers.
    var batchSize = 256

    init(paths: [String], format: InputFormat) throws {
        var sources: [Source] = []
        for path in paths.isEmpty ? ["-"] : paths {
            if path == "-" {
                sources.append(Source(path: "-", format: format == .auto ? .jsonl : format))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError("no such file or folder: \(path)")
            }
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                for name in names where InputReader.format(ofName: name) != nil {
                    let full = (path as NSString).appendingPathComponent(name)
                    sources.append(Source(path: full, format: format == .auto ? InputReader.format(ofName: name)! : format))
                }
            } else {
                sources.append(Source(path: path, format: format == .auto ? InputReader.format(ofName: path) ?? .jsonl : format))
            }
        }
        self.sources = sources
    }

    static func format(ofName name: String) -> InputFormat? {
        switch (name as NSString).pathExtension.lowercased() {
        case "jsonl", "ndjson", "json": return .jsonl
        case "txt", "text": return .text
        default: return nil
        }
    }

    func forEachBatch(_ body: ([InputItem]) throws -> Void) throws {
        var batch: [InputItem] = []
        batch.reserveCapacity(batchSize)
        func add(_ item: InputItem) throws {
            batch.append(item)
            if batch.count >= batchSize { try body(batch); batch.removeAll(keepingCapacity: true) }
        }
        for source in sources {
            let handle: FileHandle
            if source.path == "-" { handle = FileHandle.standardInput } else {
                guard let h = FileHandle(forReadingAtPath: source.path) else { throw InputError("cannot open \(source.path)") }
                handle = h
            }
            let name = source.path
            switch source.format {
            case .text, .auto:
                try add(InputReader.textDocument(handle.readDataToEndOfFile(), name: name))
            case .jsonl:
                var lines = LineReader(handle: handle)
                var number = 0
                while let line = lines.next() {
                    number += 1
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    try add(InputReader.jsonDocument(line, name: name, line: number))
                }
            }
            if source.path != "-" { try? handle.close() }
        }
        if !batch.isEmpty { try body(batch) }
    }

    static func textDocument(_ data: Data, name: String) -> InputItem {
        let id = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let text = String(validating: data, as: UTF8.self) else {
            return .error(ErrorRecord(id: id, input: name, line: 1, message: "the file is not valid UTF-8"))
        }
        return .document(Document(id: name == "-" ? "stdin" : id, text: text), input: name, line: 1)
    }

    static func jsonDocument(_ line: ArraySlice<UInt8>, name: String, line number: Int) -> InputItem {
        let json: JSONValue
        do { json = try JSONValue.parse(line) } catch {
            return .error(ErrorRecord(id: nil, input: name, line: number, message: "invalid JSON: \(error)"))
        }
        do {
            return .document(try Document(json: json, fallbackID: "\(name == "-" ? "stdin" : name):\(number)"), input: name, line: number)
        } catch {
            return .error(ErrorRecord(id: json["id"]?.stringValue, input: name, line: number, message: error.message))
        }
    }
}

struct InputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Splits a stream into lines (without the `\n`) in 1 MiB reads, so a batch
/// of any size streams in constant memory.
struct LineReader {
    let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false

    init(handle: FileHandle) { self.handle = handle }

    mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                let line = buffer[start..<nl]
                start = nl + 1
                return line
            }
            if eof {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return line
            }
            if start > 0 { buffer.removeFirst(start); start = 0 }
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { eof = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
