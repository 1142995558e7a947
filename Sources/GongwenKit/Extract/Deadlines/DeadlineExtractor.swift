/// Deadlines: time expressions that bound something required or planned, with the last
/// day they allow. Each candidate is classified with a reason, so rules can be tuned
/// and `--explain` can show why a time was or was not taken.
public struct DeadlineVerdict: Sendable, Equatable {
    public var isDeadline: Bool
    public var reason: String
    /// Planned in a plan or a notice, told in a report (`4月中下旬开展督查`): the extractor
    /// turns it away where the text reports what was done.
    var doneInReports = false
}

struct DeadlineContext {
    var docYear: Int?
    var docMonth: Int?
    /// The document's day, when its date is given in full (本周五 counts from it).
    var docDay: Int? = nil
    /// The year the enclosing section is about when later than the document's
    /// (`三、2023年工作打算` in a 2022 summary): it dates month and day deadlines there.
    var sectionYear: Int? = nil
    var referenceYear: Int?
    var referenceMonth: Int?
    var referenceDay: Int? = nil
    /// A summary or a report: `本月完成…` there tells what was done this month.
    var reportsWhatWasDone = false
}

enum DeadlineExtractor {
    static let forwardCues = WordSet(table: Tables.forwardCues)
    /// The words of `forwardCues` that require what an earlier clause sets (not 于, 到, 在).
    static let requiringCues = WordSet(WordSet.entries(Tables.forwardCues).filter { $0.count > 1 && $0[1] == "requires" }.map { $0[0] })
    static let targetWords = WordSet(table: Tables.targetWords)
    static let forwardAfter = WordSet(table: Tables.forwardAfter)
    static let reviewVerbs = WordSet(table: Tables.reviewVerbs)
    static let qingKuang = Scalars("情况")
    static let notBefore = WordSet(table: Tables.notDeadlineBefore)
    static let latestBefore = WordSet(table: Tables.latestBefore)
    static let eventAfter = WordSet(table: Tables.eventAfter)
    static let closingWords = WordSet(table: Tables.closingWords)
    static let submissionWords = WordSet(table: Tables.submissionWords)
    static let effectWords = WordSet(table: Tables.effectWords)
    static let plannedEventVerbs = WordSet(table: Tables.plannedEventVerbs)
    static let meetingVerbs = WordSet(table: Tables.meetingVerbs)
    static let qiJian = Scalars("期间")
    static let notTaskAfterYear = ScalarSet(Tables.notTaskAfterYear.unicodeScalars)
    static let prepositions = WordSet(table: Tables.datePrepositions)
    static let plannedCues = WordSet(table: Tables.plannedCues)

    /// Whether a planning word stands right before `before` (于 or 在 may follow it).
    static func planned(_ k: Scalars, before: Int, floor: Int) -> Bool {
        var e = before
        if e > floor, k[e - 1] == "于" || k[e - 1] == "在" { e -= 1 }
        return plannedCues.match(k, endingAt: e, floor: floor) != nil
    }
    static let prepositionCompounds = WordSet(table: Tables.prepositionCompounds)

    /// Whether the one-character preposition `w` (于, 在) ending at `end` is the last
    /// character of a word such as 关于 or 现在 rather than a preposition.
    static func inCompound(_ k: Scalars, _ w: Scalars, endingAt end: Int, floor: Int) -> Bool {
        w.count == 1 && prepositionCompounds.match(k, endingAt: end, floor: floor) != nil
    }

    struct Found {
        var deadline: Deadline
        var range: Range<Int>
        var verdict: DeadlineVerdict
    }

    /// Code points a time expression can start with: digits, numerals, and the first
    /// characters of the time words. Other positions are skipped without a look.
    static let starts: ScalarSet = {
        var s = ScalarSet("0123456789〇零一二两三四五六七八九十年今本明次翌每月上下第完时春国元中五端清汛开放截报".unicodeScalars)
        for w in TimeGrammar.festivals.words { s.insert(w.unicodeScalars.first!) }
        for (w, _) in TimeGrammar.weekPrefixes { s.insert(w[0]) }
        // The prefixes that carry a time (`完成时限是`, `期限:`), from their own table.
        for p in TimeGrammar.w.shiXian { s.insert(p[0]) }
        for c in TimeGrammar.placeholderChars.unicodeScalars { s.insert(c) }
        return s
    }()

