/// Sentences and clauses of a paragraph, as ranges of the cleaned text. Chinese
/// sentences end at 。!?; (full-width or not, already folded in the key) and at …;
/// a closing quote right after the end mark stays with its sentence, and a quotation that
/// closes after an end mark of its own ends the sentence.
public enum Sentences {
    public static func split(_ key: Scalars, _ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        split(key, r) { range, _ in out.append(range) }
        return out
    }

    /// The sentences with their traits (see `SentenceTraits`), read in the same pass.
    static func split(_ key: Scalars, _ r: Range<Int>, traits table: SentenceTraits.Table) -> [(range: Range<Int>, traits: SentenceTraits)] {
        var out: [(range: Range<Int>, traits: SentenceTraits)] = []
        split(key, r, traits: table, into: &out)
        return out
    }

    /// The same, written into `out` (emptied first, its storage kept: the parser splits
    /// every content range into one array instead of allocating one per range).
    static func split(_ key: Scalars, _ r: Range<Int>, traits table: SentenceTraits.Table,
                      into out: inout [(range: Range<Int>, traits: SentenceTraits)]) {
        out.removeAll(keepingCapacity: true)
        table.withBits { bits in
            split(key, r, bits: bits) { out.append(($0, SentenceTraits(rawValue: $1))) }
        }
    }

    /// Hands each sentence to `body` with the traits its code points have in `bits` (a
    /// table of 65,536, whose `boundary` bit marks where the split must look; nil: no
    /// traits, every code point looked at).
    @inline(__always)
    static func split(_ key: Scalars, _ r: Range<Int>, bits: UnsafeBufferPointer<UInt8>? = nil, _ body: (Range<Int>, UInt8) -> Void) {
        precondition(r.lowerBound >= 0 && r.upperBound <= key.count)
        var start = r.lowerBound
        var i = r.lowerBound
        var quoteDepth = 0
        var traits: UInt8 = 0
        let boundary = SentenceTraits.Table.boundary
        while i < r.upperBound {
            if let bits {
                // Between boundaries only the traits are gathered: read through a pointer
                // (the range was checked above), one table look-up a code point.
                key.withUnsafeBufferPointer { p in
                    let table = bits.baseAddress!
                    while i < r.upperBound {
                        let v = p[i].value
                        // Astral code points: every trait, and looked at like a boundary.
                        let b = v < 0x10000 ? table[Int(v)] : 0xFF
                        traits |= b & ~boundary
                        if b & boundary != 0 { break }
                        i += 1
                    }
                }
                guard i < r.upperBound else { break }
            }
            let c = key[i]
            if c == "“" { quoteDepth += 1 } else if c == "”" { quoteDepth = max(0, quoteDepth - 1) }
            // A quotation that closes after its own end mark (`…批示:“…要实施问责。”副市长…`)
            // ends the sentence with it; an end mark inside quotes ends nothing.
            if c.isSentenceEnd && quoteDepth == 0 || c == "”" && quoteDepth == 0 && i > start && key[i - 1].isSentenceEnd {
                var j = i + 1
                while j < r.upperBound, key[j].isSentenceEnd || key[j] == "”" || key[j] == "’" || key[j] == "」" { j += 1 }
                if let t = trim(key, start..<j) { body(t, traits) }
                traits = 0
                start = j
                i = j
                continue
            }
            i += 1
        }
        if start < r.upperBound, let t = trim(key, start..<r.upperBound) { body(t, traits) }
    }

    /// Clauses: a sentence cut at commas, colons and semicolons.
    public static func clauses(_ key: Scalars, _ r: Range<Int>) -> [Range<Int>] {
        Array(Clauses(key, r))
    }

    /// Code points that open or close a bracket or end a clause: the only ones the clause
    /// scan stops at.
    static let clauseMarks = ScalarSet("(“《)”》,:;。!?…".unicodeScalars)

    /// The clauses of a range, one at a time: no array is made (the extractors look at the
    /// clauses of most directive sentences), and no closure captures the caller's text.
    struct Clauses: Sequence, IteratorProtocol {
        let key: Scalars
        let marks = Sentences.clauseMarks
        var i: Int, start: Int
        let end: Int
        var depth = 0
        init(_ key: Scalars, _ r: Range<Int>) { self.key = key; i = r.lowerBound; start = r.lowerBound; end = r.upperBound }

        mutating func next() -> Range<Int>? {
            while i < end {
                i = marks.firstIndex(in: key, from: i, to: end)
                guard i < end else { break }
                let c = key[i]
                i += 1
                if c == "(" || c == "“" || c == "《" { depth += 1 } else if c == ")" || c == "”" || c == "》" { depth = Swift.max(0, depth - 1) }
                if depth == 0 && (c == "," || c == ":" || c == ";" || c.isSentenceEnd) {
                    let t = trim(key, start..<i)
                    start = i
                    if let t { return t }
                }
            }
            if start < end {
                let t = trim(key, start..<end)
                start = end
                return t
            }
            return nil
        }
    }

    @inline(__always) static func trim(_ key: Scalars, _ r: Range<Int>) -> Range<Int>? {
        var a = r.lowerBound, b = r.upperBound
        while a < b, key[a] == " " { a += 1 }
        while b > a, key[b - 1] == " " { b -= 1 }
        return a < b ? a..<b : nil
    }

    /// `r` without its closing punctuation (。;,: and the like), and without a closing bracket
    /// whose opening one lies before `r` (`…按职责分工负责〕` cut out of `〔责任单位:…〕`).
    public static func withoutEndPunct(_ key: Scalars, _ r: Range<Int>) -> Range<Int> {
        var b = r.upperBound
        while b > r.lowerBound, key[b - 1].isClauseBreak || key[b - 1] == " " { b -= 1 }
        // The close of a quotation this range does not open (`请交通局…尽快销号。”`).
        if b > r.lowerBound, key[b - 1] == "”", !key[r.lowerBound..<b - 1].contains("“") {
            b -= 1
            while b > r.lowerBound, key[b - 1].isClauseBreak || key[b - 1] == " " { b -= 1 }
        }
        guard b > r.lowerBound, key[b - 1].isClosingBracket else { return r.lowerBound..<b }
        // Opening minus closing brackets of each pair, counted once (a run of closing
        // brackets at the end is then cut one by one without counting again).
        var balance = SIMD4<Int>()
        for i in r.lowerBound..<b { if let k = key[i].bracket { balance[k.pair] += k.opens ? 1 : -1 } }
        // A closing bracket is unmatched when its pair has more closing than opening ones.
        while b > r.lowerBound, let k = key[b - 1].bracket, !k.opens, balance[k.pair] < 0 {
            balance[k.pair] += 1
            b -= 1
            while b > r.lowerBound, key[b - 1].isClauseBreak || key[b - 1] == " " { b -= 1 }
        }
        return r.lowerBound..<b
    }
}
