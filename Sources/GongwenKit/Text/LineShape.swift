import Foundation

/// What a line (or paragraph) is at a glance, from its first code points: the lexical
/// shapes that cleanup needs to decide joins and structure needs to split documents.
public enum LineShape: Equatable, Sendable {
    case heading(Marker)
    /// `第N篇…`, `篇N…`, a lone `篇`, or a title with its divider after it (`…纪要 [篇2]`, as
    /// compilation sites print them): starts a document; its label is `labelStart..<labelEnd`.
    case divider(ordinal: Int?, labelStart: Int, labelEnd: Int)
    /// `会议决定:` and the like; `contentStart` is after the colon.
    case label(contentStart: Int)
    /// `同志们:` opening a speech.
    case salutation
    /// `参会人员:…`, `缺 席:…`, `主持:…`: a metadata field; `key` is the field name.
    case field(key: String, valueStart: Int)
    /// `附件1` or `附件:` on its own line.
    case attachment(ordinal: Int?)
    case plain

    public static func classify(_ s: Scalars, _ r: Range<Int>, lexicon: Lexicon = .shared) -> LineShape {
        guard !r.isEmpty else { return .plain }
        let i = r.lowerBound, end = r.upperBound
        let last = s[r.upperBound - 1]
        if let d = divider(s, r) ?? (last == "]" || last == "】" || last == ")" || last == "篇" || last.isASCIIDigit || Numerals.digit(last) != nil
                                     ? trailingDivider(s, r) : nil) ?? middleDivider(s, r), case .divider(_, let ls, let le) = d {
            // A divider names its document in a short label; a long line that only starts
            // like one is text that lost its line breaks (a whole compilation on one line).
            let inner = ls..<max(ls, le - 1)
            if le - ls <= Reach.dividerLabel && !inner.contains(where: { s[$0].isSentenceEnd }) { return d }
        }
        if let m = Markers.marker(s, at: i, end: end) { return .heading(m) }
        // Text before the first colon, if the colon comes early (after a list bullet, as web
        // pages print their metadata tables: `• 发文字号:`).
        var colon: Int? = nil
        var fs = i
        while fs < end, Markers.solidBullets.contains(s[fs]) || s[fs] == " " { fs += 1 }
        var j = fs
        while j < end, j - fs <= 14 {
            if s[j] == ":" { colon = j; break }
            if s[j].isSentenceEnd || s[j] == "," { break }
            j += 1
        }
        if let c = colon, c > fs {
            // The text before the colon is made a String (and hashed) only where a label, a
            // salutation or a field could start or end: most colons follow other words.
            var le = c
            while le > fs, s[le - 1] == " " { le -= 1 }
            let alone = c + 1 == end || (c + 1 < end && s[c + 1] == " " && c + 2 == end)
            let label = lexicon.labelFirsts.contains(s[fs]), field = le > fs && lexicon.fieldKeyLasts.contains(s[le - 1])
            if label || alone || field {
                let head = s.compactString(fs..<c)
                if label, labelName(head, lexicon) != nil { return .label(contentStart: c + 1) }
                if alone {
                    // Searched as code points (Foundation's substring search cost ~5,000 instructions).
                    let hs = Scalars(head)
                    if head.count <= 24 && lexicon.salutations.contains(where: { hs.firstIndex(of: $0, in: 0..<hs.count) != nil }) { return .salutation }
                }
                if field, lexicon.fieldKeys.contains(head) { return .field(key: head, valueStart: c + 1) }
            }
        }
        if s.has("附件", at: i) {
            var k = i + 2
            while k < end, s[k] == " " { k += 1 }
            var n: Int? = nil
            var d = k
            while d < end, s[d].isASCIIDigit { d += 1 }
            if d > k { n = s.asciiInt(k..<d); k = d }
            else { let run = Numerals.chineseRun(s, from: k, limit: end); if !run.isEmpty { n = Numerals.chineseInteger(s, run); k = run.upperBound } }
            while k < end, s[k] == " " || s[k] == ":" { k += 1 }
            if k == end { return .attachment(ordinal: n) }
        }
        return .plain
    }

    /// The label a line's text before its colon names (`会议决定`, `会议决议事项如下` → `会议决议`),
    /// or nil: a listed label, or 会议 + a verb of `labelVerbs`, with `事项` and `如下` after it
    /// allowed.
    static func labelName(_ head: String, _ lexicon: Lexicon) -> String? {
        // Code points, not Characters: String's hasSuffix breaks graphemes, and this runs for
        // every line with an early colon. Each form is looked up in the table once (a String
        // hashed is ~400 instructions).
        func verbLabel(_ v: Substring.UnicodeScalarView) -> Bool {
            v.starts(with: meeting) && v.count <= 8 && lexicon.labelVerbs.contains { v.reversed().starts(with: $0.unicodeScalars.reversed()) }
        }
        if lexicon.labels.contains(head) { return head }
        var v = Substring(head).unicodeScalars
        if verbLabel(v) { return head }
        // Then without `如下`, then without `事项` too (`会议决议事项如下`), then without `以下`
        // (`会议议定以下事项`, `会议确定了以下事项`: 了 too).
        for tail in [asFollows, items, below] where v.reversed().starts(with: tail) {
            v = v.dropLast(2)
            if tail == below, v.last == "了" { v = v.dropLast() }
            let name = String(v)
            if lexicon.labels.contains(name) || verbLabel(v) { return name }
        }
        return nil
    }
    private static let below = Array("以下".unicodeScalars.reversed())
    private static let meeting = Array("会议".unicodeScalars)
    private static let asFollows = Array("如下".unicodeScalars.reversed())
    private static let items = Array("事项".unicodeScalars.reversed())