    /// All time expressions of a sentence with their verdicts (deadline or not).
    static func candidates(_ ct: CleanText, sentence r: Range<Int>, context: DeadlineContext, all: Bool = true) -> [Found] {
        let k = ct.key
        var out: [Found] = []
        var lastYear: Int? = nil
        var i = r.lowerBound
        let starts = Self.starts   // read once: a global in the loop is a lazy-init check per code point
        let latest = Self.latestBefore
        while i < r.upperBound {
            i = starts.firstIndex(in: k, from: i, to: r.upperBound)
            guard i < r.upperBound else { break }
            // Numbers inside numbers (the 8 of 18月) are not starts.
            if i > r.lowerBound, k[i].isASCIIDigit, k[i - 1].isASCIIDigit || k[i - 1] == "." { i += 1; continue }
            guard TimeGrammar.mayMatch(k, at: i, end: r.upperBound), var t = TimeGrammar.match(k, at: i, end: r.upperBound) else { i += 1; continue }
            // `6月10日至15日`: days of one month, the month written once; the span ends on the last.
            var spanEnd = false
            if t.hasDay, t.suffix == nil, let first = t.day, let (d, e) = TimeGrammar.dayAfterRange(k, at: t.range.upperBound, end: r.upperBound), d > first {
                t.day = d
                t.range = t.range.lowerBound..<e
                t = TimeGrammar.withSuffix(k, t, r.upperBound)
                spanEnd = true
            }
            var verdict = classify(k, t, sentence: r, spanEnd: spanEnd)
            // This week or month, bare, in a text that reports: what was done in it.
            if t.bare, context.reportsWhatWasDone, t.weeksOn == 0 || t.anchor != .weekday && t.monthsOn == 0, verdict.isDeadline {
                verdict = DeadlineVerdict(isDeadline: false, reason: "this period in a report: what was done in it")
            }
            if context.reportsWhatWasDone, verdict.isDeadline, verdict.doneInReports {
                verdict = DeadlineVerdict(isDeadline: false, reason: "part of a month in a report: what was done in it")
            }
            // No year from the document: an explicit year earlier in the sentence stands for it.
            var ctx = context
            if ctx.docYear == nil, t.year == nil, let y = lastYear {
                ctx.docYear = y
            }
            // …and over the section's year, which is only a default.
            if ctx.sectionYear != nil, t.year == nil, let y = lastYear { ctx.sectionYear = y }
            if let y = t.year { lastYear = y }
            guard all || verdict.isDeadline else { i = t.range.upperBound; continue }
            var (date, rel) = resolve(t, ctx)
            // `不迟于6月30日`, `最迟7月5日`: the day is the last one allowed.
            if rel == .on, t.range.lowerBound > r.lowerBound, latest.find(k, endingAt: t.range.lowerBound, floor: r.lowerBound) != nil { rel = .by }
            // A day listed before another's 前 (`5月10日、5月20日前`) binds as that one does.
            if rel == .on, verdict.isDeadline, t.range.upperBound < r.upperBound, k[t.range.upperBound] == "、" { rel = .by }
            out.append(Found(deadline: Deadline(text: ct.stringWithoutSpaces(t.range), date: date, relation: rel, line: ct.line(t.range.lowerBound), span: ct.span(t.range)),
                             range: t.range, verdict: verdict))
            i = t.range.upperBound
        }
        return out
    }

    static func extract(_ ct: CleanText, sentence r: Range<Int>, context: DeadlineContext) -> [Found] {
        candidates(ct, sentence: r, context: context, all: false)
    }

    /// A quick test before `openingYear`: `年,` within the sentence's first few code points
    /// (after a marker of a few more).
    @inline(__always) static func mayOpenWithYear(_ k: Scalars, _ r: Range<Int>) -> Bool {
        guard !r.isEmpty, yearOpeners.contains(k[r.lowerBound]) else { return false }
        var i = r.lowerBound + 1
        let end = min(r.upperBound - 1, r.lowerBound + 12)
        while i < end { if k[i] == "年" && k[i + 1] == "," { return true }; i += 1 }
        return false
    }

    /// What a sentence opening with a year starts with: a digit, 明, or a marker's first mark.
    static let yearOpeners = ScalarSet("0123456789明一二三四五六七八九十(第①②③④⑤⑥⑦⑧⑨⑩".unicodeScalars)

