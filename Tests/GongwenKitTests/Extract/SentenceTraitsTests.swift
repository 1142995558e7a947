import XCTest
@testable import GongwenKit

/// Sentence traits let the parser skip an extractor's scan; skipping must never change
/// what the extractor finds.
final class SentenceTraitsTests: XCTestCase {
    func testTraitsNeverHideAnItem() throws {
        var texts = try Fixture.corpusNames.map { String(decoding: try Fixture.bytes($0), as: UTF8.self) }
        var gen = TextGenerator(seed: 20261128)
        for _ in 0..<150 { texts.append(gen.text()) }
        texts.append("增长5%,占比千分之三,提高2个百分点;由县财政局负责筹措资金,各乡镇要于6月底前完成。𠀀要")
        let lx = Lexicon.shared
        var skipped = [0, 0, 0, 0], sentences = 0
        for text in texts {
            let ct = Cleanup.clean(Scalars(text))
            for p in ct.paragraphs {
                let plain = Sentences.split(ct.key, p)
                let withTraits = Sentences.split(ct.key, p, traits: lx.traits)
                XCTAssertEqual(withTraits.map(\.range), plain, "the same sentences")
                for (s, traits) in withTraits {
                    sentences += 1
                    if !traits.contains(.percentage) {
                        skipped[0] += 1
                        XCTAssertEqual(PercentageExtractor.extract(ct, sentence: s), [], ct.string(s))
                    }
                    for kind in [DocumentKind.speech, .report] {
                        let a = DirectiveExtractor.extract(ct, sentence: s, kind: kind, forced: nil, lexicon: lx, traits: traits)
                        let b = DirectiveExtractor.extract(ct, sentence: s, kind: kind, forced: nil, lexicon: lx)
                        XCTAssertEqual(a?.range, b?.range, ct.string(s))
                        XCTAssertEqual(a?.cue, b?.cue, ct.string(s))
                        XCTAssertEqual(a?.modality, b?.modality, ct.string(s))
                        for isDirective in [false, true] {
                            XCTAssertEqual(ResponsibilityExtractor.extract(ct, sentence: s, deadlines: [], isDirective: isDirective, lexicon: lx, traits: traits),
                                           ResponsibilityExtractor.extract(ct, sentence: s, deadlines: [], isDirective: isDirective, lexicon: lx), ct.string(s))
                        }
                    }
                    if !traits.contains(.directiveCue) { skipped[1] += 1 }
                    if !traits.contains(.dutyCue) { skipped[2] += 1 }
                    if !traits.contains(.roleTitle) { skipped[3] += 1 }
                }
            }
        }
        // The traits do skip work (else the test would prove nothing).
        XCTAssertGreaterThan(sentences, 1000)
        for n in skipped { XCTAssertGreaterThan(n, sentences / 10, "\(skipped) of \(sentences)") }
    }

    /// A code point outside the Basic Multilingual Plane counts as every trait.
    /// End marks inside quotes end nothing; a quotation that closes after an end mark of its
    /// own ends the sentence (its close kept with it, and cut from an item's text).
    func testQuotationsEndingInAnEndMark() {
        let k = Scalars("他批示:“海洋局抓紧整改。要实施问责。”副市长提出要求:“请交通局尽快销号。”提出“两个确保”的要求。")
        let parts = Sentences.split(k, 0..<k.count).map { k.string($0) }
        XCTAssertEqual(parts, ["他批示:“海洋局抓紧整改。要实施问责。”", "副市长提出要求:“请交通局尽快销号。”", "提出“两个确保”的要求。"])
        let withTraits = Sentences.split(k, 0..<k.count, traits: Lexicon.shared.traits).map { k.string($0.range) }
        XCTAssertEqual(withTraits, parts)
        let r = Fixture.parse("督查通报\n副市长批示:“21项任务已完成20项,请交通局尽快销号。”市交通局正在加快推进。")
        XCTAssertEqual(r.allDirectives.map(\.text), ["请交通局尽快销号"])
    }

    func testAstralCodePointsCountAsEveryTrait() {
        let key = Scalars("数据𠀀")
        let t = Sentences.split(key, 0..<key.count, traits: Lexicon.shared.traits)
        XCTAssertEqual(t.map(\.traits.rawValue), [SentenceTraits.all.rawValue])
        let plain = Scalars("数据")
        XCTAssertEqual(Sentences.split(plain, 0..<plain.count, traits: Lexicon.shared.traits).map(\.traits.rawValue), [0])
    }
}
