import Foundation
import GongwenKit

/// Where inputs come from and where their outputs go.
struct InputFile {
    /// Path as given or found in a walk; "-" for standard input.
    let path: String
    /// Output path relative to --out.
    let relativeOutput: String
}

enum InputError: Error, CustomStringConvertible {
    case notFound(String)
    case unreadable(String, String)
    case outInsideInput(String)
    case unwritable(String, String)
    case cannotRead(String)
    var description: String {
        switch self {
        case .notFound(let p): return "\(p): no such file or directory"
        case .unreadable(let p, let why): return "\(p): cannot read (\(why))"
        case .outInsideInput(let p): return "--out \(p) lies inside an input folder; choose another folder"
        case .unwritable(let p, let why): return "\(p): cannot write (\(why))"
        case .cannotRead(let why): return "cannot read (\(why))"
        }
    }
}

enum Inputs {
    /// Expands files and folders (recursively; hidden entries, `skip` and `exclude` left
    /// out; in folders only files matching `include`). Named files are always taken.
    static func expand(_ args: [String], skip: String?, include: [String] = ["*.txt", "*.md"], exclude: [String] = []) throws -> [InputFile] {
        var out: [InputFile] = []
        let fm = FileManager.default
        let skipURL = skip.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        for arg in args {
            if arg == "-" { out.append(InputFile(path: "-", relativeOutput: "stdin.json")); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: arg, isDirectory: &isDir) else { throw InputError.notFound(arg) }
            if !isDir.boolValue {
                let base = (arg as NSString).lastPathComponent
                out.append(InputFile(path: arg, relativeOutput: outputName(base)))
                continue
            }
            let root = URL(fileURLWithPath: arg).standardizedFileURL
            var found: [InputFile] = []
            guard let e = fm.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey, .isRegularFileKey], options: [.skipsHiddenFiles]) else {
                throw InputError.unreadable(arg, "cannot list folder")
            }
            for case let url as URL in e {
                let p = url.standardizedFileURL.path
                if let s = skipURL, p == s || p.hasPrefix(s + "/") { e.skipDescendants(); continue }
                let rel = String(p.dropFirst(root.path.count + 1))
                if exclude.contains(where: { Glob.matches($0, rel) }) { e.skipDescendants(); continue }
                let values = try? url.resourceValues(forKeys: [.isRegularFileKey])
                guard values?.isRegularFile == true, include.contains(where: { Glob.matches($0, rel) }) else { continue }
                found.append(InputFile(path: p, relativeOutput: outputName(rel)))
            }
            found.sort { $0.path < $1.path }
            out.append(contentsOf: found)
        }
        return out
    }

    static func outputName(_ rel: String) -> String {
        let ns = rel as NSString
        return ns.pathExtension.isEmpty ? rel + ".json" : ns.deletingPathExtension + ".json"
    }

    static func read(_ f: InputFile) throws -> [UInt8] {
        if f.path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        // A FIFO or device would block or never end: only regular files are read.
        var st = stat()
        guard stat(f.path, &st) == 0 else { throw InputError.cannotRead(String(cString: strerror(errno))) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw InputError.cannotRead("not a regular file") }
        let fd = open(f.path, O_RDONLY)
        guard fd >= 0 else { throw InputError.cannotRead(String(cString: strerror(errno))) }
        defer { close(fd) }
        var out = [UInt8](repeating: 0, count: Int(st.st_size))
        var got = 0
        while got < out.count {
            let n = out.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress! + got, $0.count - got) }
            if n < 0 { if errno == EINTR { continue }; throw InputError.cannotRead(String(cString: strerror(errno))) }
            if n == 0 { break }
            got += n
        }
        out.removeSubrange(got...)
        return out
    }

    /// Writes what `produce` hands out, chunk by chunk, to `path` through a temporary file
    /// and a rename: a large output is never held whole, a reader never sees a partial file.
    static func writeAtomically(to path: String, _ produce: (@escaping ([UInt8]) -> Void) -> Void) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let simulateFull = ProcessInfo.processInfo.environment["GONGWEN_SIMULATE_ENOSPC"] != nil
        let fd = open(tmp.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw InputError.unwritable(path, String(cString: strerror(errno))) }
        let failure = Slots<Int32>(count: 1)
        var total = 0
        produce { chunk in
            guard failure.values[0] == nil else { return }
            var written = 0
            chunk.withUnsafeBytes { buf in
                while written < buf.count {
                    // Tests simulate a full disk: the write fails after the first bytes.
                    if simulateFull && total + written > 0 { failure.set(0, ENOSPC); return }
                    let n = write(fd, buf.baseAddress! + written, simulateFull ? 1 : buf.count - written)
                    if n <= 0 { if errno == EINTR { continue }; failure.set(0, errno); return }
                    written += n
                }
            }
            total += written
        }
        close(fd)
        if let err = failure.values[0] {
            unlink(tmp.path)
            throw InputError.unwritable(path, String(cString: strerror(err)))
        }
        if rename(tmp.path, url.path) != 0 {
            let err = errno
            unlink(tmp.path)
            throw InputError.unwritable(path, String(cString: strerror(err)))
        }
    }

    /// Writes `bytes` to `path` the same way: complete or not at all.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        try writeAtomically(to: path) { drain in drain(bytes) }
    }

    static func stderr(_ s: String) { FileHandle.standardError.write((s + "\n").data(using: .utf8)!) }
}

/// read(2), named apart from `Inputs.read`.
private func posixRead(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int { read(fd, p, n) }