    /// The year a sentence opens with, standing alone in its first clause (`2024年,我将重点抓好
    /// …`, `明年,我们将…`, after a marker too): what follows is that year's work, so its times
    /// without a year (`年底前`) fall in it, and so do the next sentences' under the same heading.
    /// `docYear` gives 明年 its number.
    static func openingYear(_ k: Scalars, _ r: Range<Int>, docYear: Int?) -> Int? {
        var s = Markers.marker(k, at: r.lowerBound, end: r.upperBound)?.range.upperBound ?? r.lowerBound
        while s < r.upperBound, k[s] == " " { s += 1 }
        guard s + 3 < r.upperBound else { return nil }
        if k[s] == "明", k[s + 1] == "年", k[s + 2] == "," { return docYear.map { $0 + 1 } }
        guard s + 5 < r.upperBound, k[s + 4] == "年", k[s + 5] == "," else { return nil }
        var y = 0
        for i in s..<s + 4 {
            guard k[i].isASCIIDigit else { return nil }
            y = y * 10 + Int(k[i].value - 48)
        }
        return y
    }

    /// The start of the clause holding `i`.
    static func clauseStart(_ k: Scalars, _ i: Int, floor: Int) -> Int {
        var a = i
        let stop = max(floor, i - Reach.clause)
        while a > stop, !(k[a - 1] == "," || k[a - 1] == ";" || k[a - 1] == ":" || k[a - 1].isSentenceEnd) { a -= 1 }
        return a
    }

