/// Receives a document piece by piece, in the order of the gongwen/1 contract: its head,
/// outline, preamble paragraphs, top-level sections, directives, then the lists that are
/// complete only at its end. A writer can put each piece out and let it go, so even a
/// 50 MB single document is never held whole; `DocumentCollector` builds `Document`s.
/// A sink may be noncopyable (the JSON sink owns its writer's buffer).
public protocol DocumentSink: ~Copyable {
    /// The document's fields other than its lists (which are empty in `head`).
    mutating func begin(_ head: Document)
    mutating func outline(_ entries: [OutlineEntry])
    mutating func preambleParagraph(_ p: Paragraph)
    mutating func section(_ s: Section)
    /// A top-level section before its strings are made; by default `section(s.build(text))`.
    mutating func section(_ s: PendingSection, in text: CleanText)
    mutating func directive(_ d: Directive)
    /// A directive before its text is made; by default `directive(d.build(text))`.
    mutating func directive(_ d: PendingDirective, in text: CleanText)
    mutating func end(deadlines: [Deadline], percentages: [Percentage], responsibilities: [Responsibility])
}

extension DocumentSink where Self: ~Copyable {
    public mutating func section(_ s: PendingSection, in text: CleanText) { section(s.build(text)) }
    public mutating func directive(_ d: PendingDirective, in text: CleanText) { directive(d.build(text)) }
}

/// A top-level section as the parser holds it: places in the cleaned text, no strings yet.
/// `build(text)` makes the `Section`; a sink that writes bytes copies the text straight out of
/// the cleaned text instead (`ResultJSON.Sink`), so no String is made and freed for every
/// paragraph of the body (measured: 7% of the instructions of a parse). The cleaned text
/// is passed beside it, not held: a copy would retain and release each of its arrays.
public struct PendingSection {
    let tree: SectionTree
    let root: Int
    public func build(_ text: CleanText) -> Section { tree.section(root, text) }
}

/// A directive whose text is still a range of the cleaned text (as `PendingSection`).
public struct PendingDirective {
    /// Every field but `text`, which `build` fills in.
    let fields: Directive
    let range: Range<Int>
    public func build(_ text: CleanText) -> Directive {
        var d = fields
        d.text = text.compactText(range)
        return d
    }
}

/// Builds whole documents from the pieces.
public struct DocumentCollector: DocumentSink {
    public private(set) var documents: [Document] = []
    private var current: Document? = nil
    public init() {}

    public mutating func begin(_ head: Document) { current = head }
    public mutating func outline(_ entries: [OutlineEntry]) { current!.outline = entries }
    public mutating func preambleParagraph(_ p: Paragraph) { current!.preamble.append(p) }
    public mutating func section(_ s: Section) { current!.sections.append(s) }
    public mutating func directive(_ d: Directive) { current!.directives.append(d) }
    public mutating func end(deadlines: [Deadline], percentages: [Percentage], responsibilities: [Responsibility]) {
        current!.deadlines = deadlines
        current!.percentages = percentages
        current!.responsibilities = responsibilities
        documents.append(current!)
        current = nil
    }
}

extension Section {
    /// Numbered headings in this section and below (not labels, not inline items): what
    /// batch summaries count as headings.
    public var headingCount: Int { (ordinal != nil && !inline ? 1 : 0) + children.reduce(0) { $0 + $1.headingCount } }
}
