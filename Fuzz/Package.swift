// swift-tools-version: 6.1
import PackageDescription

// A libFuzzer target over the document reader and the whole annotator, kept
// out of the main package: it is built with `-sanitize=fuzzer`, which the
// main package's build must not see. Run it with
// `Fuzz/run.sh SECONDS` (README, "Fuzzing").
let package = Package(
    name: "PipelineFuzz",
    dependencies: [.package(name: "pipeline", path: "..")],
    targets: [
        .executableTarget(
            name: "PipelineFuzzer",
            dependencies: [
                .product(name: "Ingest", package: "pipeline"),
                .product(name: "Annotator", package: "pipeline"),
                .product(name: "DocumentModel", package: "pipeline"),
            ]
        ),
    ]
)
