/// The working copy every later stage reads: the source after line-wrap repair, stray
/// space removal, page-number removal and paragraph splitting. `key` is the folded form
/// rules match on (one code point per code point shown); the display form (the source's
/// own characters) is kept once, as UTF-8, so output strings are copied out of it rather
/// than encoded one code point at a time; the offset map leads back to the source.
public struct CleanText: Sendable {
    /// Offsets in the source where each line starts; line N (1-based) starts at `lineStarts[N-1]`.
    public let lineStarts: [Int]
    /// Code points in the source.
    public let sourceCount: Int
    public internal(set) var key: Scalars = []
    /// The offset map, cleaned index → source offset, stored as runs in which both advance
    /// together: cleanup keeps long stretches of the source as they are, so a few runs per
    /// line replace a 4-byte entry per code point.
    private(set) var runStarts: [Int32] = []
    private(set) var runSources: [Int32] = []
    /// The display text as UTF-8, and the byte offset of every `stride`-th code point in it.
    private(set) var displayUTF8: [UInt8] = []
    private(set) var checkpoints: [Int32] = []
    static let stride = 16   // a power of two (masked, not divided)
    /// Logical lines (paragraphs) as ranges of `text`; separated by "\n" in `text`.
    public internal(set) var paragraphs: [Range<Int>] = []
    /// Whether a blank line came before each paragraph in the source.
    public internal(set) var blankBefore: [Bool] = []

    init(source: Scalars) {
        var starts = [0]
        source.withUnsafeBufferPointer { p in
            var i = firstIndex(of: "\n", in: p, from: 0)
            while i < p.count { starts.append(i + 1); i = firstIndex(of: "\n", in: p, from: i + 1) }
        }
        lineStarts = starts
        sourceCount = source.count
        blockLines = Self.blocks(starts, upTo: source.count)
    }

    /// For every `block`-th cleaned index, the run holding it: a look-up starts there and
    /// steps over the few runs that begin inside the block (a binary search over all runs
    /// cost ~100 instructions an item). Likewise, for every `block`-th source offset, the
    /// line holding it.
    private var blockRuns: [Int32] = []
    private var blockLines: [Int32] = []
    static let blockShift = 6

    /// For each block of positions up to `count`, the last of the ascending `starts` at or
    /// before the block's first position (0 if none).
    static func blocks<C: RandomAccessCollection>(_ starts: C, upTo count: Int) -> [Int32] where C.Element: BinaryInteger, C.Index == Int {
        var out: [Int32] = []
        out.reserveCapacity(count >> blockShift + 1)
        var j = 0
        for b in 0...(count >> blockShift) {
            let x = b << blockShift
            while j + 1 < starts.count && Int(starts[j + 1]) <= x { j += 1 }
            out.append(Int32(j))
        }
        return out
    }
    /// The last of the ascending `starts` at or before `x`, found from its block's entry in
    /// `blocks` (a few steps: at most one per position in the block); nil when `x` lies
    /// outside the blocks.
    @inline(__always) static func last<C: RandomAccessCollection>(_ starts: C, atOrBefore x: Int, _ blocks: [Int32]) -> Int? where C.Element: BinaryInteger, C.Index == Int {
        let b = x >> blockShift
        guard x >= 0, b < blocks.count else { return nil }
        var j = Int(blocks[b])
        while j + 1 < starts.count && Int(starts[j + 1]) <= x { j += 1 }
        return j
    }

    /// Sets the offset map: runs starting at cleaned index `pos[j]` with source offset `src[j]`
    /// (after `key` is set).
    mutating func setRuns(_ pos: [Int32], _ src: [Int32]) {
        runStarts = pos
        runSources = src
        blockRuns = Self.blocks(pos, upTo: key.count)
    }

    /// Builds the display text from the source through the offset map (after `key` and
    /// the map are set): the source's code points, and the spaces and line breaks cleanup put in.
    mutating func setDisplay(from source: Scalars) {
        let n = key.count
        var cps: [Int32] = []
        cps.reserveCapacity(n / Self.stride + 1)
        let starts = runStarts, sources = runSources
        // Reserved at the largest size, written once: pages never written are never touched.
        displayUTF8 = [UInt8](unsafeUninitializedCapacity: n * 4) { buf, written in
            var w = 0
            key.withUnsafeBufferPointer { k in
                source.withUnsafeBufferPointer { src in
                    // Run by run: inside one, cleaned and source offsets advance together.
                    let out = buf.baseAddress!
                    for j in starts.indices {
                        let end = j + 1 < starts.count ? Int(starts[j + 1]) : n
                        var o = Int(sources[j])
                        for i in Int(starts[j])..<end {
                            if i & (Self.stride - 1) == 0 { cps.append(Int32(w)) }
                            let c = k[i]
                            let v = c == " " || c == "\n" ? c.value : src[o].value
                            o &+= 1
                            // Most of a Chinese text is three bytes, stored at once (the
                            // buffer holds four bytes a code point; the fourth is written over).
                            if v &- 0x800 < 0xF800 {
                                let u = 0x8080E0 | v >> 12 | (v & 0xFC0) << 2 | (v & 0x3F) << 16
                                UnsafeMutableRawPointer(out + w).storeBytes(of: u.littleEndian, as: UInt32.self)
                                w &+= 3
                            } else {
                                w &+= encodeUTF8(Unicode.Scalar(v)!, into: buf, at: w)
                            }
                        }
                    }
                }
            }
            written = w
        }
        checkpoints = cps
    }

