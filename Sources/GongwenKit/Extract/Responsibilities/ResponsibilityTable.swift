/// Responsibility tables, the common form of 实施方案 and 考核细则: a task followed by
/// `牵头单位:… 配合单位:… 完成时限:…`, in brackets after the task or as lines under it
/// (also when a table was copied out one cell per line with the column names first).
enum ResponsibilityTable {
    enum Column: String { case lead, support, deadline, seq, task }

    /// Every header cell name and its column.
    static let headerCells: [String: Column] = {
        var m: [String: Column] = [:]
        for f in WordSet.entries(Tables.tableColumns) + WordSet.entries(Tables.tableHeaders) where f.count > 1 {
            if let c = Column(rawValue: f[1]) { m[f[0]] = c }
        }
        return m
    }()

    /// First code points of the header cell names: most short lines are turned away by
    /// one bitmap test, before a String is built and hashed.
    static let headerFirsts = ScalarSet(headerCells.keys.compactMap { $0.unicodeScalars.first { $0 != " " } })

    /// The header cell names as a word set, and each one's column by its number there: a
    /// look-up by code points (a String built and hashed per line cost more).
    static let headerSet = WordSet(Array(headerCells.keys))
    static let headerColumns: [Column] = (0..<headerSet.words.count).map { headerCells[headerSet.words[$0]]! }

    static func headerColumn(_ k: Scalars, _ r: Range<Int>) -> Column? {
        guard r.count <= 8 else { return nil }
        guard let f = k[r].first(where: { $0 != " " }), headerFirsts.contains(f) else { return nil }
        if !k[r].contains(" ") {
            guard let n = headerSet.find(k, at: r.lowerBound, limit: r.upperBound), headerSet.word(n).count == r.count else { return nil }
            return headerColumns[n]
        }
        let name = Scalars(k[r].filter { $0 != " " })
        guard let n = headerSet.find(name, at: 0, limit: name.count), headerSet.word(n).count == name.count else { return nil }
        return headerColumns[n]
    }

    /// A header row of cells, one per paragraph, starting at `p`: its columns, or nil.
    static func headerRun(_ k: Scalars, _ ranges: [Range<Int>], at p: Int) -> [Column]? {
        var cols: [Column] = []
        var q = p
        while q < ranges.count, let c = headerColumn(k, ranges[q]) { cols.append(c); q += 1 }
        guard cols.count >= 3, cols.contains(.lead), cols.contains(.task) || cols.contains(.seq) else { return nil }
        return cols
    }

    /// Rows of a table copied one cell per line, after its header; returns the rows as
    /// cell ranges and the index after the table.
    static func rows(_ k: Scalars, _ ranges: [Range<Int>], header: [Column], from start: Int) -> ([[Range<Int>]], Int) {
        var out: [[Range<Int>]] = []
        var p = start
        let n = header.count
        func isSeq(_ r: Range<Int>) -> Bool { !r.isEmpty && r.count <= 3 && k[r].allSatisfy { $0.isASCIIDigit } }
        while p < ranges.count {
            var row: [Range<Int>] = []
            if header.first == .seq {
                guard isSeq(ranges[p]) else { break }
                row.append(ranges[p]); p += 1
                while p < ranges.count, row.count < n, !isSeq(ranges[p]), ranges[p].count <= 80 { row.append(ranges[p]); p += 1 }
            } else {
                while p < ranges.count, row.count < n, ranges[p].count <= 80 { row.append(ranges[p]); p += 1 }
            }
            guard row.count == n else { break }
            out.append(row)
        }
        return (out, p)
    }

    static let columns: [(Scalars, Column)] = WordSet.entries(Tables.tableColumns).compactMap { f in
        f.count > 1 ? Column(rawValue: f[1]).map { (Scalars(f[0]), $0) } : nil
    }.sorted { $0.0.count > $1.0.count }

    static let columnStarts = ScalarSet(columns.map { $0.0[0] })

    struct Cell {
        var column: Column; var value: Range<Int>; var keyStart: Int
        /// Which column name the text writes (its number in `columns`): `牵头领导` and
        /// `责任部门` are both lead columns, yet two cells of one row.
        var name = 0
    }

