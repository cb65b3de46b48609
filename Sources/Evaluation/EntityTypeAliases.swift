import DocumentModel
import Foundation

/// Maps the type names of NER files (`PERS`, `Person`, `Organization`…) to
/// `EntityType`, from `Data/entity_type_aliases.tsv`.
struct EntityTypeAliases: Sendable {
    let table: [String: EntityType]

    static let shared: EntityTypeAliases = {
        guard let url = Bundle.module.url(forResource: "entity_type_aliases", withExtension: "tsv", subdirectory: "Data"),
              let content = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("Evaluation: Data/entity_type_aliases.tsv is missing from the bundle")
        }
        return EntityTypeAliases(tsv: content)
    }()

    init(tsv: String) {
        var table: [String: EntityType] = [:]
        for line in tsv.split(separator: "\n") {
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t")
            guard fields.count == 2, let type = EntityType(rawValue: String(fields[1]).trimmingSpaces) else {
                fatalError("Evaluation: bad line in entity_type_aliases.tsv: \(trimmed)")
            }
            table[String(fields[0]).trimmingSpaces.uppercased()] = type
        }
        self.table = table
    }

    func type(_ name: some StringProtocol) -> EntityType? { table[name.uppercased()] }
}