    /// `spanEnd`: the time is the last day of a span written with its month once (`6月10日至15日`),
    /// read as `6月10日至6月15日` is: the day reached by 至.
    static func classify(_ k: Scalars, _ t: TimeExpression, sentence r: Range<Int>, spanEnd: Bool = false) -> DeadlineVerdict {
        let a = t.range.lowerBound, b = t.range.upperBound
        var before = a
        while before > r.lowerBound, k[before - 1] == " " { before -= 1 }
        // 1-8月份, 3至5月: a reporting period (but `三、8月底前…` opens with a heading's marker).
        if before > r.lowerBound, k[before - 1] == "-" || k[before - 1] == "—" || k[before - 1] == "~" || k[before - 1] == "至" || k[before - 1] == "、",
           before - 2 >= r.lowerBound, k[before - 2].isASCIIDigit || Numerals.digit(k[before - 2]) != nil,
           Markers.marker(k, at: r.lowerBound, end: before)?.range.upperBound != before {
            return DeadlineVerdict(isDeadline: false, reason: "part of a range: a reporting period")
        }
        if b < r.upperBound, k[b] == "-" || k[b] == "—" || k[b] == "至" || k[b] == "、" || k[b] == "~",
           t.suffix == nil, b + 1 < r.upperBound, k[b + 1].isASCIIDigit || Numerals.digit(k[b + 1]) != nil {
            // `分别于5月10日、5月20日前完成`: days listed before one 前, each a bound.
            // (`分别于6月底、9月底前完成`: parts of months as well.)
            if k[b] == "、", t.hasDay || t.modifier && t.month != nil, let next = TimeGrammar.match(k, at: b + 1, end: r.upperBound),
               next.hasDay || next.modifier && next.month != nil, next.suffix == .by,
               !DirectiveExtractor.tellsPast(k, next.range.upperBound..<min(r.upperBound, next.range.upperBound + Reach.phrase)) {
                return DeadlineVerdict(isDeadline: true, reason: "one of days listed before 前")
            }
            return DeadlineVerdict(isDeadline: false, reason: "start of a range: a reporting period")
        }
        // `12月18日19日召开`: the first of days named together, when something took place.
        if t.hasDay, t.suffix == nil, b + 1 < r.upperBound, k[b].isASCIIDigit {
            var d = b
            while d < r.upperBound, d - b < 2, k[d].isASCIIDigit { d += 1 }
            if d < r.upperBound, k[d] == "日" || k[d] == "号" { return DeadlineVerdict(isDeadline: false, reason: "first of days named together") }
        }
        if let w = notBefore.match(k, endingAt: before, floor: r.lowerBound) {
            // `材料报送截止到4月15日`: a submission closing then, not a period reported on.
            if w[0] == "截", submissionWords.occurs(in: k, clauseStart(k, before - w.count, floor: r.lowerBound)..<before - w.count),
               !DirectiveExtractor.tellsPast(k, r) {
                return DeadlineVerdict(isDeadline: true, reason: "the day a submission closes (…报送截止到)")
            }
            // `截止今年底,全县要完成造林5万亩`: the end a requirement after it is set for.
            if w[0] == "截", t.modifier || t.hasDay, !DirectiveExtractor.tellsPast(k, b..<r.upperBound),
               forwardCue(k, b..<min(r.upperBound, b + Reach.clause), in: requiringCues) != nil {
                return DeadlineVerdict(isDeadline: true, reason: "the end a requirement is set for (截止…,要…)")
            }
            return DeadlineVerdict(isDeadline: false, reason: "after 截至/自/进入: a reporting period or a past start")
        }
        if b < r.upperBound, k.has("以来", at: b) || k.has("来", at: b) {
            return DeadlineVerdict(isDeadline: false, reason: "followed by 以来: a past period")
        }
        if t.prefixStart != nil { return DeadlineVerdict(isDeadline: true, reason: "完成时限是…") }
        // 与…70日内完成相比: a comparison, not a bound.
        var ce = b
        let ceLimit = min(r.upperBound, b + Reach.clause)
        while ce < ceLimit, !(k[ce] == "," || k[ce].isSentenceEnd) { ce += 1 }
        if k.contains("相比", in: b..<ce) || k.contains("相较", in: b..<ce) {
            return DeadlineVerdict(isDeadline: false, reason: "a comparison (与…相比)")
        }

        if t.anchor == .span {
            // 开办时间压缩至1个工作日以内 sets how long a service may take, not when a task is due.
            let c = clauseStart(k, a, floor: r.lowerBound)
            for w in ["压缩", "缩短", "控制在", "减少", "提速", "时间为", "时限为", "办结时限"] where k.contains(w, in: c..<a) {
                return DeadlineVerdict(isDeadline: false, reason: "a processing-time target (\(w))")
            }
            return DeadlineVerdict(isDeadline: true, reason: "a span ending in 内")
        }
        if t.anchor == .festival { return DeadlineVerdict(isDeadline: true, reason: "a holiday with 前") }
        let clause = clauseStart(k, a, floor: r.lowerBound)
        // Told of, not set: the clause before the time or after it tells of the past (`已于6月底前
        // 全部整改到位`, `该工程已于7月底完成设计`, `6月底前完成了整改`); a day standing alone in its
        // clause (`3月1日至5日,督查组开展了督查`) is told of by the next.
        let pastAfter = DirectiveExtractor.tellsPast(k, clause..<a) || pastMarkerAfter(k, b, r.upperBound)
            || t.hasDay && b < r.upperBound && k[b] == "," && pastMarkerAfter(k, b + 1, r.upperBound)
        if let s = t.suffix {
            if s == .from {
                // `6月1日起,全国已全面进入汛期`: a start told of.
                if pastAfter { return DeadlineVerdict(isDeadline: false, reason: "a start told of (已…, …了)") }
                // `本办法于2024年10月1日起施行`: the day a rule takes effect, as `自…起施行`.
                if effectWords.match(k, at: b, limit: r.upperBound) != nil {
                    return DeadlineVerdict(isDeadline: false, reason: "the day a rule takes effect (…起施行)")
                }
                return DeadlineVerdict(isDeadline: t.modifier || t.hasDay, reason: "a start (起/开始)")
            }
            if pastAfter { return DeadlineVerdict(isDeadline: false, reason: "a bound kept, told of (已/了)") }
            return DeadlineVerdict(isDeadline: true, reason: "bounded by 前/内/为止")
        }
        if t.hasDay {
            // A day is a deadline only when fixed for something: 于9月2日, 务必在9月1日.
            // `6月15日至6月30日期间开展演练`: the end of a window planned for something (期间
            // after a day reached by 至), not an event's date.
            if b < r.upperBound, let ev = eventAfter.match(k, at: b, limit: r.upperBound) {
                let window = ev == Self.qiJian && (spanEnd || before > r.lowerBound && k[before - 1] == "至")
                    && !k[b..<min(r.upperBound, b + Reach.clause * 2)].contains(where: { $0 == "了" || $0 == "已" })
                if !window { return DeadlineVerdict(isDeadline: false, reason: "names an event (召开/以来/的)") }
            }
            // `定于2024年3月5日上午9:00在县政府三楼会议室召开…会议`: the day a meeting is held
            // at, its hour and place between (a day with 前 is bound above, not here).
            if meetingVerbs.occurs(in: k, b..<ce) { return DeadlineVerdict(isDeadline: false, reason: "the day a meeting is held (…召开)") }
            if let v = windowEnd(k, t, before: before, b, r, pastAfter: pastAfter, spanEnd: spanEnd) { return v }
            // `最迟7月5日完成`, `最迟不超过10月15日`: the last day allowed.
            if !pastAfter, latestBefore.find(k, endingAt: before, floor: clause) != nil {
                return DeadlineVerdict(isDeadline: true, reason: "the last day allowed (不迟于, 最迟)")
            }
            if let pw = prepositions.match(k, endingAt: before, floor: clause), !inCompound(k, pw, endingAt: before, floor: clause), !pastAfter {
                return DeadlineVerdict(isDeadline: true, reason: "a day fixed by 于/在")
            }
            if !pastAfter, closingWords.occurs(in: k, b..<ce) {
                return DeadlineVerdict(isDeadline: true, reason: "the day a time closes (截止)")
            }
            if !pastAfter, planned(k, before: before, floor: clause) {
                return DeadlineVerdict(isDeadline: true, reason: "a day planned (预计/计划…)")
            }
            // `6月16日,各乡镇要在人员密集场所开展…`: a day alone in the clause opening the
            // sentence, then what is required on it (not `4月27日,市科协召开…`, told).
            if !pastAfter, opensRequirement(k, a, b, clause, r) {
                return DeadlineVerdict(isDeadline: true, reason: "the day something is required on")
            }
            return DeadlineVerdict(isDeadline: false, reason: "a date of an event")
        }
        if t.modifier {
            if pastAfter { return DeadlineVerdict(isDeadline: false, reason: "narrative: done by then (已…, …了)") }
            if t.anchor == .yearWithin { return DeadlineVerdict(isDeadline: true, reason: "年内") }
            if t.bare {
                // `本月完成产值3.2亿元` reports (or sets) a quantity for the period, not a bound.
                if k[b..<ce].contains(where: { $0.isASCIIDigit }) { return DeadlineVerdict(isDeadline: false, reason: "a quantity done in the period") }
                // `本周完成的主要工作`: what was done names a thing, it is no task.
                if let v = TimeGrammar.taskAfterPeriod(k, at: b, limit: r.upperBound), b + v.count < r.upperBound, k[b + v.count] == "的" || k.has(Self.qingKuang, at: b + v.count) {
                    return DeadlineVerdict(isDeadline: false, reason: "the period qualifies what was done (…完成的)")
                }
                return DeadlineVerdict(isDeadline: true, reason: "the period a task is done in (下周完成…)")
            }
            if reviewVerbs.occurs(in: k, clause..<a) {
                return DeadlineVerdict(isDeadline: false, reason: "a period under review (总结上半年…)")
            }
            // 确保第四季度…, 力争10月底…, 11月底要…
            if let w = forwardCue(k, clause..<a, in: forwardCues) { return DeadlineVerdict(isDeadline: true, reason: "after \(w.string(0..<w.count))") }
            var q = b
            while q < r.upperBound, k[q] == " " || k[q] == "," { q += 1 }
            // `上半年完成情况`, `一季度落实情况`: the period a report is on.
            if let v = TimeGrammar.taskAfterPeriod(k, at: b, limit: r.upperBound), k.has(Self.qingKuang, at: b + v.count) {
                return DeadlineVerdict(isDeadline: false, reason: "a period reported on (…完成情况)")
            }
            // `8月底完成`, `每季度末报送一次`: a task word right after the time.
            if TimeGrammar.taskAfterPeriod(k, at: b, limit: r.upperBound) != nil || (q > b && q < r.upperBound && forwardAfter.match(k, at: q, limit: r.upperBound) != nil && k[b] == ",") {
                // (`预计一季度完成固定资产投资4.9亿元`: a figure done in the period, where a report tells.)
                return DeadlineVerdict(isDeadline: true, reason: "followed by a requirement", doneInReports: k[b..<ce].contains { $0.isASCIIDigit })
            }
            // `4月中下旬开展督查`: work planned for part of a month (a report tells it).
            if t.month != nil, plannedEventVerbs.match(k, at: b, limit: r.upperBound) != nil {
                return DeadlineVerdict(isDeadline: true, reason: "work planned for part of a month (…中下旬开展)", doneInReports: true)
            }
            // `7月至8月中旬提前做好…`: the end of a window set for a task.
            if let v = windowEnd(k, t, before: before, b, r, pastAfter: pastAfter, spanEnd: false), v.isDeadline { return v }
            // `财务部要加大清收力度,三季度末应收账款余额下降10%以上`: a period opening a clause that
            // sets a target, in a sentence an earlier clause of which requires.
            if a == clause, clause > r.lowerBound, !pastAfter, targetWords.occurs(in: k, b..<min(r.upperBound, b + Reach.clause)),
               forwardCue(k, max(r.lowerBound, clause - Reach.clause)..<clause, in: requiringCues) != nil {   // (bounded: a line of such clauses stays linear)
                return DeadlineVerdict(isDeadline: true, reason: "a target for the period, required before")
            }
            // `今年底,全县要完成造林5万亩`: a period alone in the clause opening the sentence, then
            // what is required by it (as for a day).
            if !pastAfter, opensRequirement(k, a, b, clause, r) {
                return DeadlineVerdict(isDeadline: true, reason: "a period something is required by", doneInReports: true)
            }
            return DeadlineVerdict(isDeadline: false, reason: "a period with no requirement on it")
        }
        if t.month != nil, !t.modifier, let v = windowEnd(k, t, before: before, b, r, pastAfter: pastAfter, spanEnd: false) { return v }
        // A month a task is planned or fixed for: `计划于2024年9月完成验收`, `要在10月完成`
        // (not `于9月召开`, an event, nor `于3月完成了`).
        if t.month != nil, !pastAfter, b < r.upperBound, k[b].isHan, eventAfter.match(k, at: b, limit: r.upperBound) == nil,
           planned(k, before: before, floor: clause) || latestBefore.find(k, endingAt: before, floor: clause) != nil || (before - 1 > clause && (k[before - 1] == "于" || k[before - 1] == "在")
                                                          && forwardCues.match(k, endingAt: before - 1, floor: clause) != nil) {
            return DeadlineVerdict(isDeadline: true, reason: "a month planned or fixed for a task")
        }
        // `10月份完成验收`: a month opening its clause, a task word right after, no figure done
        // (`9月份完成投资3亿元` tells); a report tells what was done in it.
        if t.month != nil, t.day == nil, !pastAfter, b < r.upperBound, a == clause || Markers.marker(k, at: clause, end: a)?.range.upperBound == a {
            let v = k[b] == "份" ? b + 1 : b
            // (Work planned for the month as well, `11月份组织开展一次培训`; not a meeting's month.)
            let w = TimeGrammar.taskAfterPeriod(k, at: v, limit: r.upperBound)
                ?? plannedEventVerbs.match(k, at: v, limit: r.upperBound).flatMap { meetingVerbs.occurs(in: k, v..<ce) ? nil : $0 }
            if let w, w[0] != "前", w[0] != "要",
               !k[v..<ce].contains(where: { $0.isASCIIDigit }) {
                return DeadlineVerdict(isDeadline: true, reason: "a month a task is done in (10月份完成…)", doneInReports: true)
            }
        }
        // A year or month alone: 到2022年, 2030年 as a target.
        if t.month == nil, t.year != nil {
            if before > r.lowerBound, k[before - 1] == "到" || k[before - 1] == "至" {
                if b >= r.upperBound || k[b].isClauseBreak { return DeadlineVerdict(isDeadline: true, reason: "到 a year") }
                // `力争到2026年实现…全覆盖`: a target set for a task right after; not the end of a
                // span of years (`2024年至2026年实施`), nor a year that qualifies (`到2026年的`).
                if k[b].isHan, !Self.notTaskAfterYear.contains(k[b]), eventAfter.match(k, at: b, limit: r.upperBound) == nil, !pastAfter,
                   !(before - 2 >= r.lowerBound && (k[before - 2] == "年" || k[before - 2].isASCIIDigit)) {
                    return DeadlineVerdict(isDeadline: true, reason: "到 a year, a task after")
                }
            }
        }
        return DeadlineVerdict(isDeadline: false, reason: "a time with no bound on it")
    }

