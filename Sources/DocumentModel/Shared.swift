/// A reference to an immutable value.
///
/// The public stage types (`Tokenizer`, `EntityRecognizer`, `DateTagger`,
/// `ClaimExtractor`) keep their state through one, so the layout other
/// modules compile against is one pointer whatever the state holds. SwiftPM's
/// incremental builds on this toolchain do not always recompile a client
/// when a dependency's internal stored properties change; with a by-value
/// layout the stale client then misreads memory (seen as crashes in release
/// and garbage values in debug builds).
public final class Shared<Value: Sendable>: Sendable {
    public let value: Value

    public init(_ value: Value) {
        self.value = value
    }
}
