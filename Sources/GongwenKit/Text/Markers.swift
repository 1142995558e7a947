// Heading markers: 一、 (一) 1、 1. (1) ① ⑴ ㈠ 第一, 第一章 第一节 第一条 A. Ⅰ. — read from
// key-form text (full-width brackets and punctuation already folded).

/// A heading's numbering family; the raw value is the name the output gives it. An enum,
/// not a string: headings are compared, ranked and copied by style many times a document
/// (a string cost a hash, a comparison or a reference count each time).
public enum MarkerStyle: String, Sendable, CaseIterable {
    case cjkDun = "cjk-dun", cjkDot = "cjk-dot", cjkParen = "cjk-paren"
    case arabicDun = "arabic-dun", arabicDot = "arabic-dot", arabicParen = "arabic-paren", arabicHalfparen = "arabic-halfparen"
    case circled, cjkOrdinal = "cjk-ordinal", chapter, jie, article, part, latin, roman
    /// Outline numbers as emergency plans and technical texts write them: `1 总则`, `1.1 编制目的`,
    /// `1.4.1 …`, one style per depth.
    case decimal1 = "decimal-1", decimal2 = "decimal-2", decimal3 = "decimal-3", decimal4 = "decimal-4"
    /// Headings without a marker: labels (会议决定:) and inline items (一是…, 首先…).
    case label, inlineShi = "inline-shi", inlineYao = "inline-yao", inlineZhua = "inline-zhua", inlineSeq = "inline-seq"

    /// GB/T 9704-2012's order, then custom: the prior for levels a text does not show
    /// (99 for styles outside it).
    public var defaultRank: Int {
        switch self {
        case .part: return 0
        case .chapter: return 1
        case .jie: return 2
        case .article: return 3
        case .cjkOrdinal: return 4
        case .cjkDun, .cjkDot, .roman, .decimal1: return 5
        case .cjkParen: return 6
        case .arabicDun, .arabicDot, .latin, .decimal2: return 7
        case .arabicParen, .decimal3: return 8
        case .arabicHalfparen, .decimal4: return 9
        case .circled: return 10
        case .label, .inlineShi, .inlineYao, .inlineZhua, .inlineSeq: return 99
        }
    }
    /// 编, 章, 节, 条: levels whose order is fixed whatever a text shows first.
    var isLegalLevel: Bool { defaultRank <= MarkerStyle.article.defaultRank }
    /// Bracketed styles, which may open a list one level down inside a heading's text.
    var isBracketed: Bool { self == .cjkParen || self == .arabicParen }

    /// A small number for each style (0 ..< 32), for per-style tables held inline.
    var index: Int {
        switch self {
        case .cjkDun: return 0
        case .cjkDot: return 1
        case .cjkParen: return 2
        case .arabicDun: return 3
        case .arabicDot: return 4
        case .arabicParen: return 5
        case .arabicHalfparen: return 6
        case .circled: return 7
        case .cjkOrdinal: return 8
        case .chapter: return 9
        case .jie: return 10
        case .article: return 11
        case .part: return 12
        case .latin: return 13
        case .roman: return 14
        case .label: return 15
        case .inlineShi: return 16
        case .inlineYao: return 17
        case .inlineZhua: return 18
        case .inlineSeq: return 19
        case .decimal1: return 20
        case .decimal2: return 21
        case .decimal3: return 22
        case .decimal4: return 23
        }
    }
}

/// The latest ordinal of each marker style, held inline (no allocation, copied as a
/// value): what the heading scans keep per style. Ordinals are 1 ... 500 (`finish`), so a
/// 16-bit slot holds one and 0 means none yet.
struct StyleOrdinals {
    private var slots = SIMD32<UInt16>()
    subscript(_ s: MarkerStyle) -> Int? {
        get { let x = slots[s.index]; return x == 0 ? nil : Int(x) }
        set { slots[s.index] = UInt16(clamping: max(0, newValue ?? 0)) }
    }
}

/// A set of marker styles as bits.
struct StyleSet {
    private var bits: UInt32 = 0
    func contains(_ s: MarkerStyle) -> Bool { bits & (1 << UInt32(s.index)) != 0 }
    mutating func insert(_ s: MarkerStyle) { bits |= 1 << UInt32(s.index) }
}

