/// The `gongwen/1` contract (see CONTRACT.md and `gongwen schema`). Field names here are
/// the JSON names; renaming one is a breaking change that needs a new schema version.
public let schemaVersion = "gongwen/1"

/// `[start, end)` in code points of the decoded source text.
public struct Span: Codable, Equatable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        start = try c.decode(Int.self); end = try c.decode(Int.self)
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(start); try c.encode(end)
    }
}

public struct Warning: Codable, Equatable, Sendable {
    public var code: String
    public var message: String
    public var line: Int?
    public init(code: String, message: String, line: Int?) { self.code = code; self.message = message; self.line = line }
}

public struct SourceInfo: Codable, Equatable, Sendable {
    public var path: String
    public var encoding: String
    public var sha256: String
    public var bytes: Int
}

public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    case speech, minutes, report, summary, plan, notice, other
}

public struct Paragraph: Codable, Equatable, Sendable {
    public var text: String
    public var line: Int
    public var span: Span
}

public struct Section: Codable, Equatable, Sendable {
    public var marker: String
    public var style: String
    public var ordinal: Int?
    public var title: String
    public var line: Int
    public var span: Span
    public var inline: Bool
    public var children: [Section]
    /// Paragraphs of the section's own body, up to its first child or the next heading.
    public var body: [Paragraph]
}

public enum Modality: String, Codable, Sendable { case must, should, prohibit, encourage, decide }

public struct Directive: Codable, Equatable, Sendable {
    public var text: String
    public var modality: Modality
    public var cue: String?
    public var line: Int
    public var span: Span
    /// Ordinals of the enclosing headings, outermost first (e.g. ["三、", "(二)"]).
    public var section: [String]
    public var deadlines: [String]
    public var parties: [String]
}

public enum DeadlineRelation: String, Codable, Sendable { case by, on, from, within }

public struct Deadline: Codable, Equatable, Sendable {
    public var text: String
    public var date: String?
    public var relation: DeadlineRelation
    public var line: Int
    public var span: Span
}

public enum PercentUnit: String, Codable, Sendable { case percent, point, permille }
public enum Qualifier: String, Codable, Sendable { case eq, gt, gte, lt, lte, approx }

public struct Percentage: Codable, Equatable, Sendable {
    public var text: String
    public var value: Double?
    public var unit: PercentUnit
    public var qualifier: Qualifier
    public var subject: String?
    public var change: String?
    public var line: Int
    public var span: Span
}

public enum PartyType: String, Codable, Sendable { case person, org, role }
public enum Duty: String, Codable, Sendable { case lead, support, owner }

public struct Responsibility: Codable, Equatable, Sendable {
    public var party: String
    public var partyType: PartyType
    public var role: String?
    public var duty: Duty
    public var task: String
    public var deadline: String?
    public var line: Int
    public var span: Span
}

public struct OutlineEntry: Codable, Equatable, Sendable {
    public var marker: String
    public var title: String
    public var line: Int
    public var span: Span
}

public struct Document: Codable, Equatable, Sendable {
    public var index: Int
    public var title: String?
    public var kind: DocumentKind
    public var date: String?
    public var lines: [Int]
    public var docNumber: String?
    public var issuer: String?
    public var addressees: [String]?
    public var chair: [String]?
    public var attendees: [String]?
    public var absent: [String]?
    /// A table of contents found in the document: reported here, never as sections.
    public var outline: [OutlineEntry]
    /// Body paragraphs before the first heading.
    public var preamble: [Paragraph]
    public var sections: [Section]
    public var directives: [Directive]
    public var deadlines: [Deadline]
    public var percentages: [Percentage]
    public var responsibilities: [Responsibility]
}

public struct ParseResult: Codable, Equatable, Sendable {
    public var schema: String
    public var parser: String
    public var source: SourceInfo
    public var documents: [Document]
    public var warnings: [Warning]
}
