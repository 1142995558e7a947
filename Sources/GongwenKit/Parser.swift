import Crypto
import Foundation

/// The pipeline: source decoding → cleanup with an offset map → document split →
/// metadata and heading tree → sentences → extractors. Each stage lives in its own
/// folder; this type only runs them in order.
public struct ParseOptions: Sendable {
    /// Decode with this encoding instead of detecting one.
    public var encoding: String?
    /// Supplies the date for texts that give none (`本月底`, `今年`, `本周五`).
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
    /// What the parser extracts, by revision: raised with every change of rules or tables that
    /// changes any output, so that `--incremental` parses again what an older parser wrote
    /// (`CorpusTests.testOutputsChangeOnlyWithTheRulesRevision` holds the digest of the
    /// corpus's outputs and fails until it is raised).
    public static let rulesRevision = 19
    public static let version = "gongwen 0.1.0 rules \(rulesRevision)"
    public var options: ParseOptions
    public let lexicon: Lexicon
    /// When set, each stage's time is added to it (for the stage benchmark).
    public var clock: StageClock?

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
    public func parse(bytes: consuming [UInt8], path: String) throws -> ParseResult {
        let decoded = try decode(bytes: bytes, path: path)
        var docs = DocumentCollector()
        let warnings = emit(decoded, into: &docs)
        return ParseResult(schema: schemaVersion, parser: Parser.version, source: decoded.source, documents: docs.documents, warnings: warnings)
    }

    /// A file decoded and ready to parse: the first half of `parse(bytes:)`, for callers
    /// that stream documents out one at a time (`emit`). Every error is thrown here, so a
    /// caller can decode first and open its output only for text it can parse.
    public final class Decoded: @unchecked Sendable {
        public let source: SourceInfo
        /// Taken (and emptied) by `emit`, so the text is let go as soon as cleanup has read it.
        fileprivate var scalars: Scalars
        fileprivate let warnings: [Warning]
        fileprivate init(source: SourceInfo, scalars: Scalars, warnings: [Warning]) {
            self.source = source; self.scalars = scalars; self.warnings = warnings
        }
    }

    /// Decodes the bytes, letting them go once decoded so a large file is not held twice.
    public func decode(bytes: consuming [UInt8], path: String) throws -> Decoded {
        let size = bytes.count
        if let max = options.maxBytes, size > max { throw DecodeError.tooLarge(bytes: size, limit: max) }
        let (decoded, digest) = try timed(clock, .decode) { (try SourceDecoder.decode(bytes, forcedEncoding: options.encoding), Parser.sha256(bytes)) }
        _ = consume bytes
        let info = SourceInfo(path: path, encoding: decoded.encoding, sha256: digest, bytes: size)
        return Decoded(source: info, scalars: decoded.scalars, warnings: decoded.warnings)
    }

    /// Parses a decoded file, handing each document to `sink` piece by piece as it is
    /// built (so no result is ever held whole); returns the warnings. A `Decoded` is
    /// parsed once: its text is handed over, not copied.
    public func emit<S: DocumentSink & ~Copyable>(_ d: Decoded, into sink: inout S) -> [Warning] {
        var scalars = d.scalars
        d.scalars = []
        return parse(scalars: &scalars, warnings: d.warnings, into: &sink)
    }

    /// Parses text already decoded.
    public func parse(text: String, path: String = "-") -> ParseResult {
        let bytes = Array(text.utf8)
        let digest = Parser.sha256(bytes)
        // Text needs no decoding (and empty text is parsed, not refused): only the
        // normalization decoding ends with.
        var s = Scalars(text)
        SourceDecoder.normalize(&s)
        var docs = DocumentCollector()
        let warnings = parse(scalars: &s, warnings: [], into: &docs)
        return ParseResult(schema: schemaVersion, parser: Parser.version,
                           source: SourceInfo(path: path, encoding: "UTF-8", sha256: digest, bytes: bytes.count),
                           documents: docs.documents, warnings: warnings)
    }

