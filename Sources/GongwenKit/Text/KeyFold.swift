import Foundation

/// The matching form of each code point: full-width forms and compatibility characters
/// folded by ICU's NFKC (where one code point maps to one), Traditional characters mapped
/// to Simplified by ICU's `Traditional-Simplified` transform. One in, one out, so the
/// matching copy stays aligned with the display copy and the offset map.
enum KeyFold {
    /// Ranges NFKC would damage: circled and parenthesized numbers are heading markers,
    /// superscripts are exponents, Roman numerals are markers of their own.
    private static func nfkcExcluded(_ v: UInt32) -> Bool {
        (0x2460...0x24FF).contains(v) || (0x3200...0x32FF).contains(v) || (0x2070...0x209F).contains(v)
            || v == 0xB2 || v == 0xB3 || v == 0xB9 || (0x2150...0x218F).contains(v) || (0x3300...0x33FF).contains(v)
            || v == 0x2026 || v == 0x2025
    }

    /// NFKC fold for the Basic Multilingual Plane, built once.
    static let nfkcTable: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 0x10000)
        for v in 0..<UInt32(0x10000) { t[Int(v)] = v }
        let ranges: [ClosedRange<UInt32>] = [0x00A0...0x00FF, 0x2000...0x206F, 0x2E80...0x2FDF, 0x3000...0x3000,
                                             0xF900...0xFAFF, 0xFE10...0xFE6F, 0xFF01...0xFFEF]
        for r in ranges {
            for v in r where !nfkcExcluded(v) {
                guard let out = ICU.nfkc([UInt16(v)]), out.count == 1, UInt32(out[0]) != v,
                      !(0xD800...0xDFFF).contains(out[0]) else { continue }
                t[Int(v)] = UInt32(out[0])
            }
        }
        // Spaces of every width are one space; the ideographic space too.
        for v: UInt32 in [0x00A0, 0x3000, 0x202F, 0x205F] { t[Int(v)] = 0x20 }
        for v in UInt32(0x2000)...0x200A { t[Int(v)] = 0x20 }
        return t
    }()

    /// Traditional → Simplified for CJK ideographs, built once on first Traditional text.
    static let simplifiedTable: [UInt32: UInt32] = {
        var chars: [UInt16] = []
        var order: [UInt32] = []
        for r: ClosedRange<UInt32> in [0x3400...0x4DBF, 0x4E00...0x9FFF] {
            for v in r { chars.append(UInt16(v)); chars.append(0x0A); order.append(v) }
        }
        guard let out = ICU.transform("Traditional-Simplified", chars) else { return [:] }
        var map: [UInt32: UInt32] = [:]
        var k = 0
        var cur: [UInt16] = []
        for u in out {
            if u == 0x0A {
                if k < order.count, cur.count == 1, UInt32(cur[0]) != order[k] { map[order[k]] = UInt32(cur[0]) }
                k += 1; cur.removeAll(keepingCapacity: true)
            } else { cur.append(u) }
        }
        return k == order.count ? map : [:]
    }()

    /// Common characters that exist only in Traditional script: one of them means the
    /// text needs the Traditional → Simplified table.
    static let traditionalHints = ScalarSet(Set("們這個來會說對為國發經與時區縣務實際關應當項議紀負責於內進據點體開學員場長門間現問題產業讓確標準備")
        .subtracting(Set("们这个来会说对为国发经与时区县务实际关应当项议纪负责于内进据点体开学员场长门间现问题产业让确标准备"))
        .map { $0.unicodeScalars.first! })

    static func needsSimplification(_ s: Scalars) -> Bool {
        let hints = traditionalHints   // read once: a global in the loop costs a lazy-init check each time
        return s.withUnsafeBufferPointer { p in
            var i = 0
            for _ in 0..<3 {
                i = hints.firstIndex(in: p, from: i, to: p.count) + 1
                if i > p.count { return false }
            }
            return true
        }
    }

    /// Folds one code point at a time, for a given text (whose script decides whether the
    /// Traditional table is needed).
    struct Folder {
        let table: [UInt32]
        let simp: [UInt32: UInt32]
        init(for s: Scalars) {
            table = KeyFold.nfkcTable
            simp = KeyFold.needsSimplification(s) ? KeyFold.simplifiedTable : [:]
        }
        /// Whether every unified ideograph (U+4E00–U+9FFF) folds to itself: true unless the
        /// Traditional table is in use (NFKC leaves that block alone).
        var keepsUnifiedHan: Bool { simp.isEmpty }
        @inline(__always) func callAsFunction(_ c: Unicode.Scalar) -> Unicode.Scalar {
            var v = c.value
            if v < 0x10000 { v = table[Int(v)] }
            if !simp.isEmpty, let m = simp[v] { v = m }
            return Unicode.Scalar(v) ?? c
        }
    }

    /// The key form of `s`, same length.
    static func fold(_ s: Scalars) -> Scalars {
        let f = Folder(for: s)
        var out = Scalars()
        out.reserveCapacity(s.count)
        for c in s { out.append(f(c)) }
        return out
    }
}
