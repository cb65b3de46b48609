/// The output line of a document written straight to bytes, without first
/// building a `JSONValue` tree (issue 10: building and freeing the tree of
/// every output line cost about a tenth of a run).
///
/// The bytes are exactly those of `record.json()` written by
/// `JSONValue.write`, stamped: same members, same order, same spelling
/// (DocumentWriterTests compare the two). A field added to `Document.json`
/// must be added here too. Keys are written as literals with their
/// punctuation (`,"end":`): the members of each object are fixed, so is
/// where the commas go.
extension Document {
    /// Appends the document's output record (`json(includeText:)`, then the
    /// stamp's members when given) to `out`, without the line end.
    public func writeJSON(to out: inout [UInt8], includeText: Bool = true, stamp: RecordStamp? = nil) {
        var o = JSONOutput(capacity: 4 * text.utf8.count + 1024)
        writeJSON(to: &o, includeText: includeText, stamp: stamp)
        o.withBytes { out.append(contentsOf: $0) }
    }

    public func writeJSON(to out: inout JSONOutput, includeText: Bool = true, stamp: RecordStamp? = nil) {
        out.append("{\"id\":"); out.appendString(id)
        if let date { out.append(",\"date\":"); out.appendString(date) }
        if includeText { out.append(",\"text\":"); out.appendString(text) }
        for field in extraFields {
            out.append(UInt8(ascii: ","))
            out.appendString(field.key)
            out.append(UInt8(ascii: ":"))
            field.value.write(to: &out)
        }
        out.append(",\"entities\":[")
        for k in entities.indices {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            entities[k].writeJSON(to: &out)
        }
        out.append("],\"claims\":[")
        for k in claims.indices {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            claims[k].writeJSON(to: &out)
        }
        out.append("],\"dates\":[")
        for k in dates.indices {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            dates[k].writeJSON(to: &out)
        }
        out.append(UInt8(ascii: "]"))
        if let tokens {
            out.append(",\"tokens\":[")
            for k in tokens.indices {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                let t = tokens[k]
                out.append("{\"start\":"); out.appendInt(t.start)
                out.append(",\"end\":"); out.appendInt(t.end)
                out.append(",\"text\":"); out.appendString(t.text)
                out.append(",\"norm\":"); out.appendString(t.norm)
                out.append(UInt8(ascii: "}"))
            }
            out.append(UInt8(ascii: "]"))
        }
        if let sentences {
            out.append(",\"sentences\":[")
            for k in sentences.indices {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                out.append("{\"start\":"); out.appendInt(sentences[k].range.start)
                out.append(",\"end\":"); out.appendInt(sentences[k].range.end)
                out.append(UInt8(ascii: "}"))
            }
            out.append(UInt8(ascii: "]"))
        }
        if !warnings.isEmpty {
            out.append(",\"warnings\":")
            out.appendStrings(warnings)
        }
        if let stamp {
            out.append(",\"schema\":"); out.appendInt(RecordStamp.schemaVersion)
            out.append(",\"gazetteer\":"); out.appendString(stamp.gazetteer)
        }
        out.append(UInt8(ascii: "}"))
    }
}

extension TextSpan {
    /// `{"start":…,"end":…,"text":…` : an object left open for more members.
    func writeOpenJSON(to out: inout JSONOutput) {
        out.append("{\"start\":"); out.appendInt(start)
        out.append(",\"end\":"); out.appendInt(end)
        out.append(",\"text\":"); out.appendString(text)
    }

    /// The bytes of `json`.
    func writeJSON(to out: inout JSONOutput) {
        writeOpenJSON(to: &out)
        out.append(UInt8(ascii: "}"))
    }
}

extension Entity {
    /// The bytes of `json`.
    func writeJSON(to out: inout JSONOutput) {
        span.writeOpenJSON(to: &out)
        out.append(",\"type\":"); out.appendString(type.rawValue)
        if let id { out.append(",\"id\":"); out.appendString(id) }
        if let canonical { out.append(",\"canonical\":"); out.appendString(canonical) }
        if let subtype { out.append(",\"subtype\":"); out.appendString(subtype) }
        if let kb { out.append(",\"kb\":"); out.appendString(kb) }
        if let by { out.append(",\"by\":"); out.appendString(by) }
        out.append(UInt8(ascii: "}"))
    }
}

extension Claim {
    /// The bytes of `json`.
    func writeJSON(to out: inout JSONOutput) {
        out.append("{\"content\":"); content.writeJSON(to: &out)
        out.append(",\"source\":")
        if let source {
            source.span.writeOpenJSON(to: &out)
            out.append(",\"kind\":"); out.appendString(source.kind.rawValue)
            if let r = source.resolved { out.append(",\"resolved\":"); r.writeJSON(to: &out) }
            if let e = source.entity { out.append(",\"entity\":"); out.appendString(e) }
            out.append(UInt8(ascii: "}"))
        } else {
            out.append("null")
        }
        out.append(",\"cue\":")
        if let cue { cue.writeJSON(to: &out) } else { out.append("null") }
        out.append(quote ? ",\"quote\":true" : ",\"quote\":false")
        out.append(hedged ? ",\"hedged\":true" : ",\"hedged\":false")
        out.append(negated ? ",\"negated\":true" : ",\"negated\":false")
        out.append(",\"entities\":"); out.appendStrings(entities)
        out.append(",\"dates\":"); out.appendStrings(dates)
        out.append(UInt8(ascii: "}"))
    }
}

extension DateMention {
    /// The bytes of `json`.
    func writeJSON(to out: inout JSONOutput) {
        span.writeOpenJSON(to: &out)
        out.append(",\"value\":")
        if let value { out.appendString(value) } else { out.append("null") }
        out.append(UInt8(ascii: "}"))
    }
}

extension JSONOutput {
    /// `["a","b"]`.
    mutating func appendStrings(_ strings: [String]) {
        append(UInt8(ascii: "["))
        for k in strings.indices {
            if k > 0 { append(UInt8(ascii: ",")) }
            appendString(strings[k])
        }
        append(UInt8(ascii: "]"))
    }
}