    /// Parses `scalars`, emptying it once cleanup has read it (a large file is not held twice).
    func parse<S: DocumentSink & ~Copyable>(scalars: inout Scalars, warnings: [Warning], into sink: inout S) -> [Warning] {
        let ct = timed(clock, .cleanup) { Cleanup.clean(releasing: &scalars, lexicon: lexicon) }
        let (paras, toc, slices0) = timed(clock, .layout) { () -> ([ParagraphInfo], [Range<Int>], [DocumentSlice]) in
            let paras = Layout.paragraphs(ct, lexicon: lexicon)
            let toc = Layout.tocRuns(ct, paras, lexicon: lexicon)
            return (paras, toc, Layout.split(ct, paras, toc: toc, lexicon: lexicon))
        }
        var slices = slices0
        var heads = timed(clock, .metadata) { slices.map { Metadata.read(ct, paras, $0, lexicon: lexicon, toc: toc) } }
        var k = 0
        while k < slices.count {
            // What a covering notice issues, named in its title (`关于印发《X》的通知`) or, without
            // one, in its body (`现将《X》印发给你们`); looked for once.
            let bodyStart = heads[k].bodyStart, end = slices[k].paragraphs.upperBound
            let issued = bodyStart < end ? Layout.issuedName(heads[k].titleKey) ?? Layout.issuedNameInBody(ct, paras, bodyStart..<end) : nil
            if let name = issued, let (a, b) = Layout.splitIssued(ct, paras, slices[k], name: name, bodyStart: bodyStart)
                ?? Layout.splitAfterSignature(ct, paras, slices[k], name: name, bodyStart: bodyStart, lexicon: lexicon) {
                var b = b
                b.coveredBy = k
                slices.replaceSubrange(k...k, with: [a, b])
                var covering = Metadata.read(ct, paras, a, lexicon: lexicon)
                // What issues a document is a notice, also when its title is missing.
                if covering.kind == .other { covering.kind = .notice }
                heads.replaceSubrange(k...k, with: [covering, Metadata.read(ct, paras, b, lexicon: lexicon)])
            } else if issued != nil, heads[k].kind == .other {
                // A covering notice copied without its title nor what it issues.
                heads[k].kind = .notice
            }
            k += 1
        }
        var warnings = warnings
        var anyBody = false
        for (n, slice) in slices.enumerated() {
            // The year of the nearest covering document that has one (附件2 is covered by
            // 附件1, which the dated notice covers).
            var covering: Int? = nil
            var up = slice.coveredBy
            while let c = up, c >= 0, c < n {
                if let y = heads[c].date?.year { covering = y; break }
                up = slices[c].coveredBy.flatMap { $0 < c ? $0 : nil }
            }
            if document(ct, paras, slice, heads[n], toc: toc, index: n, inheritedYear: covering, into: &sink) { anyBody = true }
        }
        if paras.isEmpty {
            warnings.append(Warning(code: "no-text", message: "no text left after cleanup (only spaces, page numbers or invisible characters)", line: nil))
        } else if !anyBody {
            warnings.append(Warning(code: "no-body", message: "no body text found", line: nil))
        }
        return warnings
    }

    /// Sorts items by where their spans start, keeping the order of items that start
    /// together. Nearly always they are in order already (found sentence by sentence):
    /// then nothing is copied.
    @inline(__always) static func sortByStart<T>(_ items: inout [T], _ start: (T) -> Int) {
        var sorted = true
        for n in items.indices.dropFirst() where start(items[n - 1]) > start(items[n]) { sorted = false; break }
        guard !sorted else { return }
        items = items.enumerated().sorted { (start($0.element), $0.offset) < (start($1.element), $1.offset) }.map(\.element)
    }

