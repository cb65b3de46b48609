import DocumentModel
import Foundation
import Lexicon
import Tokenizer

/// Stage 2: named-entity recognition over tokens.
///
/// Takes the Tokenizer's output and returns the entity mentions, each typed
/// PER / ORG / LOC / MISC (ANNOTATION.md) and linked to a canonical entry:
/// a gazetteer id, or a document-local id (`doc:per:1`) for names found by
/// the rules. Order of work per document:
/// 1. gazetteer aliases (longest match, case rules; lower-case descriptions
///    dropped) and the name rules (person cues, organisation heads, place
///    cues, street and event heads, company and programme nouns, place
///    modifiers) compete; the longest name wins, then the stronger source;
/// 2. acronyms defined in parentheses join their expansion; unknown
///    members of a list of places (or of titled persons) take its type;
/// 3. the document memory finds the names of step 1–2 again (short forms);
/// 4. remaining capitalized runs are typed by form.
/// Mentions never overlap and come sorted by start.
public struct EntityRecognizer: Sendable {
    /// State behind one reference (see `Shared`).
    private let shared: Shared<State>
    struct State: Sendable {
        let gazetteer: Gazetteer
        let matcher: GazetteerMatcher
        let rules: RuleLists
        let entries = GazetteerEntryCache()
    }
    var gazetteer: Gazetteer { shared.value.gazetteer }
    var matcher: GazetteerMatcher { shared.value.matcher }
    /// The word lists of the gazetteer's `rules/` and of this module's Data/.
    var rules: RuleLists { shared.value.rules }

    /// `gazetteerDirectory` nil: the bundled gazetteer (see `GazetteerLocator`).
    /// The lists' words go into `words`, the lexicon the pipeline's tokenizer
    /// is built with; `tokenizer` only splits aliases and phrases.
    public init(gazetteerDirectory: String?, tokenizer: Tokenizer, words: inout Lexicon.Builder) throws {
        guard let directory = gazetteerDirectory ?? GazetteerLocator.defaultDirectory() else {
            throw EntityRecognizerError.gazetteerNotFound(GazetteerLocator.candidates().joined(separator: ", "))
        }
        let gazetteer = try Gazetteer(directory: directory, tokenizer: tokenizer)
        let rules = try RuleLists(directory: (directory as NSString).appendingPathComponent("rules"),
                                  tokenizer: tokenizer, words: &words)
        shared = Shared(State(gazetteer: gazetteer, matcher: GazetteerMatcher(gazetteer: gazetteer), rules: rules))
    }

    /// A recognizer with a lexicon of its own (documents from any tokenizer
    /// work; the pipeline's shared lexicon saves looking their words up again).
    public init(gazetteerDirectory: String?) throws {
        var words = Lexicon.Builder()
        try self.init(gazetteerDirectory: gazetteerDirectory, tokenizer: try Tokenizer(), words: &words)
    }

    /// The directory the gazetteer was read from.
    public var gazetteerDirectory: String { gazetteer.directory }

    public func recognize(_ text: TokenizedText) -> [Entity] {
        let doc = DocumentView(text, lists: rules, matcher: matcher)
        // 1. Gazetteer and cue-driven rules.
        // Entries are decoded once per run (`GazetteerEntryCache`).
        var candidates = matcher.matches(doc.tokens, hashes: doc.hashes).compactMap { gazetteerMention($0, doc) }
        candidates += PersonNameRule().candidates(doc)
        candidates += OrganizationNameRule().candidates(doc)
        candidates += PlaceCueRule().candidates(doc)
        candidates += HeadedNameRule(heads: doc.lists.eventHeads, type: .MISC, by: .eventHead).candidates(doc)
        candidates += HeadedNameRule(heads: doc.lists.placeHeads, type: .LOC, by: .placeHead,
                                     knownNameStaysItself: false).candidates(doc)
        candidates += DescriptorNameRule(heads: doc.lists.companyHeads, type: .ORG, by: .companyHead,
                                         outranksGazetteer: true).candidates(doc)
        candidates += DescriptorNameRule(heads: doc.lists.programmeHeads, type: .MISC, by: .programmeHead,
                                         outranksGazetteer: false).candidates(doc)
        candidates += PlaceModifierRule().candidates(doc, gazetteer: candidates)
        let gazetteerPersons = GazetteerPersonsByEnd(candidates)
        var accepted = MentionSelection.select(candidates).map { linkRuleMention($0, gazetteerPersons) }
        // 2. Acronym definitions.
        let acronyms = AcronymDefinitionRule()
        accepted = MentionSelection.select(acronyms.candidates(doc, accepted: accepted), keeping: accepted)
        // 2b. Unknown members of a list of places or titled persons (`Gao, Tessit et Intahaka`).
        accepted = MentionSelection.select(ListMemberRule().candidates(doc, accepted: accepted), keeping: accepted)
        // 3. One sense per document.
        let memory = DocumentMemory(accepted, doc: doc)
        accepted = MentionSelection.select(memory.candidates(doc, covered: coverage(accepted, doc.count)), keeping: accepted)
        // 4. Unexplained capitalized runs.
        accepted = MentionSelection.select(
            CapitalizedSequenceRule(commonAcronyms: acronyms.commonNounAcronyms(doc))
                .candidates(doc, covered: coverage(accepted, doc.count)), keeping: accepted)
        return entities(accepted, doc)
    }

