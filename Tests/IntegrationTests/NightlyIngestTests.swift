import DocumentModel
import Foundation
import Testing

/// Issue 9: a run that can be trusted unattended. Each test runs the built
/// binary: one record per input unit, error kinds, exit codes, output
/// files written in whole lines, kill and resume, gzip, folders, statistics.
@Suite struct NightlyIngestTests {
    /// A fresh folder for one test's files.
    func scratch(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-ingest-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func line(_ members: [(String, JSONValue)]) -> Data { Data((JSONValue.object(members.map { (key: $0.0, value: $0.1) }).serialized + "\n").utf8) }

    /// Documents of real-looking French news, `count` of them, ids `d0`, `d1`…
    func corpus(_ count: Int) -> Data {
        let sentences = [
            "Selon le FLA, les combats ont repris mardi près de Kidal.",
            "L'armée malienne a affirmé lundi avoir repoussé une attaque à Tessalit, a indiqué une source sécuritaire.",
            "« Nous ne négocierons pas », a déclaré le porte-parole du gouvernement à Bamako le 12 mars 2024.",
            "La CEDEAO a annoncé la levée des sanctions contre le Niger, d'après un communiqué publié jeudi.",
        ]
        var data = Data()
        for i in 0..<count {
            let text = (0..<3).map { sentences[(i + $0) % sentences.count] }.joined(separator: " ")
            data.append(line([("id", .string("d\(i)")), ("date", "2024-03-14"), ("text", .string(text))]))
        }
        return data
    }

    func records(_ data: Data) throws -> [JSONValue] {
        try String(decoding: data, as: UTF8.self).split(separator: "\n").map { try JSONValue.parse(String($0)) }
    }

    // MARK: - Nothing lost, nothing mangled

    @Test func everyLineGivesOneRecordWithItsErrorKind() throws {
        var input = Data([0xEF, 0xBB, 0xBF])                                                    // BOM
        input.append(line([("id", "bom"), ("text", "Le FLA a pris Kidal.")]))                 // 1
        input.append(Data(#"{"id":"j","text": }"#.utf8 + [0x0A]))                            // 2 json
        input.append(Data(#"{"id":"t"}"#.utf8 + [0x0A]))                                     // 3 field: no text
        input.append(Data(#"{"id":"n","text":42}"#.utf8 + [0x0A]))                           // 4 field: not a string
        input.append(Data(#"{"id":"u","text":"caf"#.utf8 + [0xE9] + Data(#""}"#.utf8) + [0x0A])) // 5 utf8
        input.append(Data(#"{"id":"raw","text":"a"#.utf8 + [0x00] + Data(#"b"}"#.utf8) + [0x0A])) // 6 raw NUL: json
        input.append(Data((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n").utf8)) // 7 deep
        input.append(Data("[1,2]\n".utf8))                                                    // 8 not an object
        input.append(Data("  \t \n".utf8))                                                    // 9 blank: no record
        input.append(line([("id", "empty"), ("text", "")]))                                  // 10
        input.append(line([("id", "nul"), ("text", "Au Mali\u{0}, le FLA.")]))               // 11 escaped NUL: a document
        input.append(Data(#"{"id":"crlf","text":"Gao\r\nKidal"}"#.utf8 + [0x0D, 0x0A]))       // 12 CRLF line end
        input.append(Data(#"{"id":"last","text":"Fin à Gao."}"#.utf8))                      // 13 no final newline
        let result = try PipelineRunner.run([], stdin: input)
        #expect(result.status == 2)
        let out = result.json
        #expect(out.count == 12, "13 lines, one blank")
        let kinds = out.map { $0["error"]?["kind"]?.stringValue ?? "ok" }
        #expect(kinds == ["ok", "json", "field", "field", "utf8", "json", "json", "field", "ok", "ok", "ok", "ok"])
        #expect(out.compactMap { $0["error"]?["line"]?.intValue } == [2, 3, 4, 5, 6, 7, 8])
        #expect(out.map { $0["id"]?.stringValue } == ["bom", "j", "t", "n", "u", "raw", nil, nil, "empty", "nul", "crlf", "last"])
        #expect(out[0]["entities"]?.arrayValue?.isEmpty == false, "the BOM line is a document")
        #expect(out[8]["entities"]?.arrayValue?.isEmpty == true)
        #expect(out[10]["text"]?.stringValue == "Gao\r\nKidal")
        for doc in out where doc["error"] == nil {
            let text = doc["text"]!.stringValue!
            for e in doc["entities"]!.arrayValue! {
                #expect(scalarSlice(text, e["start"]!.intValue!, e["end"]!.intValue!) == e["text"]!.stringValue!)
            }
        }
        let crlf = out[10]["entities"]!.arrayValue!.map { $0["start"]!.intValue! }
        #expect(crlf == [0, 5], "CR and LF are two scalars: Kidal starts at 5")
        for number in 2...8 { #expect(result.stderr.contains("-:\(number):")) }
    }

    @Test func aByteOrderMarkOpensAnyLineOfConcatenatedFiles() throws {
        // `cat a.jsonl b.jsonl` where both start with a BOM: the second is mid-stream.
        let a = Data([0xEF, 0xBB, 0xBF]) + line([("id", "a"), ("text", "Au Mali.")])
        let b = Data([0xEF, 0xBB, 0xBF]) + line([("id", "b"), ("text", "Au Niger.")])
        let result = try PipelineRunner.run([], stdin: a + b)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.json.map { $0["id"]?.stringValue } == ["a", "b"])
        #expect(result.json[1]["text"]?.stringValue == "Au Niger.")
    }

    @Test func aDocumentWithoutIdGetsAStableIdFromItsText() throws {
        let text = "Sans identifiant, à Bamako."
        let a = try PipelineRunner.run([], stdin: line([("text", .string(text))]))
        let b = try PipelineRunner.run([], stdin: line([("id", "x"), ("text", "Autre.")]) + line([("text", .string(text)), ("date", "2024")]))
        let idA = try #require(a.json.first?["id"]?.stringValue)
        #expect(idA.hasPrefix("text-") && idA.count == 21)
        #expect(b.json[1]["id"]?.stringValue == idA, "the same text gives the same id at another line")
        #expect(a.json[0]["warnings"]?.arrayValue?.first?.stringValue?.contains("generated") == true)
        #expect(a.status == 0)
    }

    @Test func duplicateIdsAreKeptWithAWarning() throws {
        let input = line([("id", "a"), ("text", "Un.")]) + line([("id", "b"), ("text", "Deux.")]) + line([("id", "a"), ("text", "Trois.")])
        let result = try PipelineRunner.run([], stdin: input)
        #expect(result.status == 0)
        #expect(result.json.map { $0["id"]?.stringValue } == ["a", "b", "a"])
        #expect(result.json[0]["warnings"] == nil)
        #expect(result.json[2]["warnings"]?.arrayValue?.first?.stringValue?.contains("duplicate id") == true)
    }

    @Test func oversizedLinesAreErrorRecordsNotCrashes() throws {
        let dir = try scratch("large")
        // 100 MB in one line, over the default limit; then a normal line.
        let big = dir.appendingPathComponent("big.jsonl")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        handle.write(Data(#"{"id":"huge","text":""#.utf8))
        let chunk = Data(String(repeating: "Le FLA a attaqué Kidal. ", count: 40_000).utf8)
        for _ in 0..<(100_000_000 / chunk.count) { handle.write(chunk) }
        handle.write(Data("\"}\n".utf8))
        handle.write(line([("id", "after"), ("text", "Bamako.")]))
        try handle.close()
        let result = try PipelineRunner.run([big.path])
        #expect(result.status == 2)
        let out = result.json
        #expect(out.count == 2)
        #expect(out[0]["error"]?["kind"]?.stringValue == "too_large")
        #expect(out[0]["error"]?["line"]?.intValue == 1)
        #expect(out[1]["id"]?.stringValue == "after")
        // The limit is a flag.
        let small = try PipelineRunner.run(["--max-document-bytes", "60"], stdin: line([("id", "a"), ("text", "Court.")])
            + line([("id", "b"), ("text", .string(String(repeating: "Très long. ", count: 20)))]))
        #expect(small.json.map { $0["error"]?["kind"]?.stringValue ?? "ok" } == ["ok", "too_large"])
        // Offsets are 32-bit: a limit past 2 GiB is refused before anything is read.
        let huge = try PipelineRunner.run(["--max-document-bytes", "3000000000"], stdin: line([("id", "a"), ("text", "Court.")]))
        #expect(huge.status == 64)
        #expect(huge.stderr.contains("--max-document-bytes must be at most 2147483647"))
        #expect(huge.stdout.isEmpty)
        try? FileManager.default.removeItem(at: dir)
    }

    @Test func errorRecordsCanGoToTheirOwnFile() throws {
        let dir = try scratch("errors")
        let errors = dir.appendingPathComponent("errors.jsonl").path
        let input = line([("id", "a"), ("text", "Au Mali.")]) + Data("{oops\n".utf8) + line([("id", "b"), ("text", "Au Niger.")])
        let result = try PipelineRunner.run(["--errors", errors], stdin: input)
        #expect(result.status == 2)
        #expect(result.json.map { $0["id"]?.stringValue } == ["a", "b"])
        let written = try records(Data(contentsOf: URL(fileURLWithPath: errors)))
        #expect(written.count == 1)
        #expect(written[0]["error"]?["line"]?.intValue == 2)
        #expect(written[0]["error"]?["kind"]?.stringValue == "json")
        try? FileManager.default.removeItem(at: dir)
    }

    @Test func exitStatusSaysWhatHappened() throws {
        #expect(try PipelineRunner.run([], stdin: line([("id", "a"), ("text", "Au Mali.")])).status == 0)
        #expect(try PipelineRunner.run([], stdin: "{\n").status == 2)
        #expect(try PipelineRunner.run(["--no-such-flag"], stdin: "").status == 64)
        #expect(try PipelineRunner.run(["no/such/input.jsonl"], stdin: "").status == 64)
        #expect(try PipelineRunner.run(["--resume"], stdin: "").status == 64, "--resume needs --output")
        let unwritable = try PipelineRunner.run(["--output", "/proc/no-such-dir/out.jsonl"], stdin: line([("id", "a"), ("text", "x")]))
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.contains("/proc/no-such-dir/out.jsonl"))
    }

    // MARK: - Versions

    @Test func everyRecordCarriesSchemaAndGazetteerVersions() throws {
        let version = try PipelineRunner.run(["--version"])
        #expect(version.status == 0)
        let stamp = try #require(version.stderr.isEmpty ? String(decoding: version.stdout, as: UTF8.self) : nil)
        let result = try PipelineRunner.run([], stdin: line([("id", "a"), ("text", "Au Mali.")]) + Data("{\n".utf8))
        for record in result.json {
            #expect(record["schema"]?.intValue == RecordStamp.schemaVersion)
            let gazetteer = try #require(record["gazetteer"]?.stringValue)
            #expect(gazetteer.count == 16)
            #expect(stamp.contains("gazetteer \(gazetteer)"))
            #expect(stamp.contains("schema \(RecordStamp.schemaVersion)"))
        }
        // A copy of the gazetteer with one more line is another version.
        let dir = try scratch("gazetteer")
        let copy = dir.appendingPathComponent("gazetteer")
        try FileManager.default.copyItem(at: PipelineRunner.repository.appendingPathComponent("gazetteer"), to: copy)
        let places = copy.appendingPathComponent("places.tsv")
        let handle = try FileHandle(forWritingTo: places)
        handle.seekToEndOfFile()
        handle.write(Data("# a comment changes the data's version\n".utf8))
        try handle.close()
        let other = try PipelineRunner.run(["--gazetteer", copy.path], stdin: line([("id", "a"), ("text", "Au Mali.")]))
        #expect(other.json.first?["gazetteer"]?.stringValue != result.json.first?["gazetteer"]?.stringValue)
        try? FileManager.default.removeItem(at: dir)
    }

    // MARK: - Output files, kill, resume

    @Test func outputFileRefusesToMixTwoRunsWithoutResume() throws {
        let dir = try scratch("refuse")
        let out = dir.appendingPathComponent("out.jsonl").path
        let input = line([("id", "a"), ("text", "Au Mali.")])
        #expect(try PipelineRunner.run(["--output", out], stdin: input).status == 0)
        let again = try PipelineRunner.run(["--output", out], stdin: input)
        #expect(again.status == 64)
        #expect(again.stderr.contains("--resume"))
        #expect(try records(Data(contentsOf: URL(fileURLWithPath: out))).count == 1)
        try? FileManager.default.removeItem(at: dir)
    }

    @Test func resumeAfterAPartialLineGivesExactlyTheUninterruptedRecords() throws {
        let dir = try scratch("partial")
        let input = dir.appendingPathComponent("in.jsonl")
        var data = corpus(40)
        data.append(Data("not json\n".utf8))
        data.append(line([("id", "d3"), ("text", "Doublon à Gao.")]))
        try data.write(to: input)
        let reference = try PipelineRunner.run([input.path])
        #expect(reference.status == 2)
        let lines = reference.lines
        #expect(lines.count == 42)
        for cut in [0, 17, 41] {
            // An earlier run wrote `cut` lines, then was killed in the middle of the next.
            let out = dir.appendingPathComponent("out-\(cut).jsonl")
            var partial = Data(lines.prefix(cut).joined(separator: "\n").utf8)
            if cut > 0 { partial.append(0x0A) }
            partial.append(Data(lines[cut].utf8.prefix(25)))
            try partial.write(to: out)
            let resumed = try PipelineRunner.run(["--output", out.path, "--resume", input.path])
            #expect(resumed.status == 2)
            #expect(resumed.stderr.contains("partial last line"))
            #expect(try Data(contentsOf: out) == reference.stdout, "cut at \(cut)")
        }
        try? FileManager.default.removeItem(at: dir)
    }

    /// The binary started with `arguments`, its standard error discarded;
    /// with `piped`, standard input and output are pipes the test holds
    /// (else no input and discarded output).
    func start(_ arguments: [String], piped: Bool) throws -> (process: Process, input: Pipe?, output: Pipe?) {
        let process = Process()
        process.executableURL = PipelineRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = PipelineRunner.repository
        let input = piped ? Pipe() : nil, output = piped ? Pipe() : nil
        process.standardInput = input ?? FileHandle.nullDevice
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, input, output)
    }

    /// Starts the binary writing to `out`, waits until it has written some
    /// lines, then sends `signal`; returns its exit status.
    func interrupt(_ arguments: [String], out: URL, with signal: Int32) throws -> Int32 {
        let (process, _, _) = try start(arguments, piped: false)
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning {
            let size = (try? FileManager.default.attributesOfItem(atPath: out.path)[.size] as? Int) ?? 0
            if size > 0 { break }
            usleep(2_000)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func killedOrStoppedRunsResumeToTheSameBytes() throws {
        let dir = try scratch("kill")
        let input = dir.appendingPathComponent("in.jsonl")
        try corpus(1_500).write(to: input)
        let reference = try PipelineRunner.run(["--jobs", "2", input.path])
        #expect(reference.status == 0)
        for sig in [SIGKILL, SIGTERM, SIGINT] {
            let out = dir.appendingPathComponent("out-\(sig).jsonl")
            let args = ["--jobs", "2", "--output", out.path, "--resume", input.path]
            let status = try interrupt(args, out: out, with: sig)
            let written = try Data(contentsOf: out)
            if sig != SIGKILL, written.count < reference.stdout.count {
                #expect(status == 128 + sig, "stopped by \(sig)")
                #expect(written.last == 0x0A, "whole lines only after \(sig)")
            }
            #expect(written.count <= reference.stdout.count)
            let resumed = try PipelineRunner.run(["--jobs", "1", "--output", out.path, "--resume", input.path])
            #expect(resumed.status == 0, "\(resumed.stderr)")
            #expect(try Data(contentsOf: out) == reference.stdout, "kill by \(sig), then resume")
        }
        try? FileManager.default.removeItem(at: dir)
    }

    /// Starts the binary reading `written` from a pipe that stays open, waits
    /// until it is blocked reading standard input for the rest (Linux's
    /// /proc says which system call a thread is in; read is 0, fd 0), then
    /// sends SIGTERM.
    func stopWhileReadingAPipe(_ arguments: [String], written: Data) throws -> (status: Int32, stdout: Data) {
        let (process, pipedInput, pipedOutput) = try start(arguments, piped: true)
        let input = pipedInput!, output = pipedOutput!
        input.fileHandleForWriting.write(written)
        let deadline = Date().addingTimeInterval(60)
        func blockedOnStdin() -> Bool {
            let tasks = "/proc/\(process.processIdentifier)/task"
            let ids = (try? FileManager.default.contentsOfDirectory(atPath: tasks)) ?? []
            return ids.contains { id in
                let call = (try? String(contentsOfFile: "\(tasks)/\(id)/syscall", encoding: .utf8)) ?? ""
                return call.hasPrefix("0 0x0 ")
            }
        }
        while Date() < deadline, !blockedOnStdin() { usleep(2_000) }
        kill(process.processIdentifier, SIGTERM)
        // The input stays open: only the signal can end the run (its output,
        // a few lines, fits in the pipe). A run that ignores it fails the
        // test rather than hanging it.
        let stop = Date().addingTimeInterval(30)
        while Date() < stop, process.isRunning { usleep(2_000) }
        if process.isRunning {
            Issue.record("SIGTERM did not stop a run blocked reading its input")
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        try input.fileHandleForWriting.close()
        return (process.terminationStatus, stdout)
    }

    /// A stop that interrupts a read cuts the input where the read was, not
    /// where a line or file ends: the unfinished line is neither reported as
    /// bad JSON nor counted as written, and a text document read in part is
    /// not annotated as if whole (both were, before).
    @Test func aStopDuringABlockedReadLeavesTheUnfinishedLineForResume() throws {
        let first = line([("id", "a"), ("text", "Au Mali, selon le FLA.")])
        let second = line([("id", "b"), ("text", "À Niamey, le ministre a démenti.")])
        let whole = first + second
        let reference = try PipelineRunner.run([], stdin: whole)
        let stopped = try stopWhileReadingAPipe([], written: first + second.prefix(20))
        #expect(stopped.status == 128 + SIGTERM)
        let out = try records(stopped.stdout)
        #expect(out.allSatisfy { $0["error"] == nil }, "no error record for the line being written")
        #expect(out.map { $0["id"]?.stringValue } == ["a"])

        // With --output and --resume, the next run picks up at "b".
        let dir = try scratch("stop-pipe")
        let file = dir.appendingPathComponent("out.jsonl")
        let first2 = try stopWhileReadingAPipe(["--output", file.path, "--resume"], written: first + second.prefix(20))
        #expect(first2.status == 128 + SIGTERM)
        let resumed = try PipelineRunner.run(["--output", file.path, "--resume"], stdin: whole)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try Data(contentsOf: file) == reference.stdout)

        // Nor does a later input start: a resumed run must write the records in the same order.
        let later = dir.appendingPathComponent("later.jsonl")
        try line([("id", "c"), ("text", "Au Mali.")]).write(to: later)
        let withLater = try stopWhileReadingAPipe(["-", later.path], written: first + second.prefix(20))
        #expect(withLater.status == 128 + SIGTERM)
        #expect(try records(withLater.stdout).map { $0["id"]?.stringValue } == ["a"])

        // A text document cut by the stop gives no record at all.
        let text = try stopWhileReadingAPipe(["--input-format", "text"], written: Data("Au Mali, selon".utf8))
        #expect(text.status == 128 + SIGTERM)
        #expect(text.stdout.isEmpty)
        try? FileManager.default.removeItem(at: dir)
    }

    /// A live feed (`tail -f news.jsonl | pipeline | jq`): each record comes
    /// out once its line is in, not when a batch of 256 has filled.
    @Test func aLiveFeedGetsEachRecordWithoutWaitingForABatch() throws {
        let (process, pipedInput, pipedOutput) = try start([], piped: true)
        let input = pipedInput!, output = pipedOutput!
        let out = output.fileHandleForReading.fileDescriptor
        /// The next output line, or nil when none comes within 60 s.
        var pending: [UInt8] = []
        func nextLine() -> String? {
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                if let nl = pending.firstIndex(of: 0x0A) {
                    defer { pending.removeSubrange(...nl) }
                    return String(decoding: pending[..<nl], as: UTF8.self)
                }
                var p = pollfd(fd: out, events: Int16(POLLIN), revents: 0)
                guard poll(&p, 1, 1_000) > 0 else { continue }
                var chunk = [UInt8](repeating: 0, count: 1 << 16)
                let n = read(out, &chunk, chunk.count)
                if n <= 0 { return nil }
                pending += chunk.prefix(n)
            }
            return nil
        }
        for (id, text) in [("a", "Au Mali, selon le FLA."), ("b", "À Niamey, le ministre a démenti.")] {
            input.fileHandleForWriting.write(line([("id", .string(id)), ("text", .string(text))]))
            let record = try nextLine().map { try JSONValue.parse($0) }
            #expect(record?["id"]?.stringValue == id, "record \(id) while the input stays open")
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(nextLine() == nil)
    }

    // MARK: - Inputs

    @Test func gzipInputsReadAsStreams() throws {
        let dir = try scratch("gzip")
        let plain = dir.appendingPathComponent("news.jsonl")
        try corpus(30).write(to: plain)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", plain.path]
        try gzip.run()
        gzip.waitUntilExit()
        let gz = dir.appendingPathComponent("news.jsonl.gz")
        let reference = try PipelineRunner.run([plain.path])
        let fromFile = try PipelineRunner.run([gz.path])
        #expect(fromFile.status == 0)
        #expect(try records(fromFile.stdout).map(\.serialized) == (try records(reference.stdout)).map(\.serialized))
        let compressed = try Data(contentsOf: gz)
        let fromStdin = try PipelineRunner.run([], stdin: compressed)
        #expect(fromStdin.stdout == reference.stdout, "gzip is recognised by its bytes on standard input")
        // Cut short: the lines read stay, then a gzip error record.
        let cut = dir.appendingPathComponent("cut.jsonl.gz")
        try compressed.prefix(compressed.count / 2).write(to: cut)
        let truncated = try PipelineRunner.run([cut.path])
        #expect(truncated.status == 2)
        let out = truncated.json
        #expect(out.last?["error"]?["kind"]?.stringValue == "gzip")
        #expect(out.dropLast().allSatisfy { $0["error"] == nil })
        #expect(out.count < 31)
        try? FileManager.default.removeItem(at: dir)
    }

    @Test func foldersAreReadRecursivelyInNameOrder() throws {
        let dir = try scratch("folders")
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        try line([("id", "j1"), ("text", "Au Mali.")]).write(to: dir.appendingPathComponent("a.jsonl"))
        try Data("Kidal, mardi.".utf8).write(to: dir.appendingPathComponent("b/c/note.txt"))
        try Data("Gao.".utf8).write(to: dir.appendingPathComponent("b/article.txt"))
        try Data("ignored".utf8).write(to: dir.appendingPathComponent("b/readme.md"))
        try Data("hidden".utf8).write(to: dir.appendingPathComponent(".hidden.txt"))
        try line([("id", "j2"), ("text", "Au Niger.")]).write(to: dir.appendingPathComponent("c.jsonl"))
        let result = try PipelineRunner.run([dir.path])
        #expect(result.status == 0)
        #expect(result.json.map { $0["id"]?.stringValue } == ["j1", "b/article", "b/c/note", "j2"])
        try? fm.removeItem(at: dir)
    }

    // MARK: - Statistics and progress

    @Test func statisticsSummariseTheRun() throws {
        let dir = try scratch("stats")
        let stats = dir.appendingPathComponent("stats.json").path
        let input = corpus(5) + Data("{bad\n\n".utf8) + line([("id", "d0"), ("text", "Encore.")])
        let result = try PipelineRunner.run(["--stats", stats], stdin: input)
        #expect(result.status == 2)
        let s = try JSONValue.parse(String(contentsOfFile: stats, encoding: .utf8))
        #expect(s["documents"]?.intValue == 6)
        #expect(s["errors"]?.intValue == 1)
        #expect(s["errors_by_kind"]?["json"]?.intValue == 1)
        #expect(s["blank_lines"]?.intValue == 1)
        #expect(s["duplicate_ids"]?.intValue == 1)
        #expect(s["input_bytes"]?.intValue == input.count)
        #expect(s["output_bytes"]?.intValue == result.stdout.count)
        #expect(s["schema"]?.intValue == RecordStamp.schemaVersion)
        #expect(s["program"]?.stringValue?.hasPrefix("pipeline ") == true)
        #expect(s["gazetteer"]?.stringValue == result.json.first?["gazetteer"]?.stringValue)
        #expect(s["interrupted"]?.boolValue == false)
        #expect(s["seconds"] != nil && s["documents_per_second"] != nil)
        try? FileManager.default.removeItem(at: dir)
    }

    @Test func progressLineOnlyOnATerminal() throws {
        let piped = try PipelineRunner.run([], stdin: corpus(3))
        #expect(!piped.stderr.contains("docs/s"), "silent when standard error is not a terminal")
        // `script` gives the command a terminal.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let dir = try scratch("tty")
        let input = dir.appendingPathComponent("in.jsonl")
        try corpus(3).write(to: input)
        let command = "\(PipelineRunner.executable.path) --output \(dir.path)/out.jsonl \(input.path)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let shown = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(shown.contains("3 docs"), "\(shown)")
        #expect(shown.contains("docs/s"))
        try? FileManager.default.removeItem(at: dir)
    }
}
