import DocumentModel

/// Totals of a run, with the errors of each document for `--errors`.
public struct EvaluationResult: Sendable {
    public struct ClaimTotals: Sendable {
        public var content = Counts()
        public var attribution = Counts()
        public var matched = 0
        public var quoteCorrect = 0
        public var hedgedCorrect = 0
        public var negatedCorrect = 0
    }

    public struct DateTotals: Sendable {
        public var span = Counts()
        public var valueCorrect = 0
        /// Predictions left out of the span figures: the gold does not annotate dates there.
        public var unscored = 0
    }

    /// What went wrong in one document, for `--errors`.
    public struct DocumentErrors: Sendable {
        public let id: String
        public let text: String
        /// Sentence spans used as context (predicted, else gold), sorted.
        let contextSentences: [ScalarRange]
        var entityMissed: [Entity] = []
        var entitySpurious: [Entity] = []
        var claimMissed: [Claim] = []
        var claimSpurious: [Claim] = []
        /// Matched claims with a wrong source or flag.
        var claimMismatches: [ClaimScorer.Pair] = []
        var dateMissed: [DateScorer.Group] = []
        var dateSpurious: [DateScorer.Group] = []
        var dateUnscored: [DateScorer.Group] = []
        var dateWrongValues: [(gold: DateScorer.Group, pred: DateScorer.Group)] = []
        var tokenMissed: [ScalarRange] = []
        var tokenSpurious: [ScalarRange] = []
        var sentenceMissed: [ScalarRange] = []
        var sentenceSpurious: [ScalarRange] = []

        var isEmpty: Bool {
            entityMissed.isEmpty && entitySpurious.isEmpty && claimMissed.isEmpty && claimSpurious.isEmpty
                && claimMismatches.isEmpty && dateMissed.isEmpty && dateSpurious.isEmpty && dateUnscored.isEmpty && dateWrongValues.isEmpty
                && tokenMissed.isEmpty && tokenSpurious.isEmpty && sentenceMissed.isEmpty && sentenceSpurious.isEmpty
        }
    }

    /// Scored layers, in `Layer` order.
    public let layers: [Layer]
    public internal(set) var goldDocuments = 0
    /// Gold documents with no prediction (scored as predicting nothing).
    public internal(set) var missingPredictions: [String] = []
    /// Prediction ids with no gold document (not scored).
    public internal(set) var predictionsWithoutGold: [String] = []
    public internal(set) var entityStrict: [EntityType: Counts] = [:]
    public internal(set) var entityPartial: [EntityType: Counts] = [:]
    public internal(set) var claims = ClaimTotals()
    public internal(set) var dates = DateTotals()
    public internal(set) var tokens = Counts()
    public internal(set) var sentences = Counts()
    /// Sentence boundaries inside documents (sentence ends but the last).
    public internal(set) var sentenceBoundaries = Counts()
    /// Gold type × predicted type of overlapping entities (nil: no counterpart).
    public internal(set) var confusion: [EntityType?: [EntityType?: Int]] = [:]
    public internal(set) var documentErrors: [DocumentErrors] = []
    /// Remarks on the run (predictions without tokens…).
    public internal(set) var notes: [String] = []

    init(layers: Set<Layer>) {
        self.layers = layers.sorted()
        for t in EntityType.allCases { entityStrict[t] = Counts(); entityPartial[t] = Counts() }
    }

    public func scores(_ layer: Layer) -> Bool { layers.contains(layer) }
}
