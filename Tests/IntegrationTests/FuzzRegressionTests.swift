import DocumentModel
import Foundation
import Testing

/// Issue 9: the fuzzer's seed corpus and every input that once crashed it
/// (`Fuzz/corpus`, `Fuzz/regressions`), run through the built binary as the
/// fuzzer reads them: no crash, one record per unit, spans exact.
@Suite struct FuzzRegressionTests {
    static var inputs: [URL] {
        let fm = FileManager.default
        return ["Fuzz/corpus", "Fuzz/regressions"].flatMap { folder -> [URL] in
            let dir = PipelineRunner.repository.appendingPathComponent(folder)
            let names = (try? fm.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.sorted().filter { !$0.hasSuffix(".md") }.map { dir.appendingPathComponent($0) }
        }
    }

    @Test func theCorpusIsThere() {
        #expect(Self.inputs.count >= 10)
    }

    @Test(arguments: inputs)
    func runsCleanly(_ file: URL) throws {
        let data = try Data(contentsOf: file)
        guard let selector = data.first else { return }
        let text = selector & 1 == 1
        let body = data.dropFirst()
        let result = try PipelineRunner.run(["--input-format", text ? "text" : "jsonl", "--max-document-bytes", "65536"],
                                            stdin: Data(body))
        #expect(result.status == 0 || result.status == 2, "\(file.lastPathComponent): status \(result.status)\n\(result.stderr)")
        let records = result.json
        if text {
            #expect(records.count == 1)
        } else {
            // Lines that hold more than white space, as the fuzzer's reader counts them (gzip aside).
            if !(body.starts(with: [0x1F, 0x8B])) {
                let lines = body.split(separator: 0x0A, omittingEmptySubsequences: false)
                    .filter { !$0.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
                #expect(records.count == lines.count, "\(file.lastPathComponent)")
            }
        }
        for doc in records where doc["error"] == nil {
            let t = doc["text"]!.stringValue!
            var spans = (doc["entities"]?.arrayValue ?? []) + (doc["dates"]?.arrayValue ?? [])
            for claim in doc["claims"]?.arrayValue ?? [] {
                for part in ["content", "cue", "source"] where claim[part].map({ !$0.isNull }) ?? false { spans.append(claim[part]!) }
            }
            for span in spans {
                #expect(scalarSlice(t, span["start"]!.intValue!, span["end"]!.intValue!) == span["text"]!.stringValue!,
                        "\(file.lastPathComponent)")
            }
        }
    }
}
