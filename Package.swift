// swift-tools-version: 6.1
import PackageDescription

// One library per stage behind a narrow interface; `pipeline` only wires
// flags to stages. Benchmarks live in their own package (Benchmarks/) so the
// main build and CI do not compile the benchmark harness.
let package = Package(
    name: "pipeline",
    products: [
        .executable(name: "pipeline", targets: ["pipeline"]),
        .library(name: "DocumentModel", targets: ["DocumentModel"]),
        .library(name: "Lexicon", targets: ["Lexicon"]),
        .library(name: "Tokenizer", targets: ["Tokenizer"]),
        .library(name: "NER", targets: ["NER"]),
        .library(name: "Extract", targets: ["Extract"]),
        .library(name: "Annotator", targets: ["Annotator"]),
        .library(name: "Evaluation", targets: ["Evaluation"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "Review", targets: ["Review"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System ICU through pkg-config; only the C shim below sees its headers.
        .systemLibrary(
            name: "CICUSystem",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // Plain-C facade over ICU: its public header uses only stdint types, so
        // Swift modules that also import Foundation (whose bundled ICU headers
        // clash with the system ones) never see <unicode/*.h>.
        .target(name: "CICU", dependencies: ["CICUSystem"]),
        .target(name: "DocumentModel"),
        // zlib through pkg-config, for gzip inputs (Ingest/ByteSource).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The document stream around the stages: inputs, error records, output files, resume, statistics.
        .target(name: "Ingest", dependencies: ["CZlib", "DocumentModel"]),
        // The one word table and phrase matcher every stage reads, and the reader of their word lists.
        .target(name: "Lexicon", dependencies: ["DocumentModel"]),
        .target(
            name: "Tokenizer",
            dependencies: ["CICU", "Lexicon", "DocumentModel"],
            resources: [.copy("Data")]
        ),
        .target(name: "NER", dependencies: ["Tokenizer", "Lexicon", "DocumentModel"], resources: [.copy("Data")]),
        .target(
            name: "Extract",
            dependencies: ["Tokenizer", "Lexicon", "DocumentModel"],
            resources: [.copy("Data")]
        ),
        .target(name: "Evaluation", dependencies: ["DocumentModel"], resources: [.copy("Data")]),
        .target(name: "Annotator", dependencies: ["Tokenizer", "Lexicon", "NER", "Extract", "DocumentModel"]),
        // HTML review page and evaluation report; its CSS and JS are files in Assets/.
        .target(name: "Review", dependencies: ["DocumentModel", "Evaluation"], resources: [.copy("Assets")]),
        .executableTarget(
            name: "pipeline",
            dependencies: [
                "Annotator", "NER", "Evaluation", "Review", "DocumentModel", "Ingest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Debian's mimalloc (libmimalloc-dev) replaces glibc's malloc for the
            // whole process: the pipeline makes and frees many small objects per
            // token, and mimalloc's thread-local free lists cut that cost (user
            // time on 10 MB of articles about 5-10% lower, output unchanged).
            linkerSettings: [.linkedLibrary("mimalloc")]
        ),
        // Helpers shared by the test targets (a seeded random generator).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DocumentModelTests", dependencies: ["DocumentModel", "TestSupport"]),
        .testTarget(name: "LexiconTests", dependencies: ["Lexicon", "Tokenizer", "DocumentModel"]),
        .testTarget(name: "TokenizerTests", dependencies: ["Tokenizer", "DocumentModel", "TestSupport"]),
        .testTarget(name: "NERTests", dependencies: ["NER", "Tokenizer", "DocumentModel", "TestSupport"]),
        .testTarget(name: "ExtractTests", dependencies: ["Extract", "Lexicon", "Tokenizer", "DocumentModel", "Evaluation"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "DocumentModel"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Evaluation", "DocumentModel", "TestSupport"]),
        // Runs the built `pipeline` binary, hence the dependency on it.
        .testTarget(name: "IntegrationTests", dependencies: ["pipeline", "Annotator", "NER", "Extract", "Tokenizer", "Evaluation", "DocumentModel", "TestSupport"]),
    ]
)
