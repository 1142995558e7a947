import Foundation

/// The heading tree of one document: numbered headings at line starts or run into the
/// line before, labels of minutes holding the items after them, inline enumerations,
/// and each section's body. Levels follow the order the text uses, with GB/T 9704's
/// order as the prior where the text does not show it.
struct StructureResult {
    /// The tree; its sections are made one root at a time (`tree.section`).
    var tree = SectionTree()
    var outline: [OutlineEntry] = []
    /// Body paragraphs before the first heading.
    var preamble: [Range<Int>] = []
    /// Where a numbered heading or label starts a section: its marker path, and the year
    /// the section names (its own title's, else its parent's): `三、2023年工作打算`.
    /// Where a section starts, its path, the year its heading names, and whether its
    /// heading announces plans (`二、2024年工作安排`, `下一步工作打算`): in a report or summary
    /// its sentences may command like a plan's.
    struct SectionMark { var pos: Int; var path: [String]; var year: Int?; var plans = false
        /// The heading looks back (`一、基本情况`, `存在的问题`): in a plan or a notice the
        /// sentences under it tell, as a report's review does.
        var looksBack = false }
    /// The marks in order of position.
    var marks: [SectionMark] = []
    /// Text that is a directive by where it stands (items under 会议决定:, a list of
    /// instructions), with the modality the context gives.
    var forced: [(range: Range<Int>, modality: Modality)] = []
    /// Cleaned ranges of the document's content, in order: where extractors look.
    var content: [Range<Int>] = []
    /// Title ranges of numbered headings (not labels, not inline).
    var headingTitles: [Range<Int>] = []

    /// The innermost section holding `pos`: the last mark at or before it.
    func mark(at pos: Int) -> SectionMark? {
        var lo = 0, hi = marks.count
        while lo < hi { let mid = (lo + hi) / 2; if marks[mid].pos <= pos { lo = mid + 1 } else { hi = mid } }
        return lo == 0 ? nil : marks[lo - 1]
    }
}

/// The heading tree before its sections become output values: a writer makes one
/// top-level section at a time and lets it go.
struct SectionTree {
    struct Node { var hit: HeadingTree.Hit; var children: [Int] = []; var body: [Range<Int>] = []; var inlines: [HeadingTree.Hit] = [] }
    var nodes: [Node] = []
    var roots: [Int] = []

    /// A child of a section: a sub-section (a node) or an inline item.
    enum Child { case node(Int), inline(HeadingTree.Hit) }

    /// The children of node `i` in reading order: sub-sections and inline items, by where
    /// their spans start. Every writer of sections takes this order from here.
    func children(_ i: Int, _ ct: CleanText) -> [Child] {
        let n = nodes[i]
        var order: [(start: Int, child: Child)] = []
        order.reserveCapacity(n.children.count + n.inlines.count)
        for c in n.children { order.append((nodes[c].hit.span(ct).start, .node(c))) }
        for h in n.inlines { order.append((h.span(ct).start, .inline(h))) }
        order.sort { $0.start < $1.start }
        return order.map(\.child)
    }

    func section(_ i: Int, _ ct: CleanText) -> Section {
        let n = nodes[i]
        let children = children(i, ct).map { c -> Section in
            switch c {
            case .node(let j): return section(j, ct)
            case .inline(let h): return HeadingTree.inlineSection(ct, h)
            }
        }
        return Section(marker: n.hit.markerText(ct), style: n.hit.style.rawValue, ordinal: n.hit.ordinal,
                       title: ct.compactText(n.hit.title), line: ct.line(n.hit.start),
                       span: n.hit.span(ct), inline: false,
                       children: children, body: n.body.map { HeadingTree.paragraph(ct, $0) })
    }
}

enum HeadingTree {
    /// One heading found in the text, before it is placed in the tree.
    struct Hit {
        var marker: Marker?          // nil for a label
        /// The marker as written (empty for a label): a range, its text made only when a
        /// Section value is asked for (JSON copies the bytes), so a hit holds no reference.
        var markerRange: Range<Int>
        var style: MarkerStyle
        var ordinal: Int?
        var start: Int               // first code point of the marker
        var title: Range<Int>
        var bodyStart: Int           // where the body after the title begins
        var end: Int = 0             // end of the heading's own text (paragraph or next hit)
        var inline = false
        var labelModality: Modality? = nil
        /// A numbered heading, not a label. (A pattern, not `marker != nil`: that comparison
        /// went through Marker's Equatable conformance and generic value witnesses.)
        var isNumbered: Bool { if case .some = marker { return true } else { return false } }

        func markerText(_ ct: CleanText) -> String { ct.string(markerRange) }

        /// Source span of the marker and title.
        func span(_ ct: CleanText) -> Span { ct.span(start..<max(title.upperBound, start)) }
    }

