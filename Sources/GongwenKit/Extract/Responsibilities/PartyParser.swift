/// Named parties before a duty cue: persons with their role (李学文副镇长, 副镇长宿建军),
/// organizations (州农业农村局), lists (州工信局、财政局; 吉首市、凤凰县…; 公安、人社等部门),
/// and roles alone (县(市、区)长). Collectives (各县市, 有关部门, 我们) are not parties.
struct Party: Equatable {
    /// As written, without the spaces between Chinese characters (`李 学文` → `李学文`).
    var name: String
    var type: PartyType
    var role: String?
}

enum PartyParser {
    /// Adverbs that may stand between a party and its cue: 由魏春水副镇长侧重负责.
    static let between = WordSet(["侧重", "具体", "主要", "全面", "统一", "共同", "分别", "亲自", "也", "都", "要", "一定", "务必", "必须", "负总责", "切实", "认真", "继续", "为", "是",
                                     // The rule parties share a task by (`县发改局、县市场监管局按职责分工负责`).
                                     "按职责分工", "按照职责分工", "按职责", "按各自职责", "按照各自职责"])
    static let leading: [Scalars] = ["希望", "请", "要求", "责成", "责令", "建议", "同时", "并", "由", "另外", "此外", "其中", "尤其是", "特别是", "例如", "比如", "并由", "会议决定", "会议要求", "会同"].map { Scalars($0) }
    /// The longest body's name read as part of a title after it (`县自然资源和规划局局长`).
    static let longestBodyBeforeTitle = 12
    static let listTails: [Scalars] = ["等部门", "等单位", "等"].map { Scalars($0) }
    @inline(__always) static func isJoiner(_ c: Unicode.Scalar) -> Bool { c == "和" || c == "及" || c == "与" }
    /// Whether the code point at `i` joins two parties: 及 in 及时, 及早 is an adverb's.
    @inline(__always) static func joins(_ k: Scalars, at i: Int) -> Bool {
        isJoiner(k[i]) && !(k[i] == "及" && i + 1 < k.count && (k[i + 1] == "时" || k[i + 1] == "早"))
    }

    /// Where the party phrase ending at `end` can start: back over name characters to a
    /// clause break or a stop character.
    static func phraseStart(_ k: Scalars, _ end: Int, floor: Int, _ lx: Lexicon) -> Int {
        var a = end
        var depth = 0
        let floor = max(floor, end - Reach.phrase * 2)
        while a > floor {
            let c = k[a - 1]
            if c == ")" { depth += 1; a -= 1; continue }
            if c == "(" { if depth == 0 { break }; depth -= 1; a -= 1; continue }
            if depth > 0 { a -= 1; continue }
            if c == "、" || (c.isHan && !lx.partyStops.contains(c)) || c.isASCIIDigit || c.isASCIILetter { a -= 1; continue }
            // (`县财政局主要领导`: the 要 of 主要 is part of the name's tail.)
            if c == "要", a - 2 > floor, k[a - 2] == "主" { a -= 2; continue }
            // `县发改局的同志要…`: the people of a body (`memberTails`) may follow its 的.
            if c == "的", end - a <= 4, k.has(tongZhi, endingAt: end) { a -= 1; continue }
            break
        }
        // `要求乡镇街道务必…`: the 求 of 要求 (请求) after a stop opens no name.
        if a > floor, a < end, k[a] == "求", k[a - 1] == "要" || k[a - 1] == "请" { a += 1 }
        return a
    }

