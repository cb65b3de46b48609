import Lexicon
import Testing

/// The filter in front of the gazetteer's edge table: never "absent" for an
/// inserted hash (the matcher's results depend on that), and "absent" for
/// most others (the reason it exists).
struct HashFilterTests {
    /// The keys of a French sentence's words, hashed as the lexicon hashes keys.
    static func hashes(_ words: [String]) -> [UInt64] {
        words.map { w in
            var w = w
            return w.withUTF8 { Lexicon.hash($0) }
        }
    }

    static let inserted = hashes(["le", "gouvernement", "malien", "a", "annonce", "que", "les", "elections",
                                  "auraient", "lieu", "en", "fevrier", "a", "bamako", "selon", "le", "fla"])
    static let absent = hashes(["kidal", "gao", "tombouctou", "mopti", "segou", "sikasso", "kayes", "menaka",
                                "niamey", "ouagadougou", "nouakchott", "dakar", "abidjan", "conakry", "lome",
                                "cotonou"])

    @Test func insertedHashesAreAlwaysMaybePresent() {
        let filter = HashFilter(Self.inserted)
        for h in Self.inserted { #expect(filter.mayContain(h)) }
    }

    @Test func mostOtherHashesAreAbsent() {
        // Eight bits per hash: some 5% of absent hashes pass; with 10,000
        // inserted and 10,000 others, far fewer than a quarter may.
        let inserted = (0..<10_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 ^ 0xABCD }
        let filter = HashFilter(inserted)
        for h in inserted { #expect(filter.mayContain(h)) }
        let passing = (0..<10_000).filter { filter.mayContain(UInt64($0) &* 0xBF58_476D_1CE4_E5B9 ^ 0x1234) }.count
        #expect(passing < 2_500)
        // Place names that were not inserted, against a sentence's words.
        let small = HashFilter(Self.inserted)
        #expect(Self.absent.filter(small.mayContain).count < Self.absent.count / 2)
    }

    /// As the gazetteer builds it: from a table's keys, its empty slots (0) left out.
    @Test func tableKeysSkipTheirEmptySlots() {
        let table: [UInt64] = [0, 0] + Self.inserted + [0]
        let filter = table.withUnsafeBufferPointer { HashFilter($0, skippingZeros: true) }
        for h in Self.inserted { #expect(filter.mayContain(h)) }
        #expect(!filter.mayContain(0) || HashFilter(Self.inserted).mayContain(0))
    }

    @Test func emptyFilterHoldsNothing() {
        let filter = HashFilter([UInt64]())
        for h in Self.absent { #expect(!filter.mayContain(h)) }
    }
}
