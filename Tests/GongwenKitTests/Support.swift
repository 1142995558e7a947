import Foundation
import XCTest
@testable import GongwenKit

/// Paths and helpers shared by the tests.
enum Fixture {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Corpus")
    static let seedName = "000_1821f895a3fc65c9"

    static func text(_ name: String) -> String {
        try! String(contentsOf: corpus.appendingPathComponent(name + ".txt"), encoding: .utf8)
    }
    static func bytes(_ name: String) -> [UInt8] {
        Array(try! Data(contentsOf: corpus.appendingPathComponent(name + ".txt")))
    }
    static var corpusNames: [String] {
        (try! FileManager.default.contentsOfDirectory(atPath: corpus.path)).filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    static func parse(_ text: String, reference: DateComponents? = nil) -> ParseResult {
        Parser(options: ParseOptions(referenceDate: reference)).parse(text: text)
    }

    /// All headings in reading order with their depth among numbered headings.
    static func headings(_ d: Document) -> [(depth: Int, marker: String, title: String)] {
        var out: [(Int, String, String)] = []
        func walk(_ ss: [Section], _ depth: Int) {
            for s in ss {
                let numbered = s.ordinal != nil && !s.inline
                if numbered { out.append((depth + 1, s.marker, s.title)) }
                walk(s.children, numbered ? depth + 1 : depth)
            }
        }
        walk(d.sections, 0)
        return out
    }
}

extension ParseResult {
    var allDeadlines: [Deadline] { documents.flatMap(\.deadlines) }
    var allPercentages: [Percentage] { documents.flatMap(\.percentages) }
    var allDirectives: [Directive] { documents.flatMap(\.directives) }
    var allResponsibilities: [Responsibility] { documents.flatMap(\.responsibilities) }
}
