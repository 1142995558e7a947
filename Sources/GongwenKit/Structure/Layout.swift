import Foundation

/// Paragraph shapes, tables of contents, and where documents start and end in a file.
struct ParagraphInfo {
    var range: Range<Int>
    var shape: LineShape
    var line: Int
    var blankBefore: Bool
}

struct DocumentSlice {
    /// Indices into the file's paragraphs.
    var paragraphs: Range<Int>
    /// The label of the divider that opened it (`第一篇:…` → `…`), as a cleaned range.
    var dividerLabel: Range<Int>?
    /// An attachment or an issued regulation: dated by the document that covers it.
    var coveredBy: Int? = nil
}

enum Layout {
    static func paragraphs(_ ct: CleanText, lexicon: Lexicon) -> [ParagraphInfo] {
        var out = ct.paragraphs.enumerated().map { (n, r) in
            let t = ct.trimmed(r)
            return ParagraphInfo(range: t, shape: LineShape.classify(ct.key, t, lexicon: lexicon),
                                 line: ct.line(t.lowerBound), blankBefore: ct.blankBefore[n])
        }
        // The list of attachments under a notice (附件:1.… / 2.…) is one field, not headings.
        var i = 0
        while i < out.count {
            if case .field(let key, let vs) = out[i].shape, key == "附件" {
                // (`附件:1.2024年…统计表`: a number whose title opens with a figure is no marker,
                // yet it numbers the first attachment.)
                var last = Markers.marker(ct.key, at: vs, end: out[i].range.upperBound)?.ordinal
                    ?? leadingNumber(ct.key, vs, out[i].range.upperBound) ?? 0
                var j = i + 1
                while j < out.count, case .heading(let m) = out[j].shape, m.ordinal == last + 1, out[j].range.count <= 60 {
                    out[j].shape = .field(key: key, valueStart: m.range.upperBound)
                    last = m.ordinal; j += 1
                }
                i = j
            } else { i += 1 }
        }
        return out
    }

    /// The number opening `k[a..<end]` before `.` or `、` (`1.2024年…`), or nil.
    static func leadingNumber(_ k: Scalars, _ a: Int, _ end: Int) -> Int? {
        var j = a
        while j < end, j - a < 3, k[j].isASCIIDigit { j += 1 }
        guard j > a, j < end, k[j] == "." || k[j] == "、" else { return nil }
        return k.asciiInt(a..<j)
    }

    /// A paragraph that is only a heading, or a divider followed by one (`篇二 第一,…`).
    static func isOutlineLike(_ ct: CleanText, _ p: ParagraphInfo) -> Bool {
        var start = p.range.lowerBound
        switch p.shape {
        case .heading: break
        case .divider(_, let labelStart, let labelEnd):
            guard labelEnd == p.range.upperBound, Markers.marker(ct.key, at: labelStart, end: p.range.upperBound) != nil else { return false }
            start = labelStart
        default: return false
        }
        guard p.range.upperBound - start <= 80 else { return false }
        // A contents entry's leader and page number (`…………3`, `......5`; cleanup may have
        // taken the number as a page's) are no sentence.
        let end = withoutLeader(ct.key, start..<p.range.upperBound).upperBound
        // At most one sentence, at the end.
        var ends = 0
        for i in start..<end where ct.key[i].isSentenceEnd { ends += 1 }
        return ends <= 1 && (ends == 0 || ct.key[end - 1].isSentenceEnd || ct.key[end - 1].isASCIIDigit)
    }

    /// What leads a contents entry to its page number.
    static let leaders = ScalarSet("….·-—_".unicodeScalars)

    /// `t` without a contents entry's leader and page number at its end (`…实现全年目标......5`,
    /// `……………` when cleanup took the number); `t` itself when it has none.
    static func withoutLeader(_ k: Scalars, _ t: Range<Int>) -> Range<Int> {
        guard !t.isEmpty else { return t }
        let leaders = Self.leaders
        guard k[t.upperBound - 1].isASCIIDigit || leaders.contains(k[t.upperBound - 1]) else { return t }
        var e = t.upperBound
        while e > t.lowerBound, k[e - 1].isASCIIDigit || k[e - 1] == " " { e -= 1 }
        var l = e
        while l > t.lowerBound, leaders.contains(k[l - 1]) { l -= 1 }
        return e - l >= 2 ? t.lowerBound..<l : t
    }

