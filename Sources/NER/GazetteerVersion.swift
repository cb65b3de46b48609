import DocumentModel
import Foundation

/// The version stamp of a gazetteer folder: a hash of every data file's name
/// and bytes (`*.tsv` and `rules/*`, in name order). Two runs whose records
/// carry the same stamp linked entities against the same data; any edit to
/// a TSV or a rule list changes it.
enum GazetteerVersion {
    static func of(directory: String) -> String {
        let fm = FileManager.default
        var h = FNV1a64()
        for sub in ["", "rules"] {
            let dir = sub.isEmpty ? directory : (directory as NSString).appendingPathComponent(sub)
            let names = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted()
            for name in names where sub == "rules" || name.hasSuffix(".tsv") {
                let path = (dir as NSString).appendingPathComponent(name)
                guard let data = fm.contents(atPath: path) else { continue }
                h.add((sub.isEmpty ? name : sub + "/" + name) + "\u{0}")
                data.withUnsafeBytes { h.add($0) }
            }
        }
        return h.hex
    }
}

extension EntityRecognizer {
    /// Version stamp of the loaded gazetteer (see `GazetteerVersion`).
    public var gazetteerVersion: String { GazetteerVersion.of(directory: gazetteerDirectory) }

    /// Version stamp of the gazetteer in `directory`, or of the one a run
    /// would find by default (nil: none found).
    public static func gazetteerVersion(directory: String?) -> String? {
        (directory ?? GazetteerLocator.defaultDirectory()).map(GazetteerVersion.of(directory:))
    }
}
