import Foundation
import XCTest
@testable import GongwenKit

/// Random texts built from the pieces real archives are made of: heading markers,
/// numerals, dates, percentages, cue words, punctuation, CJK, spaces and line ends.
struct TextGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {   // SplitMix64
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    static let pieces = [
        "一、", "二、", "十一、", "（一）", "(二)", "1、", "2.", "3．", "(3)", "①", "⑵", "㈢", "第一，", "第二,", "第三章 ", "第十条 ", "A.",
        "篇一:", "第二篇:", "篇", "会议决定：", "会议要求:", "同志们：", "附件1", "附件：1.方案",
        "8月底前", "2021年6月", "9月中旬前", "年底前", "第四季度", "年内", "本月底", "10月中旬省环保督察回头看前", "截至8月底", "1-8月份",
        "5个工作日内", "二〇一三年四月八日", "2.3%", "-7.9%", "百分之十", "3.2个百分点", "xxx%", "20%以上", "不到50%", "5‰", "PM2.5", "2/3",
        "要", "必须", "严禁", "确保", "希望", "重要", "要求不具体", "由李学文副镇长负责", "州农业农村局牵头", "吉首市、凤凰县要", "各县市要",
        "、", "，", ",", "。", "；", "：", "！", "？", "“", "”", "(", ")", "《", "》", "—", "…",
        " ", "  ", "　", "　　", "\n", "\n", "\n\n", "\r\n", "\r", "\t",
        "切 实", "营经 济", "１２", "ＡＢ", "abc def", "5G", "1.56万", "2019 134", "\u{200B}", "\u{00A0}", "\u{FEFF}",
        "工作", "推进", "发展", "改革", "县", "局", "项目", "会议", "同志", "市自然资源和规划局", "國家", "會議決定", "𠀀",
    ]

    mutating func text() -> String {
        var s = ""
        for _ in 0..<(20 + int(180)) { s += Self.pieces[int(Self.pieces.count)] }
        return s
    }

    /// Whole lines as documents are made of: headings of every style with short titles, runs
    /// of them (a contents list with titles too short to look for once crashed), fields,
    /// tables with tabs or spaces between cells, labels, dates, dividers, salutations.
    static let markers = ["一、", "（二）", "(三)", "1.", "2、", "(4)", "⑤", "第一章 ", "第二条 ", "第三,", "第四点,", "A."]
    static let titles = ["总则", "目标", "加强领导", "压实责任强化督查", "主要任务和分工", "附则"]
    static let lines = [
        "各单位要高度重视。", "由县财政局负责,6月底前完成。", "会议决定:", "请县住建局于5月20日前报送方案。", "全县完成投资12.5亿元,增长8.3%。",
        "同志们:", "时间:2024年3月5日 地点:县政府会议室", "参会人员:张三、李四", "序号", "工作任务", "牵头单位", "完成时限", "1", "县交通局",
        "2024年10月底前", "长期坚持", "XX县人民政府", "2024年3月1日", "附件:1.方案", "附件1", "第一篇", "(此件公开发布)", "关于做好防汛工作的通知",
        "在全县工作会议上的讲话", "现将《XX方案》印发给你们,请认真贯彻执行。", "XX方案", "严禁违规作业。", "要求各单位按时报送。",
        "会议责成县住建局会同县公安局于7月15日前拿出方案。", "首页 > 新闻 > 通知", "— 3 —", "序号\t工作任务\t牵头单位", "1\t修路\t县交通局",
        "序号 工作任务 牵头单位 完成时限", "1 修路 县交通局 6月底前", "(2024—2026年)", "目 录", "XX市2024年政府工作报告", "过去一年,收入分别增长5.1%和", "",
    ]

    mutating func document() -> String {
        var out: [String] = []
        for _ in 0..<(1 + int(30)) {
            switch int(10) {
            case 0...3: out.append(Self.markers[int(Self.markers.count)] + Self.titles[int(Self.titles.count)])
            case 4: out.append(Self.markers[int(Self.markers.count)] + Self.titles[int(Self.titles.count)] + Self.lines[int(Self.lines.count)])
            default: out.append(Self.lines[int(Self.lines.count)])
            }
        }
        return out.joined(separator: "\n") + ["", "\n", "\n\n"][int(3)]
    }
}

final class PropertyTests: XCTestCase {
    static let count = 1000

