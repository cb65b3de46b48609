import DocumentModel
@testable import Lexicon
import Testing
import Tokenizer

/// The shared word table: ids are given once, found again by bytes, and
/// documents tokenized with it carry them for every stage.
struct LexiconTests {
    @Test func idsAreGivenOnceAndKept() {
        var words = Lexicon.Builder()
        let selon = words.intern("selon")
        let kidal = words.intern("kidal")
        #expect(words.intern("selon") == selon)
        #expect(selon != kidal)
        #expect(words.count == 2)
        // A later stage's words do not renumber earlier ones.
        words.intern("communique")
        #expect(words.id("kidal") == kidal)
        #expect(words.id("gao") == .unknown)
    }

    @Test func theFrozenTableFindsEveryKeyByItsBytes() {
        var words = Lexicon.Builder()
        let keys = ["l'", "d'", "armee", "etat-major", "ag", "aujourd'hui", "«", "—", "2024", "ministere"]
        let ids = keys.map { words.intern($0) }
        let lexicon = words.build()
        for (key, id) in zip(keys, ids) { #expect(lexicon.id(key) == id, "\(key)") }
        for unknown in ["", "l", "armees", "Armee", "ministère"] { #expect(lexicon.id(unknown) == .unknown, "\(unknown)") }
        #expect(lexicon.count == keys.count)
    }

    /// 64-bit FNV-1a, the hash the compiled gazetteer and the record stamps use.
    @Test func hashIsFNV1a() {
        for key in ["", "kidal", "bamako", "ménaka"] {
            var s = key
            #expect(s.withUTF8 { Lexicon.hash($0) } == FNV1a64.hash(key))
        }
    }

    /// A document tokenized with the lexicon carries each token's id; a stage
    /// that did not share it looks the ids up again and gets the same words.
    @Test func documentsCarryTheirWordIds() throws {
        var words = Lexicon.Builder()
        let selon = words.intern("selon")
        let armee = words.intern("armee")
        let stage = words.snapshot
        let tokenizer = try Tokenizer(lexicon: words.build())
        let text = tokenizer.tokenize("Selon l'armée malienne, le convoi est arrivé à Kidal.")
        #expect(text.words.count == text.tokens.count)
        #expect(text.words[0] == selon)
        #expect(text.words[2] == armee) // `l'` `armée`: the key folds accents
        #expect(text.words.filter { $0 != .unknown }.count == 2)
        #expect(stage.shares(text.lexicon))
        #expect(stage.words(of: text) == text.words)

        let alone = try Tokenizer().tokenize("Selon l'armée malienne, le convoi est arrivé à Kidal.")
        #expect(!stage.shares(alone.lexicon))
        #expect(alone.words.allSatisfy { $0 == .unknown })
        #expect(stage.words(of: alone) == text.words)
        #expect(alone.keyHashes == text.keyHashes)
    }

    /// A stage that interned words after the tokenizer's lexicon was frozen
    /// cannot read its ids from the tokenizer.
    @Test func aLaterStageDoesNotShareAnOlderLexicon() {
        var words = Lexicon.Builder()
        words.intern("selon")
        let older = words.build().stamp
        words.intern("affirme")
        #expect(!words.snapshot.shares(older))
        #expect(words.snapshot.shares(words.build().stamp))
    }
}
