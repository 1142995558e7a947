import Foundation

/// What a document says about itself: title, date, kind, document number, addressees,
/// issuer, and for minutes the chair, attendees and absentees. Also where its head ends.
struct DocumentHead {
    var title: String?
    /// The title in key form, for look-ups.
    var titleKey: String?
    var titleParagraphs: [Int] = []
    var kind: DocumentKind = .other
    var date: DateParts?
    var docNumber: String?
    var issuer: String?
    var addressees: [String]?
    var chair: [String]?
    var attendees: [String]?
    var absent: [String]?
    /// Paragraph indices that are head or foot matter, not content.
    var nonContent: Set<Int> = []
    /// First paragraph of the body.
    var bodyStart: Int
}

enum Metadata {
    /// The name before the number of a compilation's divider (`…方案篇一`, `…纪要 篇1`), or nil.
    static func namedDividerName(_ ct: CleanText, _ p: ParagraphInfo) -> Range<Int>? {
        guard case .divider(_, let ls, let le) = p.shape, ls >= le, p.range.count <= LineShape.namedNumberLine,
              let n = LineShape.namedNumber(ct.key, p.range) else { return nil }
        return p.range.lowerBound..<n.nameEnd
    }

    /// The longest bracketed note read as one (`(2024—2026年)`, `(征求意见稿)`).
    static let longestNote = 14

