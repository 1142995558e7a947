import XCTest
@testable import GongwenKit

final class NumeralsAndMarkersTests: XCTestCase {
    func cn(_ s: String) -> Int? { let k = Scalars(s); return Numerals.chineseInteger(k, 0..<k.count) }

    func testChineseIntegers() {
        XCTAssertEqual(cn("十一"), 11)
        XCTAssertEqual(cn("二十三"), 23)
        XCTAssertEqual(cn("一百零五"), 105)
        XCTAssertEqual(cn("两千"), 2000)
        XCTAssertEqual(cn("二〇二一"), 2021)
        XCTAssertEqual(cn("二○○一"), 2001)   // 〇 typed as a circle
        XCTAssertEqual(cn("三万五千"), 35000)
        XCTAssertEqual(cn("百"), 100)         // 百分之百
        XCTAssertNil(cn("会"))
        XCTAssertEqual(Numerals.chinese(Scalars("三点五"), at: 0)?.value, 3.5)
        XCTAssertEqual(Numerals.arabic(Scalars("1,234.5"), at: 0)?.value, 1234.5)
        XCTAssertEqual(Numerals.arabic(Scalars("2.3%"), at: 0)?.value, 2.3)
    }

    func marker(_ s: String) -> Marker? { let k = KeyFold.fold(Scalars(s)); return Markers.marker(k, at: 0, end: k.count) }

    func testMarkers() {
        let cases: [(String, String, Int)] = [
            ("一、总体要求", "cjk-dun", 1), ("（三）工作措施", "cjk-paren", 3), ("(十二)附则", "cjk-paren", 12),
            ("1、项目", "arabic-dun", 1), ("2．任务", "arabic-dot", 2), ("3. 任务", "arabic-dot", 3), ("(1)老城区", "arabic-paren", 1),
            ("①一是", "circled", 1), ("⑵二", "arabic-paren", 2), ("㈢三", "cjk-paren", 3), ("第一,要坚决", "cjk-ordinal", 1),
            ("第十一、要", "cjk-ordinal", 11), ("第一章 总则", "chapter", 1), ("第二节 目标", "jie", 2), ("第一百零五条 附则", "article", 105),
            ("A.总则", "latin", 1), ("二十三、其他", "cjk-dun", 23), ("第二点,要及时整改", "cjk-ordinal", 2),
            // `(一)` that lost its opening bracket.
            ("二)强化隐患排查", "cjk-paren", 2), ("三）加强监测", "cjk-paren", 3),
            // Dingbat circled digits.
            ("❶加强领导", "circled", 1), ("➁强化保障", "circled", 2), ("➓附则", "circled", 10),
            // Brackets some copies print instead of ( ).
            ("〔二〕尊重和保障民主权利", "cjk-paren", 2), ("〔3〕村集体土地", "arabic-paren", 3),
            // Outline numbers of emergency plans, a style per depth.
            ("1 总则", "decimal-1", 1), ("2组织指挥体系及职责", "decimal-1", 2), ("1.1编制目的", "decimal-2", 1),
            ("1.4 工作原则", "decimal-2", 4), ("1.4.2 坚持统一指挥", "decimal-3", 2), ("2.3.1.2 镇防指职责", "decimal-4", 2),
            // A stray space before the mark.
            ("1 .坚持统筹推进", "arabic-dot", 1), ("2 、加强领导", "arabic-dun", 2),
        ]
        for (s, style, ord) in cases {
            let m = marker(s)
            XCTAssertEqual(m?.style.rawValue, style, s)
            XCTAssertEqual(m?.ordinal, ord, s)
        }        // A point named, not numbered off: no marker.
        XCTAssertNil(marker("第一点体会是要坚持学习"))
        XCTAssertNil(marker("一)二季度"))
        // A list counts up (一、二季度, 三、四月份); a numeral not above the first, or a year, is
        // the title's.
        for (s, ord) in [("一、一季度工作总结", 1), ("三、二季度工作计划", 3), ("一、二〇二三年工作回顾", 1), ("二、两年来的主要工作", 2)] {
            XCTAssertEqual(marker(s)?.ordinal, ord, s)
        }
        XCTAssertNil(marker("三、四月份完成春播"))
        XCTAssertNil(marker("〔2019〕5号"))
        // Numbers that count, measure or tell a time; a bare number before a sentence.
        for s in ["1.5万亩高标准农田全部建成", "3.2亿元资金已拨付", "7.20前完成全部整改", "2024.4.10前完成", "12.5%的村完成改造",
                  "3 个工作日内完成", "4.5公里道路", "0.5 总则", "2 负责人:张三", "1 县财政局要加强监管,确保资金安全",
                  "2024年工作要点", "3月底前完成", "3 . 5万元", "3 .5"] {
            XCTAssertNil(marker(s), s)
        }
        XCTAssertNil(marker("〔一)混用"))
    }