    /// Runs of paragraphs that form a table of contents: at least three outline-like
    /// headings in a row, most of whose titles the text repeats later.
    static func tocRuns(_ ct: CleanText, _ paras: [ParagraphInfo], lexicon: Lexicon = .shared) -> [Range<Int>] {
        var candidates: [Range<Int>] = []
        var unnumbered: [Range<Int>] = []
        var i = 0
        // A file has a handful of contents lists at most.
        while i < paras.count && candidates.count < 8 {
            if unnumbered.count < 8, i > 0, paras[i - 1].range.count <= Self.contentsLine, namesContents(ct, paras[i - 1].range),
               let run = titlesListed(ct, paras, from: i, lexicon) {
                unnumbered.append(run); i = run.upperBound; continue
            }
            guard isOutlineLike(ct, paras[i]) else { i += 1; continue }
            var j = i
            var headings = 0
            while j < paras.count {
                if isOutlineLike(ct, paras[j]) { headings += 1; j += 1; continue }
                if case .divider(_, let ls, let le) = paras[j].shape, ls >= le { j += 1; continue }
                break
            }
            // Two entries are a table of contents under a line naming one (`目录`).
            let named = headings == 2 && i > 0 && namesContents(ct, paras[i - 1].range)
            if (headings >= 3 || named) && j < paras.count { candidates.append(i..<j) }
            i = max(j, i + 1)
        }
        guard !candidates.isEmpty else { return unnumbered }
        // The first words of each entry's title; all looked for in one pass over the text.
        var probes: [Probe] = []
        for (n, run) in candidates.enumerated() {
            let after = paras[run.upperBound].range.lowerBound
            // A dozen entries tell a table of contents.
            for p in run.prefix(12) {
                var start = paras[p].range.lowerBound
                if case .divider(_, let ls, _) = paras[p].shape { start = ls }
                guard let m = Markers.marker(ct.key, at: start, end: paras[p].range.upperBound) else { continue }
                let t = m.range.upperBound
                let probe = t..<min(t + 6, paras[p].range.upperBound)
                guard probe.count >= 3 else { continue }
                probes.append(Probe(run: n, words: probe, after: after))
            }
        }
        findLater(ct.key, &probes)
        var runs: [Range<Int>] = []
        for (n, run) in candidates.enumerated() {
            // Under a line naming it (`目录`, `目录/提纲:`) the list is a table of contents
            // whatever the text repeats (a copy cut short repeats little of it).
            if run.lowerBound > 0, namesContents(ct, paras[run.lowerBound - 1].range) { runs.append(run); continue }
            // Entries are found at places of their own: items that open alike (`(三)会议原则同意…`
            // `(四)会议原则同意…`, a minutes' decisions) all found at one later item are no contents.
            let mine = probes.filter { $0.run == n }
            var places: [Int] = []
            for p in mine where p.at >= 0 && !places.contains(p.at) { places.append(p.at) }
            if !mine.isEmpty && places.count * 2 >= mine.count { runs.append(run) }
        }
        return unnumbered.isEmpty ? runs : (runs + unnumbered).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Contents listing whole documents by title with no numbers (`目录` / `…的讲话 2` / `…的讲话
    /// 20` / the first title again, `同志们:` under it): the short lines from `i` up to the first
    /// that opens a document; nil when no line in reach does, or only one line stands before it.
    static func titlesListed(_ ct: CleanText, _ paras: [ParagraphInfo], from i: Int, _ lexicon: Lexicon) -> Range<Int>? {
        // A contents list of a compilation has a few dozen entries at most. (The last entry may
        // open as a title does, the body's own title on the next line: that one opens the
        // document.)
        var opens = false   // whether line j opens a document, looked at once a line
        var j = i
        while j < paras.count, j - i < 40 {
            guard case .plain = paras[j].shape, paras[j].range.count <= 60, !ct.key[paras[j].range].contains("。") else { return nil }
            let next = j + 1 < paras.count && j - i >= 1 && opensDocument(ct, paras, j + 1, lexicon)
            if opens && !next { return i..<j }
            opens = next
            j += 1
        }
        return nil
    }

    /// Whether the line names a table of contents: it opens with 目录 (or 提纲) and is short.
    static func namesContents(_ ct: CleanText, _ r: Range<Int>) -> Bool {
        var a = r.lowerBound
        while a < r.upperBound, ct.key[a] == " " { a += 1 }
        return r.upperBound - a <= 12 && (ct.key.has(Self.muLu, at: a) || ct.key.has(Self.tiGang, at: a))
    }
    static let muLu = Scalars("目录"), tiGang = Scalars("提纲")
    /// The longest line naming contents (`目录`, `目 录:`, spaces before it included).
    static let contentsLine = 20

    /// A contents entry's first words, and whether the text repeats them after the list.
    struct Probe {
        var run: Int
        var words: Range<Int>
        var after: Int
        /// Where the words are first found at or after `after`; -1 when they are not.
        var at = -1
        var found: Bool { at >= 0 }
    }

    /// Marks each probe whose words occur at or after its `after`: one pass over the text.
    /// Probes are grouped by first code point, so a position costs one bitmap test and, on a
    /// hit, a look at the probes starting with that character only (entries that are not
    /// found keep the scan going to the end of the text).
    private static func findLater(_ k: Scalars, _ probes: inout [Probe]) {
        guard !probes.isEmpty else { return }
        // Probes have three code points at least; a position is looked at only when its
        // first two could start one (the first alone is often a common character).
        var firsts = ScalarSet(), seconds = ScalarSet()
        var groups: [Unicode.Scalar: [Int]] = [:]
        for (n, p) in probes.enumerated() {
            firsts.insert(k[p.words.lowerBound]); seconds.insert(k[p.words.lowerBound + 1])
            groups[k[p.words.lowerBound], default: []].append(n)
        }
        let order = groups.keys.sorted { $0.value < $1.value }
        let index = ScalarIndex(order.enumerated().map { ($1, $0) })
        let members = order.map { groups[$0]! }
        var left = probes.count
        let start = probes.map(\.after).min()!
        k.withUnsafeBufferPointer { k in
            var i = start
            while i < k.count && left > 0 {
                i = firsts.firstIndex(in: k, from: i, to: k.count)
                if i < k.count, i + 1 < k.count, seconds.contains(k[i + 1]), let g = index[k[i]] {
                    for n in members[g] where !probes[n].found && i >= probes[n].after {
                        let w = probes[n].words
                        var j = 1
                        while j < w.count, i + j < k.count, k[i + j] == k[w.lowerBound + j] { j += 1 }
                        if j == w.count { probes[n].at = i; left -= 1 }
                    }
                }
                i += 1
            }
        }
    }

    /// Whether a paragraph could be a title or other head matter rather than body text.
    static func isHeadLike(_ ct: CleanText, _ p: ParagraphInfo) -> Bool {
        switch p.shape {
        case .plain, .field, .attachment, .divider: break
        default: return false
        }
        if case .divider = p.shape { return true }
        let n = p.range.count
        guard n <= 60 else { return false }
        for i in p.range where ct.key[i] == "。" || ct.key[i] == "!" || ct.key[i] == "?" { return false }
        return true
    }

    /// `关于印发《X》的通知` issues X: the name the notice gives it, or nil.
    static func issuedName(_ title: String?) -> Scalars? {
        // Code points, not Foundation's `range(of:)`: this runs for every document.
        guard let title else { return nil }
        let t = Scalars(title)
        guard let a = t.firstIndex(of: "印发", in: 0..<t.count) else { return nil }
        var b = t.count - 3
        while b > a + 2 && !t.has("的通知", at: b) { b -= 1 }
        guard b > a + 2 else { return nil }
        let name = t[(a + 2)..<b].filter { $0 != "《" && $0 != "》" && $0 != "〈" && $0 != "〉" && $0 != " " }
        return name.count >= 4 ? KeyFold.fold(name) : nil
    }

    /// A covering notice's body names what it issues: `现将《X》印发给你们`, `《X》已经…通过,现
    /// 予印发`. Read from the first paragraphs of the body (web copies often drop the
    /// notice's title and start at its number): the first 《…》 of a paragraph that says 印发给.
    static func issuedNameInBody(_ ct: CleanText, _ paras: [ParagraphInfo], _ body: Range<Int>) -> Scalars? {
        let k = ct.key
        for p in body.prefix(Self.coveringParagraphs) {
            guard let n = issuedBracket(k, paras[p].range) else { continue }
            let name = k[n].filter { $0 != " " }
            return name.count >= 4 ? Scalars(name) : nil
        }
        return nil
    }
    /// In a paragraph that issues (`issues`), the inside of its first `《…》`: the name it gives
    /// what it issues.
    static func issuedBracket(_ k: Scalars, _ r: Range<Int>) -> Range<Int>? {
        guard issues(k, r), let a = k.firstIndex(of: "《", in: r), let b = k.firstIndex(of: "》", in: a..<r.upperBound) else { return nil }
        return (a + 1)..<b
    }
    /// Whether `r` says what a covering notice says as it issues: 印发 with 给 or 你们 after it
    /// (`现印发给你们`, `现将…印发你们`) or 予/予以 before it (`现予印发`).
    static func issues(_ k: Scalars, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i + 1 < r.upperBound {
            i = k.withUnsafeBufferPointer { firstIndex(of: "印", in: UnsafeBufferPointer(rebasing: $0[..<r.upperBound]), from: i) }
            guard i + 1 < r.upperBound else { return false }
            if k[i + 1] == "发" {
                if i + 2 < r.upperBound, k[i + 2] == "给" || k.has("你们", at: i + 2) { return true }
                if i > r.lowerBound, k[i - 1] == "予" || (k[i - 1] == "以" && i - 1 > r.lowerBound && k[i - 2] == "予") { return true }
            }
            i += 1
        }
        return false
    }
    /// How many paragraphs into a body the issuing formula is looked for (addressees, then it).
    static let coveringParagraphs = 3

    /// A notice that issues a regulation and the regulation after it are two documents:
    /// splits `slice` where the regulation's own title line (`name`: `issuedName`, else
    /// `issuedNameInBody`) stands.
    static func splitIssued(_ ct: CleanText, _ paras: [ParagraphInfo], _ slice: DocumentSlice, name: Scalars, bodyStart: Int) -> (DocumentSlice, DocumentSlice)? {
        guard !name.isEmpty else { return nil }
        for p in bodyStart..<slice.paragraphs.upperBound where !paras[p].range.isEmpty && ct.key[paras[p].range.lowerBound] == name[0] && isHeadLike(ct, paras[p]) {
            var key = ct.key[paras[p].range].filter { $0 != " " }
            // A title broken over lines (blank ones between, as web copies print it): the
            // head-like lines after it that go on spelling the name.
            var q = p + 1
            while key.count < name.count, name.starts(with: key), q < slice.paragraphs.upperBound, q < p + 4, isHeadLike(ct, paras[q]) {
                key += ct.key[paras[q].range].filter { $0 != " " }
                q += 1
            }
            if key.elementsEqual(name) {
                return (DocumentSlice(paragraphs: slice.paragraphs.lowerBound..<p, dividerLabel: slice.dividerLabel, coveredBy: slice.coveredBy),
                        DocumentSlice(paragraphs: p..<slice.paragraphs.upperBound, dividerLabel: nil, coveredBy: -1))
            }
        }
        return nil
    }

    /// A covering notice whose copy leaves out the issued document's title line: the notice
    /// signs off (issuer's line, date line) right after its issuing formula and the issued
    /// text follows. Splits after the date; the issued document is titled by the name the
    /// formula gives it in `《…》` (the range of that name).
    static func splitAfterSignature(_ ct: CleanText, _ paras: [ParagraphInfo], _ slice: DocumentSlice, name: Scalars, bodyStart: Int,
                                    lexicon: Lexicon) -> (DocumentSlice, DocumentSlice)? {
        let k = ct.key
        let end = slice.paragraphs.upperBound
        for p in bodyStart..<min(end, bodyStart + coveringParagraphs) {
            // The formula names the document: the 《…》 holding the name.
            guard let n = issuedBracket(k, paras[p].range) else { continue }
            guard KeyFold.fold(Scalars(k[n].filter { $0 != " " })).elementsEqual(name) else { return nil }
            // Issuer, then date, then the issued text (a paragraph of prose).
            let sig = p + 1, date = p + 2
            guard date + 1 < end, Metadata.isOrgName(ct, paras[sig].range, lexicon),
                  Metadata.dateOnly(ct, paras[date].range) != nil, !isHeadLike(ct, paras[date + 1]) else { return nil }
            return (DocumentSlice(paragraphs: slice.paragraphs.lowerBound..<date + 1, dividerLabel: slice.dividerLabel, coveredBy: slice.coveredBy),
                    DocumentSlice(paragraphs: date + 1..<end, dividerLabel: n, coveredBy: -1))
        }
        return nil
    }

    /// Whether paragraph `k` is a document's title with what opens that kind of document
    /// right after it (a date, number or subtitle line between at most): a speech's
    /// `同志们:`, minutes' first field (`时间:…`), a notice's addressees (`各乡镇:`).
    static func opensDocument(_ ct: CleanText, _ paras: [ParagraphInfo], _ k: Int, _ lexicon: Lexicon) -> Bool {
        // A title is a short line (`isHeadLike`): most body paragraphs are turned away here.
        guard k + 1 < paras.count, paras[k].range.count >= 6, paras[k].range.count <= 60 else { return false }
        // What opens a document, and the kind it opens (looked at first: it is rare).
        func opening(_ p: ParagraphInfo) -> DocumentKind? {
            switch p.shape {
            case .salutation: return .speech
            case .field: return .minutes
            case .plain:
                let r = p.range
                if !r.isEmpty && r.count <= 60 && ct.key[r.upperBound - 1] == ":" && !ct.key[r].contains("。") { return .notice }
                // Minutes opening with the day and who chaired (`2024年5月8日,镇党委书记张卫东
                // 主持召开党委会议。`).
                if r.count >= 10, ct.key[r.lowerBound].isASCIIDigit || Numerals.digit(ct.key[r.lowerBound]) != nil,
                   Dates.scan(ct.key, at: r.lowerBound) != nil, Metadata.chairInSentence(ct, r, lexicon) != nil {
                    return .minutes
                }
                return nil
            default: return nil
            }
        }
        var kind = opening(paras[k + 1])
        if kind == nil, k + 2 < paras.count, isHeadLike(ct, paras[k + 1]) { kind = opening(paras[k + 2]) }
        guard let kind, isHeadLike(ct, paras[k]) else { return false }
        let titled = Metadata.kindWordPosition(Array(ct.key[paras[k].range]), lexicon)?.kind
        // A report read to a congress opens as a speech does (`政府工作报告` / `各位代表:`).
        return titled == kind || kind == .speech && titled == .report
    }

    /// Splits the file into documents at dividers and attachments outside tables of
    /// contents. A divider whose document has no body yet merges into it.
    static func split(_ ct: CleanText, _ paras: [ParagraphInfo], toc: [Range<Int>], lexicon: Lexicon = .shared) -> [DocumentSlice] {
        var slices: [DocumentSlice] = []
        var start = 0
        var label: Range<Int>? = nil
        var hasBody = false
        var attachment = false
        var tocIdx = 0
        var k = 0
        func close(_ end: Int) {
            if end > start {
                slices.append(DocumentSlice(paragraphs: start..<end, dividerLabel: label,
                                            coveredBy: attachment && !slices.isEmpty ? slices.count - 1 : nil))
            }
        }
        while k < paras.count {
            if tocIdx < toc.count && toc[tocIdx].contains(k) { k = toc[tocIdx].upperBound; tocIdx += 1; continue }
            let p = paras[k]
            // The page's lines under the text (`上一篇:…`, `相关推荐` and its links) belong to no
            // document: the one open ends, and the next starts where a document opens.
            if hasBody, case .plain = p.shape, !p.range.isEmpty, Metadata.isPageFooter(ct, p.range) {
                close(k)
                var j = k + 1
                while j < paras.count {
                    if case .divider = paras[j].shape { break }
                    if opensDocument(ct, paras, j, lexicon) { break }
                    j += 1
                }
                start = j; label = nil; hasBody = false; attachment = false
                k = j
                continue
            }
            var opens = false
            var newLabel: Range<Int>? = nil
            switch p.shape {
            case .divider(_, let ls, let le):
                opens = true
                if ls < le { newLabel = ls..<le }
            case .attachment:
                opens = k > 0
            case .plain:
                // Documents run together without a divider: a title, then (after a date or
                // subtitle line at most) what opens its kind, opens the next one. A title
                // repeated within the head lines (under a web page's blurb, `下面是小编为大家整理
                // 的…`) opens nothing; the same title opening a document of its own both times
                // (two speeches of one name, `同志们:` under each) opens the second.
                opens = hasBody && opensDocument(ct, paras, k, lexicon)
                    && !(start..<min(k, start + Metadata.mostHeadLines)).contains {
                        ct.key[paras[$0].range].elementsEqual(ct.key[p.range]) && !opensDocument(ct, paras, $0, lexicon)
                    }
            default: break
            }
            if opens {
                if hasBody {
                    let isAttachment: Bool
                    if case .attachment = p.shape { isAttachment = true } else { isAttachment = false }
                    // `attachment` tells whether the slice closed here opened at one.
                    close(k)
                    attachment = isAttachment
                    start = k; label = newLabel; hasBody = false
                } else if label == nil || newLabel != nil && label == nil {
                    label = newLabel
                }
            } else if !hasBody, !isHeadLike(ct, p) {
                // (A site's blurb over a compilation is no body of the first document.)
                if case .salutation = p.shape {} else if !Metadata.isSiteBlurb(ct, p.range) { hasBody = true }
            }
            k += 1
        }
        close(paras.count)
        return slices
    }
}
