/// The working copy every later stage reads: the source after line-wrap repair, stray
/// space removal, page-number removal and paragraph splitting. `key` is the folded form
/// rules match on; `origin` maps each of its code points back to the source, which gives
/// the display form (the source's own characters) without storing it twice.
public struct CleanText: Sendable {
    public let source: Scalars
    /// Offsets in `source` where each line starts; line N (1-based) starts at `lineStarts[N-1]`.
    public let lineStarts: [Int]
    public internal(set) var key: Scalars = []
    public internal(set) var origin: [Int32] = []
    /// Logical lines (paragraphs) as ranges of `text`; separated by "\n" in `text`.
    public internal(set) var paragraphs: [Range<Int>] = []
    /// Whether a blank line came before each paragraph in the source.
    public internal(set) var blankBefore: [Bool] = []

    init(source: Scalars) {
        self.source = source
        var starts = [0]
        for (i, c) in source.enumerated() where c == "\n" { starts.append(i + 1) }
        lineStarts = starts
    }

    /// 1-based source line of a source offset.
    public func line(ofSource offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }
    /// 1-based source line where the cleaned code point at `i` came from.
    public func line(_ i: Int) -> Int { line(ofSource: Int(origin[min(max(i, 0), origin.count - 1)])) }

    /// Source span of a cleaned range.
    public func span(_ r: Range<Int>) -> Span {
        guard !r.isEmpty else { let o = r.lowerBound < origin.count ? Int(origin[r.lowerBound]) : source.count; return Span(o, o) }
        return Span(Int(origin[r.lowerBound]), Int(origin[r.upperBound - 1]) + 1)
    }
    /// The code point to show at `i`: the source's own, or the space or line break cleanup put there.
    @inline(__always) public func display(_ i: Int) -> Unicode.Scalar {
        let k = key[i]
        return k == " " || k == "\n" ? k : source[Int(origin[i])]
    }

    /// The display text of a cleaned range.
    public func string(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: r.count * 4) { buf in
            var n = 0
            for i in r { n += encodeUTF8(display(i), into: buf, at: n) }
            return n
        }
    }

    /// `r` without leading and trailing spaces.
    public func trimmed(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, key[a] == " " { a += 1 }
        while b > a, key[b - 1] == " " { b -= 1 }
        return a..<b
    }
}