    /// Whether a column name followed by its colon starts at `i` (before `end`, else the end
    /// of `k`): in a cell's text and, during cleanup, at a line's start (`工作要求:`).
    @inline(__always) static func startsColumn<C: RandomAccessCollection>(_ k: C, _ i: Int, end: Int? = nil) -> Bool
        where C.Element == Unicode.Scalar, C.Index == Int {
        let e = end ?? k.endIndex
        guard i < e, columnStarts.contains(k[i]), colonSoon(k, i, e) else { return false }
        return columns.contains { c in i + c.0.count <= e && (0..<c.0.count).allSatisfy { k[i + $0] == c.0[$0] } }
    }

    /// Where the value starts when a task column's name and its colon open `i..<end`
    /// (`整改措施:严格落实…`), else nil.
    static func taskCellValue(_ k: Scalars, _ i: Int, _ end: Int) -> Int? {
        guard i < end, columnStarts.contains(k[i]), colonSoon(k, i, end),
              let c = columns.first(where: { $0.1 == .task && k.has($0.0, at: i) }) else { return nil }
        var v = i + c.0.count
        while v < end, k[v] == " " { v += 1 }
        guard v + 1 < end, k[v] == ":" else { return nil }
        return v + 1
    }

    /// Whether a colon comes where a column name starting at `i` would end (names are two
    /// to four code points, a space may follow): a cheap test before the names are tried,
    /// as 工 and 任 open many words.
    @inline(__always) static func colonSoon<C: RandomAccessCollection>(_ k: C, _ i: Int, _ end: Int) -> Bool
        where C.Element == Unicode.Scalar, C.Index == Int {
        var j = i + 2
        let e = min(end, i + 6)
        while j < e { if k[j] == ":" { return true }; j += 1 }
        return false
    }

    /// `牵头单位:X` cells in `r`, in order.
    static func cells(_ k: Scalars, _ r: Range<Int>) -> [Cell] {
        // Every cell has a colon after its column name; most paragraphs have none.
        guard k.withUnsafeBufferPointer({ p in p[r].contains(":") }) else { return [] }
        var out: [Cell] = []
        var i = r.lowerBound
        let starts = columnStarts   // read once: a global in the loop is a lazy-init check per code point
        while i < r.upperBound {
            i = starts.firstIndex(in: k, from: i, to: r.upperBound)
            guard i < r.upperBound else { break }
            var hit: Int? = nil
            if colonSoon(k, i, r.upperBound) { for (n, c) in columns.enumerated() where k.has(c.0, at: i) { hit = n; break } }
            guard let h = hit else { i += 1; continue }
            let (w, col) = columns[h]
            var v = i + w.count
            while v < r.upperBound, k[v] == " " { v += 1 }
            guard v < r.upperBound, k[v] == ":" else { i += 1; continue }
            v += 1
            var e = v
            var depth = 0
            while e < r.upperBound {
                let c = k[e]
                // A closing bracket at depth 0 ends a bracketed row: 〔责任单位:省市场监管局〕.
                // A heading run in after the cell (`…质监站(二)小街巷专项整治`) ends it.
                if c == "(", depth == 0, e > v, Markers.marker(k, at: e, end: r.upperBound) != nil { break }
                if c.isOpeningBracket { depth += 1 } else if c.isClosingBracket { if depth == 0 { break }; depth -= 1 }
                // A column name ends the cell; names are looked for only where one can start.
                if depth == 0 && (c == ";" || c == "。" || c == "," && startsColumn(k, e + 1)) { break }
                if e > v && startsColumn(k, e) { break }
                // The time the task is due after the parties, with no column name of its own
                // (`(责任单位:县住建局、县自然资源局,2024年12月底前完成)`): a cell of the time limit.
                if depth == 0, c == ",", col != .deadline, col != .task, let due = dueAfter(k, e + 1, r.upperBound) {
                    out.append(Cell(column: col, value: v..<e, keyStart: i, name: h))
                    out.append(Cell(column: .deadline, value: due, keyStart: e + 1, name: Self.dueName))
                    v = -1; e = due.upperBound
                    break
                }
                e += 1
            }
            if v >= 0 { out.append(Cell(column: col, value: v..<e, keyStart: i, name: h)) }
            i = e
        }
        return out
    }