public struct Marker: Equatable, Sendable {
    /// The marker family: cjk-dun, cjk-dot, cjk-paren, arabic-dun, arabic-dot, arabic-paren,
    /// arabic-halfparen, circled, cjk-ordinal, chapter, jie, article, part, latin, roman.
    public var style: MarkerStyle
    public var ordinal: Int
    /// The marker's code points, punctuation included.
    public var range: Range<Int>
}

public enum Markers {
    /// GB/T 9704-2012's order, then custom: the prior for levels a text does not show.
    public static let defaultRank: [String: Int] = Dictionary(uniqueKeysWithValues:
        MarkerStyle.allCases.filter { $0.defaultRank < 99 }.map { ($0.rawValue, $0.defaultRank) })

    static let chapterWords: [(Scalars, MarkerStyle)] = [(Scalars("章"), .chapter), (Scalars("节"), .jie),
                                                    (Scalars("条"), .article), (Scalars("部分"), .part)]

    /// Marks that set off list items without numbering them: `solidBullets` are nothing else;
    /// `bullets` adds the hyphen, dash, middle dot and circle, which may also be punctuation or
    /// a zero (`二○一一`), so they count only where an item is expected.
    static let solidBulletChars = "•●◆◇■□▪▲△★☆"
    static let solidBullets = ScalarSet(solidBulletChars.unicodeScalars)
    static let bullets = ScalarSet((solidBulletChars + "-—·○").unicodeScalars)