    /// `toc`: the file's tables of contents; one at the head (`目录`, its entries, then the
    /// title) is looked past for the title.
    static func read(_ ct: CleanText, _ paras: [ParagraphInfo], _ slice: DocumentSlice, lexicon: Lexicon, toc: [Range<Int>] = []) -> DocumentHead {
        var head = DocumentHead(bodyStart: slice.paragraphs.lowerBound)
        var candidates: [Int] = []
        var ownTitle: Range<Int>? = nil
        var namedDivider: Int? = nil   // the last divider of the head with no label
        // How many candidates stood above a bare divider (`【篇一】` on its own line) that kept them.
        var aboveDivider: Int? = nil
        var k = slice.paragraphs.lowerBound
        // Head region: dividers, title lines, document numbers, dates, fields.
        while k < slice.paragraphs.upperBound {
            let p = paras[k]
            if case .divider(_, let ls, let le) = p.shape {
                // A title with its divider after it (`…纪要 [篇2]`) is this document's title; the
                // lines above it head the compilation.
                if ls == p.range.lowerBound && ls < le { ownTitle = ls..<le; candidates.removeAll() }
                // Lines above a labelled divider (`第1篇:…`) or one after a compilation's name
                // (`…范文 第1篇`) head the compilation, not this document.
                else if ls < le || !LineShape.opensDivider(ct.key[p.range.lowerBound]) { candidates.removeAll() }
                else if !candidates.isEmpty { aboveDivider = candidates.count }
                if ls >= le { namedDivider = k }
                head.nonContent.insert(k); k += 1; continue
            }
            if LineShape.isDocNumber(ct.key[p.range]) { head.docNumber = ct.string(p.range); head.nonContent.insert(k); k += 1; continue }
            if let d = dateOnly(ct, p.range, fieldsAfter: lexicon) { if head.date == nil || d.day != nil { head.date = d }; head.nonContent.insert(k); k += 1; continue }
            if case .field = p.shape { k += 1; continue }
            if isBreadcrumb(ct, p.range) || isSiteBlurb(ct, p.range) { head.nonContent.insert(k); k += 1; continue }
            // `目录`, `目录/提纲:……` names the contents below it, not the document.
            if Layout.namesContents(ct, p.range) { head.nonContent.insert(k); k += 1; continue }
            // The contents themselves, before the title (`目录` / `一、…………1` / … / the title).
            if let t = toc.first(where: { $0.contains(k) }) {
                if candidates.isEmpty { k = t.upperBound; continue }
                // A compilation's name, its contents, then the first document's own title (a
                // line naming a kind: `…讲话(2篇)` / `目录` / entries / `在全县…会议上的讲话`): the
                // contents divide as a bare divider does.
                if t.upperBound < slice.paragraphs.upperBound, Layout.isHeadLike(ct, paras[t.upperBound]),
                   kindWordPosition(Array(ct.key[paras[t.upperBound].range]), lexicon) != nil {
                    aboveDivider = candidates.count; k = t.upperBound; continue
                }
            }
            // A table's header copied out one cell per line (序号 / 工作任务 / 牵头单位 …) opens
            // the body: its cells are short lines as titles are.
            if k + 2 < slice.paragraphs.upperBound, ResponsibilityTable.headerColumn(ct.key, p.range) != nil,
               ResponsibilityTable.headerColumn(ct.key, paras[k + 1].range) != nil, ResponsibilityTable.headerColumn(ct.key, paras[k + 2].range) != nil { break }
            if Layout.isHeadLike(ct, p), !endsWithColon(ct, p.range) {
                // A value from a metadata table (`11350900-2024-00317`) names nothing: a title
                // holds Chinese characters.
                if !ct.key[p.range].contains(where: { $0.isHan }) { head.nonContent.insert(k); k += 1; continue }
                // A head has a few short lines (issuer, title lines, subtitle, speaker); a run
                // of short lines longer than that (a table copied one cell per line) is body.
                if candidates.count == Self.mostHeadLines { break }
                candidates.append(k); k += 1; continue
            }
            // A long title (`关于印发…方案和…方案的通知`, 60 code points and more) on the first
            // line: no sentence end, and it ends with a kind word.
            if candidates.isEmpty, p.range.count <= Self.longestTitle, case .plain = p.shape,
               !ct.key[p.range].contains(where: { $0 == "。" || $0 == "!" || $0 == "?" }),
               endsWithKindWord(ct.key.string(p.range), lexicon) {
                candidates.append(k); k += 1; continue
            }
            break
        }
        // An addressee line (`各省、自治区、直辖市人民政府:`) right after the title.
        if k < slice.paragraphs.upperBound, case .plain = paras[k].shape, endsWithColon(ct, paras[k].range), paras[k].range.count <= 60,
           !(ct.key[paras[k].range].contains("。")) {
            let r = paras[k].range
            let body = ct.string(r.lowerBound..<r.upperBound - 1)
            let shown = Scalars(body)
            // (With no title above, as a web copy may lose it: only a line that opens with 各,
            // as addressee lines do: `各镇政府,各街道办事处,…:`.)
            if (!candidates.isEmpty || !shown.isEmpty && shown[0] == "各") && !lexicon.salutations.contains(where: { shown.contains($0, in: 0..<shown.count) })
                && !shown.contains("如下", in: 0..<shown.count) {
                head.addressees = splitOutsideBrackets(body)
                head.nonContent.insert(k)
                k += 1
            }
        }
        head.bodyStart = k
        for c in candidates { head.nonContent.insert(c) }
        // A compilation's name, a bare divider, then the document's own title (`…讲话稿范文(精选
        // 2篇)` / `【篇一】` / `在全县…会议上的讲话`): the name heads the compilation. With no title
        // after the divider (the contents, or `同志们:`) the name is the document's.
        if let n = aboveDivider, candidates.count > n { candidates.removeFirst(n) }

        // Title: the first candidate that is not the issuing body; continued over short lines.
        var titleIdx: [Int] = []
        var cands = candidates.filter { if case .plain = paras[$0].shape { return true }; return false }
        if cands.count >= 2 {
            let first = ct.key.string(paras[cands[0]].range)
            let isMasthead = first.hasSuffix("文件") && first.count <= 30
            // (`关于取消…乡` opens a title broken before its kind, whatever it ends with.)
            if isMasthead || (isOrgName(ct, paras[cands[0]].range, lexicon) && kindWordPosition(first, lexicon) == nil && !first.hasPrefix("关于")) {
                let shown = ct.string(paras[cands[0]].range)
                head.issuer = isMasthead ? String(shown.dropLast(2)) : shown
                cands.removeFirst()
            }
        }
        // A speaker's name on its own line (张 三) is not a title.
        cands.removeAll { isPersonNameLine(ct, paras[$0].range, lexicon) }
        // The first line naming a kind of document (one look each; a loop, not a closure,
        // which would hold a copy of the whole text).
        var withKind: Int? = nil, kindOfAnyLine: DocumentKind? = nil
        for (n, c) in cands.enumerated() {
            if let pos = kindWordPosition(Array(ct.key[paras[c].range]), lexicon) { withKind = n; kindOfAnyLine = pos.kind; break }
        }
        // The title is that line, if any; but a subtitle (——在…上的讲话) belongs to the main
        // title above it.
        if let withKind {
            let isSubtitle = ct.key[paras[cands[withKind]].range.lowerBound] == "—"
            if isSubtitle && withKind > 0 { cands = Array(cands[(withKind - 1)...].prefix(1)) }
            else if withKind > 0 {
                // A title broken before its kind word (`…2023年重点工作` / `任务分解和责任分工方案`)
                // starts on the line above; one that opens as titles do (`关于…`, `在…上的讲话`)
                // starts on its own line.
                let line = paras[cands[withKind]].range, above = paras[cands[withKind - 1]].range
                let opens = cands[withKind - 1] + 1 == cands[withKind] && !ct.key.has("关于", at: line.lowerBound) && ct.key[line.lowerBound] != "在"
                    && (opensTitle(ct, above, lexicon) || ct.key.has("关于", at: above.lowerBound))
                cands.removeFirst(opens ? withKind - 1 : withKind)
            }
        }
        // A bracketed note alone (`(草案)`, `(试行)`) is no title: it notes the one above, here
        // the name a compilation's divider gives (`…方案篇二` / `(草案)`).
        if !cands.isEmpty, cands.allSatisfy({ c in
            let r = paras[c].range
            return r.count <= Self.longestNote && ct.key[r.lowerBound] == "(" && ct.key[r.upperBound - 1] == ")"
        }) { cands.removeAll() }
        if let t = ownTitle {
            head.title = ct.compactText(t)
            head.titleKey = ct.key.string(t)
        } else if let first = cands.first {
            titleIdx = [first]
            // Matched in key form (Traditional and full-width folded), shown as written.
            var title = ct.string(paras[first].range)
            var titleKey = ct.key.string(paras[first].range)
            var titleLength = paras[first].range.count
            for c in cands.dropFirst() {
                // A title is at most `longestTitle` code points (and the look at its end stays
                // short).
                guard titleLength + paras[c].range.count <= Self.longestTitle else { break }
                let next = ct.key.string(paras[c].range)
                // A `key:value` line (县防汛指挥长:王强) opens the body, it does not go on with the title.
                guard c == titleIdx.last! + 1, !next.contains(":") else { break }
                let ends = endsWithKindWord(titleKey, lexicon)
                // A bracketed note under a title goes with it: `(2024—2026年)`, `(试行)`; a
                // date under a speech's title (`(2023年2月20日)`) is its date.
                let note = next.count <= 16 && next.first == "(" && next.last == ")" && !next.contains("月")
                // A title closing on its own note (`…范文(通用5篇)`) is complete: the line under it
                // (an author, a site) goes on with nothing.
                let closed = titleKey.utf8.last == UInt8(ascii: ")") && !note
                if !closed && (!ends || note || (next.count <= 10 && endsWithKindWord(next, lexicon))) {
                    title += ct.string(paras[c].range); titleKey += next; titleIdx.append(c); titleLength += paras[c].range.count
                } else { break }
            }
            // A bare kind (常务会议纪要) is named by the body issuing it, on the line above.
            if let issuer = head.issuer, titleKey.unicodeScalars.count <= 8, first > 0, paras[first - 1].range.lowerBound >= 0,
               candidates.contains(first - 1), ct.string(paras[first - 1].range) == issuer {
                title = issuer + title; titleKey = ct.key.string(paras[first - 1].range) + titleKey
                head.issuer = nil
            }
            // The issuing body on its own line right above `关于…的通知` (no blank line
            // between): one title set over two lines, as GB/T 9704 lays titles out.
            if first > slice.paragraphs.lowerBound, candidates.contains(first - 1), !paras[first].blankBefore,
               titleKey.hasPrefix("关于"), isOrgName(ct, paras[first - 1].range, lexicon), !LineShape.isDocNumber(ct.key[paras[first - 1].range]) {
                title = ct.string(paras[first - 1].range) + title
                titleKey = ct.key.string(paras[first - 1].range) + titleKey
                titleIdx.insert(first - 1, at: 0)
            }
            // A page's title may put the document number before it: `京政办发〔2016〕26号《…的通知》`.
            if let t = afterDocNumber(title), let tk = afterDocNumber(titleKey) { title = t; titleKey = tk }
            // A web page may print the title as a book title: `《…关于…的通知》`.
            if let inner = unwrapped(title), let innerKey = unwrapped(titleKey) { title = inner; titleKey = innerKey }
            head.title = removeCJKSpaces(title)
            head.titleKey = titleKey
        } else if let l = slice.dividerLabel {
            head.title = ct.compactText(l)
            head.titleKey = ct.key.string(l)
        } else if let d = namedDivider, let l = namedDividerName(ct, paras[d]) {
            // `联席会议制度实施方案篇一` and no title under it: the name the number follows.
            head.title = ct.compactText(l)
            head.titleKey = ct.key.string(l)
        } else if slice.paragraphs.lowerBound < slice.paragraphs.upperBound,
                  let t = runOnTitle(ct, paras[slice.paragraphs.lowerBound].range, lexicon) {
            // A web copy that lost its line breaks: `关于…的通知发布时间:…各乡镇:…` on one line.
            head.title = ct.compactText(t)
            head.titleKey = ct.key.string(t)
        }
        head.titleParagraphs = titleIdx

        // Kind: from the title, else from what the text holds.
        if let t = head.titleKey.map({ Scalars($0) }), let pos = kindWordPosition(t, lexicon) { head.kind = firstOfJoinedKinds(t, before: pos, lexicon) ?? pos.kind }
        else if let k = kindOfAnyLine { head.kind = k }
        else if let l = slice.dividerLabel, let pos = kindWordPosition(Array(ct.key[l]), lexicon) { head.kind = pos.kind }
        else {
            var hasLabel = false, hasSalutation = false
            for i in slice.paragraphs {
                if case .label = paras[i].shape { hasLabel = true }
                if case .salutation = paras[i].shape { hasSalutation = true }
            }
            head.kind = hasLabel ? .minutes : hasSalutation ? .speech : .other
        }

        // Date: a date line at the head or foot, else a full date opening the body, else the title's.
        var printed: DateParts? = nil   // the day a print footer gives (`…2024年3月5日印发`)
        if head.date == nil {
            var j = slice.paragraphs.upperBound - 1
            var looked = 0, skipped = 0
            while j >= head.bodyStart && looked < 4 {
                // `下次会议时间:` / `2023年11月15日`: the date a label introduces is not the document's.
                let r = paras[j].range
                // The print footer under the signature (`抄送:…`, a field of `Tables.fieldKeys`;
                // `县安委办 2024年11月28日印发`) and publication notes: looked past, not content.
                let field: Bool
                if case .field = paras[j].shape { field = true } else { field = false }
                if skipped < Self.footerLines, field || isPrintFooter(ct, r) || isBoilerplate(ct, r) {
                    if printed == nil, !field, isPrintFooter(ct, r) {
                        var i = r.lowerBound
                        while i < r.upperBound, printed == nil {
                            if let d = Dates.scan(ct.key, at: i), d.year != nil, d.month != nil, d.day != nil { printed = d }
                            i += 1
                        }
                    }
                    head.nonContent.insert(j); j -= 1; skipped += 1
                    // The office that printed it, set apart on the same line (`县安委办    2024年…印发`).
                    if j >= head.bodyStart, ct.line(paras[j].range.lowerBound) == ct.line(r.lowerBound), isOrgName(ct, paras[j].range, lexicon) {
                        head.nonContent.insert(j); j -= 1
                    }
                    continue
                }
                // A template's date (`X年XX月XX日`) stands where the date goes: no date, but the
                // signature above it is still the issuer.
                let template = !r.isEmpty && TimeGrammar.placeholderDate(ct.key, at: r.lowerBound, end: r.upperBound).map { $0.end == r.upperBound && $0.hasDay } == true
                let date = template ? nil : dateOnly(ct, r)
                if template || date != nil, !(j - 1 >= head.bodyStart && endsWithColon(ct, paras[j - 1].range)) {
                    head.date = date; head.nonContent.insert(j)
                    // The signature above the date: the issuing body.
                    if j - 1 >= head.bodyStart, case .plain = paras[j - 1].shape, isOrgName(ct, paras[j - 1].range, lexicon) {
                        head.nonContent.insert(j - 1)
                        if head.issuer == nil { head.issuer = ct.string(paras[j - 1].range) }
                    }
                    break
                }
                j -= 1; looked += 1
            }
        }
        if head.date == nil {
            // A full date on a head line: ——2021年1月10日在…会议上.
            outer: for c in candidates {
                let r = paras[c].range
                var i = r.lowerBound
                while i < r.upperBound {
                    if let d = Dates.scan(ct.key, at: i), d.year != nil, d.month != nil, d.day != nil { head.date = d; break outer }
                    i += 1
                }
            }
        }
        // Fields (`时间:2022年7月12日上午9:00`, `参会人员:…`, a website's `发文字号:`), each line's
        // pairs read once: the date written (成文日期, 会议时间) before the one published.
        var written: DateParts? = nil, published: DateParts? = nil
        for i in slice.paragraphs {
            guard case .field = paras[i].shape else { continue }
            for (key, value) in fieldPairs(ct, paras[i], lexicon) {
                switch lexicon.fieldRoles[key] {
                case .attendees: head.attendees = (head.attendees ?? []) + splitNames(ct, value, lexicon)
                case .absent: head.absent = (head.absent ?? []) + splitNames(ct, value, lexicon)
                case .chair: head.chair = splitNames(ct, value, lexicon)
                case .docNumber:
                    // `发文字号:镇政发〔2024〕7号`; a value on the next line is a line of its own.
                    let v = ct.trimmed(value)
                    if head.docNumber == nil, !v.isEmpty, LineShape.isDocNumber(ct.key[v]) { head.docNumber = ct.compactText(v) }
                case .date where written == nil: written = fieldDate(ct, value)
                case .published where published == nil: published = fieldDate(ct, value)
                case .date, .published, nil: break
                }
            }
            head.nonContent.insert(i)
        }
        if head.date == nil { head.date = written ?? published }
        if head.date == nil, head.bodyStart < slice.paragraphs.upperBound {
            let r = paras[head.bodyStart].range
            if let d = Dates.scan(ct.key, at: r.lowerBound), d.year != nil, d.month != nil, d.day != nil { head.date = d }
            // Minutes numbered by the year under their title (`〔2024〕第6期`, `2024年第6次`) that
            // open with the meeting's day (`5月10日,县委书记…主持召开…`): that day of that year;
            // without a day, the year.
            else if let y = (slice.paragraphs.lowerBound..<head.bodyStart).lazy.compactMap({ issueYear(ct, paras[$0].range) }).first {
                if let d = Dates.scan(ct.key, at: r.lowerBound), d.year == nil, let m = d.month, let day = d.day {
                    head.date = DateParts(year: y, month: m, day: day, range: d.range)
                } else {
                    head.date = DateParts(year: y, month: nil, day: nil, range: 0..<0)
                }
            }
        }
        // With no date of its own, the day it was printed (the 版记's `…印发`) dates it.
        if head.date == nil { head.date = printed }
        if head.date == nil, let t = head.titleKey {
            let folded = Scalars(t)
            var i = 0
            while i < folded.count {
                let inRange = i > 0 && (folded[i - 1] == "—" || folded[i - 1] == "-" || folded[i - 1] == "至" || folded[i - 1] == "~")
                if !inRange, let d = Dates.scan(folded, at: i), d.year != nil,
                   !(d.range.upperBound < folded.count && "—-至~".unicodeScalars.contains(folded[d.range.upperBound])) {
                    head.date = DateParts(year: d.year, month: d.month, day: d.day, range: 0..<0); break
                }
                if folded[i].isASCIIDigit { while i + 1 < folded.count, folded[i + 1].isASCIIDigit { i += 1 } }
                i += 1
            }
        }

        // Notes around the body that are not content: (此件公开发布), photo captions.
        for i in head.bodyStart..<slice.paragraphs.upperBound where isBoilerplate(ct, paras[i].range) { head.nonContent.insert(i) }

        // Minutes: the chair named in the opening.
        if head.chair == nil {
            let limit = min(slice.paragraphs.upperBound, head.bodyStart + 3)
            for i in head.bodyStart..<max(head.bodyStart, limit) {
                if let name = chairInSentence(ct, paras[i].range, lexicon) { head.chair = [name]; break }
            }
        }
        return head
    }

