import CICU

/// Thin Swift faces of the C wrappers in `CICU`.
enum ICU {
    struct Match { let name: String; let confidence: Int }

    /// Charset guesses for a sample of bytes, most confident first.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> [Match] {
        var names = [CChar](repeating: 0, count: 1024)
        var conf = [Int32](repeating: 0, count: 32)
        let n = gw_detect_charsets(bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                                   Int32(bytes.count), &names, Int32(names.count), &conf, 32)
        guard n > 0 else { return [] }
        var out: [Match] = []
        var start = 0
        for i in 0..<Int(n) {
            var end = start
            while names[end] != 0 { end += 1 }
            let name = String(decoding: names[start..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            out.append(Match(name: name, confidence: Int(conf[i])))
            start = end + 1
        }
        return out
    }

    enum DecodeFailure: Error { case invalid(offset: Int?), unknownCharset }

    /// Strict decode into UTF-16 units.
    static func decode(_ bytes: UnsafeRawBufferPointer, charset: String) -> Result<[UInt16], DecodeFailure> {
        let cap = bytes.count + 16
        var out = [UInt16](repeating: 0, count: cap)
        var errorOffset: Int32 = -1
        let n = out.withUnsafeMutableBufferPointer { buf in
            gw_decode_strict(charset, bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                             Int32(bytes.count), buf.baseAddress, Int32(cap), &errorOffset)
        }
        switch n {
        case -2: return .failure(.unknownCharset)
        case ..<0: return .failure(.invalid(offset: errorOffset >= 0 ? Int(errorOffset) : nil))
        default:
            out.removeSubrange(Int(n)...)
            return .success(out)
        }
    }

    /// Encodes text into `charset`; nil when ICU cannot.
    static func encode(_ text: String, charset: String) -> [UInt8]? {
        let units = Array(text.utf16)
        let cap = units.count * 4 + 16
        var out = [CChar](repeating: 0, count: cap)
        let n = gw_encode(charset, units, Int32(units.count), &out, Int32(cap))
        guard n >= 0 else { return nil }
        return out[0..<Int(n)].map { UInt8(bitPattern: $0) }
    }

    /// Runs an ICU transform over UTF-16 text; nil on failure.
    static func transform(_ id: String, _ units: [UInt16]) -> [UInt16]? {
        let cap = units.count * 2 + 16
        var buf = units + [UInt16](repeating: 0, count: cap - units.count)
        let n = buf.withUnsafeMutableBufferPointer { gw_transform(id, $0.baseAddress, Int32(units.count), Int32(cap)) }
        guard n >= 0 else { return nil }
        return Array(buf[0..<Int(n)])
    }

    static func nfkc(_ units: [UInt16]) -> [UInt16]? {
        var out = [UInt16](repeating: 0, count: units.count * 18 + 4)
        let n = gw_nfkc(units, Int32(units.count), &out, Int32(out.count))
        guard n >= 0 else { return nil }
        return Array(out[0..<Int(n)])
    }

    static var version: String {
        var buf = [CChar](repeating: 0, count: 32)
        gw_icu_version(&buf, 32)
        return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
