/// Character classes on code points. The hot path never builds `Character`s.
public typealias Scalars = [Unicode.Scalar]

/// Writes `c` as UTF-8 at `n`; returns the bytes written.
@inline(__always) func encodeUTF8(_ c: Unicode.Scalar, into buf: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
    let v = c.value
    if v < 0x80 { buf[n] = UInt8(v); return 1 }
    if v < 0x800 { buf[n] = UInt8(0xC0 | (v >> 6)); buf[n + 1] = UInt8(0x80 | (v & 0x3F)); return 2 }
    if v < 0x10000 {
        buf[n] = UInt8(0xE0 | (v >> 12)); buf[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[n + 2] = UInt8(0x80 | (v & 0x3F)); return 3
    }
    buf[n] = UInt8(0xF0 | (v >> 18)); buf[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
    buf[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[n + 3] = UInt8(0x80 | (v & 0x3F)); return 4
}

/// The first position in `from..<p.count` holding code point `c`, or `p.count`: eight
/// code points a compare (line breaks and carriage returns are looked for over whole texts).
/// Where the bracket closing at `close` opens, looking back no further than `floor`
/// (brackets nested inside are skipped); nil when it opens before `floor`.
@inline(__always) func openingBracket<C: RandomAccessCollection>(closingAt close: Int, in k: C, floor: Int) -> Int?
    where C.Element == Unicode.Scalar, C.Index == Int {
    var depth = 0, o = close
    while o >= floor {
        if k[o].isClosingBracket { depth += 1 } else if k[o].isOpeningBracket { depth -= 1; if depth == 0 { return o } }
        o -= 1
    }
    return nil
}

@inline(__always) func firstIndex(of c: Unicode.Scalar, in p: UnsafeBufferPointer<Unicode.Scalar>, from: Int) -> Int {
    guard let base = p.baseAddress else { return p.count }
    let raw = UnsafeRawPointer(base)
    let n = p.count, want = SIMD8<UInt32>(repeating: c.value)
    var i = max(0, from)
    while i + 8 <= n {
        let v = raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<UInt32>.self)
        if any(v .== want) { break }
        i += 8
    }
    while i < n, p[i] != c { i += 1 }
    return i
}

/// How far a rule may look around one item. Real clauses and titles are far shorter;
/// the bounds keep hostile input (a 50 MB line, 10^5 markers) linear.
enum Reach {
    static let clause = 160
    static let title = 240
    static let phrase = 40
    /// Paragraphs a run-in first heading looks ahead for its second at a line start.
    static let paragraphs = 200
    /// Longest label a document divider (第一篇:…) carries.
    static let dividerLabel = 80
}

extension Unicode.Scalar {
    @inline(__always) var isHan: Bool {
        let v = value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || v == 0x3007
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x3134F).contains(v)
    }
    /// CJK punctuation and full-width forms: neighbours across which spaces are stray.
    @inline(__always) var isCJKPunct: Bool {
        let v = value
        return (0x3001...0x303F).contains(v) || (0xFF01...0xFFEF).contains(v) || (0x2018...0x201F).contains(v)
            || v == 0x2026 || v == 0x2014 || v == 0x00B7 || v == 0x2015 || (0xFE10...0xFE6F).contains(v)
    }
    @inline(__always) var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    @inline(__always) var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    @inline(__always) var isSpaceLike: Bool {
        let v = value
        return v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x3000 || (0x2000...0x200A).contains(v) || v == 0x202F || v == 0x205F || v == 0x0B || v == 0x0C
    }
    @inline(__always) var isZeroWidth: Bool {
        let v = value
        return (0x200B...0x200D).contains(v) || v == 0x2060 || v == 0xFEFF || v == 0x00AD
    }
    /// Ends a sentence (in key form, after folding).
    @inline(__always) var isSentenceEnd: Bool {
        self == "。" || self == "!" || self == "?" || self == ";" || self == "…"
    }
    @inline(__always) var isClauseBreak: Bool {
        self == "," || self == "、" || self == ":" || isSentenceEnd
    }
    /// The brackets the rules pair up — round (full-width ones are folded to ASCII in the
    /// key), 〔〕 and 【】 — as which pair (0, 1, 2) and whether this one opens it.
    @inline(__always) var bracket: (pair: Int, opens: Bool)? {
        switch self {
        case "(": return (0, true)
        case ")": return (0, false)
        case "〔": return (1, true)
        case "〕": return (1, false)
        case "【": return (2, true)
        case "】": return (2, false)
        default: return nil
        }
    }
    @inline(__always) var isOpeningBracket: Bool { bracket?.opens == true }
    @inline(__always) var isClosingBracket: Bool { bracket?.opens == false }
    @inline(__always) var isClosingQuote: Bool {
        self == "”" || self == "’" || self == "」" || self == "』" || self == ")" || self == "》" || self == "\""
    }
}

/// A word as code points, and small look-ups over scalar arrays.
extension Array where Element == Unicode.Scalar {
    init(_ s: String) { self = Array(s.unicodeScalars) }

    @inline(__always) func has(_ word: Scalars, at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        var k = 0
        while k < word.count { if self[i + k] != word[k] { return false }; k += 1 }
        return true
    }
    @inline(__always) func hasAny(_ words: [Scalars], at i: Int) -> Scalars? {
        for w in words where has(w, at: i) { return w }
        return nil
    }
    /// Whether `word` ends exactly at `end` (exclusive).
    @inline(__always) func has(_ word: Scalars, endingAt end: Int) -> Bool { has(word, at: end - word.count) }

    func firstIndex(of word: Scalars, in range: Range<Int>) -> Int? {
        guard !word.isEmpty, range.count >= word.count else { return nil }
        var i = range.lowerBound
        let last = range.upperBound - word.count
        while i <= last { if self[i] == word[0] && has(word, at: i) { return i }; i += 1 }
        return nil
    }
    func contains(_ word: Scalars, in range: Range<Int>) -> Bool { firstIndex(of: word, in: range) != nil }

    /// Look-ups by a literal word: small strings are stored inline, so these allocate nothing.
    @inline(__always) func has(_ word: String, at i: Int) -> Bool {
        guard i >= 0 else { return false }
        var j = i
        for c in word.unicodeScalars {
            if j >= count || self[j] != c { return false }
            j += 1
        }
        return true
    }
    func firstIndex(of word: String, in range: Range<Int>) -> Int? {
        let w = word.unicodeScalars
        guard let f = w.first, range.lowerBound >= 0 else { return nil }
        let end = Swift.min(range.upperBound, count)
        // The first code point is looked for through a pointer; the word is compared only
        // there, up to `end` (not counted first: counting a String's code points walks it).
        return withUnsafeBufferPointer { p in
            var i = range.lowerBound
            while i < end {
                if p[i] == f {
                    var j = i, whole = true
                    for c in w { if j >= end || p[j] != c { whole = false; break }; j &+= 1 }
                    if whole { return i }
                }
                i &+= 1
            }
            return nil
        }
    }
    func contains(_ word: String, in range: Range<Int>) -> Bool { firstIndex(of: word, in: range) != nil }

    /// The code points as a String without its spaces: the form lexicon keys are stored in.
    func compactString(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: r.count * 4) { buf in
            var n = 0
            for c in self[r] where c != " " { n += encodeUTF8(c, into: buf, at: n) }
            return n
        }
    }

    /// The decimal integer the code points of `r` write in ASCII digits, as `Int(String)`
    /// reads it (nil when empty, when any is not a digit, or on overflow), without making
    /// the String.
    func asciiInt(_ r: Range<Int>) -> Int? {
        guard !r.isEmpty else { return nil }
        var v = 0
        for i in r {
            let c = self[i]
            guard c.isASCIIDigit else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(c.value - 48))
            guard !o1 && !o2 else { return nil }
            v = a
        }
        return v
    }

    /// The code points as a String, encoded to UTF-8 in place (no intermediate views).
    func string(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        var size = 0
        for c in self[r] { size += c.value < 0x80 ? 1 : c.value < 0x800 ? 2 : c.value < 0x10000 ? 3 : 4 }
        return String(unsafeUninitializedCapacity: size) { buf in
            var n = 0
            for c in self[r] { n += encodeUTF8(c, into: buf, at: n) }
            return n
        }
    }
}