    /// Parties named in `k[start..<end]` (the phrase right before a cue).
    static func parse(_ ct: CleanText, _ start: Int, _ end: Int, _ lx: Lexicon, allowBareName: Bool) -> [Party] {
        let k = ct.key
        var a = start
        while a < end, k[a] == "、" || k[a] == " " { a += 1 }
        for w in leading where k.has(w, at: a) && a + w.count < end { a += w.count; break }
        // `如县发改局负责的…`: 如 gives an example before a body's level (如东县, 如皋市 are names).
        if a + 2 < end, k[a] == "如", ResponsibilityExtractor.adminFirsts.contains(k[a + 1]) { a += 1 }
        // A time before the party (`2025年三市镇要…`, `9月底前县财政局要…`, `今年县交通局要…`)
        // tells when, not who.
        if a < end {
            if lx.timeOpeners.mayStart(k[a]), let w = lx.timeOpeners.match(k, at: a, limit: end) { a += w.count }
            else if DeadlineExtractor.starts.contains(k[a]), TimeGrammar.mayMatch(k, at: a, end: end) {
                if let t = TimeGrammar.match(k, at: a, end: end) { a = t.range.upperBound }
                else if let d = Dates.scan(k, at: a), d.range.upperBound < end { a = d.range.upperBound }
            }
        }
        var e = end
        while e > a, k[e - 1] == "、" || k[e - 1] == " " { e -= 1 }
        guard e - a >= 2, e - a <= 80 else { return [] }
        // `请你局会同…`, `请贵单位…`: a reply's or letter's addressee, named by the parser from
        // the document's addressee line (`ResponsibilityExtractor.resolvingAddressee`).
        if k[a] == "你" || k[a] == "贵", e - a <= 3, lx.addresseeBodies.find(k, at: a + 1, limit: e).map({ a + 1 + lx.addresseeBodies.word($0).count == e }) == true {
            return [Party(name: ct.compactText(a..<e), type: .org, role: nil)]
        }
        // A note in brackets after the parties (`…有关成员单位(详见任务分工)`) is none of them; a
        // title in brackets (`李明(副县长)`) or a short qualifier (`各县(区)`) is read below.
        if k[e - 1] == ")", let open = k[a..<e].lastIndex(of: "("), open >= a + 2, e - 1 - (open + 1) >= 4,
           lx.roleTitles.match(k, endingAt: e - 1, floor: open + 1) == nil, !k[open..<e].contains("、") {
            e = open
        }
        // `县自然资源局全体班子成员`: the organization answers for its people.
        if let t = lx.memberTails.match(k, endingAt: e, floor: a), e - t.count - a >= 2, isOrg(k, a..<e - t.count, lx) {
            e -= t.count
        }

        // Persons each with a title, listed: 李明副县长、王强副县长.
        if let persons = titledPersons(ct, a, e, lx) { return persons }
        // A role at the end: 李学文副镇长, 民权县…等县(区)长, 县(市、区)长 alone.
        if let role = lx.roleTitles.match(k, endingAt: e, floor: a) {
            let roleStart = e - role.count
            let roleText = ct.string(roleStart..<e)
            // Alone, 同志 names no one, nor a title of a group of cadres (`包村干部要…`).
            if roleStart == a { return roleText == "同志" || k.has(ganBu, endingAt: e) ? [] : [Party(name: roleText, type: .role, role: nil)] }
            // A surname and a title (`王副县长`, `刘局长`): the person as the text names them.
            if roleStart == a + 1, lx.surnames.contains(k[a]), !isFormOfAddress(role) {
                return [Party(name: ct.compactText(a..<e), type: .person, role: roleText)]
            }
            if let name = personName(k, a, roleStart, lx), name.lowerBound == a {
                // 同志 is a form of address, not a title.
                return [Party(name: ct.compactText(name), type: .person, role: roleText == "同志" ? nil : roleText)]
            }
            // Names listed before one title: 王五、赵六同志 (also `…两位同志`, `…等同志`).
            // (`张三、李四两位副县长`: the count before any title.)
            var ne = roleStart
            if ne - 2 > a, k[ne - 1] == "位", Numerals.isChineseNumeral(k[ne - 2]) { ne -= 2 }
            if isFormOfAddress(role) {
                if ne - 1 > a, k[ne - 1] == "等" { ne -= 1 }
            }
            let persons = namesListed(ct, a..<ne, role: roleText == "同志" ? nil : roleText, lx)
            if !persons.isEmpty { return persons }
            // A title, a name, then 同志 (`党委书记赵刚同志`): read without the form of address.
            if isFormOfAddress(role) { return parse(ct, a, roleStart, lx, allowBareName: allowBareName) }
            var le = roleStart
            let listed = k[le - 1] == "等"
            if listed { le -= 1 }
            let orgs = list(ct, a, le, lx, anyItem: false)
            // One body and its title with no one named (`县委书记`, `镇党委书记`): the post is the
            // party, as `县市长` is; bodies listed with a shared title (`民权县、柘城县等县(区)长`)
            // each answer through that title.
            if orgs.count == 1, !listed, orgs[0].name.unicodeScalars.count == le - a {
                // A post of a kind of body (`村支部书记`, `社区党委书记`, `乡镇党委书记`) is every
                // such body's: no one is named.
                if k[a] == "村" || lx.bareBodies.match(k, at: a, limit: le) != nil { return [] }
                return [Party(name: ct.compactText(a..<e), type: .role, role: nil)]
            }
            return orgs.map { Party(name: $0.name, type: .org, role: roleText) }
        }
        // A name with its title in brackets: 李明(副县长).
        if k[e - 1] == ")", let open = k[a..<e].lastIndex(of: "("), open >= a + 2,
           let role = lx.roleTitles.match(k, endingAt: e - 1, floor: open + 1), e - 1 - role.count - (open + 1) <= 4,
           let name = personName(k, a, open, lx), name == a..<open {
            return [Party(name: ct.compactText(name), type: .person, role: ct.string(open + 1..<e - 1))]
        }
        // A title, then names listed: 副县长李四、王五.
        if let role = lx.roleTitles.match(k, at: a, limit: e) {
            let persons = namesListed(ct, a + role.count..<e, role: ct.string(a..<a + role.count), lx)
            if !persons.isEmpty { return persons }
        }
        // A role then a name: 副镇长宿建军, 县委书记张三 (the role may carry its body: 县委).
        for len in [3, 2, 4] where e - len > a {
            let q = e - len
            guard let role = lx.roleTitles.match(k, endingAt: q, floor: a), !isFormOfAddress(role),
                  let name = personName(k, q, e, lx), name.lowerBound == q else { continue }
            let roleStart = q - role.count
            // What stands before the title names its body (县委书记, 县自然资源局局长): part of
            // the role, if short or a body's name.
            let roleFrom = roleStart - a <= 4 || roleStart - a <= Self.longestBodyBeforeTitle && isOrg(k, a..<roleStart, lx) ? a : roleStart
            return [Party(name: ct.compactText(name), type: .person, role: ct.string(roleFrom..<q))]
        }
        // A bare name opening a clause, with a cue that takes one: 郝井保负责….
        if allowBareName, let name = personName(k, a, e, lx), name.lowerBound == a, name.count >= 3 || e - a == 2,
           a == start, start == 0 || k[start - 1].isClauseBreak || k[start - 1] == "由",
           lx.orgSuffixes.match(k, endingAt: e, floor: a) == nil {
            return [Party(name: ct.compactText(name), type: .person, role: nil)]
        }
        // 公安、人社等部门: the items are departments whatever their endings.
        for t in listTails where k.has(t, endingAt: e) && e - t.count > a {
            let items = list(ct, a, e - t.count, lx, anyItem: t.count > 1)
            if !items.isEmpty { return items }
        }
        // The phrase must end in a party: in `县住建局、县交通局做好配合` the words before the cue
        // are no list of parties (the last item is not one).
        var last = e
        while last > a, k[last - 1] != "、" { last -= 1 }
        guard last == a || isOrg(k, last..<e, lx) || lx.roleTitles.match(k, endingAt: e, floor: last) != nil
                || joinedPair(k, last..<e, lx, anyItem: false) != nil else { return [] }
        return list(ct, a, e, lx, anyItem: false)
    }