    /// What follows a document number that opens `s` right before a book title
    /// (`京政办发〔2016〕26号《…》` → `《…》`), or nil.
    static func afterDocNumber(_ s: String) -> String? {
        // `号《` looked for in the UTF-8 bytes (scalar indices cost ~2,000 instructions a title).
        var s = s
        return s.withUTF8 { b -> String? in
            var i = 0
            while i + 6 <= min(b.count, 96) {
                // 号 is E5 8F B7, 《 is E3 80 8A.
                if b[i] == 0xE5 && b[i + 1] == 0x8F && b[i + 2] == 0xB7 && b[i + 3] == 0xE3 && b[i + 4] == 0x80 && b[i + 5] == 0x8A {
                    let number = String(decoding: UnsafeBufferPointer(rebasing: b[..<(i + 3)]), as: UTF8.self)
                    guard LineShape.isDocNumber(number.unicodeScalars) else { return nil }
                    return String(decoding: UnsafeBufferPointer(rebasing: b[(i + 3)...]), as: UTF8.self)
                }
                i += 1
            }
            return nil
        }
    }

    /// The text inside `《…》` when the brackets hold the whole string and nothing else is
    /// bracketed (`《关于…的通知》`); else nil (`《X》实施细则` names another work).
    static func unwrapped(_ s: String) -> String? {
        let u = s.unicodeScalars
        guard u.first == "《", u.last == "》", u.count > 2, u.lazy.filter({ $0 == "《" || $0 == "》" }).count == 2 else { return nil }
        return String(String.UnicodeScalarView(u.dropFirst().dropLast()))
    }

