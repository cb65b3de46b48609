import Foundation

/// Reads gold files in any supported format, and prediction files.
public struct GoldReader: Sendable {
    /// nil: detect from the extension, then the content.
    public var format: GoldFormat?
    public var conlluDocuments: CoNLLUDocuments

    public init(format: GoldFormat? = nil, conlluDocuments: CoNLLUDocuments = .auto) {
        self.format = format
        self.conlluDocuments = conlluDocuments
    }

    public func read(path: String) throws(GoldReadError) -> GoldSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GoldReadError(file: path, line: 0, "no such file or folder")
        }
        let resolved: GoldFormat
        if let format { resolved = format } else {
            let head = isDirectory.boolValue ? [] : Array((FileHandle(forReadingAtPath: path)?.readData(ofLength: 1 << 16)) ?? Data())
            guard let detected = GoldFormat.detect(path: path, isDirectory: isDirectory.boolValue, head: head) else {
                throw GoldReadError(file: path, line: 0, "cannot tell the gold format from the name or content; give --format (\(GoldFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            resolved = detected
        }
        if resolved == .brat { return try readBrat(path: path, isDirectory: isDirectory.boolValue) }
        let bytes = try GoldReader.bytes(of: path)
        switch resolved {
        case .jsonl:
            let docs = try JSONLinesReader(file: path).read(bytes)
            return GoldSet(path: path, format: .jsonl, documents: docs, annotatedLayers: GoldSet.layersWithContent(docs))
        case .conllu:
            let docs = try CoNLLUReader(file: path, grouping: conlluDocuments).read(try GoldReader.utf8(bytes, path))
            return GoldSet(path: path, format: .conllu, documents: docs, annotatedLayers: [.tokens, .sentences])
        case .conll, .iob1, .iob2:
            let scheme: CoNLLNERReader.Scheme = resolved == .iob1 ? .iob1 : resolved == .iob2 ? .iob2 : .detect
            let result = try CoNLLNERReader(file: path, scheme: scheme).read(try GoldReader.utf8(bytes, path))
            let actual: GoldFormat = resolved == .conll ? (result.isIOB1 ? .iob1 : .iob2) : resolved
            return GoldSet(path: path, format: actual, documents: result.documents, annotatedLayers: [.entities], warnings: result.warnings)
        case .brat:
            fatalError("handled above")
        }
    }

    /// Reads a prediction file (JSON Lines in the output shape). Lines
    /// without `text` are read against the gold text of the same id.
    public func readPredictions(path: String, gold: GoldSet) throws(GoldReadError) -> [EvalDocument] {
        var texts: [String: String] = [:]
        for d in gold.documents { texts[d.id] = d.text }
        var reader = JSONLinesReader(file: path)
        reader.textFor = { texts[$0] }
        return try reader.read(try GoldReader.bytes(of: path))
    }

    private func readBrat(path: String, isDirectory: Bool) throws(GoldReadError) -> GoldSet {
        var annPaths: [String]
        if isDirectory {
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
                throw GoldReadError(file: path, line: 0, "cannot list the folder: \(error.localizedDescription)")
            }
            annPaths = names.filter { $0.hasSuffix(".ann") }.sorted().map { (path as NSString).appendingPathComponent($0) }
            if annPaths.isEmpty { throw GoldReadError(file: path, line: 0, "no .ann files in the folder") }
        } else {
            annPaths = [path.hasSuffix(".txt") ? String(path.dropLast(4)) + ".ann" : path]
        }
        var docs: [EvalDocument] = []
        var skipped: [String: Int] = [:]
        for ann in annPaths {
            let txt = String(ann.dropLast(4)) + ".txt"
            guard FileManager.default.fileExists(atPath: txt) else { throw GoldReadError(file: ann, line: 0, "no matching .txt file \(txt)") }
            let text = try GoldReader.utf8(try GoldReader.bytes(of: txt), txt, stripBOM: false)
            let annText = try GoldReader.utf8(try GoldReader.bytes(of: ann), ann)
            let id = (baseName(ann) as NSString).deletingPathExtension
            let result = try BratReader(file: ann).read(id: id, text: text, ann: annText)
            docs.append(result.document)
            for (k, v) in result.skipped { skipped[k, default: 0] += v }
        }
        let warnings = skipped.keys.sorted().map { "\(path): \(skipped[$0]!) annotations of unknown type \"\($0)\" skipped" }
        return GoldSet(path: path, format: .brat, documents: docs, annotatedLayers: [.entities], warnings: warnings)
    }

    static func bytes(of path: String) throws(GoldReadError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw GoldReadError(file: path, line: 0, "cannot read the file") }
        defer { try? handle.close() }
        return [UInt8](handle.readDataToEndOfFile())
    }

    /// brat offsets count a byte-order mark, so brat text keeps it.
    static func utf8(_ bytes: [UInt8], _ path: String, stripBOM: Bool = true) throws(GoldReadError) -> String {
        guard let s = String(validating: bytes, as: UTF8.self) else { throw GoldReadError(file: path, line: 0, "the file is not valid UTF-8") }
        return stripBOM && s.unicodeScalars.first == "\u{FEFF}" ? String(s.unicodeScalars.dropFirst()) : s
    }
}
