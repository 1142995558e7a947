import XCTest
@testable import GongwenKit

final class DecodingTests: XCTestCase {
    let sample = "会议决定：由李学文副镇长负责，8月底前完工。\n繁體也行。"

    func testUTF8WithAndWithoutBOM() throws {
        let plain = try SourceDecoder.decode(Array(sample.utf8))
        XCTAssertEqual(plain.encoding, "UTF-8")
        XCTAssertFalse(plain.hadBOM)
        let bom = try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        XCTAssertTrue(bom.hadBOM)
        XCTAssertEqual(bom.scalars, plain.scalars, "the BOM is not part of the text")
    }

    func testUTF16WithBOM() throws {
        let le = ICU.encode(sample, charset: "UTF-16LE")!
        let be = ICU.encode(sample, charset: "UTF-16BE")!
        let a = try SourceDecoder.decode([0xFF, 0xFE] + le)
        let b = try SourceDecoder.decode([0xFE, 0xFF] + be)
        XCTAssertEqual(a.encoding, "UTF-16LE")
        XCTAssertEqual(b.encoding, "UTF-16BE")
        XCTAssertEqual(String(String.UnicodeScalarView(a.scalars)), sample)
        XCTAssertEqual(a.scalars, b.scalars)
    }

    /// UTF-16 saved without a BOM is recognized by where its NUL bytes stand (even with a
    /// few from 一, U+4E00, on the other side); bytes with NULs on both sides stay binary.
    func testUTF16WithoutBOM() throws {
        let text = "一、会议决定\n1.由县住建局牵头,8月底前完成。\n2.由县财政局负责。\n"
        for charset in ["UTF-16LE", "UTF-16BE"] {
            let d = try SourceDecoder.decode(ICU.encode(text, charset: charset)!)
            XCTAssertEqual(d.encoding, charset)
            XCTAssertEqual(String(String.UnicodeScalarView(d.scalars)), text)
        }
        let binary: [UInt8] = [0x41, 0x00, 0x00, 0x42, 0x01, 0x00, 0x00, 0x07] + [UInt8](repeating: 0, count: 8)
        XCTAssertThrowsError(try SourceDecoder.decode(binary))
        // NULs on one side, but what they decode to is no text.
        XCTAssertThrowsError(try SourceDecoder.decode(Array(repeating: [0x41, 0, 0x42, 0, 0x01, 0, 0x02, 0, 0x03, 0] as [UInt8], count: 10).flatMap { $0 }))
    }

    func testGB18030IsDetectedAndConfirmed() throws {
        let text = Fixture.text(Fixture.seedName)
        let gb = ICU.encode(text, charset: "GB18030")!
        let d = try SourceDecoder.decode(gb)
        XCTAssertEqual(d.encoding, "GB18030")
        XCTAssertEqual(String(String.UnicodeScalarView(d.scalars)), text)
    }

    func testGBKSubsetAndBig5() throws {
        let gbk = ICU.encode("各县市要高度重视，切实做好入规入统工作。", charset: "GBK")!
        XCTAssertEqual(try SourceDecoder.decode(gbk).encoding, "GB18030")
        let big5 = ICU.encode("各縣市要高度重視，切實做好入規入統工作。國家還要抽查和考核。", charset: "Big5")!
        let d = try SourceDecoder.decode(big5)
        XCTAssertTrue(["Big5", "GB18030"].contains(d.encoding))
        XCTAssertEqual(try SourceDecoder.decode(big5, forcedEncoding: "big5").encoding, "Big5")
        XCTAssertEqual(String(String.UnicodeScalarView(try SourceDecoder.decode(big5, forcedEncoding: "Big5").scalars)),
                       "各縣市要高度重視，切實做好入規入統工作。國家還要抽查和考核。")
    }

    func testLineEndsBecomeLF() throws {
        let d = try SourceDecoder.decode(Array("一\r\n二\r三\n".utf8))
        XCTAssertEqual(String(String.UnicodeScalarView(d.scalars)), "一\n二\n三\n")
    }

