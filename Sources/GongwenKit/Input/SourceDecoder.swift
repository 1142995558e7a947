import Foundation
/// Bytes → text. Finds the encoding (BOM, strict UTF-8, then ICU's charset detector
/// confirmed by a strict decode), refuses what is not text, and normalizes line ends
/// the way Python's text mode reads a file, so that spans index what users open.
public struct DecodedSource: Sendable {
    /// The text as code points: BOM removed, CRLF and CR turned into LF.
    public let scalars: [Unicode.Scalar]
    /// Canonical name of the encoding found: UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5.
    public let encoding: String
    public let hadBOM: Bool
    public let warnings: [Warning]
}

public enum DecodeError: Error, Equatable, CustomStringConvertible, Sendable {
    case empty
    case binary(reason: String)
    case undecodable(tried: [String])
    case unknownEncoding(String)
    case invalidInEncoding(String, offset: Int?)
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty: return "empty file: no text to parse"
        case .binary(let reason): return "not a text file (\(reason))"
        case .undecodable(let tried):
            return "cannot decode as text: invalid in every candidate encoding (\(tried.joined(separator: ", "))); try --encoding NAME"
        case .unknownEncoding(let name): return "unknown encoding '\(name)'"
        case .tooLarge(let bytes, let limit):
            return "file too large: \(bytes) bytes, more than --max-bytes \(limit)"
        case .invalidInEncoding(let name, let offset):
            return "invalid \(name) byte sequence" + (offset.map { " at byte \($0)" } ?? "")
        }
    }
}

public enum SourceDecoder {
    /// Encodings tried after UTF-8, in order, when the detector does not settle it.
    static let fallbacks = ["GB18030", "Big5"]
    /// Bytes given to the charset detector: enough to judge, cheap on huge files.
    static let sampleSize = 64 * 1024

    public static func decode(_ bytes: [UInt8], forcedEncoding: String? = nil) throws -> DecodedSource {
        if bytes.isEmpty { throw DecodeError.empty }
        var warnings: [Warning] = []

        if let forced = forcedEncoding {
            let name = canonicalName(forced)
            let (body, bom) = stripBOM(bytes, for: name)
            let units: [UInt16]
            switch strictDecode(body, charset: name, allowTruncatedTail: true) {
            case .success(let (u, truncated)):
                units = u
                if truncated { warnings.append(truncationWarning(name)) }
            case .failure(let e): throw e
            }
            return finish(units: units, encoding: name, bom: bom, warnings: warnings)
        }

        // BOMs decide.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decodeKnown(Array(bytes[3...]), as: "UTF-8", bom: true)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try decodeKnown(Array(bytes[2...]), as: "UTF-16LE", bom: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try decodeKnown(Array(bytes[2...]), as: "UTF-16BE", bom: true) }

        // UTF-16 saved without a BOM: its NUL bytes (the high halves of ASCII code units) all
        // stand on one side of the byte pairs, and it decodes to text.
        if let name = bomlessUTF16(bytes), let d = try? decodeKnown(bytes, as: name, bom: false), looksLikeText(d.scalars) {
            return d
        }
        // Otherwise NUL bytes mean binary data.
        if let reason = binaryReason(bytes) { throw DecodeError.binary(reason: reason) }

        // Strict UTF-8 first: it almost never validates by accident.
        switch strictUTF8(bytes) {
        case .valid(let s):
            return finish(scalars: s, encoding: "UTF-8", bom: false, warnings: [])
        case .truncatedTail(let s):
            return finish(scalars: s, encoding: "UTF-8", bom: false, warnings: [truncationWarning("UTF-8")])
        case .invalid:
            break
        }

        // Ask ICU, and confirm with a strict decode.
        var candidates: [String] = []
        let sample = Array(bytes.prefix(sampleSize))
        let guesses = sample.withUnsafeBytes { ICU.detect($0) }
        for g in guesses {
            let name = canonicalName(g.name)
            if fallbacks.contains(name) && !candidates.contains(name) { candidates.append(name) }
            if name == "GB2312" || name == "GBK" { if !candidates.contains("GB18030") { candidates.append("GB18030") } }
        }
        for f in fallbacks where !candidates.contains(f) { candidates.append(f) }
        for name in candidates {
            if case .success(let (units, truncated)) = strictDecode(bytes, charset: name, allowTruncatedTail: true) {
                let scalars = scalarsFrom(utf16: units)
                if looksLikeText(scalars) {
                    return finish(scalars: scalars, encoding: name, bom: false,
                                  warnings: truncated ? [truncationWarning(name)] : [])
                }
            }
        }
        throw DecodeError.undecodable(tried: ["UTF-8"] + candidates)
    }

