import XCTest
@testable import GongwenKit

final class InputFilesTests: XCTestCase {
    /// A folder walk takes text files at any depth, in path order, and leaves out hidden
    /// entries, excluded folders, other extensions and the output folder.
    /// Output names drop the extension as NSString's path methods read it.
    func testOutputNameAgreesWithNSString() {
        for rel in ["a.txt", "d/f.tar.gz", "a/b.c/d", "a/b.c/d.e", ".bashrc", "a/.bashrc", "x.", "a..txt", "文件.TXT", "a b.txt", "noext"] {
            let ns = rel as NSString
            XCTAssertEqual(InputFiles.outputName(rel), ns.pathExtension.isEmpty ? rel + ".json" : ns.deletingPathExtension + ".json", rel)
        }
    }

    func testFolderWalk() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gw-inputs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for f in ["b.txt", "a/c.md", "a/d.csv", ".hidden.txt", ".git/e.txt", "drafts/f.txt", "out/g.txt", "README.md", "a/README.txt"] {
            let p = root + "/" + f
            try FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            XCTAssertTrue(FileManager.default.createFile(atPath: p, contents: Data("一、".utf8)))
        }
        let found = try InputFiles.expand([root], skip: root + "/out", exclude: ["drafts"])
        XCTAssertEqual(found.map(\.relativeOutput), ["a/c.json", "b.json"])
        XCTAssertEqual(found.map { ($0.path as NSString).lastPathComponent }, ["c.md", "b.txt"])
        // A file named is taken whatever its extension; a missing one is an error.
        XCTAssertEqual(try InputFiles.expand([root + "/a/d.csv"], skip: nil).map(\.relativeOutput), ["d.json"])
        // A folder's README is its notes, left out of a walk, taken when named.
        XCTAssertEqual(try InputFiles.expand([root + "/README.md"], skip: nil).map(\.relativeOutput), ["README.json"])
        XCTAssertThrowsError(try InputFiles.expand([root + "/none.txt"], skip: nil)) { e in
            XCTAssertEqual(e as? InputFiles.Failure, .notFound(root + "/none.txt"))
        }
    }
}
