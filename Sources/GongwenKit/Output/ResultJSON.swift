/// `ParseResult` → `gongwen/1` JSON, fields in the contract's order.
public enum ResultJSON {
    public static func encode(_ r: ParseResult, pretty: Bool = false) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, capacity: 64 * 1024)
        write(r, &w)
        if pretty { return w.bytes + [0x0A] }
        return w.bytes
    }

    public static func write(_ r: ParseResult, _ w: inout JSONWriter) {
        begin(r.source, schema: r.schema, parser: r.parser, &w)
        for d in r.documents { w.element(); document(d, &w) }
        end(r.warnings, &w)
    }

    /// The result's head up to the opening of `documents`; each document then goes in as
    /// `w.element(); document(d, &w)`, and `end` closes with the warnings.
    public static func begin(_ source: SourceInfo, schema: String = schemaVersion, parser: String = Parser.version, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("schema"); w.string(schema)
        w.key("parser"); w.string(parser)
        w.key("source"); w.beginObject()
        w.key("path"); w.string(source.path)
        w.key("encoding"); w.string(source.encoding)
        w.key("sha256"); w.string(source.sha256)
        w.key("bytes"); w.int(source.bytes)
        w.endObject()
        w.key("documents"); w.beginArray()
    }

    public static func end(_ warnings: [Warning], _ w: inout JSONWriter) {
        w.endArray()
        w.key("warnings"); w.beginArray()
        for x in warnings {
            w.element(); w.beginObject()
            w.key("code"); w.string(x.code); w.key("message"); w.string(x.message); w.key("line"); w.int(x.line)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// What a streamed file held, for batch summaries.
    public struct Counts: Sendable {
        public var documents = 0, headings = 0, directives = 0, deadlines = 0, percentages = 0, responsibilities = 0
        public init() {}
        /// The same counts for a result held whole.
        public init(_ r: ParseResult) {
            for d in r.documents {
                documents += 1
                headings += d.sections.reduce(0) { $0 + $1.headingCount }
                directives += d.directives.count
                add(deadlines: d.deadlines.count, percentages: d.percentages.count, responsibilities: d.responsibilities.count)
            }
        }
        mutating func add(deadlines d: Int, percentages p: Int, responsibilities r: Int) {
            deadlines += d; percentages += p; responsibilities += r
        }
    }

    /// Writes documents as their pieces arrive (see `DocumentSink`).
    struct Sink: DocumentSink, ~Copyable {
        var w: JSONWriter
        var counts = Counts()
        /// Where the document being written stands: each list opens after the one before closes.
        enum Phase: Int { case outside, head, outline, preamble, sections, directives }
        var phase = Phase.outside

        mutating func advance(to target: Phase) {
            while phase.rawValue < target.rawValue {
                if phase == .preamble || phase == .sections { w.endArray() }
                phase = Phase(rawValue: phase.rawValue + 1)!
                switch phase {
                case .preamble: w.key("preamble"); w.beginArray()
                case .sections: w.key("sections"); w.beginArray()
                case .directives: w.key("directives"); w.beginArray()
                default: break
                }
            }
        }
        mutating func begin(_ head: Document) {
            w.element(); documentHead(head, &w); phase = .head
            counts.documents += 1
        }
        mutating func outline(_ entries: [OutlineEntry]) { ResultJSON.outline(entries, &w); phase = .outline }
        mutating func preambleParagraph(_ p: Paragraph) { advance(to: .preamble); w.element(); paragraph(p, &w) }
        mutating func section(_ s: Section) {
            advance(to: .sections); w.element(); ResultJSON.section(s, &w)
            counts.headings += s.headingCount
        }
        mutating func section(_ s: PendingSection, in text: CleanText) {
            advance(to: .sections); w.element()
            counts.headings += ResultJSON.section(s.tree, s.root, text, &w)
        }
        mutating func directive(_ d: Directive) {
            advance(to: .directives); w.element(); ResultJSON.directive(d, &w)
            counts.directives += 1
        }
        mutating func directive(_ d: PendingDirective, in text: CleanText) {
            advance(to: .directives); w.element()
            ResultJSON.directive(d.fields, &w) { w in
                if text.hasSpace(d.range) { w.string(text.compactText(d.range)) } else { text.withDisplayUTF8(d.range) { w.string(utf8: $0) } }
            }
            counts.directives += 1
        }
        mutating func end(deadlines: [Deadline], percentages: [Percentage], responsibilities: [Responsibility]) {
            advance(to: .directives); w.endArray()
            documentTail(deadlines: deadlines, percentages: percentages, responsibilities: responsibilities, &w)
            phase = .outside
            counts.add(deadlines: deadlines.count, percentages: percentages.count, responsibilities: responsibilities.count)
        }
    }

    /// Parses a decoded file and writes its JSON to `drain` as it is built, so no document
    /// is ever held whole (sections and directives go out one by one). Returns the warnings
    /// and what was written.
    @discardableResult
    public static func stream(_ parser: Parser, _ decoded: Parser.Decoded, pretty: Bool = false,
                              to drain: @escaping ([UInt8]) -> Void) -> (warnings: [Warning], counts: Counts) {
        // The writer lives in the sink only: a second copy of it would share its buffer,
        // and the next write would copy the whole buffer.
        var sink = Sink(w: JSONWriter(pretty: pretty, drain: drain))
        begin(decoded.source, &sink.w)
        let warnings = parser.emit(decoded, into: &sink)
        end(warnings, &sink.w)
        sink.w.finish()
        if pretty { drain([0x0A]) }
        return (warnings, sink.counts)
    }

    static func span(_ s: Span, _ w: inout JSONWriter) { w.pair(s.start, s.end) }
    static func strings(_ a: [String]?, _ w: inout JSONWriter) {
        guard let a else { w.null(); return }
        guard !a.isEmpty else { w.emptyArray(); return }
        w.beginArray(); for s in a { w.element(); w.string(s) }; w.endArray()
    }
    static func where_(_ line: Int, _ s: Span, _ w: inout JSONWriter) {
        w.key("line"); w.int(line); w.key("span"); span(s, &w)
    }

    static func document(_ d: Document, _ w: inout JSONWriter) {
        documentHead(d, &w)
        outline(d.outline, &w)
        w.key("preamble"); paragraphs(d.preamble, &w)
        w.key("sections"); w.beginArray(); for s in d.sections { w.element(); section(s, &w) }; w.endArray()
        w.key("directives"); w.beginArray(); for x in d.directives { w.element(); directive(x, &w) }; w.endArray()
        documentTail(deadlines: d.deadlines, percentages: d.percentages, responsibilities: d.responsibilities, &w)
    }

    /// Opens a document's object and writes its fields up to its lists.
    static func documentHead(_ d: Document, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("index"); w.int(d.index)
        w.key("title"); w.string(d.title)
        w.key("kind"); w.string(d.kind.rawValue)
        w.key("date"); w.string(d.date)
        w.key("lines"); w.pair(d.lines[0], d.lines[1])
        w.key("docNumber"); w.string(d.docNumber)
        w.key("issuer"); w.string(d.issuer)
        w.key("addressees"); strings(d.addressees, &w)
        w.key("chair"); strings(d.chair, &w)
        w.key("attendees"); strings(d.attendees, &w)
        w.key("absent"); strings(d.absent, &w)
    }

    static func outline(_ entries: [OutlineEntry], _ w: inout JSONWriter) {
        w.key("outline"); w.beginArray()
        for o in entries {
            w.element(); w.beginObject()
            w.key("marker"); w.string(o.marker); w.key("title"); w.string(o.title); where_(o.line, o.span, &w)
            w.endObject()
        }
        w.endArray()
    }

    static func directive(_ x: Directive, _ w: inout JSONWriter) {
        directive(x, &w) { $0.string(x.text) }
    }

    /// A directive with its text written by `text` (`x.text` is not read).
    static func directive(_ x: Directive, _ w: inout JSONWriter, text: (inout JSONWriter) -> Void) {
        w.beginObject()
        w.key("text"); text(&w); w.key("modality"); w.string(x.modality.rawValue); w.key("cue"); w.string(x.cue)
        where_(x.line, x.span, &w)
        w.key("section"); strings(x.section, &w); w.key("deadlines"); strings(x.deadlines, &w); w.key("parties"); strings(x.parties, &w)
        w.endObject()
    }

    /// The lists that follow the directives, and the document's closing brace.
    static func documentTail(deadlines: [Deadline], percentages: [Percentage], responsibilities: [Responsibility], _ w: inout JSONWriter) {
        w.key("deadlines"); w.beginArray()
        for x in deadlines {
            w.element(); w.beginObject()
            w.key("text"); w.string(x.text); w.key("date"); w.string(x.date); w.key("relation"); w.string(x.relation.rawValue)
            where_(x.line, x.span, &w)
            w.endObject()
        }
        w.endArray()
        w.key("percentages"); w.beginArray()
        for x in percentages {
            w.element(); w.beginObject()
            w.key("text"); w.string(x.text); w.key("value"); w.double(x.value); w.key("unit"); w.string(x.unit.rawValue)
            w.key("qualifier"); w.string(x.qualifier.rawValue); w.key("subject"); w.string(x.subject); w.key("change"); w.string(x.change)
            where_(x.line, x.span, &w)
            w.endObject()
        }
        w.endArray()
        w.key("responsibilities"); w.beginArray()
        for x in responsibilities {
            w.element(); w.beginObject()
            w.key("party"); w.string(x.party); w.key("partyType"); w.string(x.partyType.rawValue); w.key("role"); w.string(x.role)
            w.key("duty"); w.string(x.duty.rawValue); w.key("task"); w.string(x.task); w.key("deadline"); w.string(x.deadline)
            where_(x.line, x.span, &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    static func paragraph(_ p: Paragraph, _ w: inout JSONWriter) {
        w.beginObject(); w.key("text"); w.string(p.text); where_(p.line, p.span, &w); w.endObject()
    }

    static func paragraphs(_ ps: [Paragraph], _ w: inout JSONWriter) {
        w.beginArray()
        for p in ps { w.element(); paragraph(p, &w) }
        w.endArray()
    }

    static func section(_ s: Section, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("marker"); w.string(s.marker)
        w.key("style"); w.string(s.style)
        w.key("ordinal"); w.int(s.ordinal)
        w.key("title"); w.string(s.title)
        where_(s.line, s.span, &w)
        w.key("inline"); w.bool(s.inline)
        w.key("children"); w.beginArray(); for c in s.children { w.element(); section(c, &w) }; w.endArray()
        w.key("body"); paragraphs(s.body, &w)
        w.endObject()
    }

    /// Writes node `i` of `tree` exactly as `section(tree.section(i, ct), &w)` would, with
    /// the text copied from the cleaned text (no String per title and paragraph); returns
    /// the section's `headingCount`.
    static func section(_ tree: SectionTree, _ i: Int, _ ct: CleanText, _ w: inout JSONWriter) -> Int {
        let n = tree.nodes[i]
        var headings = n.hit.ordinal != nil ? 1 : 0
        heading(n.hit, ct, inline: false, &w)
        w.key("children"); w.beginArray()
        for c in tree.children(i, ct) {
            w.element()
            switch c {
            case .node(let j): headings += section(tree, j, ct, &w)
            case .inline(let h):
                heading(h, ct, inline: true, &w)
                w.key("children"); w.beginArray(); w.endArray()
                w.key("body"); w.beginArray(); w.endArray()
                w.endObject()
            }
        }
        w.endArray()
        w.key("body"); w.beginArray()
        for r in n.body {
            w.element(); w.beginObject()
            w.key("text"); ct.withDisplayUTF8(r) { w.string(utf8: $0) }
            where_(ct.line(r.lowerBound), ct.span(r), &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return headings
    }

    /// A section's object up to its `children`: as `section(_:_:)` writes it.
    static func heading(_ h: HeadingTree.Hit, _ ct: CleanText, inline: Bool, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("marker"); ct.withDisplayUTF8(h.markerRange) { w.string(utf8: $0) }
        w.key("style"); w.string(h.style.rawValue)
        w.key("ordinal"); w.int(h.ordinal)
        w.key("title")
        if ct.hasSpace(h.title) { w.string(ct.compactText(h.title)) } else { ct.withDisplayUTF8(h.title) { w.string(utf8: $0) } }
        where_(ct.line(h.start), h.span(ct), &w)
        w.key("inline"); w.bool(inline)
    }
}
