/// Source text → `CleanText`. One pass over the lines; every kept or inserted code point
/// records where in the source it came from.
public enum Cleanup {
    /// A piece of one source line on its way to becoming a paragraph.
    struct Segment {
        var key: Scalars = []
        var origin: [Int32] = []
        var line: Int
        var startsLine: Bool
        var endsLine: Bool = false
        var blankBefore: Bool = false
        var shape: LineShape = .plain
        /// A cell of a table copied out one cell per line: never joined.
        var tableCell = false
    }

    /// Marks the lines of tables copied out one cell per line (a header of column names
    /// such as 序号 / 工作任务 / 牵头单位 / 完成时限, then cells), so no cell is joined to the next.
    static func markTables(_ segs: inout [Segment]) {
        let keys = segs.map { $0.key.filter { $0 != " " } }
        var i = 0
        while i < segs.count {
            var j = i
            while j < segs.count, keys[j].count <= 8, ResponsibilityTable.headerCells[String(String.UnicodeScalarView(keys[j]))] != nil { j += 1 }
            guard j - i >= 3 else { i += 1; continue }
            var e = j
            while e < segs.count, segs[e].key.count <= 80, !(segs[e].blankBefore && e > j) {
                if case .heading(let m) = segs[e].shape, m.style != "arabic-dun" && m.style != "arabic-dot" { break }
                if case .divider = segs[e].shape { break }
                e += 1
            }
            for x in i..<e { segs[x].tableCell = true }
            i = e
        }
    }

    public static func clean(_ source: Scalars, lexicon: Lexicon = .shared) -> CleanText {
        var out = CleanText(source: source)
        var segments: [Segment] = []
        do {
            let key = KeyFold.fold(source)     // released before the output is built
            segments.reserveCapacity(out.lineStarts.count)
            var blank = false
            for (n, start) in out.lineStarts.enumerated() {
                let end = n + 1 < out.lineStarts.count ? out.lineStarts[n + 1] - 1 : source.count
                let pieces = split(line: n + 1, start..<end, source, key)
                if pieces.isEmpty { blank = true; continue }
                for var p in pieces {
                    p.blankBefore = blank
                    p.shape = LineShape.classify(p.key, 0..<p.key.count, lexicon: lexicon)
                    segments.append(p)
                    blank = false
                }
            }
        }

        markTables(&segments)
        let wrap = wrapWidth(segments)
        // Decide every join first; then move each segment's storage into the output and free
        // it, so a huge file is held about once, not twice.
        var joins = [Bool](repeating: false, count: segments.count)
        var latinGap = [Bool](repeating: false, count: segments.count)
        for k in segments.indices.dropFirst() where shouldJoin(segments[k - 1], segments[k], wrap: wrap) {
            joins[k] = true
            // Latin words broken across lines keep a space between them.
            if let a = segments[k - 1].key.last, let b = segments[k].key.first, isWordChar(a), isWordChar(b) { latinGap[k] = true }
        }

        if segments.count == 1 {
            let seg = segments.removeLast()
            out.key = seg.key; out.origin = seg.origin
            out.blankBefore = [seg.blankBefore]
            out.paragraphs = [0..<out.key.count]
            return out
        }
        out.key.reserveCapacity(source.count)
        out.origin.reserveCapacity(source.count)
        var paraStart = 0
        for k in segments.indices {
            let seg = segments[k]
            segments[k] = Segment(line: seg.line, startsLine: seg.startsLine)
            if k > 0 {
                if joins[k] {
                    if latinGap[k] { out.key.append(" "); out.origin.append(out.origin.last! + 1) }
                } else {
                    out.paragraphs.append(paraStart..<out.key.count)
                    out.key.append("\n")
                    out.origin.append(max(0, seg.origin.first! - 1))
                    paraStart = out.key.count
                }
            }
            if k == 0 || !joins[k] { out.blankBefore.append(seg.blankBefore) }
            out.key.append(contentsOf: seg.key)
            out.origin.append(contentsOf: seg.origin)
        }
        if !segments.isEmpty { out.paragraphs.append(paraStart..<out.key.count) }
        return out
    }

    @inline(__always) static func isWordChar(_ c: Unicode.Scalar) -> Bool {
        c.isASCIIDigit || c.isASCIILetter || (c.value >= 0xC0 && c.value < 0x2000 && c.properties.isAlphabetic)
    }

    @inline(__always) static func isCJKish(_ c: Unicode.Scalar) -> Bool {
        c.isHan || c.isCJKPunct || (c.value >= 0x2E80 && c.value < 0xA000)
    }

