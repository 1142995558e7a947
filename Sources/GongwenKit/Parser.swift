import Crypto
import Foundation

/// The pipeline: source decoding → cleanup with an offset map → document split →
/// metadata and heading tree → sentences → extractors. Each stage lives in its own
/// folder; this type only runs them in order.
public struct ParseOptions: Sendable {
    /// Decode with this encoding instead of detecting one.
    public var encoding: String?
    /// Supplies the year and month for texts that give none (`本月底`, `今年`).
    public var referenceDate: DateComponents?
    /// Inputs larger than this are refused with a clear error (nil: no limit).
    public var maxBytes: Int?
    public init(encoding: String? = nil, referenceDate: DateComponents? = nil, maxBytes: Int? = 256 * 1024 * 1024) {
        self.encoding = encoding
        self.referenceDate = referenceDate
        self.maxBytes = maxBytes
    }
}

public struct Parser: Sendable {
    public static let version = "gongwen 0.1.0"
    public var options: ParseOptions
    public let lexicon: Lexicon

    public init(options: ParseOptions = ParseOptions(), lexicon: Lexicon = .shared) {
        self.options = options
        self.lexicon = lexicon
    }

    /// Hex SHA-256 of the bytes, as `source.sha256` records it.
    public static func sha256(_ bytes: [UInt8]) -> String {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in SHA256.hash(data: bytes) { out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses the bytes of one file. Throws `DecodeError` when they are not text.
    public func parse(bytes: [UInt8], path: String) throws -> ParseResult {
        if let max = options.maxBytes, bytes.count > max { throw DecodeError.tooLarge(bytes: bytes.count, limit: max) }
        let decoded = try SourceDecoder.decode(bytes, forcedEncoding: options.encoding)
        let digest = Parser.sha256(bytes)
        let info = SourceInfo(path: path, encoding: decoded.encoding, sha256: digest, bytes: bytes.count)
        return parse(scalars: decoded.scalars, source: info, warnings: decoded.warnings)
    }

    /// Parses text already decoded.
    public func parse(text: String, path: String = "-") -> ParseResult {
        let bytes = Array(text.utf8)
        let digest = Parser.sha256(bytes)
        var scalars = Scalars(text)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let s = scalars.contains("\r") ? SourceDecoder.normalizeNewlines(scalars) : scalars
        return parse(scalars: s, source: SourceInfo(path: path, encoding: "UTF-8", sha256: digest, bytes: bytes.count), warnings: [])
    }

    func parse(scalars: Scalars, source: SourceInfo, warnings: [Warning]) -> ParseResult {
        let ct = Cleanup.clean(scalars, lexicon: lexicon)
        let paras = Layout.paragraphs(ct, lexicon: lexicon)
        let toc = Layout.tocRuns(ct, paras)
        var slices = Layout.split(ct, paras, toc: toc)
        var heads = slices.map { Metadata.read(ct, paras, $0, lexicon: lexicon) }
        var k = 0
        while k < slices.count {
            if let (a, b) = Layout.splitIssued(ct, paras, slices[k], title: heads[k].titleKey, bodyStart: heads[k].bodyStart) {
                var b = b
                b.coveredBy = k
                slices.replaceSubrange(k...k, with: [a, b])
                heads.replaceSubrange(k...k, with: [Metadata.read(ct, paras, a, lexicon: lexicon), Metadata.read(ct, paras, b, lexicon: lexicon)])
            }
            k += 1
        }
        var docs: [Document] = []
        var warnings = warnings
        for (n, slice) in slices.enumerated() {
            let covering = slice.coveredBy.flatMap { $0 >= 0 && $0 < n ? heads[$0].date?.year : nil }
            docs.append(document(ct, paras, slice, heads[n], toc: toc, index: n, inheritedYear: covering))
        }
        if paras.isEmpty {
            warnings.append(Warning(code: "no-text", message: "no text left after cleanup (only spaces, page numbers or invisible characters)", line: nil))
        } else if docs.allSatisfy({ $0.sections.isEmpty && $0.preamble.isEmpty }) {
            warnings.append(Warning(code: "no-body", message: "no body text found", line: nil))
        }
        return ParseResult(schema: schemaVersion, parser: Parser.version, source: source, documents: docs, warnings: warnings)
    }

    func document(_ ct: CleanText, _ paras: [ParagraphInfo], _ slice: DocumentSlice, _ head: DocumentHead,
                  toc: [Range<Int>], index: Int, inheritedYear: Int?) -> Document {
        let st = HeadingTree.build(ct, paras, slice, head, toc: toc.filter { slice.paragraphs.overlaps($0) }, lexicon: lexicon)
        let ref = options.referenceDate
        let context = DeadlineContext(docYear: head.date?.year ?? inheritedYear, docMonth: head.date?.year != nil ? head.date?.month : nil,
                                      referenceYear: ref?.year, referenceMonth: ref?.month)
        var directives: [Directive] = []
        var deadlines: [Deadline] = []
        var percentages: [Percentage] = []
        var responsibilities: [Responsibility] = []
        var forcedIdx = 0
        let forced = st.forced.sorted { $0.range.lowerBound < $1.range.lowerBound }
        for r in st.content {
            for s in Sentences.split(ct.key, r) {
                let found = DeadlineExtractor.extract(ct, sentence: s, context: context)
                deadlines.append(contentsOf: found.map(\.deadline))
                percentages.append(contentsOf: PercentageExtractor.extract(ct, sentence: s))
                while forcedIdx < forced.count && forced[forcedIdx].range.upperBound <= s.lowerBound { forcedIdx += 1 }
                let forcedHere = forcedIdx < forced.count && forced[forcedIdx].range.overlaps(s) ? forced[forcedIdx].modality : nil
                let d = DirectiveExtractor.extract(ct, sentence: s, kind: head.kind, forced: forcedHere, lexicon: lexicon)
                let resp = ResponsibilityExtractor.extract(ct, sentence: s, deadlines: found, isDirective: d != nil, lexicon: lexicon)
                responsibilities.append(contentsOf: resp)
                if let d = d {
                    let inside = found.filter { d.range.contains($0.range.lowerBound) }
                    directives.append(Directive(text: Metadata.removeCJKSpaces(ct.string(d.range)), modality: d.modality, cue: d.cue,
                                                line: ct.line(d.range.lowerBound), span: ct.span(d.range),
                                                section: sectionPath(st.marks, d.range.lowerBound),
                                                deadlines: inside.map { $0.deadline.date ?? $0.deadline.text },
                                                parties: resp.map(\.party)))
                }
            }
        }
        // Responsibility tables: 牵头单位:… 完成时限:… after a task.
        let table = ResponsibilityTable.extract(ct, paras, head.bodyStart..<slice.paragraphs.upperBound, context: context, lexicon: lexicon)
        var known = Set(responsibilities.map { $0.party + "\u{1F}" + $0.task })
        for row in table.rows where known.insert(row.party + "\u{1F}" + row.task).inserted { responsibilities.append(row) }
        let spans = Set(deadlines.map(\.span))
        for d in table.deadlines where !spans.contains(d.span) { deadlines.append(d) }
        responsibilities = responsibilities.enumerated().sorted { ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset) }.map(\.element)
        deadlines = deadlines.enumerated().sorted { ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset) }.map(\.element)
        let first = paras[slice.paragraphs.lowerBound].line
        let lastPara = paras[slice.paragraphs.upperBound - 1]
        let last = ct.line(lastPara.range.upperBound - 1)
        return Document(index: index, title: head.title, kind: head.kind, date: head.date?.iso, lines: [first, last],
                        docNumber: head.docNumber, issuer: head.issuer, addressees: head.addressees,
                        chair: head.chair, attendees: head.attendees, absent: head.absent,
                        outline: st.outline, preamble: st.preamble, sections: st.sections, directives: directives,
                        deadlines: deadlines, percentages: percentages, responsibilities: responsibilities)
    }

    func sectionPath(_ marks: [(pos: Int, path: [String])], _ pos: Int) -> [String] {
        var lo = 0, hi = marks.count
        while lo < hi { let mid = (lo + hi) / 2; if marks[mid].pos <= pos { lo = mid + 1 } else { hi = mid } }
        return lo == 0 ? [] : marks[lo - 1].path
    }
}