    /// The most footer lines looked past for the date above them.
    static let footerLines = 6
    static let yinFa = Scalars("印发")

    /// The print footer's last line (版记), `县安委办 2024年11月28日印发`: the day printed,
    /// after the office that printed it (its `抄送:` lines are fields).
    static func isPrintFooter(_ ct: CleanText, _ r: Range<Int>) -> Bool {
        let k = ct.key
        var a = r.lowerBound
        while a < r.upperBound, k[a] == " " { a += 1 }
        guard r.upperBound - a >= 4, r.upperBound - a <= 40, k.has(yinFa, endingAt: r.upperBound) else { return false }
        var d = r.upperBound - 2
        while d > a, k[d - 1] == " " { d -= 1 }
        return d > a && k[d - 1] == "日"
    }

    static let boilerplateWords = ["此件", "公开发布", "主动公开", "不予公开", "依申请公开", "联系人", "图片来源", "来源", "摄", "责任编辑", "编辑", "记者", "通讯员", "扫一扫", "分享到", "打印本页", "关闭窗口"].map { Scalars($0) }

    static let captionStarts = ["责任编辑", "编辑:", "记者:", "通讯员:", "扫一扫", "打印本页", "关闭窗口", "分享到"].map { Scalars($0) }

    /// Publication notes of official and web copies: a short line wholly in brackets that
    /// names publication or contact (`（此件公开发布）`), or a caption or editor line.
    static func isBoilerplate(_ ct: CleanText, _ r: Range<Int>) -> Bool {
        let k = ct.key
        guard !r.isEmpty, r.count <= 40 else { return false }
        let bracketed = (k[r.lowerBound] == "(" && k[r.upperBound - 1] == ")") || (k[r.lowerBound] == "[" && k[r.upperBound - 1] == "]")
        if bracketed { return boilerplateWords.contains { k.contains($0, in: r) } }
        if k.has("图为", at: r.lowerBound) || k.has("图片", at: r.lowerBound) { return true }
        for w in captionStarts where k.has(w, at: r.lowerBound) { return true }
        return false
    }