    /// Per-style tables are indexed by `MarkerStyle.index`: distinct for every style and
    /// inside the 32 slots; each slot keeps its own ordinal.
    func testStyleTablesKeepEachStyleApart() {
        let styles = MarkerStyle.allCases
        XCTAssertEqual(Set(styles.map(\.index)).count, styles.count)
        XCTAssertTrue(styles.allSatisfy { $0.index >= 0 && $0.index < 32 })
        var table = StyleOrdinals(), set = StyleSet()
        for (n, s) in styles.enumerated() where n % 2 == 0 { table[s] = n * 25 + 1; set.insert(s) }
        for (n, s) in styles.enumerated() {
            XCTAssertEqual(table[s], n % 2 == 0 ? n * 25 + 1 : nil, s.rawValue)
            XCTAssertEqual(set.contains(s), n % 2 == 0, s.rawValue)
        }
        table[.cjkDun] = nil
        XCTAssertNil(table[.cjkDun])
        // The public rank table is the enum's, for the numbered styles.
        XCTAssertEqual(Markers.defaultRank["cjk-paren"], 6)
        XCTAssertEqual(Markers.defaultRank.count, 19)
        XCTAssertEqual(Markers.defaultRank["decimal-2"], 7)
    }

    func testNumbersInSentencesAreNotMarkers() {
        for s in ["1.56万剩余贫困人口", "2.3%", "5G场景", "2个核心", "1-8 月份", "第一季度", "一、二季度", "2019年", "第五篇:讲话"] {
            XCTAssertNil(marker(s), s)
        }
    }

    func testDates() {
        let k = Scalars("二〇一三年四月八日")
        XCTAssertEqual(Dates.scan(k, at: 0)?.iso, "2013-04-08")
        XCTAssertEqual(Dates.scan(Scalars("2011年6月7日9:00"), at: 0)?.iso, "2011-06-07")
        XCTAssertEqual(Dates.scan(Scalars("9月15日"), at: 0)?.iso, "--09-15")
        XCTAssertEqual(Dates.scan(Scalars("2024年元月8日"), at: 0)?.iso, "2024-01-08")
        XCTAssertNil(Dates.scan(Scalars("13月"), at: 0))
        // A year whose 〇 was typed as a letter O or a figure 0.
        XCTAssertEqual(Dates.scan(Scalars("二O一O年七月三日"), at: 0)?.iso, "2010-07-03")
        XCTAssertEqual(Dates.scan(Scalars("二0二三年五月"), at: 0)?.iso, "2023-05")
        for s in ["OO一O年", "二O一年", "一O年"] { XCTAssertNil(Dates.scan(Scalars(s), at: 0)?.year, s) }
        // Figures only, as websites stamp pages (head matter only).
        XCTAssertEqual(Dates.scanNumeric(Scalars("2019-01-23 16:40"), at: 0)?.iso, "2019-01-23")
        XCTAssertEqual(Dates.scanNumeric(Scalars("2019/1/5"), at: 0)?.iso, "2019-01-05")
        XCTAssertEqual(Dates.scanNumeric(Scalars("2019.12.31"), at: 0)?.iso, "2019-12-31")
        for s in ["2019-13-01", "2019-01/23", "2023-2025", "20190-01-23", "2019-01-234", "1-8-2019"] {
            XCTAssertNil(Dates.scanNumeric(Scalars(s), at: 0), s)
        }
    }
}

