import ArgumentParser
import CMalloc
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
        keepFreedMemoryBetweenFiles()
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

/// A batch frees each file's working memory before the next file needs the same again.
/// With glibc's defaults the heap's free top (over 128 KB) went back to the system after
/// every file and was faulted in again for the next: 16 page faults and three brk calls a
/// file, ~8% of a batch's time in the kernel. Up to 16 MB stays with the process (blocks of
/// 16 MB and more are still mapped and unmapped apart); the memory budget allows 64 MB.
private func keepFreedMemoryBetweenFiles() { gongwen_keep_freed_memory(16 << 20) }