    static func build(_ ct: CleanText, _ paras: [ParagraphInfo], _ slice: DocumentSlice, _ head: DocumentHead,
                      toc: [Range<Int>], lexicon: Lexicon) -> StructureResult {
        var result = StructureResult()
        let k = ct.key
        var hits: [Hit] = []
        var seen = Seen()
        // Paragraph body pieces, in order, each tagged with the hit it follows (-1 = preamble).
        var pieces: [(range: Range<Int>, owner: Int)] = []
        var consumed = Set<Int>()
        var introModality: Modality? = nil
        var introStyle: MarkerStyle? = nil

        // A bare number heads a line (`1 总则`) only in a text numbered in outline form (`1.1 …`
        // somewhere): elsewhere `1 张三` is a row of a list. (Looked for once, at the first bare number.)
        var outlineNumbersSeen: Bool? = nil
        func outlineNumbers() -> Bool {
            if let seen = outlineNumbersSeen { return seen }
            let seen = slice.paragraphs.contains { if case .heading(let m) = paras[$0].shape { return m.style == .decimal2 }; return false }
            outlineNumbersSeen = seen
            return seen
        }
        // Contents set before the title (`目录` / entries / the title) are the outline too.
        for run in toc where run.lowerBound >= slice.paragraphs.lowerBound && run.upperBound <= head.bodyStart {
            for q in run { result.outline.append(contentsOf: outlineEntries(ct, paras[q], lexicon)) }
        }
        var p = head.bodyStart
        while p < slice.paragraphs.upperBound {
            defer { p += 1 }
            if head.nonContent.contains(p) || consumed.contains(p) {
                if case .field = paras[p].shape { introModality = nil }
                continue
            }
            if let run = toc.first(where: { $0.contains(p) }) {
                for q in run { result.outline.append(contentsOf: outlineEntries(ct, paras[q], lexicon)) }
                p = run.upperBound - 1
                continue
            }
            let para = paras[p]
            let r = para.range
            var found: [Hit] = []
            // `…如下意见。一、强化责任落实。…` run into a line, `二、…` on its own line later: a
            // first marker opens a list when the next heading of its style at a line start
            // (within `Reach.paragraphs`) is its second. Looked at only for such markers.
            // (A local function, not a closure value: passed only as a non-escaping argument,
            // its context stays on the stack.)
            func secondAhead(_ style: MarkerStyle) -> Bool {
                var q = p + 1
                let last = min(slice.paragraphs.upperBound, p + 1 + Reach.paragraphs)
                while q < last {
                    if case .heading(let m) = paras[q].shape, m.style == style, !head.nonContent.contains(q),
                       !toc.contains(where: { $0.contains(q) }) { return m.ordinal == 2 }
                    q += 1
                }
                return false
            }
            defer {
                // Content for the extractors: the paragraph cut where each heading starts, so
                // no sentence runs from one section into the next.
                var from = r.lowerBound
                if case .label(let cs) = para.shape { from = cs }
                for h in found where h.start > from && h.start < r.upperBound {
                    result.content.append(from..<h.start); from = h.start
                }
                if from < r.upperBound { result.content.append(from..<r.upperBound) }
            }
            switch para.shape {
            case .heading(let m) where m.style != .decimal1 || outlineNumbers():
                var h = numbered(ct, m, r)
                if h.title.isEmpty, p + 1 < slice.paragraphs.upperBound, case .plain = paras[p + 1].shape {
                    // A marker alone on its line: the next line is its title.
                    let nr = paras[p + 1].range
                    h.title = titleRange(ct, nr.lowerBound, nr.upperBound)
                    h.bodyStart = bodyAfter(ct, h.title, nr.upperBound)
                    consumed.insert(p + 1)
                    result.content.append(nr)
                    found = [h]
                    if h.bodyStart < nr.upperBound { pieces.append((h.bodyStart..<nr.upperBound, hits.count)) }
                    h.end = nr.upperBound
                    hits.append(h); seen.add(h)
                    continue
                }
                found = runIns(ct, h, r.upperBound)
                // Headings run into the body after it (web copies that lost their line breaks).
                if let last = found.last, last.bodyStart < r.upperBound {
                    // (From the colon a title stopped at: `…原则:〔一〕遵守…`.)
                    var from = last.bodyStart
                    while from > last.title.upperBound, k[from - 1] != ":" { from -= 1 }
                    if from == last.title.upperBound { from = last.bodyStart } else { from -= 1 }
                    // (And from the full stop the title ended at: `一、总体要求坚持…。二、工作目标…`.)
                    if from == last.bodyStart, from > last.title.upperBound, Self.sentenceStops.contains(k[from - 1]) { from -= 1 }
                    let more = afterSentences(ct, from..<r.upperBound, seen: seen.adding(found), secondAhead: secondAhead)
                    found += more
                }
            case .label(let cs):
                var end = cs - 1
                while end > r.lowerBound, k[end - 1] == " " { end -= 1 }
                var h = Hit(marker: nil, markerRange: r.lowerBound..<r.lowerBound, style: .label, ordinal: nil, start: r.lowerBound,
                            title: r.lowerBound..<end, bodyStart: cs)
                let written = ct.key.compactString(r.lowerBound..<end)
                h.labelModality = labelModality(LineShape.labelName(written, lexicon) ?? written, lexicon)
                found = [h]
            default:
                let inner = afterSentences(ct, r, seen: seen, secondAhead: secondAhead)
                if let first = inner.first {
                    if first.start > r.lowerBound { pieces.append((r.lowerBound..<first.start, hits.count - 1)) }
                    // The text before the first run-in heading may introduce its list.
                    introModality = introducesInstructions(ct, r.lowerBound..<first.start, lexicon)
                    introStyle = nil
                    found = inner
                    break
                }
                pieces.append((r, hits.count - 1))
                // An introduction ending in `…五点建议:` makes the list after it instructions.
                introModality = introducesInstructions(ct, r, lexicon)
                introStyle = nil
                continue
            }
            for (n, var h) in found.enumerated() {
                h.end = n + 1 < found.count ? found[n + 1].start : r.upperBound
                // The list an introduction announces is the run of headings of its first item's style.
                if introModality != nil, h.isNumbered {
                    if introStyle == nil { introStyle = h.style }
                    if introStyle != h.style { introModality = nil; introStyle = nil }
                }
                if h.labelModality == nil, h.isNumbered, let m = introModality { h.labelModality = m }
                hits.append(h); seen.add(h)
                if h.bodyStart < h.end { pieces.append((h.bodyStart..<h.end, hits.count - 1)) }
            }
            if found.contains(where: { !$0.isNumbered }) { introModality = nil }
            // A heading whose own text ends introducing a list (…会议议定:).
            if found.last?.isNumbered == true, found.last!.bodyStart < r.upperBound, let m = introducesInstructions(ct, r, lexicon) {
                introModality = m; introStyle = nil
            }
        }

        // Place hits in the tree.
        var nodes: [SectionTree.Node] = hits.map { SectionTree.Node(hit: $0) }
        var roots: [Int] = []
        var stack: [Int] = []   // node indices
        var parentOf = [Int](repeating: -1, count: nodes.count)
        for (i, h) in hits.enumerated() {
            if !h.isNumbered {
                // A label: sibling of an open label, else child of the innermost numbered heading.
                if let li = stack.lastIndex(where: { !hits[$0].isNumbered }) { stack.removeSubrange(li...) }
            } else if let si = stack.lastIndex(where: { hits[$0].style == h.style }) {
                stack.removeSubrange(si...)
            } else if h.style.isLegalLevel, let top = stack.last, hits[top].isNumbered, hits[top].style.isLegalLevel,
                      hits[top].style.defaultRank > h.style.defaultRank {
                // 编 > 章 > 节 > 条 whatever the text shows first: a chapter after a general
                // article (`第一条 …` / `第一章 …`) is no part of it.
                while let t = stack.last, hits[t].isNumbered, hits[t].style.isLegalLevel,
                      hits[t].style.defaultRank >= h.style.defaultRank { stack.removeLast() }
            } else if h.ordinal == 1, let label = stack.last, !hits[label].isNumbered, parentOf[label] >= 0,
                      hits[parentOf[label]].style.defaultRank > h.style.defaultRank {
                // A list opening under a label that sits under a lower level (`会议议题:1.…2.…` /
                // `会议决定:` / `一、…`): the label starts a part of its own, not an item of the
                // agenda's. It moves up past the levels GB/T 9704 puts below the list, and the list
                // stays under it.
                let rank = h.style.defaultRank
                stack.removeLast()
                let old = parentOf[label]
                nodes[old].children.removeAll { $0 == label }
                while let top = stack.last, hits[top].isNumbered, hits[top].style.defaultRank > rank { stack.removeLast() }
                if let parent = stack.last { nodes[parent].children.append(label); parentOf[label] = parent } else { roots.append(label); parentOf[label] = -1 }
                stack.append(label)
            } else if let ord = h.ordinal, ord > 1 {
                // Not the first of its list, and its list is not open: it continues a list at
                // a higher level, so close the levels GB/T 9704 puts below it.
                let rank = h.style.defaultRank
                while let top = stack.last, hits[top].isNumbered, hits[top].style.defaultRank > rank { stack.removeLast() }
                while let top = stack.last, !hits[top].isNumbered, stack.count > 1,
                      hits[stack[stack.count - 2]].style.defaultRank > rank { stack.removeLast() }
            }
            if let parent = stack.last { nodes[parent].children.append(i); parentOf[i] = parent } else { roots.append(i) }
            stack.append(i)
        }
        // Items under a directive label take its modality, also under a numbered heading that
        // is only a label's name (`三、会议要求`, `二、议定事项`); a topic (`一、关于招商引资`) is
        // no item.
        // (A heading's title is read as a label's name once, and only when it is short and
        // opens as the labels do.)
        var headingLabel: [Int: Modality?] = [:]
        for i in nodes.indices where nodes[i].hit.isNumbered && nodes[i].hit.labelModality == nil {
            let parent = parentOf[i]
            // (A topic with its decision after it on its line, `一、关于经费问题。县财政安排…`, is
            // an item: the decision is read after the topic.)
            guard parent >= 0, !k.has(Self.about, at: nodes[i].hit.title.lowerBound) || nodes[i].hit.bodyStart < nodes[i].hit.end else { continue }
            let m: Modality?
            if !nodes[parent].hit.isNumbered { m = nodes[parent].hit.labelModality }
            else {
                let t = nodes[parent].hit.title
                guard t.count >= 4, t.count <= 8, lexicon.labelFirsts.contains(k[t.lowerBound]) else { continue }
                if let known = headingLabel[parent] { m = known }
                else {
                    m = LineShape.labelName(ct.key.compactString(t), lexicon).flatMap { labelModality($0, lexicon) }
                    headingLabel[parent] = m
                }
            }
            if let m { nodes[i].hit.labelModality = m }
        }
        var preamble: [Range<Int>] = []
        // Each body at its final size at once (appending grew most of them two or three times).
        var bodySizes = [Int](repeating: 0, count: nodes.count)
        for piece in pieces where piece.owner >= 0 { bodySizes[piece.owner] += 1 }
        for i in nodes.indices where bodySizes[i] > 0 { nodes[i].body.reserveCapacity(bodySizes[i]) }
        for piece in pieces { if piece.owner >= 0 { nodes[piece.owner].body.append(piece.range) } else { preamble.append(piece.range) } }

        // Inline enumerations inside each body.
        for i in nodes.indices { nodes[i].inlines = nodes[i].body.flatMap { inlineHits(ct, $0) } }

        // Directives by position; marks for section paths.
        var paths = [[String]](repeating: [], count: nodes.count)
        var years = [Int?](repeating: nil, count: nodes.count)
        var plans = [Bool](repeating: false, count: nodes.count)
        var looksBack = [Bool](repeating: false, count: nodes.count)
        for i in nodes.indices {
            let h = nodes[i].hit
            let parent = parentOf[i]
            var path: [String] = []
            path.reserveCapacity((parent >= 0 ? paths[parent].count : 0) + 1)
            if parent >= 0 { path.append(contentsOf: paths[parent]) }
            path.append(h.isNumbered ? h.markerText(ct) : ct.compactText(h.title))
            paths[i] = path
            years[i] = yearNamed(k, h.title, docYear: head.date?.year) ?? (parent >= 0 ? years[parent] : nil)
            plans[i] = (parent >= 0 && plans[parent]) || lexicon.planHeadings.occurs(in: k, h.title)
            // (The heading's words end in one, a short title: an article or an item that runs on
            // about `进展情况` says what to do with it.)
            looksBack[i] = !plans[i] && ((parent >= 0 && looksBack[parent])
                || h.title.count <= Self.shortHeading && lexicon.lookBackHeadings.find(k, endingAt: h.title.upperBound, floor: h.title.lowerBound) != nil)
            result.marks.append(StructureResult.SectionMark(pos: h.start, path: paths[i], year: years[i], plans: plans[i], looksBack: looksBack[i]))
            if h.isNumbered { result.headingTitles.append(h.title) }
            if let m = h.labelModality {
                if h.isNumbered {
                    // The item's first sentence.
                    let end = h.end
                    let sents = Sentences.split(k, h.title.lowerBound..<end)
                    // An item named by a topic (`3.规划审批。县自然资源局…开辟绿色通道…`, `1.关于…
                    // 经费问题。县财政安排…`): the decision is the sentence after it. A short one may
                    // itself be the decision (`1.成立工作专班。`); one about something (关于) is not.
                    let about = k.has(Self.about, at: h.title.lowerBound)
                    let topicLength = sents.count > 1 ? sents[0].upperBound - h.title.lowerBound : Int.max
                    let topic = topicLength <= (about ? Self.aboutTopicItem : Self.topicItem)
                        && !k[h.title.lowerBound..<sents[0].upperBound].contains(where: { $0 == "," })
                    // (An item over items of its own, `五、其他事项` over `(一)…`, is their heading.)
                    if let first = sents.first, !(topic && about), nodes[i].children.isEmpty || sents.count > 1 { result.forced.append((first, m)) }
                    if topic { result.forced.append((sents[1], m)) }
                } else if h.bodyStart < h.end {
                    for s in Sentences.split(k, h.bodyStart..<h.end) { result.forced.append((s, m)) }
                } else {
                    // A label alone on its line (`会议决议:`) over unnumbered items: the first
                    // sentence of the paragraph after it, and of each item set off by a bullet
                    // (`- 成立财务监督小组,…`); other paragraphs may go back to narrative.
                    for (n, r) in nodes[i].body.enumerated() where n == 0 || Markers.bullets.contains(k[r.lowerBound]) {
                        if let first = Sentences.split(k, r).first { result.forced.append((first, m)) }
                    }
                }
            }
        }
        result.marks.sort { $0.pos < $1.pos }

        result.tree = SectionTree(nodes: nodes, roots: roots)
        result.preamble = preamble
        return result
    }

