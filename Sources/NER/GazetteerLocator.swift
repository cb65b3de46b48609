import Foundation

/// Where the gazetteer is read from when the caller names no directory, in
/// this order (gazetteer/README.md, "Finding the gazetteer at run time"):
/// 1. the `PIPELINE_GAZETTEER` environment variable;
/// 2. a `gazetteer/` folder next to the running executable (an installed copy);
/// 3. the `gazetteer/` folder of the source tree this module was compiled
///    from (`#filePath`), which serves `swift run`, `.build/debug/pipeline`,
///    `swift test` and benchmarks in any clone without a flag.
/// A SwiftPM resource is not used: SwiftPM copies a symlinked folder as a
/// dangling link, and a second copy of the data in Sources/ would drift.
enum GazetteerLocator {
    static let environmentVariable = "PIPELINE_GAZETTEER"

    static func defaultDirectory() -> String? {
        candidates().first(where: isGazetteer)
    }

    static func candidates() -> [String] {
        var out: [String] = []
        if let env = ProcessInfo.processInfo.environment[environmentVariable], !env.isEmpty { out.append(env) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        out.append(executable.deletingLastPathComponent().appendingPathComponent("gazetteer").path)
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../gazetteer").standardized
        out.append(source.path)
        return out
    }

    static func isGazetteer(_ path: String) -> Bool {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return files.contains { $0.hasSuffix(".tsv") }
    }
}
