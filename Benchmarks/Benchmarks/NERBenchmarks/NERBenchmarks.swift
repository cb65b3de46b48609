import Benchmark
import DocumentModel
import Foundation
import NER
import Tokenizer

/// The NER stage on French news, with the bundled gazetteer and with a
/// synthetic gazetteer of 1,000,000 extra aliases, to show that loading stays
/// under a second and matching speed does not depend on gazetteer size
/// beyond the trie's own cost. Tokenization is done once, outside the
/// measurement. Compare `recognize … default` with `recognize … 1M aliases`
/// (target: at least 80% of the speed) and `load 1M aliases` (target < 1 s);
/// the `compiled` ones use the same 1M-alias gazetteer through its
/// `compiled.gaz` (`pipeline gazetteer compile`), mapped instead of built.
let benchmarks: @Sendable () -> Void = {
    let tokenizer = try! Tokenizer()
    let seeds = NERBenchmarkCorpus.seedDocuments()
    let corpus = NERBenchmarkCorpus.repeated(seeds, targetBytes: 1 << 20).map { tokenizer.tokenize($0) }
    let bundled = NERBenchmarkCorpus.bundledGazetteer()
    let large = NERBenchmarkCorpus.syntheticGazetteer(copying: bundled, aliases: 1_000_000)
    let defaultRecognizer = try! EntityRecognizer(gazetteerDirectory: bundled)
    let largeRecognizer = try! EntityRecognizer(gazetteerDirectory: large)
    let compiled = NERBenchmarkCorpus.compiledCopy(of: large)
    let compiledRecognizer = try! EntityRecognizer(gazetteerDirectory: compiled)
    precondition(compiledRecognizer.usesCompiledGazetteer, "\(compiled)/compiled.gaz not used")
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .peakMemoryResident], maxDuration: .seconds(5))

    Benchmark("NER: load default gazetteer", configuration: .init(maxIterations: 10)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! EntityRecognizer(gazetteerDirectory: bundled)) }
    }
    Benchmark("NER: load 1M-alias gazetteer", configuration: .init(maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! EntityRecognizer(gazetteerDirectory: large)) }
    }
    Benchmark("NER: load 1M-alias gazetteer, compiled", configuration: .init(maxIterations: 20)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! EntityRecognizer(gazetteerDirectory: compiled)) }
    }
    Benchmark("NER: recognize 1 MiB French news, default gazetteer") { benchmark in
        for _ in benchmark.scaledIterations { for doc in corpus { blackHole(defaultRecognizer.recognize(doc)) } }
    }
    Benchmark("NER: recognize 1 MiB French news, 1M-alias gazetteer") { benchmark in
        for _ in benchmark.scaledIterations { for doc in corpus { blackHole(largeRecognizer.recognize(doc)) } }
    }
    Benchmark("NER: recognize 1 MiB French news, 1M-alias gazetteer, compiled") { benchmark in
        for _ in benchmark.scaledIterations { for doc in corpus { blackHole(compiledRecognizer.recognize(doc)) } }
    }
}

enum NERBenchmarkCorpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized

    static func seedDocuments() -> [String] {
        let seeds = root.appendingPathComponent("seeds")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()) ?? []
        let docs = files.filter { $0.hasSuffix(".txt") }
            .compactMap { try? String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) }
        precondition(!docs.isEmpty, "no seed articles in \(seeds.path)")
        return docs
    }

    /// The seed articles repeated, as separate documents, to about `targetBytes`.
    static func repeated(_ docs: [String], targetBytes: Int) -> [String] {
        var out: [String] = []
        var size = 0
        while size < targetBytes { for d in docs { out.append(d); size += d.utf8.count } }
        return out
    }

    static func bundledGazetteer() -> String { root.appendingPathComponent("gazetteer").path }

    /// A copy of `source` plus `synthetic.tsv` holding `aliases` generated
    /// names (canonical + aliases), deterministic (fixed-seed generator).
    static func syntheticGazetteer(copying source: String, aliases: Int) -> String {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("ner-benchmark-gazetteer-\(aliases)")
        try? fm.removeItem(at: dir)
        try! fm.copyItem(atPath: source, toPath: dir.path)
        // A compiled file of the source folder would be stale here (one more TSV file).
        try? fm.removeItem(at: dir.appendingPathComponent("compiled.gaz"))
        var rng = SplitMix64(seed: 2024)
        let syllables = ["ba", "ka", "ta", "mou", "di", "sa", "ra", "kel", "tin", "ag", "ou", "za", "ne", "fi", "dou",
                         "go", "ma", "li", "a", "te", "ssa", "lit", "wa", "ha", "dji", "bo", "ri", "na", "se", "ké", "lé", "ï"]
        func word() -> String {
            var w = ""
            for _ in 0..<(2 + Int(rng.next() % 3)) { w += syllables[Int(rng.next() % UInt64(syllables.count))] }
            return w.prefix(1).uppercased() + w.dropFirst()
        }
        func name() -> String {
            switch rng.next() % 20 {
            case 0: return word().uppercased().prefix(4).description          // acronym
            case 1: return word() + "-" + word()                              // hyphenated
            case 2: return "Front de libération d'" + word()                  // elision (Tokenizer path)
            case 3, 4, 5: return word() + " " + word() + " " + word()
            default: return word() + " " + word()
            }
        }
        var text = "# synthetic benchmark gazetteer\n"
        var made = 0, n = 0
        while made < aliases {
            let k = min(1 + Int(rng.next() % 4), aliases - made)
            let names = (0..<k).map { _ in name() }
            let type = ["PER", "ORG", "LOC"][n % 3]
            text += "syn:\(n)\t\(type)\ttown\t\(names[0])\t\(names.dropFirst().joined(separator: " | "))\t\t\t\n"
            made += k
            n += 1
        }
        try! text.write(to: dir.appendingPathComponent("synthetic.tsv"), atomically: true, encoding: .utf8)
        return dir.path
    }
}

extension NERBenchmarkCorpus {
    /// A copy of gazetteer `source` with its `compiled.gaz`.
    static func compiledCopy(of source: String) -> String {
        let fm = FileManager.default
        let dir = source + "-compiled"
        try? fm.removeItem(atPath: dir)
        try! fm.copyItem(atPath: source, toPath: dir)
        _ = try! EntityRecognizer.compileGazetteer(directory: dir, output: nil)
        return dir
    }
}

/// Deterministic generator (SplitMix64), so the synthetic gazetteer is the same on every run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
