/// The working copy every later stage reads: the source after line-wrap repair, stray
/// space removal, page-number removal and paragraph splitting, in two aligned forms
/// (`text` keeps the source's characters for output, `key` is folded for matching),
/// with `origin` mapping each code point back to the source.
public struct CleanText: Sendable {
    public let source: Scalars
    /// Offsets in `source` where each line starts; line N (1-based) starts at `lineStarts[N-1]`.
    public let lineStarts: [Int]
    public internal(set) var text: Scalars = []
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
    public func string(_ r: Range<Int>) -> String { text.string(r) }

    /// `r` without leading and trailing spaces.
    public func trimmed(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, key[a] == " " { a += 1 }
        while b > a, key[b - 1] == " " { b -= 1 }
        return a..<b
    }
}