    /// The first word of `cues` in `r` that requires what follows (`要`, `确保`, `力争` …), not
    /// inside a longer word (重要, 主要, 要求; 关于一季度…).
    static func forwardCue(_ k: Scalars, _ r: Range<Int>, in cues: WordSet) -> Scalars? {
        var p = r.lowerBound
        while p < r.upperBound {
            if let w = cues.match(k, at: p, limit: r.upperBound) {
                let isWordPart = w.count == 1 && w[0] == "要" && (p + 1 < k.count && k[p + 1] == "求" || (p > 0 && (k[p - 1] == "重" || k[p - 1] == "主")))
                    || inCompound(k, w, endingAt: p + 1, floor: r.lowerBound)
                if !isWordPart { return w }
                p += w.count
            } else { p += 1 }
        }
        return nil
    }

    /// The end of a window after its first day or month (`12月10日—12月20日`, `1月1日至3月31日`,
    /// `3月至5月`, or `6月10日至15日` read whole: `spanEnd`): a deadline when set for a task right
    /// after it or opening the next clause, or standing alone (`检查时间:9月1日至10月31日。`); else
    /// the end of a reporting period (`1月1日至3月31日,全县共查处…`). Nil when the time ends no
    /// such window.
    /// Whether the clause at `c` is the sentence's first (after its marker).
    @inline(__always) static func opensSentence(_ k: Scalars, _ c: Int, _ r: Range<Int>) -> Bool {
        c == (Markers.marker(k, at: r.lowerBound, end: c)?.range.upperBound ?? r.lowerBound)
    }

