import ArgumentParser
import Foundation
import GongwenKit

struct Actions: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the action items (who, what, by when) of files, folders or standard input.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, markdown }

    @Argument(help: "Files, folders, or - for standard input.")
    var inputs: [String]

    @Option(name: .long, help: "table (default), csv (UTF-8 with BOM, for Excel and WPS), json, or markdown.")
    var format: Format = .table

    @OptionGroup var common: CommonParseOptions

    func run() throws {
        let parser = Parser(options: try common.parseOptions())
        let files: [InputFile]
        do { files = try InputFiles.expand(inputs, skip: nil) } catch { Inputs.stderr("gongwen: \(error)"); throw ExitCode(2) }
        var rows: [ActionItem] = []
        var failed = 0
        for f in files {
            do {
                let r = try parser.parse(bytes: try Inputs.read(f), path: f.path)
                rows.append(contentsOf: ActionItem.items(of: r))
            } catch {
                failed += 1
                Inputs.stderr("gongwen: \(f.path == "-" ? "<stdin>" : f.path): \(error)")
            }
        }
        let text: [UInt8]
        switch format {
        case .table: text = Array(ActionTable.plain(rows).utf8)
        case .markdown: text = Array(ActionTable.markdown(rows).utf8)
        case .csv: text = ActionTable.csv(rows)
        case .json: text = ActionTable.json(rows)
        }
        FileHandle.standardOutput.write(Data(text))
        if failed > 0 { throw ExitCode(1) }
    }
}
