import ArgumentParser
import Foundation
import NER

/// `pipeline gazetteer check [DIR]`: validates the gazetteer data;
/// `pipeline gazetteer compile`: writes the file that makes loading fast.
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Gazetteer maintenance.",
        subcommands: [Check.self, Compile.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate gazetteer TSV files and rule lists (exit status 1 on any error).",
            discussion: """
                Checks every *.tsv of DIR (default: the bundled gazetteer) against gazetteer/README.md: \
                8 columns, unique ids, types, subtypes, kb / country / valid syntax, alias separators, \
                aliases claimed by two types (unless declared with a '# AMBIGUOUS' comment), and the rules/ lists.
                """
        )

        @Argument(help: "Gazetteer directory (default: the bundled one).")
        var directory: String?

        @Flag(name: .shortAndLong, help: "Also list warnings (declared ambiguities).")
        var verbose = false

        func run() throws {
            let result = EntityRecognizer.checkGazetteer(directory: directory)
            print("gazetteer \(result.directory): \(result.entries) entries, \(result.names) names")
            if verbose { for w in result.warnings { print("warning: \(w)") } }
            else if !result.warnings.isEmpty { print("\(result.warnings.count) declared ambiguities (-v to list)") }
            // Not an error: a stale compiled file is ignored (with a warning) until recompiled.
            if !result.directory.isEmpty, let state = try EntityRecognizer.compiledGazetteerState(directory: result.directory) {
                print("compiled.gaz: \(state)")
            }
            for e in result.errors { print("error: \(e)") }
            print("\(result.errors.count) errors")
            if !result.errors.isEmpty { throw ExitCode(1) }
        }
    }

    struct Compile: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compile the gazetteer into one file that loads without reading the TSV files.",
            discussion: """
                Builds the alias trie of DIR's *.tsv files and writes it, with the files' bytes, to \
                DIR/compiled.gaz (or --output). The pipeline maps that file instead of tokenizing every alias \
                (a 1,000,000-alias gazetteer starts in a fraction of the time) as long as the data files are \
                unchanged: a file made from other data, or by a program that splits aliases differently, is \
                ignored with a warning and the TSV files are loaded. Recompile after editing the gazetteer.
                """
        )

        @Option(name: .long, help: "Gazetteer folder (default: the bundled one).")
        var gazetteer: String?

        @Option(name: .long, help: "Where to write (default: GAZETTEER/compiled.gaz, the only place the pipeline reads it from).")
        var output: String?

        func run() throws {
            let start = Date()
            let r = try EntityRecognizer.compileGazetteer(directory: gazetteer, output: output)
            let ms = Int(Date().timeIntervalSince(start) * 1000)
            print("compiled \(r.directory): \(r.entries) entries, \(r.aliases) aliases, gazetteer \(r.version) → "
                  + "\(r.output) (\(r.bytes) bytes, \(ms) ms)")
        }
    }
}