    /// The longest heading title read for what kind of section it heads (`一、基本情况`,
    /// `一、2023年工作完成情况`).
    static let shortHeading = 16
    static let about = Scalars("关于")
    /// The longest item title (with its end mark) read as a topic naming the decision after it.
    static let topicItem = 12
    /// The same for a topic opening with 关于, which names itself as one.
    static let aboutTopicItem = 40


    /// The year a heading is about, when its title opens with one (`2023年工作打算` → 2023).
    /// A year later in a title is usually a time inside a sentence (`各乡镇要在2025年12月前…`
    /// as an article's first sentence), not the section's subject.
    /// The year a heading's title opens with (`2023年工作打算`, `关于2025年工作安排`), or the
    /// year after the document's for `明年`/`下一年` (`关于明年工作`).
    static func yearNamed(_ k: Scalars, _ title: Range<Int>, docYear: Int?) -> Int? {
        var s = title.lowerBound
        if k.has(about, at: s), s + 2 < title.upperBound { s += 2 }
        if let d = Dates.scan(k, at: s), d.month == nil, d.range.upperBound <= title.upperBound { return d.year }
        if let y = docYear, s + 2 <= title.upperBound, k.has(mingNian, at: s) || k.has(xiaYiNian, at: s) { return y + 1 }
        return nil
    }
    static let mingNian = Scalars("明年"), xiaYiNian = Scalars("下一年")

