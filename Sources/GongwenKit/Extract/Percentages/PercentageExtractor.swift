/// Percentages: 2.3%, -7.9%, 百分之二十三点五, 3.2个百分点, 5‰, 千分之三, xxx%, ranges,
/// with their qualifier (以上, 不到, 将近 …), and what they measure where the clause says.
enum PercentageExtractor {
    static let before: [(Scalars, Qualifier)] = pairs(Tables.qualifiersBefore)
    static let after: [(Scalars, Qualifier)] = pairs(Tables.qualifiersAfter)

    static func pairs(_ table: String) -> [(Scalars, Qualifier)] {
        WordSet.entries(table).compactMap { f in f.count > 1 ? Qualifier(rawValue: f[1]).map { (Scalars(f[0]), $0) } : nil }
            .sorted { $0.0.count > $1.0.count }
    }

    /// The only code points `extract` acts at: %, ‰, and 百/千/个 opening 百分之, 千分之,
    /// (个)百分点. A sentence with none of them holds no percentage (`SentenceTraits`).
    static let triggers: [Unicode.Scalar] = ["%", "‰", "百", "千", "个"]

    static func isPlaceholder(_ c: Unicode.Scalar) -> Bool { c == "x" || c == "X" || c == "×" || c == "*" || c == "＊" }

    static func extract(_ ct: CleanText, sentence r: Range<Int>) -> [Percentage] {
        let k = ct.key
        var out: [Percentage] = []
        var i = r.lowerBound
        while i < r.upperBound {
            let c = k[i]
            if c == "%" || c == "‰" {
                let unit: PercentUnit = c == "%" ? .percent : .permille
                if let (numStart, value) = numberBefore(k, i, floor: r.lowerBound) {
                    var items = [(numStart, i + 1, value)]
                    if value != nil, let first = rangeFirst(k, numStart, floor: r.lowerBound) { items.insert(first, at: 0) }
                    for (n, item) in items.enumerated() {
                        out.append(make(ct, r, start: item.0, end: item.1, value: item.2, unit: unit, isLast: n == items.count - 1, previous: out.last))
                    }
                }
                i += 1; continue
            }
            guard c == "百" || c == "千" || c == "个" else { i += 1; continue }
            if k.has("百分之", at: i) || k.has("千分之", at: i) {
                let unit: PercentUnit = c == "百" ? .percent : .permille
                let s = i + 3
                if let n = Numerals.chinese(k, at: s) ?? Numerals.arabic(k, at: s) {
                    out.append(make(ct, r, start: i, end: n.range.upperBound, value: n.value, unit: unit, isLast: true, previous: out.last))
                    i = n.range.upperBound; continue
                }
            }
            if k.has("个百分点", at: i) || (k.has("百分点", at: i) && !(i > 0 && k[i - 1] == "个")) {
                let len = k[i] == "个" ? 4 : 3
                var s = i
                while s > r.lowerBound, k[s - 1] == " " { s -= 1 }
                if let (numStart, value) = numberBefore(k, s, floor: r.lowerBound) {
                    if value != nil, let first = rangeFirst(k, numStart, floor: r.lowerBound) {
                        out.append(make(ct, r, start: first.0, end: first.1, value: first.2, unit: .point, isLast: false, previous: out.last))
                    }
                    out.append(make(ct, r, start: numStart, end: i + len, value: value, unit: .point, isLast: true, previous: out.last))
                } else {
                    let run = chineseBefore(k, s, floor: r.lowerBound)
                    if !run.isEmpty, let n = Numerals.chinese(k, at: run.lowerBound) {
                        out.append(make(ct, r, start: run.lowerBound, end: i + len, value: n.value, unit: .point, isLast: true, previous: out.last))
                    }
                }
                i += len; continue
            }
            i += 1
        }
        return out
    }

    /// `5-8%`, `3至5个百分点`: the first number of a range, which shares the unit of the one
    /// at `second` (its start, end and value), or nil.
    static func rangeFirst(_ k: Scalars, _ second: Int, floor: Int) -> (Int, Int, Double?)? {
        let p = second
        guard p - 1 > floor, k[p - 1] == "-" || k[p - 1] == "—" || k[p - 1] == "~" || k[p - 1] == "至" || k[p - 1] == "到",
              k[p - 2].isASCIIDigit, let (s1, v1) = numberBefore(k, p - 1, floor: floor), v1 != nil else { return nil }
        return (s1, p - 1, v1)
    }

    /// The number written before `end` (spaces skipped): its start and value (nil for xxx).
    static func numberBefore(_ k: Scalars, _ end: Int, floor: Int) -> (Int, Double?)? {
        var e = end
        while e > floor, k[e - 1] == " " { e -= 1 }
        var s = e
        if s > floor, isPlaceholder(k[s - 1]) {
            while s > floor, isPlaceholder(k[s - 1]) { s -= 1 }
            return (s, nil)
        }
        while s > floor, k[s - 1].isASCIIDigit || k[s - 1] == "." || (k[s - 1] == "," && s - 2 >= floor && k[s - 2].isASCIIDigit && e - s >= 3) { s -= 1 }
        while s < e, !k[s].isASCIIDigit { s += 1 }
        guard s < e, let n = Numerals.arabic(k, at: s), n.range.upperBound == e else { return nil }
        // A minus sign right before the digits, not a range dash after a number.
        if s > floor, k[s - 1] == "-" || k[s - 1] == "−", !(s - 2 >= floor && (k[s - 2].isASCIIDigit || k[s - 2] == "%")) {
            return (s - 1, -n.value)
        }
        if s > floor, k[s - 1] == "负" { return (s - 1, -n.value) }
        return (s, n.value)
    }