/// A set of code points as a bitmap over the Basic Multilingual Plane: membership without
/// hashing, for look-ups made at every position of a text.
public struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var astral = Set<UInt32>()

    public init() {}
    public init<S: Sequence>(_ s: S) where S.Element == Unicode.Scalar { for c in s { insert(c) } }

    public mutating func insert(_ c: Unicode.Scalar) {
        let v = c.value
        if v < 0x10000 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { astral.insert(v) }
    }
    @inline(__always) public func contains(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x10000 { return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return astral.contains(v)
    }
    /// The first position in `from..<to` whose code point is in the set, or `to`: a tight
    /// loop for scans that look for the rare places a word may start.
    @inline(__always) func firstIndex(in s: Scalars, from: Int, to: Int) -> Int {
        guard from < to else { return to }
        return s.withUnsafeBufferPointer { firstIndex(in: $0, from: from, to: to) }
    }
    @inline(__always) func firstIndex(in p: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to: Int) -> Int {
        bits.withUnsafeBufferPointer { b in
            var i = from
            while i < to {
                let v = p[i].value
                if v < 0x10000 {
                    if b[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { return i }
                } else if astral.contains(v) { return i }
                i += 1
            }
            return to
        }
    }
}

/// Unsigned integer → small integer by open addressing, for tables read at every position
/// (a `Dictionary` would hash with SipHash at each look-up). `Key.max` marks an empty slot,
/// so it is never a key.
struct IntegerIndex<Key: FixedWidthInteger & UnsignedInteger & Sendable>: Sendable {
    private var keys: [Key]
    private var values: [Int32]
    private let mask: Int

    init<S: Sequence>(_ pairs: S) where S.Element == (Key, Int32) {
        let pairs = Array(pairs)
        var size = 16
        while size < pairs.count * 2 { size <<= 1 }
        mask = size - 1
        keys = [Key](repeating: .max, count: size)
        values = [Int32](repeating: 0, count: size)
        for (k, v) in pairs {
            var h = Self.slot(k, mask)
            while keys[h] != .max && keys[h] != k { h = (h + 1) & mask }
            keys[h] = k; values[h] = v
        }
    }
    @inline(__always) static func slot(_ k: Key, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: k) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }
    @inline(__always) subscript(_ k: Key) -> Int32? {
        keys.withUnsafeBufferPointer { ks in
            var h = Self.slot(k, mask)
            while true {
                let x = ks[h]
                if x == k { return values[h] }
                if x == .max { return nil }
                h = (h + 1) & mask
            }
        }
    }
}