    /// `李明副县长、王强副县长`: items set apart by 、, each one person (name and title);
    /// nil unless every item is (the first that is not ends the look).
    static let tongZhi = Scalars("同志"), ganBu = Scalars("干部")
    static func titledPersons(_ ct: CleanText, _ a: Int, _ e: Int, _ lx: Lexicon) -> [Party]? {
        let k = ct.key
        func nextMark(_ from: Int) -> Int {
            var i = from
            while i < e, k[i] != "、" { i += 1 }
            return i
        }
        // The first item ends in a title and is no organization (most lists are of bodies), or
        // is a title and a name (`城关镇党委书记刘洋、镇长陈刚`).
        let first = nextMark(a)
        // (`刘书记、陈镇长`: a surname and a title make three.)
        guard first < e, first - a >= 3 else { return nil }
        if lx.roleTitles.match(k, endingAt: first, floor: a) == nil {
            guard lx.roleTitles.match(k, endingAt: first - 2, floor: a) != nil || lx.roleTitles.match(k, endingAt: first - 3, floor: a) != nil
            else { return nil }
        }
        var out: [Party] = []
        var s = a
        var i = first
        while true {
            let one = parse(ct, s, i, lx, allowBareName: false)
            // Each a person with a title, or a name with 同志 (`李明同志、王芳同志`).
            guard one.count == 1, one[0].type == .person, one[0].role != nil || k.has(tongZhi, endingAt: i) else { return nil }
            var p = one[0]
            // `副县长李四、王五同志`: a name with no title of its own after a title-first item
            // shares that item's title.
            if p.role == nil, let r0 = out.first?.role, lx.roleTitles.match(k, at: a, limit: first) != nil { p.role = r0 }
            out.append(p)
            if i == e { break }
            s = i + 1
            i = nextMark(s)
        }
        return out.count >= 2 ? out : nil
    }