    /// Whether the clause from `c` requires something (a cue of `requiringCues`) and tells
    /// nothing done.
    static func requiredNext(_ k: Scalars, _ c: Int, _ r: Range<Int>) -> Bool {
        var ne = c
        let stop = min(r.upperBound, c + Reach.clause)
        while ne < stop, k[ne] != ",", k[ne] != ";", !k[ne].isSentenceEnd { ne += 1 }
        return c < ne && forwardCue(k, c..<ne, in: requiringCues) != nil && !DirectiveExtractor.tellsPast(k, c..<ne)
    }

    /// How far back from a window's last day its phase's bracket may open (`(2024年3月1日—`).
    static let phaseWindowReach = 16

    /// Whether the time at `a..<b` is alone in the clause opening the sentence and the next
    /// clause requires something (`6月16日,各乡镇要…`, `今年底,全县要完成…`).
    static func opensRequirement(_ k: Scalars, _ a: Int, _ b: Int, _ clause: Int, _ r: Range<Int>) -> Bool {
        a == clause && opensSentence(k, clause, r) && b + 1 < r.upperBound && k[b] == "," && requiredNext(k, b + 1, r)
    }

    /// How far back a window's first day is looked for (`2024年12月31日至` is 11 code points).
    static let windowStartReach = 14

