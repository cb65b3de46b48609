import DocumentModel

/// Scores predicted documents against gold ones, layer by layer, as
/// ANNOTATION.md's Scoring section says (details in docs/EVALUATION.md).
public struct Evaluator: Sendable {
    /// The layers scored.
    public let layers: Set<Layer>

    public init(layers: Set<Layer>) { self.layers = layers }

    /// Documents are paired by `id`. A gold document without prediction counts
    /// as predicting nothing; a prediction without gold is listed, not scored.
    /// A prediction whose text differs from the gold text is an error: its
    /// offsets would point elsewhere.
    public func evaluate(gold: [EvalDocument], predictions: [EvalDocument]) throws(EvaluationError) -> EvaluationResult {
        var result = EvaluationResult(layers: layers)
        var predByID: [String: EvalDocument] = [:]
        for p in predictions {
            if predByID[p.id] != nil { throw EvaluationError("prediction id \"\(p.id)\" appears twice") }
            predByID[p.id] = p
        }
        var goldIDs = Set<String>()
        for g in gold {
            guard goldIDs.insert(g.id).inserted else { throw EvaluationError("gold id \"\(g.id)\" appears twice") }
        }
        result.predictionsWithoutGold = predictions.map(\.id).filter { !goldIDs.contains($0) }
        var predsWithoutTokens = 0, predsWithoutSentences = 0
        for g in gold {
            result.goldDocuments += 1
            let p: EvalDocument
            if let found = predByID[g.id] {
                if found.hasText && found.text != g.text {
                    throw EvaluationError("prediction \"\(g.id)\": its text differs from the gold text, so its offsets cannot be scored")
                }
                p = found
            } else {
                result.missingPredictions.append(g.id)
                p = EvalDocument(id: g.id, text: g.text, tokens: [], sentences: [])
            }
            if layers.contains(.tokens), p.tokens == nil { predsWithoutTokens += 1 }
            if layers.contains(.sentences), p.sentences == nil { predsWithoutSentences += 1 }
            score(g, p, into: &result)
        }
        if predsWithoutTokens > 0 { result.notes.append("\(predsWithoutTokens) prediction(s) have no \"tokens\" (written without --tokens): scored as predicting none") }
        if predsWithoutSentences > 0 { result.notes.append("\(predsWithoutSentences) prediction(s) have no \"sentences\" (written without --tokens): scored as predicting none") }
        return result
    }

    private func score(_ g: EvalDocument, _ p: EvalDocument, into result: inout EvaluationResult) {
        let source = SourceText(g.text)
        var errors = EvaluationResult.DocumentErrors(id: g.id, text: g.text, contextSentences: (p.sentences ?? g.sentences ?? []).sorted())
        if layers.contains(.entities) {
            let o = EntityScorer.score(gold: g.entities, pred: p.entities)
            for t in EntityType.allCases {
                result.entityStrict[t]! += o.strict[t]!
                result.entityPartial[t]! += o.partial[t]!
            }
            for (cell, n) in o.confusion { result.confusion[cell.gold, default: [:]][cell.pred, default: 0] += n }
            errors.entityMissed = o.missed
            errors.entitySpurious = o.spurious
        }
        if layers.contains(.claims) {
            let o = ClaimScorer.score(gold: g.claims, pred: p.claims, words: WordTokens(source))
            result.claims.content += o.content
            result.claims.attribution += o.attribution
            result.claims.matched += o.matched
            result.claims.quoteCorrect += o.quoteCorrect
            result.claims.hedgedCorrect += o.hedgedCorrect
            result.claims.negatedCorrect += o.negatedCorrect
            errors.claimMissed = o.missed
            errors.claimSpurious = o.spurious
            errors.claimMismatches = o.pairs.filter {
                !$0.sourcesOverlap || $0.gold.quote != $0.pred.quote || $0.gold.hedged != $0.pred.hedged || $0.gold.negated != $0.pred.negated
            }
        }
        if layers.contains(.dates) {
            let o = DateScorer.score(gold: g.dates, pred: p.dates, unscored: g.unscoredDates)
            result.dates.span += o.span
            result.dates.valueCorrect += o.valueCorrect
            result.dates.unscored += o.unscored.count
            errors.dateUnscored = o.unscored
            errors.dateMissed = o.missed
            errors.dateSpurious = o.spurious
            errors.dateWrongValues = o.wrongValues
        }
        if layers.contains(.tokens) {
            let o = SegmentScorer.score(gold: g.tokens ?? [], pred: p.tokens ?? [])
            result.tokens += o.counts
            errors.tokenMissed = o.missed
            errors.tokenSpurious = o.spurious
        }
        if layers.contains(.sentences) {
            let o = SegmentScorer.score(gold: g.sentences ?? [], pred: p.sentences ?? [])
            result.sentences += o.counts
            errors.sentenceMissed = o.missed
            errors.sentenceSpurious = o.spurious
            // Boundaries: where one sentence ends and the next begins (the
            // document's end is not a boundary; it would be a free point).
            func boundaries(_ sentences: [ScalarRange]) -> [ScalarRange] {
                let ends = Set(sentences.map(\.end))
                let last = ends.max()
                return ends.filter { $0 != last }.map { ScalarRange($0, $0) }
            }
            result.sentenceBoundaries += SegmentScorer.score(gold: boundaries(g.sentences ?? []), pred: boundaries(p.sentences ?? [])).counts
        }
        if !errors.isEmpty { result.documentErrors.append(errors) }
    }
}
