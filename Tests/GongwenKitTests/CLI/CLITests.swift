import Foundation
import XCTest
@testable import GongwenKit
import GongwenSQLite

/// The `gongwen` command end to end: files, folders, bad inputs, exit codes, atomic output.
/// Runs the built `gongwen` binary in a scratch folder.
struct CLI {
    let binary = Bundle.main.bundleURL.appendingPathComponent("gongwen")
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-cli-\(UUID().uuidString)")

    func setUp() throws {
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary.path), "gongwen binary not built at \(binary.path)")
    }
    func tearDown() { try? FileManager.default.removeItem(at: tmp) }

    @discardableResult
    func run(_ args: [String], stdin: Data? = nil, env: [String: String] = [:]) throws -> (code: Int32, out: Data, err: String) {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        if !env.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(env) { $1 } }
        let o = Pipe(), e = Pipe()
        p.standardOutput = o; p.standardError = e
        let i = Pipe()
        p.standardInput = stdin == nil ? FileHandle.nullDevice : i
        try p.run()
        // Feed standard input from another thread so a large input cannot dead-lock on full pipes.
        if let stdin { DispatchQueue.global().async { i.fileHandleForWriting.write(stdin); try? i.fileHandleForWriting.close() } }
        let errData = Slots<Data>(count: 1)
        let g = DispatchGroup()
        g.enter()
        DispatchQueue.global().async { errData.set(0, e.fileHandleForReading.readDataToEndOfFile()); g.leave() }
        let out = o.fileHandleForReading.readDataToEndOfFile()
        g.wait()
        p.waitUntilExit()
        return (p.terminationStatus, out, String(decoding: errData.values[0] ?? Data(), as: UTF8.self))
    }
}

final class Slots<T>: @unchecked Sendable {
    private(set) var values: [T?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.lock(); values[i] = v; lock.unlock() }
}

final class CLITests: XCTestCase {
    let cli = CLI()
    var tmp: URL { cli.tmp }
    override func setUpWithError() throws { try cli.setUp() }
    override func tearDown() { cli.tearDown() }
    @discardableResult
    func run(_ args: [String], stdin: Data? = nil) throws -> (code: Int32, out: Data, err: String) { try cli.run(args, stdin: stdin) }

