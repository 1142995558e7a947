import ArgumentParser
import Foundation

@main
struct Gongwen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongwen",
        abstract: "Turn Chinese official texts (speeches, minutes, reports, plans, notices) into structured data.",
        version: "0.1.0",
        subcommands: [Parse.self, Actions.self, Eval.self, Schema.self]
    )

    /// Runs the command line; usage errors exit with status 2 (ArgumentParser would use 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
