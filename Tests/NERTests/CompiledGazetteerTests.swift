import DocumentModel
import Foundation
@testable import NER
import Testing

/// `pipeline gazetteer compile` and the loader: a fresh compiled file gives
/// exactly the TSV load's entities; a stale, truncated or damaged one is
/// ignored (the TSV files are loaded).
@Suite struct CompiledGazetteerTests {
    static let header = "# id\ttype\tsubtype\tcanonical\taliases\tkb\tcountry\tvalid\n"
    /// Exact aliases, homonyms of two types, Tokenizer-path aliases (apostrophe, period, digits), a nationality.
    static let files = [
        "places.tsv": header
            + "loc:moura\tLOC\ttown\tMoura\t\t\tML\t\n"
            + "loc:tinzaouatene\tLOC\ttown\tTinzaouatène\tTin-Zaouatène | Tinzawaten\tQ1\tML\t\n"
            + "loc:niger-river\tLOC\tfeature\tfleuve Niger\tNiger\t\t\t\n",
        "countries.tsv": header + "loc:ne\tLOC\tcountry\tNiger\tRépublique du Niger\tQ1032\tNE\t\n",
        "international.tsv": header
            + "org:aes\tORG\tintl_org\tAlliance des États du Sahel\tAES\t\t\t\n"
            + "org:g5\tORG\tintl_org\tG5 Sahel\tG5S\t\t\t/2023-12\n",
        "armed_groups.tsv": header
            + "org:fla\tORG\tarmed_group\tFront de libération de l'Azawad\tFLA\t\tML\t\n"
            + "org:jnim\tORG\tarmed_group\tJama'at Nusrat al-Islam wal-Muslimin\tJNIM\t\tML\t\n",
        "media.tsv": header + "org:x\tORG\tcompany\tX\t=X\t\t\t\n",
        "persons.tsv": header + "per:niger\tPER\tperson\tJean Niger\tNiger\t\t\t\n",
        "nationalities.tsv": header + "misc:maliens\tMISC\tnationality\tMaliens\tMalien | Malienne\t\tML\t\n",
    ]

    static let sentences = [
        "Un massacre a eu lieu à Moura en mars 2022, selon les Maliens interrogés.",
        "Les rebelles du FLA contrôlent Tin-Zaouatène depuis juillet.",
        "Le Front de libération de l'Azawad a démenti ; le JNIM n'a pas réagi.",
        "Il a écrit sur X que le G5 Sahel était dissous. Une x de plus.",
        "Le président du Niger a reçu Jean Niger au bord du fleuve Niger.",
        "L'Alliance des États du Sahel (AES) réunit le Mali, le Burkina Faso et le Niger.",
    ]

    static func recognizer(_ dir: String) throws -> EntityRecognizer { try EntityRecognizer(gazetteerDirectory: dir) }

    static func entities(_ r: EntityRecognizer, _ texts: [String]) -> [[Entity]] {
        texts.map { NERFixture.entities($0, recognizer: r) }
    }

    static func compile(_ dir: String) throws -> String {
        _ = try EntityRecognizer.compileGazetteer(directory: dir, output: nil)
        return CompiledGazetteer.path(in: dir)
    }

    // MARK: - Same gazetteer either way

    @Test func compiledFileGivesTheEntitiesOfTheTSVFiles() throws {
        let dir = try NERFixture.gazetteer(Self.files)
        let fromTSV = try Self.recognizer(dir)
        #expect(fromTSV.gazetteer.compiledStatus == .absent)
        _ = try Self.compile(dir)
        let compiled = try Self.recognizer(dir)
        #expect(compiled.usesCompiledGazetteer)
        let expected = Self.entities(fromTSV, Self.sentences)
        #expect(expected.joined().contains { $0.id == "org:x" }, "the exact alias matches")
        #expect(expected.joined().contains { $0.id == "per:niger" }, "a homonym chosen by its cue")
        #expect(Self.entities(compiled, Self.sentences) == expected)
        #expect(compiled.gazetteerVersion == fromTSV.gazetteerVersion)
        #expect(compiled.gazetteerVersion == GazetteerVersion.of(directory: dir))
        for i in 0..<Int32(fromTSV.gazetteer.entryCount) {
            #expect(compiled.gazetteer.entry(i) == fromTSV.gazetteer.entry(i))
            #expect(compiled.gazetteer.isNationality(i) == fromTSV.gazetteer.isNationality(i))
        }
    }