    /// A due clause (`isDueClause`) from `a` to the end of its clause (a closing bracket, `,`,
    /// `;` or `。`), or nil.
    static func dueAfter(_ k: Scalars, _ a: Int, _ end: Int) -> Range<Int>? {
        var a = a
        while a < end, k[a] == " " { a += 1 }
        var b = a
        while b < end, b - a <= Self.dueClauseReach, !(k[b].isClosingBracket || k[b] == "," || k[b] == ";" || k[b] == "。") { b += 1 }
        guard b > a, b - a <= Self.dueClauseReach else { return nil }
        var t = b
        while t > a, k[t - 1] == " " { t -= 1 }
        return isDueClause(k, a..<t) ? a..<t : nil
    }
    /// The longest due clause read (`2024年12月31日前全部完成` and some more).
    static let dueClauseReach = 24
    /// The column name a due clause without one counts as (its number in `columns`).
    static let dueName = columns.firstIndex { $0.1 == .deadline } ?? 0

    private static let dutyTailEntries = WordSet.entries(Tables.dutyTails)
    static let dutyTails = WordSet(dutyTailEntries.map { $0[0] })
    /// The duty of each word of `dutyTails`, by its number there.
    static let dutyTailKinds: [Duty] = dutyTailEntries.map { $0.count > 1 ? Duty(rawValue: $0[1]) ?? .lead : .lead }

    /// A clause of a bracket naming parties by their duty: the parties' range and the duty.
    struct DutyClause { var parties: Range<Int>; var duty: Duty }

    /// A bracket closing paragraph `r` that says who does the task before it with duty words
    /// instead of column names: `(市发改委牵头,市财政局配合)`, `〔市政府办公室牵头,各有关部门按职责
    /// 分工负责〕`. Every clause inside (cut at , and ;) must be a party phrase and a duty word,
    /// so an explanation in brackets is not read as one — or, once, the time the task is due
    /// (`(X牵头,Y负责,2022年12月底前完成)`, `…,长期坚持)`). Returns where the bracket opens
    /// and the range of that time clause.
    static func bracketDutyRow(_ k: Scalars, _ r: Range<Int>) -> (open: Int, clauses: [DutyClause], due: Range<Int>?)? {
        var e = r.upperBound
        while e > r.lowerBound, k[e - 1] == " " || k[e - 1].isSentenceEnd { e -= 1 }
        guard e - r.lowerBound >= 4, k[e - 1].isClosingBracket else { return nil }
        // The bracket opens at most 120 code points back: the scan looks no further.
        guard let o = openingBracket(closingAt: e - 1, in: k, floor: max(r.lowerBound, e - 120)), o > r.lowerBound,
              let (clauses, due) = dutyClauses(k, o + 1..<e - 1) else { return nil }
        return (o, clauses, due)
    }

    /// The same said by a paragraph's last sentence, unbracketed, after the sentences that set
    /// out the task (`(三)开展专项检查。县应急管理局牵头,各乡镇配合。`): returns where it starts.
    static func dutySentenceRow(_ k: Scalars, _ r: Range<Int>) -> (open: Int, clauses: [DutyClause], due: Range<Int>?)? {
        var e = r.upperBound
        while e > r.lowerBound, k[e - 1] == " " || k[e - 1].isSentenceEnd { e -= 1 }
        // Most paragraphs end otherwise: one look at the last code point turns them away.
        guard e > r.lowerBound, dutySentenceEnds.contains(k[e - 1]) else { return nil }
        // The sentence is short: the scan looks no further back than a bracket's.
        var o = e
        let floor = max(r.lowerBound, e - 120)
        while o > floor, !k[o - 1].isSentenceEnd { o -= 1 }
        guard o > r.lowerBound, k[o - 1].isSentenceEnd, o + 4 <= e, let (clauses, due) = dutyClauses(k, o..<e) else { return nil }
        return (o, clauses, due)
    }

    /// Last code points of a duty word or a due clause (`…配合`, `…前完成`, `长期坚持`).
    static let dutySentenceEnds: ScalarSet = {
        var set = ScalarSet()
        for w in dutyTails.words { if let c = w.unicodeScalars.last { set.insert(c) } }
        for w in ongoingTerms.words { if let c = w.unicodeScalars.last { set.insert(c) } }
        for c in "成前底内日".unicodeScalars { set.insert(c) }
        return set
    }()