    func testFolderWithABinaryFile() throws {
        let input = tmp.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data(Fixture.bytes(Fixture.seedName)).write(to: input.appendingPathComponent("sub/seed.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 1]).write(to: input.appendingPathComponent("image.txt"))
        try Data().write(to: input.appendingPathComponent("empty.txt"))
        try Data("忽略".utf8).write(to: input.appendingPathComponent("notes.doc"))
        let out = tmp.appendingPathComponent("out")
        let r = try run(["parse", input.path, "--out", out.path])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("image.txt: not a text file (PNG image)"), r.err)
        XCTAssertTrue(r.err.contains("empty.txt: empty file"), r.err)
        let json = try JSONDecoder().decode(ParseResult.self, from: Data(contentsOf: out.appendingPathComponent("sub/seed.json")))
        XCTAssertEqual(json.documents.count, 6)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("image.json").path))
        let left = try FileManager.default.subpathsOfDirectory(atPath: out.path)
        XCTAssertEqual(left.filter { $0.contains(".tmp-") }, [], "no temporary files left")
    }

    /// A crash (a bug; the tests make one on purpose) ends the batch but names the file and
    /// records it in the output folder; running the batch again skips it, reports it as
    /// failed, and parses the rest. Nothing partial is left for the file that crashed.
    func testACrashIsNamedAndTheNextRunGoesPastIt() throws {
        let input = tmp.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for name in ["a", "bad", "c"] { try Data("会议纪要\n会议要求各单位于6月底前完成。\n".utf8).write(to: input.appendingPathComponent("\(name).txt")) }
        let out = tmp.appendingPathComponent("out")
        let crashed = try cli.run(["parse", input.path, "--out", out.path, "--jobs", "1"], env: ["GONGWEN_TEST_CRASH_ON": "bad.txt"])
        XCTAssertNotEqual(crashed.code, 0)
        XCTAssertTrue(crashed.err.contains("the parser crashed while reading \(input.appendingPathComponent("bad.txt").path)"), crashed.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("bad.json").path))
        let again = try cli.run(["parse", input.path, "--out", out.path, "--jobs", "2"], env: ["GONGWEN_TEST_CRASH_ON": "bad.txt"])
        XCTAssertEqual(again.code, 1)
        XCTAssertTrue(again.err.contains("bad.txt: the parser crashed on this file in an earlier run"), again.err)
        for name in ["a", "c"] { XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(name).json").path), name) }
        let left = try FileManager.default.subpathsOfDirectory(atPath: out.path)
        XCTAssertEqual(left.filter { $0.contains(".tmp-") }, [], "no temporary files left")
    }

    func testSingleFileToStdoutAndStdin() throws {
        let f = tmp.appendingPathComponent("a.txt")
        try Data("会议纪要\n会议决定:\n1、由李学文副镇长负责,8月底前完工。".utf8).write(to: f)
        let r = try run(["parse", f.path])
        XCTAssertEqual(r.code, 0)
        let a = try JSONDecoder().decode(ParseResult.self, from: r.out)
        XCTAssertEqual(a.documents[0].responsibilities.first?.party, "李学文")
        let s = try run(["parse", "-", "--pretty"], stdin: try Data(contentsOf: f))
        XCTAssertEqual(s.code, 0)
        XCTAssertEqual(try JSONDecoder().decode(ParseResult.self, from: s.out).documents, a.documents)
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try run(["parse", tmp.appendingPathComponent("missing.txt").path]).code, 2)
        XCTAssertEqual(try run(["parse"]).code, 2)
        XCTAssertEqual(try run(["parse", "x", "--reference-date", "2020-13-01"]).code, 2)
    }

    func testExistingOutputIsReplacedOnlyByACompleteOne() throws {
        let f = tmp.appendingPathComponent("a.txt")
        let out = tmp.appendingPathComponent("out")
        try Data("正文。".utf8).write(to: f)
        XCTAssertEqual(try run(["parse", f.path, "--out", out.path]).code, 0)
        let first = try Data(contentsOf: out.appendingPathComponent("a.json"))
        try Data([0, 1, 2]).write(to: f)      // now broken
        XCTAssertEqual(try run(["parse", f.path, "--out", out.path]).code, 1)
        XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("a.json")), first, "a failed parse leaves the old output")
    }

    func testActionsCSVOpensInExcel() throws {
        let f = tmp.appendingPathComponent("m.txt")
        try Data("会议纪要\n会议决定:\n1、由李学文副镇长负责,8月底前完工。".utf8).write(to: f)
        let r = try run(["actions", f.path, "--format", "csv"])
        XCTAssertEqual(r.code, 0)
        XCTAssertEqual(Array(r.out.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: r.out.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("\"party\",\"role\""))
        XCTAssertTrue(text.contains("\"李学文\",\"副镇长\",\"lead\""))
    }

    func testSchemaAndEval() throws {
        let s = try run(["schema"])
        XCTAssertEqual(s.code, 0)
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: s.out))
        let e = try run(["eval", "--gold", Fixture.corpus.path, Fixture.corpus.path, "--require", "headings.f1=0.97"])
        XCTAssertEqual(e.code, 0, e.err)
        XCTAssertTrue(String(decoding: e.out, as: UTF8.self).contains("headings"))
    }
}

/// Batch conversion and the stream formats.
final class BatchCLITests: XCTestCase {
    let cli = CLI()
    var tmp: URL { cli.tmp }
    override func setUpWithError() throws { try cli.setUp() }
    override func tearDown() { cli.tearDown() }

    func makeFolder(_ n: Int) throws -> URL {
        let input = tmp.appendingPathComponent("in")
        for i in 0..<n {
            let sub = input.appendingPathComponent("d\(i % 3)")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try Data("会议纪要\n会议决定:\n1、由李学文副镇长负责,\(i % 12 + 1)月底前完工。".utf8).write(to: sub.appendingPathComponent("f\(i).txt"))
        }
        try Data([0, 1, 2, 3]).write(to: input.appendingPathComponent("broken.txt"))
        try Data("跳过".utf8).write(to: input.appendingPathComponent(".hidden.txt"))
        return input
    }

