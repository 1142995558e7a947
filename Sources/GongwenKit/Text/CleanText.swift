/// The working copy every later stage reads: the source after line-wrap repair, stray
/// space removal, page-number removal and paragraph splitting. `key` is the folded form
/// rules match on; `origin` maps each of its code points back to the source, which gives
/// the display form (the source's own characters) without storing it twice.
public struct CleanText: Sendable {
    public let source: Scalars
    /// Offsets in `source` where each line starts; line N (1-based) starts at `lineStarts[N-1]`.
    public let lineStarts: [Int]
    /// Whether any code point lies outside the Basic Multilingual Plane.
    let hasAstral: Bool
    public internal(set) var key: Scalars = []
    /// The offset map, cleaned index → source offset, stored as runs in which both advance
    /// together: cleanup keeps long stretches of the source as they are, so a few runs per
    /// line replace a 4-byte entry per code point.
    private(set) var runStarts: [Int32] = []
    private(set) var runSources: [Int32] = []
    /// Logical lines (paragraphs) as ranges of `text`; separated by "\n" in `text`.
    public internal(set) var paragraphs: [Range<Int>] = []
    /// Whether a blank line came before each paragraph in the source.
    public internal(set) var blankBefore: [Bool] = []

    init(source: Scalars) {
        self.source = source
        var starts = [0]
        var astral = false
        for (i, c) in source.enumerated() {
            if c == "\n" { starts.append(i + 1) } else if c.value > 0xFFFF { astral = true }
        }
        lineStarts = starts
        hasAstral = astral
    }

    /// Sets the offset map from one source offset per cleaned code point.
    mutating func setOrigins<C: Collection>(_ origin: C) where C.Element == Int32, C.Index == Int {
        runStarts.removeAll(); runSources.removeAll()
        var prev: Int32 = -2
        for (i, o) in zip(origin.indices, origin) {
            if o != prev &+ 1 { runStarts.append(Int32(i - origin.startIndex)); runSources.append(o) }
            prev = o
        }
    }

    /// The run holding cleaned index `i` (the last run starting at or before it).
    @inline(__always) func run(_ i: Int) -> Int {
        var lo = 0, hi = runStarts.count
        while lo < hi { let mid = (lo + hi) >> 1; if Int(runStarts[mid]) <= i { lo = mid + 1 } else { hi = mid } }
        return max(lo - 1, 0)
    }
    /// Source offset of the cleaned code point at `i`.
    public func origin(_ i: Int) -> Int {
        guard !runStarts.isEmpty else { return 0 }
        let r = run(i)
        return Int(runSources[r]) + i - Int(runStarts[r])
    }
    /// Number of cleaned code points.
    public var count: Int { key.count }

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
    public func line(_ i: Int) -> Int { line(ofSource: origin(min(max(i, 0), key.count - 1))) }

    /// Source span of a cleaned range.
    public func span(_ r: Range<Int>) -> Span {
        guard !r.isEmpty else { let o = r.lowerBound < key.count ? origin(r.lowerBound) : source.count; return Span(o, o) }
        return Span(origin(r.lowerBound), origin(r.upperBound - 1) + 1)
    }
    /// The code point to show at `i`: the source's own, or the space or line break cleanup put there.
    @inline(__always) public func display(_ i: Int) -> Unicode.Scalar {
        let k = key[i]
        return k == " " || k == "\n" ? k : source[origin(i)]
    }

    /// The display text of a cleaned range, walking the runs instead of looking each code
    /// point up. A string keeps the capacity it was made with, and section bodies hold
    /// most of a file: a string that came out much shorter than reserved is copied to size.
    public func string(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        // Three bytes hold any code point of the Basic Multilingual Plane.
        let capacity = r.count * (hasAstral ? 4 : 3)
        let s = String(unsafeUninitializedCapacity: capacity) { buf in
            var n = 0
            forEachDisplay(r) { c in n += encodeUTF8(c, into: buf, at: n) }
            return n
        }
        return s.utf8.count * 4 < capacity * 3 && capacity > 64 ? String(decoding: Array(s.utf8), as: UTF8.self) : s
    }

    /// The display text with the spaces between Chinese characters left out (titles, tasks).
    public func compactText(_ r: Range<Int>) -> String {
        var spaced = false
        for i in r where key[i] == " " { spaced = true; break }
        return spaced ? Metadata.removeCJKSpaces(string(r)) : string(r)
    }

    @inline(__always) private func forEachDisplay(_ r: Range<Int>, _ body: (Unicode.Scalar) -> Void) {
        var run = self.run(r.lowerBound)
        var nextStart = run + 1 < runStarts.count ? Int(runStarts[run + 1]) : Int.max
        var src = Int(runSources[run]) + r.lowerBound - Int(runStarts[run])
        for i in r {
            if i == nextStart {
                run += 1
                src = Int(runSources[run])
                nextStart = run + 1 < runStarts.count ? Int(runStarts[run + 1]) : Int.max
            }
            let k = key[i]
            body(k == " " || k == "\n" ? k : source[src])
            src += 1
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