    /// A marker starting exactly at `i`, or nil. `end` bounds the look.
    public static func marker(_ s: Scalars, at i: Int, end: Int) -> Marker? {
        guard i < end else { return nil }
        let c = s[i]
        // Single code point markers.
        let v = c.value
        // Markers of one code point lie in U+2160–U+325F (Han and ASCII pass one test).
        if v &- 0x2160 < 0x3260 - 0x2160 {
            if (0x2460...0x2473).contains(v) { return finish(s, Marker(style: .circled, ordinal: Int(v - 0x2460 + 1), range: i..<i + 1), end) }
            if (0x3251...0x325F).contains(v) { return finish(s, Marker(style: .circled, ordinal: Int(v - 0x3251 + 21), range: i..<i + 1), end) }
            // Dingbat circled digits, as ①: ❶–❿, ➀–➉, ➊–➓.
            if (0x2776...0x2793).contains(v) { return finish(s, Marker(style: .circled, ordinal: Int((v - 0x2776) % 10 + 1), range: i..<i + 1), end) }
            if (0x2474...0x2487).contains(v) { return finish(s, Marker(style: .arabicParen, ordinal: Int(v - 0x2474 + 1), range: i..<i + 1), end) }
            if (0x2488...0x249B).contains(v) { return finish(s, Marker(style: .arabicDot, ordinal: Int(v - 0x2488 + 1), range: i..<i + 1), end) }
            if (0x3220...0x3229).contains(v) { return finish(s, Marker(style: .cjkParen, ordinal: Int(v - 0x3220 + 1), range: i..<i + 1), end) }
            if (0x2160...0x216B).contains(v) {
                var j = i + 1
                if j < end, s[j] == "." || s[j] == "、" { j += 1 }
                return finish(s, Marker(style: .roman, ordinal: Int(v - 0x2160 + 1), range: i..<j), end)
            }
        }
        // (一), and 〔一〕 as some copies print it (a figure in 〔〕 is a document number's year
        // only with four digits: `〔2019〕`).
        if c == "(" || c == "〔" {
            let close: Unicode.Scalar = c == "(" ? ")" : "〕"
            if i + 1 < end, s[i + 1].isASCIIDigit {
                var j = i + 1
                while j < end, s[j].isASCIIDigit, j - i <= 3 { j += 1 }
                guard j < end, s[j] == close, let n = s.asciiInt(i + 1..<j) else { return nil }
                var k = j + 1
                if k < end, s[k] == "、" || s[k] == "." { k += 1 }
                return finish(s, Marker(style: .arabicParen, ordinal: n, range: i..<k), end)
            }
            let run = Numerals.chineseRun(s, from: i + 1, limit: end)
            guard !run.isEmpty, run.count <= 4, run.upperBound < end, s[run.upperBound] == close,
                  let n = Numerals.chineseInteger(s, run) else { return nil }
            var k = run.upperBound + 1
            if k < end, s[k] == "、" || s[k] == "." { k += 1 }
            return finish(s, Marker(style: .cjkParen, ordinal: n, range: i..<k), end)
        }
        if c.isASCIIDigit {
            var j = i
            while j < end, s[j].isASCIIDigit { j += 1 }
            guard j - i <= 3, j < end, let n = s.asciiInt(i..<j) else { return nil }
            // `1 .坚持…`, `2 、…`: a stray space before the mark, as copies leave them.
            if s[j] == " ", j + 2 < end, s[j + 1] == "、" || s[j + 1] == ".", s[j + 2].isHan {
                return finish(s, Marker(style: s[j + 1] == "、" ? .arabicDun : .arabicDot, ordinal: n, range: i..<j + 2), end)
            }
            switch s[j] {
            case "、": return finish(s, Marker(style: .arabicDun, ordinal: n, range: i..<j + 1), end)
            case ".":
                // `1.1 编制目的`; 1.56万 and 2.3% are numbers, not markers.
                if j + 1 < end, s[j + 1].isASCIIDigit { return decimal(s, i, end) }
                if j + 1 < end, s[j + 1] == "%" { return nil }
                return finish(s, Marker(style: .arabicDot, ordinal: n, range: i..<j + 1), end)
            case ")": return finish(s, Marker(style: .arabicHalfparen, ordinal: n, range: i..<j + 1), end)
            default:
                // `1 总则`, `1总则`: a bare number before a short title of its own line.
                guard j - i <= 2, end - i <= Self.bareNumberLine else { return nil }
                var k = j
                while k < end, s[k] == " " { k += 1 }
                guard k < end, s[k].isHan, !notOutlineTitle.contains(s[k]),
                      // (nor a table's row: cells set apart by spaces, `1 县财政局 负责资金保障`)
                      !s[k..<end].contains(where: { $0.isClauseBreak || $0.isSentenceEnd || $0 == ":" || $0 == " " || $0.isASCIIDigit }) else { return nil }
                return finish(s, Marker(style: .decimal1, ordinal: n, range: i..<j), end)
            }
        }
        if c == "第" {
            let run = Numerals.chineseRun(s, from: i + 1, limit: end)
            var numEnd = run.upperBound
            var n = run.isEmpty ? nil : Numerals.chineseInteger(s, run)
            if run.isEmpty {
                var j = i + 1
                while j < end, s[j].isASCIIDigit { j += 1 }
                if j > i + 1 { n = s.asciiInt(i + 1..<j); numEnd = j }
            }
            guard let ord = n, numEnd < end, numEnd - i <= 5 else { return nil }
            // 第一点, as speeches number their points: the same marker as 第一,.
            if s[numEnd] == "点", !run.isEmpty, numEnd + 1 < end { numEnd += 1 }
            let next = s[numEnd]
            if next == "," || next == "、" || next == ":" {
                guard !run.isEmpty else { return nil }
                return finish(s, Marker(style: .cjkOrdinal, ordinal: ord, range: i..<numEnd + 1), end)
            }
            for (w, style) in chapterWords where s.has(w, at: numEnd) {
                var k = numEnd + w.count
                // 第一条 may be followed by a space or nothing; 第一章 by a space or a title.
                while k < end, s[k] == " " { k += 1 }
                return finish(s, Marker(style: style, ordinal: ord, range: i..<k), end)
            }
            return nil
        }
        if Numerals.isChineseNumeral(c) {
            let run = Numerals.chineseRun(s, from: i, limit: end)
            guard run.count <= 3, run.upperBound < end, let n = Numerals.chineseInteger(s, run) else { return nil }
            let p = s[run.upperBound]
            guard p == "、" || p == "." || p == ")" else { return nil }
            // 一、二季度 lists numerals, it does not number a heading; a list counts up, so a
            // numeral not above the first (`一、一季度工作总结`, `三、二季度工作计划`) or a year
            // (`一、二〇二三年工作回顾`) is the title's.
            if run.upperBound + 1 < end, Numerals.isChineseNumeral(s[run.upperBound + 1]) {
                let next = Numerals.chineseRun(s, from: run.upperBound + 1, limit: end)
                let year = next.count == 4 && next.upperBound < end && s[next.upperBound] == "年"
                guard year || (Numerals.chineseInteger(s, next).map { $0 <= n } ?? false) else { return nil }
            }
            // `一)` is `(一)` that lost its opening bracket (copies do): the same family.
            let style: MarkerStyle = p == "、" ? .cjkDun : p == "." ? .cjkDot : .cjkParen
            return finish(s, Marker(style: style, ordinal: n, range: i..<run.upperBound + 1), end)
        }
        if c.value >= 0x41 && c.value <= 0x5A, i + 1 < end, s[i + 1] == "." || s[i + 1] == "、" {
            guard i + 2 < end, s[i + 2].isHan else { return nil }
            return finish(s, Marker(style: .latin, ordinal: Int(c.value - 0x40), range: i..<i + 2), end)
        }
        return nil
    }