    /// Builds one document into `sink`; returns whether it has body text.
    func document<S: DocumentSink & ~Copyable>(_ ct: CleanText, _ paras: [ParagraphInfo], _ slice: DocumentSlice, _ head: DocumentHead,
                                   toc: [Range<Int>], index: Int, inheritedYear: Int?, into sink: inout S) -> Bool {
        let st = timed(clock, .headings) { HeadingTree.build(ct, paras, slice, head, toc: toc.filter { slice.paragraphs.overlaps($0) }, lexicon: lexicon) }
        let first = paras[slice.paragraphs.lowerBound].line
        let last = ct.line(paras[slice.paragraphs.upperBound - 1].range.upperBound - 1)
        // What the sink does (for `gongwen parse`: writing JSON) is charged to `encode`.
        timed(clock, .encode) {
            sink.begin(Document(index: index, title: head.title, kind: head.kind, date: head.date?.iso, lines: [first, last],
                                docNumber: head.docNumber, issuer: head.issuer, addressees: head.addressees,
                                chair: head.chair, attendees: head.attendees, absent: head.absent,
                                outline: [], preamble: [], sections: [], directives: [], deadlines: [], percentages: [], responsibilities: []))
            sink.outline(st.outline)
        }
        // Sections go out one top-level section at a time.
        timed(clock, .encode) {
            for r in st.preamble { sink.preambleParagraph(HeadingTree.paragraph(ct, r)) }
            for root in st.tree.roots { sink.section(PendingSection(tree: st.tree, root: root), in: ct) }
        }
        let ref = options.referenceDate
        let context = DeadlineContext(docYear: head.date?.year ?? inheritedYear, docMonth: head.date?.year != nil ? head.date?.month : nil,
                                      docDay: head.date?.year != nil ? head.date?.day : nil,
                                      referenceYear: ref?.year, referenceMonth: ref?.month, referenceDay: ref?.day,
                                      reportsWhatWasDone: head.kind == .summary || head.kind == .report)
        var deadlines: [Deadline] = []
        var percentages: [Percentage] = []
        var responsibilities: [Responsibility] = []
        var forcedIdx = 0
        let forced = st.forced.sorted { $0.range.lowerBound < $1.range.lowerBound }
        let sectionsNameYears = st.marks.contains { $0.year != nil }
        var sentences: [(range: Range<Int>, traits: SentenceTraits)] = []
        for r in st.content {
            // A section that names a later year than the document's (`三、2023年工作打算` in a
            // 2022 summary) gives its deadlines that year; an earlier one (`2022年工作回顾` in
            // a 2023 plan) is a look back and changes nothing. Content is cut where each
            // heading starts, so one look-up serves the whole range.
            var context = context
            let mark = st.marks.isEmpty ? nil : st.mark(at: r.lowerBound)
            if sectionsNameYears, let y = mark?.year, y > (context.docYear ?? Int.min) {
                context.sectionYear = y
            }
            // The plans a report or summary sets out command as a plan's sentences do.
            // …and what a plan's or notice's look back (`一、基本情况`) says tells, as a report does.
            let kind = (head.kind == .report || head.kind == .summary) && mark?.plans == true ? DocumentKind.plan
                : (head.kind == .plan || head.kind == .notice) && mark?.looksBack == true ? DocumentKind.report : head.kind
            // (So do its deadlines: a period there tells what was done in it.)
            context.reportsWhatWasDone = kind == .summary || kind == .report
            timed(clock, .sentences) { Sentences.split(ct.key, r, traits: lexicon.traits, into: &sentences) }
            for (s, traits) in sentences {
                // `2024年,我将重点抓好以下工作:…年底前…` in a 2023 report: a later year opening a
                // sentence holds for it and what follows under the heading.
                if DeadlineExtractor.mayOpenWithYear(ct.key, s),
                   let y = DeadlineExtractor.openingYear(ct.key, s, docYear: context.docYear), y > (context.docYear ?? Int.max) {
                    context.sectionYear = y
                }
                let found = timed(clock, .deadlines) { DeadlineExtractor.extract(ct, sentence: s, context: context) }
                for f in found { deadlines.append(f.deadline) }
                if traits.contains(.percentage) {
                    percentages.append(contentsOf: timed(clock, .percentages) { PercentageExtractor.extract(ct, sentence: s) })
                }
                while forcedIdx < forced.count && forced[forcedIdx].range.upperBound <= s.lowerBound { forcedIdx += 1 }
                let forcedHere = forcedIdx < forced.count && forced[forcedIdx].range.overlaps(s) ? forced[forcedIdx].modality : nil
                let d = timed(clock, .directives) { DirectiveExtractor.extract(ct, sentence: s, kind: kind, forced: forcedHere, lexicon: lexicon, traits: traits, deadlines: found) }
                let resp = timed(clock, .responsibilities) { () -> [Responsibility] in
                    let held = ResponsibilityExtractor.extract(ct, sentence: s, deadlines: found, isDirective: d != nil, asking: d?.asking,
                                                               narrates: DirectiveExtractor.narrates(kind), lexicon: lexicon, traits: traits)
                    return held.isEmpty ? held : ResponsibilityExtractor.resolvingAddressee(held, head.addressees)
                }
                responsibilities.append(contentsOf: resp)
                if let d = d {
                    let fields = Directive(text: "", modality: d.modality, cue: d.cue,
                                           line: ct.line(d.range.lowerBound), span: ct.span(d.range),
                                           section: st.mark(at: d.range.lowerBound)?.path ?? [],
                                           deadlines: found.isEmpty ? [] : Array(found.lazy.filter { d.range.contains($0.range.lowerBound) }
                                                                                   .map { $0.deadline.date ?? $0.deadline.text }),
                                           parties: resp.map(\.party))
                    timed(clock, .encode) { sink.directive(PendingDirective(fields: fields, range: d.range), in: ct) }
                }
            }
        }
        // Responsibility tables: 牵头单位:… 完成时限:… after a task.
        let table = timed(clock, .tables) { ResponsibilityTable.extract(ct, paras, head.bodyStart..<slice.paragraphs.upperBound, context: context, lexicon: lexicon) }
        if !table.brackets.isEmpty {
            // A party the sentences found inside a duty bracket has its task before the bracket.
            let spans = table.brackets.map { ct.span($0) }
            responsibilities.removeAll { r in spans.contains { $0.start <= r.span.start && r.span.start < $0.end } }
        }
        if !table.rows.isEmpty {
            var known = Set(responsibilities.map { $0.party + "\u{1F}" + $0.task })
            let found = responsibilities.count
            for row in table.rows where known.insert(row.party + "\u{1F}" + row.task).inserted {
                // A row restating a party its own paragraph already assigns (`由李明副县长牵头,…
                // (责任人:李明…)`) adds nothing but the time limit the paragraph did not give
                // (`县财政局要积极争取…。责任单位:县财政局 时间节点:12月底前`).
                if let n = responsibilities[..<found].firstIndex(where: { $0.party == row.party && $0.span.start < row.span.end && row.span.start < $0.span.end }) {
                    if responsibilities[n].deadline == nil { responsibilities[n].deadline = row.deadline }
                    continue
                }
                responsibilities.append(row)
            }
        }
        if !table.deadlines.isEmpty {
            // A table's deadline the sentences found already (`完成时限:9月底` read from its
            // prefix too) is not given twice. The sentences' deadlines stand apart: the last one
            // starting before a cell's end is the only one it may overlap.
            let found = deadlines.map(\.span).sorted { $0.start < $1.start }
            for d in table.deadlines {
                var lo = 0, hi = found.count
                while lo < hi { let m = (lo + hi) / 2; if found[m].start < d.span.end { lo = m + 1 } else { hi = m } }
                if lo > 0, found[lo - 1].end > d.span.start { continue }
                deadlines.append(d)
            }
        }
        Self.sortByStart(&responsibilities) { $0.span.start }
        Self.sortByStart(&deadlines) { $0.span.start }
        timed(clock, .encode) { sink.end(deadlines: deadlines, percentages: percentages, responsibilities: responsibilities) }
        return !st.tree.roots.isEmpty || !st.preamble.isEmpty
    }
}
