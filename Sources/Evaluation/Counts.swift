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
