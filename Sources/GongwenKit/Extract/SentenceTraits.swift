/// What a sentence holds that an extractor needs before it can find anything, read in one
/// pass over its code points: a percentage needs one of `PercentageExtractor.triggers`; a
/// directive cue, a duty cue and a role title the first character of one of their words. Each extractor
/// scanned the whole sentence for its own characters; most sentences have none of some of
/// them, and one shared look-up per code point costs less than those scans.
struct SentenceTraits: OptionSet {
    let rawValue: UInt8
    static let percentage = SentenceTraits(rawValue: 1)
    static let directiveCue = SentenceTraits(rawValue: 2)
    static let dutyCue = SentenceTraits(rawValue: 4)
    /// The first character of a role title (副镇长, 局长 …): a person named with a role.
    static let roleTitle = SentenceTraits(rawValue: 8)
    /// 请: a party may be asked after it (`请县财政局…`).
    static let request = SentenceTraits(rawValue: 16)
    /// 由 or 会 (of 会同): a party may be given the task after it (`由X组织…`, `…牵头,会同X,…`).
    static let handOver = SentenceTraits(rawValue: 32)
    /// 表 (of 表示, 表态): what those present pledged may be reported.
    static let pledge = SentenceTraits(rawValue: 64)
    /// Every trait (the top bit is not one: the table uses it to mark boundaries).
    static let all = SentenceTraits(rawValue: 0x7F)

    /// Traits per code point of the Basic Multilingual Plane (astral code points, never the
    /// first of a cue, count as every trait: the table stays small and never wrong).
    struct Table: Sendable {
        private var bits = [UInt8](repeating: 0, count: 0x10000)

        /// Not a trait: marks the code points the sentence split stops at (sentence ends
        /// and double quotes), so the split needs one look-up per code point for both.
        static let boundary: UInt8 = 0x80

        init(cueFirsts: [Unicode.Scalar], dutyFirsts: [Unicode.Scalar], roleFirsts: [Unicode.Scalar]) {
            add(PercentageExtractor.triggers, .percentage)
            add(cueFirsts, .directiveCue)
            add(dutyFirsts, .dutyCue)
            add(roleFirsts, .roleTitle)
            add(["请"], .request)
            add(["由", "会"], .handOver)
            add(["表"], .pledge)
            for c in "“”".unicodeScalars { bits[Int(c.value)] |= Self.boundary }
            for v in 0..<0x10000 where Unicode.Scalar(UInt32(v))?.isSentenceEnd == true { bits[v] |= Self.boundary }
        }
        private mutating func add(_ cs: [Unicode.Scalar], _ t: SentenceTraits) {
            for c in cs where c.value < 0x10000 { bits[Int(c.value)] |= t.rawValue }
        }

        func withBits<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { bits.withUnsafeBufferPointer(body) }
    }
}
