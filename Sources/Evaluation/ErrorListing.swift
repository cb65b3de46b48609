import DocumentModel

/// The `--errors` listing: every false positive and false negative with its
/// sentence, the rule or gazetteer entry that produced it (`by`), and a
/// summary of entity types confused on overlapping spans.
extension EvaluationReport {
    public var errorListing: String {
        var out: [String] = []
        for doc in result.documentErrors {
            let source = SourceText(doc.text)
            let context = ContextFinder(source: source, sentences: doc.contextSentences)
            out.append("== \(doc.id)")
            // Entity errors in text order, so a rule's misses and false alarms sit together.
            var entityLines: [(start: Int, order: Int, lines: [String])] = []
            for e in doc.entityMissed {
                var line = "entity    FN  \(pad(e.type.rawValue, 4)) \(span(e.span))"
                let near = doc.entitySpurious.filter { $0.range.overlaps(e.range) }
                if !near.isEmpty { line += "   overlaps predicted " + near.map { "\($0.type.rawValue) \(span($0.span))" }.joined(separator: ", ") }
                entityLines.append((e.range.start, 0, [line, "          in: " + context.show(e.range)]))
            }
            for e in doc.entitySpurious {
                var line = "entity    FP  \(pad(e.type.rawValue, 4)) \(span(e.span))   by \(e.by ?? "?")"
                let near = doc.entityMissed.filter { $0.range.overlaps(e.range) }
                if !near.isEmpty { line += "   overlaps gold " + near.map { "\($0.type.rawValue) \(span($0.span))" }.joined(separator: ", ") }
                entityLines.append((e.range.start, 1, [line, "          in: " + context.show(e.range)]))
            }
            for item in entityLines.sorted(by: { ($0.start, $0.order) < ($1.start, $1.order) }) { out.append(contentsOf: item.lines) }
            for c in doc.claimMissed {
                out.append("claim     FN  " + describe(c))
                out.append("          in: " + context.show(c.content.range))
            }
            for c in doc.claimSpurious {
                out.append("claim     FP  " + describe(c))
                out.append("          in: " + context.show(c.content.range))
            }
            for pair in doc.claimMismatches {
                var what: [String] = []
                if !pair.sourcesOverlap { what.append("source: gold \(sourceText(pair.gold)) / predicted \(sourceText(pair.pred))") }
                for (name, g, p) in [("quote", pair.gold.quote, pair.pred.quote), ("hedged", pair.gold.hedged, pair.pred.hedged),
                                     ("negated", pair.gold.negated, pair.pred.negated)] where g != p {
                    what.append("\(name): gold \(g) / predicted \(p)")
                }
                out.append("claim     ≠   content \(span(pair.gold.content))   " + what.joined(separator: "; "))
            }
            for d in doc.dateMissed { out.append("date      FN  \(span(d)) = \(values(d))"); out.append("          in: " + context.show(d.range)) }
            for d in doc.dateSpurious { out.append("date      FP  \(span(d)) = \(values(d))"); out.append("          in: " + context.show(d.range)) }
            for d in doc.dateUnscored { out.append("date      --  \(span(d)) = \(values(d))   (not scored: the gold annotates no dates there)") }
            for (g, p) in doc.dateWrongValues { out.append("date      ≠   \(span(g))   value: gold \(values(g)) / predicted \(values(p))") }
            for t in doc.tokenMissed { out.append("token     FN  \(span(t, source))   in: " + context.show(t)) }
            for t in doc.tokenSpurious { out.append("token     FP  \(span(t, source))   in: " + context.show(t)) }
            for s in doc.sentenceMissed { out.append("sentence  FN  \(span(s, source))") }
            for s in doc.sentenceSpurious { out.append("sentence  FP  \(span(s, source))") }
        }
        if result.scores(.entities) { out.append(""); out.append(confusionTable) }
        return out.joined(separator: "\n") + "\n"
    }

    /// Gold types down, predicted types across, on spans matched one to one
    /// by overlap whatever their type; `none`: no overlapping counterpart.
    public var confusionTable: String {
        let types: [EntityType?] = EntityType.allCases.map { Optional($0) } + [nil]
        func name(_ t: EntityType?) -> String { t?.rawValue ?? "none" }
        var lines = ["entity types on overlapping spans (rows: gold, columns: predicted; none: no overlapping counterpart)"]
        lines.append(pad("gold\\pred", 10) + types.map { leftPad(name($0), 7) }.joined())
        for g in types {
            lines.append(pad(name(g), 10) + types.map { p in
                g == nil && p == nil ? leftPad("-", 7) : leftPad(String(result.confusion[g]?[p] ?? 0), 7)
            }.joined())
        }
        return lines.joined(separator: "\n")
    }

    private func span(_ s: TextSpan) -> String { "\(s.start)..\(s.end) \"\(oneLine(s.text))\"" }
    private func span(_ r: ScalarRange, _ source: SourceText) -> String { "\(r.start)..\(r.end) \"\(oneLine(source.slice(r)))\"" }
    private func span(_ d: DateScorer.Group) -> String { "\(d.range.start)..\(d.range.end) \"\(oneLine(d.text))\"" }
    private func values(_ d: DateScorer.Group) -> String { d.values.map { $0 ?? "null" }.joined(separator: " | ") }

    private func sourceText(_ c: Claim) -> String {
        guard let s = c.source else { return "none" }
        var t = "\"\(oneLine(s.span.text))\" \(s.span.start)..\(s.span.end)"
        if let r = s.resolved { t += " → \"\(oneLine(r.text))\" \(r.start)..\(r.end)" }
        return t
    }

    private func describe(_ c: Claim) -> String {
        var flags: [String] = []
        if c.quote { flags.append("quote") }
        if c.hedged { flags.append("hedged") }
        if c.negated { flags.append("negated") }
        return "content \(span(c.content))   source \(sourceText(c))   cue \(c.cue.map { "\"\(oneLine($0.text))\"" } ?? "none")"
            + (flags.isEmpty ? "" : "   [\(flags.joined(separator: ", "))]")
    }
}

func oneLine(_ s: String) -> String {
    String(s.map { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
}

/// The sentence around a span (or a window of text), with the span marked ⟦…⟧.
struct ContextFinder {
    let source: SourceText
    let sentences: [ScalarRange]
    static let window = 70

    func show(_ r: ScalarRange) -> String {
        var lo = max(0, r.start - ContextFinder.window), hi = min(source.count, r.end + ContextFinder.window)
        if let s = sentences.last(where: { $0.start <= r.start }), s.end >= r.end {
            lo = max(s.start, lo)
            hi = min(s.end, hi)
        } else {
            // No sentence holds it: stay within the line.
            while lo < r.start, let nl = source.scalars[lo..<r.start].lastIndex(of: 0x0A) { lo = nl + 1 }
            if let nl = source.scalars[r.end..<hi].firstIndex(of: 0x0A) { hi = nl }
        }
        let prefix = lo > 0 ? "…" : "", suffix = hi < source.count ? "…" : ""
        return prefix + oneLine(source.slice(lo, r.start)) + "⟦" + oneLine(source.slice(r)) + "⟧" + oneLine(source.slice(r.end, hi)) + suffix
    }
}
