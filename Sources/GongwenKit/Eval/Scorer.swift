import Foundation

/// Scores parser output against gold files in the format of ANNOTATION.md (documented in
/// `Corpus/README.md`). A port of the shared `score.py`: the same matching (greedy,
/// one-to-one, exact text first), the same normalization, the same figures.
public enum Scorer {
    public struct Tally: Sendable, Equatable {
        public var tp = 0, fp = 0, fn = 0
        public var extra: [String: (hits: Int, total: Int)] = [:]
        public static func == (a: Tally, b: Tally) -> Bool { a.tp == b.tp && a.fp == b.fp && a.fn == b.fn }
        mutating func addExtra(_ name: String, _ hit: Bool) {
            var e = extra[name] ?? (0, 0); e.hits += hit ? 1 : 0; e.total += 1; extra[name] = e
        }
        mutating func merge(_ o: Tally) {
            tp += o.tp; fp += o.fp; fn += o.fn
            for (k, v) in o.extra { var e = extra[k] ?? (0, 0); e.hits += v.hits; e.total += v.total; extra[k] = e }
        }
        public var precision: Double { tp + fp > 0 ? Double(tp) / Double(tp + fp) : (fn == 0 ? 1 : 0) }
        public var recall: Double { tp + fn > 0 ? Double(tp) / Double(tp + fn) : 1 }
        public var f1: Double { let p = precision, r = recall; return p + r > 0 ? 2 * p * r / (p + r) : 0 }
        public func ratio(_ k: String) -> Double? { extra[k].flatMap { $0.total > 0 ? Double($0.hits) / Double($0.total) : nil } }
    }

    public static let fields = ["documents", "headings", "deadlines", "percentages", "responsibilities"]

    public struct Report: Sendable {
        public var totals: [String: Tally] = [:]
        public var perFile: [String: [String: Tally]] = [:]
        public var directivePositive = (hits: 0, total: 0)
        public var directiveNegative = (hits: 0, total: 0)
        /// Lines of misses and false hits, for --verbose.
        public var log: [String] = []
        public init() {}
        public var directiveRecall: Double { directivePositive.total > 0 ? Double(directivePositive.hits) / Double(directivePositive.total) : 1 }
        public var directiveFalsePositiveRate: Double { directiveNegative.total > 0 ? Double(directiveNegative.hits) / Double(directiveNegative.total) : 0 }
        public func macroF1(_ field: String) -> Double? {
            let fs = perFile.values.compactMap { m -> Double? in
                guard let t = m[field], t.tp + t.fn + t.fp > 0 else { return nil }
                return t.f1
            }
            return fs.isEmpty ? nil : fs.reduce(0, +) / Double(fs.count)
        }
    }