    @Test func bundledGazetteerCompiledGivesTheSameEntitiesOnTheSeeds() throws {
        let bundled = try #require(GazetteerLocator.defaultDirectory())
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ner-compiled-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: bundled, toPath: dir)
        try? FileManager.default.removeItem(atPath: CompiledGazetteer.path(in: dir))
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fromTSV = try Self.recognizer(dir)
        _ = try Self.compile(dir)
        let compiled = try Self.recognizer(dir)
        #expect(compiled.usesCompiledGazetteer)
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds").standardized
        let texts = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted().filter { $0.hasSuffix(".txt") }
            .map { try String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) }
        #expect(texts.count >= 5)
        let expected = Self.entities(fromTSV, texts)
        #expect(expected.joined().count > 100)
        #expect(Self.entities(compiled, texts) == expected)
        #expect(compiled.gazetteerVersion == fromTSV.gazetteerVersion)
    }

    // MARK: - Stale files

    /// An edit to the data (name, what to do to the folder, the file the reason names).
    static let edits: [(String, @Sendable (String) throws -> Void, String)] = [
        ("same-size edit", { dir in try replace("Moura\t", with: "Mourb\t", in: dir + "/places.tsv") }, "places.tsv"),
        ("appended entry", { dir in try append("loc:gao\tLOC\ttown\tGao\t\t\tML\t\n", to: dir + "/places.tsv") }, "places.tsv"),
        ("new TSV file", { dir in try (header + "loc:gao\tLOC\ttown\tGao\t\t\tML\t\n").write(
            toFile: dir + "/cities.tsv", atomically: true, encoding: .utf8) }, "cities.tsv"),
        ("removed TSV file", { dir in try FileManager.default.removeItem(atPath: dir + "/media.tsv") }, "media.tsv"),
        ("new rule list", { dir in try "général\n".write(toFile: dir + "/rules/person_titles.txt", atomically: true, encoding: .utf8) },
         "rules/person_titles.txt"),
    ]

    static func replace(_ old: String, with new: String, in path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: false, encoding: .utf8)
    }

    static func append(_ line: String, to path: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(line.utf8))
        try handle.close()
    }

    @Test(arguments: 0..<edits.count)
    func staleCompiledFileIsIgnored(edit: Int) throws {
        let (name, change, file) = Self.edits[edit]
        let dir = try NERFixture.gazetteer(Self.files)
        _ = try Self.compile(dir)
        try change(dir)
        let r = try Self.recognizer(dir)
        #expect(!r.usesCompiledGazetteer, "\(name)")
        #expect(r.compiledGazetteerProblem?.contains(file) == true, "\(name): \(r.compiledGazetteerProblem ?? "nil")")
        // The TSV files as they are now were loaded: as a copy of the folder without the compiled file loads them.
        let copy = dir + "-tsv"
        try FileManager.default.copyItem(atPath: dir, toPath: copy)
        try FileManager.default.removeItem(atPath: CompiledGazetteer.path(in: copy))
        defer { try? FileManager.default.removeItem(atPath: copy) }
        #expect(Self.entities(r, Self.sentences) == Self.entities(try Self.recognizer(copy), Self.sentences))
        #expect(r.gazetteerVersion == GazetteerVersion.of(directory: dir))
        if name == "same-size edit" {
            #expect(NERFixture.find("Moura", in: Self.sentences[0], recognizer: r)?.id != "loc:moura")
        }
        // Compiling again makes it fresh.
        _ = try Self.compile(dir)
        #expect(try Self.recognizer(dir).usesCompiledGazetteer, "\(name)")
    }

    // MARK: - Damaged files

    /// A damage done to a compiled file and words of the reason given.
    static let damages: [(String, @Sendable (inout [UInt8]) -> Void, String)] = [
        ("truncated", { $0.removeLast($0.count / 2) }, "truncated"),
        ("empty", { $0.removeAll() }, "shorter than the header"),
        ("other magic", { $0[0] = UInt8(ascii: "X") }, "not a compiled gazetteer"),
        ("other format version", { $0[8] = 99 }, "format version 99"),
        ("section out of bounds", { bytes in
            // Offset of the first section (edge keys) past the end.
            let at = GazetteerImage.sectionTableOffset
            withUnsafeBytes(of: UInt64(bytes.count + 8).littleEndian) { for k in 0..<8 { bytes[at + k] = $0[k] } }
        }, "out of bounds"),
        ("count mismatch", { bytes in bytes[GazetteerImage.countsOffset + 8] &+= 1 }, "section"),
    ]

    @Test(arguments: 0..<damages.count)
    func damagedCompiledFileIsIgnored(damage: Int) throws {
        let (name, change, reason) = Self.damages[damage]
        let dir = try NERFixture.gazetteer(Self.files)
        let expected = Self.entities(try Self.recognizer(dir), Self.sentences)
        let path = try Self.compile(dir)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        change(&bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let r = try Self.recognizer(dir)
        #expect(!r.usesCompiledGazetteer, "\(name)")
        #expect(r.compiledGazetteerProblem?.contains(reason) == true, "\(name): \(r.compiledGazetteerProblem ?? "nil")")
        #expect(Self.entities(r, Self.sentences) == expected, "\(name)")
    }

    @Test func compileToAnotherPathLeavesTheFolderAlone() throws {
        let dir = try NERFixture.gazetteer(Self.files)
        let elsewhere = dir + "-elsewhere.gaz"
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        let result = try EntityRecognizer.compileGazetteer(directory: dir, output: elsewhere)
        #expect(result.output == elsewhere)
        #expect(result.entries == 11)
        #expect(result.version == GazetteerVersion.of(directory: dir))
        #expect(!FileManager.default.fileExists(atPath: CompiledGazetteer.path(in: dir)))
        #expect(try Self.recognizer(dir).gazetteer.compiledStatus == .absent)
        // Moved into the folder, it is the folder's compiled file.
        try FileManager.default.moveItem(atPath: elsewhere, toPath: CompiledGazetteer.path(in: dir))
        #expect(try Self.recognizer(dir).usesCompiledGazetteer)
    }

    // MARK: - Content hash

    /// XXH64 reference values (xxhash 0.8.1's `XXH64(bytes, len, 0)`).
    @Test(arguments: [
        ("", 0xEF46_DB37_51D8_E999 as UInt64),
        ("a", 0xD24E_C4F1_A98C_6E5B),
        ("abc", 0x44BC_2CF5_AD77_0999),
        ("Nobody inspects the spammish repetition", 0xFBCE_A83C_8A37_8BF1),
        ("Tinzaouatène — Kidal, Gao et Tombouctou.", 0x0FB4_2F58_49FC_C23F),
    ])
    func xxh64MatchesTheReference(text: String, expected: UInt64) {
        #expect(Array(text.utf8).withUnsafeBytes { XXH64.hash($0) } == expected)
    }

    @Test func xxh64InPiecesEqualsAtOnce() {
        let bytes = (0..<3).flatMap { _ in (0..<256).map(UInt8.init) } + Array("xyz".utf8)
        let whole = bytes.withUnsafeBytes { XXH64.hash($0) }
        #expect(whole == 0xE921_A1B4_5BD7_79F8)
        for piece in [1, 7, 31, 32, 33, 100, 500] {
            var h = XXH64()
            var i = 0
            while i < bytes.count {
                let end = min(i + piece, bytes.count)
                bytes[i..<end].withUnsafeBytes { h.add($0) }
                i = end
            }
            #expect(h.value == whole, "pieces of \(piece)")
        }
    }
}
