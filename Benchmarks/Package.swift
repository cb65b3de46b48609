// swift-tools-version: 6.1
import PackageDescription

// Benchmarks for the pipeline's stages (ordo-one/benchmark), kept out of the
// main package so that `swift build` and CI do not compile the harness.
// Run from this folder: `swift package benchmark` (see README.md).
let package = Package(
    name: "Benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "pipeline", path: ".."),
        // Only the MallocInterposer trait: the package's other default trait,
        // RuntimeInterposer (retain/release counts on Swift 6.3), needs
        // ordo-one/swift-runtime-interposer, which the package mirror does not
        // have; naming the traits turns the defaults off. Without it the plugin
        // notes "skipping LD_PRELOAD of libSwiftRuntimeInterposerSwift.so" and
        // runs every metric but the retain/release counts.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "TokenizerBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Tokenizer", package: "pipeline"),
                .product(name: "DocumentModel", package: "pipeline"),
            ],
            path: "Benchmarks/TokenizerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "NERBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "NER", package: "pipeline"),
                .product(name: "Tokenizer", package: "pipeline"),
                .product(name: "DocumentModel", package: "pipeline"),
            ],
            path: "Benchmarks/NERBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "LargeDocumentBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Annotator", package: "pipeline"),
                .product(name: "DocumentModel", package: "pipeline"),
            ],
            path: "Benchmarks/LargeDocumentBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Not a benchmark of the harness: the stages one at a time, as a worker
        // process that peers/compare.py times side by side with spaCy.
        .executableTarget(
            name: "StageTimes",
            dependencies: [
                .product(name: "Annotator", package: "pipeline"),
                .product(name: "DocumentModel", package: "pipeline"),
            ],
            path: "Benchmarks/StageTimes",
            linkerSettings: [.linkedLibrary("mimalloc")] // the allocator the pipeline binary links
        ),
    ]
)
