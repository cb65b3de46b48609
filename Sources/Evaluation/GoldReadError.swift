/// A malformed gold or prediction file: where, and what is wrong.
public struct GoldReadError: Error, CustomStringConvertible, Equatable {
    public let file: String
    /// 1-based line number; 0 when the problem is not on one line.
    public let line: Int
    public let message: String

    public init(file: String, line: Int, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
