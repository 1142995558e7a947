import ArgumentParser
import Foundation
import GongwenKit

struct CommonParseOptions: ParsableArguments {
    @Option(name: .long, help: "Decode every input with this encoding (UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5, …) instead of detecting it.")
    var encoding: String?

    @Option(name: .customLong("reference-date"), help: "YYYY-MM-DD: the year and month for texts that give none (本月底, 今年).")
    var referenceDate: String?

    func parseOptions() throws -> ParseOptions {
        var ref: DateComponents? = nil
        if let r = referenceDate {
            let parts = r.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else {
                throw ValidationError("--reference-date takes YYYY-MM-DD, not '\(r)'")
            }
            ref = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        }
        return ParseOptions(encoding: encoding, referenceDate: ref)
    }
}

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse files, folders or standard input into gongwen/1 JSON.",
        discussion: """
        With --out, writes OUT/<path relative to the folder given>.json for each input; \
        with one input and no --out, writes to standard output; several inputs without \
        --out are written as JSON Lines. Exit status: 0 when every input parsed, 1 when \
        any failed (each named on standard error), 2 for usage errors.
        """
    )

    @Argument(help: "Files, folders (walked recursively for .txt and .md), or - for standard input.")
    var inputs: [String]

    @Option(name: .long, help: "Folder to write one JSON file per input into.")
    var out: String?

    @Flag(name: .long, help: "Indented JSON.")
    var pretty = false

    @Option(name: .long, help: "Files parsed at once (default: all cores).")
    var jobs: Int?

    @OptionGroup var common: CommonParseOptions

    func run() throws {
        let parser = Parser(options: try common.parseOptions())
        let files: [InputFile]
        do { files = try Inputs.expand(inputs, skip: out) } catch {
            Inputs.stderr("gongwen: \(error)")
            throw ExitCode(2)
        }
        if let o = out {
            let outPath = URL(fileURLWithPath: o).standardizedFileURL.path
            for f in files where f.path != "-" && URL(fileURLWithPath: f.path).standardizedFileURL.path.hasPrefix(outPath + "/") {
                Inputs.stderr("gongwen: input \(f.path) lies inside --out \(o)")
                throw ExitCode(2)
            }
        }
        if files.isEmpty { Inputs.stderr("gongwen: no input files found"); throw ExitCode(1) }

        let n = files.count
        let results = Slots<Result<[UInt8], Error>>(count: n)
        let workers = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, n))
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let i = next.take()
                guard i < n else { return }
                let f = files[i]
                let r: Result<[UInt8], Error> = Result {
                    let bytes = try Inputs.read(f)
                    let result = try parser.parse(bytes: bytes, path: f.path)
                    let json = ResultJSON.encode(result, pretty: pretty)
                    if let o = out { try Inputs.writeAtomically(json, to: (o as NSString).appendingPathComponent(f.relativeOutput)) }
                    return json
                }
                results.set(i, out == nil ? r : r.map { _ in [] })
            }
        }
        var failed = 0
        let stdout = FileHandle.standardOutput
        for (i, r) in results.values.enumerated() {
            switch r! {
            case .success(let json):
                if out == nil { stdout.write(Data(json)); if !pretty || n > 1 { stdout.write(Data([0x0A])) } }
            case .failure(let e):
                failed += 1
                Inputs.stderr("gongwen: \(files[i].path == "-" ? "<stdin>" : files[i].path): \(e)")
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

/// One result per input, filled in by worker threads.
final class Slots<T>: @unchecked Sendable {
    private(set) var values: [T?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.lock(); values[i] = v; lock.unlock() }
}

/// Hands out indices to worker threads.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value - 1 }
}
