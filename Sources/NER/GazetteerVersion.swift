import DocumentModel
import Foundation

/// The version stamp of a gazetteer folder: a hash of every data file's name
/// and bytes (`*.tsv` and `rules/*`, in name order). Two runs whose records
/// carry the same stamp linked entities against the same data; any edit to
/// a TSV or a rule list changes it.
enum GazetteerVersion {
    static func of(directory: String) -> String {
        var h = FNV1a64()
        for file in GazetteerDataFiles.list(directory: directory) {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            add(file.relativePath, data, to: &h)
        }
        return h.hex
    }

    /// One file's share of the stamp (`compile` hashes the bytes it has read).
    static func add(_ relativePath: String, _ data: Data, to h: inout FNV1a64) {
        h.add(relativePath + "\u{0}")
        data.withUnsafeBytes { h.add($0) }
    }
}

/// The files a gazetteer's version stamp covers, in stamp order: the folder's
/// `*.tsv`, then every file of `rules/`, each in name order; only regular
/// files (links followed), so that a compiled file's manifest and the stamp
/// see the same set.
enum GazetteerDataFiles {
    struct File: Equatable {
        /// `places.tsv`, `rules/stopwords.txt`.
        let relativePath: String
        let path: String
    }

    static func list(directory: String) -> [File] {
        let fm = FileManager.default
        var out: [File] = []
        for sub in ["", "rules"] {
            let dir = sub.isEmpty ? directory : (directory as NSString).appendingPathComponent(sub)
            let names = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted()
            for name in names where sub == "rules" || name.hasSuffix(".tsv") {
                let path = (dir as NSString).appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                guard fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                out.append(File(relativePath: sub.isEmpty ? name : sub + "/" + name, path: path))
            }
        }
        return out
    }
}

extension EntityRecognizer {
    /// Version stamp of the loaded gazetteer (see `GazetteerVersion`): the
    /// one its compiled file recorded when that file was used (it was checked
    /// against the same files), else computed from the files.
    public var gazetteerVersion: String { gazetteer.version ?? GazetteerVersion.of(directory: gazetteerDirectory) }

    /// Version stamp of the gazetteer in `directory`, or of the one a run
    /// would find by default (nil: none found).
    public static func gazetteerVersion(directory: String?) -> String? {
        (directory ?? GazetteerLocator.defaultDirectory()).map(GazetteerVersion.of(directory:))
    }
}
