import ArgumentParser
import CCrashNote
import Foundation
import GongwenKit
import GongwenSQLite

struct CommonParseOptions: ParsableArguments {
    @Option(name: .long, help: "Decode every input with this encoding (UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5, …) instead of detecting it.")
    var encoding: String?

    @Option(name: .customLong("reference-date"), help: "YYYY-MM-DD: the date texts that give none count from (本月底, 今年, 本周五).")
    var referenceDate: String?

    @Option(name: .customLong("max-bytes"), help: "Refuse inputs larger than this many bytes (default 268435456).")
    var maxBytes: Int = 256 * 1024 * 1024

    func parseOptions() throws -> ParseOptions {
        var ref: DateComponents? = nil
        if let r = referenceDate {
            let parts = r.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else {
                throw ValidationError("--reference-date takes YYYY-MM-DD, not '\(r)'")
            }
            ref = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        return ParseOptions(encoding: encoding, referenceDate: ref, maxBytes: maxBytes)
    }
}

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse files, folders or standard input into gongwen/1 JSON.",
        discussion: """
        With --out, writes OUT/<path relative to the folder given>.json for each input; \
        with one input and no --out, writes to standard output; several inputs without \
        --out, or --format jsonl, are written as JSON Lines. Exit status: 0 when every \
        input parsed, 1 when any failed (each named on standard error), 2 for usage errors, \
        130 when interrupted.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, csv, sqlite }

    @Argument(help: "Files, folders (walked recursively), or - for standard input.")
    var inputs: [String] = []

    @Option(name: .long, help: "Folder to write one JSON file per input into (--format json).")
    var out: String?

    @Option(name: .long, help: "json (one file per input), jsonl (one object per line), csv (action items, UTF-8 with BOM), or sqlite (one database; needs --output).")
    var format: Format = .json

    @Option(name: .long, help: "With jsonl or csv: the file to write (default: standard output).")
    var output: String?

    @Option(name: .long, help: "Glob of files to take in a folder walk (repeatable; default *.txt and *.md; a folder's README is left out).")
    var include: [String] = []

    @Option(name: .long, help: "Glob of files or folders to leave out of a folder walk (repeatable).")
    var exclude: [String] = []

    @Option(name: .long, help: "K/N: parse only the K-th of N stable shares of the files (1 ≤ K ≤ N).")
    var shard: String?

    @Flag(name: .long, help: "Skip inputs whose output already records the same source sha256 and parser version.")
    var incremental = false

    @Flag(name: .customLong("stdin-jsonl"), help: "Read lines {\"id\":…,\"text\":…} or {\"id\":…,\"path\":…} from standard input; write one result line per input line, in order.")
    var stdinJSONL = false

    @Flag(name: .long, help: "Indented JSON (--format json).")
    var pretty = false

    @Option(name: .long, help: "Files parsed at once (default: all cores).")
    var jobs: Int?

    @Flag(name: .long, help: "No progress line and no summary.")
    var quiet = false

    @Option(name: .long, help: "Write the batch summary as JSON to this file.")
    var summary: String?

    @OptionGroup var common: CommonParseOptions

    func validate() throws {
        if stdinJSONL { guard inputs.isEmpty else { throw ValidationError("--stdin-jsonl reads standard input; give no inputs") }; return }
        if inputs.isEmpty { throw ValidationError("give at least one file, folder or -") }
        if out != nil && format != .json { throw ValidationError("--out writes one JSON file per input; use --output FILE with --format \(format.rawValue)") }
        if incremental && out == nil { throw ValidationError("--incremental compares with the files in --out") }
        if format == .sqlite && output == nil { throw ValidationError("--format sqlite writes one database: give --output FILE.db") }
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1") }
        if let s = shard { _ = try parseShard(s) }
    }

    func parseShard(_ s: String) throws -> (Int, Int) {
        let p = s.split(separator: "/").compactMap { Int($0) }
        guard p.count == 2, p[1] >= 1, (1...p[1]).contains(p[0]) else { throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, not '\(s)'") }
        return (p[0], p[1])
    }

    func run() throws {
        let parser = Parser(options: try common.parseOptions())
        if stdinJSONL { try StreamMode.run(parser: parser, jobs: max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)); return }

        var found: [InputFile]
        do {
            found = try InputFiles.expand(inputs, skip: out, include: include.isEmpty ? ["*.txt", "*.md"] : include, exclude: exclude)
        } catch {
            Inputs.stderr("gongwen: \(error)")
            throw ExitCode(2)
        }
        if let o = out {
            // A file found in a folder's walk never is --out (the walk passes over it): only
            // files named are compared (a URL for every file cost a stat and ~3 µs in a batch).
            let outPath = URL(fileURLWithPath: o).standardizedFileURL.path
            for f in inputs where f != "-" && !Inputs.isFolder(f) && URL(fileURLWithPath: f).standardizedFileURL.path == outPath {
                Inputs.stderr("gongwen: --out \(o) is an input file")
                throw ExitCode(2)
            }
        }
        if let s = shard { let (k, n) = try parseShard(s); found = found.filter { Shard.pick($0.relativeOutput, k: k, n: n) } }
        let files = found
        if files.isEmpty { Inputs.stderr("gongwen: no input files found"); throw ExitCode(1) }

        let n = files.count
        let batch = n > 1 || inputs.contains { Inputs.isFolder($0) }
        let sizes = files.map { f -> Int in
            var st = stat()
            return f.path != "-" && stat(f.path, &st) == 0 ? Int(st.st_size) : 0
        }
        let progress = Progress(total: n, totalBytes: sizes.reduce(0, +), enabled: batch && !quiet)
        let started = Date()
        let stats = Slots<FileOutcome>(count: n)

        // Where results go.
        var handle: FileHandle? = nil
        var tmpOutput: String? = nil
        var database: SQLiteSink? = nil
        if format == .sqlite {
            do { database = try SQLiteSink(path: output!) } catch { Inputs.stderr("gongwen: \(output!): \(error)"); throw ExitCode(1) }
        } else if out == nil {
            if let o = output {
                tmpOutput = o + ".tmp-\(getpid())"
                _ = FileManager.default.createFile(atPath: tmpOutput!, contents: nil)
                handle = FileHandle(forWritingAtPath: tmpOutput!)
                if handle == nil { Inputs.stderr("gongwen: cannot write \(o)"); throw ExitCode(1) }
            } else { handle = FileHandle.standardOutput }
        }
        let streamFormat: Format = (out == nil && (n > 1 || format == .jsonl)) && format == .json ? .jsonl : format
        if streamFormat == .csv { handle?.write(Data(ActionRows.header)) }
        let sink = OrderedSink { bytes in handle?.write(Data(bytes)) }
        let single = handle
        let db = database

        Signals.trapInterrupt()
        let workers = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, n))
        // A crash (a bug) cannot be caught: it names the file, and with --out records it, so
        // that running the batch again skips that file and goes on.
        let crashRecord = out.map { Inputs.join($0, CrashRecord.name) }
        if let o = out { try? FileManager.default.createDirectory(atPath: o, withIntermediateDirectories: true) }
        let crashedBefore = crashRecord.map(CrashRecord.read) ?? []
        gongwen_crash_note_init(Int32(workers), crashRecord, Parser.version)
        let testCrash = ProcessInfo.processInfo.environment["GONGWEN_TEST_CRASH_ON"]
        let next = Counter()
        let memory = MemoryBudget(largestFile: sizes.max() ?? 0)
        let pretty = self.pretty, out = self.out, incremental = self.incremental
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            // Each worker reads its own copy of the word tables: shared ones would have
            // both cores update the same reference counts at every look-up.
            let parser = w == 0 ? parser : Parser(options: parser.options, lexicon: Lexicon())
            while interrupted == 0 {
                let i = next.take()
                guard i < n else { return }
                let f = files[i]
                let cost = MemoryBudget.cost(sizes[i])
                memory.acquire(cost)
                defer { memory.release(cost) }
                var outcome = FileOutcome()
                // Whether this file's output went through the ordered sink; if not, it still
                // takes its turn there (with nothing), so later files are not held back.
                var ordered = false
                f.path.withCString { gongwen_crash_note_set(Int32(w), $0) }
                defer { gongwen_crash_note_set(Int32(w), nil) }
                do {
                    if crashedBefore.contains(f.path) { throw CrashRecord.CrashedBefore(record: crashRecord ?? "") }
                    // The tests' way to make the parser crash on a file.
                    if let c = testCrash, !c.isEmpty, f.path.contains(c) { fatalError("GONGWEN_TEST_CRASH_ON") }
                    let bytes = try Inputs.read(f)
                    outcome.bytes = bytes.count
                    let target = out.map { Inputs.join($0, f.relativeOutput) }
                    if incremental, let t = target, Incremental.upToDate(t, sha256: Parser.sha256(bytes)) {
                        outcome.skipped = true
                    } else {
                        if streamFormat == .json {
                            // One JSON per input: to its --out file, or (the only input) to
                            // standard output or --output; several inputs without --out are
                            // JSON Lines. Documents are written as they are built: no result
                            // is held whole. Decoding errors come first, before any output.
                            let decoded = try parser.decode(bytes: consume bytes, path: f.path)
                            func write(_ drain: @escaping ([UInt8]) -> Void) -> ResultJSON.Counts {
                                ResultJSON.stream(parser, decoded, pretty: pretty, to: drain).counts
                            }
                            if let t = target {
                                try Inputs.writeAtomically(to: t) { outcome.result = write($0) }
                            } else if let h = single {
                                outcome.result = write { h.write(Data($0)) }
                                if !pretty { h.write(Data([0x0A])) }
                            }
                        } else {
                            let result = try parser.parse(bytes: consume bytes, path: f.path)
                            outcome.result = ResultJSON.Counts(result)
                            switch streamFormat {
                            case .json: break   // streamed above
                            case .jsonl: sink.put(i, ResultJSON.encode(result) + [0x0A]); ordered = true
                            case .csv: sink.put(i, ActionRows.csv(result)); ordered = true
                            case .sqlite: try db!.add(result)
                            }
                        }
                    }
                } catch {
                    outcome.error = "\(error)"
                }
                if !ordered { sink.put(i, []) }
                stats.set(i, outcome)
                progress.step(bytes: outcome.bytes, failed: outcome.error != nil)
            }
        }
        progress.finish()
        if let t = tmpOutput, let o = output {
            try? handle?.close()
            if interrupted == 0 { _ = rename(t, o) } else { unlink(t) }
        }

        var sum = BatchSummary()
        sum.files = n
        for (i, o) in stats.values.enumerated() {
            guard let o else { continue }
            sum.bytes += o.bytes
            if let e = o.error {
                sum.failures.append((files[i].path == "-" ? "<stdin>" : files[i].path, e))
                // A batch lists failures in its summary; a quiet run or a single file names them here.
                if !(batch && !quiet) { Inputs.stderr("gongwen: \(files[i].path == "-" ? "<stdin>" : files[i].path): \(e)") }
            } else if o.skipped { sum.skipped += 1 } else if let c = o.result { sum.add(c) }
        }
        sum.seconds = Date().timeIntervalSince(started)
        if batch && !quiet { Inputs.stderr(sum.text.trimmingCharacters(in: .newlines)) }
        if let s = summary { try Inputs.writeAtomically(sum.json, to: s) }
        if interrupted != 0 { Inputs.stderr("gongwen: interrupted; outputs written so far are complete"); throw ExitCode(130) }
        if !sum.failures.isEmpty { throw ExitCode(1) }
    }
}

/// What happened to one input, kept small so a batch holds no parse results.
struct FileOutcome {
    var bytes = 0
    var skipped = false
    var error: String? = nil
    var result: ResultJSON.Counts? = nil
}

/// One result per input, filled in by worker threads.
final class Slots<T>: @unchecked Sendable {
    private(set) var values: [T?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.lock(); values[i] = v; lock.unlock() }
}

/// Hands out indices to worker threads.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value - 1 }
}

/// Keeps the memory of files parsed at once within a budget: each file reserves what
/// parsing it may take (about five times its size, measured) and waits while others hold
/// the rest. Archive texts are small and never wait; two 50 MB compilations take turns, so
/// a batch stays within 4× its largest file (+ 64 MB) on any number of cores.
final class MemoryBudget: @unchecked Sendable {
    private let budget: Int
    private var reserved = 0
    private let cond = NSCondition()
    /// What parsing a file of `bytes` may hold at its peak.
    static func cost(_ bytes: Int) -> Int { 5 * bytes }

    init(largestFile: Int) { budget = 4 * largestFile + 32 << 20 }

    func acquire(_ n: Int) {
        cond.lock(); defer { cond.unlock() }
        // A file alone always goes, whatever its size.
        while reserved > 0 && reserved + n > budget { cond.wait() }
        reserved += n
    }
    func release(_ n: Int) {
        cond.lock(); reserved -= n; cond.broadcast(); cond.unlock()
    }
}
