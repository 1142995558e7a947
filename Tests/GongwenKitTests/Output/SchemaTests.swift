import XCTest
@testable import GongwenKit

/// Checks every output of Corpus/ against the JSON Schema kept in the repository, with a
/// small validator for the keywords the schema uses.
final class SchemaTests: XCTestCase {
    struct Validator {
        let root: [String: Any]
        var errors: [String] = []

        mutating func validate(_ v: Any, _ schema: [String: Any], _ path: String) {
            if let ref = schema["$ref"] as? String {
                let name = String(ref.dropFirst("#/$defs/".count))
                validate(v, (root["$defs"] as! [String: Any])[name] as! [String: Any], path)
                return
            }
            if let c = schema["const"] as? String, (v as? String) != c { errors.append("\(path): not \(c)") }
            if let e = schema["enum"] as? [Any] {
                let ok = e.contains { ($0 is NSNull && v is NSNull) || (($0 as? String) != nil && ($0 as? String) == (v as? String)) }
                if !ok { errors.append("\(path): \(v) not in enum") }
            }
            if let t = schema["type"] {
                let types = (t as? [String]) ?? [t as! String]
                if !types.contains(where: { matches(v, $0) }) { errors.append("\(path): \(type(of: v)) is not \(types)"); return }
            }
            if let p = schema["pattern"] as? String, let s = v as? String, s.range(of: p, options: .regularExpression) == nil {
                errors.append("\(path): '\(s)' does not match \(p)")
            }
            if let m = schema["minimum"] as? Int, let n = v as? Int, n < m { errors.append("\(path): \(n) < \(m)") }
            if let o = v as? [String: Any] {
                for r in schema["required"] as? [String] ?? [] where o[r] == nil { errors.append("\(path): missing \(r)") }
                let props = schema["properties"] as? [String: Any] ?? [:]
                for (k, x) in o {
                    if let s = props[k] as? [String: Any] { validate(x, s, path + "." + k) } else if schema["properties"] != nil { errors.append("\(path): unknown field \(k)") }
                }
            }
            if let a = v as? [Any] {
                if let n = schema["minItems"] as? Int, a.count < n { errors.append("\(path): fewer than \(n) items") }
                if let n = schema["maxItems"] as? Int, a.count > n { errors.append("\(path): more than \(n) items") }
                if let items = schema["items"] as? [String: Any] { for (i, x) in a.enumerated() { validate(x, items, "\(path)[\(i)]") } }
            }
        }

        func isBool(_ v: Any) -> Bool {
            type(of: v) == Bool.self || (v as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
        }

        func matches(_ v: Any, _ t: String) -> Bool {
            switch t {
            case "null": return v is NSNull
            case "string": return v is String
            case "boolean": return isBool(v)
            case "integer": if let n = v as? NSNumber, !isBool(v) { return n.doubleValue == n.doubleValue.rounded() }; return false
            case "number": return v is NSNumber && !isBool(v)
            case "array": return v is [Any]
            case "object": return v is [String: Any]
            default: return false
            }
        }
    }

    func testSchemaIsValidJSON() throws {
        let s = try JSONSerialization.jsonObject(with: Data(GongwenSchema.json.utf8)) as? [String: Any]
        XCTAssertEqual((s?["properties"] as? [String: Any])?.keys.contains("documents"), true)
    }

    func testEveryCorpusOutputMatchesTheSchema() throws {
        let root = try JSONSerialization.jsonObject(with: Data(GongwenSchema.json.utf8)) as! [String: Any]
        for name in Fixture.corpusNames {
            let r = try Parser().parse(bytes: Fixture.bytes(name), path: name)
            let v = try JSONSerialization.jsonObject(with: Data(ResultJSON.encode(r)))
            var val = Validator(root: root)
            val.validate(v, root, name)
            XCTAssertEqual(val.errors, [], name)
        }
    }

    func testValidatorCatchesABrokenOutput() throws {
        let root = try JSONSerialization.jsonObject(with: Data(GongwenSchema.json.utf8)) as! [String: Any]
        var val = Validator(root: root)
        val.validate(["schema": "gongwen/2", "source": [:], "documents": [["index": -1]], "warnings": []] as [String: Any], root, "x")
        XCTAssertGreaterThanOrEqual(val.errors.count, 3)
    }
}
