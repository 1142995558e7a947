/// `ParseResult` → `gongwen/1` JSON, fields in the contract's order.
public enum ResultJSON {
    public static func encode(_ r: ParseResult, pretty: Bool = false) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, capacity: 64 * 1024)
        write(r, &w)
        if pretty { return w.bytes + [0x0A] }
        return w.bytes
    }

    /// Streams the result to `drain` in chunks (for files of any size).
    public static func stream(_ r: ParseResult, pretty: Bool = false, to drain: @escaping ([UInt8]) -> Void) {
        var w = JSONWriter(pretty: pretty, drain: drain)
        write(r, &w)
        if pretty { w.finish(); drain([0x0A]) } else { w.finish() }
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

    /// Parses a decoded file and writes its JSON to `drain` one document at a time, so
    /// only the document being written is held. Gives the documents to `seen` as well
    /// (for counts); returns the warnings.
    @discardableResult
    public static func stream(_ parser: Parser, _ decoded: Parser.Decoded, pretty: Bool = false,
                              seen: (Document) -> Void = { _ in }, to drain: @escaping ([UInt8]) -> Void) -> [Warning] {
        var w = JSONWriter(pretty: pretty, drain: drain)
        begin(decoded.source, &w)
        let warnings = parser.emit(decoded) { d in
            seen(d)
            w.element()
            timed(parser.clock, .encode) { document(d, &w) }
        }
        end(warnings, &w)
        w.finish()
        if pretty { drain([0x0A]) }
        return warnings
    }

    static func span(_ s: Span, _ w: inout JSONWriter) { w.pair(s.start, s.end) }
    static func strings(_ a: [String]?, _ w: inout JSONWriter) {
        guard let a else { w.null(); return }
        w.beginArray(); for s in a { w.element(); w.string(s) }; w.endArray()
    }
    static func where_(_ line: Int, _ s: Span, _ w: inout JSONWriter) {
        w.key("line"); w.int(line); w.key("span"); span(s, &w)
    }

    static func document(_ d: Document, _ w: inout JSONWriter) {
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
        w.key("outline"); w.beginArray()
        for o in d.outline {
            w.element(); w.beginObject()
            w.key("marker"); w.string(o.marker); w.key("title"); w.string(o.title); where_(o.line, o.span, &w)
            w.endObject()
        }
        w.endArray()
        w.key("preamble"); paragraphs(d.preamble, &w)
        w.key("sections"); w.beginArray(); for s in d.sections { w.element(); section(s, &w) }; w.endArray()
        w.key("directives"); w.beginArray()
        for x in d.directives {
            w.element(); w.beginObject()
            w.key("text"); w.string(x.text); w.key("modality"); w.string(x.modality.rawValue); w.key("cue"); w.string(x.cue)
            where_(x.line, x.span, &w)
            w.key("section"); strings(x.section, &w); w.key("deadlines"); strings(x.deadlines, &w); w.key("parties"); strings(x.parties, &w)
            w.endObject()
        }
        w.endArray()
        w.key("deadlines"); w.beginArray()
        for x in d.deadlines {
            w.element(); w.beginObject()
            w.key("text"); w.string(x.text); w.key("date"); w.string(x.date); w.key("relation"); w.string(x.relation.rawValue)
            where_(x.line, x.span, &w)
            w.endObject()
        }
        w.endArray()
        w.key("percentages"); w.beginArray()
        for x in d.percentages {
            w.element(); w.beginObject()
            w.key("text"); w.string(x.text); w.key("value"); w.double(x.value); w.key("unit"); w.string(x.unit.rawValue)
            w.key("qualifier"); w.string(x.qualifier.rawValue); w.key("subject"); w.string(x.subject); w.key("change"); w.string(x.change)
            where_(x.line, x.span, &w)
            w.endObject()
        }
        w.endArray()
        w.key("responsibilities"); w.beginArray()
        for x in d.responsibilities {
            w.element(); w.beginObject()
            w.key("party"); w.string(x.party); w.key("partyType"); w.string(x.partyType.rawValue); w.key("role"); w.string(x.role)
            w.key("duty"); w.string(x.duty.rawValue); w.key("task"); w.string(x.task); w.key("deadline"); w.string(x.deadline)
            where_(x.line, x.span, &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    static func paragraphs(_ ps: [Paragraph], _ w: inout JSONWriter) {
        w.beginArray()
        for p in ps {
            w.element(); w.beginObject(); w.key("text"); w.string(p.text); where_(p.line, p.span, &w); w.endObject()
        }
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
}