    /// A line that is only a person's name, perhaps spaced out: 张 三, 欧阳明.
    static func isPersonNameLine(_ ct: CleanText, _ r: Range<Int>, _ lexicon: Lexicon) -> Bool {
        let han = ct.key[r].filter { $0 != " " }
        guard han.count >= 2 && han.count <= 4, han.allSatisfy(\.isHan) else { return false }
        return lexicon.opensWithSurname(Array(han), at: 0)
    }

    /// `各县（市、区）人民政府，市直有关单位` → two names: separators inside brackets stay.
    static func splitOutsideBrackets(_ s: String) -> [String] {
        // Code points, not Characters: every separator and bracket is one code point.
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        var depth = 0
        func flush() {
            let t = trimmedOfSpaces(cur)
            if !t.isEmpty { out.append(t) }
            cur = String.UnicodeScalarView()
        }
        for c in s.unicodeScalars {
            if c == "(" || c == "（" { depth += 1 } else if c == ")" || c == "）" { depth = max(0, depth - 1) }
            if depth == 0 && (c == "、" || c == "，" || c == "," || c == "；" || c == ";") { flush() } else { cur.append(c) }
        }
        flush()
        return out
    }

    /// Without leading and trailing spaces and tabs (what `.whitespaces` trims).
    static func trimmedOfSpaces(_ v: String.UnicodeScalarView) -> String {
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == "\t" || c.properties.generalCategory == .spaceSeparator }
        var a = v.startIndex, b = v.endIndex
        while a < b, isSpace(v[a]) { a = v.index(after: a) }
        while b > a, isSpace(v[v.index(before: b)]) { b = v.index(before: b) }
        return String(v[a..<b])
    }

    static func endsWithColon(_ ct: CleanText, _ r: Range<Int>) -> Bool { !r.isEmpty && ct.key[r.upperBound - 1] == ":" }

    /// Spaces next to Chinese characters removed, and leading and trailing spaces.
    static func removeCJKSpaces(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0 == " " || $0 == "\u{3000}" }) else { return s }
        let sc = Scalars(s)
        var out = String.UnicodeScalarView()
        for (i, c) in sc.enumerated() {
            if c == " " || c == "\u{3000}" {
                let p = i > 0 ? sc[i - 1] : " ", n = i + 1 < sc.count ? sc[i + 1] : " "
                if Cleanup.isCJKish(p) || Cleanup.isCJKish(n) || p == " " || n == " " || i == 0 || i == sc.count - 1 { continue }
            }
            out.append(c)
        }
        return String(out)
    }


    /// The `key:value` pairs of a field line. Web metadata tables and minutes' heads put
    /// several on one line (`发文日期:2019-01-23 文号:X政〔2019〕2号`, `时间:…地点:…`): a
    /// further pair starts where a known field name ends at a colon.
    static func fieldPairs(_ ct: CleanText, _ p: ParagraphInfo, _ lexicon: Lexicon) -> [(key: String, value: Range<Int>)] {
        guard case .field(let first, let vs) = p.shape else { return [] }
        let k = ct.key
        var out: [(key: String, value: Range<Int>)] = []
        var key = first, start = vs
        let lasts = lexicon.fieldKeyLasts
        for c in vs..<p.range.upperBound where k[c] == ":" {
            // Most colons in values (`09:30`) follow no field name's last character.
            var b = c
            while b > start, k[b - 1] == " " { b -= 1 }
            guard b > start, lasts.contains(k[b - 1]) else { continue }
            for len in stride(from: min(Self.longestFieldKey, c - start), through: 2, by: -1) {
                let name = k.compactString(c - len..<c)
                if lexicon.fieldKeys.contains(name) {
                    out.append((key, start..<(c - len)))
                    key = name; start = c + 1
                    break
                }
            }
        }
        out.append((key, start..<p.range.upperBound))
        return out
    }
    /// A website's trail of links above a copied text (`首页 > 信息公开 > 通知公告`, `当前位置:…`):
    /// not a title, even when it ends with one.
    static func isBreadcrumb(_ ct: CleanText, _ r: Range<Int>) -> Bool {
        let k = ct.key
        guard r.count <= Self.longestTitle else { return false }   // a trail is one short line
        if Self.breadcrumbOpeners.find(k, at: r.lowerBound, limit: r.upperBound) != nil { return true }
        // `首页 新闻中心 政务要闻`, `德育素材网 首页`: the home link and the sections beside it
        // on one short line (the spaces between them are gone from the key, as all spaces
        // between Chinese characters are).
        if r.count <= 30, k.firstIndex(of: "首页", in: r) != nil { return true }
        var arrows = 0
        for i in r where k[i] == ">" || k[i] == "»" || k[i] == "›" { arrows += 1 }
        return arrows >= 2
    }
    static let breadcrumbOpeners = WordSet(table: Tables.breadcrumbOpeners)

    /// A site's blurb over the texts it collected (`下面是小编为大家整理的…,仅供参考。`): the
    /// page's words, no document's.
    static func isSiteBlurb(_ ct: CleanText, _ r: Range<Int>) -> Bool {
        r.count <= Self.longestBlurb && Self.siteBlurbWords.occurs(in: ct.key, r)
    }
    static let siteBlurbWords = WordSet(table: Tables.siteBlurbWords)

    /// A line a web page prints under the text (`上一篇:…`, `相关推荐`): short, opening with one
    /// of `Tables.pageFooters`.
    static func isPageFooter(_ ct: CleanText, _ r: Range<Int>) -> Bool {
        r.count <= Self.longestTitle && Self.pageFooters.mayStart(ct.key[r.lowerBound]) && Self.pageFooters.find(ct.key, at: r.lowerBound, limit: r.upperBound) != nil
    }
    static let pageFooters = WordSet(table: Tables.pageFooters)
    static let longestBlurb = 160

    /// The date a field's value starts with (`2022年7月12日上午`, `2019-01-23 16:40`).
    static func fieldDate(_ ct: CleanText, _ value: Range<Int>) -> DateParts? {
        let vs = ct.trimmed(value).lowerBound
        guard let d = Dates.scan(ct.key, at: vs) ?? Dates.scanNumeric(ct.key, at: vs), d.year != nil, d.month != nil else { return nil }
        return d
    }
    /// How long a title line may be (the longest seen run to about 110 code points).
    static let longestTitle = 150
    /// Short lines a head holds at most before the body (see `read`).
    static let mostHeadLines = 8
    /// Field names are at most this many code points (`会议时间`, `内容概述`).
    static let longestFieldKey = 5

    /// A paragraph that is only a date, perhaps in brackets: `2011年6月7日`, `(2020年9月1日)`.
    /// With `fieldsAfter`, a website's stamp may go on with fields (`2024-02-20 09:37 作者:…`).
    static func dateOnly(_ ct: CleanText, _ r: Range<Int>, fieldsAfter lexicon: Lexicon? = nil) -> DateParts? {
        var a = r.lowerBound, b = r.upperBound
        while a < b, ct.key[a] == "(" || ct.key[a] == " " || ct.key[a] == "[" { a += 1 }
        while b > a, ct.key[b - 1] == ")" || ct.key[b - 1] == " " || ct.key[b - 1] == "]" { b -= 1 }
        guard let d = Dates.scan(ct.key, at: a) ?? Dates.scanNumeric(ct.key, at: a), d.year != nil, d.month != nil else { return nil }
        // A website's time stamp may follow the day: `2024年04月06日 16:40`.
        var e = d.range.upperBound
        if e < b, d.day != nil {
            while e < b, ct.key[e] == " " { e += 1 }
            var digits = 0
            while e < b, ct.key[e].isASCIIDigit || ct.key[e] == ":" { if ct.key[e].isASCIIDigit { digits += 1 }; e += 1 }
            if digits < 3 { e = d.range.upperBound }
        }
        // …or the day of the week: `2024年3月5日(星期二)`, `2024年3月5日 周二` (read to the
        // line's end, its closing bracket kept).
        if e < b, d.day != nil {
            var w = e
            while w < b, ct.key[w] == " " { w += 1 }
            if var x = TimeGrammar.weekdayAfter(ct.key, at: w, end: r.upperBound) {
                while x < r.upperBound, ct.key[x] == " " { x += 1 }
                if x == r.upperBound { return d }
            }
        }
        if e < b, let lx = lexicon {
            while e < b, ct.key[e] == " " { e += 1 }
            if case .field = LineShape.classify(ct.key, e..<b, lexicon: lx) { return d }
        }
        return e == b ? d : nil
    }

    /// Whether a head line could be a title's first part, its kind word on the next line:
    /// a short run of words (no clause punctuation, no brackets a note would use) that
    /// names no organization (an issuer above its title) nor a person, and that says where
    /// or when as titles open (`XX县2024年重点工作`: a place or a year; a site's name or a
    /// button label above a title says neither).
    static func opensTitle(_ ct: CleanText, _ r: Range<Int>, _ lexicon: Lexicon) -> Bool {
        guard r.count >= 4 && r.count <= 40 else { return false }
        var han = 0, placeOrYear = false
        for i in r {
            let c = ct.key[i]
            if c.isHan { han += 1; if Self.placeOrYear.contains(c) { placeOrYear = true }; continue }
            if c.isASCIIDigit { placeOrYear = true }
            // Figures and placeholders (`XX县`, `××市`) too.
            guard c.isASCIIDigit || c.isASCIILetter || c == "×" || c == "、" || c == "“" || c == "”" || c == "《" || c == "》" else { return false }
        }
        return han >= 2 && placeOrYear && !isOrgName(ct, r, lexicon) && !isPersonNameLine(ct, r, lexicon)
    }

    static let placeOrYear = ScalarSet(Tables.placeOrYearMarks.unicodeScalars)

    static func isOrgName(_ ct: CleanText, _ r: Range<Int>, _ lexicon: Lexicon) -> Bool {
        r.count <= 30 && lexicon.orgSuffixes.match(ct.key, endingAt: r.upperBound, floor: r.lowerBound) != nil
    }

    /// A title run into the text after it, at the start of `r`: `关于…` (or a speech's
    /// `在…上的讲话`) up to the last kind word before the first comma, colon or sentence end
    /// (titles hold none), within 80 code points.
    static func runOnTitle(_ ct: CleanText, _ r: Range<Int>, _ lexicon: Lexicon) -> Range<Int>? {
        let k = ct.key
        guard !r.isEmpty else { return nil }
        // A speech's title may name the speaker first (`县委书记在…上的讲话同志们:…`), or
        // follow the page's own shorter title and a space (`…会议上讲话 在…会议上的讲话 同志们:`).
        var speaker = r.lowerBound
        if k[speaker] != "在" {
            var q = r.lowerBound + 2
            while q < min(r.upperBound, r.lowerBound + 16), k[q].isHan, k[q] != "在" { q += 1 }
            if q < r.upperBound, k[q] == "在", lexicon.roleTitles.match(k, endingAt: q, floor: r.lowerBound) != nil { speaker = q }
            else {
                // (The space is gone from the key: the speech's kind word, then 在.)
                var z = r.lowerBound + 6
                let stop = min(r.upperBound - 1, r.lowerBound + Self.longestTitle)
                while z < stop, k[z].isHan || k[z].isASCIIDigit || k[z] == "、" {
                    if k[z] == "在", k[z - 1] == "话" || k[z - 1] == "辞" || k[z - 1] == "稿",
                       let before = kindWordPosition(Array(k[r.lowerBound..<z]), lexicon), before.kind == .speech, r.lowerBound + before.end == z {
                        return runOnTitle(ct, z..<r.upperBound, lexicon)
                    }
                    z += 1
                }
            }
        }
        let speech = k[speaker] == "在"
        guard k.has("关于", at: r.lowerBound) || speech else { return nil }
        var stop = r.lowerBound
        let limit = min(r.upperBound, r.lowerBound + 80)
        while stop < limit, !(k[stop].isSentenceEnd || k[stop] == ":" || k[stop] == ",") { stop += 1 }
        guard let pos = kindWordPosition(Array(k[r.lowerBound..<stop]), lexicon), pos.end > 2 else { return nil }
        // A whole line is a title line, not a run-on one.
        let end = r.lowerBound + pos.end
        if speech {
            guard pos.kind == .speech, k[max(r.lowerBound, end - 5)..<end].contains("上") else { return nil }
            // A title given twice (`在…例会上讲话在…例会上的讲话`): the second.
            for q in (r.lowerBound + 6)..<max(r.lowerBound + 6, end - 6) where k[q] == "在" {
                if let first = kindWordPosition(Array(k[r.lowerBound..<q]), lexicon), r.lowerBound + first.end == q, end < r.upperBound { return q..<end }
            }
        }
        return end < r.upperBound ? r.lowerBound..<end : nil
    }

    /// The kind word nearest the end of `title`.
    static func kindWordPosition(_ title: String, _ lexicon: Lexicon) -> (kind: DocumentKind, end: Int)? {
        kindWordPosition(Scalars(title), lexicon)
    }

    /// The kind word that ends last in `t`; of several ending there, the last listed that is
    /// longer than two characters, else the first listed (the rule the tables were written for).
    /// `minEnd`: look only for one ending there or later.
    static func kindWordPosition(_ t: Scalars, _ lexicon: Lexicon, minEnd: Int = 1) -> (kind: DocumentKind, end: Int)? {
        // One look-up per position from the end, not one scan per kind word.
        var end = t.count
        let floor = max(minEnd, 1)
        while end >= floor, lexicon.kindWordSet.match(t, endingAt: end) == nil { end -= 1 }
        guard end >= floor else { return nil }
        return kindWordEnding(t, at: end, lexicon).map { (kind: $0, end: end) }
    }

    /// `…2023年工作总结和2024年工作计划`: two kinds joined (和, 及, 暨, 与), the first leads: the
    /// look back comes first and the plans follow under their own heading. Nil when the kind
    /// word before `last` is not followed by a joining word.
    static func firstOfJoinedKinds(_ t: Scalars, before last: (kind: DocumentKind, end: Int), _ lexicon: Lexicon) -> DocumentKind? {
        var j = last.end - 2
        while j > 2 {
            // (`关于印发A方案和B方案的通知` joins what it issues: its own kind follows a 的.)
            if t[j] == "的" { return nil }
            if t[j] == "和" || t[j] == "及" || t[j] == "暨" || t[j] == "与", lexicon.kindWordSet.match(t, endingAt: j) != nil,
               let first = kindWordEnding(t, at: j, lexicon), first != last.kind {
                return first
            }
            j -= 1
        }
        return nil
    }
    /// The kind of the kind word ending right at `end` of `t` (one does), or nil: of several
    /// ending there, the last listed that is longer than two characters, else the first listed.
    static func kindWordEnding(_ t: Scalars, at end: Int, _ lexicon: Lexicon) -> DocumentKind? {
        var best: DocumentKind? = nil
        for (ws, kind) in lexicon.kindWordScalars where t.has(ws, endingAt: end) {
            if best == nil || ws.count > 2 { best = kind }
        }
        return best
    }

    /// Whether the title ends with a kind word, ignoring a bracketed note such as (通用).
    static func endsWithKindWord(_ title: String, _ lexicon: Lexicon) -> Bool {
        var t = title
        // A line ending in a book title (`关于印发2022年《政府工作报告》`) names the document issued,
        // not its own kind: the title goes on (`重点任务责任落实分工的通知`).
        // (A title printed whole as a book title, `《…的通知》`, does end.)
        if t.hasSuffix("》") || t.hasSuffix(">"), !(t.hasPrefix("《") || t.hasPrefix("<")) { return false }
        if t.hasSuffix(")") || t.hasSuffix("）"), let open = t.lastIndex(where: { $0 == "(" || $0 == "（" }) { t = String(t[..<open]) }
        // Only a kind word ending in the last two characters counts: no need to look further
        // back (a long line that is no title was scanned to its start, at every line).
        let sc = Scalars(t)
        return kindWordPosition(sc, lexicon, minEnd: sc.count - 2) != nil
    }

    /// Names in a field value: split at separators, or by surname when run together. A
    /// headcount (`村民代表共32人,其中缺席2人`) names no one: it is given whole.
    static func splitNames(_ ct: CleanText, _ r: Range<Int>, _ lexicon: Lexicon) -> [String] {
        for i in r where i + 1 < r.upperBound && ct.key[i].isASCIIDigit && (ct.key[i + 1] == "人" || ct.key[i + 1] == "名") {
            let v = ct.trimmed(r)
            return v.isEmpty ? [] : [ct.compactText(v)]
        }
        var out: [String] = []
        var cur: Scalars = []
        func flush() {
            // `列席:县住建局、县财政局主要负责同志`: the people of the bodies listed; the body names them.
            if let t = lexicon.memberTails.match(cur, endingAt: cur.count, floor: 0), cur.count - t.count >= 2 { cur.removeLast(t.count) }
            if !cur.isEmpty { out.append(contentsOf: splitRunTogether(cur, lexicon)); cur = [] }
        }
        // Where cleanup dropped spaces between characters (`王强 李华 赵敏`): the source skips
        // code points between them.
        func spaced(_ i: Int) -> Bool {
            i > r.lowerBound && i < r.upperBound && ct.key[i - 1].isHan && ct.key[i].isHan && ct.origin(i) > ct.origin(i - 1) + 1
        }
        var i = r.lowerBound
        while i < r.upperBound {
            let c = ct.key[i]
            // `高 谱`: a space inside a two-character name is stray.
            if spaced(i), !(cur.count == 1 && (i + 1 >= r.upperBound || spaced(i + 1) || !ct.key[i + 1].isHan || lexicon.surnames.contains(ct.key[i + 1]))) {
                flush()
            }
            // `李建国(村主任)`: a title in brackets after a person's name is not part of it.
            if c == "(", (2...4).contains(cur.count), lexicon.opensWithSurname(cur, at: 0),
               let close = ct.key[i..<min(r.upperBound, i + 12)].firstIndex(of: ")") {
                i = close + 1
                continue
            }
            if c == " " || c == "、" || c == "," || c == ";" || c == "。" {
                flush()
            } else if c.isHan { cur.append(ct.display(i)) }
            else if c.isASCIIDigit { flush() }
            i += 1
        }
        flush()
        // `主持人:总经理 王建国`: a title alone before a name is the name's, not a person; so are
        // titles after a bare name (`主持:刘建华 县委常委、常务副县长`).
        if out.count >= 2 {
            var kept: [String] = []
            var afterName = false
            for (n, item) in out.enumerated() {
                // (Also with its body's short name: `主持:镇党委书记 李明`.)
                let titled = endsWithTitle(item, lexicon)
                if n + 1 < out.count, titled, lexicon.opensWithSurname(Scalars(out[n + 1]), at: 0) { continue }
                if afterName, titled { continue }
                let s = Scalars(item)
                afterName = !titled && (2...3).contains(s.count) && lexicon.opensWithSurname(s, at: 0)
                kept.append(item)
            }
            out = kept
        }
        return out
    }

    /// The year of an issue line under a title (`〔2024〕第6期`, `2024年第6次`, `[2024]第5号`):
    /// a short line of a year in brackets or with 年, then 第, a number and 期, 次 or 号.
    static func issueYear(_ ct: CleanText, _ r: Range<Int>) -> Int? {
        let k = ct.key
        guard r.count >= 7, r.count <= 16 else { return nil }
        var a = r.lowerBound
        if k[a].isOpeningBracket || k[a] == "[" { a += 1 }
        guard a + 5 < r.upperBound, (a..<a + 4).allSatisfy({ k[$0].isASCIIDigit }), let y = k.asciiInt(a..<a + 4), y >= 1950, y <= 2100 else { return nil }
        var i = a + 4
        guard k[i] == "年" || k[i].isClosingBracket || k[i] == "]" else { return nil }
        i += 1
        guard i < r.upperBound, k[i] == "第" else { return nil }
        let last = k[r.upperBound - 1]
        return last == "期" || last == "次" || last == "号" ? y : nil
    }

    /// Whether `item` is a title and at most its body's short name before it (`县委常委`,
    /// `常务副县长`, `副县长`), no person's name (`李四副县长`).
    static func endsWithTitle(_ item: String, _ lexicon: Lexicon) -> Bool {
        let s = Scalars(item)
        guard s.count >= 2, s.count <= 8 else { return false }
        let t = lexicon.roleTitles.match(s, endingAt: s.count, floor: 0)?.count ?? (s.has(Self.changWei, endingAt: s.count) ? 2 : 0)
        guard t > 0 else { return false }
        let p = s.count - t
        return p == 0 || Self.bodyEnds.contains(s[p - 1])
    }
    static let changWei = Scalars("常委")
    /// Last characters of a body's short name before a title (`县委`, `市政府`, `县`).
    static let bodyEnds = ScalarSet("委县市区局镇乡州省府村司部".unicodeScalars)


    /// `李学文宿建军隗永勤` → three names: a surname starts a name of two or three characters.
    static func splitRunTogether(_ s: Scalars, _ lexicon: Lexicon) -> [String] {
        guard s.count > 4 else { return [s.string(0..<s.count)] }
        // Only a run of names, each opening with a surname, is split; 县财政局主要负责同志 is not.
        var p = 0
        while p < s.count {
            guard lexicon.opensWithSurname(s, at: p) else { return [s.string(0..<s.count)] }
            p += lexicon.doubleSurnames.match(s, at: p) != nil ? 4 : 3
        }
        var out: [String] = []
        var i = 0
        while i < s.count {
            var len = lexicon.doubleSurnames.match(s, at: i) != nil ? 4 : 3
            // A two-character name when the third character starts the next name and a
            // three-character reading would leave a lone character.
            if len == 3, i + 3 < s.count, s.count - (i + 3) == 1 { len = 2 }
            let end = min(s.count, i + len)
            out.append(s.string(i..<end))
            i = end
        }
        return out
    }

    /// `会议由市科协党组书记、主席方杰主持` → 方杰; `县长王大明主持召开…` → 王大明.
    static func chairInSentence(_ ct: CleanText, _ r: Range<Int>, _ lexicon: Lexicon) -> String? {
        let k = ct.key
        guard let z = k.firstIndex(of: "主持", in: r) else { return nil }
        // The name with its title right before 主持, or before the place it was held in
        // (`镇党委书记张卫东在镇政府三楼会议室主持召开…`).
        var ends = [z]
        var p = z
        while p > r.lowerBound, z - p < Reach.phrase, !k[p - 1].isClauseBreak {
            p -= 1
            if k[p] == "在" { ends.append(p); break }
        }
        for e in ends {
            for len in [3, 2, 4] where e - len > r.lowerBound {
                if let name = PartyParser.personName(k, e - len, e, lexicon), name.lowerBound == e - len,
                   lexicon.roleTitles.match(k, endingAt: e - len, floor: r.lowerBound) != nil {
                    return ct.string(name)
                }
            }
        }
        var a = z
        while a > r.lowerBound, k[a - 1].isHan, k[a - 1] != "由" { a -= 1 }
        guard a > r.lowerBound, k[a - 1] == "由" || k[a - 1] == "、" else { return nil }
        // After the last role title before 主持.
        var nameStart = a
        var i = a
        while i < z {
            if let w = lexicon.roleTitles.match(k, at: i, limit: z) { i += w.count; nameStart = i } else { i += 1 }
        }
        let n = z - nameStart
        guard n >= 2 && n <= 4, lexicon.opensWithSurname(k, at: nameStart) else { return nil }
        return ct.string(nameStart..<z)
    }
}