    /// The run holding cleaned index `i` (the last run starting at or before it).
    @inline(__always) func run(_ i: Int) -> Int {
        if let r = Self.last(runStarts, atOrBefore: i, blockRuns) { return r }
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
    /// Whether cleanup dropped source code points right before cleaned index `i` (a stray
    /// space, a page number): the source does not run on from `i - 1` to `i`.
    public func droppedBefore(_ i: Int) -> Bool {
        i > 0 && i < key.count && origin(i) > origin(i - 1) + 1
    }
    /// The first index after `i` where cleanup may have dropped code points (the start of the
    /// next run: within a run the source runs on), or `count`. Walking these visits only the
    /// places `droppedBefore` can be true.
    public func nextBreak(after i: Int) -> Int {
        guard !runStarts.isEmpty else { return key.count }
        let r = run(i) + 1
        return r < runStarts.count ? Int(runStarts[r]) : key.count
    }
    /// Number of cleaned code points.
    public var count: Int { key.count }

    /// 1-based source line of a source offset.
    public func line(ofSource offset: Int) -> Int {
        if let l = Self.last(lineStarts, atOrBefore: offset, blockLines) { return l + 1 }
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
        guard !r.isEmpty else { let o = r.lowerBound < key.count ? origin(r.lowerBound) : sourceCount; return Span(o, o) }
        return Span(origin(r.lowerBound), origin(r.upperBound - 1) + 1)
    }

    /// Byte offset in the display text of code point `i` (`count` gives the end).
    @inline(__always) func byteOffset(_ i: Int) -> Int {
        if i >= key.count { return displayUTF8.count }
        var b = Int(checkpoints[i / Self.stride])
        var left = i % Self.stride
        while left > 0 {
            let lead = displayUTF8[b]
            b += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            left -= 1
        }
        return b
    }

    /// The code point to show at `i`: the source's own, or the space or line break cleanup put there.
    public func display(_ i: Int) -> Unicode.Scalar {
        let k = key[i]
        if k == " " || k == "\n" { return k }
        let b = byteOffset(i)
        let lead = UInt32(displayUTF8[b])
        if lead < 0x80 { return Unicode.Scalar(lead)! }
        let n = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var v = lead & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
        for j in 1..<n { v = v << 6 | UInt32(displayUTF8[b + j] & 0x3F) }
        return Unicode.Scalar(v)!
    }

    /// The display text of a cleaned range: a copy of its bytes.
    public func string(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        let a = byteOffset(r.lowerBound), b = byteOffset(r.upperBound)
        return displayUTF8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }

    /// The display text of a cleaned range as UTF-8 bytes, without making a String.
    func withDisplayUTF8<R>(_ r: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let a = r.isEmpty ? 0 : byteOffset(r.lowerBound), b = r.isEmpty ? 0 : byteOffset(r.upperBound)
        return displayUTF8.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[a..<b])) }
    }

    /// Whether any cleaned code point in `r` is a space (`compactText` then removes some).
    func hasSpace(_ r: Range<Int>) -> Bool {
        for i in r where key[i] == " " { return true }
        return false
    }

    /// The display text with the spaces between Chinese characters left out (titles, tasks).
    public func compactText(_ r: Range<Int>) -> String {
        hasSpace(r) ? Metadata.removeCJKSpaces(string(r)) : string(r)
    }

    /// The display text with every space left out: the text of a number, a date or a
    /// percentage (`2 0 2 4 年` → `2024年`). The display shows a space (an ideographic one
    /// too) exactly where the key has one, so most texts are not filtered at all.
    func stringWithoutSpaces(_ r: Range<Int>) -> String {
        hasSpace(r) ? string(r).filter { $0 != " " } : string(r)
    }

    /// `r` without leading and trailing spaces.
    public func trimmed(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, key[a] == " " { a += 1 }
        while b > a, key[b - 1] == " " { b -= 1 }
        return a..<b
    }
}
