import ArgumentParser
import Foundation

/// Options of every command that runs the pipeline (`annotate`, `eval`).
struct RunOptions: ParsableArguments {
    @Option(name: .long, help: "Gazetteer folder (default: the bundled gazetteer).")
    var gazetteer: String?

    @Option(name: .shortAndLong, help: "Documents processed in parallel. Output order and bytes do not depend on it.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}