    /// One source line → its segments: spaces mapped and dropped where stray, zero-width
    /// characters removed, paragraphs marked only by ideographic spaces split apart,
    /// a page number left at the end removed.
    static func split(line: Int, _ r: Range<Int>, _ src: Scalars, _ key: Scalars) -> [Segment] {
        var segs: [Segment] = []
        var cur = Segment(line: line, startsLine: true)
        var i = r.lowerBound
        let end = r.upperBound
        while i < end {
            let c = key[i]
            if src[i].isZeroWidth { i += 1; continue }
            if c == " " || src[i].isSpaceLike || c == "\t" {
                // A run of spaces: decide at its end.
                let runStart = i
                var ideographic = 0
                while i < end, key[i] == " " || src[i].isSpaceLike || key[i] == "\t" || src[i].isZeroWidth {
                    if src[i] == "\u{3000}" { ideographic += 1 }
                    i += 1
                }
                guard let prev = cur.key.last else { continue }   // leading spaces
                if i == end { break }                            // trailing spaces
                let next = key[i]
                // Web copies mark paragraphs only with leading ideographic spaces: two of
                // them inside a line start a paragraph.
                if ideographic >= 2 {
                    cur.endsLine = false
                    segs.append(cur)
                    cur = Segment(line: line, startsLine: false)
                    continue
                }
                // Spaces between Latin words or digits are real; next to Chinese they are stray.
                let p = src[Int(cur.origin.last!)], q = src[i]
                if !isCJKish(p) && !isCJKish(q) && (isWordChar(prev) || isWordChar(next)) {
                    cur.key.append(" "); cur.origin.append(Int32(runStart))
                }
                continue
            }
            cur.key.append(c); cur.origin.append(Int32(i))
            i += 1
        }
        if !cur.key.isEmpty { segs.append(cur) }
        if var last = segs.popLast() {
            dropPageNumber(&last)
            last.endsLine = true
            if !last.key.isEmpty { segs.append(last) }
        }
        return segs
    }

    /// `…较低的短板。1` → `…较低的短板。`; a line that is only `- 3 -` or `第3页` goes.
    static func dropPageNumber(_ s: inout Segment) {
        let k = s.key
        var j = k.count
        while j > 0, k[j - 1].isASCIIDigit { j -= 1 }
        let digits = k.count - j
        if digits >= 1 && digits <= 3 && j > 0 && (k[j - 1].isSentenceEnd || (k[j - 1].isClosingQuote && j >= 2 && k[j - 2].isSentenceEnd)) {
            s.key.removeLast(digits); s.origin.removeLast(digits)
            return
        }
        // Whole-line page numbers: -3-, —3—, 第3页.
        guard k.count <= 12 else { return }
        let str = k.string(0..<k.count)
        let stripped = str.filter { $0 != " " }
        if stripped.count <= 9 {
            let dashes: Set<Character> = ["-", "—", "－"]
            let inner = stripped.trimmingPrefixAndSuffix(of: dashes)
            // - 3 - and —3—: dashes on both sides of the number.
            if let f = stripped.first, let l = stripped.last, dashes.contains(f), dashes.contains(l),
               !inner.isEmpty, inner.allSatisfy(\.isASCIIDigitCharacter) { s.key.removeAll(); s.origin.removeAll(); return }
            if stripped.hasPrefix("第") && stripped.hasSuffix("页") && stripped.dropFirst().dropLast().allSatisfy(\.isASCIIDigitCharacter) {
                s.key.removeAll(); s.origin.removeAll()
            }
        }
    }

    /// Width of a line in half-width columns: Chinese characters take two.
    static func width(_ s: Scalars) -> Int { s.reduce(0) { $0 + (isCJKish($1) ? 2 : 1) } }

    /// The width text was wrapped at, when many lines share it (PDF and print copies):
    /// a line that long ended only because the page did.
    static func wrapWidth(_ segs: [Segment]) -> Int? {
        var counts: [Int: Int] = [:]
        var n = 0
        for s in segs where s.endsLine && s.startsLine {
            let w = width(s.key)
            guard w >= 30 else { continue }
            counts[w, default: 0] += 1; n += 1
        }
        guard n >= 6, let (mode, _) = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { return nil }
        let near = (mode - 3...mode).reduce(0) { $0 + (counts[$1] ?? 0) }
        return near * 3 >= n ? mode : nil
    }

    /// Whether `next` continues the sentence `prev` left unfinished.
    static func shouldJoin(_ prev: Segment, _ next: Segment, wrap: Int? = nil) -> Bool {
        guard prev.endsLine, next.startsLine, !next.blankBefore, next.line == prev.line + 1, !prev.tableCell, !next.tableCell else { return false }
        if next.shape.isBlockStart { return false }
        switch prev.shape {
        case .divider, .salutation, .attachment, .field: return false
        case .label(let c) where c >= prev.key.count: return false
        default: break
        }
        // Look past closing quotes for how the line ends.
        var j = prev.key.count
        while j > 0, prev.key[j - 1].isClosingQuote && prev.key[j - 1] != ")" { j -= 1 }
        guard j > 0 else { return false }
        let last = prev.key[j - 1]
        if last.isSentenceEnd || last == ":" { return false }
        // Titles and names are short and unpunctuated; prose is long or punctuated.
        var punct = 0
        var from = 0
        if case .heading(let m) = prev.shape { from = m.range.upperBound }
        for c in prev.key[from...] where c == "," || c == "、" || c == "。" || c == ";" || c == "!" || c == "?" { punct += 1 }
        if case .heading = prev.shape {
            // A heading continues onto the next line only when that line ends it: short,
            // and no sentence before its end (`…促进民` / `营经济“两个健康”发展`).
            guard next.key.count <= 30 else { return false }
            for c in next.key.dropLast() where c.isSentenceEnd { return false }
            // Wrapped lines are long: a short heading is complete.
            return prev.key.count >= 24
        }
        if let w = wrap, width(prev.key) >= w - 3 { return true }
        return punct > 0 || prev.key.count >= 40
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension String {
    func trimmingPrefixAndSuffix(of chars: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