    /// The longest line a bare number (`1 总则`) heads.
    static let bareNumberLine = 24
    /// What a number is followed by when it counts or measures, or tells a time (`1.5万`,
    /// `3.2亿元`, `4.5公里`, `7.20前`, `3个`): no outline number's title starts so.
    static let notOutlineTitle = ScalarSet("年月日号时分秒前后起至个项件次名人户元万亿千百十米吨亩倍公平小克斤升度家所座条处台辆套期批级岁周天".unicodeScalars)

    /// `1.1`, `1.4.1`, `2.3.1.2` before a title: an outline number, its style by depth, its
    /// ordinal its last part (each part at most two digits, the first at least 1).
    private static func decimal(_ s: Scalars, _ i: Int, _ end: Int) -> Marker? {
        // Parts read in place: how many, the first and the last (no array per candidate).
        var count = 0, first = 0, last = 0
        var k = i
        while k < end, count < 4 {
            var j = k
            while j < end, s[j].isASCIIDigit, j - k < 3 { j += 1 }
            guard j > k, j - k <= 2, let v = s.asciiInt(k..<j) else { return nil }
            if count == 0 { first = v }
            last = v; count += 1
            k = j
            guard k + 1 < end, s[k] == ".", s[k + 1].isASCIIDigit else { break }
            k += 1
        }
        guard count >= 2, first >= 1, k < end, !s[k].isASCIIDigit else { return nil }
        var t = k
        if s[t] == "." || s[t] == "、" { t += 1 }
        while t < end, s[t] == " " { t += 1 }
        guard t < end, s[t].isHan, !notOutlineTitle.contains(s[t]) else { return nil }
        let style: MarkerStyle = count == 2 ? .decimal2 : count == 3 ? .decimal3 : .decimal4
        return finish(s, Marker(style: style, ordinal: last, range: i..<(t > k && s[k] != " " ? k + 1 : k)), end)
    }

    private static func finish(_ s: Scalars, _ m: Marker, _ end: Int) -> Marker? {
        guard m.ordinal >= 1 && m.ordinal <= 500 else { return nil }
        var m = m
        // Swallow a space after the marker; the title starts after it.
        var k = m.range.upperBound
        while k < end, s[k] == " " { k += 1 }
        m.range = m.range.lowerBound..<k
        // A marker followed by a digit or a percent sign is a number in a sentence.
        if m.range.upperBound < end, s[m.range.upperBound].isASCIIDigit, m.style == .arabicDun || m.style == .arabicDot { return nil }
        return m
    }

    /// The marker text to report: as written in the display text.
    public static func display(_ ct: CleanText, _ m: Marker) -> String { ct.string(displayRange(ct, m)) }

    /// The marker's range without the spaces `finish` swallowed after it.
    static func displayRange(_ ct: CleanText, _ m: Marker) -> Range<Int> {
        var r = m.range
        while r.upperBound > r.lowerBound, ct.key[r.upperBound - 1] == " " { r = r.lowerBound..<r.upperBound - 1 }
        return r
    }
}
