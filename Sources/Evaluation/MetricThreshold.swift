import DocumentModel

/// A `--fail-under METRIC=VALUE` check: METRIC is a dotted key of the JSON
/// report (`entities.strict.micro.f1`, `dates.value_accuracy`).
public struct MetricThreshold: Sendable, Equatable {
    public let metric: String
    public let minimum: Double

    public init(metric: String, minimum: Double) {
        self.metric = metric
        self.minimum = minimum
    }

    /// Parses `METRIC=VALUE`.
    public init(parsing s: String) throws(EvaluationError) {
        guard let eq = s.firstIndex(of: "="), let v = Double(s[s.index(after: eq)...].trimmingSpaces), v.isFinite else {
            throw EvaluationError("--fail-under wants METRIC=VALUE (e.g. entities.strict.micro.f1=0.6), got \"\(s)\"")
        }
        self.init(metric: s[..<eq].trimmingSpaces, minimum: v)
    }

    /// nil when the figure is at or above the minimum; otherwise why it fails
    /// (below, not scored in this run, or not a metric of the report).
    public func failure(in report: JSONValue) -> String? {
        var node: JSONValue? = report
        for part in metric.split(separator: ".") {
            guard let current = node else { break }
            if current.isNull { return "\(metric): not scored in this run (its layer is not annotated in the gold or not selected)" }
            node = current[String(part)]
        }
        guard let node else { return "\(metric): no such metric in the report" }
        switch node {
        case .null: return "\(metric): not available in this run (nothing to measure it on)"
        case let .number(n):
            guard let value = Double(n) else { return "\(metric): not a number" }
            return value < minimum ? "\(metric) = \(f(value)) (\(n)) is below \(minimum)" : nil
        default: return "\(metric): not a single figure (name a leaf such as \(metric).f1)"
        }
    }
}
