/// Source text → `CleanText`. One pass over the lines; every kept or inserted code point
/// records where in the source it came from.
public enum Cleanup {
    /// A piece of one source line on its way to becoming a paragraph: a range of the
    /// shared buffers, so no line owns storage of its own.
    struct Segment {
        var range: Range<Int>
        var line: Int
        var startsLine: Bool
        var endsLine: Bool = false
        var blankBefore: Bool = false
        var shape: LineShape = .plain
        /// A cell of a table copied out one cell per line: never joined.
        var tableCell = false
        /// Only a page number (and blank lines about it) stood between this line and the
        /// last: a page break, which may fall inside a sentence.
        var afterPage = false
        /// Names a column of such a table (序号, 牵头单位 …).
        var headerCell = false
        /// Width in half-width columns (Chinese characters take two), and whether a comma,
        /// 、, 。, ; ! or ? is in it: noted as the code points are copied, because by the
        /// time joins are decided the buffer has been moved over.
        var width = 0
        var punctuated = false
        var count: Int { range.count }
    }

    /// The folded code points and their source offsets, written once per segment. Every
    /// segment after the first has one slot before it, kept for the line break or space
    /// that goes between paragraphs; `build` then fills or drops the slots in place, so
    /// the buffer becomes the output key without a second copy. Each slot stands for a line
    /// break (or two ideographic spaces) of the source that is not kept, so the buffer
    /// never holds more code points than the source.
    struct Buffer {
        let key: UnsafeMutableBufferPointer<Unicode.Scalar>
        var count = 0
        /// Source offsets as runs: a run starts at buffer position `runPos[j]` with source
        /// offset `runSrc[j]`, and both advance together until the next run (no 4-byte entry
        /// per code point, which for a 50 MB file was 68 MB at cleanup's peak). Slots have
        /// no origin of their own: the code point after a slot always starts a run.
        var runPos: [Int32] = []
        var runSrc: [Int32] = []
        private var last: Int32 = -2
        init(key: UnsafeMutableBufferPointer<Unicode.Scalar>) { self.key = key }

        @inline(__always) mutating func append(_ c: Unicode.Scalar, _ o: Int32) {
            if o != last &+ 1 { runPos.append(Int32(count)); runSrc.append(o) }
            key[count] = c; count += 1; last = o
        }
        /// The unified ideographs of `src` from `i` on (up to `end`) appended as they are,
        /// copied while they are scanned (runs are short: a call to memmove per run cost
        /// more than the copy), with one run check for the stretch. Returns where it stopped.
        @inline(__always) mutating func appendIdeographs(of src: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, to end: Int) -> Int {
            if Int32(i) != last &+ 1 { runPos.append(Int32(count)); runSrc.append(Int32(i)) }
            let dst = key.baseAddress! + (count - i)
            var j = i
            while j < end {
                let c = src[j]
                guard c.value &- 0x4E00 < 0xA000 - 0x4E00 else { break }
                dst[j] = c
                j += 1
            }
            count += j - i; last = Int32(j - 1)
            return j
        }
        /// A slot before a segment.
        @inline(__always) mutating func appendSlot() {
            key[count] = "\n"; count += 1; last = -2
        }
        /// Source offset of the last code point appended.
        var lastOrigin: Int32 { last }
        /// Gives back everything from `n` on.
        mutating func truncate(to n: Int) {
            count = n
            while let p = runPos.last, Int(p) >= n { runPos.removeLast(); runSrc.removeLast() }
            if let p = runPos.last, n > 0 { last = runSrc[runSrc.count - 1] + Int32(n - 1) - p } else { last = -2 }
        }
    }

    /// Output runs with contiguous pieces merged.
    struct Runs {
        var pos: [Int32] = []
        var src: [Int32] = []
        @inline(__always) mutating func add(_ p: Int, _ s: Int32) {
            if let lp = pos.last, Int32(p) - lp == s - src[src.count - 1] { return }
            pos.append(Int32(p)); src.append(s)
        }
    }

    /// Marks the lines of tables copied out one cell per line (a header of column names
    /// such as 序号 / 工作任务 / 牵头单位 / 完成时限, then cells), so no cell is joined to the next.
    static func markTables(_ segs: inout [Segment]) {
        var i = 0
        while i < segs.count {
            var j = i
            while j < segs.count, segs[j].headerCell { j += 1 }
            guard j - i >= 3 else { i += 1; continue }
            var e = j
            while e < segs.count, segs[e].count <= 80, !(segs[e].blankBefore && e > j) {
                if case .heading(let m) = segs[e].shape, m.style != .arabicDun && m.style != .arabicDot { break }
                if case .divider = segs[e].shape { break }
                e += 1
            }
            for x in i..<e { segs[x].tableCell = true }
            i = e
        }
    }

    public static func clean(_ source: Scalars, lexicon: Lexicon = .shared) -> CleanText {
        var s = source
        return clean(releasing: &s, lexicon: lexicon)
    }