    static func chineseBefore(_ k: Scalars, _ end: Int, floor: Int) -> Range<Int> {
        var s = end
        while s > floor, Numerals.isChineseNumeral(k[s - 1]) || k[s - 1] == "点" { s -= 1 }
        return s..<end
    }

    static let zhan = Scalars("占")

    /// The change the words nearest the number name (`规上工业增加值下降` is down: 增加值 is a
    /// value, `增长率` a rate), or nil: one pass back from the number.
    static func changeIn(_ k: Scalars, _ r: Range<Int>) -> String? {
        var e = r.upperBound
        while e > r.lowerBound {
            if let n = changeWords.find(k, endingAt: e, floor: r.lowerBound),
               !(e < r.upperBound && (k[e] == "值" || k[e] == "率" || k[e] == "量")) {
                return changeDirections[n]
            }
            e -= 1
        }
        return nil
    }
    static let changeWords = WordSet(table: Tables.changeWords)
    static let changeDirections: [String] = WordSet.entries(Tables.changeWords).map { $0.count > 1 ? $0[1] : "" }
    static let baiFenDian = Scalars("百分点")
    static let joiners = ScalarSet("和与及或至到-—~、 ".unicodeScalars)

    static func make(_ ct: CleanText, _ r: Range<Int>, start: Int, end: Int, value: Double?, unit: PercentUnit, isLast: Bool, previous: Percentage? = nil) -> Percentage {
        let k = ct.key
        var q: Qualifier = .eq
        var textStart = start, textEnd = end
        // Qualifiers after: 20%以上.
        if isLast { for (w, qq) in after where k.has(w, at: end) { q = qq; textEnd = end + w.count; break } }
        // Qualifiers before: 不到50%, 超过了200%, 已将近90%.
        var b = start
        while b > r.lowerBound, k[b - 1] == " " { b -= 1 }
        if q == .eq {
            for (w, qq) in before where k.has(w, endingAt: b) && b - w.count >= r.lowerBound {
                // 近两年 is not a qualifier of a number far away; only adjacent words count.
                q = qq; textStart = b - w.count; break
            }
        }
        // `约占全镇隐患点的60%`: a qualifier ending in 占 (`约占`) qualifies the share its object
        // names.
        if q == .eq, b > r.lowerBound, k[b - 1] == "的" {
            var c = b - 1
            let stop = max(r.lowerBound, b - Reach.phrase)
            while c > stop, !k[c - 1].isClauseBreak { c -= 1 }
            if let z = k.firstIndex(of: zhan, in: c..<b), let (_, qq) = before.first(where: { $0.0.last == "占" && k.has($0.0, endingAt: z + 1) }) { q = qq }
        }
        var subject: String? = nil
        var change: String? = nil
        // What it measures: the clause before the number, after the last 、 or 有/为.
        var a = textStart
        let stop = max(r.lowerBound, textStart - Reach.phrase)
        while a > stop, !(k[a - 1].isClauseBreak || k[a - 1] == "(") { a -= 1 }
        var sEnd = textStart
        while sEnd > a, k[sEnd - 1] == " " || k[sEnd - 1] == "为" || k[sEnd - 1] == "是" || k[sEnd - 1] == "达" || k[sEnd - 1] == "到" || k[sEnd - 1] == "了" { sEnd -= 1 }
        if let has = k.firstIndex(of: "的有", in: a..<sEnd) { a = has + 2 }
        if let qi = k.firstIndex(of: "其中", in: a..<sEnd), qi == a { a += 2 }
        // A list item's marker opening the sentence (`1.全县地区生产总值…`) measures nothing.
        if a == r.lowerBound, let m = Markers.marker(k, at: a, end: sEnd) { a = m.range.upperBound }
        // Nor does an inline item's (`三是规上工业增加值增长8.5%`).
        if sEnd - a > 2, Numerals.isChineseNumeral(k[a]), k[a + 1] == "是" || k[a + 1] == "要" { a += 2 }
        // `已办结16件,占37%`: a bare share measures what the clause before it counts.
        if sEnd - a <= 2, sEnd > a, k[sEnd - 1] == "占", a - 1 > r.lowerBound, k[a - 1] == "," {
            var b = a - 1
            let floor = max(r.lowerBound, a - 1 - Reach.phrase)
            while b > floor, !k[b - 1].isClauseBreak { b -= 1 }
            if a - 1 - b >= 2 { sEnd = a - 1; a = b }
        }
        // A number after another of the sentence (`增长5%-8%`, `分别增长6.2%和7.8%`) measures
        // what that one does when only a joining word stands between; else what follows it.
        var p = sEnd
        while p > a, !(k[p - 1] == "%" || k[p - 1] == "‰" || k[p - 1] == "点" && k.has(Self.baiFenDian, endingAt: p)) { p -= 1 }
        let shared = p > a && k[p..<sEnd].allSatisfy { Self.joiners.contains($0) }
        if shared { subject = previous?.subject; change = previous?.change }
        else {
            if p > a { a = p }
            if sEnd > a && sEnd - a <= 40 {
                subject = ct.string(a..<sEnd)
                change = changeIn(k, a..<sEnd)
            }
        }
        let text = ct.stringWithoutSpaces(textStart..<textEnd)
        return Percentage(text: text, value: value, unit: unit, qualifier: q, subject: subject, change: change,
                          line: ct.line(textStart), span: ct.span(textStart..<textEnd))
    }
}