    func coverage(_ mentions: [Mention], _ count: Int) -> [Bool] {
        var covered = [Bool](filling: false, count: count)
        for m in mentions { for k in m.start..<m.end { covered[k] = true } }
        return covered
    }

    /// The mention for a gazetteer match, choosing among homonyms by the
    /// cue before it (a title → PER, a place cue → LOC), else by file priority.
    func gazetteerMention(_ match: GazetteerMatch, _ doc: DocumentView) -> Mention? {
        // A lone common word opening a sentence is no name (`Fin`, `Selon`).
        if match.end - match.start == 1, doc.isStopword(match.start), !doc.isAllCaps(match.start) {
            return nil
        }
        // `le gouvernement nigérien`, `les autorités maliennes`: a description
        // in lower case, not the institution's name (ANNOTATION.md).
        if !doc.tokens[match.start].shape.contains(.capitalized), doc.match(doc.lists.descriptionHeads, at: match.start) > 0 {
            return nil
        }
        // Homonyms are told apart by type alone; only the chosen entry's line is decoded.
        var chosen = match.entries.first
        if let first = chosen, match.entries.contains(where: { gazetteer.type($0) != gazetteer.type(first) }) {
            var preferred: EntityType?
            if doc.match(doc.lists.personTitles, endingBefore: match.start) > 0 { preferred = .PER }
            else if doc.placeCue(endingBefore: match.start) > 0 { preferred = .LOC }
            if let p = preferred, let e = match.entries.first(where: { gazetteer.type($0) == p }) { chosen = e }
        }
        guard let index = chosen else { return nil }
        let type = gazetteer.type(index)
        // Cue words stay outside the span even when an alias includes them
        // (`région de Kidal` → `Kidal`, `général X` → `X`).
        var start = match.start
        let cue = type == .PER ? doc.match(doc.lists.personTitles, at: start, limit: match.end)
            : type == .LOC ? doc.placeCue(at: start, limit: match.end) : 0
        if cue > 0, cue < match.end - match.start { start += cue }
        return Mention(start: start, end: match.end, type: type, entry: index, by: .gazetteer,
                       priority: Mention.gazetteerPriority)
    }

    /// A rule-found person name ending with a gazetteer person (`Recep Tayyip
    /// Erdogan` around `Erdogan`) takes that person's entry.
    func linkRuleMention(_ m: Mention, _ persons: GazetteerPersonsByEnd) -> Mention {
        guard m.entry == nil, m.type == .PER, let inner = persons.first(endingAt: m.end, startingAfter: m.start) else { return m }
        return Mention(start: m.start, end: m.end, type: m.type, entry: inner.entry, canonical: inner.canonical,
                       by: m.by, priority: m.priority)
    }

    /// Final entities: spans from token offsets, ids from entries or document-local counters.
    func entities(_ mentions: [Mention], _ doc: DocumentView) -> [Entity] {
        var localIds: [String: String] = [:]
        var counters: [EntityType: Int] = [:]
        return mentions.sorted { $0.start < $1.start }.map { m in
            let range = ScalarRange(doc.tokens[m.start].start, doc.tokens[m.end - 1].end)
            let span = TextSpan(range, in: doc.text.source)
            if let index = m.entry {
                let e = shared.value.entries.entry(index, in: gazetteer)
                return Entity(span: span, type: m.type, id: e.id, canonical: e.canonical, subtype: e.subtype,
                              kb: e.kb, by: m.by == .gazetteer ? e.source : m.by.rawValue)
            }
            let canonical = m.canonical == m.start..<m.end ? span.text : doc.surface(m.canonical.lowerBound, m.canonical.upperBound)
            let key = m.type.rawValue + "|" + TokenNormalizer.foldKey(canonical)
            let id: String
            if let known = localIds[key] {
                id = known
            } else {
                counters[m.type, default: 0] += 1
                id = "doc:\(m.type.rawValue.lowercased()):\(counters[m.type]!)"
                localIds[key] = id
            }
            return Entity(span: span, type: m.type, id: id, canonical: canonical, subtype: nil, kb: nil, by: m.by.rawValue)
        }
    }
}

/// The gazetteer person candidates by end token, in candidate order, so a
/// rule-found name finds the person it ends with without a scan of every
/// candidate of the document.
struct GazetteerPersonsByEnd {
    private var byEnd: [Int: [Mention]] = [:]

    init(_ candidates: [Mention]) {
        for c in candidates where c.entry != nil && c.type == .PER { byEnd[c.end, default: []].append(c) }
    }

    /// The first candidate ending at `end` that starts after `start`.
    func first(endingAt end: Int, startingAfter start: Int) -> Mention? {
        byEnd[end]?.first { $0.start > start }
    }
}

extension EntityRecognizer {
    /// The lexicon as this stage's word lists left it.
    public var lexicon: Lexicon.Snapshot { rules.lexicon }
}