    func testSummaryIncrementalAndJobsGiveTheSameOutput() throws {
        let input = try makeFolder(12)
        let out1 = tmp.appendingPathComponent("o1"), out2 = tmp.appendingPathComponent("o2")
        let sum = tmp.appendingPathComponent("sum.json")
        let r = try cli.run(["parse", input.path, "--out", out1.path, "--jobs", "1", "--summary", sum.path])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("broken.txt"), r.err)
        let s = try JSONSerialization.jsonObject(with: Data(contentsOf: sum)) as! [String: Any]
        XCTAssertEqual(s["files"] as? Int, 13)
        XCTAssertEqual(s["parsed"] as? Int, 12)
        XCTAssertEqual(s["failed"] as? Int, 1)
        XCTAssertEqual(s["responsibilities"] as? Int, 12)
        XCTAssertEqual(try cli.run(["parse", input.path, "--out", out2.path, "--jobs", "2", "--quiet"]).code, 1)
        for i in 0..<12 {
            let rel = "d\(i % 3)/f\(i).json"
            XCTAssertEqual(try Data(contentsOf: out1.appendingPathComponent(rel)), try Data(contentsOf: out2.appendingPathComponent(rel)), rel)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out1.appendingPathComponent(".hidden.json").path))
        // A second run with --incremental parses nothing.
        let again = try cli.run(["parse", input.path, "--out", out1.path, "--incremental", "--summary", sum.path])
        let s2 = try JSONSerialization.jsonObject(with: Data(contentsOf: sum)) as! [String: Any]
        XCTAssertEqual(s2["skipped"] as? Int, 12, again.err)
        XCTAssertEqual(s2["parsed"] as? Int, 0)
        // An output an older parser wrote (another rules revision) is parsed again.
        let old = out1.appendingPathComponent("d0/f0.json")
        let text = try String(contentsOf: old, encoding: .utf8)
        XCTAssertTrue(text.contains(Parser.version))
        try text.replacingOccurrences(of: Parser.version, with: "gongwen 0.1.0 rules \(Parser.rulesRevision - 1)").write(to: old, atomically: true, encoding: .utf8)
        _ = try cli.run(["parse", input.path, "--out", out1.path, "--incremental", "--summary", sum.path])
        let s3 = try JSONSerialization.jsonObject(with: Data(contentsOf: sum)) as! [String: Any]
        XCTAssertEqual(s3["parsed"] as? Int, 1)
        XCTAssertTrue(try String(contentsOf: old, encoding: .utf8).contains(Parser.version))
    }

    func testIncludeExcludeAndShards() throws {
        let input = try makeFolder(9)
        let all = try cli.run(["parse", input.path, "--format", "jsonl", "--exclude", "broken.txt", "--quiet"])
        XCTAssertEqual(all.code, 0)
        XCTAssertEqual(String(decoding: all.out, as: UTF8.self).split(separator: "\n").count, 9)
        let only = try cli.run(["parse", input.path, "--format", "jsonl", "--include", "f1*.txt", "--quiet"])
        XCTAssertEqual(String(decoding: only.out, as: UTF8.self).split(separator: "\n").count, 1)
        var seen = 0
        for k in 1...3 {
            let r = try cli.run(["parse", input.path, "--format", "jsonl", "--exclude", "broken.txt", "--shard", "\(k)/3", "--quiet"])
            seen += String(decoding: r.out, as: UTF8.self).split(separator: "\n").count
        }
        XCTAssertEqual(seen, 9, "shards partition the files")
    }

    func testCSVAndStdinJSONL() throws {
        let input = try makeFolder(3)
        let csv = tmp.appendingPathComponent("a.csv")
        XCTAssertEqual(try cli.run(["parse", input.path, "--format", "csv", "--output", csv.path, "--exclude", "broken.txt", "--quiet"]).code, 0)
        let bytes = try Data(contentsOf: csv)
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self).components(separatedBy: "\"responsibility\"").count - 1, 3)

        var lines = ""
        for i in 0..<1000 { lines += "{\"id\":\(i),\"text\":\"各县要在\(i % 12 + 1)月底前完成。\"}\n" }
        lines += "{\"id\":\"bad\"}\nnot json\n"
        let r = try cli.run(["parse", "--stdin-jsonl"], stdin: Data(lines.utf8))
        XCTAssertEqual(r.code, 0)
        let out = String(decoding: r.out, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(out.count, 1002)
        for (i, l) in out.prefix(1000).enumerated() {
            let o = try JSONSerialization.jsonObject(with: Data(l.utf8)) as! [String: Any]
            XCTAssertEqual(o["id"] as? Int, i)
            let doc = ((o["result"] as! [String: Any])["documents"] as! [[String: Any]])[0]
            XCTAssertEqual((doc["deadlines"] as! [[String: Any]]).first?["date"] as? String, "--\(String(format: "%02d", i % 12 + 1))-\(String(format: "%02d", Dates.daysIn(month: i % 12 + 1, year: nil)))")
        }
        XCTAssertTrue(out[1000].contains("\"error\""))
        XCTAssertTrue(out[1001].contains("\"error\""))
    }

    func testMaxBytes() throws {
        let f = tmp.appendingPathComponent("big.txt")
        try Data(String(repeating: "正文内容。", count: 1000).utf8).write(to: f)
        let r = try cli.run(["parse", f.path, "--max-bytes", "100"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("file too large"), r.err)
    }
}