    static func truncationWarning(_ enc: String) -> Warning {
        Warning(code: "truncated-input", message: "the file ends inside a multi-byte \(enc) sequence; the incomplete tail was dropped", line: nil)
    }

    private static func decodeKnown(_ body: [UInt8], as name: String, bom: Bool) throws -> DecodedSource {
        if body.isEmpty { throw DecodeError.empty }
        switch strictDecode(body, charset: name, allowTruncatedTail: true) {
        case .success(let (units, truncated)):
            return finish(units: units, encoding: name, bom: bom, warnings: truncated ? [truncationWarning(name)] : [])
        case .failure(let e): throw e
        }
    }

    static func canonicalName(_ raw: String) -> String {
        let k = raw.uppercased().replacingOccurrences(of: "_", with: "-")
        switch k {
        case "UTF8", "UTF-8": return "UTF-8"
        case "UTF-8-SIG", "UTF8-SIG": return "UTF-8"
        case "UTF16LE", "UTF-16LE": return "UTF-16LE"
        case "UTF16BE", "UTF-16BE": return "UTF-16BE"
        case "UTF16", "UTF-16": return "UTF-16"
        case "GB18030", "GBK", "GB2312", "CP936", "EUC-CN", "GB-2312": return "GB18030"
        case "BIG5", "BIG-5", "CP950": return "Big5"
        default: return raw
        }
    }

    private static func stripBOM(_ bytes: [UInt8], for name: String) -> ([UInt8], Bool) {
        switch name {
        case "UTF-8" where bytes.starts(with: [0xEF, 0xBB, 0xBF]): return (Array(bytes[3...]), true)
        case "UTF-16LE" where bytes.starts(with: [0xFF, 0xFE]): return (Array(bytes[2...]), true)
        case "UTF-16BE" where bytes.starts(with: [0xFE, 0xFF]): return (Array(bytes[2...]), true)
        default: return (bytes, false)
        }
    }

    /// Strict decode; a sequence cut off by the end of the file is dropped with a flag.
    static func strictDecode(_ bytes: [UInt8], charset: String, allowTruncatedTail: Bool) -> Result<([UInt16], Bool), DecodeError> {
        if charset == "UTF-8" {
            switch strictUTF8(bytes) {
            case .valid(let s): return .success((utf16(of: s), false))
            case .truncatedTail(let s): return .success((utf16(of: s), true))
            case .invalid(let at): return .failure(.invalidInEncoding("UTF-8", offset: at))
            }
        }
        var body = bytes
        var truncated = false
        if charset.hasPrefix("UTF-16"), body.count % 2 == 1 { body.removeLast(); truncated = true }
        let r = body.withUnsafeBytes { ICU.decode($0, charset: charset) }
        switch r {
        case .success(let units): return .success((units, truncated))
        case .failure(.unknownCharset): return .failure(.unknownEncoding(charset))
        case .failure(.invalid(let offset)):
            // Retry without a short tail when the failure sits in the last few bytes.
            if allowTruncatedTail, let off = offset, off >= body.count - 4, off > 0 {
                let head = Array(body[0..<off])
                if case .success(let units) = head.withUnsafeBytes({ ICU.decode($0, charset: charset) }) {
                    return .success((units, true))
                }
            }
            return .failure(.invalidInEncoding(charset, offset: offset))
        }
    }

    enum UTF8Result { case valid([Unicode.Scalar]), truncatedTail([Unicode.Scalar]), invalid(at: Int) }

