/// A streaming JSON writer into a byte buffer. Measured: `JSONEncoder` produces about
/// 18 MB/s here, too slow for archive batches, so results are written by hand; tests
/// check the output decodes to the same value `JSONEncoder` would write.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    let pretty: Bool
    private var first: [Bool] = []
    /// Where full buffers go when writing a stream; nil keeps everything in `bytes`.
    private let drain: (([UInt8]) -> Void)?
    private let drainAt: Int

    public init(pretty: Bool = false, capacity: Int = 4096) {
        self.pretty = pretty
        drain = nil
        drainAt = .max
        bytes.reserveCapacity(capacity)
    }

    /// A writer that hands its buffer to `drain` whenever it holds `chunk` bytes, so a large
    /// result is never held whole; call `finish()` at the end.
    public init(pretty: Bool = false, chunk: Int = 1 << 20, drain: @escaping ([UInt8]) -> Void) {
        self.pretty = pretty
        self.drain = drain
        drainAt = chunk
        bytes.reserveCapacity(chunk + 4096)
    }

    /// Hands what is left to the drain.
    public mutating func finish() {
        if let d = drain, !bytes.isEmpty { d(bytes); bytes.removeAll(keepingCapacity: true) }
    }

    @inline(__always) private mutating func drainIfFull() {
        if bytes.count >= drainAt, let d = drain { d(bytes); bytes.removeAll(keepingCapacity: true) }
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<first.count { bytes.append(0x20); bytes.append(0x20) }
    }
    private mutating func separate() {
        guard !first.isEmpty else { return }
        if first[first.count - 1] { first[first.count - 1] = false } else { bytes.append(UInt8(ascii: ",")) }
        newline()
    }

    public mutating func beginObject() { bytes.append(UInt8(ascii: "{")); first.append(true) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { bytes.append(UInt8(ascii: "[")); first.append(true) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }
    private mutating func close(_ c: UInt8) {
        let empty = first.removeLast()
        if !empty { newline() }
        bytes.append(c)
    }

    /// Starts a member of the current object; the value follows. Names written in the
    /// code are plain ASCII: their bytes are copied without an escape check.
    public mutating func key(_ k: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
    }
    /// A member whose name is computed.
    public mutating func key(named k: String) {
        separate()
        writeString(k)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
    }
    /// Starts an element of the current array; the value follows.
    public mutating func element() { drainIfFull(); separate() }

    /// `[a, b]` on one line, also when pretty: spans and line ranges.
    public mutating func pair(_ a: Int, _ b: Int) {
        bytes.append(UInt8(ascii: "[")); int(a); bytes.append(UInt8(ascii: ","))
        if pretty { bytes.append(0x20) }
        int(b); bytes.append(UInt8(ascii: "]"))
    }

    public mutating func string(_ s: String) { writeString(s) }
    public mutating func string(_ s: String?) { if let s { writeString(s) } else { null() } }
    public mutating func int(_ v: Int) {
        guard v >= 0 else { bytes.append(contentsOf: String(v).utf8); return }
        if v < 10 { bytes.append(UInt8(ascii: "0") + UInt8(v)); return }
        // Digits into a small stack buffer, most significant first.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { d in
            var n = v, i = 24
            while n > 0 { i -= 1; d[i] = UInt8(ascii: "0") + UInt8(n % 10); n /= 10 }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: d[i..<24]))
        }
    }
    public mutating func int(_ v: Int?) { if let v { int(v) } else { null() } }
    public mutating func bool(_ v: Bool) { bytes.append(contentsOf: (v ? "true" : "false").utf8) }
    public mutating func null() { bytes.append(contentsOf: "null".utf8) }
    public mutating func double(_ v: Double?) {
        guard let v, v.isFinite else { null(); return }
        if v == v.rounded(), abs(v) < 1e15 { bytes.append(contentsOf: String(Int(v)).utf8) } else { bytes.append(contentsOf: "\(v)".utf8) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy their UTF-8 at once.
        var s = s
        let done: Bool = s.withUTF8 { u in
            for b in u where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return false }
            bytes.append(contentsOf: u)
            return true
        }
        if done { bytes.append(UInt8(ascii: "\"")); return }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hex[Int(b >> 4)]); bytes.append(Self.hex[Int(b & 15)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
