import Benchmark
import DocumentModel
import Foundation
import Tokenizer

/// The tokenizer stage alone on French news text: the seed articles repeated
/// to about 1 MB. Throughput in MB/s = 1 / (wall-clock seconds per MB); the
/// spaCy side of the comparison is `Benchmarks/peers/spacy_tokenizer.py`.
let benchmarks: @Sendable () -> Void = {
    let corpus = BenchmarkCorpus.frenchNews(targetBytes: 1 << 20)
    let tokenizer = try! Tokenizer()
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(5))

    Benchmark("Tokenizer: 1 MiB French news", configuration: .init(scalingFactor: .one)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(tokenizer.tokenize(corpus))
        }
    }
}

enum BenchmarkCorpus {
    /// The repo's seed articles (../seeds), concatenated and repeated.
    static func frenchNews(targetBytes: Int) -> String {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../seeds").standardized
        let files = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()) ?? []
        let text = files.filter { $0.hasSuffix(".txt") }
            .compactMap { try? String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) }
            .joined(separator: "\n\n")
        precondition(!text.isEmpty, "no seed articles in \(seeds.path)")
        var corpus = ""
        while corpus.utf8.count < targetBytes { corpus += text + "\n\n" }
        return corpus
    }
}