final class SQLiteTests: XCTestCase {
    func testUpsertAndTheREADMEQuery() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-\(UUID().uuidString).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try SQLiteSink(path: path)
        let r = try Parser().parse(bytes: Fixture.bytes(Fixture.seedName), path: "seed.txt")
        try sink.add(r)
        try sink.add(r)      // the same bytes again: replaced, not doubled
        XCTAssertEqual(try sink.rows("SELECT count(*) FROM sources"), [["1"]])
        XCTAssertEqual(try sink.rows("SELECT count(*) FROM responsibilities").first?.first, String(r.allResponsibilities.count))
        let due = try sink.rows("""
            SELECT r.party, r.role, r.deadline FROM responsibilities r JOIN documents d ON d.id = r.document_id
            JOIN sources s ON s.id = d.source_id WHERE r.deadline GLOB '[0-9]*' AND r.deadline < '2011-09-01' ORDER BY r.deadline
            """)
        XCTAssertEqual(due, [["李学文", "副镇长", "2011-08-31"]])
        XCTAssertEqual(try sink.rows("SELECT count(*) FROM sections WHERE parent_id IS NULL AND document_id = (SELECT min(id) FROM documents)"), [["3"]])
    }
}

/// Paths an archive really holds: odd names, links, special files, a full disk.
final class PathTests: XCTestCase {
    let cli = CLI()
    var tmp: URL { cli.tmp }
    override func setUpWithError() throws { try cli.setUp() }
    override func tearDown() { cli.tearDown() }

    func testOddNamesLinksAndSpecialFiles() throws {
        let input = tmp.appendingPathComponent("in")
        let fm = FileManager.default
        try fm.createDirectory(at: input.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["a b.txt", "中文 名.txt", "new\nline.txt"] { try Data("正文。".utf8).write(to: input.appendingPathComponent(name)) }
        try fm.createSymbolicLink(at: input.appendingPathComponent("sub/loop"), withDestinationURL: input)      // a loop
        try fm.createSymbolicLink(at: input.appendingPathComponent("dangling.txt"), withDestinationURL: tmp.appendingPathComponent("gone"))
        XCTAssertEqual(mkfifo(input.appendingPathComponent("fifo.txt").path, 0o644), 0)
        let out = tmp.appendingPathComponent("out")
        let r = try cli.run(["parse", input.path, "--out", out.path, "--quiet"])
        XCTAssertEqual(r.code, 0, r.err)   // links and special files are not walked
        for name in ["a b.json", "中文 名.json", "new\nline.json"] { XCTAssertTrue(fm.fileExists(atPath: out.appendingPathComponent(name).path), name) }
        let fifo = try cli.run(["parse", input.appendingPathComponent("fifo.txt").path])
        XCTAssertEqual(fifo.code, 1)
        XCTAssertTrue(fifo.err.contains("fifo.txt: cannot read (not a regular file)"), fifo.err)
        let dangling = try cli.run(["parse", input.appendingPathComponent("dangling.txt").path])
        XCTAssertNotEqual(dangling.code, 0)
        XCTAssertTrue(dangling.err.contains("dangling.txt"), dangling.err)
    }

    func testOutNamingAnInputIsRefused() throws {
        let input = tmp.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let a = input.appendingPathComponent("a.txt"), b = input.appendingPathComponent("b.txt")
        for f in [a, b] { try Data("要求各单位于6月底前完成。".utf8).write(to: f) }
        // Named through another spelling of the same path: still the input, still refused.
        let r = try cli.run(["parse", b.path, a.path, "--out", input.path + "/./a.txt"])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.err.contains("is an input file"), r.err)
        XCTAssertEqual(try String(contentsOf: a, encoding: .utf8), "要求各单位于6月底前完成。")
        // A folder's files are never --out (the walk passes over it): both parsed, nothing lost.
        let out = input.appendingPathComponent("out")
        let w = try cli.run(["parse", input.path, "--out", out.path, "--quiet"])
        XCTAssertEqual(w.code, 0, w.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), ["a.json", "b.json"])
    }

    func testFullDiskLeavesNoPartialOutput() throws {
        let f = tmp.appendingPathComponent("a.txt")
        try Data(String(repeating: "会议决定：由李学文副镇长负责，8月底前完工。", count: 50).utf8).write(to: f)
        let out = tmp.appendingPathComponent("out")
        let r = try cli.run(["parse", f.path, "--out", out.path], env: ["GONGWEN_SIMULATE_ENOSPC": "1"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("No space left on device"), r.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), [], "no partial or temporary file")
    }
}
