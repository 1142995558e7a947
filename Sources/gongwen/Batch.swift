import Foundation
import GongwenKit

/// What a batch counted: shown at the end and written by --summary.
struct BatchSummary {
    var files = 0, parsed = 0, skipped = 0, documents = 0
    var sections = 0, directives = 0, deadlines = 0, percentages = 0, responsibilities = 0
    var bytes = 0
    var failures: [(path: String, reason: String)] = []
    var seconds = 0.0

    /// One parsed file.
    mutating func add(_ c: ResultJSON.Counts) {
        parsed += 1
        documents += c.documents; sections += c.headings; directives += c.directives
        deadlines += c.deadlines; percentages += c.percentages; responsibilities += c.responsibilities
    }

    var text: String {
        let mb = Double(bytes) / 1e6
        var s = "files \(files): parsed \(parsed), skipped \(skipped) (unchanged), failed \(failures.count)\n"
        s += "documents \(documents), headings \(sections), directives \(directives), deadlines \(deadlines), percentages \(percentages), responsibilities \(responsibilities)\n"
        s += String(format: "%.1f MB in %.2f s, %.1f MB/s\n", mb, seconds, seconds > 0 ? mb / seconds : 0)
        for f in failures { s += "failed: \(f.path): \(f.reason)\n" }
        return s
    }

    var json: [UInt8] {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        for (k, v) in [("files", files), ("parsed", parsed), ("skipped", skipped), ("failed", failures.count), ("documents", documents),
                       ("headings", sections), ("directives", directives), ("deadlines", deadlines), ("percentages", percentages),
                       ("responsibilities", responsibilities), ("bytes", bytes)] { w.key(named: k); w.int(v) }
        w.key("seconds"); w.double((seconds * 1000).rounded() / 1000)
        w.key("failures"); w.beginArray()
        for f in failures { w.element(); w.beginObject(); w.key("path"); w.string(f.path); w.key("reason"); w.string(f.reason); w.endObject() }
        w.endArray()
        w.endObject()
        return w.bytes + [0x0A]
    }
}

/// One progress line on a terminal: files done/total, MB/s, ETA, failures.
final class Progress: @unchecked Sendable {
    private let total: Int
    private let totalBytes: Int
    private let enabled: Bool
    private let start = Date()
    private var done = 0, bytes = 0, failed = 0
    private var last = Date.distantPast
    private let lock = NSLock()

    init(total: Int, totalBytes: Int, enabled: Bool) {
        self.total = total; self.totalBytes = totalBytes
        self.enabled = enabled && isatty(2) != 0
    }

    func step(bytes b: Int, failed f: Bool) {
        lock.lock(); defer { lock.unlock() }
        done += 1; bytes += b; if f { failed += 1 }
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(last) > 0.1 || done == total else { return }
        last = now
        let t = now.timeIntervalSince(start)
        let rate = t > 0 ? Double(bytes) / 1e6 / t : 0
        let eta = bytes > 0 ? t * Double(totalBytes - bytes) / Double(bytes) : 0
        let line = String(format: "\r%d/%d files  %.1f MB/s  ETA %.0fs  %d failed ", done, total, rate, eta, failed)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Writes results in input order while workers finish in any order.
final class OrderedSink: @unchecked Sendable {
    private var pending: [Int: [UInt8]] = [:]
    private var next = 0
    private let lock = NSLock()
    private let write: ([UInt8]) -> Void

    init(write: @escaping ([UInt8]) -> Void) { self.write = write }

    func put(_ i: Int, _ bytes: [UInt8]) {
        lock.lock(); defer { lock.unlock() }
        pending[i] = bytes
        while let b = pending.removeValue(forKey: next) { write(b); next += 1 }
    }
}

/// Set by SIGINT: workers take no new file, and what is being written is finished.
nonisolated(unsafe) var interrupted: sig_atomic_t = 0

enum Signals {
    static func trapInterrupt() {
        signal(SIGINT) { _ in interrupted = 1 }
        signal(SIGTERM) { _ in interrupted = 1 }
    }
}

enum Shard {
    /// A stable share of the files: FNV-1a of the relative path, modulo N.
    static func pick(_ rel: String, k: Int, n: Int) -> Bool {
        var h: UInt64 = 0xcbf29ce484222325
        for b in rel.utf8 { h ^= UInt64(b); h = h &* 0x100000001b3 }
        return Int(h % UInt64(n)) == k - 1
    }
}

enum Incremental {
    /// Whether `out` already records this source (sha256) parsed by this parser version.
    static func upToDate(_ out: String, sha256: String) -> Bool {
        guard let h = FileHandle(forReadingAtPath: out) else { return false }
        defer { try? h.close() }
        let head = String(decoding: h.readData(ofLength: 1024), as: UTF8.self)
        return head.contains("\"sha256\":\"\(sha256)\"") && head.contains("\"parser\":\"\(Parser.version)\"")
            || head.contains("\"sha256\": \"\(sha256)\"") && head.contains("\"parser\": \"\(Parser.version)\"")
    }
}

/// Files the parser crashed on in earlier runs of a batch into the same --out folder: one
/// line each, `parser version<TAB>path`, appended by the crash handler (CCrashNote).
enum CrashRecord {
    static let name = ".gongwen-crashed"

    struct CrashedBefore: Error, CustomStringConvertible {
        let record: String
        var description: String { "the parser crashed on this file in an earlier run; skipped (remove \(record) to try it again)" }
    }

    /// The paths recorded for this parser version (a newer parser tries them again).
    static func read(_ path: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var out = Set<String>()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2, parts[0] == Parser.version { out.insert(String(parts[1])) }
        }
        return out
    }
}
