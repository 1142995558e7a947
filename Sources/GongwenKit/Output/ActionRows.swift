/// `parse --format csv`: one row per responsibility and per directive, for spreadsheets
/// and task trackers; UTF-8 with a BOM (written once, before the header).
public enum ActionRows {
    public static let columns = ["file", "document", "kind", "type", "party", "role", "duty", "text", "deadline", "modality", "line", "span_start", "span_end"]

    public static var header: [UInt8] {
        [0xEF, 0xBB, 0xBF] + row(columns)
    }

    static func row(_ cells: [String]) -> [UInt8] {
        Array((cells.map { "\"" + $0.replacingQuotes() + "\"" }.joined(separator: ",") + "\r\n").utf8)
    }

    public static func csv(_ r: ParseResult) -> [UInt8] {
        var out: [UInt8] = []
        for d in r.documents {
            for x in d.responsibilities {
                out += row([r.source.path, d.title ?? "", d.kind.rawValue, "responsibility", x.party, x.role ?? "", x.duty.rawValue,
                            x.task, x.deadline ?? "", "", String(x.line), String(x.span.start), String(x.span.end)])
            }
            for x in d.directives {
                out += row([r.source.path, d.title ?? "", d.kind.rawValue, "directive", x.parties.joined(separator: "、"), "", "",
                            x.text, x.deadlines.first ?? "", x.modality.rawValue, String(x.line), String(x.span.start), String(x.span.end)])
            }
        }
        return out
    }
}