    /// A strict UTF-8 validator and decoder in one pass over the bytes, writing into an
    /// array made at its final size class (one code point per byte at most).
    static func strictUTF8(_ bytes: [UInt8]) -> UTF8Result {
        var failure: Int? = nil
        var truncated = false
        let out = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
            // Code points are written as their 32-bit values (a scalar is one UInt32): the
            // sequences below are checked well formed, so every value is a valid scalar.
            bytes.withUnsafeBufferPointer { b in out.withMemoryRebound(to: UInt32.self) { raw in
                var i = 0, o = 0
                let n = b.count
                defer { count = o }
                guard let start = b.baseAddress else { return }
                let base = UnsafeRawPointer(start)
                while i < n {
                    // Two three-byte sequences at once (most of a Chinese text), checked with
                    // one mask over eight bytes read together; leads E0 and ED go the long way.
                    if i &+ 8 <= n {
                        let x = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                        let l0 = x & 0xFF, l1 = x >> 24 & 0xFF
                        if x & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0 && l0 != 0xE0 && l0 != 0xED && l1 != 0xE0 && l1 != 0xED {
                            raw[o] = threeByte(x)
                            raw[o &+ 1] = threeByte(x >> 24)
                            o &+= 2; i &+= 6
                            continue
                        }
                    }
                    // Four bytes read at once where there are four: an ASCII byte, or a
                    // three-byte sequence with lead E1–EC or EE–EF (E0 and ED restrict their
                    // second byte: left to the checks below), tested with one mask.
                    if i &+ 4 <= n {
                        let x = UInt32(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                        if x & 0x80 == 0 { raw[o] = x & 0x7F; o &+= 1; i &+= 1; continue }
                        let lead = x & 0xFF
                        if x & 0xC0C0F0 == 0x8080E0 && lead != 0xE0 && lead != 0xED {
                            raw[o] = threeByte(UInt64(x))
                            o &+= 1; i &+= 3
                            continue
                        }
                    }
                    let c0 = b[i]
                    if c0 < 0x80 { raw[o] = UInt32(c0); o += 1; i += 1; continue }
                    // The common case in Chinese text: runs of well-formed three-byte sequences
                    // (leads E1–EF but ED, whose second byte is restricted; E0 likewise).
                    if c0 &- 0xE1 <= 0x0E && c0 != 0xED, i + 2 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
                        raw[o] = UInt32(c0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                        o += 1; i += 3
                        continue
                    }
                    var need = 0
                    var v: UInt32 = 0
                    var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                    switch c0 {
                    case 0xC2...0xDF: need = 1; v = UInt32(c0 & 0x1F)
                    case 0xE0: need = 2; v = 0; lo = 0xA0
                    case 0xE1...0xEC, 0xEE...0xEF: need = 2; v = UInt32(c0 & 0x0F)
                    case 0xED: need = 2; v = 0x0D; hi = 0x9F
                    case 0xF0: need = 3; v = 0; lo = 0x90
                    case 0xF1...0xF3: need = 3; v = UInt32(c0 & 0x07)
                    case 0xF4: need = 3; v = 4; hi = 0x8F
                    default: failure = i; return
                    }
                    for k in 1...need {
                        if i + k >= n {
                            if o == 0 && i == 0 { failure = i } else { truncated = true }
                            return
                        }
                        let c = b[i + k]
                        if k == 1 { if c < lo || c > hi { failure = i; return } } else if c & 0xC0 != 0x80 { failure = i; return }
                        v = (v << 6) | UInt32(c & 0x3F)
                    }
                    raw[o] = v; o += 1
                    i += need + 1
                }
            } }
        }
        if let f = failure { return .invalid(at: f) }
        return truncated ? .truncatedTail(out) : .valid(out)
    }