    /// The clauses of `c` (cut at , and ;), each a party phrase and a duty word, or once the
    /// time the task is due; nil when any clause is something else.
    static func dutyClauses(_ k: Scalars, _ c: Range<Int>) -> ([DutyClause], Range<Int>?)? {
        var clauses: [DutyClause] = []
        var due: Range<Int>? = nil
        var s = c.lowerBound
        for i in c.lowerBound..<c.upperBound + 1 where i == c.upperBound || k[i] == "," || k[i] == ";" {
            var a = s, b = i
            s = i + 1
            while a < b, k[a] == " " { a += 1 }
            while b > a, k[b - 1] == " " { b -= 1 }
            if due == nil, !clauses.isEmpty, isDueClause(k, a..<b) { due = a..<b; continue }
            guard let n = dutyTails.find(k, endingAt: b, floor: a) else { return nil }
            var p = a..<b - dutyTails.word(n).count
            // `分管副县长王强具体负责`: an adverb between the party and its duty word.
            if let w = PartyParser.between.match(k, endingAt: p.upperBound, floor: p.lowerBound), p.count - w.count >= 2 { p = p.lowerBound..<p.upperBound - w.count }
            guard p.count >= 2 else { return nil }
            clauses.append(DutyClause(parties: p, duty: dutyTailKinds[n]))
        }
        return clauses.isEmpty ? nil : (clauses, due)
    }

    /// A clause of a duty bracket that gives the time a task is due: a time expression,
    /// alone or with 完成 (`2022年12月底前完成`), or an ongoing term (`长期坚持`, `持续推进`).
    static func isDueClause(_ k: Scalars, _ c: Range<Int>) -> Bool {
        if ongoingTerms.find(k, at: c.lowerBound, limit: c.upperBound).map({ c.lowerBound + ongoingTerms.word($0).count == c.upperBound }) == true { return true }
        guard let t = TimeGrammar.match(k, at: c.lowerBound, end: c.upperBound) else { return false }
        var b = t.range.upperBound
        if k.has("完成", at: b) { b += 2 }
        return b == c.upperBound
    }
    static let ongoingTerms = WordSet(table: Tables.ongoingTerms)