    static func windowEnd(_ k: Scalars, _ t: TimeExpression, before: Int, _ b: Int, _ r: Range<Int>, pastAfter: Bool, spanEnd: Bool) -> DeadlineVerdict? {
        if !spanEnd {
            guard before - 2 >= r.lowerBound, k[before - 1] == "至" || k[before - 1] == "—" || k[before - 1] == "-" || k[before - 1] == "~" else { return nil }
            let p = k[before - 2]
            guard t.hasDay ? p == "日" || p == "号" || p.isASCIIDigit : p == "月" else { return nil }
        }
        var e = b
        if e + 2 <= r.upperBound, k.has(qiJian, at: e) { e += 2 }   // `…至6月30日期间开展演练`
        if e < r.upperBound, k[e] == "," { e += 1 }
        let alone = b >= r.upperBound || k[b].isSentenceEnd
        // `(一)动员部署阶段(2024年3月1日—3月15日)`: the window of a plan's phase, in brackets
        // after its name, ends when the phase's work is due.
        if !pastAfter, b < r.upperBound, k[b] == ")" {
            var o = before - 1
            while o > r.lowerBound, before - o < Self.phaseWindowReach, k[o] != "(" { o -= 1 }
            if k[o] == "(", o - 2 >= r.lowerBound, k.has(DirectiveExtractor.jieDuan, endingAt: o) {
                return DeadlineVerdict(isDeadline: true, reason: "the end of a plan's phase (…阶段(…至…))")
            }
        }
        if !pastAfter, alone || e < r.upperBound && TimeGrammar.taskWords.match(k, at: e, limit: r.upperBound) != nil {
            return DeadlineVerdict(isDeadline: true, reason: "the end of a window a task is set for")
        }
        // `排查工作于7月15日至8月15日集中开展`: a window fixed by 于/在 before its first day.
        if !pastAfter, !spanEnd, e < r.upperBound, k[e].isHan {
            var s = before - 2
            while s > r.lowerBound, before - s < Self.windowStartReach, k[s].isASCIIDigit || k[s] == "年" || k[s] == "月" || k[s] == "日" || k[s] == "号" { s -= 1 }
            let c = clauseStart(k, s, floor: r.lowerBound)
            if s + 1 < before - 1, let pw = prepositions.match(k, endingAt: s + 1, floor: c), !inCompound(k, pw, endingAt: s + 1, floor: c) {
                return DeadlineVerdict(isDeadline: true, reason: "the end of a window fixed by 于/在")
            }
        }
        // `10月1日至7日,各单位要安排值班`: a window alone in the clause opening the sentence,
        // then what is required in it.
        if !pastAfter, b < r.upperBound, k[b] == ",", requiredNext(k, b + 1, r), opensSentence(k, clauseStart(k, before, floor: r.lowerBound), r) {
            return DeadlineVerdict(isDeadline: true, reason: "the end of a window something is required in")
        }
        return DeadlineVerdict(isDeadline: false, reason: "the end of a reporting period")
    }