    /// A document number line: 国办发〔2018〕123号, 湘政发[2020]5号.
    static func isDocNumber<C: BidirectionalCollection>(_ s: C) -> Bool where C.Element == Unicode.Scalar {
        let n = s.count
        guard n <= 30, n >= 5, s.last == "号" else { return false }
        // A field naming it (`文号:X政〔2019〕2号`) is a field line, not a number's own line.
        return s.contains { $0 == "〔" || $0 == "[" || $0 == "【" } && !s.contains(":")
    }

    static let pian = Scalars("篇"), fanWen = Scalars("范文")
    /// Characters after a numeral that make it a count or measure (`范文一则`), not a divider's number.
    static let measureWords = ScalarSet("分倍年月日个项条次多余些篇名位则份本种批件段句例套点".unicodeScalars)

    static func divider(_ s: Scalars, _ r: Range<Int>) -> LineShape? {
        // 【篇一】 and 【第一篇】, as compilation sites write them.
        if s[r.lowerBound] == "【" || s[r.lowerBound] == "[", r.count >= 3 {
            guard let close = (r.lowerBound + 1..<min(r.upperBound, r.lowerBound + 8)).first(where: { s[$0] == "】" || s[$0] == "]" }),
                  case .divider(let n, _, _)? = divider(s, r.lowerBound + 1..<close) else { return nil }
            return .divider(ordinal: n, labelStart: skipLabelPunct(s, close + 1, r.upperBound), labelEnd: r.upperBound)
        }
        let i = r.lowerBound, end = r.upperBound
        if s[i] == "第" {
            let run = Numerals.chineseRun(s, from: i + 1, limit: end)
            var k = run.upperBound
            var n = run.isEmpty ? nil : Numerals.chineseInteger(s, run)
            if run.isEmpty { while k < end, s[k].isASCIIDigit { k += 1 }; if k > i + 1 { n = s.asciiInt(i + 1..<k) } }
            guard n != nil, k < end, s[k] == "篇" else { return nil }
            return .divider(ordinal: n, labelStart: skipLabelPunct(s, k + 1, end), labelEnd: end)
        }
        // 篇N, and 范文N as compilation sites number their samples.
        let word = s[i] == "篇" ? 1 : s[i] == "范" && s.has(fanWen, at: i) ? 2 : 0
        if word > 0 {
            if end == i + 1 && word == 1 { return .divider(ordinal: nil, labelStart: end, labelEnd: end) }
            let run = Numerals.chineseRun(s, from: i + word, limit: end)
            var k = run.upperBound
            var n = run.isEmpty ? nil : Numerals.chineseInteger(s, run)
            if run.isEmpty { while k < end, s[k].isASCIIDigit { k += 1 }; if k > i + word { n = s.asciiInt(i + word..<k) } }
            guard n != nil else { return nil }
            // The title may follow with nothing between (`篇一在全镇工作会议上的讲话`, the space of
            // `篇1 在…` dropped as stray), not a count (`范文十分…`, `篇二十个`).
            guard k == end || s[k] == ":" || s[k] == " " || s[k] == "," || s[k] == "、"
                    || s[k].isHan && k > i + word && !measureWords.contains(s[k]) else { return nil }
            return .divider(ordinal: n, labelStart: skipLabelPunct(s, k, end), labelEnd: end)
        }
        return nil
    }

    /// Whether a divider line opens with its own word (`第一篇`, `篇二`, `范文1`, `【篇一】`), not
    /// with a name before its number (`…范文 第1篇`).
    static func opensDivider(_ c: Unicode.Scalar) -> Bool { c == "第" || c == "篇" || c == "范" || c == "【" || c == "[" }

