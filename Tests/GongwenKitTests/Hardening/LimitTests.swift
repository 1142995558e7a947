import Foundation
import XCTest
@testable import GongwenKit

/// Hostile shapes stay linear: the cost of 4× the input is far below 16× (quadratic).
final class LimitTests: XCTestCase {
    func seconds(_ text: String) throws -> Double {
        let bytes = Array(text.utf8)
        let t = Date()
        _ = try Parser().parse(bytes: bytes, path: "x")
        return Date().timeIntervalSince(t)
    }

    func assertLinear(_ name: String, _ make: (Int) -> String, base: Int) throws {
        let small = try seconds(make(base))
        let large = try seconds(make(base * 4))
        XCTAssertLessThan(large, small * 8 + 0.5, "\(name): \(small)s for 1×, \(large)s for 4×")
    }

    func testManyMarkersOnOneLine() throws {
        try assertLinear("markers", { String(repeating: "一、(1)（一）①第一，", count: $0) }, base: 5_000)
        // A run of question marks is looked at once (lost characters or punctuation), and
        // Markdown's `**` pairs are looked for a few dozen code points ahead.
        try assertLinear("question marks", { "测试" + String(repeating: "?", count: $0) + "\n" }, base: 20_000)
        try assertLinear("bold marks", { String(repeating: "**要求", count: $0) + "\n" }, base: 4_000)
    }

    /// Tables: a line of tab-separated cells, a spaced table of many rows, running headers,
    /// a run of short lines.
    func testTablesAndRunningHeaders() throws {
        try assertLinear("tab cells", { String(repeating: "县财政局\t6月底前\t", count: $0) }, base: 10_000)
        try assertLinear("spaced rows", { "序号 工作任务 牵头单位\n" + (1...$0).map { "\($0) 修路 县交通局" }.joined(separator: "\n") }, base: 5_000)
        try assertLinear("headers", { String(repeating: "过去一年,收入增长5.1%和\nXX市政府工作报告\n", count: $0) }, base: 5_000)
        // Short lines with no title above (a table copied one cell per line): the head and
        // the title used to take them all in, the title growing line by line (quadratic).
        try assertLinear("short lines", { String(repeating: "县财政局\n6月底前\n", count: $0) }, base: 5_000)
    }

    func testManyPercentSigns() throws {
        try assertLinear("percent", { String(repeating: "%", count: $0) + String(repeating: "增长1%", count: $0 / 4) }, base: 100_000)
    }

    func testDeepNestingAndManyHeadings() throws {
        try assertLinear("nesting", { String(repeating: "一、标题\n(一)标题\n1.标题\n(1)标题\n①标题\n第一章 标题\n", count: $0) }, base: 2_000)
        try assertLinear("outline lines", { String(repeating: "一、甲乙丙\n", count: $0) }, base: 5_000)
    }

    /// One long document: every body paragraph used to re-read all headings found so far,
    /// and every run-in item all items before it (found by Scripts/bench's single-document file).
    func testLongDocumentWithManyHeadingsAndBodies() throws {
        try assertLinear("bodies", { String(repeating: "一、标题\n正文内容要落实。\n", count: $0) }, base: 4_000)
        try assertLinear("run-in items", { n in "开头。" + (1...n).map { "(\($0))落实。" }.joined() }, base: 4_000)
    }

    func testLongLinesOfCues() throws {
        try assertLinear("cues", { String(repeating: "州农业农村局要", count: $0) }, base: 10_000)
        try assertLinear("dates", { String(repeating: "8月底前9月中旬前", count: $0) }, base: 10_000)
        try assertLinear("requests", { String(repeating: "请县财政局做好,请,关于要的", count: $0) + "。" }, base: 5_000)
        try assertLinear("dated parties", { "要求:" + String(repeating: "县财政局于8月底前完成,", count: $0) + "。" }, base: 3_000)
        // Clauses compared with the parties found (persons opening clauses, chains of bodies):
        // past the most a sentence names, it is not read for them (was quadratic).
        try assertLinear("party chains", { "会议纪要\n请县财政局尽快拨付资金," + String(repeating: "县审计局做好审计,市交通局负责运输,李明副县长督办,", count: $0) + "。" }, base: 3_000)
        try assertLinear("bodies with deadlines", { "会议纪要\n请县财政局尽快拨付资金," + String(repeating: "县审计局6月底前做好审计,", count: $0) + "。" }, base: 3_000)
    }

    /// Closing brackets: a sentence ending in a long run of them (each one cut as unmatched),
    /// and many duty brackets after tasks, one per paragraph.
    func testBracketRuns() throws {
        try assertLinear("closing run", { "市发改委要落实" + String(repeating: ")", count: $0) + "。" }, base: 20_000)
        try assertLinear("duty brackets", { String(repeating: "1.推进审批改革。(市发改委牵头,市财政局配合)\n", count: $0) }, base: 2_000)
        try assertLinear("open brackets", { "一、任务" + String(repeating: "(〔【", count: $0) + "市发改委牵头)" }, base: 10_000)
    }

    func testMaxBytes() {
        XCTAssertThrowsError(try Parser(options: ParseOptions(maxBytes: 10)).parse(bytes: Array("十二个字节以上的文本".utf8), path: "x")) {
            XCTAssertEqual($0 as? DecodeError, .tooLarge(bytes: 30, limit: 10))
        }
    }
}