    /// The UTF-8 decoder (with its fast paths for ASCII and three-byte runs) against the
    /// standard library's validation: random text over every sequence length and the leads
    /// with restricted second bytes (E0, ED, F0, F4), then the same with random bytes changed.
    func testUTF8DecoderAgreesWithTheStandardLibrary() {
        var rng = SystemRandomNumberGenerator()
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x80...0x7FF, 0x800...0xFFF, 0x4E00...0x9FFF, 0xD000...0xD7FF,
                                             0xE000...0xFFFD, 0x10000...0x3FFFF, 0x100000...0x10FFFF]
        for round in 0..<400 {
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 1...60, using: &rng) {
                let r = ranges.randomElement(using: &rng)!
                if let c = Unicode.Scalar(UInt32.random(in: r, using: &rng)) { scalars.append(c) }
            }
            var bytes = Array(String(String.UnicodeScalarView(scalars)).utf8)
            if case .valid(let got) = SourceDecoder.strictUTF8(bytes) { XCTAssertEqual(got, scalars) } else { XCTFail("valid text refused") }
            guard round % 2 == 0 else { continue }
            for _ in 0..<Int.random(in: 1...3, using: &rng) { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            let reference = String(validating: bytes, as: UTF8.self)
            switch SourceDecoder.strictUTF8(bytes) {
            case .valid(let got): XCTAssertEqual(got, reference.map { Array($0.unicodeScalars) }, "\(bytes)")
            case .truncatedTail, .invalid: XCTAssertNil(reference, "\(bytes)")
            }
        }
        // A surrogate (ED A0 80) or an overlong form (E0 80 80) inside a run of ideographs.
        let han: [UInt8] = Array("中文中文".utf8)
        for bad: [UInt8] in [[0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xBF, 0xBF], [0xE0, 0x9F, 0xBF]] {
            for at in [0, 3, 6] {
                var b = han + han
                b.replaceSubrange(at..<at + 3, with: bad)
                if case .valid = SourceDecoder.strictUTF8(b) { XCTFail("\(b) accepted") }
            }
        }
    }

    func testBadInputs() {
        XCTAssertThrowsError(try SourceDecoder.decode([])) { XCTAssertEqual($0 as? DecodeError, .empty) }
        XCTAssertThrowsError(try SourceDecoder.decode([0x41, 0x00, 0x42])) {
            guard case .binary = $0 as? DecodeError else { return XCTFail("\($0)") }
        }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array(repeating: 0x42, count: 64)
        XCTAssertThrowsError(try SourceDecoder.decode(png)) {
            XCTAssertEqual(($0 as? DecodeError)?.description, "not a text file (PNG image)")
        }
        // Random high bytes decode in no candidate encoding.
        var rng = SystemRandomNumberGenerator()
        let junk = (0..<4096).map { _ in UInt8.random(in: 0x80...0xFF, using: &rng) } + [0xFF, 0xFF, 0xFF]
        XCTAssertThrowsError(try SourceDecoder.decode(junk))
        XCTAssertThrowsError(try SourceDecoder.decode(Array("abc".utf8), forcedEncoding: "no-such-charset")) {
            XCTAssertEqual($0 as? DecodeError, .unknownEncoding("no-such-charset"))
        }
    }

    func testTruncatedMultiByteTailIsDroppedWithAWarning() throws {
        var bytes = Array("会议决定：8月底前完工".utf8)
        bytes.removeLast()   // cut the last character in the middle
        let d = try SourceDecoder.decode(bytes)
        XCTAssertEqual(d.encoding, "UTF-8")
        XCTAssertEqual(d.warnings.map(\.code), ["truncated-input"])
        XCTAssertEqual(String(String.UnicodeScalarView(d.scalars)), "会议决定：8月底前完")
        var gb = ICU.encode("会议决定：8月底前完工", charset: "GB18030")!
        gb.removeLast()
        let g = try SourceDecoder.decode(gb)
        XCTAssertEqual(g.warnings.map(\.code), ["truncated-input"])
    }

    func testSameDocumentsInEveryEncoding() throws {
        let text = Fixture.text(Fixture.seedName)
        let parser = Parser()
        let utf8 = try parser.parse(bytes: Array(text.utf8), path: "x")
        for (charset, prefix) in [("GB18030", [UInt8]()), ("UTF-16LE", [0xFF, 0xFE]), ("UTF-16BE", [0xFE, 0xFF])] {
            let r = try parser.parse(bytes: prefix + ICU.encode(text, charset: charset)!, path: "x")
            XCTAssertEqual(r.documents, utf8.documents, charset)
        }
    }

    func testFiftyMegabyteLineIsTextNotAnError() throws {
        // One 50 MB line with no break at all: decoded and cleaned as one paragraph.
        let unit = Array("各县市要高度重视确保按期完成".utf8)
        var big: [UInt8] = []
        big.reserveCapacity(50_000_000)
        while big.count + unit.count <= 50_000_000 { big.append(contentsOf: unit) }
        let d = try SourceDecoder.decode(big)
        XCTAssertEqual(d.encoding, "UTF-8")
        XCTAssertEqual(d.scalars.count, big.count / 3)
        let ct = Cleanup.clean(d.scalars)
        XCTAssertEqual(ct.paragraphs.count, 1)
        XCTAssertEqual(ct.key.count, d.scalars.count)
    }
}
