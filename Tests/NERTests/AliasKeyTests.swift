import DocumentModel
import Foundation
@testable import NER
import Testing
import Tokenizer

@Suite struct AliasKeyTests {
    let splitter = AliasSplitter(tokenizer: NERFixture.tokenizer)

    /// The fast splitter must give exactly the Tokenizer's keys and case facts,
    /// for every alias of every bundled gazetteer file it accepts.
    /// Canonical names and aliases of every bundled gazetteer file, with the file.
    func bundledNames() throws -> [(file: String, name: String)] {
        let dir = try #require(GazetteerLocator.defaultDirectory())
        var out: [(file: String, name: String)] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: dir) where file.hasSuffix(".tsv") {
            let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard cols.count >= 5 else { continue }
                out.append((file, String(cols[3])))
                if !cols[4].isEmpty { out += cols[4].components(separatedBy: " | ").map { (file, $0) } }
            }
        }
        return out
    }

    @Test func fastSplitAgreesWithTokenizerOnEveryBundledAlias() throws {
        let names = try bundledNames()
        var checked = 0, declined = 0
        for (name, alias) in names where !alias.hasPrefix("=") {
            guard let fast = splitter.fastSplit(alias.unicodeScalars) else { declined += 1; continue }
            let slow = splitter.slowSplit(alias, keepNorm: false)
            #expect(fast.map(\.hash) == slow.map(\.hash), "keys differ for \(alias) in \(name)")
            #expect(fast.map(\.capitalized) == slow.map(\.capitalized), "case differs for \(alias)")
            #expect(fast.map(\.allCaps) == slow.map(\.allCaps), "capitals differ for \(alias)")
            checked += 1
        }
        #expect(checked > 1000)
        // The declined ones are tokenized in one batch at load time: same tokens as alone.
        let slowOnes = names.map(\.name).filter { splitter.fastSplit($0.unicodeScalars) == nil }
        let batch = Gazetteer.batchSplit(slowOnes, keepNorm: slowOnes.map { _ in true }, tokenizer: NERFixture.tokenizer)
        for (alias, tokens) in zip(slowOnes, batch) {
            #expect(tokens == splitter.slowSplit(alias, keepNorm: true), "batch tokens differ for \(alias)")
        }
        #expect(declined < checked / 5, "the fast path should serve most aliases")
    }

    @Test(arguments: [
        // (alias, fast path accepts it)
        ("Tinzaouatène", true),
        ("Tin-Zaouatène", true),
        ("Alliance des États du Sahel", true),
        ("al-Qaïda", true),
        ("Front de libération de l'Azawad", false), // apostrophe: elision rules
        ("Saint-Louis-la", false),                   // final lower-case part may be a clitic
        ("C4S", false),                              // digits
        ("M. Dupont", false),                        // periods
    ])
    func fastPathScope(alias: String, accepted: Bool) {
        let fast = splitter.fastSplit(alias.unicodeScalars)
        #expect((fast != nil) == accepted)
        if let fast {
            #expect(fast.map(\.hash) == splitter.slowSplit(alias, keepNorm: false).map(\.hash))
        }
    }

    @Test func textKeysHashLikeAliasKeys() {
        let tokens = NERFixture.tokenizer.tokenize("à TINZAOUATENE, près d’Anefis").tokens
        let alias = splitter.split("Tinzaouatène", exact: false)
        #expect(AliasKey.hash(tokens[1].key) == alias[0].hash)
        #expect(AliasKey.hash(tokens[5].key) == splitter.split("Anefis", exact: false)[0].hash)
    }
}
