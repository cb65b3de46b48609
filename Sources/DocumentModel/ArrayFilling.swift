extension Array {
    /// `Array(repeating:count:)` for the per-token arrays the stages build
    /// for each document.
    ///
    /// `Array(repeating:count:)` allocates through a standard-library
    /// function that is not specialized for the element type, so each call
    /// looks the array storage class's generic metadata up at run time:
    /// about 450 instructions, more than filling a short document's array.
    /// `reserveCapacity` allocates through code specialized here (its
    /// metadata accessor caches), and the elements are filled in on the
    /// stack and copied; past 512 elements (a few kilobytes of stack) the
    /// standard library's path is used.
    @inlinable
    public init(filling value: Element, count: Int) {
        if count > 512 {
            self.init(repeating: value, count: count)
        } else {
            self.init()
            reserveCapacity(count)
            // Filled on the stack (a vectorized fill), then copied in at once.
            withUnsafeTemporaryAllocation(of: Element.self, capacity: count) { buffer in
                buffer.initialize(repeating: value)
                append(contentsOf: UnsafeBufferPointer(buffer))
                buffer.deinitialize()
            }
        }
    }
}