    static func norm(_ s: Any?) -> String {
        guard let s = s as? String else { return s.map { "\($0)" }.map(norm) ?? "" }
        return String(s.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)).lowercased()
    }

    static func overlap(_ a: Any?, _ b: Any?, least: Int = 2) -> Bool {
        let a = norm(a), b = norm(b)
        if a.isEmpty || b.isEmpty { return false }
        if a == b { return true }
        return (a.count >= least && b.contains(a)) || (b.count >= least && a.contains(b))
    }

    static func dateOK(_ gold: Any?, _ pred: Any?) -> Bool {
        guard let g = gold as? String else { return true }
        guard let p = pred as? String else { return false }
        if g.hasPrefix("--") { return p.hasSuffix(String(g.dropFirst())) || p == g }
        return p == g
    }

    typealias Item = [String: Any]

    /// Greedy one-to-one matching in two rounds: first pairs that also satisfy `closer`.
    static func match(_ gold: [Item], _ pred: [Item], same: (Item, Item) -> Bool, tally: inout Tally,
                      onMatch: ((Item, Item) -> Void)? = nil, closer: (Item, Item) -> Bool,
                      misses: inout [Item], spurious: inout [Item]) {
        var used = [Bool](repeating: false, count: pred.count)
        let order = gold.filter { ($0["optional"] as? Bool) != true } + gold.filter { ($0["optional"] as? Bool) == true }
        var found: [Int: Int] = [:]
        for strict in [true, false] {
            for (k, g) in order.enumerated() where found[k] == nil {
                for (i, p) in pred.enumerated() where !used[i] && same(g, p) && (!strict || closer(g, p)) {
                    used[i] = true; found[k] = i; break
                }
            }
        }
        for (k, g) in order.enumerated() {
            let optional = (g["optional"] as? Bool) == true
            guard let i = found[k] else { if !optional { tally.fn += 1; misses.append(g) }; continue }
            if !optional { tally.tp += 1; onMatch?(g, pred[i]) }
        }
        for (i, p) in pred.enumerated() where !used[i] { tally.fp += 1; spurious.append(p) }
    }

    static func flatten(_ sections: Any?, depth: Int = 0, into out: inout [Item]) {
        for s in sections as? [Item] ?? [] {
            let numbered = !(s["ordinal"] is NSNull) && s["ordinal"] != nil && (s["inline"] as? Bool) != true
            let d = numbered ? depth + 1 : depth
            if numbered { var x = s; x["depth"] = d; out.append(x) }
            flatten(s["children"], depth: d, into: &out)
        }
    }

    static func sameText(_ g: Item, _ p: Item) -> Bool { norm(g["text"]) == norm(p["text"]) }

    /// Scores one gold file against one prediction (both as parsed JSON).
    public static func scoreFile(name: String, gold: [String: Any], pred: [String: Any], into report: inout Report, verbose: Bool) {
        let ign = (gold["ignore_lines"] as? [[Int]]) ?? []
        func ignored(_ x: Item) -> Bool { guard let l = x["line"] as? Int else { return false }; return ign.contains { $0.count == 2 && $0[0] <= l && l <= $0[1] } }
        func keep(_ xs: [Item]) -> [Item] { xs.filter { !ignored($0) } }
        let gdocs = gold["documents"] as? [Item] ?? [], pdocs = pred["documents"] as? [Item] ?? []
        var res = [String: Tally]()
        for f in fields { res[f] = Tally() }
        func log(_ field: String, _ miss: [Item], _ spur: [Item], _ show: (Item) -> String) {
            guard verbose else { return }
            for x in miss { report.log.append("  \(name) \(field) missed: \(show(x))") }
            for x in spur { report.log.append("  \(name) \(field) wrong:  \(show(x))") }
        }
        func items(_ docs: [Item], _ key: String) -> [Item] { docs.flatMap { $0[key] as? [Item] ?? [] } }
        var miss: [Item] = [], spur: [Item] = []

        let gt = gdocs.map { ["title": ($0["title"] as? String) ?? ""] as Item }
        let pt = pdocs.map { ["title": ($0["title"] as? String) ?? ""] as Item }
        match(gt, pt, same: { g, p in norm(g["title"]).isEmpty || String(norm(p["title"]).prefix(8)) == String(norm(g["title"]).prefix(8)) },
              tally: &res["documents"]!, closer: { g, _ in !norm(g["title"]).isEmpty }, misses: &miss, spurious: &spur)
        miss = []; spur = []

        var ph: [Item] = []
        for d in pdocs { flatten(d["sections"], into: &ph) }
        ph = keep(ph)
        var t = res["headings"]!
        var ex = Tally()
        match(items(gdocs, "headings"), ph, same: { g, p in
            guard norm(g["marker"]) == norm(p["marker"]) else { return false }
            let a = Array(norm(g["title"])), b = Array(norm(p["title"]))
            let n = min(8, a.count, b.count)
            return n >= 2 && a[0..<n] == b[0..<n]
        }, tally: &t, onMatch: { g, p in
            ex.addExtra("depth_accuracy", (g["depth"] as? Int) == (p["depth"] as? Int))
            ex.addExtra("title_exact", norm(g["title"]) == norm(p["title"]))
        }, closer: sameText, misses: &miss, spurious: &spur)
        t.merge(ex); ex = Tally()
        res["headings"] = t
        log("headings", miss, spur) { "\($0["marker"] ?? "")\($0["title"] ?? "")" }
        miss = []; spur = []

        match(items(gdocs, "deadlines"), keep(items(pdocs, "deadlines")), same: { g, p in overlap(g["text"], p["text"]) && dateOK(g["date"], p["date"]) },
              tally: &res["deadlines"]!, closer: sameText, misses: &miss, spurious: &spur)
        log("deadlines", miss, spur) { "\($0["text"] ?? "")=\(($0["date"] as? String) ?? "None")" }
        miss = []; spur = []

        t = res["percentages"]!
        match(items(gdocs, "percentages"), keep(items(pdocs, "percentages")), same: { g, p in
            let gv = (g["value"] as? NSNumber)?.doubleValue, pv = (p["value"] as? NSNumber)?.doubleValue
            if (gv == nil) != (pv == nil) { return false }
            if let a = gv, let b = pv, abs(a - b) > 1e-9 { return false }
            return overlap(g["text"], p["text"], least: 1)
        }, tally: &t, onMatch: { g, p in
            ex.addExtra("qualifier_accuracy", ((g["qualifier"] as? String) ?? "eq") == ((p["qualifier"] as? String) ?? "eq"))
        }, closer: sameText, misses: &miss, spurious: &spur)
        t.merge(ex); ex = Tally()
        res["percentages"] = t
        log("percentages", miss, spur) { "\($0["text"] ?? "")=\($0["value"] ?? "None")" }
        miss = []; spur = []

        t = res["responsibilities"]!
        match(items(gdocs, "responsibilities"), keep(items(pdocs, "responsibilities")), same: { g, p in
            guard overlap(g["party"], p["party"]) else { return false }
            let gt = norm(g["task"]), pt = norm(p["task"])
            return !gt.isEmpty && (pt.contains(gt) || (pt.count >= 4 && gt.contains(pt)))
        }, tally: &t, onMatch: { g, p in
            if let d = g["deadline"], !(d is NSNull) { ex.addExtra("deadline_accuracy", dateOK(d, p["deadline"] is NSNull ? nil : p["deadline"])) }
        }, closer: sameText, misses: &miss, spurious: &spur)
        t.merge(ex)
        res["responsibilities"] = t
        log("responsibilities", miss, spur) { "\($0["party"] ?? ""): \($0["task"] ?? "")" }

        let texts = pdocs.flatMap { keep($0["directives"] as? [Item] ?? []) }.map { norm($0["text"]) }
        for d in gdocs {
            let dirs = d["directives"] as? Item ?? [:]
            for s in dirs["positive"] as? [String] ?? [] {
                let hit = texts.contains { $0.contains(norm(s)) }
                report.directivePositive.hits += hit ? 1 : 0; report.directivePositive.total += 1
                if !hit && verbose { report.log.append("  \(name) directives missed: \(s)") }
            }
            for s in dirs["negative"] as? [String] ?? [] {
                let hit = texts.contains { $0.contains(norm(s)) }
                report.directiveNegative.hits += hit ? 1 : 0; report.directiveNegative.total += 1
                if hit && verbose { report.log.append("  \(name) directives wrong:  \(s)") }
            }
        }
        report.perFile[name] = res
        for f in fields { report.totals[f, default: Tally()].merge(res[f]!) }
    }

    /// The summary table, in score.py's layout.
    public static func table(_ r: Report) -> String {
        func f3(_ v: Double) -> String { String(format: "%8.3f", v) }
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
        func round4(_ v: Double) -> String { let s = String(format: "%.4f", v); var t = s; while t.hasSuffix("0") { t.removeLast() }; if t.hasSuffix(".") { t += "0" }; return t }
        var out = pad("field", 18) + "       P       R      F1   extra\n"
        for f in fields {
            let t = r.totals[f] ?? Tally()
            var extra = "tp=\(t.tp) fp=\(t.fp) fn=\(t.fn) macro_f1=\(r.macroF1(f).map(round4) ?? "None")"
            for k in t.extra.keys.sorted() { extra += " \(k)=\(t.ratio(k).map(round4) ?? "None")" }
            out += pad(f, 18) + f3(t.precision) + f3(t.recall) + f3(t.f1) + "   " + extra + "\n"
        }
        let rec = r.directiveRecall, spec = 1 - r.directiveFalsePositiveRate
        let f1 = rec + spec > 0 ? 2 * rec * spec / (rec + spec) : 0
        out += pad("directives", 18) + String(repeating: " ", count: 8) + f3(rec) + f3(f1)
            + String(format: "   false_positive_rate=%.3f", r.directiveFalsePositiveRate)
            + " (\(r.directivePositive.total) positive, \(r.directiveNegative.total) negative)\n"
        return out
    }
}