    static func paragraph(_ ct: CleanText, _ r: Range<Int>) -> Paragraph {
        Paragraph(text: ct.string(r), line: ct.line(r.lowerBound), span: ct.span(r))
    }

    /// A paragraph ending with a colon after a word such as 建议/要求/意见 introduces a list
    /// of instructions.
    static func introducesInstructions(_ ct: CleanText, _ r: Range<Int>, _ lexicon: Lexicon) -> Modality? {
        guard !r.isEmpty, ct.key[r.upperBound - 1] == ":" else { return nil }
        // The word stands right before the colon: 五点建议:, 会议议定:, 要求如下: — not 纪要如下:.
        var e = r.upperBound - 1
        for filler in ["如下", "以下"] where ct.key.has(filler, at: e - 2) { e -= 2 }
        for w in lexicon.listIntroWords where e - w.unicodeScalars.count >= r.lowerBound && ct.key.has(w, at: e - w.unicodeScalars.count) {
            switch w {
            case "建议": return .encourage
            case "决定", "议定", "明确", "确定": return .decide
            default: return .must
            }
        }
        return nil
    }

    static func numbered(_ ct: CleanText, _ m: Marker, _ r: Range<Int>) -> Hit {
        let title = titleRange(ct, m.range.upperBound, r.upperBound)
        return Hit(marker: m, markerRange: Markers.displayRange(ct, m), style: m.style, ordinal: m.ordinal,
                   start: m.range.lowerBound, title: title, bodyStart: bodyAfter(ct, title, r.upperBound))
    }

