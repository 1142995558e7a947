import Foundation
import GongwenKit

/// `parse --stdin-jsonl`: one input per line, one result per line, in order, errors as
/// result lines, so a pipeline (Hadoop Streaming, Spark's RDD.pipe) never sees a dead stream.
enum StreamMode {
    static func run(parser: Parser, jobs: Int) throws {
        let out = FileHandle.standardOutput
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        let input = FileHandle.standardInput
        var lineNo = 0
        // Lines are parsed a batch at a time on all cores; results go out in input order.
        var batch: [(Int, [UInt8])] = []
        func flush() {
            guard !batch.isEmpty else { return }
            let work = batch
            let results = Slots<[UInt8]>(count: work.count)
            DispatchQueue.concurrentPerform(iterations: min(jobs, work.count)) { w in
                var i = w
                while i < work.count { results.set(i, result(parser, work[i].1, work[i].0) + [0x0A]); i += jobs }
            }
            var bytes: [UInt8] = []
            for r in results.values { bytes += r ?? [] }
            out.write(Data(bytes))
            batch.removeAll(keepingCapacity: true)
        }
        func handle(_ line: ArraySlice<UInt8>) {
            lineNo += 1
            guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) else { return }
            batch.append((lineNo, Array(line)))
            if batch.count >= 64 * jobs { flush() }
        }
        while true {
            let chunk = input.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            buffer.append(contentsOf: chunk)
            var start = 0
            while let nl = buffer[start...].firstIndex(of: 0x0A) {
                handle(buffer[start..<nl]); start = nl + 1
            }
            buffer.removeFirst(start)
        }
        if !buffer.isEmpty { handle(buffer[...]) }
        flush()
    }

    /// The result line for one input line: the gongwen/1 object with `id`, or an error object.
    static func result(_ parser: Parser, _ line: [UInt8], _ n: Int) -> [UInt8] {
        var id: Any = n
        do {
            guard let obj = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { throw StreamError.shape }
            if let v = obj["id"] { id = v }
            let r: ParseResult
            if let text = obj["text"] as? String {
                r = parser.parse(text: text, path: (obj["path"] as? String) ?? "-")
            } else if let path = obj["path"] as? String {
                guard let d = FileManager.default.contents(atPath: path) else { throw StreamError.unreadable(path) }
                r = try parser.parse(bytes: Array(d), path: path)
            } else { throw StreamError.shape }
            var w = JSONWriter()
            w.beginObject(); w.key("id"); writeID(id, &w); w.key("result"); ResultJSON.write(r, &w); w.endObject()
            return w.bytes
        } catch {
            var w = JSONWriter()
            w.beginObject(); w.key("id"); writeID(id, &w)
            w.key("error"); w.beginObject(); w.key("line"); w.int(n); w.key("message"); w.string(message(error)); w.endObject()
            w.endObject()
            return w.bytes
        }
    }

    static func writeID(_ id: Any, _ w: inout JSONWriter) {
        if let s = id as? String { w.string(s) } else if let n = id as? NSNumber, !(String(cString: n.objCType) == "c") {
            if n.doubleValue == n.doubleValue.rounded() { w.int(n.intValue) } else { w.double(n.doubleValue) }
        } else { w.null() }
    }

    enum StreamError: Error, CustomStringConvertible {
        case shape, unreadable(String)
        var description: String {
            switch self {
            case .shape: return "each line must be a JSON object with \"text\" or \"path\""
            case .unreadable(let p): return "\(p): cannot read"
            }
        }
    }

    static func message(_ e: Error) -> String {
        if let s = e as? CustomStringConvertible, !(e is NSError) { return s.description }
        return "not a JSON object: \((e as NSError).localizedDescription)"
    }
}
