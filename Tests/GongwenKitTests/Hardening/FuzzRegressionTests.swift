import XCTest
@testable import GongwenKit

/// Inputs the fuzzer (Scripts/fuzz/run) found crashing, kept as they were found.
final class FuzzRegressionTests: XCTestCase {
    func testFoundInputs() throws {
        let found: [[UInt8]] = [
            Array("5020-".utf8),          // once read as a page number, leaving no paragraph at all
            Array("- 3 -".utf8),          // only a page number
            Array("\u{200B}\u{FEFF} ".utf8),
        ]
        for bytes in found {
            let r = try Parser().parse(bytes: bytes, path: "x")
            _ = ResultJSON.encode(r)
        }
        XCTAssertEqual(try Parser().parse(bytes: Array("- 3 -".utf8), path: "x").warnings.map(\.code), ["no-text"])
        XCTAssertEqual(try Parser().parse(bytes: Array("5020-".utf8), path: "x").documents.count, 1)
    }

    /// Found by hand, not by the fuzzer: three headings in a row whose titles are too short
    /// to look for later (a contents list with nothing to check) crashed the contents test.
    func testContentsListWithNothingToLookFor() throws {
        let r = try Parser().parse(bytes: Array("一、总则\n二、目标\n三、任务\n各单位要落实。\n".utf8), path: "x")
        XCTAssertEqual(r.documents.count, 1)
        XCTAssertEqual(r.documents[0].sections.map(\.title), ["总则", "目标", "任务"])
    }
}
