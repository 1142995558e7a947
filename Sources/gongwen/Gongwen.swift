import ArgumentParser

@main
struct Gongwen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongwen",
        abstract: "Turn Chinese official texts (speeches, minutes, reports, plans, notices) into structured data.",
        version: "0.1.0",
        subcommands: [Parse.self, Actions.self, Eval.self, Schema.self],
        defaultSubcommand: nil
    )
}
