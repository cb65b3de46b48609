/// The output line of a document written straight to bytes, without first
/// building a `JSONValue` tree (issue 10: building and freeing the tree of
/// every output line cost about a tenth of a run).
///
/// The bytes are exactly those of `record.json()` written by
/// `JSONValue.write`, stamped: same members, same order, same spelling
/// (DocumentWriterTests compare the two). A field added to `Document.json`
/// must be added here too.
extension Document {
    /// Appends the document's output record (`json(includeText:)`, then the
    /// stamp's members when given) to `out`, without the line end.
    public func writeJSON(to out: inout [UInt8], includeText: Bool = true, stamp: RecordStamp? = nil) {
        var w = JSONObjectWriter(&out)
        w.key("id", to: &out); JSONValue.writeString(id, to: &out)
        if let date { w.key("date", to: &out); JSONValue.writeString(date, to: &out) }
        if includeText { w.key("text", to: &out); JSONValue.writeString(text, to: &out) }
        for field in extraFields { w.key(field.key, to: &out); field.value.write(to: &out) }
        w.key("entities", to: &out)
        JSONWriting.array(entities, to: &out) { e, out in e.writeJSON(to: &out) }
        w.key("claims", to: &out)
        JSONWriting.array(claims, to: &out) { c, out in c.writeJSON(to: &out) }
        w.key("dates", to: &out)
        JSONWriting.array(dates, to: &out) { d, out in d.writeJSON(to: &out) }
        if let tokens {
            w.key("tokens", to: &out)
            JSONWriting.array(tokens, to: &out) { t, out in
                var o = JSONObjectWriter(&out)
                o.key("start", to: &out); JSONWriting.int(t.start, to: &out)
                o.key("end", to: &out); JSONWriting.int(t.end, to: &out)
                o.key("text", to: &out); JSONValue.writeString(t.text, to: &out)
                o.key("norm", to: &out); JSONValue.writeString(t.norm, to: &out)
                o.close(&out)
            }
        }
        if let sentences {
            w.key("sentences", to: &out)
            JSONWriting.array(sentences, to: &out) { s, out in
                var o = JSONObjectWriter(&out)
                o.key("start", to: &out); JSONWriting.int(s.range.start, to: &out)
                o.key("end", to: &out); JSONWriting.int(s.range.end, to: &out)
                o.close(&out)
            }
        }
        if !warnings.isEmpty {
            w.key("warnings", to: &out)
            JSONWriting.array(warnings, to: &out) { s, out in JSONValue.writeString(s, to: &out) }
        }
        if let stamp {
            w.key("schema", to: &out); JSONWriting.int(RecordStamp.schemaVersion, to: &out)
            w.key("gazetteer", to: &out); JSONValue.writeString(stamp.gazetteer, to: &out)
        }
        w.close(&out)
    }
}

extension TextSpan {
    /// `"start":…,"end":…,"text":…` into an open object.
    func writeMembers(_ w: inout JSONObjectWriter, to out: inout [UInt8]) {
        w.key("start", to: &out); JSONWriting.int(start, to: &out)
        w.key("end", to: &out); JSONWriting.int(end, to: &out)
        w.key("text", to: &out); JSONValue.writeString(text, to: &out)
    }

    func writeJSON(to out: inout [UInt8]) {
        var w = JSONObjectWriter(&out)
        writeMembers(&w, to: &out)
        w.close(&out)
    }
}

extension Entity {
    /// The bytes of `json`.
    func writeJSON(to out: inout [UInt8]) {
        var w = JSONObjectWriter(&out)
        span.writeMembers(&w, to: &out)
        w.key("type", to: &out); JSONValue.writeString(type.rawValue, to: &out)
        if let id { w.key("id", to: &out); JSONValue.writeString(id, to: &out) }
        if let canonical { w.key("canonical", to: &out); JSONValue.writeString(canonical, to: &out) }
        if let subtype { w.key("subtype", to: &out); JSONValue.writeString(subtype, to: &out) }
        if let kb { w.key("kb", to: &out); JSONValue.writeString(kb, to: &out) }
        if let by { w.key("by", to: &out); JSONValue.writeString(by, to: &out) }
        w.close(&out)
    }
}

extension Claim {
    /// The bytes of `json`.
    func writeJSON(to out: inout [UInt8]) {
        var w = JSONObjectWriter(&out)
        w.key("content", to: &out); content.writeJSON(to: &out)
        w.key("source", to: &out)
        if let source {
            var s = JSONObjectWriter(&out)
            source.span.writeMembers(&s, to: &out)
            s.key("kind", to: &out); JSONValue.writeString(source.kind.rawValue, to: &out)
            if let r = source.resolved { s.key("resolved", to: &out); r.writeJSON(to: &out) }
            if let e = source.entity { s.key("entity", to: &out); JSONValue.writeString(e, to: &out) }
            s.close(&out)
        } else {
            JSONWriting.null(to: &out)
        }
        w.key("cue", to: &out)
        if let cue { cue.writeJSON(to: &out) } else { JSONWriting.null(to: &out) }
        w.key("quote", to: &out); JSONWriting.bool(quote, to: &out)
        w.key("hedged", to: &out); JSONWriting.bool(hedged, to: &out)
        w.key("negated", to: &out); JSONWriting.bool(negated, to: &out)
        w.key("entities", to: &out)
        JSONWriting.array(entities, to: &out) { s, out in JSONValue.writeString(s, to: &out) }
        w.key("dates", to: &out)
        JSONWriting.array(dates, to: &out) { s, out in JSONValue.writeString(s, to: &out) }
        w.close(&out)
    }
}

extension DateMention {
    /// The bytes of `json`.
    func writeJSON(to out: inout [UInt8]) {
        var w = JSONObjectWriter(&out)
        span.writeMembers(&w, to: &out)
        w.key("value", to: &out)
        if let value { JSONValue.writeString(value, to: &out) } else { JSONWriting.null(to: &out) }
        w.close(&out)
    }
}

/// An object being written: puts the commas between members.
struct JSONObjectWriter {
    private var first = true

    init(_ out: inout [UInt8]) { out.append(UInt8(ascii: "{")) }

    /// `,"key":` (no comma before the first member).
    mutating func key(_ name: String, to out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        JSONValue.writeString(name, to: &out)
        out.append(UInt8(ascii: ":"))
    }

    func close(_ out: inout [UInt8]) { out.append(UInt8(ascii: "}")) }
}

/// Scalars in the spelling `JSONValue.write` gives them.
enum JSONWriting {
    static func array<T>(_ items: [T], to out: inout [UInt8], _ element: (T, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "["))
        for k in items.indices {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            element(items[k], &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// Decimal, as `String(v)` spells it.
    static func int(_ v: Int, to out: inout [UInt8]) {
        if v < 0 { out.append(UInt8(ascii: "-")) }
        var m = v.magnitude
        if m < 10 { out.append(0x30 + UInt8(m)); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while m > 0 {
                buffer[23 - n] = 0x30 + UInt8(m % 10)
                m /= 10
                n += 1
            }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - n)...]))
        }
    }

    static func bool(_ b: Bool, to out: inout [UInt8]) { out.append(contentsOf: (b ? "true" : "false").utf8) }

    static func null(to out: inout [UInt8]) { out.append(contentsOf: "null".utf8) }
}
