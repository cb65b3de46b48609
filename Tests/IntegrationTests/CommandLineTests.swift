import DocumentModel
import Foundation
import Testing

/// The `pipeline` command as a Unix filter: input formats, output contract,
/// error records, determinism.
@Suite struct CommandLineTests {
    @Test func seedFolderGivesOneLinePerArticleWithHeaderDates() throws {
        let result = try PipelineRunner.run(["seeds"])
        #expect(result.status == 0, "\(result.stderr)")
        let docs = result.json
        #expect(docs.map { $0["id"]?.stringValue } == [
            "000_d57698b50089d067", "001_5fd209f8c5059190", "002_01aac3f60a9e18fa", "003_e3b6092a7753c1f8", "004_b5aec99069172fbb",
        ])
        #expect(docs.map { $0["date"]?.stringValue } == ["2025-05", "2024-10", "2025-07", nil, nil])
        let first = try String(contentsOf: PipelineRunner.repository.appendingPathComponent("seeds/000_d57698b50089d067.txt"), encoding: .utf8)
        #expect(docs[0]["text"]?.stringValue == first, "the text is passed through unchanged, header included")
        for doc in docs {
            for layer in ["entities", "claims", "dates"] { #expect(doc[layer]?.arrayValue != nil, "\(layer) present") }
        }
    }

    @Test func badLinesBecomeErrorRecordsAndTheRunGoesOn() throws {
        var input = Data()
        input.append(Data(#"{"id":"a","text":"Le FLA a attaqué Kidal."}"#.utf8 + [0x0A]))
        input.append(Data(#"{"id":"b","text":"#.utf8 + [0x0A]))                        // line 2: invalid JSON
        input.append(Data([0x0A]))                                                          // line 3: blank, skipped
        input.append(Data(#"{"id":"c"}"#.utf8 + [0x0A]))                                   // line 4: no text
        input.append(Data(#"{"id":"d","text":"caf"#.utf8 + [0xC3, 0x28] + Data(#""}"#.utf8) + [0x0A])) // line 5: bad UTF-8
        input.append(Data(#"{"id":"e","text":42}"#.utf8 + [0x0A]))                         // line 6: text not a string
        input.append(Data(#"{"id":"f","text":"Bamako.","date":"juillet"}"#.utf8 + [0x0A])) // line 7: bad date, still annotated
        let result = try PipelineRunner.run([], stdin: input)
        #expect(result.status == 2)
        let out = result.json
        #expect(out.count == 6, "one output line per non-blank input line")
        // A line that is no document still names it when its id can be read:
        // before the fault (line 2, cut short), or with the bad byte replaced (line 5).
        #expect(out.map { $0["id"]?.stringValue } == ["a", "b", "c", "d", "e", "f"])
        #expect(out[1]["error"]?["line"] == 2)
        #expect(out[1]["error"]?["input"]?.stringValue == "-")
        #expect(out[2]["error"]?["line"] == 4)
        #expect(out[2]["error"]?["message"]?.stringValue?.contains("text") == true)
        #expect(out[3]["error"]?["message"]?.stringValue?.contains("UTF-8") == true)
        #expect(out[4]["error"]?["line"] == 6)
        #expect(out[5]["warnings"]?.arrayValue?.count == 1)
        #expect(out[5]["entities"] != nil)
        #expect(result.stderr.contains("-:2:"))
        #expect(result.stderr.contains("document c"))
    }

    /// An id is named only when it was itself whole: a bad byte inside it
    /// leaves it null; a line cut short after it still names it.
    @Test func badUTF8NamesTheDocumentOnlyWhenItsIdIsWhole() throws {
        var input = Data(#"{"id":"k"#.utf8 + [0xE9] + Data(#"","text":"Kidal"}"#.utf8) + [0x0A])
        input.append(Data(#"{"id":"m","text":"caf"#.utf8 + [0xE9] + [0x0A]))
        input.append(Data(#"{"text":"Mopti "#.utf8 + [0xFF] + Data(#"","id":"late"}"#.utf8) + [0x0A]))
        let out = try PipelineRunner.run([], stdin: input).json
        #expect(out.map { $0["error"]?["kind"]?.stringValue } == ["utf8", "json", "utf8"])
        #expect(out.map { $0["id"]?.stringValue } == [nil, "m", "late"])
    }

    @Test func unknownFieldsPassThroughInOrderWithNumbersAsWritten() throws {
        let line = #"{"url":"https://rfi.fr/x","id":"x1","score":1.50,"meta":{"b":[1,2],"a":null},"text":"Au Mali."}"#
        let out = try PipelineRunner.run([], stdin: line + "\n").lines
        #expect(out.count == 1)
        #expect(out[0].hasPrefix(#"{"id":"x1","text":"Au Mali.","url":"https://rfi.fr/x","score":1.50,"meta":{"b":[1,2],"a":null},"entities":"#))
    }

    @Test func outputBytesDoNotDependOnJobs() throws {
        let seeds = try PipelineRunner.run(["--tokens", "seeds"]).stdout
        var many = Data()
        for copy in 0..<12 {
            for line in String(decoding: seeds, as: UTF8.self).split(separator: "\n") {
                var doc = try JSONValue.parse(String(line))
                if case var .object(members) = doc {
                    members = members.filter { ["id", "text", "date"].contains($0.key) }
                    members[0] = ("id", .string("\(members[0].value.stringValue!)-\(copy)"))
                    doc = .object(members)
                }
                many.append(Data(doc.serialized.utf8 + [0x0A]))
            }
        }
        let one = try PipelineRunner.run(["--jobs", "1", "--tokens"], stdin: many)
        let four = try PipelineRunner.run(["--jobs", "4", "--tokens"], stdin: many)
        #expect(one.status == 0)
        #expect(one.lines.count == 60)
        #expect(one.stdout == four.stdout)
    }

    @Test func everySpanIsTheOriginalTextAtItsOffsets() throws {
        let result = try PipelineRunner.run(["--tokens", "seeds"])
        for doc in result.json {
            let text = doc["text"]!.stringValue!
            var spans: [JSONValue] = []
            spans += doc["tokens"]?.arrayValue ?? []
            spans += doc["entities"]?.arrayValue ?? []
            spans += doc["dates"]?.arrayValue ?? []
            for claim in doc["claims"]?.arrayValue ?? [] {
                for part in ["content", "source", "cue"] where claim[part] != nil && !(claim[part]!.isNull) {
                    spans.append(claim[part]!)
                    if let r = claim[part]?["resolved"], !r.isNull { spans.append(r) }
                }
            }
            #expect(!spans.isEmpty)
            for span in spans {
                let start = span["start"]!.intValue!, end = span["end"]!.intValue!
                #expect(scalarSlice(text, start, end) == span["text"]!.stringValue!, "\(doc["id"]!) \(start)..<\(end)")
            }
            for s in doc["sentences"]?.arrayValue ?? [] {
                #expect(s["start"]!.intValue! < s["end"]!.intValue!)
            }
        }
    }

    @Test func textInputFromStandardInputIsOneDocument() throws {
        let result = try PipelineRunner.run(["--input-format", "text"], stdin: " date 2024-07-14 Au Mali, le 14 juillet.\nSuite.")
        let docs = result.json
        #expect(docs.count == 1)
        #expect(docs.first?["id"]?.stringValue == "stdin")
        #expect(docs.first?["date"]?.stringValue == "2024-07-14")
    }

    @Test func missingInputFileIsAUsageError() throws {
        let result = try PipelineRunner.run(["no/such/file.jsonl"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no/such/file.jsonl"))
    }
}
