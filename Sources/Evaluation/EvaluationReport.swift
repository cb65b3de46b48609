import DocumentModel

/// Renders an `EvaluationResult`: the JSON object of `--json`, the aligned
/// table, and the error listing of `--errors`.
public struct EvaluationReport: Sendable {
    public let result: EvaluationResult
    /// Where the gold came from and in which format, for the header.
    public let goldDescription: String
    /// Where the predictions came from (a file, or the pipeline run).
    public let predictionDescription: String

    public init(result: EvaluationResult, goldDescription: String, predictionDescription: String) {
        self.result = result
        self.goldDescription = goldDescription
        self.predictionDescription = predictionDescription
    }

    // MARK: JSON

    /// Keys in a fixed order; a layer that is not scored is `null`.
    public var json: JSONValue {
        let r = result
        var m: [(key: String, value: JSONValue)] = [
            ("gold", .string(goldDescription)),
            ("predictions", .string(predictionDescription)),
            ("documents", .object([
                ("gold", JSONValue(r.goldDocuments)),
                ("missing_predictions", JSONValue(r.missingPredictions.count)),
                ("predictions_without_gold", .array(r.predictionsWithoutGold.map { .string($0) })),
            ])),
            ("layers", .array(r.layers.map { .string($0.rawValue) })),
        ]
        m.append(("entities", r.scores(.entities) ? .object([
            ("strict", EvaluationReport.typed(r.entityStrict)),
            ("partial", EvaluationReport.typed(r.entityPartial)),
        ]) : .null))
        m.append(("claims", r.scores(.claims) ? .object([
            ("content", r.claims.content.json),
            ("attribution", r.claims.attribution.json),
            ("matched", JSONValue(r.claims.matched)),
            ("quote_accuracy", EvaluationReport.ratio(r.claims.quoteCorrect, r.claims.matched)),
            ("hedged_accuracy", EvaluationReport.ratio(r.claims.hedgedCorrect, r.claims.matched)),
            ("negated_accuracy", EvaluationReport.ratio(r.claims.negatedCorrect, r.claims.matched)),
        ]) : .null))
        m.append(("dates", r.scores(.dates) ? .object([
            ("span", r.dates.span.json),
            ("value_correct", JSONValue(r.dates.valueCorrect)),
            ("value_accuracy", EvaluationReport.ratio(r.dates.valueCorrect, r.dates.span.tp)),
            ("unscored", JSONValue(r.dates.unscored)),
        ]) : .null))
        m.append(("tokens", r.scores(.tokens) ? r.tokens.json : .null))
        m.append(("sentences", r.scores(.sentences) ? r.sentences.json : .null))
        m.append(("sentence_boundaries", r.scores(.sentences) ? r.sentenceBoundaries.json : .null))
        return .object(m)
    }

    static func typed(_ counts: [EntityType: Counts]) -> JSONValue {
        let all = EntityType.allCases.map { counts[$0] ?? Counts() }
        let micro = all.reduce(Counts(), +)
        let macro = Counts.macro(all)
        return .object([
            ("micro", micro.json),
            ("macro", .object([("p", number(macro.p)), ("r", number(macro.r)), ("f1", number(macro.f1))])),
            ("per_type", .object(EntityType.allCases.map { ($0.rawValue, (counts[$0] ?? Counts()).json) })),
        ])
    }

    static func number(_ d: Double) -> JSONValue { .number(String(d)) }

    /// Accuracy, or null when there is nothing to measure it on.
    static func ratio(_ a: Int, _ b: Int) -> JSONValue { b == 0 ? .null : number(Double(a) / Double(b)) }

    // MARK: Table

    public var table: String {
        let r = result
        var lines: [String] = []
        lines.append("gold         \(goldDescription), \(r.goldDocuments) documents")
        lines.append("predictions  \(predictionDescription)")
        if !r.missingPredictions.isEmpty { lines.append("             \(r.missingPredictions.count) gold documents without prediction (scored as predicting nothing)") }
        if !r.predictionsWithoutGold.isEmpty {
            let shown = r.predictionsWithoutGold.prefix(5).joined(separator: ", ")
            lines.append("             \(r.predictionsWithoutGold.count) predictions without gold, not scored: \(shown)\(r.predictionsWithoutGold.count > 5 ? ", …" : "")")
        }
        lines.append("layers       \(r.layers.isEmpty ? "none" : r.layers.map(\.rawValue).joined(separator: ", "))")
        lines.append("")
        lines.append(row("", "", "P", "R", "F1", "TP", "FP", "FN"))
        func counts(_ a: String, _ b: String, _ c: Counts) {
            lines.append(row(a, b, f(c.precision), f(c.recall), f(c.f1), String(c.tp), String(c.fp), String(c.fn)))
        }
        func accuracy(_ label: String, _ k: Int, _ n: Int) {
            let value = n == 0 ? "—" : f(Double(k) / Double(n))
            lines.append(pad("", 12) + pad(label, 18) + leftPad(value, 8) + "   (\(k) of \(n) matched)")
        }
        if r.scores(.entities) {
            for (mode, table) in [("strict", r.entityStrict), ("partial", r.entityPartial)] {
                let all = EntityType.allCases.map { table[$0] ?? Counts() }
                counts("entities", "\(mode) micro", all.reduce(Counts(), +))
                let macro = Counts.macro(all)
                lines.append(row("", "\(mode) macro", f(macro.p), f(macro.r), f(macro.f1), "", "", ""))
                for t in EntityType.allCases { counts("", "\(mode) \(t.rawValue)", table[t] ?? Counts()) }
            }
        }
        if r.scores(.claims) {
            counts("claims", "content", r.claims.content)
            counts("", "attribution", r.claims.attribution)
            accuracy("quote accuracy", r.claims.quoteCorrect, r.claims.matched)
            accuracy("hedged accuracy", r.claims.hedgedCorrect, r.claims.matched)
            accuracy("negated accuracy", r.claims.negatedCorrect, r.claims.matched)
        }
        if r.scores(.dates) {
            counts("dates", "span", r.dates.span)
            accuracy("value accuracy", r.dates.valueCorrect, r.dates.span.tp)
            if r.dates.unscored > 0 {
                lines.append(pad("", 12) + pad("unscored", 18) + leftPad("\(r.dates.unscored)", 8) + "   (predicted where the gold annotates no dates)")
            }
        }
        if r.scores(.tokens) { counts("tokens", "span", r.tokens) }
        if r.scores(.sentences) {
            counts("sentences", "span", r.sentences)
            counts("", "boundary", r.sentenceBoundaries)
        }
        for note in r.notes { lines.append("note: \(note)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ a: String, _ b: String, _ cells: String...) -> String {
        var s = pad(a, 12) + pad(b, 18)
        for (k, c) in cells.enumerated() { s += leftPad(c, k < 3 ? 8 : 9) }
        return String(s.reversed().drop(while: { $0 == " " }).reversed())
    }
}

func f(_ d: Double) -> String {
    let scaled = Int((d * 1000).rounded())
    return "\(scaled / 1000).\(zeroPadded(scaled % 1000, 3))"
}

func pad(_ s: String, _ width: Int) -> String {
    let n = s.count
    return n >= width ? s + " " : s + String(repeating: " ", count: width - n)
}

func leftPad(_ s: String, _ width: Int) -> String {
    let n = s.count
    return n >= width ? " " + s : String(repeating: " ", count: width - n) + s
}
