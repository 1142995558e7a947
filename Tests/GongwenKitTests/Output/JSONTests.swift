import XCTest
@testable import GongwenKit

final class JSONTests: XCTestCase {
    func testWriterAgreesWithJSONEncoder() throws {
        for name in Fixture.corpusNames {
            let r = try Parser().parse(bytes: Fixture.bytes(name), path: name)
            let mine = try JSONDecoder().decode(ParseResult.self, from: Data(ResultJSON.encode(r)))
            let theirs = try JSONDecoder().decode(ParseResult.self, from: JSONEncoder().encode(r))
            XCTAssertEqual(mine, theirs, name)
            XCTAssertEqual(mine, r, name)
            let pretty = try JSONDecoder().decode(ParseResult.self, from: Data(ResultJSON.encode(r, pretty: true)))
            XCTAssertEqual(pretty, r)
        }
    }

    func testStreamingWritesTheSameBytes() throws {
        let r = try Parser().parse(bytes: Fixture.bytes(Fixture.seedName), path: "a")
        for pretty in [false, true] {
            var chunks: [[UInt8]] = []
            var w = JSONWriter(pretty: pretty, chunk: 1000) { chunks.append($0) }
            ResultJSON.write(r, &w)
            w.finish()
            XCTAssertGreaterThan(chunks.count, 10)
            XCTAssertEqual(chunks.flatMap { $0 } + (pretty ? [0x0A] : []), ResultJSON.encode(r, pretty: pretty))
        }
    }

    /// `gongwen parse --out` writes each document as it is built; the bytes must be those
    /// of encoding the whole result at once.
    func testDocumentStreamingWritesTheSameBytes() throws {
        for name in Fixture.corpusNames {
            let parser = Parser()
            let whole = try parser.parse(bytes: Fixture.bytes(name), path: name)
            for pretty in [false, true] {
                var out: [UInt8] = []
                let decoded = try parser.decode(bytes: Fixture.bytes(name), path: name)
                let (warnings, counts) = ResultJSON.stream(parser, decoded, pretty: pretty) { out += $0 }
                XCTAssertEqual(out, ResultJSON.encode(whole, pretty: pretty), name)
                XCTAssertEqual(counts.documents, whole.documents.count, name)
                XCTAssertEqual(counts.directives, whole.documents.reduce(0) { $0 + $1.directives.count }, name)
                XCTAssertEqual(counts.headings, whole.documents.reduce(0) { $0 + $1.sections.reduce(0) { $0 + $1.headingCount } }, name)
                XCTAssertEqual(warnings, whole.warnings, name)
            }
        }
    }

    /// Sections and directives go to the JSON sink unbuilt (their text copied straight from
    /// the cleaned text); the bytes must be those of the built values: titles with spaces
    /// (which `compactText` removes), inline items sorted among sub-sections, quotes and
    /// backslashes in body text, directives with and without spaces.
    func testUnbuiltPiecesWriteWhatBuiltOnesWould() throws {
        let text = """
        关于做好2024年"安全 生产"工作的通知
        各乡镇:
        一、总 体 要 求
        全年工作要点见 "附表\\1"。一是加强领导;二是落实责任;三是严格考核。
        (一)压实 责任
        各单位 要 加强 管理,6月底前完成排查。
        (二)强化"督查"
        县应急局要于9月1日前报送 C:\\temp 下的材料。
        二、保障措施
        各部门要密切配合。
        """
        let parser = Parser()
        let whole = try parser.parse(bytes: Array(text.utf8), path: "t")
        let sections = whole.documents.flatMap(\.sections)
        XCTAssertTrue(sections.contains { $0.children.contains { $0.inline } }, "inline items among the children")
        XCTAssertTrue(sections.contains { $0.title.contains("总体要求") }, "spaces left out of a title")
        XCTAssertGreaterThanOrEqual(whole.documents.flatMap(\.directives).count, 2)
        for pretty in [false, true] {
            var out: [UInt8] = []
            ResultJSON.stream(parser, try parser.decode(bytes: Array(text.utf8), path: "t"), pretty: pretty) { out += $0 }
            XCTAssertEqual(String(decoding: out, as: UTF8.self), String(decoding: ResultJSON.encode(whole, pretty: pretty), as: UTF8.self))
        }
    }