/// Code point → small integer (see `IntegerIndex`).
public struct ScalarIndex: Sendable {
    private let index: IntegerIndex<UInt32>
    public init(_ pairs: [(Unicode.Scalar, Int)]) { index = IntegerIndex(pairs.map { ($0.0.value, Int32($0.1)) }) }
    @inline(__always) public subscript(_ c: Unicode.Scalar) -> Int? { index[c.value].map { Int($0) } }
}

/// A set of words matched longest first, forwards from a position or backwards from an
/// end, as a trie walked one code point at a time: the cost of a look-up is the length of
/// what matches, not the number of words that share a first character (a cue exception
/// table has dozens starting with 要).
public struct WordSet: Sendable {
    /// The trie of the words, and the trie of the words reversed (for `endingAt`).
    private var forward = Trie()
    private var backward = Trie()
    /// Each word as code points, by the index the tries' terminal nodes hold.
    private var scalars: [Scalars] = []
    private var firsts = ScalarSet()
    private var lasts = ScalarSet()
    public private(set) var words: [String] = []
    /// The code points words start with.
    var firstScalars: [Unicode.Scalar] { words.compactMap { $0.unicodeScalars.first } }

    /// Nodes numbered from 0 (the root); an edge is found by hashing (node, code point).
    struct Trie: Sendable {
        /// Edges: (node, code point) → child node.
        private var edges = IntegerIndex<UInt64>([])
        /// Per node: the word ending there, or -1.
        private var terminal: [Int32] = [-1]

        init() {}
        init<C: Collection>(_ words: C) where C.Element == Scalars {
            var map: [UInt64: Int32] = [:]
            for (n, w) in words.enumerated() {
                var node: Int32 = 0
                for c in w {
                    let key = Self.key(node, c)
                    if let next = map[key] { node = next; continue }
                    let next = Int32(terminal.count)
                    terminal.append(-1)
                    map[key] = next
                    node = next
                }
                if terminal[Int(node)] < 0 { terminal[Int(node)] = Int32(n) }
            }
            edges = IntegerIndex(map.map { ($0.key, $0.value) })
        }
        @inline(__always) static func key(_ node: Int32, _ c: Unicode.Scalar) -> UInt64 { UInt64(UInt32(node)) << 32 | UInt64(c.value) }
        @inline(__always) func child(_ node: Int32, _ c: Unicode.Scalar) -> Int32? { edges[Self.key(node, c)] }
        @inline(__always) func word(at node: Int32) -> Int32 { terminal[Int(node)] }
    }