    /// Whether the clause after the time tells of the past (`…召开了`, `已完成`).
    static func pastMarkerAfter(_ k: Scalars, _ b: Int, _ end: Int) -> Bool {
        var p = b
        let end = min(end, b + Reach.clause)
        while p < end, !(k[p] == "," || k[p].isSentenceEnd) { p += 1 }
        guard DirectiveExtractor.tellsPast(k, b..<p) else { return false }
        // `6月底前完成已改厕所“回头看”排查`: 已 after the task's verb is in its object (looked
        // at only for a clause that seems to tell).
        guard let verb = TimeGrammar.taskAfterPeriod(k, at: b, limit: p) else { return true }
        return DirectiveExtractor.tellsPast(k, b..<p, yiFrom: b + verb.count)
    }

    /// 本周五 / 下周一 / 周三 counted from the document's full date (else the reference date):
    /// the week runs Monday to Sunday; a weekday without 本/下 is the next such day after it.
    static func weekdayDate(_ t: TimeExpression, _ c: DeadlineContext) -> String? {
        guard let today = fullDate(c), let wd = t.weekday else { return nil }
        let now = Dates.weekday(days: today)
        let target: Int
        if let on = t.weeksOn { target = today - (now - 1) + 7 * on + (wd - 1) }
        else { let ahead = (wd - now + 7) % 7; target = today + (ahead == 0 ? 7 : ahead) }
        let date = Dates.civil(days: target)
        return DateParts(year: date.year, month: date.month, day: date.day, range: 0..<0).iso
    }

    /// 今天 / 明天 counted from the document's full date (else the reference date), or nil.
    static func relativeDayDate(_ on: Int, _ c: DeadlineContext) -> String? {
        guard let today = fullDate(c) else { return nil }
        let date = Dates.civil(days: today + on)
        return DateParts(year: date.year, month: date.month, day: date.day, range: 0..<0).iso
    }

    /// The day relative times count from, as days since the epoch: the document's full date,
    /// else (for a document with no year) the reference date; nil without a valid one.
    static func fullDate(_ c: DeadlineContext) -> Int? {
        let from: (Int, Int, Int)?
        if let y = c.docYear, let m = c.docMonth, let d = c.docDay { from = (y, m, d) }
        else if c.docYear == nil, let y = c.referenceYear, let m = c.referenceMonth, let d = c.referenceDay { from = (y, m, d) }
        else { from = nil }
        guard let (y, m, d) = from, m >= 1, m <= 12, d >= 1, d <= Dates.daysIn(month: m, year: y) else { return nil }
        return Dates.days(year: y, month: m, day: d)
    }

    /// The last day the expression allows, and its relation.
    static func resolve(_ t: TimeExpression, _ c: DeadlineContext) -> (String?, DeadlineRelation) {
        let relation: DeadlineRelation = t.suffix ?? (t.hasDay ? .on : .by)
        if t.unresolved { return (nil, relation) }
        if t.anchor == .weekday { return (weekdayDate(t, c), relation) }
        if let on = t.daysOn { return (relativeDayDate(on, c), relation) }
        var year = t.year
        if year == nil {
            if let rel = t.relativeYear { if let y = c.docYear ?? c.referenceYear { year = y + rel } }
            // 本月底 is the document's own month, whatever the section is about.
            else { year = (t.thisMonth ? nil : c.sectionYear) ?? c.docYear ?? c.referenceYear }
        }
        var month = t.month
        var day = t.day
        if t.thisQuarter {
            guard let m = c.docMonth ?? c.referenceMonth else { return (nil, relation) }
            var q = (m - 1) / 3 + t.monthsOn
            if q > 3 { q -= 4; year = year.map { $0 + 1 } }
            month = q * 3 + 3
            day = Dates.daysIn(month: q * 3 + 3, year: year)
            return (DateParts(year: year, month: month, day: day, range: 0..<0).iso, relation)
        }
        if t.thisMonth {
            guard var m = c.docMonth ?? c.referenceMonth else { return (nil, relation) }
            m += t.monthsOn
            if m > 12 { m -= 12; year = year.map { $0 + 1 } }
            month = m
            day = t.day ?? Dates.daysIn(month: m, year: year)
        }
        guard let m = month else {
            if let y = year { return ("\(pad(y, 4))-12-31", relation) }
            return (nil, relation)
        }
        // A month named without a day allows the whole month: 9月前 → 09-30.
        if t.monthLast || day == nil { day = Dates.daysIn(month: m, year: year) }
        return (DateParts(year: year, month: m, day: day, range: 0..<0).iso, relation)
    }
}
