/// Numbers written with Arabic digits or Chinese numerals, read from key-form text.
public enum Numerals {
    @inline(__always) public static func digit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        // 〇 is often typed as a circle (○ ◯) in dates: `二○○一年四月四日`.
        case "〇", "零", "○", "◯": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }
    @inline(__always) static func unit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "十": return 10
        case "百": return 100
        case "千": return 1000
        case "万": return 10_000
        case "亿": return 100_000_000
        default: return nil
        }
    }
    @inline(__always) public static func isChineseNumeral(_ c: Unicode.Scalar) -> Bool {
        digit(c) != nil || unit(c) != nil
    }

    /// Value of a Chinese integer such as 二十三, 一百零五, 两千, 十一, or digit-by-digit
    /// 二〇二一. Nil when the characters do not form a number.
    public static func chineseInteger(_ s: Scalars, _ r: Range<Int>) -> Int? {
        guard !r.isEmpty else { return nil }
        // Digit by digit (years): no units at all.
        if r.count >= 2 && r.allSatisfy({ unit(s[$0]) == nil }) {
            var v = 0
            for i in r { guard let d = digit(s[i]) else { return nil }; v = v * 10 + d }
            return v
        }
        var total = 0, section = 0, number = 0
        var sawAny = false
        for i in r {
            let c = s[i]
            if let d = digit(c) { number = d; sawAny = true; continue }
            guard let u = unit(c) else { return nil }
            sawAny = true
            if u >= 10_000 {
                section = (section + number) * u
                total += section; section = 0; number = 0
            } else {
                // A leading unit counts one of itself: 十五 is 15, 百分之百 is 100.
                section += (number == 0 && section == 0 ? 1 : number) * u
                number = 0
            }
        }
        return sawAny ? total + section + number : nil
    }

    /// The longest run of Chinese numeral characters starting at `i`.
    public static func chineseRun(_ s: Scalars, from i: Int, limit: Int? = nil) -> Range<Int> {
        var j = i
        let end = limit ?? s.count
        while j < end, isChineseNumeral(s[j]) { j += 1 }
        return i..<j
    }

    public struct Number: Equatable, Sendable {
        public var value: Double
        public var range: Range<Int>
        public var isInteger: Bool
    }

    /// An Arabic number at `i`: digits with optional thousands commas and a decimal part.
    /// A leading `-` (or `负`) directly before the digits is the caller's to read.
    public static func arabic(_ s: Scalars, at i: Int) -> Number? {
        guard i < s.count, s[i].isASCIIDigit else { return nil }
        var j = i
        var intPart = 0.0
        while j < s.count {
            if s[j].isASCIIDigit { intPart = intPart * 10 + Double(s[j].value - 48); j += 1; continue }
            // A thousands comma is followed by exactly three digits.
            if s[j] == ",", j + 3 < s.count, s[j + 1].isASCIIDigit, s[j + 2].isASCIIDigit, s[j + 3].isASCIIDigit,
               !(j + 4 < s.count && s[j + 4].isASCIIDigit) {
                j += 1; continue
            }
            break
        }
        var value = intPart
        var isInt = true
        if j + 1 < s.count, s[j] == ".", s[j + 1].isASCIIDigit {
            isInt = false
            var scale = 0.1
            j += 1
            while j < s.count, s[j].isASCIIDigit { value += Double(s[j].value - 48) * scale; scale /= 10; j += 1 }
            // Decimals read digit by digit lose nothing that matters, but round to the
            // printed precision so 2.3 stays 2.3.
            let digits = Double(j - (s[i..<j].firstIndex(of: ".")! + 1))
            let p = pow10(Int(digits))
            value = (value * p).rounded() / p
        }
        return Number(value: value, range: i..<j, isInteger: isInt)
    }

    /// A Chinese number at `i`, with an optional 点 decimal part (三点五).
    public static func chinese(_ s: Scalars, at i: Int) -> Number? {
        let run = chineseRun(s, from: i)
        guard let v = chineseInteger(s, run) else { return nil }
        var end = run.upperBound
        var value = Double(v)
        var isInt = true
        if end + 1 < s.count, s[end] == "点", let d = digit(s[end + 1]) {
            _ = d
            var j = end + 1
            var frac = ""
            while j < s.count, let d2 = digit(s[j]) { frac.append(String(d2)); j += 1 }
            value = Double("\(v).\(frac)") ?? value
            end = j
            isInt = false
        }
        return Number(value: value, range: i..<end, isInteger: isInt)
    }

    static func pow10(_ n: Int) -> Double { var p = 1.0; for _ in 0..<n { p *= 10 }; return p }
}
