// Per-stage micro-benchmark: parses every .txt under the given paths in memory (JSON
// made as `gongwen parse` makes it, then dropped) with a StageClock and prints each
// stage's time and throughput.
//   swift run -c release gongwen-stages DIR|FILE… [--repeat N]
import Foundation
import GongwenKit

var paths: [String] = []
var repeats = 1
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    if a == "--repeat", let n = args.popFirst().flatMap(Int.init) { repeats = max(1, n) } else { paths.append(a) }
}
guard !paths.isEmpty else {
    FileHandle.standardError.write(Data("usage: gongwen-stages DIR|FILE… [--repeat N]\n".utf8))
    exit(2)
}
// The same files `gongwen parse` would take from these paths.
let inputs: [InputFile]
do { inputs = try InputFiles.expand(paths, skip: nil, include: ["*.txt"]) } catch {
    FileHandle.standardError.write(Data("gongwen-stages: \(error)\n".utf8))
    exit(2)
}
let files: [[UInt8]] = inputs.compactMap { f in FileManager.default.contents(atPath: f.path).map { [UInt8]($0) } }
let bytes = files.reduce(0) { $0 + $1.count } * repeats
let clock = StageClock()
var parser = Parser()
parser.clock = clock
var failed = 0, out = 0
let start = Date()
for _ in 0..<repeats {
    for f in files {
        // As `gongwen parse` writes: JSON streamed piece by piece as the parser hands the
        // pieces over (the parser charges that to `encode`); here the bytes are only counted.
        guard let decoded = try? parser.decode(bytes: f, path: "-") else { failed += 1; continue }
        ResultJSON.stream(parser, decoded) { out += $0.count }
    }
}
let wall = Date().timeIntervalSince(start)
let mb = Double(bytes) / 1e6
print(String(format: "files=%d MB=%.1f failed=%d wall_s=%.2f MB_per_s=%.1f json_MB=%.1f", files.count * repeats, mb, failed, wall, mb / wall, Double(out) / 1e6))
let total = clock.nanoseconds.reduce(0, +)
for s in StageClock.Stage.allCases {
    let ns = clock.nanoseconds[s.rawValue]
    let sec = Double(ns) / 1e9
    print(String(format: "stage=%-16@ ms=%8.1f share=%5.1f%% MB_per_s=%8.1f", s.name as NSString, sec * 1000, total > 0 ? Double(ns) * 100 / Double(total) : 0, sec > 0 ? mb / sec : 0))
}
print(String(format: "stage=%-16@ ms=%8.1f", "unattributed" as NSString, (wall - Double(total) / 1e9) * 1000))
