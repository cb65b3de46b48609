import DocumentModel
import Foundation
@testable import NER
import Tokenizer

/// Shared, loaded once: the tokenizer and the recognizer over the bundled gazetteer.
enum NERFixture {
    static let tokenizer = try! Tokenizer()
    static let recognizer = try! EntityRecognizer(gazetteerDirectory: nil)

    /// Entities of `text` as (surface, type, by).
    static func entities(_ text: String, recognizer: EntityRecognizer = recognizer) -> [Entity] {
        recognizer.recognize(tokenizer.tokenize(text))
    }

    static func find(_ surface: String, in text: String, recognizer: EntityRecognizer = recognizer) -> Entity? {
        entities(text, recognizer: recognizer).first { $0.span.text == surface }
    }

    /// A gazetteer directory written from `files` (name → contents) under a fresh temp folder.
    static func gazetteer(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("ner-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("rules"), withIntermediateDirectories: true)
        for (name, contents) in files {
            try contents.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    /// `/work/shared` (the read-only gold files), next to the package, if present.
    static var sharedGold: URL? {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/gold").standardized
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
