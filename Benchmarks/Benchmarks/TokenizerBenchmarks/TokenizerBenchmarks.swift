import Benchmark
import DocumentModel
import Foundation
import Tokenizer

/// The tokenizer stage alone on French news text. Throughput in MB/s is
/// 1.048576 / (seconds per iteration); the spaCy side of the comparison is
/// `Benchmarks/peers/spacy_tokenizer.py` (see ../README.md).
let benchmarks: @Sendable () -> Void = {
    let articles = BenchmarkCorpus.frenchNewsArticles(targetBytes: 1 << 20)
    let oneDocument = articles.joined(separator: "\n\n")
    let tokenizer = try! Tokenizer()
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuUser, .throughput, .mallocCountTotal], maxDuration: .seconds(5))

    // The ingest workload: article-sized documents, 1 MiB in all.
    Benchmark("Tokenizer: 1 MiB of French news articles") { benchmark in
        for _ in benchmark.scaledIterations {
            for article in articles { blackHole(tokenizer.tokenize(article)) }
        }
    }

    // One large document (a book, a transcript): allocation-heavy.
    Benchmark("Tokenizer: one 1 MiB document") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(tokenizer.tokenize(oneDocument))
        }
    }
}

enum BenchmarkCorpus {
    /// The repo's seed articles (../seeds), repeated to `targetBytes` of UTF-8.
    static func frenchNewsArticles(targetBytes: Int) -> [String] {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../seeds").standardized
        let files = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()) ?? []
        let texts = files.filter { $0.hasSuffix(".txt") }
            .compactMap { try? String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) }
        precondition(!texts.isEmpty, "no seed articles in \(seeds.path)")
        var corpus: [String] = []
        var bytes = 0
        while bytes < targetBytes {
            let next = texts[corpus.count % texts.count]
            corpus.append(next)
            bytes += next.utf8.count
        }
        return corpus
    }
}
