import XCTest
@testable import GongwenKit

/// The `gongwen` command end to end: files, folders, bad inputs, exit codes, atomic output.
final class CLITests: XCTestCase {
    var binary: URL { Bundle.main.bundleURL.appendingPathComponent("gongwen") }
    var tmp: URL!

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary.path), "gongwen binary not built at \(binary.path)")
    }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    @discardableResult
    func run(_ args: [String], stdin: Data? = nil) throws -> (code: Int32, out: Data, err: String) {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        let o = Pipe(), e = Pipe()
        p.standardOutput = o; p.standardError = e
        if let stdin { let i = Pipe(); p.standardInput = i; try p.run(); i.fileHandleForWriting.write(stdin); try i.fileHandleForWriting.close() } else { try p.run() }
        let out = o.fileHandleForReading.readDataToEndOfFile()
        let err = e.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, out, String(decoding: err, as: UTF8.self))
    }

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
