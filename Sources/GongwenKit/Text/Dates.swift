/// Calendar dates written in Chinese: 2011年6月7日, 二〇一三年四月, 9月15日, 2022年.
public struct DateParts: Equatable, Sendable {
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public var range: Range<Int>

    /// ISO 8601, with `--MM-DD` / `--MM` when the year is unknown.
    public var iso: String? {
        switch (year, month, day) {
        case let (y?, m?, d?): return "\(pad(y, 4))-\(pad(m))-\(pad(d))"
        case let (y?, m?, nil): return "\(pad(y, 4))-\(pad(m))"
        case let (y?, nil, _): return pad(y, 4)
        case let (nil, m?, d?): return "--\(pad(m))-\(pad(d))"
        case let (nil, m?, nil): return "--\(pad(m))"
        default: return nil
        }
    }
}

@inline(__always) func pad(_ v: Int, _ width: Int = 2) -> String {
    let s = String(v)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

public enum Dates {
    static let nian: Unicode.Scalar = "年", yue: Unicode.Scalar = "月", ri: Unicode.Scalar = "日", hao: Unicode.Scalar = "号"

    /// A day of the month at `i` (`25日`, `二十五号`): its number (1…31) and the end after 日/号.
    static func day(_ s: Scalars, at i: Int) -> (Int, Int)? {
        guard let (d, e) = number(s, at: i, unit: ri, maxDigits: 2) ?? number(s, at: i, unit: hao, maxDigits: 2), d >= 1 && d <= 31 else { return nil }
        return (d, e)
    }

    /// An integer (Arabic or Chinese) at `i` followed by `unit`; returns value and end after unit.
    static func number(_ s: Scalars, at i: Int, unit: Unicode.Scalar, maxDigits: Int) -> (Int, Int)? {
        guard i < s.count else { return nil }
        var j = i
        if s[i].isASCIIDigit {
            while j < s.count, s[j].isASCIIDigit, j - i < maxDigits + 1 { j += 1 }
            guard j - i <= maxDigits, j < s.count, s[j] == unit, let v = s.asciiInt(i..<j) else { return nil }
            return (v, j + 1)
        }
        let run = Numerals.chineseRun(s, from: i)
        guard !run.isEmpty, run.count <= max(maxDigits, 3), run.upperBound < s.count, s[run.upperBound] == unit,
              let v = Numerals.chineseInteger(s, run) else { return nil }
        return (v, run.upperBound + 1)
    }

    /// A year in Chinese digits whose zero was typed as a letter or figure (`二O一O年`,
    /// `二0一0年`, as archives typed 〇): four digits, one of them such a zero, then 年.
    @inline(__always) static func isTypedZero(_ c: Unicode.Scalar) -> Bool { c == "O" || c == "o" || c == "0" || c == "Ｏ" }

    static func typedYear(_ s: Scalars, at i: Int) -> (Int, Int)? {
        guard i + 4 < s.count, s[i + 4] == nian else { return nil }
        var v = 0, typed = false
        for k in i..<i + 4 {
            let c = s[k]
            if isTypedZero(c) { typed = true; v *= 10; continue }
            guard let d = Numerals.digit(c) else { return nil }
            v = v * 10 + d
        }
        return typed && Numerals.digit(s[i]) != nil ? (v, i + 5) : nil
    }

    /// The date starting at `i`: year, year-month, year-month-day, month, or month-day.
    public static func scan(_ s: Scalars, at i: Int) -> DateParts? {
        var y: Int? = nil, m: Int? = nil, d: Int? = nil
        var k = i
        if let (v, e) = number(s, at: k, unit: nian, maxDigits: 4), v >= 1900 && v <= 2100 { y = v; k = e }
        // `二O一O年`: a zero typed as a letter or figure (looked at only with 年 four on).
        else if k + 4 < s.count, s[k + 4] == nian, let (v, e) = typedYear(s, at: k), v >= 1900 && v <= 2100 { y = v; k = e }
        // 元月: January, as official texts also write it.
        if let (v, e) = number(s, at: k, unit: yue, maxDigits: 2) ?? (k + 1 < s.count && s[k] == "元" && s[k + 1] == yue ? (1, k + 2) : nil),
           v >= 1 && v <= 12 {
            m = v; k = e
            if k < s.count, s[k] == "份" { k += 1 }
            else if let (dv, de) = day(s, at: k) { d = dv; k = de }
        }
        if y == nil && m == nil { return nil }
        return DateParts(year: y, month: m, day: d, range: i..<k)
    }

    /// A date written in figures, as websites stamp pages: `2019-01-23`, `2019/1/23`,
    /// `2019.01.23`. Only for head matter (fields, date lines): in running text such figures
    /// are more often ranges or versions.
    public static func scanNumeric(_ s: Scalars, at i: Int) -> DateParts? {
        func digits(_ a: Int, _ most: Int) -> (Int, Int)? {
            var e = a, v = 0
            while e < s.count, e - a < most, s[e].isASCIIDigit { v = v * 10 + Int(s[e].value - 48); e += 1 }
            return e > a && (e == s.count || !s[e].isASCIIDigit) ? (v, e) : nil
        }
        guard let (y, ye) = digits(i, 4), ye - i == 4, y >= 1900, y <= 2100, ye < s.count else { return nil }
        let sep = s[ye]
        guard sep == "-" || sep == "/" || sep == ".", let (m, me) = digits(ye + 1, 2), m >= 1, m <= 12,
              me < s.count, s[me] == sep, let (d, de) = digits(me + 1, 2), d >= 1, d <= 31 else { return nil }
        return DateParts(year: y, month: m, day: d, range: i..<de)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01 (`civil_from_days`).
    static func civil(days z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 1 = Monday … 7 = Sunday, for a day count from `days(year:month:day:)`.
    static func weekday(days: Int) -> Int { ((days % 7 + 7) % 7 + 3) % 7 + 1 }

    public static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let y = year else { return 28 }   // unknown year: the safe last day
            return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