    static func extract(_ ct: CleanText, _ paras: [ParagraphInfo], _ range: Range<Int>, context: DeadlineContext,
                        lexicon lx: Lexicon) -> (rows: [Responsibility], deadlines: [Deadline], brackets: [Range<Int>]) {
        let k = ct.key
        var out: [Responsibility] = []
        var deadlines: [Deadline] = []
        // Brackets read as duty rows: what the sentence extractor found inside them gives way.
        var brackets: [Range<Int>] = []
        // The paragraph before a row names its task: the value of the task cell it opens with
        // (`工作要求:制定改造计划`), else its text; read only when a row follows.
        var lastTaskParagraph: Range<Int>? = nil
        // Tables copied one cell per line.
        let ranges = paras[range].map(\.range)
        var skip = Set<Int>()
        var q = 0
        while q < ranges.count {
            guard let header = headerRun(k, ranges, at: q) else { q += 1; continue }
            let (rows, end) = rows(k, ranges, header: header, from: q + header.count)
            for row in rows {
                guard let ti = header.firstIndex(of: .task) else { continue }
                let t = row[ti]
                let taskText = ct.compactText(t)
                var date: String? = nil
                if let di = header.firstIndex(of: .deadline) {
                    var dr = row[di]
                    if let c = DeadlineExtractor.candidates(ct, sentence: dr, context: context).first {
                        date = c.deadline.date; deadlines.append(c.deadline)
                    } else { dr = dr.lowerBound..<dr.lowerBound }
                }
                for (ci, col) in header.enumerated() where col == .lead || col == .support {
                    for party in parties(ct, row[ci], lx) {
                        out.append(Responsibility(party: party.name, partyType: party.type, role: party.role, duty: col == .lead ? .lead : .support,
                                                  task: taskText, deadline: date, line: ct.line(row[0].lowerBound),
                                                  span: ct.span(row[0].lowerBound..<row[row.count - 1].upperBound)))
                    }
                }
            }
            for i in q..<end { skip.insert(range.lowerBound + i) }
            q = max(end, q + 1)
        }

        var p = range.lowerBound
        while p < range.upperBound {
            if skip.contains(p) { p += 1; continue }
            let r = paras[p].range
            let found = cells(k, r)
            // A row names a party or a time limit; a task cell alone (`工作要求:…`) is a task
            // for a row below it.
            let isRow = found.contains { $0.column != .task }
            let bracketed = isRow ? nil : bracketDutyRow(k, r)
            if !isRow, let (open, clauses, due) = bracketed ?? dutySentenceRow(k, r), let t = taskRange(k, r, upTo: open), t.count >= 2 {
                // `…任务。(市发改委牵头,市财政局配合)`: the task is the paragraph's first sentence,
                // its deadline the one the bracket gives, else the first the paragraph sets.
                let taskText = ct.compactText(t)
                let inBracket = due.flatMap { DeadlineExtractor.candidates(ct, sentence: $0, context: context).first?.deadline }
                if let d = inBracket { deadlines.append(d) }
                let date = inBracket?.date ?? DeadlineExtractor.extract(ct, sentence: r.lowerBound..<open, context: context).first?.deadline.date
                for c in clauses {
                    // (Unbracketed, a sentence names its parties in full: `县委书记负总责` names a post.)
                    for party in PartyParser.parse(ct, c.parties.lowerBound, c.parties.upperBound, lx, allowBareName: bracketed != nil) {
                        out.append(Responsibility(party: party.name, partyType: party.type, role: party.role,
                                                  duty: c.duty, task: taskText, deadline: date, line: ct.line(t.lowerBound),
                                                  span: ct.span(t.lowerBound..<r.upperBound)))
                    }
                }
                brackets.append(open..<r.upperBound)
                if case .heading = paras[p].shape { lastTaskParagraph = r }
                p += 1; continue
            }
            guard isRow else {
                switch paras[p].shape {
                case .plain, .heading: lastTaskParagraph = openingTaskCell(k, r, found) ?? r
                default: break
                }
                p += 1; continue
            }
            // The rows: a column named again starts the next row of the same paragraph (a
            // copy that lost its line breaks: `…任务A。牵头领导:X 责任部门:Y(二)任务B。牵头领导:Z…`).
            var rows: [[Cell]] = []
            for c in found {
                if let last = rows.last, !last.contains(where: { $0.name == c.name }) { rows[rows.count - 1].append(c) } else { rows.append([c]) }
            }
            // Cell lines right after (牵头单位: / 配合单位: / 完成时限: lines) go on the last row,
            // until a column name comes again (`责任领导:` and `责任股室:` are both lead cells of one row).
            var lineEnd = p + 1
            while lineEnd < range.upperBound, case .field = paras[lineEnd].shape {
                let more = cells(k, paras[lineEnd].range)
                if more.isEmpty || more.contains(where: { m in rows[rows.count - 1].contains { $0.name == m.name } }) { break }
                rows[rows.count - 1] += more; lineEnd += 1
            }
            for (n, row) in rows.enumerated() {
                // The task: a task cell of the row (`具体要求:…`), else the text before its first
                // cell (in the paragraph, or since the row before), else the last paragraph
                // before (its task cell, if it opens with one).
                let from = n == 0 ? r.lowerBound : rows[n - 1][rows[n - 1].count - 1].value.upperBound
                let before = taskRange(k, from..<row[0].keyStart, upTo: row[0].keyStart)
                let cellTask = row.first { $0.column == .task }.flatMap { taskRange(k, $0.value, upTo: $0.value.upperBound) }
                let ownTask = cellTask == nil && (before?.count ?? 0) >= 2
                let task = cellTask ?? (ownTask ? before : n == 0 ? lastTaskParagraph.flatMap { taskRange(k, $0, upTo: $0.upperBound) } : nil)
                guard let t = task else { continue }
                let taskText = ct.compactText(t)
                var date: String? = nil
                if let d = row.first(where: { $0.column == .deadline }) {
                    // A time limit column is a deadline whatever words it uses.
                    if let c = DeadlineExtractor.candidates(ct, sentence: d.value, context: context).first {
                        date = c.deadline.date
                        deadlines.append(c.deadline)
                    }
                } else {
                    // No time limit cell: the deadline the task sets, if any (its sentences
                    // report it already); a task before its cells is the item's first sentence, and
                    // the item's later sentences may set it (`1.排查问题厕所。6月底前完成…。(牵头单位:…)`).
                    let item = ownTask ? t.lowerBound..<max(t.upperBound, row[0].keyStart) : t
                    date = DeadlineExtractor.extract(ct, sentence: item, context: context).first?.deadline.date
                }
                for cell in row where cell.column == .lead || cell.column == .support {
                    for party in parties(ct, cell.value, lx) {
                        out.append(Responsibility(party: party.name, partyType: party.type, role: party.role, duty: cell.column == .lead ? .lead : .support,
                                                  task: taskText, deadline: date, line: ct.line(min(t.lowerBound, cell.value.lowerBound)),
                                                  span: ct.span(min(t.lowerBound, cell.value.lowerBound)..<max(t.upperBound, cell.value.upperBound))))
                    }
                }
            }
            p = lineEnd
        }
        return (out, deadlines, brackets)
    }