    /// Cleans `source` and empties it: the text is let go before the later stages run
    /// (when the caller held the only copy).
    public static func clean(releasing source: inout Scalars, lexicon: Lexicon = .shared) -> CleanText {
        var out = CleanText(source: source)
        var paragraphs: [Range<Int>] = []
        var blankBefore: [Bool] = []
        let capacity = source.count + 1
        var runs = Runs()
        out.key = Scalars(unsafeUninitializedCapacity: capacity) { kb, kn in
            var buf = Buffer(key: kb)
            runs = build(source, out.lineStarts, lexicon, &buf, &paragraphs, &blankBefore)
            kn = buf.count
        }
        out.setRuns(runs.pos, runs.src)
        out.setDisplay(from: source)
        source = []
        out.paragraphs = paragraphs
        out.blankBefore = blankBefore
        return out
    }

    /// Segments after a column name within which a bare number may be a table's cell.
    static let tableReach = 400

    /// How much of a line `LineShape.classify` is shown: every shape is decided within the
    /// first few dozen code points (markers, labels, fields, dividers, 附件).
    static let shapePrefix = 256

    /// Segments the lines into `buf`, decides the joins, then closes the gaps in place.
    private static func build(_ source: Scalars, _ lineStarts: [Int], _ lexicon: Lexicon, _ buf: inout Buffer,
                              _ paragraphs: inout [Range<Int>], _ blankBefore: inout [Bool]) -> Runs {
        var segments: [Segment] = []
        segments.reserveCapacity(lineStarts.count)
        let fold = KeyFold.Folder(for: source)
        // Reads of `buf.key` below go through this array view of the same memory.
        let keyView = UnsafeBufferPointer(buf.key)
        var blank = false
        // Each segment's code points, copied for the look-ups that read whole arrays.
        var line = Scalars()
        // Columns of a table whose cells are set apart by spaces, while in one (after its
        // header line of column names).
        var spacedColumns = 0
        // A page number was dropped since the last segment: blank lines about it are the page
        // break's, not a paragraph's.
        var pageBreak = false
        // The last segment naming a table's column (a table copied one cell per line is near).
        var lastHeaderCell = -1
        for (n, start) in lineStarts.enumerated() {
            let end = n + 1 < lineStarts.count ? lineStarts[n + 1] - 1 : source.count
            let before = segments.count
            var cells = false
            if spacedColumns > 0 || start < end && end - start <= 80 && ResponsibilityTable.headerFirsts.contains(fold(source[start])) {
                let count = spacedCellCount(source, start..<end, fold, header: spacedColumns == 0)
                if count == 0 && spacedColumns > 0 { /* a blank line: the table goes on */ }
                else if spacedColumns > 0 && count == spacedColumns { cells = true }
                else if spacedColumns == 0 && count >= 3 { spacedColumns = count; cells = true }
                else { spacedColumns = 0 }
            }
            // A Markdown table's rule (`|---|:---:|`) holds no text.
            if start < end, source[start] == "|", isPipeRule(source, start..<end) { continue }
            // A bare page number (`1`, `12`) on a line of its own, right after a line of prose
            // that stops mid-sentence: a page break (`…物价总体平稳,城` / `1` / `镇新增就业…`).
            // (Not in a table copied one cell per line: there a number is a row's first cell.)
            if end - start <= 5, let last = segments.last, isBarePageNumber(source, start..<end),
               lastHeaderCell < 0 || segments.count - lastHeaderCell > Self.tableReach,
               last.endsLine, last.punctuated, last.count >= 15, case .plain = last.shape,
               !keyView[last.range.upperBound - 1].isSentenceEnd, keyView[last.range.upperBound - 1] != ":" {
                pageBreak = true; blank = false
                continue
            }
            let pageNumber = split(line: n + 1, start..<end, source, fold, &buf, &segments, spacedCells: cells, titleEnds: lexicon.kindWordSet)
            if segments.count == before {
                if pageNumber && !segments.isEmpty { pageBreak = true; blank = false } else if !pageBreak { blank = true }
                continue
            }
            for k in before..<segments.count {
                segments[k].blankBefore = blank
                segments[k].afterPage = pageBreak && k == before
                pageBreak = false
                // A shape is read from a line's first code points; a copy of the whole of a
                // 50 MB line would cost as much memory as the text.
                let r = segments[k].range
                line.removeAll(keepingCapacity: true)
                line.append(contentsOf: keyView[r.lowerBound..<min(r.upperBound, r.lowerBound + shapePrefix)])
                segments[k].shape = LineShape.classify(line, 0..<line.count, lexicon: lexicon)
                // Header cells are short: only lines of at most 8 code points are looked up.
                segments[k].headerCell = r.count <= 8 && ResponsibilityTable.headerColumn(line, 0..<line.count) != nil
                if segments[k].headerCell { lastHeaderCell = k }
                blank = false
            }
        }

        markTables(&segments)
        let wrap = wrapWidth(segments)
        // Fill each slot: a line break between paragraphs, a space between Latin words
        // broken across lines, nothing where a line was joined; then close the gaps.
        let k = buf.key
        let runPos = buf.runPos, runSrc = buf.runSrc
        var out = Runs()
        // The buffer run holding a position; positions are asked in increasing order.
        var ri = 0
        func origin(_ p: Int) -> Int32 {
            while ri + 1 < runPos.count && Int(runPos[ri + 1]) <= p { ri += 1 }
            return runSrc[ri] + Int32(p) - runPos[ri]
        }
        var w = 0
        var paraStart = 0
        var lastOut: Int32 = 0
        let headers = runningHeaders(segments, keyView)
        var kept: Int? = nil
        for n in segments.indices {
            if !headers.isEmpty && headers.contains(n) { continue }
            let seg = segments[n]
            let first = origin(seg.range.lowerBound)
            if let pk = kept {
                let prev = segments[pk]
                // Only a running header stood between: the lines are read as next to each other.
                if shouldJoin(prev, seg, keyView, wrap: wrap, adjacent: pk + 1 < n, titleEnds: lexicon.kindWordSet) {
                    // Latin words broken across lines keep a space between them.
                    if isWordChar(k[prev.range.upperBound - 1]), isWordChar(k[seg.range.lowerBound]) {
                        k[w] = " "; out.add(w, lastOut + 1); w += 1
                    }
                } else {
                    paragraphs.append(paraStart..<w)
                    k[w] = "\n"; out.add(w, max(0, first - 1)); w += 1
                    paraStart = w
                    blankBefore.append(seg.blankBefore)
                }
            } else {
                blankBefore.append(seg.blankBefore)
            }
            // The segment's code points move left over the dropped slots; its runs follow.
            var j = ri
            var p = seg.range.lowerBound
            while p < seg.range.upperBound {
                let next = j + 1 < runPos.count ? min(Int(runPos[j + 1]), seg.range.upperBound) : seg.range.upperBound
                out.add(w + (p - seg.range.lowerBound), runSrc[j] + Int32(p) - runPos[j])
                p = next
                j += 1
            }
            if w != seg.range.lowerBound {
                for r in seg.range { k[w] = k[r]; w += 1 }
            } else {
                w = seg.range.upperBound
            }
            lastOut = origin(seg.range.upperBound - 1)
            kept = n
        }
        if kept != nil { paragraphs.append(paraStart..<w) }
        buf.count = w
        return out
    }

