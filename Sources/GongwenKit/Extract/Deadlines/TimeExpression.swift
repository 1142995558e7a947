/// A time expression in key-form text, before it is judged a deadline or not.
struct TimeExpression {
    enum Anchor { case date, yearEnd, yearWithin, monthEnd, quarter, halfYear, festival, span, weekday }
    var range: Range<Int>
    var year: Int?
    var relativeYear: Int?       // 0 for 今年/本年, 1 for 明年
    var month: Int?
    var day: Int?                // resolved last day allowed, when fixed
    var thisMonth = false        // 本月底, 本月25日, 下月10日: counted from the document's month
    var monthsOn = 0             // 0 for 本月 (本季度), 1 for 下月 (下季度)
    var thisQuarter = false      // 本季度末, 下季度内: counted from the document's month
    var daysOn: Int? = nil       // 今天/今日 0, 明天/明日/次日 1: counted from the document's full date
    var monthLast = false        // 底, 下旬: the month's last day, whatever the year
    var unresolved = false       // 月初, 国庆节前, 一周内: a deadline whose date the text cannot fix
    var anchor: Anchor
    var hasDay = false           // a calendar day was written
    var modifier: Bool = false   // 底/旬/季度/半年 written
    var suffix: DeadlineRelation? = nil
    var prefixStart: Int? = nil  // `完成时限是` (part of the text), `时限:` (not)
    /// 本周五 / 下周一 / 周三: the weekday (1 = Monday … 7 = Sunday) and how many weeks on
    /// (0 this week, 1 next; nil: not said, the next such day).
    var weekday: Int? = nil
    var weeksOn: Int? = nil
    /// 本周/下周/本月/下月 alone, with the task right after it (`下周完成方案编制`): the period.
    var bare = false
}

enum TimeGrammar {
    static let suffixes: [(Scalars, DeadlineRelation)] = WordSet.entries(Tables.deadlineSuffixes).compactMap { f in
        guard f.count > 1, let r = DeadlineRelation(rawValue: f[1]) else { return nil }
        return (Scalars(f[0]), r)
    }.sorted { $0.0.count > $1.0.count }