    /// `镇长办公会会议纪要 [篇2]`: a title with its divider in brackets at the end; the label is
    /// the title. Only a numbered 篇 in the brackets (`(精选5篇)` names a compilation).
    static func trailingDivider(_ s: Scalars, _ r: Range<Int>) -> LineShape? {
        let end = r.upperBound
        guard r.count >= 5 else { return nil }
        // `政府会议纪要范文 第1篇` unbracketed: the compilation's name, then the number; the
        // document's own title is on the line after.
        if s[end - 1] == "篇" {
            var d = end - 1
            while d > r.lowerBound, end - 1 - d < 3, Numerals.digit(s[d - 1]) != nil || s[d - 1] == "十" || s[d - 1].isASCIIDigit { d -= 1 }
            guard d < end - 1, d - 1 > r.lowerBound + 1, s[d - 1] == "第", !notNameEnds.contains(s[d - 2]),
                  case .divider(let n?, _, _)? = divider(s, d - 1..<end) else { return nil }
            // (No label: the name before the number is the compilation's, not a title.)
            return .divider(ordinal: n, labelStart: end, labelEnd: end)
        }
        // `会议纪要 篇1`, `会议纪要范文(一)`, `…范文二`: a compilation's name, then 篇 or 范文 and
        // the number (bare or in brackets); the document's own title is on the line after.
        if r.count <= Self.namedNumberLine, let n = namedNumber(s, r) { return .divider(ordinal: n.ordinal, labelStart: end, labelEnd: end) }
        guard s[end - 1] == "]" || s[end - 1] == "】" || s[end - 1] == ")" else { return nil }
        var open = end - 2
        while open > r.lowerBound, end - open <= 8, s[open] != "[" && s[open] != "【" && s[open] != "(" { open -= 1 }
        guard open > r.lowerBound, s[open] == "[" || s[open] == "【" || s[open] == "(",
              s[open + 1] == "篇" || s[open + 1] == "第",
              case .divider(let n?, _, _)? = divider(s, open + 1..<end - 1) else { return nil }
        var le = open
        while le > r.lowerBound, s[le - 1] == " " { le -= 1 }
        return .divider(ordinal: n, labelStart: r.lowerBound, labelEnd: le)
    }

    /// `镇长工作会议上的讲话稿【篇一】:在全镇…会议上的讲话`: a compilation's name, its divider in
    /// brackets, then the document's own title, the label.
    static func middleDivider(_ s: Scalars, _ r: Range<Int>) -> LineShape? {
        // (A title's line: body paragraphs, longer, are turned away at once.)
        guard r.count >= 8, r.count <= Self.namedNumberLine + Reach.dividerLabel else { return nil }
        // (A title ends in a word or a closing mark, not a stop or a comma.)
        let last = s[r.upperBound - 1]
        guard last.isHan || last == ")" || last == "》" || last == "”" else { return nil }
        // The name is short: the bracket is looked for near the start only.
        let limit = min(r.upperBound - 4, r.lowerBound + Self.namedNumberLine)
        let open = s.withUnsafeBufferPointer { p in
            var o = r.lowerBound + 2
            while o < limit, p[o] != "【" && p[o] != "[" { o += 1 }
            return o
        }
        guard open < limit, s[open + 1] == "篇" || s[open + 1] == "第",
              !s[r.lowerBound..<open].contains(where: { $0.isSentenceEnd || $0 == "," }),
              case .divider(let n, let ls, let le)? = divider(s, open..<r.upperBound), ls < le else { return nil }
        return .divider(ordinal: n, labelStart: ls, labelEnd: le)
    }

    /// Characters that end a clause, not a compilation's name (`这是第二篇`, `学习了范文3`).
    static let notNameEnds = ScalarSet("是了的这那在为过".unicodeScalars)

    /// The longest line read as a compilation's name and its number (`…范文(一)`).
    static let namedNumberLine = 24

    /// The number closing `r` after 篇 or 范文 (`会议纪要 篇1`, `会议纪要范文(一)`), with a name
    /// of two or more characters before it and no punctuation of a sentence, and where that
    /// name ends (before 篇 or 范文, and spaces); else nil.
    static func namedNumber(_ s: Scalars, _ r: Range<Int>) -> (ordinal: Int, nameEnd: Int)? {
        var e = r.upperBound
        let bracketed = s[e - 1] == ")"
        if bracketed { e -= 1 }
        var d = e
        while d > r.lowerBound, e - d < 3, s[d - 1].isASCIIDigit || Numerals.digit(s[d - 1]) != nil || s[d - 1] == "十" { d -= 1 }
        guard d < e, let n = s[d].isASCIIDigit ? s.asciiInt(d..<e) : Numerals.chineseInteger(s, d..<e) else { return nil }
        var w = d
        if bracketed { guard w > r.lowerBound, s[w - 1] == "(" else { return nil }; w -= 1 }
        while w > r.lowerBound, s[w - 1] == " " { w -= 1 }
        let word = s.has(pian, endingAt: w) ? 1 : w - 2 >= r.lowerBound && s.has(fanWen, endingAt: w) ? 2 : 0
        guard word > 0, w - word - r.lowerBound >= 2, !notNameEnds.contains(s[w - word - 1]),
              !s[r.lowerBound..<w].contains(where: { $0.isSentenceEnd || $0 == "," || $0 == ":" }) else { return nil }
        var nameEnd = w - word
        while nameEnd > r.lowerBound, s[nameEnd - 1] == " " { nameEnd -= 1 }
        return (n, nameEnd)
    }

    private static func skipLabelPunct(_ s: Scalars, _ k: Int, _ end: Int) -> Int {
        var k = k
        while k < end, s[k] == ":" || s[k] == " " || s[k] == "," || s[k] == "、" || s[k] == "." { k += 1 }
        return k
    }

    public var isBlockStart: Bool {
        if case .plain = self { return false }
        return true
    }
}
