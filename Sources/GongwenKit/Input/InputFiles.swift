import Foundation

/// A file to parse: where it is, and where its output goes under an output folder.
public struct InputFile: Sendable, Equatable {
    /// Path as given or found in a walk; "-" for standard input.
    public let path: String
    /// Output path relative to the output folder.
    public let relativeOutput: String
    public init(path: String, relativeOutput: String) { self.path = path; self.relativeOutput = relativeOutput }
}

/// Finding the files to parse: files named, and folders walked for text files. The
/// command-line tool and the stage benchmark share it, so both see the same inputs.
public enum InputFiles {
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case notFound(String)
        case unreadable(String, String)
        public var description: String {
            switch self {
            case .notFound(let p): return "\(p): no such file or directory"
            case .unreadable(let p, let why): return "\(p): cannot read (\(why))"
            }
        }
    }

    /// Expands files and folders (recursively; hidden entries, `skip`, `exclude` and a folder's
    /// notes, `folderNotes`, left out; in folders only files matching `include`). Named files
    /// are always taken.
    public static func expand(_ args: [String], skip: String?, include: [String] = ["*.txt", "*.md"], exclude: [String] = []) throws -> [InputFile] {
        var out: [InputFile] = []
        let fm = FileManager.default
        let skipURL = skip.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        for arg in args {
            if arg == "-" { out.append(InputFile(path: "-", relativeOutput: "stdin.json")); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: arg, isDirectory: &isDir) else { throw Failure.notFound(arg) }
            if !isDir.boolValue {
                let base = (arg as NSString).lastPathComponent
                out.append(InputFile(path: arg, relativeOutput: outputName(base)))
                continue
            }
            let root = URL(fileURLWithPath: arg).standardizedFileURL.path
            var found: [InputFile] = []
            guard walk(root, "", skip: skipURL, include: include, exclude: exclude, into: &found) else {
                throw Failure.unreadable(arg, "cannot list folder")
            }
            found.sort { $0.path < $1.path }
            out.append(contentsOf: found)
        }
        return out
    }

    /// Lists `root/rel` with readdir: the entry types come with the names, where a
    /// FileManager walk costs a dozen system calls per file. Hidden entries, links and
    /// special files are left out; folders matching `exclude` are not entered.
    private static func walk(_ root: String, _ rel: String, skip: String?, include: [String], exclude: [String],
                             into found: inout [InputFile]) -> Bool {
        let dir = rel.isEmpty ? root : root + "/" + rel
        guard let d = opendir(dir) else { return false }
        defer { closedir(d) }
        while let ent = readdir(d) {
            let name = withUnsafeBytes(of: ent.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name.hasPrefix(".") { continue }
            let r = rel.isEmpty ? name : rel + "/" + name
            let full = root + "/" + r
            if let s = skip, full == s || full.hasPrefix(s + "/") { continue }
            if exclude.contains(where: { matches($0, r) }) { continue }
            var type = Int32(ent.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                var st = stat()
                guard lstat(full, &st) == 0 else { continue }
                type = (st.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (st.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : Int32(DT_LNK)
            }
            if type == Int32(DT_DIR) {
                _ = walk(root, r, skip: skip, include: include, exclude: exclude, into: &found)
            } else if type == Int32(DT_REG), !folderNotes.contains(name), include.contains(where: { matches($0, r) }) {
                found.append(InputFile(path: full, relativeOutput: outputName(r)))
            }
        }
        return true
    }

    /// A folder's notes on itself (`Corpus/README.md`), not texts to parse: left out of a walk
    /// (a file named on the command line is still taken).
    public static let folderNotes: Set<String> = ["README", "README.md", "README.txt", "readme.md", "readme.txt"]

    /// `a/b.txt` → `a/b.json` (an extension is what follows the last dot of the last
    /// component, unless that dot starts or ends it: `.bashrc`, `x.` have none). Written
    /// out rather than through NSString, whose path methods cost ~10,000 instructions a call.
    public static func outputName(_ rel: String) -> String {
        let u = rel.utf8
        let nameStart = u.lastIndex(of: UInt8(ascii: "/")).map { u.index(after: $0) } ?? u.startIndex
        if let dot = u[nameStart...].lastIndex(of: UInt8(ascii: ".")), dot != nameStart, u.index(after: dot) != u.endIndex {
            return String(rel[..<dot]) + ".json"
        }
        return rel + ".json"
    }

    /// fnmatch(3) on the path relative to the folder given, and on its last component.
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        fnmatch(pattern, path, 0) == 0 || fnmatch(pattern, (path as NSString).lastPathComponent, 0) == 0
    }
}