    /// From `start` to the first 。!?; (exclusive) or `end`, spaces trimmed.
    static func titleRange(_ ct: CleanText, _ start: Int, _ end: Int) -> Range<Int> {
        var i = start
        let limit = min(end, start + Reach.title)
        while i < limit, !ct.key[i].isSentenceEnd {
            // `…主要包括:1.村民自治章程…`: a list opening after a colon is the body's.
            if ct.key[i] == ":", let m = Markers.marker(ct.key, at: i + 1, end: end), m.ordinal == 1 { break }
            i += 1
        }
        if let g = lineEndInTitle(ct, start, i, end) { i = g }
        var b = i
        while b > start, ct.key[b - 1] == " " || ct.key[b - 1] == ":" || ct.key[b - 1] == "," { b -= 1 }
        var a = start
        while a < b, ct.key[a] == " " { a += 1 }
        return a..<b
    }

    /// Where a heading's line ended in a copy that ran its lines together with spaces
    /// (`一、提高站位,…吹响“冲锋号” 思想是行动的先导,…。 第一,…`): the first space the cleanup
    /// dropped inside the title, when the paragraph is such a copy (sentences ending before a
    /// dropped space) and the space is no wrap of a full line (a copy of a printed page breaks
    /// its lines at one width, the longest line's: `(1)加快完成…桥梁、给 排水…`). Nil otherwise.
    static func lineEndInTitle(_ ct: CleanText, _ start: Int, _ titleEnd: Int, _ end: Int) -> Int? {
        let k = ct.key
        // (Only where a run of the cleaned text starts can the source have been cut.)
        var g = ct.nextBreak(after: start + 1)
        // (A marker after the space is a heading run in, which `runIns` reads.)
        while g < titleEnd, !(ct.droppedBefore(g) && k[g].isHan && (k[g - 1].isHan || k[g - 1] == "”") && Markers.marker(k, at: g, end: titleEnd) == nil) {
            g = ct.nextBreak(after: g)
        }
        guard g < titleEnd else { return nil }
        // The paragraph's lines around it (from its start, or `copyLook` back, to its end or
        // `copyLook` on): how many ended a sentence, and the longest (a wrapped line is as long
        // as the page is wide; no other line is longer).
        var from = start
        while from > 0, start - from < Self.copyLook, k[from - 1] != "\n" { from -= 1 }
        let limit = min(k.count, titleEnd + Self.copyLook)
        var stops = 0, width = 0, prev = from
        // A line ends where cleanup dropped the source's space (a run of the key starts there)
        // or where it kept one (between `;` and a figure).
        var nb = ct.nextBreak(after: from)
        var j = from + 1
        while j < limit, k[j] != "\n" {
            var ends = k[j] == " "
            if j >= nb {
                if !ends, ct.droppedBefore(j) { ends = true }
                nb = ct.nextBreak(after: j)
            }
            if ends, j > prev {
                let c = k[j - 1]
                if c.isSentenceEnd || c == ":" || c == ";" { stops += 1 }
                width = max(width, j - prev)
                prev = k[j] == " " ? j + 1 : j
            }
            j += 1
        }
        guard stops >= 2 else { return nil }
        // (The marker's code points stand before `start` on the line.)
        if width > 0, g - start + 2 >= width - 3 { return nil }
        return g
    }
    /// How far after a title a copy's line breaks are looked at.
    static let copyLook = 1200

