import DocumentModel

/// True positives, false positives and false negatives, with the figures
/// derived from them.
public struct Counts: Hashable, Sendable {
    public var tp: Int
    public var fp: Int
    public var fn: Int

    public init(tp: Int = 0, fp: Int = 0, fn: Int = 0) {
        self.tp = tp
        self.fp = fp
        self.fn = fn
    }

    /// 0 when nothing was predicted (and nothing was right).
    public var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
    public var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func + (a: Counts, b: Counts) -> Counts { Counts(tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn) }
    public static func += (a: inout Counts, b: Counts) { a = a + b }
}

extension Counts {
    /// `{"p","r","f1","tp","fp","fn"}`, in that order.
    public var json: JSONValue {
        .object([
            ("p", .number(String(precision))), ("r", .number(String(recall))), ("f1", .number(String(f1))),
            ("tp", JSONValue(tp)), ("fp", JSONValue(fp)), ("fn", JSONValue(fn)),
        ])
    }

    /// Mean precision, recall and F1 over the count sets that hold anything
    /// (tp + fp + fn > 0); zeros when none does.
    public static func macro(_ items: [Counts]) -> (p: Double, r: Double, f1: Double) {
        let used = items.filter { $0.tp + $0.fp + $0.fn > 0 }
        guard !used.isEmpty else { return (0, 0, 0) }
        let n = Double(used.count)
        return (used.map(\.precision).reduce(0, +) / n, used.map(\.recall).reduce(0, +) / n, used.map(\.f1).reduce(0, +) / n)
    }
}