    /// Names listed with 、 in `r` that share one title (`王五、赵六同志`, `副县长李四、王五`):
    /// each a person, or none when any item is not a name (or there is no list).
    static func namesListed(_ ct: CleanText, _ r: Range<Int>, role: String?, _ lx: Lexicon) -> [Party] {
        let k = ct.key
        guard k[r].contains("、") else { return [] }
        var persons: [Party] = []
        var s = r.lowerBound
        for i in r.lowerBound...r.upperBound where i == r.upperBound || k[i] == "、" {
            guard let name = personName(k, s, i, lx), name == s..<i else { return [] }
            persons.append(Party(name: ct.compactText(name), type: .person, role: role))
            s = i + 1
        }
        return persons
    }

    /// Whether a basis (`按照`, `根据` …, `Tables.sourcePrepositions`) opens at `x` right after
    /// a party's name (an organization's suffix or a role title ends there, not before `floor`):
    /// `县住建局按照各自职责,…`, `请县住建局按程序报…`. The name ends there.
    @inline(__always) static func basisAfterParty(_ k: Scalars, at x: Int, floor: Int, limit: Int, _ lx: Lexicon) -> Bool {
        lx.sourcePrepositions.mayStart(k[x]) && lx.sourcePrepositions.find(k, at: x, limit: limit) != nil
            && (lx.orgSuffixes.match(k, endingAt: x, floor: floor) != nil || lx.roleTitles.match(k, endingAt: x, floor: floor) != nil)
    }

    /// Whether a role title found is 同志, a form of address (a person named with it has no role).
    @inline(__always) static func isFormOfAddress(_ role: Scalars) -> Bool { role.count == 2 && role[0] == "同" && role[1] == "志" }

    /// The two sides of a list item joined by 和/及/与 or 会同 (`县住建局会同县公安局`: the second
    /// works with the first): a named body, then another or a collective (`X开发区和市安委会有关
    /// 成员单位`, which a list drops); with `anyItem`, any two sides. Nil when the item is one party.
    static func joinedPair(_ k: Scalars, _ item: Range<Int>, _ lx: Lexicon, anyItem: Bool) -> (Range<Int>, Range<Int>)? {
        for j in item {
            let w = isJoiner(k[j]) ? 1 : k[j] == "会" && j + 1 < item.upperBound && k[j + 1] == "同" ? 2 : 0
            guard w > 0 else { continue }
            let l = item.lowerBound..<j, r = j + w..<item.upperBound
            if isOrg(k, l, lx) && (isOrg(k, r, lx) || r.count >= 2 && isCollective(k, r, lx)) || anyItem && !l.isEmpty && !r.isEmpty { return (l, r) }
        }
        return nil
    }