    static func bodyAfter(_ ct: CleanText, _ title: Range<Int>, _ end: Int) -> Int {
        var i = title.upperBound
        while i < end, ct.key[i].isSentenceEnd || ct.key[i] == " " || ct.key[i] == "”" || ct.key[i] == ":" || ct.key[i] == "," { i += 1 }
        return i
    }

    /// Headings run into a heading's title: `…工作任务 (一)扬优势、补短板(二)抓关键`.
    /// A bracketed marker counts when it opens a list (ordinal 1) or continues the one
    /// it sits in.
    static func runIns(_ ct: CleanText, _ first: Hit, _ end: Int) -> [Hit] {
        var out = [first]
        var cur = first
        while true {
            var found: Hit? = nil
            var i = cur.title.lowerBound + 1
            while i < cur.title.upperBound {
                if ct.key[i] == "(" || ct.key[i] == "〔", let m = Markers.marker(ct.key, at: i, end: end),
                   m.style.isBracketed,
                   m.ordinal == 1 || (m.style == cur.style && m.ordinal == (cur.ordinal ?? 0) + 1) {
                    found = numbered(ct, m, i..<end)
                    break
                }
                // `二、项目推进措施与计划 1.推进城市化建设 (1)…`: a list's first item where the source
                // broke the line (a copy joined it with a space), after the title's words.
                if ct.key[i].isASCIIDigit || Numerals.isChineseNumeral(ct.key[i]) || ct.key[i] == "第", ct.key[i - 1].isHan, ct.droppedBefore(i),
                   let m = Markers.marker(ct.key, at: i, end: end), m.style != .latin,
                   m.ordinal == 1 || (m.style == cur.style && m.ordinal == (cur.ordinal ?? 0) + 1) {
                    found = numbered(ct, m, i..<end)
                    break
                }
                // `第二章内容及程序第五条…`: an article run into its chapter's title.
                if ct.key[i] == "第", cur.style == .chapter || cur.style == .jie || cur.style == .part,
                   let m = Markers.marker(ct.key, at: i, end: end), m.style == .article {
                    found = numbered(ct, m, i..<end)
                    break
                }
                i += 1
            }
            guard let next = found else { break }
            var b = next.start
            while b > cur.title.lowerBound, ct.key[b - 1] == " " || ct.key[b - 1] == "," || ct.key[b - 1] == ":" { b -= 1 }
            out[out.count - 1].title = cur.title.lowerBound..<b
            out[out.count - 1].bodyStart = next.start
            out.append(next)
            cur = next
        }
        return out
    }

