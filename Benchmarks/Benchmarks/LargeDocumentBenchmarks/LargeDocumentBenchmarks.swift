import Annotator
import Benchmark
import DocumentModel
import Foundation

/// Issue 9: one document of 1, 4 and 16 MB (the seed articles run together
/// into a single text) through every stage. Time per MB must stay flat —
/// the 4 MB document at most 5× the 1 MB one — and peak memory grow in
/// proportion to the document: no stage may scan the whole document per
/// claim or per mention.
let benchmarks: @Sendable () -> Void = {
    let annotator = try! Annotator()
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(20))
    for megabytes in [1, 4, 16] {
        let document = Document(id: "large-\(megabytes)", date: "2025-07-14", text: LargeDocument.text(megabytes: megabytes))
        Benchmark("Annotate one \(megabytes) MB document", configuration: .init(maxIterations: megabytes >= 16 ? 3 : 10)) { benchmark in
            for _ in benchmark.scaledIterations {
                var out: [UInt8] = []
                annotator.annotate(document).writeJSON(to: &out)
                blackHole(out)
            }
        }
    }
}

enum LargeDocument {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized

    /// The seed articles, one after another, repeated to `megabytes` MB of UTF-8.
    static func text(megabytes: Int) -> String {
        let seeds = root.appendingPathComponent("seeds")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []).sorted().filter { $0.hasSuffix(".txt") }
        let articles = files.compactMap { try? String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) }
        precondition(!articles.isEmpty, "no seed articles in \(seeds.path)")
        let unit = articles.joined(separator: "\n\n") + "\n\n"
        var text = ""
        let target = megabytes * 1_000_000
        while text.utf8.count < target { text += unit }
        return text
    }
}
