import DocumentModel
import Testing

/// `Array(filling:count:)` is `Array(repeating:count:)` by another allocation path,
/// on both sides of its stack limit and for elements with references.
struct ArrayFillingTests {
    @Test(arguments: [0, 1, 2, 100, 511, 512, 513, 4096])
    func sameAsRepeating(_ count: Int) {
        #expect([Bool](filling: true, count: count) == [Bool](repeating: true, count: count))
        #expect([Int32](filling: -1, count: count) == [Int32](repeating: -1, count: count))
        #expect([Int?](filling: nil, count: count) == [Int?](repeating: nil, count: count))
        let name = String(repeating: "Tombouctou ", count: 3)  // a heap String, retained per element
        let names = [String](filling: name, count: count)
        #expect(names == [String](repeating: name, count: count))
        #expect(names.capacity >= count)
    }

    /// The result is an ordinary array: it grows and copies on write.
    @Test func growsAndCopiesOnWrite() {
        var a = [Int](filling: 7, count: 3)
        let b = a
        a.append(8)
        a[0] = 1
        #expect(a == [1, 7, 7, 8])
        #expect(b == [7, 7, 7])
    }
}