    public init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words {
            let s = Scalars(w)
            guard let f = s.first, let l = s.last else { continue }
            self.words.append(w)
            scalars.append(s)
            firsts.insert(f); lasts.insert(l)
        }
        forward = Trie(scalars)
        backward = Trie(scalars.map { Scalars($0.reversed()) })
    }
    /// Parses a table: one entry per line, `#` comments, blank lines skipped; the first
    /// whitespace-separated field is the word.
    public init(table: String) {
        self.init(Self.entries(table).map { $0[0] })
    }
    static func entries(_ table: String) -> [[String]] {
        table.split(separator: "\n").compactMap { line in
            let t = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = t.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            return fields.isEmpty ? nil : fields
        }
    }

    /// The longest word starting at `i` (and ending by `limit`).
    @inline(__always) public func match(_ s: Scalars, at i: Int, limit: Int? = nil) -> Scalars? {
        find(s, at: i, limit: limit).map { scalars[$0] }
    }
    /// The word numbered `n` (words are numbered in the order given).
    public func word(_ n: Int) -> Scalars { scalars[n] }
    /// The number of the longest word starting at `i` (and ending by `limit`).
    @inline(__always) public func find(_ s: Scalars, at i: Int, limit: Int? = nil) -> Int? {
        let end = min(limit ?? s.count, s.count)
        guard i >= 0, i < end, firsts.contains(s[i]) else { return nil }
        return s.withUnsafeBufferPointer { p in
            var node: Int32 = 0, found: Int32 = -1
            var j = i
            while j < end, let next = forward.child(node, p[j]) {
                node = next; j += 1
                let w = forward.word(at: node)
                if w >= 0 { found = w }
            }
            return found >= 0 ? Int(found) : nil
        }
    }
    /// The longest word ending at `end` (exclusive), not starting before `floor`.
    @inline(__always) public func match(_ s: Scalars, endingAt end: Int, floor: Int = 0) -> Scalars? {
        find(s, endingAt: end, floor: floor).map { scalars[$0] }
    }
    /// The number of the longest word ending at `end` (exclusive), not starting before `floor`.
    @inline(__always) public func find(_ s: Scalars, endingAt end: Int, floor: Int = 0) -> Int? {
        s.withUnsafeBufferPointer { find($0, endingAt: end, floor: floor) }
    }
    /// The same over a buffer (cleanup reads its key as one).
    @inline(__always) public func find(_ p: UnsafeBufferPointer<Unicode.Scalar>, endingAt end: Int, floor: Int = 0) -> Int? {
        let lo = max(floor, 0)
        guard end - 1 >= lo, end <= p.count, lasts.contains(p[end - 1]) else { return nil }
        var node: Int32 = 0, found: Int32 = -1
        var j = end - 1
        while j >= lo, let next = backward.child(node, p[j]) {
            node = next; j -= 1
            let w = backward.word(at: node)
            if w >= 0 { found = w }
        }
        return found >= 0 ? Int(found) : nil
    }
    public func contains(_ w: String) -> Bool { contains(w.unicodeScalars) }
    /// Whether `w` is one of the words.
    public func contains<S: Sequence>(_ w: S) -> Bool where S.Element == Unicode.Scalar {
        var node: Int32 = 0
        for c in w {
            guard let next = forward.child(node, c) else { return false }
            node = next
        }
        return node != 0 && forward.word(at: node) >= 0
    }
    /// The first position in `from..<to` where a word may start (its code point starts
    /// some word), or `to`.
    @inline(__always) func nextStart(in s: Scalars, from: Int, to: Int) -> Int { firsts.firstIndex(in: s, from: from, to: to) }
    /// Whether some word lies wholly inside `r` of `s`.
    public func occurs(in s: Scalars, _ r: Range<Int>) -> Bool {
        var i = nextStart(in: s, from: r.lowerBound, to: r.upperBound)
        while i < r.upperBound {
            if find(s, at: i, limit: r.upperBound) != nil { return true }
            i = nextStart(in: s, from: i + 1, to: r.upperBound)
        }
        return false
    }
    /// Whether some word starts with `c`: a cheap test before `match`.
    @inline(__always) public func mayStart(_ c: Unicode.Scalar) -> Bool { firsts.contains(c) }
}
