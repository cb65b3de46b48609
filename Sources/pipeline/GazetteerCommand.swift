import ArgumentParser
import NER

/// `pipeline gazetteer check [DIR]`: validates the gazetteer data.
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Gazetteer maintenance.",
        subcommands: [Check.self]
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
            for e in result.errors { print("error: \(e)") }
            print("\(result.errors.count) errors")
            if !result.errors.isEmpty { throw ExitCode(1) }
        }
    }
}
