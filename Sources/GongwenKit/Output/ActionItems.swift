/// Action items: who must do what, by when — the rows of `gongwen actions`.
public struct ActionItem: Equatable, Sendable {
    public var file: String
    public var document: String?
    public var party: String?
    public var role: String?
    public var duty: String?
    public var task: String
    public var deadline: String?
    public var line: Int

    /// Each responsibility, then each directive with a deadline that names no party.
    public static func items(of r: ParseResult) -> [ActionItem] {
        var out: [ActionItem] = []
        for d in r.documents {
            for x in d.responsibilities {
                out.append(ActionItem(file: r.source.path, document: d.title, party: x.party, role: x.role, duty: x.duty.rawValue,
                                      task: x.task, deadline: x.deadline, line: x.line))
            }
            for x in d.directives where x.parties.isEmpty && !x.deadlines.isEmpty {
                out.append(ActionItem(file: r.source.path, document: d.title, party: nil, role: nil, duty: nil,
                                      task: x.text, deadline: x.deadlines.first, line: x.line))
            }
        }
        return out.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
    }
}

public enum ActionTable {
    static let headers = ["party", "role", "duty", "task", "deadline", "file", "line"]

    static func cells(_ a: ActionItem) -> [String] {
        [a.party ?? "", a.role ?? "", a.duty ?? "", a.task, a.deadline ?? "", a.file, String(a.line)]
    }

    /// Display width in terminal columns: CJK characters take two.
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x1100 && ($1.isHan || $1.isCJKPunct || $1.value >= 0x2E80)) ? 2 : 1) }
    }

    static func clip(_ s: String, _ maxWidth: Int) -> String {
        guard width(s) > maxWidth else { return s }
        var out = String.UnicodeScalarView()
        var w = 0
        for c in s.unicodeScalars {
            let cw = width(String(c))
            if w + cw > maxWidth - 1 { break }
            out.append(c); w += cw
        }
        return String(out) + "…"
    }

    /// Aligned columns for a terminal.
    public static func plain(_ rows: [ActionItem]) -> String {
        let body = rows.map { r -> [String] in
            var c = cells(r)
            c[3] = clip(c[3], 48)
            c[5] = clip(c[5], 28)
            return c
        }
        var widths = headers.map(width)
        for r in body { for (i, c) in r.enumerated() { widths[i] = max(widths[i], width(c)) } }
        func line(_ cs: [String]) -> String {
            cs.enumerated().map { $1 + String(repeating: " ", count: widths[$0] - width($1)) }.joined(separator: "  ")
                .replacingTrailingSpaces()
        }
        var out = line(headers) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for r in body { out += line(r) + "\n" }
        out += "\(rows.count) action item\(rows.count == 1 ? "" : "s")\n"
        return out
    }

    public static func markdown(_ rows: [ActionItem]) -> String {
        func esc(_ s: String) -> String { s.replacingPipes() }
        var out = "| " + headers.joined(separator: " | ") + " |\n"
        out += "|" + headers.map { _ in " --- |" }.joined() + "\n"
        for r in rows { out += "| " + cells(r).map(esc).joined(separator: " | ") + " |\n" }
        return out
    }

    /// RFC 4180 CSV, UTF-8 with a BOM so Excel and WPS open Chinese text correctly.
    public static func csv(_ rows: [ActionItem]) -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        func row(_ cs: [String]) {
            out.append(contentsOf: cs.map { "\"" + $0.replacingQuotes() + "\"" }.joined(separator: ",").utf8)
            out.append(contentsOf: [0x0D, 0x0A])
        }
        row(headers)
        for r in rows { row(cells(r)) }
        return out
    }

    public static func json(_ rows: [ActionItem]) -> [UInt8] {
        var w = JSONWriter(pretty: true)
        w.beginArray()
        for r in rows {
            w.element(); w.beginObject()
            w.key("party"); w.string(r.party); w.key("role"); w.string(r.role); w.key("duty"); w.string(r.duty)
            w.key("task"); w.string(r.task); w.key("deadline"); w.string(r.deadline)
            w.key("file"); w.string(r.file); w.key("document"); w.string(r.document); w.key("line"); w.int(r.line)
            w.endObject()
        }
        w.endArray()
        return w.bytes + [0x0A]
    }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
    func replacingPipes() -> String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
    func replacingQuotes() -> String { split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") }
}
