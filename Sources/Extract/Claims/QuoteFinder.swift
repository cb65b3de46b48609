import DocumentModel

/// A quotation: its opening and closing quote-mark tokens.
struct Quotation: Hashable, Sendable {
    let open: Int
    let close: Int
}

/// Pairs quotation marks on tokens: « … » and “ … ” nest by a stack;
/// straight " alternate open/close. A quotation may span several sentences
/// but a line break only when the next paragraph reopens it with the same
/// mark, the French way of quoting over several paragraphs (« … \n« … »);
/// otherwise a quote left open at the end of a paragraph is dropped, so one
/// stray mark cannot swallow the rest of the document.
struct QuoteFinder: Sendable {
    func quotations(in tokens: [Token]) -> [Quotation] {
        var result: [Quotation] = []
        var stack: [(index: Int, mark: UInt8)] = []   // 0 «, 1 “, 2 "
        for i in tokens.indices {
            let shape = tokens[i].shape
            if shape.contains(.afterNewline), !stack.isEmpty {
                // The reopening mark of a continued quotation belongs to it: no new quotation.
                let n = tokens[i].norm
                if let top = stack.last, n == "«" && top.mark == 0 || n == "“" && top.mark == 1 { continue }
                stack.removeAll()
            }
            guard shape.contains(.punctuation) else { continue }
            // Every mark starts with one of these bytes (« » U+00AB/BB, “ ” U+201C/D, "):
            // other punctuation is skipped without comparing strings.
            let norm = tokens[i].norm
            guard let b = norm.utf8.first, b == 0xC2 || b == 0xE2 || b == UInt8(ascii: "\"") else { continue }
            switch norm {
            case "«": stack.append((i, 0))
            case "“": stack.append((i, 1))
            case "»", "”":
                let mark: UInt8 = norm == "»" ? 0 : 1
                if let k = stack.lastIndex(where: { $0.mark == mark }) {
                    result.append(Quotation(open: stack[k].index, close: i))
                    stack.removeSubrange(k...)
                }
            case "\"":
                if let k = stack.lastIndex(where: { $0.mark == 2 }) {
                    result.append(Quotation(open: stack[k].index, close: i))
                    stack.removeSubrange(k...)
                } else {
                    stack.append((i, 2))
                }
            default: break
            }
        }
        return result.sorted { $0.open < $1.open }
    }
}
