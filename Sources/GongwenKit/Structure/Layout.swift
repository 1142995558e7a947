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
}

enum Layout {
    static func paragraphs(_ ct: CleanText, lexicon: Lexicon) -> [ParagraphInfo] {
        ct.paragraphs.enumerated().map { (n, r) in
            let t = ct.trimmed(r)
            return ParagraphInfo(range: t, shape: LineShape.classify(ct.key, t, lexicon: lexicon),
                                 line: ct.line(t.lowerBound), blankBefore: ct.blankBefore[n])
        }
    }

    /// A paragraph that is only a heading, or a divider followed by one (`篇二 第一,…`).
    static func isOutlineLike(_ ct: CleanText, _ p: ParagraphInfo) -> Bool {
        var start = p.range.lowerBound
        switch p.shape {
        case .heading: break
        case .divider(_, let labelStart):
            guard Markers.marker(ct.key, at: labelStart, end: p.range.upperBound) != nil else { return false }
            start = labelStart
        default: return false
        }
        guard p.range.upperBound - start <= 80 else { return false }
        // At most one sentence, at the end.
        var ends = 0
        for i in start..<p.range.upperBound where ct.key[i].isSentenceEnd { ends += 1 }
        return ends <= 1 && (ends == 0 || ct.key[p.range.upperBound - 1].isSentenceEnd || ct.key[p.range.upperBound - 1].isASCIIDigit)
    }

    /// Runs of paragraphs that form a table of contents: at least three outline-like
    /// headings in a row, most of whose titles the text repeats later.
    static func tocRuns(_ ct: CleanText, _ paras: [ParagraphInfo]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = 0
        while i < paras.count {
            guard isOutlineLike(ct, paras[i]) else { i += 1; continue }
            var j = i
            var headings = 0
            while j < paras.count {
                if isOutlineLike(ct, paras[j]) { headings += 1; j += 1; continue }
                if case .divider(_, let ls) = paras[j].shape, ls >= paras[j].range.upperBound { j += 1; continue }
                break
            }
            if headings >= 3 && repeatedLater(ct, paras, i..<j) { runs.append(i..<j) }
            i = max(j, i + 1)
        }
        return runs
    }

    private static func repeatedLater(_ ct: CleanText, _ paras: [ParagraphInfo], _ run: Range<Int>) -> Bool {
        guard run.upperBound < paras.count else { return false }
        let after = paras[run.upperBound].range.lowerBound..<ct.key.count
        var total = 0, found = 0
        for p in run {
            var start = paras[p].range.lowerBound
            if case .divider(_, let ls) = paras[p].shape { start = ls }
            guard let m = Markers.marker(ct.key, at: start, end: paras[p].range.upperBound) else { continue }
            let t = m.range.upperBound
            let probe = t..<min(t + 6, paras[p].range.upperBound)
            guard probe.count >= 3 else { continue }
            total += 1
            if ct.key.firstIndex(of: Array(ct.key[probe]), in: after) != nil { found += 1 }
        }
        return total > 0 && found * 2 >= total
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

    /// Splits the file into documents at dividers and attachments outside tables of
    /// contents. A divider whose document has no body yet merges into it.
    static func split(_ ct: CleanText, _ paras: [ParagraphInfo], toc: [Range<Int>]) -> [DocumentSlice] {
        var slices: [DocumentSlice] = []
        var start = 0
        var label: Range<Int>? = nil
        var hasBody = false
        var tocIdx = 0
        var k = 0
        func close(_ end: Int) {
            if end > start { slices.append(DocumentSlice(paragraphs: start..<end, dividerLabel: label)) }
        }
        while k < paras.count {
            if tocIdx < toc.count && toc[tocIdx].contains(k) { k = toc[tocIdx].upperBound; tocIdx += 1; continue }
            let p = paras[k]
            var opens = false
            var newLabel: Range<Int>? = nil
            switch p.shape {
            case .divider(_, let ls):
                opens = true
                if ls < p.range.upperBound { newLabel = ls..<p.range.upperBound }
            case .attachment:
                opens = k > 0
            default: break
            }
            if opens {
                if hasBody {
                    close(k)
                    start = k; label = newLabel; hasBody = false
                } else if label == nil || newLabel != nil && label == nil {
                    label = newLabel
                }
            } else if !isHeadLike(ct, p) {
                if case .salutation = p.shape {} else { hasBody = true }
            }
            k += 1
        }
        close(paras.count)
        if slices.isEmpty { slices.append(DocumentSlice(paragraphs: 0..<paras.count, dividerLabel: nil)) }
        return slices
    }
}