    /// Headings that stand after a sentence inside a paragraph: `…通知如下:一、提高认识。…二、加强领导。`
    /// A marker counts when it continues a list already open, or when the paragraph holds
    /// a run of them in sequence starting at 1.
    /// What the run-in search needs of the headings found so far: each style's latest
    /// ordinal and the latest numbered heading, kept up as headings are found rather than
    /// rebuilt for every paragraph (a long document has thousands).
    struct Seen {
        var last = StyleOrdinals()
        var lastNumbered: Hit? = nil
        mutating func add(_ h: Hit) {
            guard h.isNumbered else { return }
            last[h.style] = h.ordinal
            lastNumbered = h
        }
        func adding(_ hs: [Hit]) -> Seen { var s = self; for h in hs { s.add(h) }; return s }
    }

    struct StyleOrdinal: Hashable { var style: MarkerStyle; var ordinal: Int }

    /// What a marker inside a paragraph may follow: a full stop or a colon (and a space after one).
    static let sentenceStops = ScalarSet("。!?: ;".unicodeScalars)

    static func afterSentences(_ ct: CleanText, _ r: Range<Int>, seen: Seen, secondAhead: (MarkerStyle) -> Bool = { _ in false }) -> [Hit] {
        let k = ct.key
        let last = seen.last
        var cands: [(Marker, Int)] = []
        let marks = sentenceStops
        var i = r.lowerBound + 1
        while i < r.upperBound {
            // Only after one of `sentenceStops` can a marker count: skip to the next.
            i = marks.firstIndex(in: k, from: i - 1, to: r.upperBound - 1) + 1
            guard i < r.upperBound else { break }
            let p = k[i - 1]
            // After a full stop or a colon, not after ; or , (那是 a list inside a sentence) —
            // unless the source broke the line there and a copy joined it with a space
            // (`…目标如下: 1.…; 2.…;`).
            let stop = p == "。" || p == "!" || p == "?" || p == ":" || p == ";" && ct.droppedBefore(i)
            if stop || (p == " " && i >= 2 && (k[i - 2] == "。" || k[i - 2] == ":" || k[i - 2] == ";")),
               let m = Markers.marker(k, at: i, end: r.upperBound), m.style != .latin {
                cands.append((m, i)); i = m.range.upperBound; continue
            }
            i += 1
        }
        guard !cands.isEmpty else { return [] }
        var out: [Hit] = []
        var running = last
        // Styles with a second item later on, for each candidate (one pass from the end).
        var secondLater = [StyleSet](repeating: StyleSet(), count: cands.count)
        var seconds = StyleSet()
        for n in cands.indices.reversed() {
            secondLater[n] = seconds
            if cands[n].0.ordinal == 2 { seconds.insert(cands[n].0.style) }
        }
        var given = Set<StyleOrdinal>()
        for (n, (m, _)) in cands.enumerated() {
            let continues = running[m.style].map { m.ordinal == $0 + 1 } ?? false
            let opensRun = m.ordinal == 1 && (secondLater[n].contains(m.style) || secondAhead(m.style))
            let inRun = given.contains(StyleOrdinal(style: m.style, ordinal: m.ordinal - 1))
            // (一) in the body of 二、 opens a list one level down.
            let parent = (out.last(where: { $0.isNumbered }) ?? seen.lastNumbered)
            let opensChild = m.ordinal == 1 && m.style.isBracketed && parent.map { $0.style.defaultRank < m.style.defaultRank } ?? false
            guard continues && m.ordinal >= 2 || opensRun || inRun || opensChild else { continue }
            running[m.style] = m.ordinal
            for h in runIns(ct, numbered(ct, m, m.range.lowerBound..<r.upperBound), r.upperBound)
            where out.last.map({ h.start > $0.start }) ?? true {
                out.append(h)
                if let o = h.ordinal { given.insert(StyleOrdinal(style: h.style, ordinal: o)) }
            }
        }
        // Each heading's own text ends where the next begins.
        for n in out.indices where n + 1 < out.count {
            let next = out[n + 1].start
            let t = out[n].title
            out[n].title = t.lowerBound..<max(t.lowerBound, min(t.upperBound, next))
            out[n].bodyStart = max(out[n].title.upperBound, min(out[n].bodyStart, next))
        }
        return out
    }