    /// Running headers and footers of a printed copy (`XX市2024年政府工作报告` atop each
    /// page): a short line that the text holds three times or more, where it breaks into a
    /// sentence (the line before ends mid-sentence). Those places are dropped; where it
    /// stands between paragraphs (a real title, a repeated label) it stays.
    static func runningHeaders(_ segs: [Segment], _ key: UnsafeBufferPointer<Unicode.Scalar>) -> Set<Int> {
        @inline(__always) func short(_ s: Segment) -> Bool {
            guard s.startsLine && s.endsLine && s.count >= 4 && s.count <= 40 && !s.tableCell, case .plain = s.shape else { return false }
            return true
        }
        // The places a header could break into prose: the line before is a sentence under
        // way (plain, with its clauses' punctuation, not ended); a header ends no sentence.
        // Most texts have fewer than two: then nothing is hashed.
        var cands: [Int] = []
        for n in 1..<max(1, segs.count - 1) where short(segs[n]) {
            let p = segs[n - 1]
            guard p.endsLine, p.punctuated, segs[n + 1].startsLine, !key[segs[n].range.upperBound - 1].isSentenceEnd, case .plain = p.shape else { continue }
            let last = key[p.range.upperBound - 1]
            if !last.isSentenceEnd && last != ":" && !last.isClosingQuote { cands.append(n) }
        }
        guard cands.count >= 2 else { return [] }
        func hash(_ s: Segment) -> Int {
            var h = Hasher()
            for i in s.range { h.combine(key[i].value) }
            return h.finalize()
        }
        var counts: [Int: Int] = [:]
        for s in segs where short(s) { counts[hash(s), default: 0] += 1 }
        var out = Set<Int>()
        for n in cands where counts[hash(segs[n]), default: 0] >= 3 { out.insert(n) }
        return out
    }

    @inline(__always) static func isWordChar(_ c: Unicode.Scalar) -> Bool {
        c.isASCIIDigit || c.isASCIILetter || (c.value >= 0xC0 && c.value < 0x2000 && c.properties.isAlphabetic)
    }

    @inline(__always) static func isCJKish(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v >= 0x2E80 && v < 0xA000 { return true }   // most of a Chinese text
        if v < 0x2000 { return v == 0x00B7 }
        return c.isHan || c.isCJKPunct
    }