/// Word sets answer through tries; they must agree with a plain search.
final class WordSetTests: XCTestCase {
    /// The eight-at-a-time code-point search finds what a plain loop finds: every length
    /// around the block size, every start, matches anywhere (or nowhere).
    func testCodePointSearchAgreesWithALoop() {
        for n in 0..<40 {
            for _ in 0..<30 {
                let text: Scalars = (0..<n).map { _ in Int.random(in: 0..<12) == 0 ? "\n" : ["中", "a", "\r", "。"].randomElement()! }
                for from in 0...n {
                    for c: Unicode.Scalar in ["\n", "\r", "x"] {
                        let naive = (from..<n).first { text[$0] == c } ?? n
                        XCTAssertEqual(text.withUnsafeBufferPointer { firstIndex(of: c, in: $0, from: from) }, naive, "\(text) \(from) \(c)")
                    }
                }
            }
        }
    }

    func testMatchAgreesWithPlainSearch() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Scalars("要求确保严禁负责牵头落实一二三部门局委办𠀋a1")
        for _ in 0..<50 {
            let words = (0..<Int.random(in: 1...60, using: &rng)).map { _ in
                String(String.UnicodeScalarView((0..<Int.random(in: 1...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }))
            }
            let set = WordSet(words)
            let text = (0..<200).map { _ in alphabet.randomElement(using: &rng)! }
            let scalarWords = Set(words).map { Scalars($0) }
            for i in 0..<text.count {
                let longest = scalarWords.filter { text.has($0, at: i) }.map(\.count).max()
                XCTAssertEqual(set.match(text, at: i)?.count, longest)
                let ending = scalarWords.filter { i + 1 >= $0.count && text.has($0, endingAt: i + 1) }.map(\.count).max()
                XCTAssertEqual(set.match(text, endingAt: i + 1)?.count, ending)
            }
            // Bounded look-ups: a word must end by `limit`, or start at or after `floor`.
            for _ in 0..<100 {
                let i = Int.random(in: 0..<text.count, using: &rng), bound = Int.random(in: 0...text.count, using: &rng)
                let inside = scalarWords.filter { i + $0.count <= bound && text.has($0, at: i) }.map(\.count).max()
                XCTAssertEqual(set.match(text, at: i, limit: bound)?.count, inside)
                let after = scalarWords.filter { i + 1 - $0.count >= bound && text.has($0, endingAt: i + 1) }.map(\.count).max()
                XCTAssertEqual(set.match(text, endingAt: i + 1, floor: bound)?.count, after)
                if let n = set.find(text, at: i) {
                    XCTAssertEqual(set.word(n), set.match(text, at: i))
                    XCTAssertEqual(Scalars(set.words[n]), set.word(n), "a word's number names it in `words` too")
                }
            }
            for w in words { XCTAssertTrue(set.contains(w)) }
            XCTAssertFalse(set.contains("不在其中的词"))
            XCTAssertFalse(set.contains(""))
        }
    }

    func testScalarIndexWithManyKeys() {
        let keys = (0..<5000).map { Unicode.Scalar(UInt32(0x4E00 + $0 * 7))! }
        let index = ScalarIndex(keys.enumerated().map { ($1, $0) })
        for (n, k) in keys.enumerated() { XCTAssertEqual(index[k], n) }
        XCTAssertNil(index["a"])
        XCTAssertNil(index[Unicode.Scalar(UInt32(0x4E01))!])
    }

    /// Numbers in markers and dates are read without making a String; the reading is
    /// `Int(String)`'s, overflow and empty ranges included.
    func testASCIIIntegersReadAsIntDoes() {
        for t in ["", "0", "007", "12", "2024", "9223372036854775807", "9223372036854775808", "12a", "a", "1.5"] {
            let s = Scalars(t)
            XCTAssertEqual(s.asciiInt(0..<s.count), Int(t), t)
        }
        let s = Scalars("第12条")
        XCTAssertEqual(s.asciiInt(1..<3), 12)
    }
}