    static let inlineFamilies: [(suffix: Unicode.Scalar, style: MarkerStyle)] = [("是", .inlineShi), ("要", .inlineYao), ("抓", .inlineZhua)]
    static let sequenceWords: [(Scalars, Int)] = [(Scalars("首先"), 1), (Scalars("其次"), 2), (Scalars("再次"), 3)]
    static let sequenceFirsts = ScalarSet(sequenceWords.map { $0.0[0] })
    /// Every code point an inline item can start with: a Chinese numeral or 十, or the
    /// first of a sequence word. The scan jumps from one to the next.
    static let inlineStarts: ScalarSet = {
        var set = sequenceFirsts
        set.insert("十")
        for v in UInt32(0x3000)..<0xA000 { if let c = Unicode.Scalar(v), Numerals.digit(c) != nil { set.insert(c) } }
        return set
    }()

    /// 一是…二是…, 一要…二要…, 首先…其次… at clause starts, in sequence.
    static func inlineHits(_ ct: CleanText, _ r: Range<Int>) -> [Hit] {
        let k = ct.key
        var out: [Hit] = []
        var last = StyleOrdinals()
        let starts = inlineStarts
        var i = r.lowerBound
        while i < r.upperBound - 1 {
            i = starts.firstIndex(in: k, from: i, to: r.upperBound - 1)
            guard i < r.upperBound - 1 else { break }
            let atStart = i == r.lowerBound || k[i - 1].isClauseBreak || k[i - 1] == " " || k[i - 1] == "”"
            guard atStart else { i += 1; continue }
            var hit: (style: MarkerStyle, ordinal: Int, len: Int)? = nil
            if let d = Numerals.digit(k[i]), d > 0 || k[i] == "十" {
                let run = Numerals.chineseRun(k, from: i, limit: r.upperBound)
                if run.count <= 2, run.upperBound < r.upperBound, let n = Numerals.chineseInteger(k, run) {
                    for f in inlineFamilies where k[run.upperBound] == f.suffix { hit = (f.style, n, run.count + 1) }
                }
            } else if k[i] == "十", i + 1 < r.upperBound {
                let run = Numerals.chineseRun(k, from: i, limit: r.upperBound)
                if let n = Numerals.chineseInteger(k, run), run.upperBound < r.upperBound {
                    for f in inlineFamilies where k[run.upperBound] == f.suffix { hit = (f.style, n, run.count + 1) }
                }
            } else if sequenceFirsts.contains(k[i]) {
                for (w, n) in sequenceWords where k.has(w, at: i) { hit = (.inlineSeq, n, w.count) }
            }
            if let h = hit, h.ordinal == 1 || last[h.style] == h.ordinal - 1 {
                // 两是 and 一要素 are not enumerations.
                let after = i + h.len
                if after < r.upperBound, !(k[after] == "素" || k[after] == "求" || k[after] == "点") {
                    last[h.style] = h.ordinal
                    let t = titleRange(ct, after, r.upperBound)
                    out.append(Hit(marker: nil, markerRange: i..<after, style: h.style, ordinal: h.ordinal,
                                   start: i, title: t, bodyStart: t.upperBound, inline: true))
                    i = after
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// The modality a label gives the items under it: listed (`会议决定` decides, `会议要求`
    /// requires, `会议认为` none), or for an unlisted 会议…决定/要求, that of its verb.
    static func labelModality(_ name: String, _ lexicon: Lexicon) -> Modality? {
        if let m = lexicon.labelModalities[name] { return m }
        guard !lexicon.labels.contains(name) else { return nil }
        if ["决定", "议定", "同意", "明确", "确定"].contains(where: { name.hasSuffix($0) }) { return .decide }
        if ["要求", "强调", "提出", "部署", "安排"].contains(where: { name.hasSuffix($0) }) { return .must }
        return nil
    }

    static func inlineSection(_ ct: CleanText, _ h: Hit) -> Section {
        Section(marker: h.markerText(ct), style: h.style.rawValue, ordinal: h.ordinal, title: ct.compactText(h.title),
                line: ct.line(h.start), span: h.span(ct), inline: true, children: [], body: [])
    }

    static func outlineEntries(_ ct: CleanText, _ p: ParagraphInfo, _ lexicon: Lexicon) -> [OutlineEntry] {
        var start = p.range.lowerBound
        if case .divider(_, let ls, _) = p.shape { start = ls }
        guard let m = Markers.marker(ct.key, at: start, end: p.range.upperBound) else { return [] }
        return runIns(ct, numbered(ct, m, start..<p.range.upperBound), p.range.upperBound).map {
            OutlineEntry(marker: $0.markerText(ct), title: ct.compactText(Layout.withoutLeader(ct.key, $0.title)), line: ct.line($0.start),
                         span: $0.span(ct))
        }
    }
}