    /// How many cells a line holds set apart by spaces (0 for a blank line, 1 for a line
    /// without inner spaces). With `header`, 0 unless every cell names a table's column
    /// (序号 工作任务 牵头单位 …): only such a line opens a table of spaced cells.
    static func spacedCellCount(_ src: Scalars, _ r: Range<Int>, _ fold: KeyFold.Folder, header: Bool) -> Int {
        // A header's first cell is a short name: a space or tab comes within nine code points.
        if header, !src[r.lowerBound..<min(r.upperBound, r.lowerBound + 9)].contains(where: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }) { return 0 }
        var count = 0, i = r.lowerBound
        var name = Scalars()
        while i < r.upperBound {
            while i < r.upperBound, fold(src[i]) == " " || src[i] == "\t" { i += 1 }
            guard i < r.upperBound else { break }
            name.removeAll(keepingCapacity: true)
            while i < r.upperBound, !(fold(src[i]) == " " || src[i] == "\t") {
                if header { name.append(fold(src[i])); if name.count > 8 { return 0 } }   // column names are short
                i += 1
            }
            count += 1
            if header, ResponsibilityTable.headerColumn(name, 0..<name.count) == nil { return 0 }
        }
        return count
    }

    /// One source line → its segments, appended to `buf` and `segs`: spaces mapped and
    /// dropped where stray, zero-width characters removed, paragraphs marked only by
    /// ideographic spaces split apart (and, with `spacedCells`, cells at every
    /// space), a page number left at the end removed.
    /// Returns whether the line held only a page number (dropped).
    @discardableResult
    static func split(line: Int, _ r: Range<Int>, _ src: Scalars, _ fold: KeyFold.Folder, _ buf: inout Buffer, _ segs: inout [Segment], spacedCells: Bool = false,
                      titleEnds: WordSet? = nil) -> Bool {
        // Opens a segment: its slot (unless it is the very first), then its code points.
        var curSlot = !segs.isEmpty
        if curSlot { buf.appendSlot() }
        var curStart = buf.count
        var curStartsLine = true
        var width = 0, punctuated = false
        var i = r.lowerBound
        let end = r.upperBound
        let plainHan = fold.keepsUnifiedHan
        // Whether the line is a row of table cells set apart by tabs (decided at its first tab).
        var tabRow: Bool? = nil
        // Where the `**` closing a Markdown bold run starts (see `markdown`).
        var boldClose = -1
        // A row of a Markdown table (`| 1 | 任务 | 县住建局 |`): a segment per cell, as tabs give.
        let pipeRow = r.lowerBound < end && src[r.lowerBound] == "|" && isPipeRow(src, r)
        // Closes the segment so far and opens the next on the same line.
        func breakSegment() {
            segs.append(Segment(range: curStart..<buf.count, line: line, startsLine: curStartsLine,
                                width: width, punctuated: punctuated))
            width = 0; punctuated = false
            buf.appendSlot()
            curStart = buf.count
            curSlot = true
            curStartsLine = false
        }
        while i < end {
            let s = src[i]
            // Most of a Chinese text: unified ideographs, kept as they are (no space, no
            // fold), copied a stretch at a time.
            if plainHan && s.value >= 0x4E00 && s.value < 0xA000 {
                let j = src.withUnsafeBufferPointer { buf.appendIdeographs(of: $0, from: i, to: end) }
                width += 2 * (j - i)
                i = j
                // `…工作。第 1 页共 5 页下载后…`, `第1页共21页县长在…`: a converted PDF's footer
                // inside a line or run into its start (its 第 or 共 ends the run of ideographs
                // just copied; figures or a space follow). At a line's end, or as the whole
                // line, `dropPageNumber` reads it (a page break). Text whose Han characters are
                // folded takes the general path below, which looks at 第 and 共 itself.
                if j < end, src[j - 1] == "第" || src[j - 1] == "共", src[j].isASCIIDigit || src[j] == " ",
                   buf.count - 1 >= curStart, let after = pageOfPagesEnd(src, from: j - 1, to: end), after < end {
                    buf.truncate(to: buf.count - 1)
                    width -= 2
                    i = after
                }
                continue
            }
            // Printable ASCII (one column), CJK punctuation (、。《》【】…) and curly quotes (two):
            // each folds to itself and is no space, so it is copied without the general path.
            let v = s.value
            if v &- 0x21 < 0x7F - 0x21 || v &- 0x3001 < 0x3040 - 0x3001 || v &- 0x2018 < 0x2020 - 0x2018 {
                // `(`, `*`, `#` and `?` may open something to drop or read apart: one test of a
                // bit mask keeps the other characters' path as short as it was.
                if v < 0x40, Self.asciiSpecial >> UInt64(v) & 1 != 0 {
                    if v == 0x28, let after = pinyinGloss(src, i, end), buf.count > curStart, buf.key[buf.count - 1].isHan { i = after; continue }
                    if v == 0x2A || v == 0x23, let after = markdown(src, i, end, lineStart: buf.count == curStart && curStartsLine, boldClose: &boldClose) {
                        i = after
                        continue
                    }
                    if v == 0x3F, i + 1 < end, src[i + 1] == "?" {
                        // `导致???镇政府…`, `朱??同志`: characters a conversion could not map (GBK to
                        // ASCII) stand for a name, not a question; in the key they are placeholders.
                        // Otherwise the run is punctuation (copied whole: a run is looked at once).
                        let (after, lost) = questionRun(src, i, end)
                        width += after - i
                        appendRun(&buf, i..<after, as: lost ? lostMark : "?")
                        if !lost { punctuated = true }
                        i = after
                        continue
                    }
                }
                if pipeRow, v == 0x7C {
                    if buf.count > curStart { breakSegment() }
                    i += 1
                    continue
                }
                buf.append(s, Int32(i))
                width += v < 0x80 ? 1 : 2
                if isClausePunct(s) { punctuated = true }
                i += 1
                continue
            }
            if s.isZeroWidth { i += 1; continue }
            // Web copies decorate with emoji (`🌟一、…`, `…报告📜`) and number with keycaps
            // (`1️⃣ 经济…`): the pictographs and their variation selectors are no text; a
            // keycap reads as 、 after its digit (`1、`).
            // (Full-width forms, most of what comes here, are tested once.)
            if v < 0xFF00 || v >= 0x10000, isDecoration(v) { i += 1; continue }
            if v == 0x20E3 {
                if buf.count > curStart, buf.key[buf.count - 1].isASCIIDigit { buf.append("、", Int32(i)) }
                i += 1
                continue
            }
            if s == "第" || s == "共", let after = pageOfPagesEnd(src, from: i, to: end), after < end { i = after; continue }
            // `…行动高效。Р(二)形成…`: copies from document-sharing sites print each paragraph
            // mark as a Cyrillic Р; between Chinese text it parts paragraphs.
            if v == 0x420, isParagraphMark(src, i, end) {
                if buf.count > curStart { breakSegment() }
                i += 1
                continue
            }
            let c = fold(s)
            if c == " " || s.isSpaceLike || c == "\t" {
                // A run of spaces: decide at its end.
                let runStart = i
                var ideographic = 0, tab = false
                while i < end {
                    let t = src[i]
                    guard t.isSpaceLike || t.isZeroWidth || t == "\t" || fold(t) == " " else { break }
                    if t == "\u{3000}" { ideographic += 1 } else if t == "\t" { tab = true }
                    i += 1
                }
                guard buf.count > curStart else { continue }   // leading spaces
                if i == end { break }                          // trailing spaces
                if pipeRow, src[i] == "|" { continue }         // a cell's trailing spaces
                let prev = buf.key[buf.count - 1]
                let next = fold(src[i])
                if tab && tabRow == nil { tabRow = isTabRow(src, runStart..<end) }
                // Web copies mark paragraphs only with leading ideographic spaces: two of
                // them inside a line start a paragraph. A row of a table copied with tabs
                // between its cells gives a segment per cell, as a table copied one cell per
                // line does.
                if ideographic >= 2 || tab && tabRow == true || spacedCells {
                    breakSegment()
                    continue
                }
                // `2024年…工作方案 一、背景与目标 随着…`: a copy that ran a document into one line
                // with spaces for its breaks; its title, then the first heading (`一、`).
                // (Or a list's first item: `…工作方案 1.加强组织领导 …`.)
                if curStartsLine, !punctuated, buf.count - curStart >= 4, buf.count - curStart <= Self.longestRunTitle, i + 2 < end,
                   Numerals.isChineseNumeral(src[i]) && fold(src[i + 1]) == "、"
                    || src[i] == "1" && (fold(src[i + 1]) == "." || fold(src[i + 1]) == "、") && src[i + 2].isHan, let t = titleEnds,
                   t.find(UnsafeBufferPointer(buf.key), endingAt: buf.count, floor: curStart) != nil {
                    breakSegment()
                    continue
                }
                // Spaces between Latin words or digits are real; next to Chinese they are stray.
                let p = src[Int(buf.lastOrigin)], q = src[i]
                if !isCJKish(p) && !isCJKish(q) && (isWordChar(prev) || isWordChar(next)) {
                    buf.append(" ", Int32(runStart))
                    width += 1
                }
                continue
            }
            if c == "(", let after = pinyinGloss(src, i, end), buf.count > curStart, buf.key[buf.count - 1].isHan { i = after; continue }
            buf.append(c, Int32(i))
            width += isCJKish(c) ? 2 : 1
            if isClausePunct(c) { punctuated = true }
            i += 1
        }
        var last = Segment(range: curStart..<buf.count, line: line, startsLine: curStartsLine, width: width, punctuated: punctuated)
        let kept = last.count
        dropPageNumber(&last, UnsafeBufferPointer(buf.key))
        last.width -= kept - last.count   // page-number digits, one column each
        if last.range.isEmpty {
            // Nothing kept: give back the code points and the slot.
            buf.truncate(to: curSlot ? curStart - 1 : curStart)
            return kept > 0
        }
        buf.truncate(to: last.range.upperBound)
        last.endsLine = true
        segs.append(last)
        return false
    }

    /// Emoji and pictographs (U+1F000–U+1FAFF), miscellaneous symbols and dingbats (U+2600–
    /// U+27BF, but ★ and ☆, which bullet lists, and the circled digits ❶ ➀ ➊, which number
    /// them) and variation selectors.
    @inline(__always) static func isDecoration(_ v: UInt32) -> Bool {
        v &- 0x1F000 < 0x1FB00 - 0x1F000 || v &- 0x2600 < 0x27C0 - 0x2600 && v != 0x2605 && v != 0x2606 && !(0x2776...0x2793).contains(v)
            || v == 0xFE0F || v == 0xFE0E
    }

    /// The longest title read as run into the first heading of its line.
    static let longestRunTitle = 60

    /// `#`, `(`, `*`, `?`: the ASCII characters the copying loop looks at twice.
    static let asciiSpecial: UInt64 = 1 << 0x23 | 1 << 0x28 | 1 << 0x2A | 1 << 0x3F

    /// The placeholder lost characters read as in the key (one of the marks drafts use).
    static let lostMark: Unicode.Scalar = "×"

    /// Markdown a copy from a web page or a chat tool kept: `# 标题` (hashes and a space at a
    /// line's start) and `**加粗**` (a pair of `**` on one line, a few dozen code points
    /// apart). Returns the index after the mark to drop, or nil. A lone `**` stays: drafts
    /// write it for what they leave open (`20**年`, `**局长`), as they do `*`.
    @inline(never) static func markdown(_ src: Scalars, _ i: Int, _ end: Int, lineStart: Bool, boldClose: inout Int) -> Int? {
        if src[i] == "#" {
            guard lineStart else { return nil }
            var j = i
            while j < end, j - i < 6, src[j] == "#" { j += 1 }
            return j < end && src[j] == " " ? j + 1 : nil
        }
        guard i + 1 < end, src[i + 1] == "*" else { return nil }
        if i == boldClose { boldClose = -1; return i + 2 }
        guard boldClose < 0, i + 2 < end, !src[i + 2].isASCIIDigit, i == 0 || !src[i - 1].isASCIIDigit else { return nil }
        var j = i + 3
        let limit = min(end - 1, i + 2 + 60)
        while j < limit, !(src[j] == "*" && src[j + 1] == "*") { j += 1 }
        // What is set in bold holds words (`为期**—**天` leaves two figures open).
        guard j < limit, !src[j - 1].isASCIIDigit, src[i + 2..<j].contains(where: { $0.isHan }) else { return nil }
        boldClose = j
        return i + 2
    }

    /// (Out of line: the copying loop stays as small as it was.)
    @inline(never) static func appendRun(_ buf: inout Buffer, _ r: Range<Int>, as c: Unicode.Scalar) {
        for i in r { buf.append(c, Int32(i)) }
    }

    /// The run of ASCII `?` at `i` (two or more): where it ends, and whether it stands for
    /// characters lost in conversion (a Chinese character follows it). A single `?` may be a
    /// question mark in a text punctuated in ASCII; `??` at a line's end or before a quote
    /// stays punctuation.
    @inline(never) static func questionRun(_ src: Scalars, _ i: Int, _ end: Int) -> (end: Int, lost: Bool) {
        var j = i + 1
        while j < end, src[j] == "?" { j += 1 }
        return (j, j < end && src[j].isHan)
    }

    /// Whether the Р at `i` stands for a paragraph mark: no Cyrillic letter on either side, and
    /// Chinese text (or its punctuation, a marker's bracket or figure) on one side at least.
    static func isParagraphMark(_ src: Scalars, _ i: Int, _ end: Int) -> Bool {
        @inline(__always) func cyrillic(_ c: Unicode.Scalar) -> Bool { c.value >= 0x400 && c.value < 0x530 }
        let before: Unicode.Scalar? = i > 0 ? src[i - 1] : nil
        let after: Unicode.Scalar? = i + 1 < end ? src[i + 1] : nil
        if let b = before, cyrillic(b) { return false }
        if let a = after, cyrillic(a) { return false }
        return before.map { isCJKish($0) } == true || after.map { isCJKish($0) || $0 == "(" || $0.isASCIIDigit } == true
    }

    /// Whether the rest of a line from its first inner tab holds another tab between text:
    /// three cells or more (one tab after a marker, `1.\t总则`, sets apart no cells).
    static func isTabRow(_ src: Scalars, _ r: Range<Int>) -> Bool {
        @inline(__always) func blank(_ c: Unicode.Scalar) -> Bool { c == "\t" || c == " " }
        var i = r.lowerBound
        while i < r.upperBound, blank(src[i]) { i += 1 }       // the first tab run
        while i < r.upperBound, src[i] != "\t" { i += 1 }       // the second cell
        while i < r.upperBound, blank(src[i]) { i += 1 }       // the second tab run
        return i < r.upperBound                                // text after it: a third cell
    }

    /// One to three figures, spaces about them allowed.
    static func isBarePageNumber(_ src: Scalars, _ r: Range<Int>) -> Bool {
        var digits = 0
        for i in r {
            let c = src[i]
            if c.isASCIIDigit { digits += 1 } else if c != " " && c != "\u{3000}" && c != "\t" { return false }
        }
        return digits >= 1 && digits <= 3
    }

    /// A line opening with `|` and holding at least three: a Markdown table's row.
    static func isPipeRow(_ src: Scalars, _ r: Range<Int>) -> Bool {
        var n = 0
        for i in r where src[i] == "|" { n += 1; if n >= 3 { return true } }
        return false
    }

    /// A Markdown table's rule under its header: only `|`, `-`, `:` and spaces, a `-` among them.
    static func isPipeRule(_ src: Scalars, _ r: Range<Int>) -> Bool {
        var dash = false
        for i in r {
            let c = src[i]
            if c == "-" { dash = true } else if c != "|" && c != ":" && c != " " && c != "\t" { return false }
        }
        return dash
    }

    /// A pinyin gloss a converter left after a character, `發(fā)`, `鄉（xiāng）`: an opening
    /// bracket at `i`, up to seven lowercase letters with at least one tone mark, a closing
    /// bracket. Returns the index after it, or nil. (Without a tone mark, `(a)` or `(km)`
    /// could be text: those stay.)
    static func pinyinGloss(_ src: Scalars, _ i: Int, _ end: Int) -> Int? {
        var j = i + 1, toned = false
        while j < end, j - i <= 8 {
            let c = src[j]
            if c.value &- 0x61 < 26 { j += 1; continue }
            if toneMarked.contains(c) { toned = true; j += 1; continue }
            break
        }
        guard toned, j > i + 1, j < end, src[j] == ")" || src[j] == "）" else { return nil }
        return j + 1
    }
    static let toneMarked = ScalarSet("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".unicodeScalars)

    /// `…较低的短板。1` → `…较低的短板。`; a line that is only `- 3 -` or `第3页` goes.
    /// Shortens the segment's range; the caller gives the code points back.
    static func dropPageNumber(_ s: inout Segment, _ k: UnsafeBufferPointer<Unicode.Scalar>) {
        let a = s.range.lowerBound
        // `第1页共10页` (or `共10页第1页`) a converted PDF left after a line, or as the line.
        if let f = trailingPageOfPages(k, a, s.range.upperBound) { s.range = a..<f; return }
        var j = s.range.upperBound
        while j > a, k[j - 1].isASCIIDigit { j -= 1 }
        let digits = s.range.upperBound - j
        if digits >= 1 && digits <= 3 && j > a && (k[j - 1].isSentenceEnd || (k[j - 1].isClosingQuote && j >= a + 2 && k[j - 2].isSentenceEnd)) {
            s.range = a..<j
            return
        }
        // Whole-line page numbers: -3-, —3—, 第3页 (spaces anywhere).
        guard s.count <= 12 else { return }
        // The line's code points without spaces, on the stack (most short lines are not
        // page numbers; an array per line cost an allocation each).
        let gone = withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 12) { chars -> Bool in
            var n = 0
            for i in s.range where k[i] != " " { chars[n] = k[i]; n += 1 }
            guard n >= 1 && n <= 9 else { return false }
            let f = chars[0], l = chars[n - 1]
            func isDash(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "—" || c == "－" }
            func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { chars[$0].isASCIIDigit } }
            var lo = 0, hi = n
            while lo < hi, isDash(chars[lo]) { lo += 1 }
            while hi > lo, isDash(chars[hi - 1]) { hi -= 1 }
            // - 3 - and —3—: dashes on both sides of the number.
            if isDash(f), isDash(l), hi > lo, digits(lo..<hi) { return true }
            return f == "第" && l == "页" && n >= 2 && digits(1..<n - 1)
        }
        if gone { s.range = a..<a }
    }

    /// Where a `第N页共M页` / `共M页第N页` footer starting at `i` ends (spaces between its parts
    /// and a `/` or `,` between its halves allowed; no further than `end`), or nil. Both halves
    /// are needed: `第3页` alone may be what a sentence says (`见第3页`). Read from the source
    /// at a line's start and from the key at a segment's end.
    static func pageOfPagesEnd<C: RandomAccessCollection>(_ s: C, from start: Int, to end: Int) -> Int?
        where C.Element == Unicode.Scalar, C.Index == Int {
        var i = start
        func skipSpaces() { while i < end, s[i] == " " || s[i] == "\u{3000}" { i += 1 } }
        // One half: 第 or 共, figures, 页; returns its opening character.
        func half() -> Unicode.Scalar? {
            skipSpaces()
            guard i < end, s[i] == "第" || s[i] == "共" else { return nil }
            let open = s[i]; i += 1; skipSpaces()
            let d = i
            while i < end, i - d < 4, s[i].isASCIIDigit { i += 1 }
            guard i > d else { return nil }
            skipSpaces()
            guard i < end, s[i] == "页" else { return nil }
            i += 1
            return open
        }
        guard let a = half() else { return nil }
        skipSpaces()
        if i < end, s[i] == "/" || s[i] == "," || s[i] == "\u{FF0C}" { i += 1 }
        guard let b = half(), a != b else { return nil }
        return i
    }

    /// Where a `第N页共M页` footer that ends a segment (`a..<e` of the key) starts, or nil:
    /// it is at most 13 code points long (the key holds no spaces between its parts).
    static func trailingPageOfPages(_ k: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ e: Int) -> Int? {
        guard e > a, k[e - 1] == "页" else { return nil }
        var p = e - 3
        while p >= max(a, e - 13) {
            if k[p] == "第" || k[p] == "共", pageOfPagesEnd(k, from: p, to: e) == e { return p }
            p -= 1
        }
        return nil
    }

    /// The punctuation inside a sentence that marks a line as prose rather than a title.
    @inline(__always) static func isClausePunct(_ c: Unicode.Scalar) -> Bool {
        c == "," || c == "、" || c == "。" || c == ";" || c == "!" || c == "?"
    }

    /// Whether a segment opens with a list bullet (`- 由…`, `• 各区县…`): an item of its own.
    /// A hyphen counts only before text, not before a figure (`-8月`).
    static func opensWithBullet(_ s: Range<Int>, _ key: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let a = s.lowerBound
        guard s.count >= 2 else { return false }
        if key[a] == "-" { return !key[a + 1].isASCIIDigit && key[a + 1] != "-" }
        return Markers.solidBullets.contains(key[a])
    }

    /// The width text was wrapped at, when many lines share it (PDF and print copies):
    /// a line that long ended only because the page did. At least four lines come near it
    /// (three of a short text's few long lines share a width by chance).
    static func wrapWidth(_ segs: [Segment]) -> Int? {
        // A code point is at most two columns wide: shorter lines need no counting.
        var widths: [Int] = []
        for s in segs where s.endsLine && s.startsLine && s.count >= 15 {
            let w = s.width
            if w >= 30, w <= Self.widestWrap { widths.append(w) }
        }
        let n = widths.count
        guard n >= 6 else { return nil }
        // The width with the most lines within 3 columns of it (digits and Latin letters take one
        // column: lines the page wrapped differ by a column or two either way), the wider on a
        // tie: one pass over the sorted widths with a window (no table, no hashing).
        widths.sort()
        var best = 0, near = 0, lo = 0, hi = 0
        for w in widths {
            while widths[lo] < w - 3 { lo += 1 }
            while hi < n, widths[hi] <= w + 3 { hi += 1 }
            if hi - lo >= near { best = w; near = hi - lo }
        }
        return near >= 4 && near * 3 >= n ? best : nil
    }
    /// The widest page read for a wrap width, in columns.
    static let widestWrap = 400

    /// Whether `next` continues the sentence `prev` left unfinished.
    /// `adjacent`: the lines count as next to each other whatever their numbers (only
    /// dropped running headers stood between).
    /// `titleEnds`: the kind words a title ends with (`Lexicon.kindWordSet`).
    static func shouldJoin(_ prev: Segment, _ next: Segment, _ key: UnsafeBufferPointer<Unicode.Scalar>, wrap: Int? = nil, adjacent: Bool = false,
                           titleEnds: WordSet? = nil) -> Bool {
        guard prev.endsLine, next.startsLine, !next.blankBefore, adjacent || next.afterPage || next.line == prev.line + 1, !prev.tableCell, !next.tableCell else { return false }
        // A document number under a long title stands on its own line.
        if next.shape.isBlockStart || LineShape.isDocNumber(key[next.range]) { return false }
        let a = prev.range.lowerBound, e = prev.range.upperBound
        switch prev.shape {
        case .divider, .salutation, .attachment, .field: return false
        case .label(let c) where c >= prev.count: return false   // positions in a shape are from the segment's start
        default: break
        }
        // Look past closing quotes for how the line ends.
        var j = e
        while j > a, key[j - 1].isClosingQuote && key[j - 1] != ")" { j -= 1 }
        guard j > a else { return false }
        let last = key[j - 1]
        if last.isSentenceEnd || last == ":" { return false }
        // A bulleted item, or a row's cell (`工作要求:`), starts anew (looked at only here:
        // most lines end their sentence).
        if opensWithBullet(next.range, key) || ResponsibilityTable.startsColumn(key, next.range.lowerBound, end: next.range.upperBound) { return false }
        // A heading whose title ended inside the line, prose after it (`(一)严格管控野外火源。各乡镇
        // 要…,要安排专人` / `巡查,…`), goes on as prose does.
        if case .heading = prev.shape, !key[a..<j].contains(where: { $0.isSentenceEnd }) {
            // A numbered paragraph that is prose (its clauses set off by commas) as wide as
            // the lines the page wrapped goes on as prose does (`一、各乡镇要于12月10日前完成
            // …排查,建立隐` / `患清单,逐项落实整改措施。`).
            if let w = wrap, prev.width >= w - 3 && prev.width <= w + 3, key[a..<j].contains(where: { $0 == "," || $0 == ";" }) { return true }
            // A heading closing on a bracket it opened (`(二)集中整治阶段(12月10日—1月5日)`,
            // `…办法(试行)`) is complete: the short sentence under it is its body.
            if last.isClosingBracket, case .heading(let m) = prev.shape {
                // (The bracket's own opening, after the marker: `(二)` itself is no title's.)
                if openingBracket(closingAt: j - 1, in: key, floor: a + m.range.upperBound + 1) != nil { return false }
            }
            // A heading continues onto the next line only when that line ends it: short,
            // and no sentence before its end (`…促进民` / `营经济“两个健康”发展`).
            guard next.count <= 30 else { return false }
            // A sentence of its own (`会议原则通过该办法,由…实施。`) has clauses; a heading's
            // last words have none.
            for i in next.range.dropLast() where key[i].isSentenceEnd || key[i] == "," || key[i] == ";" { return false }
            // Wrapped lines are long: a short heading is complete.
            return prev.count >= 24
        }
        // A long title (`…关于印发…规划责任分解的通知`) ends in its kind word, unpunctuated:
        // the addressees under it are no continuation.
        if !prev.punctuated, prev.count >= 40, let t = titleEnds, t.find(key, endingAt: j, floor: a) != nil { return false }
        // A line wider than the wrap width did not end because the page did.
        if let w = wrap, prev.width >= w - 3 && prev.width <= w + 3 { return true }
        // Titles and names are short and unpunctuated; prose is long or punctuated.
        return prev.count >= 40 || prev.punctuated
    }
}
