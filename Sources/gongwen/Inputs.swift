import Foundation
import GongwenKit

enum InputError: Error, CustomStringConvertible {
    case outInsideInput(String)
    case unwritable(String, String)
    case cannotRead(String)
    var description: String {
        switch self {
        case .outInsideInput(let p): return "--out \(p) lies inside an input folder; choose another folder"
        case .unwritable(let p, let why): return "\(p): cannot write (\(why))"
        case .cannotRead(let why): return "cannot read (\(why))"
        }
    }
}

/// Reading inputs and writing outputs (finding them is `InputFiles`, in the library).
enum Inputs {
    static func read(_ f: InputFile) throws -> [UInt8] {
        if f.path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        // A FIFO or device would block or never end: only regular files are read. Opened
        // without blocking (a FIFO with no writer would wait in open) and tested on the open
        // file: one path look-up, not two (stat then open cost ~2 µs a file in a batch).
        let fd = open(f.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw InputError.cannotRead(String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw InputError.cannotRead(String(cString: strerror(errno))) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw InputError.cannotRead("not a regular file") }
        // Read straight into the array's storage: zeroing it first cost a pass over the file.
        let size = Int(st.st_size)
        return try [UInt8](unsafeUninitializedCapacity: size) { buf, got in
            got = 0
            while got < size {
                let n = posixRead(fd, buf.baseAddress! + got, size - got)
                if n < 0 { if errno == EINTR { continue }; throw InputError.cannotRead(String(cString: strerror(errno))) }
                if n == 0 { break }
                got += n
            }
        }
    }

    static func isFolder(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Tests simulate a full disk with GONGWEN_SIMULATE_ENOSPC (read once: the environment
    /// is copied into a dictionary at every read).
    static let simulateFull = ProcessInfo.processInfo.environment["GONGWEN_SIMULATE_ENOSPC"] != nil

    /// Writes what `produce` hands out, chunk by chunk, to `path` through a temporary file
    /// and a rename: a large output is never held whole, a reader never sees a partial file.
    static func writeAtomically(to path: String, _ produce: (@escaping ([UInt8]) -> Void) -> Void) throws {
        // Paths as strings: URL(fileURLWithPath:) asks the file system whether each is a folder.
        let (dir, name) = splitPath(path)
        let simulateFull = Self.simulateFull
        var tmpPath = ""
        var fd: Int32 = -1
        // A name no other run uses: this process's id and a number it has not used yet (the
        // id and a random number were two system calls a file). A name left by a crashed
        // run with a reused id is passed over.
        for _ in 0..<8 {
            let tmpName = ".\(name).tmp-\(TempNames.prefix)\(TempNames.next.take())"
            tmpPath = dir.isEmpty ? tmpName : dir + "/" + tmpName
            fd = open(tmpPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd < 0 && errno == ENOENT {
                // The folder is made on first need only: checking it for every file costs a
                // dozen system calls each.
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                fd = open(tmpPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            }
            if fd >= 0 || errno != EEXIST { break }
        }
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
            unlink(tmpPath)
            throw InputError.unwritable(path, String(cString: strerror(err)))
        }
        if rename(tmpPath, path) != 0 {
            let err = errno
            unlink(tmpPath)
            throw InputError.unwritable(path, String(cString: strerror(err)))
        }
    }

    /// A path's folder and last component, split at its last slash (`a/b.json` → `a`,
    /// `b.json`; `/b.json` → `/`, `b.json`; `b.json` → empty, `b.json`). NSString's path
    /// methods normalize the whole path first: ~30,000 instructions a file in a batch.
    static func splitPath(_ path: String) -> (folder: String, name: String) {
        let u = path.utf8
        guard let slash = u.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        let folder = slash == u.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[u.index(after: slash)...]))
    }

    /// `name` (a relative path) inside `folder`.
    static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Writes `bytes` to `path` the same way: complete or not at all.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        try writeAtomically(to: path) { drain in drain(bytes) }
    }

    static func stderr(_ s: String) { FileHandle.standardError.write((s + "\n").data(using: .utf8)!) }
}

/// Temporary file names: `PID-N-`, N counted across the process's files.
enum TempNames {
    static let prefix = "\(getpid())-"
    static let next = Counter()
}

/// read(2), named apart from `Inputs.read`.
private func posixRead(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int { read(fd, p, n) }
