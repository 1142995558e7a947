import ArgumentParser
import Foundation
import GongwenKit

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score parser output against gold files (NAME.gold.json) and print precision, recall and F1 per field.",
        discussion: "Give --pred DIR holding NAME.json files, or input files/folders to parse now. The figures agree with the shared score.py."
    )

    @Option(name: .long, help: "Folder of NAME.gold.json files.")
    var gold: String

    @Option(name: .long, help: "Folder of NAME.json predictions.")
    var pred: String?

    @Argument(help: "Texts to parse and score instead of --pred (NAME.txt for NAME.gold.json).")
    var inputs: [String] = []

    @Flag(name: .long, help: "List every miss and false hit.")
    var verbose = false

    @Option(name: .long, parsing: .singleValue, help: "field.metric=MIN, e.g. headings.f1=0.97; exit 1 when not met.")
    var require: [String] = []

    @OptionGroup var common: CommonParseOptions

    func run() throws {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: gold) else { Inputs.stderr("gongwen: cannot read \(gold)"); throw ExitCode(2) }
        let names = entries.filter { $0.hasSuffix(".gold.json") }.map { String($0.dropLast(".gold.json".count)) }.sorted()
        if names.isEmpty { Inputs.stderr("gongwen: no gold files in \(gold)"); throw ExitCode(2) }
        guard (pred == nil) != inputs.isEmpty else { Inputs.stderr("gongwen: give either --pred DIR or inputs to parse"); throw ExitCode(2) }

        var predictions: [String: [String: Any]] = [:]
        if pred == nil {
            let parser = Parser(options: try common.parseOptions())
            for f in try InputFiles.expand(inputs, skip: nil) {
                let name = ((f.path as NSString).lastPathComponent as NSString).deletingPathExtension
                guard names.contains(name) else { continue }
                let r = try parser.parse(bytes: try Inputs.read(f), path: f.path)
                predictions[name] = try JSONSerialization.jsonObject(with: Data(ResultJSON.encode(r))) as? [String: Any]
            }
        }
        var report = Scorer.Report()
        for name in names {
            let g = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: (gold as NSString).appendingPathComponent(name + ".gold.json")))) as? [String: Any] ?? [:]
            var p = predictions[name]
            if let dir = pred {
                let path = (dir as NSString).appendingPathComponent(name + ".json")
                p = (try? Data(contentsOf: URL(fileURLWithPath: path))).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
            }
            if p == nil { Inputs.stderr("\(name): no usable prediction; scored as empty") }
            Scorer.scoreFile(name: name, gold: g, pred: p ?? ["documents": []], into: &report, verbose: verbose)
        }
        var out = report.log.joined(separator: "\n")
        if !out.isEmpty { out += "\n" }
        print(out + Scorer.table(report), terminator: "")
        var failed: [String] = []
        for req in require {
            let parts = req.split(separator: "=")
            let key = parts.first.map(String.init) ?? ""
            let fm = key.split(separator: ".").map(String.init)
            guard parts.count == 2, let bound = Double(parts[1]), fm.count == 2 else { throw ValidationError("--require takes field.metric=MIN") }
            let v = metric(report, fm[0], fm[1])
            if v == nil || v! < bound { failed.append("\(key)=\(v.map { String($0) } ?? "None") < \(bound)") }
        }
        if !failed.isEmpty { print("below bound: " + failed.joined(separator: "; ")); throw ExitCode(1) }
    }

    func metric(_ r: Scorer.Report, _ field: String, _ m: String) -> Double? {
        if field == "directives" {
            switch m {
            case "recall": return r.directiveRecall
            case "false_positive_rate": return r.directiveFalsePositiveRate
            default: return nil
            }
        }
        guard let t = r.totals[field] else { return nil }
        switch m {
        case "precision": return t.precision
        case "recall": return t.recall
        case "f1": return t.f1
        case "macro_f1": return r.macroF1(field)
        default: return t.ratio(m)
        }
    }
}
