/// Sentences and clauses of a paragraph, as ranges of the cleaned text. Chinese
/// sentences end at 。!?; (full-width or not, already folded in the key) and at …;
/// a closing quote right after the end mark stays with its sentence.
public enum Sentences {
    public static func split(_ key: Scalars, _ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = r.lowerBound
        var i = r.lowerBound
        var quoteDepth = 0
        while i < r.upperBound {
            let c = key[i]
            if c == "“" { quoteDepth += 1 } else if c == "”" { quoteDepth = max(0, quoteDepth - 1) }
            if c.isSentenceEnd && quoteDepth == 0 {
                var j = i + 1
                while j < r.upperBound, key[j].isSentenceEnd || key[j] == "”" || key[j] == "’" || key[j] == "」" { j += 1 }
                if let t = trim(key, start..<j) { out.append(t) }
                start = j
                i = j
                continue
            }
            i += 1
        }
        if start < r.upperBound, let t = trim(key, start..<r.upperBound) { out.append(t) }
        return out
    }

    /// Clauses: a sentence cut at commas, colons and semicolons.
    public static func clauses(_ key: Scalars, _ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        forEachClause(key, r) { out.append($0); return true }
        return out
    }

    /// Code points that open or close a bracket or end a clause: the only ones the clause
    /// scan stops at.
    static let clauseMarks = ScalarSet("(“《)”》,:;。!?…".unicodeScalars)

    /// Hands each clause of `r` to `body`, in order, until it returns false; no array is made
    /// (the extractors look at the clauses of most directive sentences).
    @inline(__always) static func forEachClause(_ key: Scalars, _ r: Range<Int>, _ body: (Range<Int>) -> Bool) {
        let marks = clauseMarks
        var start = r.lowerBound
        var depth = 0
        for i in r {
            let c = key[i]
            guard marks.contains(c) else { continue }
            if c == "(" || c == "“" || c == "《" { depth += 1 } else if c == ")" || c == "”" || c == "》" { depth = max(0, depth - 1) }
            if depth == 0 && (c == "," || c == ":" || c == ";" || c.isSentenceEnd) {
                if let t = trim(key, start..<i + 1), !body(t) { return }
                start = i + 1
            }
        }
        if start < r.upperBound, let t = trim(key, start..<r.upperBound) { _ = body(t) }
    }

    @inline(__always) static func trim(_ key: Scalars, _ r: Range<Int>) -> Range<Int>? {
        var a = r.lowerBound, b = r.upperBound
        while a < b, key[a] == " " { a += 1 }
        while b > a, key[b - 1] == " " { b -= 1 }
        return a < b ? a..<b : nil
    }

    /// `r` without its closing punctuation (。;,: and the like).
    public static func withoutEndPunct(_ key: Scalars, _ r: Range<Int>) -> Range<Int> {
        var b = r.upperBound
        while b > r.lowerBound, key[b - 1].isClauseBreak || key[b - 1] == " " { b -= 1 }
        return r.lowerBound..<b
    }
}