    func norm(_ s: String) -> String {
        String(s.unicodeScalars.filter { !$0.properties.isWhitespace && !$0.isZeroWidth && $0 != "\u{FEFF}" }.map(Character.init))
    }

    func check(_ text: String, _ r: ParseResult, _ label: String) {
        let src = Scalars(String(String.UnicodeScalarView(SourceDecoder.normalizeNewlines(Scalars(text)).drop { $0 == "\u{FEFF}" })))
        let ct = Cleanup.clean(src)
        func inside(_ span: Span, _ line: Int, _ what: String) {
            XCTAssertTrue(0 <= span.start && span.start <= span.end && span.end <= src.count, "\(label) \(what) span \(span) of \(src.count)")
            guard span.end <= src.count, span.start <= span.end else { return }
            XCTAssertEqual(ct.line(ofSource: span.start), line, "\(label) \(what) line")
        }
        for d in r.documents {
            XCTAssertLessThanOrEqual(d.lines[0], d.lines[1], label)
            for x in d.deadlines {
                inside(x.span, x.line, "deadline")
                if x.span.end <= src.count { XCTAssertEqual(norm(src.string(x.span.start..<x.span.end)), norm(x.text), "\(label) deadline text") }
            }
            for x in d.percentages {
                inside(x.span, x.line, "percentage")
                if x.span.end <= src.count { XCTAssertEqual(norm(src.string(x.span.start..<x.span.end)), norm(x.text), "\(label) percentage text") }
            }
            for x in d.directives { inside(x.span, x.line, "directive") }
            for x in d.responsibilities { inside(x.span, x.line, "responsibility") }
            for x in d.outline { inside(x.span, x.line, "outline") }
            func walk(_ ss: [Section], parent: Span?) {
                var last = -1
                for s in ss {
                    inside(s.span, s.line, "section")
                    if let p = parent { XCTAssertGreaterThanOrEqual(s.span.start, p.start, "\(label) child starts inside its parent") }
                    XCTAssertGreaterThanOrEqual(s.span.start, last, "\(label) siblings in order")
                    last = s.span.start
                    for b in s.body { inside(b.span, b.line, "body") }
                    walk(s.children, parent: s.span)
                }
            }
            walk(d.sections, parent: nil)
        }
    }

    func testRandomTextsKeepEveryInvariant() throws {
        var gen = TextGenerator(seed: 20261127)
        let parser = Parser()
        for n in 0..<Self.count {
            let text = gen.text()
            let r = try parser.parse(bytes: Array(text.utf8), path: "p")
            check(text, r, "case \(n)")
            // Deterministic; and the JSON streamed piece by piece (as `parse --out` writes
            // it) is the JSON of the whole result.
            var streamed: [UInt8] = []
            ResultJSON.stream(parser, try parser.decode(bytes: Array(text.utf8), path: "p")) { streamed += $0 }
            XCTAssertEqual(streamed, ResultJSON.encode(r), "case \(n)")
            // The same items whatever the encoding.
            if n % 3 == 0 {
                for (cs, bom) in [("GB18030", [UInt8]()), ("UTF-16LE", [0xFF, 0xFE])] {
                    guard let bytes = ICU.encode(text, charset: cs) else { continue }
                    let other = try parser.parse(bytes: bom + bytes, path: "p")
                    XCTAssertEqual(other.documents, r.documents, "case \(n) in \(cs)")
                }
            }
        }
    }

    func testLineStructuredDocumentsKeepEveryInvariant() throws {
        var gen = TextGenerator(seed: 20261128)
        let parser = Parser()
        for n in 0..<Self.count {
            let text = gen.document()
            guard let r = try? parser.parse(bytes: Array(text.utf8), path: "p") else { continue }   // an empty text is an error
            check(text, r, "document \(n)")
        }
    }

    func testRandomBytesNeverCrash() {
        var gen = TextGenerator(seed: 7)
        let parser = Parser()
        for _ in 0..<200 {
            let n = gen.int(2000)
            var bytes = (0..<n).map { _ in UInt8(truncatingIfNeeded: gen.next()) }
            // Half of them start as text and are damaged.
            if gen.int(2) == 0 { bytes = Array(gen.text().utf8); if !bytes.isEmpty { bytes[gen.int(bytes.count)] = UInt8(truncatingIfNeeded: gen.next()) } }
            do { _ = try parser.parse(bytes: bytes, path: "x") } catch { XCTAssertTrue(error is DecodeError) }
        }
    }
}