    /// Weeks: 本周五前, 下周一前, 周三前, 星期五前, 本周内; the weekday by its character.
    static let weekPrefixes: [(Scalars, Int?)] = [("本周", 0), ("这周", 0), ("下周", 1), ("本星期", 0), ("下星期", 1), ("周", nil), ("星期", nil)]
        .map { (Scalars($0.0), $0.1) }.sorted { $0.0.count > $1.0.count }
    static let weekdayNumbers: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7, "末": 7]

    /// What follows 本周/下周/本月/下月 for them to bound a task (`本周完成`, `下月到位`,
    /// `本月要…`): a word of `periodTasks` or of `forwardAfter`, or nil.
    static let periodTasks = WordSet(table: Tables.periodTasks)
    static let festivalNouns = WordSet(table: Tables.festivalNouns)
    static func taskAfterPeriod(_ k: Scalars, at i: Int, limit: Int) -> Scalars? {
        periodTasks.match(k, at: i, limit: limit) ?? DeadlineExtractor.forwardAfter.match(k, at: i, limit: limit)
    }

    static let festivals = WordSet(table: Tables.festivals)
    /// The fixed month and day of each festival, by its number in `festivals` (元旦 → 1, 1;
    /// nil for the lunar ones), as `Lexicon.dutyKinds` indexes the duty cues.
    static let festivalDays: [(Int, Int)?] = {
        var days: [String: (Int, Int)] = [:]
        for f in WordSet.entries(Tables.festivals) where f.count > 1 {
            let md = f[1].split(separator: "-").compactMap { Int($0) }
            if md.count == 2 { days[f[0]] = (md[0], md[1]) }
        }
        return festivals.words.map { days[$0] }
    }()

    /// The `by` suffixes ending in 前 (之前, 以前, 前), longest first.
    static let byQian: [Scalars] = suffixes.filter { $0.1 == .by && $0.0.last == qian }.map(\.0)
    static let qian: Unicode.Scalar = "前", zai: Unicode.Scalar = "在", yu: Unicode.Scalar = "于"

    /// A festival at `i` and the 前 (之前, 以前) after it: where it ends and its fixed month
    /// and day, if any. Nil without 前 (`春节期间` bounds nothing) and for 前夕, 前后. Words
    /// that end in 前 themselves (`汛前`, `年前`) also name things (`开展汛前检查`, `两年前`):
    /// they bound a task only after 在/于, right before a task word or a comma (`汛前完成`), or
    /// opening a later clause with a verb after them (`…,秋季开学前投入使用`; not `…的`).
    static func festival(_ k: Scalars, at i: Int, end: Int) -> (end: Int, day: (Int, Int)?)? {
        guard let n = festivals.find(k, at: i, limit: end) else { return nil }
        let f = festivals.word(n)
        var p = i + f.count
        if let s = byQian.first(where: { k.has($0, at: p) && p + $0.count <= end }) { p += s.count }
        else if f[f.count - 1] == qian {
            let c = i > 0 ? k[i - 1] : " "
            if c.isASCIIDigit || Numerals.isChineseNumeral(c) { return nil }
            // (A later clause: a sentence opening with one describes as often, `入冬前气温较高`.)
            let opensClause = c == "," || c == ";"
            guard c == zai || c == yu || p < end && (k[p] == "," || taskAfterPeriod(k, at: p, limit: end) != nil
                                                      || opensClause && k[p].isHan && k[p] != "的" && festivalNouns.match(k, at: p, limit: end) == nil) else { return nil }
        } else { return nil }
        // 前夕: the eve an event took place on; 前后: around the day, bounding nothing.
        if p < end, k[p] == "夕" || k[p] == "后" { return nil }
        return (p, festivalDays[n])
    }

    /// `至15日` (also `-`, `~`, `到`) after a day: the day a span of the same month ends on and
    /// where it ends, or nil (`至7月15日` is a time of its own).
    static func dayAfterRange(_ k: Scalars, at b: Int, end: Int) -> (Int, Int)? {
        guard b + 2 < end, k[b] == "至" || k[b] == "-" || k[b] == "—" || k[b] == "~" || k[b] == "到",
              let (d, e) = Dates.day(k, at: b + 1), e <= end else { return nil }
        return (d, e)
    }

    /// Words that make a run of characters a task, not the name of an event (`5月中下旬开展
    /// 一次汛前督查`: 开展 is done, `汛前` is no event of `5月中下旬`).
    static let taskWords = WordSet(table: Tables.imperativeStarts + "\n" + Tables.periodTasks + "\n" + Tables.forwardAfter)
    static let w = (nian: Scalars("年"), di: Scalars("底"), mo: Scalars("末"), nei: Scalars("内"),
                    shangban: Scalars("上半年"), xiaban: Scalars("下半年"), jidu: Scalars("季度"),
                    benyue: Scalars("本月"), xiayue: Scalars("下月"), ciyue: Scalars("次月"), meinian: Scalars("每年"), jinnian: Scalars("今年"), bennian: Scalars("本年"), mingnian: Scalars("明年"),
                    niandi: Scalars("年底"), nianmo: Scalars("年末"), nianne: Scalars("年内"), yuedi: Scalars("月底"),
                    yuemo: Scalars("月末"), yuechu: Scalars("月初"), shiXian: ["完成时限是", "完成时限为", "时限是", "时限为", "完成时间为", "完成时间是", "截止时间为", "截止时间是", "截止日期为", "截止日期是", "截止时间:", "截止日期:", "报送时间:", "时限:", "期限:", "期限为", "期限是"].map { Scalars($0) })

    /// First characters of the `完成时限是` prefixes.
    static let prefixStarts = ScalarSet(w.shiXian.map { $0[0] })

    /// What the number a time expression starts with must stand right before: 年 or 月 (a
    /// date), 季 (a quarter), 个 or the first character of a span unit (a span).
    static let numberFollowers = ScalarSet("年月季个".unicodeScalars + spanUnits.map { $0[0] })
    /// How every expression that does not start with a number or 第 begins: the first two
    /// characters of each word the grammar opens with (今年, 年底, 本月, 上半年, the festivals,
    /// the 完成时限是 prefixes …).
    static let openings = WordSet(
        ([w.jinnian, w.bennian, w.mingnian, Scalars("次年"), Scalars("翌年"), w.niandi, w.nianmo, w.nianne, w.benyue, w.xiayue, w.ciyue,
          w.yuedi, w.yuemo, w.yuechu, w.shangban, w.xiaban, Scalars("每月"), Scalars("每季度"), benJiDu, xiaJiDu, yuanYue] + relativeDays.map(\.0) + w.shiXian + festivals.words.map { Scalars($0) })
            .map { String(String.UnicodeScalarView($0.prefix(2))) }
        + weekPrefixes.flatMap { p in p.0.count >= 2 ? [String(String.UnicodeScalarView(p.0.prefix(2)))]
                                                        : weekdayNumbers.keys.map { String(String.UnicodeScalarView(p.0 + [$0])) } })
    /// First characters of the festivals (五一 starts with a numeral).
    static let festivalFirsts = ScalarSet(festivals.words.map { $0.unicodeScalars.first! })

    /// Whether `match` can find anything at `i`: false for most numbers (一是, 统一, 3家),
    /// which every other path of the grammar leaves alone, without running the grammar.
    /// Never false where `match` succeeds (checked against it in the tests).
    static func mayMatch(_ k: Scalars, at i: Int, end: Int) -> Bool {
        let c = k[i]
        let digit = c.isASCIIDigit
        if !digit && !Numerals.isChineseNumeral(c) {
            if isPlaceholder(c) { return placeholderDate(k, at: i, end: end) != nil }
            // 第 opens a quarter (第四季度); anything else starts with one of the openings.
            if c == "第" { return i + 1 < k.count && (k[i + 1].isASCIIDigit || Numerals.digit(k[i + 1]) != nil) }
            return openings.find(k, at: i) != nil
        }
        guard !festivalFirsts.contains(c) else { return true }
        var p = i + 1
        if digit { while p < end, k[p].isASCIIDigit { p += 1 } } else { p = Numerals.chineseRun(k, from: i, limit: end).upperBound }
        // `20xx年2月底`: figures, then placeholders.
        if digit, p < end, isPlaceholder(k[p]) { return placeholderDate(k, at: i, end: end) != nil }
        // `2024.7.15`, `2024/8/10`, `7.20前`.
        if digit, p < end, k[p] == "." || k[p] == "/" || k[p] == "-" { return figuresDate(k, at: i, end: end) != nil }
        // `二O一O年`: a zero typed as a letter or figure (`Dates.typedYear`).
        if !digit, i + 4 < k.count, k[i + 4] == "年", p < end, Dates.isTypedZero(k[p]) { return true }
        // The grammar may read the unit past `end`; so does this test (it must never say no
        // where the grammar says yes).
        return p < k.count && numberFollowers.contains(k[p])
    }

    /// A date in figures (`2024.7.15`, `2024/8/10`, `2024-06-30`), or a month and day with a
    /// dot and a bound after them (`7.20前`, a `by` word of `suffixes`: without one, `7.20`
    /// may be a figure).
    static func figuresDate(_ k: Scalars, at i: Int, end: Int) -> DateParts? {
        guard i + 2 < end, k[i].isASCIIDigit else { return nil }
        // Four figures open a year (`2024.7.15`); one or two a month (`7.20前`); decimals,
        // heading numbers and ranges are turned away by these counts and the dot.
        var p = i, m = 0
        while p < end, p - i < 5, k[p].isASCIIDigit { m = m * 10 + Int(k[p].value - 48); p += 1 }
        if p - i == 4 {
            if let d = Dates.scanNumeric(k, at: i), d.range.upperBound <= end { return d }
            return nil
        }
        guard p - i <= 2, p < end, k[p] == ".", m >= 1, m <= 12 else { return nil }
        var q = p + 1, d = 0
        while q < end, q - p <= 2, k[q].isASCIIDigit { d = d * 10 + Int(k[q].value - 48); q += 1 }
        guard q > p + 1, q < end, !k[q].isASCIIDigit, d >= 1, d <= 31,
              suffixes.contains(where: { $0.1 == .by && k.has($0.0, at: q) }) else { return nil }
        return DateParts(year: nil, month: m, day: d, range: i..<q)
    }

    /// The time expression starting at `i`, or nil. `end` bounds the look.
    static func match(_ k: Scalars, at i: Int, end: Int) -> TimeExpression? {
        // 完成时限是2022年: the prefix is part of what the text says.
        if prefixStarts.contains(k[i]) {
            for p in w.shiXian where k.has(p, at: i) {
                if var t = core(k, at: i + p.count, end: end) {
                    t.prefixStart = i
                    // `完成时限是2022年` says it in one phrase; after a field's colon (`整改时限:
                    // 2024年6月底`) the time alone is the shortest span that carries it.
                    if p.last != ":" { t.range = i..<t.range.upperBound }
                    return t
                }
            }
        }
        guard var t = core(k, at: i, end: end) else { return nil }
        // 每年6月底前 comes back every year: no one date (as 每月5日前), the text keeps its 每年.
        if t.year == nil, t.relativeYear == nil, t.anchor != .weekday, k.has(w.meinian, endingAt: i) {
            t.range = i - 2..<t.range.upperBound
            t.unresolved = true
        }
        return t
    }

    private static func core(_ k: Scalars, at i: Int, end: Int) -> TimeExpression? {
        guard i < end else { return nil }
        var t: TimeExpression
        var j: Int
        var relYear: Int? = nil
        var s = i
        if k.has(w.jinnian, at: s) || k.has(w.bennian, at: s) { relYear = 0; s += 2 }
        else if k.has(w.mingnian, at: s) || (k[s] == "次" || k[s] == "翌") && k.has(w.nian, at: s + 1) { relYear = 1; s += 2 }

        // Dates and spans start with a number; most starts do not.
        let numeric = s < end && (k[s].isASCIIDigit || Numerals.isChineseNumeral(k[s]) || k[s] == "元" && k.has(yuanYue, at: s))
        let date = numeric ? Dates.scan(k, at: s) ?? figuresDate(k, at: s, end: end) : nil
        // A template's or draft's date (`xx月xx日前`, `20xx年2月底`, `2024年××月底前`): a deadline
        // to find, with no date. A placeholder opens it, or stands where the figures (or the
        // date they open, when it names no day) stop.
        var stop = s
        if let d = date { if d.day == nil { stop = d.range.upperBound } } else { while stop < end, k[stop].isASCIIDigit { stop += 1 } }
        if s < end, isPlaceholder(k[s]) || stop > s && stop < end && isPlaceholder(k[stop]), let p = placeholderDate(k, at: s, end: end) {
            t = TimeExpression(range: i..<p.end, unresolved: true, anchor: .date, hasDay: p.hasDay)
            j = p.end
            if !p.hasDay {
                if j < end, k.has(w.di, at: j) || k.has(w.mo, at: j) { t.modifier = true; t.anchor = .monthEnd; j += 1 }
                else if let x = xun(k, at: j) { t.modifier = true; j = x.1 }
            }
        } else if let d = date, d.range.upperBound <= end {
            t = TimeExpression(range: i..<d.range.upperBound, year: d.year, relativeYear: relYear, month: d.month, day: d.day,
                               anchor: .date, hasDay: d.day != nil)
            j = d.range.upperBound
            if d.month == nil {
                // A year: 2020年底, 2020年内, 2020年上半年, 2020年第四季度, or the year alone
                // (2020年年底, 2020年年内: 年 said twice).
                if j + 1 < end, k[j] == "年", k[j + 1] == "底" || k[j + 1] == "末" || k[j + 1] == "内" { j += 1 }
                if k.has(w.di, at: j) || k.has(w.mo, at: j) { t.month = 12; t.day = 31; t.anchor = .yearEnd; t.modifier = true; j += 1 }
                else if k.has(w.nei, at: j) { t.month = 12; t.day = 31; t.anchor = .yearWithin; t.modifier = true; t.suffix = .within; j += 1 }
                else if let q = half(k, at: j) { t.month = q.0; t.day = q.1; t.anchor = .halfYear; t.modifier = true; j = q.2 }
                else if let q = quarter(k, at: j, end: end) { t.month = q.0; t.day = q.1; t.anchor = .quarter; t.modifier = true; j = q.2 }
                else if let f = festival(k, at: j, end: end) {
                    // 2025年元旦前: the year fixes the day of a holiday on a fixed day.
                    if let (m, day) = f.day { t.month = m; t.day = day } else { t.unresolved = true }
                    t.anchor = .festival; t.suffix = .by; t.range = i..<f.end
                    return t
                }
            } else if d.day == nil, let m = d.month {
                // A month: 8月底, 10月中旬, 9月中下旬, 11月初.
                if k.has(w.di, at: j) || k.has(w.mo, at: j) { t.monthLast = true; t.modifier = true; t.anchor = .monthEnd; j += 1 }
                else if let x = xun(k, at: j) { if let day = x.0 { t.day = day } else { t.monthLast = true }; t.modifier = true; j = x.1 }
                else if k.has("初", at: j) { t.unresolved = true; t.modifier = true; j += 1 }
            }
        } else if relYear != nil || k.has(w.nian, at: s) && s == i {
            // 年底, 年内, 今年底, 今年年底, 今年上半年, 明年. Bare (`年底`) the year is the one the
            // text is about (a section's, else the document's); 今年 is the document's.
            var p = s
            if relYear != nil && k.has(w.nian, at: p) { p += 1 }
            if k.has(w.niandi, at: p) || k.has(w.nianmo, at: p) { p += 2 }
            // (`今年年底`, and `今年底`: 底 right after 今年.)
            else if p > s || relYear != nil, k.has(w.di, at: p) || k.has(w.mo, at: p) { p += 1 }
            else if k.has(w.nianne, at: p) {
                t = TimeExpression(range: i..<p + 2, relativeYear: relYear, month: 12, day: 31, anchor: .yearWithin, modifier: true, suffix: .within)
                return t.range.upperBound <= end ? t : nil
            } else if let q = half(k, at: p) {
                t = TimeExpression(range: i..<q.2, relativeYear: relYear, month: q.0, day: q.1, anchor: .halfYear, modifier: true)
                return t.range.upperBound <= end ? withSuffix(k, t, end) : nil
            } else if let q = quarter(k, at: p, end: end) {
                t = TimeExpression(range: i..<q.2, relativeYear: relYear, month: q.0, day: q.1, anchor: .quarter, modifier: true)
                return withSuffix(k, t, end)
            } else if relYear == nil, let f = festival(k, at: i, end: end) {
                // 年前 (before the new year): a festival's word, not a year.
                return TimeExpression(range: i..<f.end, unresolved: true, anchor: .festival, suffix: .by)
            } else { return nil }
            guard p <= end else { return nil }
            t = TimeExpression(range: i..<p, relativeYear: relYear, month: 12, day: 31, anchor: .yearEnd, modifier: true)
            j = p
        } else if k.has(w.benyue, at: i) || k.has(w.xiayue, at: i) || k.has(w.ciyue, at: i) {
            var p = i + 2
            if let (d, e) = Dates.day(k, at: p), e <= end {
                // 本月25日, 下月10日: a day of this month or the next.
                t = TimeExpression(range: i..<e, day: d, anchor: .date, hasDay: true)
                p = e
            } else if k.has(w.di, at: p) || k.has(w.mo, at: p) || k.has(w.nei, at: p) {
                p += 1
                t = TimeExpression(range: i..<p, anchor: .monthEnd, modifier: true)
            } else if let x = xun(k, at: p), x.1 <= end {
                // 本月中旬, 下月上旬: a part of this month or the next.
                t = TimeExpression(range: i..<x.1, anchor: .monthEnd, modifier: true)
                if let day = x.0 { t.day = day; t.anchor = .date } else { t.monthLast = true }
                p = x.1
            } else if k.has("初", at: p), p < end {
                // 下月初: a time the text does not fix to a day.
                p += 1
                t = TimeExpression(range: i..<p, unresolved: true, anchor: .monthEnd, modifier: true)
            } else {
                // `本月完成摸底`, `下月到位`: the month, its task right after it.
                guard taskAfterPeriod(k, at: p, limit: end) != nil else { return nil }
                t = TimeExpression(range: i..<p, anchor: .monthEnd, modifier: true)
                t.monthLast = true; t.bare = true
            }
            t.thisMonth = true
            t.monthsOn = k[i] == "本" ? 0 : 1   // 下月, 次月: the month after
            j = p
        } else if i + 1 < end, k[i + 1] == "天" || k[i + 1] == "日", let rd = relativeDays.first(where: { k.has($0.0, at: i) }) {
            // 明天上午10点前, 今日下班前, 次日12时前: a day counted from the document's date, read
            // only with a bound after it (a day alone dates an event: `今天召开…`).
            t = TimeExpression(range: i..<i + 2, anchor: .date, hasDay: true)
            t.daysOn = rd.1
            t = withSuffix(k, t, end)
            return t.suffix == .by ? t : nil
        } else if k.has(benJiDu, at: i) || k.has(xiaJiDu, at: i) {
            // 本季度末, 下季度内, 本季度完成…: the quarter the document is written in, or the next.
            var p = i + 3
            if p < end, k[p] == "末" || k[p] == "底" || k[p] == "内" { p += 1 }
            else { guard taskAfterPeriod(k, at: p, limit: end) != nil else { return nil } }
            t = TimeExpression(range: i..<p, anchor: .quarter, modifier: true)
            t.thisQuarter = true
            t.monthsOn = k[i] == "本" ? 0 : 1
            if p == i + 3 { t.bare = true }
            j = p
        } else if k.has(w.yuechu, at: i), i + 2 <= end, i == 0 || !k[i - 1].isHan || k[i - 1] == "于" || k[i - 1] == "在" || k[i - 1] == "到" {
            // 月初 with no month (`于月初报送`): a time the text does not fix.
            t = TimeExpression(range: i..<i + 2, unresolved: true, anchor: .monthEnd, modifier: true)
            j = i + 2
        } else if k.has(w.yuedi, at: i) || k.has(w.yuemo, at: i) {
            // 月底前 with no month: the current month.
            t = TimeExpression(range: i..<i + 2, anchor: .monthEnd, modifier: true)
            t.thisMonth = true
            j = i + 2
        } else if let q = half(k, at: i) {
            t = TimeExpression(range: i..<q.2, month: q.0, day: q.1, anchor: .halfYear, modifier: true)
            j = q.2
        } else if let q = quarter(k, at: i, end: end) {
            t = TimeExpression(range: i..<q.2, month: q.0, day: q.1, anchor: .quarter, modifier: true)
            j = q.2
        } else if k[i] == "每", let e = quarterly(k, at: i, end: end) {
            // 每季度末, 每季度末月25日前: a deadline that comes back every quarter, so no one date.
            t = TimeExpression(range: i..<e.end, unresolved: true, anchor: .date, hasDay: e.hasDay)
            t.modifier = !e.hasDay
            j = e.end
        } else if k[i] == "每", k.has("每月", at: i), let (_, e) = Dates.day(k, at: i + 2), e <= end {
            // 每月5日前: a deadline that comes back every month, so no one date.
            t = TimeExpression(range: i..<e, unresolved: true, anchor: .date, hasDay: true)
            j = e
        } else if let f = festival(k, at: i, end: end) {
            // 国庆节前, 春节前: with no year written, a date the text does not fix.
            return TimeExpression(range: i..<f.end, unresolved: true, anchor: .festival, suffix: .by)
        } else if let wk = week(k, at: i, end: end) {
            return wk
        } else if numeric, s == i, let sp = span(k, at: i, end: end) {
            return sp
        } else { return nil }
        t.range = i..<j
        return withSuffix(k, t, end)
    }

    static let quarterMonths = ["首月", "末月", "第一个月", "最后一个月"].map { Scalars($0) }

    /// `每季度末` or `每季度` and a day of one of its months (`末月25日`, `首月10日`): where it
    /// ends and whether it names a day; nil for `每季度` alone (how often, not by when).
    static func quarterly(_ k: Scalars, at i: Int, end: Int) -> (end: Int, hasDay: Bool)? {
        guard k.has("每季度", at: i) else { return nil }
        let p = i + 3
        for m in quarterMonths where k.has(m, at: p) {
            if let (_, e) = Dates.day(k, at: p + m.count), e <= end { return (e, true) }
            return nil
        }
        return p < end && k[p] == "末" ? (p + 1, false) : nil
    }

    /// What drafts and templates put for figures they leave open (`xx月xx日`, `××月`, `○月○日`).
    static let placeholderChars = "xX×*□○◯"
    /// Whether `c` is one of `placeholderChars` (compared in place: no table to look up).
    @inline(__always) static func isPlaceholder(_ c: Unicode.Scalar) -> Bool {
        switch c { case "x", "X", "×", "*", "□", "○", "◯": return true; default: return false }
    }

    /// A month (and day), perhaps after a year, where some figure is a placeholder:
    /// `xx月xx日`, `2024年XX月XX日`, `×月`. Where it ends and whether it names a day.
    static func placeholderDate(_ k: Scalars, at i: Int, end: Int) -> (end: Int, hasDay: Bool)? {
        // Most placeholders (`xxx同志`, `XX县`) open no date: no 年 or 月 within reach.
        var u = i + 1
        while u < min(end, i + 6), k[u] != "年", k[u] != "月" { u += 1 }
        guard u < min(end, i + 6) else { return nil }
        var masked = false
        var j = i
        if let (e, m) = placeholderPart(k, j, end, "年") { j = e; masked = m }
        guard let (e, m) = placeholderPart(k, j, end, "月") else { return nil }
        j = e; masked = masked || m
        var hasDay = false
        if let (e, m) = placeholderPart(k, j, end, "日", or: "号") { j = e; hasDay = true; masked = masked || m }
        return masked ? (j, hasDay) : nil
    }

    /// Figures or placeholders, at most four, then a unit: where the unit ends and whether a
    /// placeholder was among them, or nil.
    @inline(__always) static func placeholderPart(_ k: Scalars, _ p: Int, _ end: Int, _ unit: Unicode.Scalar,
                                                  or other: Unicode.Scalar? = nil) -> (Int, Bool)? {
        var q = p, masked = false
        while q < end, q - p < 4, k[q].isASCIIDigit || isPlaceholder(k[q]) {
            if !k[q].isASCIIDigit { masked = true }
            q += 1
        }
        return q > p && q < end && (k[q] == unit || k[q] == other) ? (q + 1, masked) : nil
    }

    /// Where a day's weekday starting at `j` ends: `(星期三)`, `(周三)`, or unbracketed
    /// `星期三`, `周三`; else nil.
    static func weekdayAfter(_ k: Scalars, at j: Int, end: Int) -> Int? {
        var p = j
        let open = p < end && k[p] == "("
        if open { p += 1 }
        let w = k.has(xingQi, at: p) ? 2 : k.has(zhou, at: p) ? 1 : 0
        guard w > 0, p + w < end, weekdayNumbers[k[p + w]] != nil else { return nil }
        p += w + 1
        if open { guard p < end, k[p] == ")" else { return nil }; p += 1 }
        return p
    }
    static let xingQi = Scalars("星期"), zhou = Scalars("周")

    /// 前, 以前, 内, 为止, 起 after the time; also `…回头看前`: an event named after the time.
    static func withSuffix(_ k: Scalars, _ t0: TimeExpression, _ end: Int) -> TimeExpression {
        var t = t0
        var j = t.range.upperBound
        // A day's weekday in brackets stands before the suffix: 3月20日(星期三)前.
        if t.hasDay, j < end, k[j] == "(", let d = weekdayAfter(k, at: j, end: end),
           case let h = timeOfDay(k, at: d, end: end), suffixes.contains(where: { k.has($0.0, at: h) && h + $0.0.count <= end }) { j = d }
        // An hour before the suffix: 7月15日17:00前, 本月25日下班前.
        if t.hasDay { let h = timeOfDay(k, at: j, end: end); if h > j, suffixes.contains(where: { $0.1 == .by && k.has($0.0, at: h) && h + $0.0.count <= end }) { j = h } }
        for (s, rel) in suffixes where k.has(s, at: j) && j + s.count <= end {
            // 内 after a month or day is rare; 年内 is handled where it is read.
            if rel == .within && t.hasDay { continue }
            t.suffix = rel; j += s.count
            t.range = t.range.lowerBound..<j
            return t
        }
        // A time, then an event, then 前: 10月中旬省环保督察回头看前.
        if t.modifier || t.hasDay {
            var p = j
            while p < end, p - j < 14, k[p].isHan, !(k[p] == "前") { p += 1 }
            if p > j + 1, p < end, k[p] == "前", !(p + 1 < end && k[p + 1] == "进"), !taskWords.occurs(in: k, j..<p) {
                t.suffix = .by
                t.range = t.range.lowerBound..<p + 1
            }
        }
        return t
    }

    /// 本周五前, 下周一前, 周三前, 星期五以前: a weekday with 前 after it (a weekday alone dates
    /// an event, not a deadline); 本周内, 下周内: the week's Sunday.
    static func week(_ k: Scalars, at i: Int, end: Int) -> TimeExpression? {
        // 上周五前 looks back; 每周五前 comes back every week (no one date).
        let before: Unicode.Scalar? = i > 0 ? k[i - 1] : nil
        if before == "上" { return nil }
        for (p, on) in weekPrefixes where k.has(p, at: i) {
            var j = i + p.count
            guard j < end else { return nil }
            if on != nil, k[j] == "内" {
                var t = TimeExpression(range: i..<j + 1, anchor: .weekday, suffix: .within)
                t.weekday = 7; t.weeksOn = on
                return t
            }
            // `下周完成方案编制`: the week, its task right after it (by its Sunday).
            if on != nil, taskAfterPeriod(k, at: j, limit: end) != nil {
                var t = TimeExpression(range: i..<j, anchor: .weekday, modifier: true)
                t.weekday = 7; t.weeksOn = on; t.bare = true
                return t
            }
            guard let d = weekdayNumbers[k[j]] else { return nil }
            j += 1
            j = timeOfDay(k, at: j, end: end)
            for (s, rel) in suffixes where rel == .by && k.has(s, at: j) && j + s.count <= end {
                // 每周五前: the text keeps its 每.
                let recurs = on == nil && before == "每"
                var t = TimeExpression(range: (recurs ? i - 1 : i)..<j + s.count, anchor: .weekday, suffix: .by)
                t.weekday = d; t.weeksOn = on
                t.unresolved = recurs
                return t
            }
            return nil
        }
        return nil
    }

    /// The end of an hour written at `i` (`17:00`, `17时`, `下午5点30分`, `中午12时`,
    /// `下班`), or `i` when none is.
    static func timeOfDay(_ k: Scalars, at i: Int, end: Int) -> Int {
        if k.has("下班", at: i) { return min(i + 2, end) }
        var p = i
        if let part = k.hasAny(dayParts, at: p) { p += part.count }
        let h = p
        while p < end, p - h < 2, k[p].isASCIIDigit { p += 1 }
        guard p > h, p < end else { return i }
        if k[p] == ":" {
            let m = p + 1
            guard m + 1 < end, k[m].isASCIIDigit, k[m + 1].isASCIIDigit else { return i }
            return m + 2
        }
        guard k[p] == "时" || k[p] == "点" else { return i }
        p += 1
        let m = p
        while p < end, p - m < 2, k[p].isASCIIDigit { p += 1 }
        if p > m, p < end, k[p] == "分" { return p + 1 }
        if k.has("半", at: m) { return m + 1 }
        return m
    }
    static let dayParts = ["上午", "中午", "下午", "晚上", "傍晚"].map { Scalars($0) }

    static func half(_ k: Scalars, at i: Int) -> (Int, Int, Int)? {
        // 上半年末 and 上半年底 end where 上半年 does.
        func end(_ e: Int) -> Int { e < k.count && (k[e] == "末" || k[e] == "底") ? e + 1 : e }
        if k.has(w.shangban, at: i) { return (6, 30, end(i + 3)) }
        if k.has(w.xiaban, at: i) { return (12, 31, end(i + 3)) }
        return nil
    }
    static let benJiDu = Scalars("本季度"), xiaJiDu = Scalars("下季度")
    /// Days named from the day a text is written, and how many days on.
    static let relativeDays: [(Scalars, Int)] = [("今天", 0), ("今日", 0), ("明天", 1), ("明日", 1), ("次日", 1)].map { (Scalars($0.0), $0.1) }

    /// 第四季度, 四季度, 第4季度, 一季度.
    static func quarter(_ k: Scalars, at i: Int, end: Int) -> (Int, Int, Int)? {
        var p = i
        if p < end, k[p] == "第" { p += 1 }
        guard p < end else { return nil }
        var q: Int? = nil
        if let d = Numerals.digit(k[p]) { q = d } else if k[p].isASCIIDigit { q = Int(k[p].value - 48) }
        guard let n = q, n >= 1 && n <= 4, k.has(w.jidu, at: p + 1) else { return nil }
        // 第一、二季度 and 三四季度 list several; not read here. 一季度末 ends where 一季度 does.
        var e = p + 3
        if e < end, k[e] == "末" || k[e] == "底" { e += 1 }
        return ([3, 6, 9, 12][n - 1], [31, 30, 30, 31][n - 1], e)
    }

    /// 上旬 → 10, 中旬 → 20, 下旬 / 中下旬 → the month's last day (nil here).
    static func xun(_ k: Scalars, at i: Int) -> (Int?, Int)? {
        if k.has("上中旬", at: i) { return (20, i + 3) }
        if k.has("中下旬", at: i) { return (nil, i + 3) }
        if k.has("上旬", at: i) { return (10, i + 2) }
        if k.has("中旬", at: i) { return (20, i + 2) }
        if k.has("下旬", at: i) { return (nil, i + 2) }
        return nil
    }

    static let yuanYue = Scalars("元月")
    static let spanUnits = ["工作日", "日", "天", "周", "星期", "月", "年", "小时", "分钟"].map { Scalars($0) }
    static let withinWords = ["以内", "之内", "内"].map { Scalars($0) }

    /// 5个工作日内, 30日内, 一周内, 3个月内: a span that bounds a task; its date is not fixed.
    static func span(_ k: Scalars, at i: Int, end: Int) -> TimeExpression? {
        var p = i
        if p < end, k[p].isASCIIDigit { while p < end, k[p].isASCIIDigit { p += 1 } }
        else { let run = Numerals.chineseRun(k, from: i, limit: end); guard run.count >= 1, run.count <= 3 else { return nil }; p = run.upperBound }
        guard p > i else { return nil }
        if p < end, k[p] == "个" { p += 1 }
        guard let u = k.hasAny(spanUnits, at: p) else { return nil }
        p += u.count
        for s in withinWords where k.has(s, at: p) {
            return TimeExpression(range: i..<p + s.count, unresolved: true, anchor: .span, suffix: .within)
        }
        // `限期一个月完成整改`: the span a time limit gives, without 内.
        if i >= 2, k[i - 2] == "限", k[i - 1] == "期" {
            return TimeExpression(range: i..<p, unresolved: true, anchor: .span, suffix: .within)
        }
        return nil
    }
}
