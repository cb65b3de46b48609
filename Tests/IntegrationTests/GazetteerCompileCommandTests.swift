import DocumentModel
import Foundation
import Testing

/// `pipeline gazetteer compile`: the file it writes is used by the next runs
/// (same bytes out), reported by `gazetteer check`, and ignored with one
/// warning once the data changes.
@Suite struct GazetteerCompileCommandTests {
    static let input = #"{"id":"a","text":"Le FLA et le JNIM ont attaqué Kidal, puis Tinzaouatène, selon l'AFP."}"# + "\n"
        + #"{"id":"b","text":"Assimi Goïta a reçu à Bamako le président du Niger et des représentants de la CEDEAO."}"# + "\n"

    /// A copy of the bundled gazetteer without any compiled file, in a fresh folder.
    func gazetteerCopy() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("compile-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let copy = dir.appendingPathComponent("gazetteer")
        try FileManager.default.copyItem(at: PipelineRunner.repository.appendingPathComponent("gazetteer"), to: copy)
        try? FileManager.default.removeItem(at: copy.appendingPathComponent("compiled.gaz"))
        return copy
    }

    @Test func compiledFileIsUsedThenIgnoredWhenTheDataChanges() throws {
        let gazetteer = try gazetteerCopy()
        defer { try? FileManager.default.removeItem(at: gazetteer.deletingLastPathComponent()) }
        let fromTSV = try PipelineRunner.run(["--gazetteer", gazetteer.path, "--tokens"], stdin: Self.input)
        #expect(fromTSV.status == 0)
        #expect(!fromTSV.stderr.contains("warning"), "no compiled file: no warning")
        #expect(fromTSV.json.first?["entities"]?.arrayValue?.isEmpty == false)

        let compile = try PipelineRunner.run(["gazetteer", "compile", "--gazetteer", gazetteer.path])
        #expect(compile.status == 0, "\(compile.stderr)")
        let compiled = gazetteer.appendingPathComponent("compiled.gaz")
        #expect(FileManager.default.fileExists(atPath: compiled.path))
        let summary = String(decoding: compile.stdout, as: UTF8.self)
        let stamp = try #require(fromTSV.json.first?["gazetteer"]?.stringValue)
        #expect(summary.contains("gazetteer \(stamp)"), "\(summary)")
        #expect(summary.contains(compiled.path))

        let check = try PipelineRunner.run(["gazetteer", "check", gazetteer.path])
        #expect(String(decoding: check.stdout, as: UTF8.self).contains("compiled.gaz: fresh"))

        let fromCompiled = try PipelineRunner.run(["--gazetteer", gazetteer.path, "--tokens"], stdin: Self.input)
        #expect(fromCompiled.status == 0)
        #expect(fromCompiled.stdout == fromTSV.stdout, "the same bytes out, version stamp included")
        #expect(fromCompiled.stderr.isEmpty, "\(fromCompiled.stderr)")

        // An edit the stamp sees makes the compiled file stale: one warning, the TSV files loaded.
        let places = try FileHandle(forWritingTo: gazetteer.appendingPathComponent("places.tsv"))
        places.seekToEndOfFile()
        places.write(Data("# a comment changes the data\n".utf8))
        try places.close()
        let stale = try PipelineRunner.run(["--gazetteer", gazetteer.path], stdin: Self.input)
        #expect(stale.status == 0)
        let warnings = stale.stderr.split(separator: "\n").filter { $0.contains("compiled.gaz") }
        #expect(warnings.count == 1, "\(stale.stderr)")
        #expect(warnings.first?.contains("places.tsv changed") == true)
        #expect(warnings.first?.contains("pipeline gazetteer compile") == true)
        #expect(stale.json.map { $0["entities"] } == fromTSV.json.map { $0["entities"] })
        #expect(stale.json.first?["gazetteer"]?.stringValue != stamp)
        let staleCheck = try PipelineRunner.run(["gazetteer", "check", gazetteer.path])
        #expect(String(decoding: staleCheck.stdout, as: UTF8.self).contains("compiled.gaz: stale: places.tsv changed"))

        // Recompiled, it is used again and stamps the new version.
        #expect(try PipelineRunner.run(["gazetteer", "compile", "--gazetteer", gazetteer.path]).status == 0)
        let again = try PipelineRunner.run(["--gazetteer", gazetteer.path], stdin: Self.input)
        #expect(again.stderr.isEmpty, "\(again.stderr)")
        #expect(again.stdout == stale.stdout)
    }

    @Test func outputOptionWritesElsewhere() throws {
        let gazetteer = try gazetteerCopy()
        defer { try? FileManager.default.removeItem(at: gazetteer.deletingLastPathComponent()) }
        let target = gazetteer.deletingLastPathComponent().appendingPathComponent("other.gaz")
        let result = try PipelineRunner.run(["gazetteer", "compile", "--gazetteer", gazetteer.path, "--output", target.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: target.path))
        #expect(!FileManager.default.fileExists(atPath: gazetteer.appendingPathComponent("compiled.gaz").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
            .filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "the temporary file is renamed, not left behind")
    }

    @Test func missingGazetteerIsAnError() throws {
        let result = try PipelineRunner.run(["gazetteer", "compile", "--gazetteer", "/nonexistent/gazetteer"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/gazetteer"), "\(result.stderr)")
    }
}