    /// The code point of the checked three-byte sequence in the low bytes of `x` (lead first).
    @inline(__always) static func threeByte(_ x: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: (x & 0x0F) << 12 | (x & 0x3F00) >> 2 | (x & 0x3F_0000) >> 16)
    }

    /// `UTF-16LE` or `UTF-16BE` when the sample's NUL bytes (four or more) stand nearly all
    /// at odd or at even offsets, as ASCII code units of BOM-less UTF-16 put them (a few on
    /// the other side come from characters such as 一, U+4E00); else nil.
    static func bomlessUTF16(_ b: [UInt8]) -> String? {
        let n = min(b.count, sampleSize)
        guard n >= 4, b.withUnsafeBufferPointer({ memchr($0.baseAddress!, 0, n) }) != nil else { return nil }
        var even = 0, odd = 0
        for i in 0..<n where b[i] == 0 { if i & 1 == 0 { even += 1 } else { odd += 1 } }
        if odd >= 4 && even * 4 <= odd { return "UTF-16LE" }
        if even >= 4 && odd * 4 <= even { return "UTF-16BE" }
        return nil
    }

    /// Why bytes are not text, or nil.
    static func binaryReason(_ b: [UInt8]) -> String? {
        let pngSig: [UInt8] = [0x89, 0x50, 0x4E, 0x47]
        if b.starts(with: pngSig) { return "PNG image" }
        if b.starts(with: [0x25, 0x50, 0x44, 0x46]) { return "PDF document" }
        if b.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "ZIP archive (e.g. .docx)" }
        if b.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "OLE2 document (e.g. .doc)" }
        if b.starts(with: [0xFF, 0xD8, 0xFF]) { return "JPEG image" }
        let nul = b.withUnsafeBufferPointer { p in p.isEmpty ? nil : memchr(p.baseAddress!, 0, p.count).map { UnsafeRawPointer($0) - UnsafeRawPointer(p.baseAddress!) } }
        if let nul { return "NUL byte at offset \(nul)" }
        // Many C0 controls other than tab, LF, FF, CR, ESC mean binary.
        let n = min(b.count, sampleSize)
        let controls = b.withUnsafeBufferPointer { p in
            var controls = 0
            var i = 0
            // Eight bytes at a time past words with no byte below 0x20 (nearly all of a text).
            let ones: UInt64 = 0x0101_0101_0101_0101
            while i + 8 <= n {
                let x = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if (x &- ones &* 0x20) & ~x & (ones &* 0x80) != 0 {
                    for c in p[i..<i + 8] where c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D && c != 0x1B { controls += 1 }
                }
                i += 8
            }
            for c in p[i..<n] where c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D && c != 0x1B { controls += 1 }
            return controls
        }
        if controls * 100 > n { return "\(controls) control bytes in the first \(n)" }
        return nil
    }

    /// Decoded text that is mostly controls or private-use code points is not text.
    static func looksLikeText(_ s: [Unicode.Scalar]) -> Bool {
        var bad = 0
        var total = 0
        for c in s.prefix(sampleSize) {
            total += 1
            let v = c.value
            if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C) || (0xE000...0xF8FF).contains(v) || v == 0xFFFD { bad += 1 }
        }
        return total == 0 || bad * 20 < total
    }

    static func scalarsFrom(utf16 units: [UInt16]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(units.count)
        var it = units.makeIterator()
        var dec = UTF16()
        loop: while true {
            switch dec.decode(&it) {
            case .scalarValue(let s): out.append(s)
            case .emptyInput: break loop
            case .error: out.append("\u{FFFD}")
            }
        }
        return out
    }

    static func utf16(of s: [Unicode.Scalar]) -> [UInt16] {
        var out: [UInt16] = []
        out.reserveCapacity(s.count)
        for c in s { out.append(contentsOf: UTF16.encode(c)!) }
        return out
    }

    private static func finish(units: [UInt16], encoding: String, bom: Bool, warnings: [Warning]) -> DecodedSource {
        finish(scalars: scalarsFrom(utf16: units), encoding: encoding, bom: bom, warnings: warnings)
    }

    private static func finish(scalars raw: [Unicode.Scalar], encoding: String, bom: Bool, warnings: [Warning]) -> DecodedSource {
        var s = raw
        normalize(&s)
        return DecodedSource(scalars: s, encoding: encoding, hadBOM: bom, warnings: warnings)
    }

    /// Decoded code points as every later stage reads them: a leading BOM (also one left by
    /// a forced or BOM-less decode) is not text; CRLF and CR become LF.
    static func normalize(_ s: inout [Unicode.Scalar]) {
        if s.first == "\u{FEFF}" { s.removeFirst() }
        if s.withUnsafeBufferPointer({ firstIndex(of: "\r", in: $0, from: 0) < $0.count }) { s = normalizeNewlines(s) }
    }

    /// CRLF and lone CR become LF, as Python's text mode reads them.
    static func normalizeNewlines(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if s[i] == "\r" {
                out.append("\n")
                if i + 1 < s.count && s[i + 1] == "\n" { i += 1 }
            } else { out.append(s[i]) }
            i += 1
        }
        return out
    }
}

extension Array where Element == UInt8 {
    func starts(with prefix: [UInt8]) -> Bool {
        count >= prefix.count && self[0..<prefix.count].elementsEqual(prefix)
    }
}