    /// The value of the task cell paragraph `r` opens with (after its marker), from its
    /// `cells`, or nil.
    static func openingTaskCell(_ k: Scalars, _ r: Range<Int>, _ cells: [Cell]) -> Range<Int>? {
        guard let c = cells.first, c.column == .task,
              c.keyStart == (Markers.marker(k, at: r.lowerBound, end: r.upperBound)?.range.upperBound ?? r.lowerBound) else { return nil }
        return c.value
    }

    /// A task: the paragraph without its marker, up to `end`, trailing brackets and punctuation cut.
    static func taskRange(_ k: Scalars, _ r: Range<Int>, upTo end: Int) -> Range<Int>? {
        var a = r.lowerBound
        let marker = Markers.marker(k, at: a, end: r.upperBound)
        if let m = marker { a = m.range.upperBound }
        var b = min(end, r.upperBound)
        while b > a, k[b - 1].isOpeningBracket || k[b - 1] == " " || k[b - 1].isClauseBreak || k[b - 1].isSentenceEnd { b -= 1 }
        // A numbered item's first sentence names its task (`1.压缩企业开办时间。…`); in
        // running text the row is about the sentence it follows.
        if marker == nil {
            var s = b
            while s > a, !k[s - 1].isSentenceEnd { s -= 1 }
            return s < b ? s..<b : nil
        }
        var s = a
        while s < b, !k[s].isSentenceEnd { s += 1 }
        return a < s ? a..<s : nil
    }

    /// Parties in a cell: split at 、,; collectives (各县市区) are not named parties. An item
    /// that is a person (`李明`, `李明副县长`, in a 责任人 column) is one; anything else is taken
    /// as an organization's name, suffix or not (`市场监管`).
    static func parties(_ ct: CleanText, _ r: Range<Int>, _ lx: Lexicon) -> [Party] {
        let k = ct.key
        var out: [Party] = []
        var s = r.lowerBound
        var depth = 0
        func flush(_ e: Int) {
            var a = s, b = e
            while a < b, k[a] == " " { a += 1 }
            while b > a, k[b - 1] == " " || k[b - 1] == "等" { b -= 1 }
            if let t = dutyTails.match(k, endingAt: b, floor: a), b - t.count - a >= 2 {
                b -= t.count
                while b > a, k[b - 1] == " " || k[b - 1] == "等" { b -= 1 }
            }
            // A name holds a Chinese character (a Latin word in a cell names no party).
            guard b - a >= 2, !PartyParser.isCollective(k, a..<b, lx), k[a..<b].contains(where: { $0.isHan }) else { return }
            let read = PartyParser.parse(ct, a, b, lx, allowBareName: true)
            if read.count == 1, read[0].type == .person {
                out.append(read[0])
            } else {
                out.append(Party(name: ct.compactText(a..<b), type: .org, role: nil))
            }
        }
        for i in r {
            if k[i].isOpeningBracket { depth += 1 } else if k[i].isClosingBracket { depth = max(0, depth - 1) }
            if depth == 0, k[i] == "、" || k[i] == "," || k[i] == " " || k[i] == "/" { flush(i); s = i + 1 }
        }
        flush(r.upperBound)
        return out
    }
}
