/// An annotation layer that can be scored.
public enum Layer: String, CaseIterable, Hashable, Sendable, Comparable {
    case entities, claims, dates, tokens, sentences

    public static func < (a: Layer, b: Layer) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Parses `entities,claims,…`; nil names the unknown item.
    public static func parseList(_ s: String) -> Result<Set<Layer>, EvaluationError> {
        var out = Set<Layer>()
        for part in s.split(separator: ",") {
            let name = part.trimmingSpaces
            guard !name.isEmpty else { continue }
            guard let layer = Layer(rawValue: name) else {
                return .failure(EvaluationError("unknown layer \"\(name)\"; layers are \(allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            out.insert(layer)
        }
        return .success(out)
    }
}

/// A problem that stops an evaluation (bad flag value, mismatched files).
public struct EvaluationError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
    }
}

extension String {
    var trimmingSpaces: String { self[...].trimmingSpaces }
}
