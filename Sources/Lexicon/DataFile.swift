import Foundation

/// The reader of the plain-text language data of every stage (word lists,
/// one entry per line), on UTF-8 bytes: splitting on Characters and trimming
/// through Foundation (`referenceLines`) cost more at start-up than building
/// the lists.
///
/// Lines are split at LF on the UTF-8 bytes; a text with any other line separator (CR,
/// VT, FF, NEL, LS, PS) is left to `referenceLines`. Trimmed whitespace is
/// what Foundation's `CharacterSet.whitespaces` trims on Linux: tab, the
/// space separators (Zs) and U+200B. A test checks both give the same lines
/// on every bundled list and on edge cases.
public enum DataFile {
    /// The entries of the list file at `path` (see `lines(of:)`). Read as
    /// bytes and validated by the standard library: `String(contentsOf:)`
    /// goes through Foundation's bridging, a tenth of the start-up.
    public static func lines(atPath path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { throw DataFileError.unreadable(path) }
        guard let text = String(validating: data, as: UTF8.self) else { throw DataFileError.invalidUTF8(path) }
        return lines(of: text)
    }

    public static func lines(at url: URL) throws -> [String] { try lines(atPath: url.path) }

    /// The entries of a list file: one per line, blanks and `#` comments
    /// skipped, whitespace trimmed.
    public static func lines(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { lines($0) } ?? referenceLines(of: text)
    }

    /// The same on Characters through Foundation: the definition `lines(of:)`
    /// must agree with (tests compare them), and the reader of texts with
    /// line separators other than LF.
    public static func referenceLines(of contents: String) -> [String] {
        contents.split(whereSeparator: \.isNewline).compactMap { raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            return line.isEmpty || line.hasPrefix("#") ? nil : line
        }
    }

    /// The lines of UTF-8 `bytes`, or nil when a line separator other than LF occurs.
    static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        let n = bytes.count
        for i in 0..<n {
            switch bytes[i] {
            case 0x0B, 0x0C, 0x0D: return nil
            case 0xC2 where i + 1 < n && bytes[i + 1] == 0x85: return nil // NEL
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9): return nil // LS, PS
            default: continue
            }
        }
        var out: [String] = []
        var start = 0
        while start < n {
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            var a = start, b = end
            while a < b {
                let k = whitespace(bytes, at: a, end: b)
                if k == 0 { break }
                a += k
            }
            while b > a {
                let k = whitespace(bytes, endingAt: b, start: a)
                if k == 0 { break }
                b -= k
            }
            if a < b {
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
                // (`hasPrefix` compares Characters: `#` with a combining mark is no comment.)
                if !line.hasPrefix("#") { out.append(line) }
            }
            start = end + 1
        }
        return out
    }

    /// Byte length of the whitespace scalar starting at `i` (before `end`), or 0.
    /// Whitespace: tab, the space separators (Unicode category Zs) and U+200B,
    /// as Foundation trims them.
    static func whitespace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let b0 = bytes[i]
        if b0 == 0x09 || b0 == 0x20 { return 1 }
        if b0 == 0xC2 { return i + 1 < end && bytes[i + 1] == 0xA0 ? 2 : 0 } // U+00A0
        guard b0 >= 0xE1, b0 <= 0xE3, i + 2 < end else { return 0 }
        let b1 = bytes[i + 1], b2 = bytes[i + 2]
        switch (b0, b1) {
        case (0xE1, 0x9A): return b2 == 0x80 ? 3 : 0                              // U+1680
        case (0xE2, 0x80): return (0x80...0x8B).contains(b2) || b2 == 0xAF ? 3 : 0 // U+2000–200B, U+202F
        case (0xE2, 0x81): return b2 == 0x9F ? 3 : 0                              // U+205F
        case (0xE3, 0x80): return b2 == 0x80 ? 3 : 0                              // U+3000
        default: return 0
        }
    }

    /// Byte length of the whitespace scalar ending just before `j` (not before `start`), or 0.
    static func whitespace(_ bytes: UnsafeBufferPointer<UInt8>, endingAt j: Int, start: Int) -> Int {
        // A lead byte marks a scalar boundary, so each candidate start is one.
        for k in 1...3 where j - k >= start && whitespace(bytes, at: j - k, end: j) == k { return k }
        return 0
    }
}

public enum DataFileError: Error, CustomStringConvertible {
    case unreadable(String)
    case invalidUTF8(String)

    public var description: String {
        switch self {
        case let .unreadable(path): return "cannot read data file \(path)"
        case let .invalidUTF8(path): return "data file \(path) is not valid UTF-8"
        }
    }
}
