/// A streaming JSON writer into a byte buffer. Measured: `JSONEncoder` produces about
/// 18 MB/s here, too slow for archive batches, so results are written by hand; tests
/// check the output decodes to the same value `JSONEncoder` would write.
///
/// The writer cannot be copied (`~Copyable`): it owns its buffer outright, so a write
/// stores bytes through a pointer with one capacity check and nothing else. (As a copyable
/// value over a shared buffer, every call first asked the runtime whether the buffer was
/// its own: 270,000 calls a megabyte of text, 1.3% of a parse.)
public struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Per open object or array, innermost last: whether no element has been written yet.
    private var first: UnsafeMutablePointer<Bool>
    private var depth = 0
    private var depthCapacity: Int
    let pretty: Bool
    /// Where full buffers go when writing a stream; nil keeps everything in `bytes`.
    private let drain: (([UInt8]) -> Void)?
    private let drainAt: Int

    public init(pretty: Bool = false, capacity: Int = 4096) {
        self.pretty = pretty
        drain = nil
        drainAt = .max
        self.capacity = max(capacity, 64)
        depthCapacity = 32
        base = .allocate(capacity: self.capacity)
        first = .allocate(capacity: depthCapacity)
    }

    /// A writer that hands its buffer to `drain` whenever it holds `chunk` bytes, so a large
    /// result is never held whole; call `finish()` at the end.
    public init(pretty: Bool = false, chunk: Int = 1 << 20, drain: @escaping ([UInt8]) -> Void) {
        self.pretty = pretty
        self.drain = drain
        drainAt = chunk
        // Grown as needed: most results are far smaller than a chunk, and a fresh 1 MB block
        // per file made the allocator give memory back and take it again for every file
        // (three brk calls and ~17 page faults a file). 256 KB holds nearly every result
        // without growing (64 KB grew often enough to cost 0.8% of a batch's instructions).
        capacity = min(chunk + 4096, 256 * 1024)
        depthCapacity = 32
        base = .allocate(capacity: capacity)
        first = .allocate(capacity: depthCapacity)
    }

    deinit { base.deallocate(); first.deallocate() }

    /// What has been written (and not yet handed to a drain).
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Hands what is left to the drain.
    public mutating func finish() {
        if let d = drain, count > 0 { d(bytes); count = 0 }
    }

    @inline(__always) private mutating func drainIfFull() {
        if count >= drainAt, let d = drain { d(bytes); count = 0 }
    }

    /// Room for `n` more bytes: the write position (the caller then adds what it wrote to
    /// `count`).
    @inline(__always) private mutating func room(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if count + n > capacity { grow(count + n) }
        return base + count
    }

    private mutating func grow(_ need: Int) {
        var cap = capacity * 2
        while cap < need { cap *= 2 }
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: cap)
        new.moveInitialize(from: base, count: count)
        base.deallocate()
        base = new
        capacity = cap
    }

    private mutating func push(_ v: Bool) {
        if depth == depthCapacity {
            let new = UnsafeMutablePointer<Bool>.allocate(capacity: depthCapacity * 2)
            new.moveInitialize(from: first, count: depth)
            first.deallocate()
            first = new
            depthCapacity *= 2
        }
        (first + depth).initialize(to: v)
        depth += 1
    }

    @inline(__always) private mutating func put(_ b: UInt8) {
        room(1).pointee = b
        count += 1
    }
    @inline(__always) private mutating func put(_ b: UnsafeBufferPointer<UInt8>) {
        guard let src = b.baseAddress, b.count > 0 else { return }
        room(b.count).update(from: src, count: b.count)
        count += b.count
    }
    @inline(__always) private mutating func put(_ literal: StaticString) {
        put(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    @inline(__always) private mutating func newline() {
        guard pretty else { return }
        let depth = self.depth
        let p = room(1 + 2 * depth)
        p.pointee = 0x0A
        (p + 1).initialize(repeating: 0x20, count: 2 * depth)
        count += 1 + 2 * depth
    }
    @inline(__always) private mutating func separate() {
        let n = depth
        guard n > 0 else { return }
        if first[n - 1] { first[n - 1] = false } else { put(UInt8(ascii: ",")) }
        newline()
    }

    public mutating func beginObject() { put(UInt8(ascii: "{")); push(true) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { put(UInt8(ascii: "[")); push(true) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }
    /// `[]`, as `beginArray(); endArray()` writes it, in one step (many lists are empty).
    public mutating func emptyArray() { put("[]") }
    private mutating func close(_ c: UInt8) {
        precondition(depth > 0, "JSONWriter: close without an open object or array")
        depth -= 1
        if !first[depth] { newline() }
        put(c)
    }

    /// Starts a member of the current object; the value follows. Names written in the
    /// code are plain ASCII: their bytes are copied without an escape check.
    public mutating func key(_ k: StaticString) {
        guard pretty else {
            // Compact output (nearly all of it): the separator and the name in one write,
            // with one capacity check (not three).
            let n = k.utf8CodeUnitCount
            let p = room(n + 4)
            let d = depth
            var o = 0
            if d > 0 { if first[d - 1] { first[d - 1] = false } else { p.pointee = UInt8(ascii: ","); o = 1 } }
            let q = p + o
            q.pointee = UInt8(ascii: "\"")
            Self.copyName(k.utf8Start, n, to: q + 1)
            let dst = q + 1
            dst[n] = UInt8(ascii: "\"")
            dst[n + 1] = UInt8(ascii: ":")
            count += o + n + 3
            return
        }
        separate()
        let n = k.utf8CodeUnitCount
        let p = room(n + 4)
        p.pointee = UInt8(ascii: "\"")
        // Names are a few bytes: a loop beats a call to memcpy.
        let src = k.utf8Start
        for i in 0..<n { p[i + 1] = src[i] }
        p[n + 1] = UInt8(ascii: "\"")
        p[n + 2] = UInt8(ascii: ":")
        p[n + 3] = 0x20
        count += pretty ? n + 4 : n + 3
    }
    /// A member name's bytes: 8-byte moves, the last one overlapping the one before (or
    /// two overlapping 4-byte moves), reading and writing only inside the name (names are
    /// a few bytes: a byte loop took a third of `key`, a call to memcpy more).
    @inline(__always) static func copyName(_ src: UnsafePointer<UInt8>, _ n: Int, to dst: UnsafeMutablePointer<UInt8>) {
        let from = UnsafeRawPointer(src), to = UnsafeMutableRawPointer(dst)
        if n >= 8 {
            var i = 0
            while i + 8 < n {
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: i, as: UInt64.self), toByteOffset: i, as: UInt64.self)
                i += 8
            }
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self), toByteOffset: n - 8, as: UInt64.self)
        } else if n >= 4 {
            let head = from.loadUnaligned(as: UInt32.self), tail = from.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: n - 4, as: UInt32.self)
        } else {
            for i in 0..<n { dst[i] = src[i] }
        }
    }

    /// A member whose name is computed.
    public mutating func key(named k: String) {
        separate()
        writeString(k)
        put(UInt8(ascii: ":"))
        if pretty { put(0x20) }
    }
    /// Starts an element of the current array; the value follows.
    public mutating func element() { drainIfFull(); separate() }

    /// `[a, b]` on one line, also when pretty: spans and line ranges.
    public mutating func pair(_ a: Int, _ b: Int) {
        guard a >= 0, b >= 0, !pretty else {
            put(UInt8(ascii: "[")); int(a); put(UInt8(ascii: ","))
            if pretty { put(0x20) }
            int(b); put(UInt8(ascii: "]"))
            return
        }
        // Spans: both numbers and their brackets in one write (20 digits at most each).
        let p = room(43)
        p.pointee = UInt8(ascii: "[")
        var n = 1 &+ Self.digits(a, at: p + 1)
        p[n] = UInt8(ascii: ",")
        n &+= 1 &+ Self.digits(b, at: p + (n &+ 1))
        p[n] = UInt8(ascii: "]")
        count += n &+ 1
    }

    /// Writes the decimal digits of `v` (≥ 0) at `p`; returns how many.
    @inline(__always) private static func digits(_ v: Int, at p: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 1, n = v
        while n >= 10 { count &+= 1; n /= 10 }
        // Two digits at a time from the right (spans and lines are mostly 3–7 digits).
        var i = count
        n = v
        while n >= 10 {
            let (q, r) = n.quotientAndRemainder(dividingBy: 100)
            i &-= 2
            p[i] = UInt8(truncatingIfNeeded: 48 &+ r / 10); p[i &+ 1] = UInt8(truncatingIfNeeded: 48 &+ r % 10)
            n = q
        }
        if i > 0 { p[0] = UInt8(truncatingIfNeeded: 48 &+ n) }
        return count
    }

    public mutating func string(_ s: String) { writeString(s) }
    public mutating func string(_ s: String?) { if let s { writeString(s) } else { null() } }
    public mutating func int(_ v: Int) {
        guard v >= 0 else { var t = String(v); t.withUTF8 { put($0) }; return }
        if v < 10 { put(UInt8(ascii: "0") + UInt8(v)); return }
        let p = room(20)
        count += Self.digits(v, at: p)
    }
    public mutating func int(_ v: Int?) { if let v { int(v) } else { null() } }
    public mutating func bool(_ v: Bool) { put(v ? "true" : "false") }
    public mutating func null() { put("null") }
    public mutating func double(_ v: Double?) {
        guard let v, v.isFinite else { null(); return }
        var t = v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : "\(v)"
        t.withUTF8 { put($0) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether any byte is a control character, `"` or `\`: sixteen bytes at a time, the
    /// last sixteen overlapping the ones before (a byte-by-byte tail cost as much as the
    /// rest of a typical string); shorter strings as two overlapping words, or byte by byte.
    static func needsEscape(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = u.baseAddress else { return false }
        let n = u.count
        if n >= 16 {
            let q16 = SIMD16<UInt8>(repeating: 0x22), b16 = SIMD16<UInt8>(repeating: 0x5C), c16 = SIMD16<UInt8>(repeating: 0x20)
            @inline(__always) func hit(_ at: Int) -> Bool {
                let v = UnsafeRawPointer(base + at).loadUnaligned(as: SIMD16<UInt8>.self)
                return any((v .== q16) .| (v .== b16) .| (v .< c16))
            }
            var i = 0
            while i + 16 <= n {
                if hit(i) { return true }
                i += 16
            }
            return i < n && hit(n - 16)
        }
        if n >= 8 {
            // Each word test is nonzero exactly when some byte of the word matches.
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let quotes = ones &* 0x22, slashes = ones &* 0x5C, controls = ones &* 0x20
            @inline(__always) func hit(_ at: Int) -> Bool {
                let x = UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)
                let q = x ^ quotes, b = x ^ slashes
                return (((x &- controls) & ~x) | ((q &- ones) & ~q) | ((b &- ones) & ~b)) & highs != 0
            }
            return hit(0) || hit(n - 8)
        }
        for i in 0..<n {
            let c = base[i]
            if c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") { return true }
        }
        return false
    }

    private mutating func writeString(_ s: String) {
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    /// A string given as UTF-8 bytes (valid UTF-8: they are copied as they are).
    public mutating func string(utf8 u: UnsafeBufferPointer<UInt8>) {
        // Most strings need no escape: copied at once, between their quotes.
        if !Self.needsEscape(u) {
            let p = room(u.count + 2)
            p.pointee = UInt8(ascii: "\"")
            if let src = u.baseAddress { (p + 1).update(from: src, count: u.count) }
            p[u.count + 1] = UInt8(ascii: "\"")
            count += u.count + 2
            return
        }
        put(UInt8(ascii: "\""))
        for b in u {
            switch b {
            case UInt8(ascii: "\""): put(UInt8(ascii: "\\")); put(b)
            case UInt8(ascii: "\\"): put(UInt8(ascii: "\\")); put(b)
            case 0x0A: put(UInt8(ascii: "\\")); put(UInt8(ascii: "n"))
            case 0x0D: put(UInt8(ascii: "\\")); put(UInt8(ascii: "r"))
            case 0x09: put(UInt8(ascii: "\\")); put(UInt8(ascii: "t"))
            case 0..<0x20:
                put("\\u00")
                put(Self.hex[Int(b >> 4)]); put(Self.hex[Int(b & 15)])
            default: put(b)
            }
        }
        put(UInt8(ascii: "\""))
    }
}
