import Foundation

/// HTML escaping. Every piece of document text and every attribute value
/// goes through here, so a document holding `<script>` shows as text.
public enum HTML {
    /// Escapes text content and attribute values alike (`& < > " '`).
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s.unicodeScalars { append(c, to: &out) }
        return out
    }

    /// One scalar, escaped.
    @inline(__always)
    static func append(_ c: Unicode.Scalar, to out: inout String) {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(c)
        }
    }

    /// ` name="value"`, escaped.
    static func attribute(_ name: String, _ value: String) -> String {
        " \(name)=\"\(escape(value))\""
    }

    /// Inline CSS or JS must not close its own element early.
    static func inlineSafe(_ source: String, closing tag: String) -> String {
        source.replacingOccurrences(of: "</\(tag)", with: "<\\/\(tag)")
    }
}
