import XCTest
@testable import GongwenKit

/// Every text in Corpus/ against its expected results (NAME.gold.json), scored the way
/// the shared scorer does. The bounds are the quality the project has reached: a change
/// that lowers one fails here.
final class CorpusTests: XCTestCase {
    func report() throws -> Scorer.Report {
        var report = Scorer.Report()
        for name in Fixture.corpusNames {
            let goldURL = Fixture.corpus.appendingPathComponent(name + ".gold.json")
            guard FileManager.default.fileExists(atPath: goldURL.path) else { continue }
            let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: goldURL)) as! [String: Any]
            let r = try Parser().parse(bytes: Fixture.bytes(name), path: name)
            let pred = try JSONSerialization.jsonObject(with: Data(ResultJSON.encode(r))) as! [String: Any]
            Scorer.scoreFile(name: name, gold: gold, pred: pred, into: &report, verbose: true)
        }
        return report
    }

    func testCorpusMeetsItsBounds() throws {
        let r = try report()
        let table = Scorer.table(r) + r.log.joined(separator: "\n")
        XCTAssertEqual(r.totals["documents"]?.f1, 1.0, table)
        XCTAssertGreaterThanOrEqual(r.totals["headings"]!.f1, 0.97, table)
        XCTAssertGreaterThanOrEqual(r.totals["headings"]!.ratio("depth_accuracy")!, 0.97, table)
        XCTAssertGreaterThanOrEqual(r.totals["headings"]!.ratio("title_exact")!, 0.9, table)
        XCTAssertGreaterThanOrEqual(r.totals["deadlines"]!.f1, 0.95, table)
        XCTAssertGreaterThanOrEqual(r.totals["percentages"]!.f1, 0.98, table)
        XCTAssertGreaterThanOrEqual(r.totals["percentages"]!.ratio("qualifier_accuracy")!, 0.95, table)
        XCTAssertGreaterThanOrEqual(r.totals["responsibilities"]!.f1, 0.9, table)
        XCTAssertGreaterThanOrEqual(r.totals["responsibilities"]!.ratio("deadline_accuracy")!, 0.9, table)
        XCTAssertGreaterThanOrEqual(r.directiveRecall, 0.9, table)
        XCTAssertLessThanOrEqual(r.directiveFalsePositiveRate, 0.1, table)
    }

    /// The digest of every `Corpus/` text's JSON output. A change of rules or tables that
    /// changes any output must raise `Parser.rulesRevision` (the version outputs record, which
    /// `--incremental` compares), then set this digest; a new sample alone sets the digest only.
    static let outputsDigest = "1d43e65c586b73372ee93c4fc1c866c2f6eb8fee20b6dd0e77abcd34eea68912"

    func testOutputsChangeOnlyWithTheRulesRevision() throws {
        var all: [UInt8] = []
        for name in Fixture.corpusNames {
            all += ResultJSON.encode(try Parser().parse(bytes: Fixture.bytes(name), path: name))
            all.append(0x0A)
        }
        let digest = Parser.sha256(all)
        XCTAssertEqual(digest, Self.outputsDigest, "Corpus/ outputs changed: if what is extracted changed, raise Parser.rulesRevision (now \(Parser.rulesRevision)); then set outputsDigest to \(digest)")
    }

    func testScorerAgreesOnAKnownCase() {
        var r = Scorer.Report()
        let gold: [String: Any] = ["documents": [["title": "标题", "deadlines": [["text": "8月底前", "date": "--08-31"], ["text": "年底", "date": "--12-31", "optional": true]],
                                                  "headings": [], "percentages": [], "responsibilities": [], "directives": ["positive": ["要抓好"], "negative": ["重要"]]]]]
        let pred: [String: Any] = ["documents": [["title": "标题", "sections": [], "deadlines": [["text": "8月底前", "date": "2011-08-31", "line": 1], ["text": "9月", "date": "--09-30", "line": 2]],
                                                  "percentages": [], "responsibilities": [], "directives": [["text": "要抓好落实", "line": 1]]]]]
        Scorer.scoreFile(name: "x", gold: gold, pred: pred, into: &r, verbose: false)
        XCTAssertEqual(r.totals["deadlines"]!.tp, 1)
        XCTAssertEqual(r.totals["deadlines"]!.fp, 1)
        XCTAssertEqual(r.totals["documents"]!.tp, 1)
        XCTAssertEqual(r.directiveRecall, 1)
        XCTAssertEqual(r.directiveFalsePositiveRate, 0)
    }

    func testTraditionalScriptParsesLikeSimplified() throws {
        for name in ["speech_yishi", "minutes_decisions", "compilation_contents", "summary_quarter"] {
            let simp = Fixture.text(name)
            let trad = String(decoding: ICU.transform("Simplified-Traditional", Array(simp.utf16))!.map { $0 }, as: UTF16.self)
            XCTAssertNotEqual(trad, simp)
            let a = Fixture.parse(simp), b = Fixture.parse(trad)
            XCTAssertEqual(b.documents.count, a.documents.count, name)
            XCTAssertEqual(b.documents.map { Fixture.headings($0).count }, a.documents.map { Fixture.headings($0).count }, name)
            XCTAssertEqual(b.allDeadlines.map(\.date), a.allDeadlines.map(\.date), name)
            XCTAssertEqual(b.allPercentages.map(\.value), a.allPercentages.map(\.value), name)
            XCTAssertEqual(b.allDirectives.count, a.allDirectives.count, name)
            XCTAssertEqual(b.allResponsibilities.map(\.deadline), a.allResponsibilities.map(\.deadline), name)
            XCTAssertEqual(b.allResponsibilities.map(\.span), a.allResponsibilities.map(\.span), name)
            // Output keeps the source's characters.
            XCTAssertTrue(Scalars(b.documents[0].title ?? "").contains { KeyFold.simplifiedTable[$0.value] != nil }, name)
        }
    }
}