    /// Items of a list split at 、 and, where both sides are names, at 和/及/与/会同.
    static func list(_ ct: CleanText, _ a: Int, _ e: Int, _ lx: Lexicon, anyItem: Bool) -> [Party] {
        let k = ct.key
        var out: [Party] = []
        var s = a
        var depth = 0
        for i in a..<e {
            if k[i] == "(" { depth += 1 } else if k[i] == ")" { depth = max(0, depth - 1) }
            if k[i] == "、" && depth == 0 { if i > s { item(ct, s..<i, lx, anyItem: anyItem, into: &out) }; s = i + 1 }
        }
        if e > s { item(ct, s..<e, lx, anyItem: anyItem, into: &out) }
        return out
    }

    /// One item of a list: one party, or two joined by 和/及/与 (no array per item: lists
    /// are read for every duty cue).
    private static func item(_ ct: CleanText, _ item: Range<Int>, _ lx: Lexicon, anyItem: Bool, into out: inout [Party]) {
        let k = ct.key
        var first = item, second: Range<Int>? = nil
        if let pair = joinedPair(k, item, lx, anyItem: anyItem) { first = pair.0; second = pair.1 }
        func add(_ p: Range<Int>) {
            guard p.count >= 2, p.count <= 24, !isCollective(k, p, lx) else { return }
            if anyItem || isOrg(k, p, lx) { out.append(Party(name: ct.compactText(p), type: .org, role: nil)) }
        }
        add(first)
        if let second { add(second) }
    }

    static func isOrg(_ k: Scalars, _ r: Range<Int>, _ lx: Lexicon) -> Bool {
        guard r.count >= 2, let suf = lx.orgSuffixes.match(k, endingAt: r.upperBound, floor: r.lowerBound),
              lx.notOrgWords.match(k, endingAt: r.upperBound, floor: r.lowerBound) == nil else { return false }
        return r.count > suf.count || lx.standingBodies.match(k, at: r.lowerBound, limit: r.upperBound)?.count == r.count
    }

    static func isCollective(_ k: Scalars, _ r: Range<Int>, _ lx: Lexicon) -> Bool {
        if lx.collectives.match(k, at: r.lowerBound, limit: r.upperBound) != nil { return true }
        var b = r.lowerBound
        while b < r.upperBound, let w = lx.bareBodies.match(k, at: b, limit: r.upperBound) { b += w.count }
        if b == r.upperBound { return true }
        // 各…, …有关…, …相关…: one pass.
        var i = r.lowerBound
        while i < r.upperBound {
            let c = k[i]
            if c == "各" || (c == "有" || c == "相") && i + 1 < r.upperBound && k[i + 1] == "关" { return true }
            i += 1
        }
        let c = k[r.lowerBound]
        return c == "我" || c == "你" || c == "他" || c == "本" || c == "该"
    }

    /// Function characters that do not occur in given names.
    static let nonNameChars = ScalarSet("了的是在和与及等要将把被对为从由到个们这那不也都就还上下中内外里之其所以而或并".unicodeScalars)

    /// A personal name ending at `end`: a surname and one or two given characters.
    static func personName(_ k: Scalars, _ floor: Int, _ end: Int, _ lx: Lexicon) -> Range<Int>? {
        for len in [3, 2, 4] {
            let s = end - len
            guard s >= floor else { continue }
            guard (s..<end).allSatisfy({ k[$0].isHan && !nonNameChars.contains(k[$0]) }) else { continue }
            if len == 4 { if lx.doubleSurnames.match(k, at: s, limit: end) != nil { return s..<end }; continue }
            // (A double surname and one character, `诸葛明`, also names a person.)
            if (lx.surnames.contains(k[s]) || len == 3 && lx.doubleSurnames.match(k, at: s, limit: end) != nil)
                && lx.orgSuffixes.match(k, endingAt: end, floor: s) == nil
                && lx.roleTitles.match(k, endingAt: end, floor: s) == nil {
                // A name does not hold the characters that end organization names or words.
                if len == 3 || s == floor { return s..<end }
            }
        }
        return nil
    }
}