    func testEscapes() throws {
        var w = JSONWriter()
        w.beginArray(); w.element(); w.string("a\"b\\c\n\t\u{01}中"); w.element(); w.double(2.5); w.element(); w.double(100); w.element(); w.double(nil); w.endArray()
        let v = try JSONSerialization.jsonObject(with: Data(w.bytes)) as! [Any]
        XCTAssertEqual(v[0] as? String, "a\"b\\c\n\t\u{01}中")
        XCTAssertEqual(v[1] as? Double, 2.5)
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self).contains("100,"), true)
    }

    /// The word-at-a-time escape test agrees with a byte-by-byte one, at every length and
    /// position (a match in a word's last byte, in the tail, next to multi-byte characters).
    func testEscapeScanAgreesWithByteScan() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA0, 0xE4, 0xB8, 0xAD, 0xFF, 0x41]
        for n in 0..<70 {
            for _ in 0..<200 {
                // Mostly bytes that need no escape, so hits are rare and land anywhere.
                var bytes: [UInt8] = []
                for _ in 0..<n {
                    let rare = Int.random(in: 0..<10, using: &rng) == 0
                    bytes.append(rare ? alphabet.randomElement(using: &rng)! : UInt8.random(in: 0x20...0xFF, using: &rng))
                }
                let naive = bytes.contains { (b: UInt8) -> Bool in b < 0x20 || b == 0x22 || b == 0x5C }
                XCTAssertEqual(bytes.withUnsafeBufferPointer { JSONWriter.needsEscape($0) }, naive, "\(bytes)")
            }
        }
    }

    /// Integers are written two digits at a time: every length, and the zeros inside; pairs
    /// (spans) in one write.
    func testIntegersAsDecimalText() {
        var values = [0, 1, 9, 10, 11, 99, 100, 101, 105, 1000, 1009, 12345, 100_000, Int.max, -1, -250]
        var p = 1
        for _ in 0..<18 { p *= 10; values += [p - 1, p, p + 1, p + 7] }
        for _ in 0..<2000 { values.append(Int.random(in: 0...10_000_000)) }
        for v in values {
            var w = JSONWriter()
            w.int(v)
            XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), String(v))
            let u = values.randomElement()!
            var pw = JSONWriter(), pp = JSONWriter(pretty: true)
            pw.pair(v, u); pp.pair(v, u)
            XCTAssertEqual(String(decoding: pw.bytes, as: UTF8.self), "[\(v),\(u)]")
            XCTAssertEqual(String(decoding: pp.bytes, as: UTF8.self), "[\(v), \(u)]")
        }
    }

    /// Member names are copied in overlapping word moves: every length up to 40 copies
    /// exactly the name, and nothing before or after it is touched.
    func testNameCopyEveryLength() {
        for n in 0...40 {
            let src = (0..<n).map { _ in UInt8.random(in: 0x61...0x7A) }
            var dst = [UInt8](repeating: 0xEE, count: n + 16)
            src.withUnsafeBufferPointer { s in
                dst.withUnsafeMutableBufferPointer { d in
                    JSONWriter.copyName(s.baseAddress ?? UnsafePointer(bitPattern: 1)!, n, to: d.baseAddress! + 8)
                }
            }
            XCTAssertEqual(Array(dst[8..<8 + n]), src, "length \(n)")
            XCTAssertEqual(Array(dst[..<8]) + Array(dst[(8 + n)...]), [UInt8](repeating: 0xEE, count: 16), "length \(n)")
        }
    }

    /// Nesting deeper than the writer's stack starts out, and output larger than its buffer
    /// starts out, both grow in place. (A writer cannot be copied: it is `~Copyable`.)
    func testDeepNestingAndGrowth() {
        var c = JSONWriter(pretty: true)
        for _ in 0..<40 { c.beginArray(); c.element() }
        c.null(); for _ in 0..<40 { c.endArray() }
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(c.bytes)) as? NSArray)
        XCTAssertEqual(String(decoding: c.bytes, as: UTF8.self).filter { !$0.isWhitespace }, String(repeating: "[", count: 40) + "null" + String(repeating: "]", count: 40))
        var big = JSONWriter(capacity: 64)
        big.beginArray()
        for n in 0..<5000 { big.element(); big.string("第\(n)项") }
        big.endArray()
        let back = try? JSONSerialization.jsonObject(with: Data(big.bytes)) as? [String]
        XCTAssertEqual(back?.count, 5000)
        XCTAssertEqual(back?.last, "第4999项")
    }

    func testDeterministic() throws {
        let bytes = Fixture.bytes(Fixture.seedName)
        XCTAssertEqual(ResultJSON.encode(try Parser().parse(bytes: bytes, path: "a")), ResultJSON.encode(try Parser().parse(bytes: bytes, path: "a")))
    }

    func testEverySpanPointsAtWhatTheItemSays() throws {
        // The source substring under each span, with the cleanup's removals, is the item's text.
        for name in Fixture.corpusNames {
            let src = Scalars(Fixture.text(name))
            let r = try Parser().parse(bytes: Fixture.bytes(name), path: name)
            let ct = Cleanup.clean(src)
            // What cleanup kept of a source span: the code points whose source offsets lie in
            // it (a page number dropped inside a sentence is not among them).
            func kept(_ span: Span) -> String {
                var lo = 0, hi = ct.count
                while lo < hi { let m = (lo + hi) / 2; if ct.origin(m) < span.start { lo = m + 1 } else { hi = m } }
                var out = String.UnicodeScalarView()
                var i = lo
                while i < ct.count, ct.origin(i) < span.end { out.append(ct.display(i)); i += 1 }
                return String(out)
            }
            func check(_ text: String, _ span: Span, _ line: Int, _ what: String) {
                XCTAssertTrue(span.start >= 0 && span.start <= span.end && span.end <= src.count, "\(name) \(what)")
                let sub = src.string(span.start..<span.end).filter { !$0.isWhitespace }
                let cleaned = kept(span).filter { !$0.isWhitespace }
                let want = text.filter { !$0.isWhitespace }
                XCTAssertTrue(sub.contains(want) || want.contains(sub) || cleaned.contains(want) || want.contains(cleaned),
                              "\(name) \(what): '\(sub)' (kept '\(cleaned)') vs '\(want)'")
                XCTAssertEqual(ct.line(ofSource: span.start), line, "\(name) \(what) line")
            }
            for d in r.documents {
                for x in d.deadlines { check(x.text, x.span, x.line, "deadline \(x.text)") }
                for x in d.percentages { check(x.text, x.span, x.line, "percentage \(x.text)") }
                for x in d.directives { check(x.text, x.span, x.line, "directive") }
                func walk(_ ss: [Section]) {
                    for s in ss {
                        check(s.marker + s.title, s.span, s.line, "section \(s.marker)")
                        for p in s.body { check(p.text, p.span, p.line, "body") }
                        walk(s.children)
                    }
                }
                walk(d.sections)
            }
        }
    }
}
