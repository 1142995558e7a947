import ArgumentParser
import Foundation
import GongwenKit

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the JSON Schema of the gongwen/1 output.")
    func run() throws {
        FileHandle.standardOutput.write(Data(GongwenSchema.json.utf8))
    }
}
