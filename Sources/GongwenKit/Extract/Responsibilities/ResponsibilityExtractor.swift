/// Responsibilities: a named party, what it must do, and by when. Read from a party
/// phrase right before a duty cue (牵头, 负责, 配合, 要 …), from `由X负责`, and, in
/// directives, from a person named with a role at the start of a clause.
enum ResponsibilityExtractor {
    struct Hit {
        var parties: [Party]
        var phrase: Range<Int>
        var duty: Duty
        var task: Range<Int>
        var byClause: Bool          // 由X负责: the task may stand before
        /// The task is the one after the next party's (`由X牵头,Y配合,5月底前完成招标`).
        var shared = false
    }

    /// What cannot follow a name that opens a clause as its party (宿建军的…, 张三同志…).
    static let notAfterName = ScalarSet("的关在是主同通作和、任兼担".unicodeScalars)
    /// The levels a body's name opens with (`县审计局`, `州农业农村局`, `镇卫生院`).
    static let adminFirsts = ScalarSet("省市州县区镇乡".unicodeScalars)
    /// Last code points of a department's name without a place (`财务部`, `办公室`, `信息中心`,
    /// `督查工作领导小组`, `工作专班`), and how far from a clause's start its name may end.
    static let departmentEndings = ScalarSet("部室心组班".unicodeScalars)
    static let departmentReach = 16
    /// Prepositions and particles no department's name holds (`督查工作由…领导小组`).
    static let notInDepartment = ScalarSet("由对为从把将被在是的了".unicodeScalars)
    /// Whether the verb after a department's name ending at `e` opens an attribute (`…部提出的
    /// 计划`), not a task.
    static func attributeAfter(_ k: Scalars, _ e: Int, _ end: Int) -> Bool {
        var v = e
        while v < end, v < e + 4, k[v].isHan, k[v] != "的" { v += 1 }
        return v < end && k[v] == "的"
    }
    static let clauseCommas = ScalarSet(",;".unicodeScalars)

    static func extract(_ ct: CleanText, sentence r: Range<Int>, deadlines: [DeadlineExtractor.Found],
                        isDirective: Bool, asking: Scalars? = nil, narrates: Bool = false, lexicon lx: Lexicon, traits: SentenceTraits = .all) -> [Responsibility] {
        let k = ct.key
        var hits: [Hit] = []
        // A party never takes in the heading marker its sentence opens with (第三条市城市管理局…);
        // looked for once, at the first cue (most sentences have none).
        var floor: Int? = nil
        // Without the trait no duty cue starts anywhere in the sentence: nothing to scan.
        let scan = traits.contains(.dutyCue) ? r : r.upperBound..<r.upperBound
        var i = lx.dutyCueSet.nextStart(in: k, from: scan.lowerBound, to: scan.upperBound)
        var cueEnd = -1
        while i < scan.upperBound {
            guard let n = lx.dutyCueSet.find(k, at: i, limit: r.upperBound) else {
                i = lx.dutyCueSet.nextStart(in: k, from: i + 1, to: scan.upperBound); continue
            }
            let duty = lx.dutyKinds[n], length = lx.dutyCueSet.word(n).count
            defer { i += length }
            // An owner's cue right after another cue (`要确保`, `必须力争`) is part of the first
            // one's task; `要牵头` still leads.
            let followsCue = i == cueEnd
            cueEnd = i + length
            if followsCue && duty == .owner { continue }
            if DirectiveExtractor.excepted(k, i, r, lx) || DirectiveExtractor.isDone(k, i, length, r) {
                // `县发改局负责的“严格落实…”`: the task quoted after the body answering for it (a
                // report on a meeting's decisions).
                if duty == .lead, let h = quotedTask(ct, i + length, r, lx) { hits.append(h) }
                continue
            }
            // A modal inside an attribute (`这是县委、县政府必须做好的一项工程`) gives no one a task.
            if duty == .owner, lx.dutyIsModal[n],
               DirectiveExtractor.describes(k, i, lx.dutyCueSet.word(n), r, lx, narrates: narrates) { continue }
            // `截至目前,县自然资源局负责国债项目5个`: a duty told of, not given.
            if duty != .owner, DirectiveExtractor.dutyToldOf(k, i, r, narrates: narrates) { continue }
            // A duty cue starting a longer directive cue that asks (要 of 要求): who asks puts
            // the task on the party after it (`市政府要求各县…`), not on itself.
            if i + length < r.upperBound, lx.askingContinuations.contains(k[i + length]),
               let c = lx.cueSet.find(k, at: i, limit: r.upperBound), lx.cueAsks[c], lx.cueSet.word(c).count > length { continue }
            // 负责 in 负责人, 牵头 in 牵头单位 are nouns.
            var e = i
            var guardN = 0
            while guardN < 3, let b = PartyParser.between.match(k, endingAt: e, floor: r.lowerBound) { e -= b.count; guardN += 1 }
            if floor == nil { floor = Markers.marker(k, at: r.lowerBound, end: r.upperBound)?.range.upperBound ?? r.lowerBound }
            var a = PartyParser.phraseStart(k, e, floor: floor!, lx)
            var pe = e
            if e - a < 2, let subject = subjectOpening(k, a, floor: floor!, lx) { a = subject.lowerBound; pe = subject.upperBound }
            // A list of duties by body (`县水利局:负责水利工程的安全管理,…`): the body before the colon
            // that opens the sentence.
            else if e - a < 2, e - 1 > floor!, k[e - 1] == ":" {
                let b = PartyParser.phraseStart(k, e - 1, floor: floor!, lx)
                if b == floor!, PartyParser.isOrg(k, b..<e - 1, lx) { a = b; pe = e - 1 }
            }
            // `由刘伟同志兼任办公室主任,负责日常协调`: the person the clause before appoints.
            var post: Range<Int>? = nil
            if e - a < 2, pe == e, let (name, p) = appointed(k, a, floor: floor!) { a = name.lowerBound; pe = name.upperBound; post = p }
            guard pe - a >= 2 else { continue }
            var parties = PartyParser.parse(ct, a, pe, lx, allowBareName: duty != .owner)
            if let p = post, parties.count == 1, parties[0].type == .person, parties[0].role == nil { parties[0].role = ct.compactText(p) }
            // `县发改局承担的投资增速指标要确保…`: what a body holds answers through that body.
            if parties.isEmpty, let h = holder(ct, before: a, floor: floor!, lx) { parties = h.parties; a = h.start }
            guard !parties.isEmpty else { continue }
            let byClause = a > r.lowerBound && k[a - 1] == "由"
            var ts = i + length
            while ts < r.upperBound, k[ts] == "," || k[ts] == " " || k[ts] == ":" { ts += 1 }
            hits.append(Hit(parties: parties, phrase: (byClause ? a - 1 : a)..<pe, duty: duty,
                            task: ts..<r.upperBound, byClause: byClause))
        }
        // A sentence naming more parties than any real one does is not read for them (checked
        // before the looks below, which compare each clause with the parties found).
        guard hits.count <= Self.mostHits else { return [] }
        // In a directive, a person named with a role may open a clause with no cue word:
        // 宿建军副镇长密切关注….
        if isDirective && traits.contains(.roleTitle) {
            for var c in Sentences.Clauses(k, r) {
                guard hits.count <= Self.mostHits else { return [] }
                if let m = Markers.marker(k, at: c.lowerBound, end: c.upperBound) { c = m.range.upperBound..<c.upperBound }
                guard !c.isEmpty, !hits.contains(where: { $0.phrase.overlaps(c.lowerBound..<c.lowerBound + 1) }) else { continue }
                if let (p, end) = personAtStart(ct, c, lx), end < c.upperBound, k[end].isHan, !notAfterName.contains(k[end]),
                   !reportsOrSpeaks(k, end..<c.upperBound, lx),
                   // `欧阳明副县长分管的交通运输局…`: the person qualifies what follows.
                   !k[end..<min(c.upperBound, end + 4)].contains("的") {
                    hits.append(Hit(parties: [p], phrase: c.lowerBound..<end, duty: .owner, task: end..<r.upperBound, byClause: false))
                }
            }
            hits.sort { $0.phrase.lowerBound < $1.phrase.lowerBound }
        }
        // 请 asks a party named after it: `请县财政局于5月20日前将资金拨付到位`; a notice sets an
        // organization a deadline: `县财政局于6月底前将资金拨付到位`.
        if isDirective {
            if traits.contains(.request) { asked(ct, r, lx, word: qing, into: &hits) }
            // `要求县政府督查室及时约谈…`, `会议责成县住建局…` (a directive read from its 要求 or
            // 责成) ask as 请 does.
            if let w = asking { asked(ct, r, lx, word: w, into: &hits) }
            if !deadlines.isEmpty { dated(ct, r, deadlines, lx, into: &hits) }
        }
        // A directive opening with a body and its verb (`县农业农村局组织验收,12月20日前…`).
        if isDirective, hits.isEmpty {
            let c = Markers.marker(k, at: r.lowerBound, end: r.upperBound)?.range.upperBound ?? r.lowerBound
            hits += bodyOpening(ct, c, r, lx, verbFirst: true)
        }
        // A chain of assignments goes on with an organization opening a later clause and its
        // verb (`请县财政局尽快拨付资金,县审计局做好审计`): it is given the rest of that clause.
        // (Also with no party before, after a first clause that gives all of a kind their duty or
        // commands the step: `各乡镇负责,县农业农村局督促指导`, `全面开展整治,县整治办每月通报…`.)
        if isDirective, !hits.isEmpty || opensChain(k, r, lx) { chained(ct, r, lx, into: &hits) }
        // `由X组织对…进行验收`: 由, a party, and a verb of `Tables.byVerbs`; `…牵头,会同X、Y,…`:
        // parties brought in to support (in any sentence: each construction assigns the task
        // itself).
        if traits.contains(.handOver) {
            asked(ct, r, lx, word: you, then: lx.byVerbs, into: &hits)
            asked(ct, r, lx, word: huiTong, joined: true, into: &hits)
        }
        // Each task runs to the next party's phrase; a party followed at once by another
        // (市城市管理局牵头，市财政局配合，…) shares the task after it.
        for n in hits.indices.reversed() where n + 1 < hits.count {
            var next = hits[n + 1].phrase.lowerBound
            // `…拨付资金,资金缺口部分由热力公司自筹解决`: the topic before 由 is the next task's.
            if hits[n + 1].byClause || k[next] == "由" {
                let c = DeadlineExtractor.clauseStart(k, next, floor: r.lowerBound)
                if c > hits[n].task.lowerBound { next = c }
            }
            if next <= hits[n].task.lowerBound { hits[n].task = hits[n + 1].task; hits[n].shared = true }
            else if next < hits[n].task.upperBound { hits[n].task = hits[n].task.lowerBound..<next }
        }
        var out: [Responsibility] = []
        // Party and task pairs already given: a few per sentence, compared as bytes (no hashing).
        var seen: [(party: String, task: String)] = []
        // A sentence naming more parties than any real one does is not read for them.
        guard hits.count <= Self.mostHits else { return [] }
        // The task of the last party that leads or owns one: a supporter named after it with
        // nothing of its own (`城投公司负责项目融资,县国资办配合`) supports that task.
        var lastTask: Range<Int>? = nil
        for h in hits {
            var task = Sentences.withoutEndPunct(k, h.task)
            if h.duty == .support, task.count < 2, let t = lastTask { task = t }
            let directObject = !h.shared && h.phrase.upperBound < r.upperBound && h.task.lowerBound < r.upperBound
                && h.task.lowerBound > 0 && !k[h.task.lowerBound - 1].isClauseBreak && k[h.task.lowerBound].isHan
            // A chain of parties ending in its task (`由X牵头,Y配合,…完成招标`) has the task after;
            // a topic before 由 in its own clause (`征地拆迁工作由城关镇负责,李明副县长督办`) is
            // the task whatever follows.
            let topic = h.byClause && !directObject && DeadlineExtractor.clauseStart(k, h.phrase.lowerBound, floor: r.lowerBound) + 4 <= h.phrase.lowerBound
            // An item's name before a colon (`联合督导机制:由领导小组牵头,组织…`) is no task.
            let named = h.phrase.lowerBound > r.lowerBound && k[h.phrase.lowerBound - 1] == ":"
            if h.byClause && !directObject && !named && (topic || !(h.shared && task.count >= 2)) {
                // 小山坡农家院拆迁实行倒计时,由李学文副镇长负责: the task stands before.
                var s = DeadlineExtractor.clauseStart(k, h.phrase.lowerBound, floor: r.lowerBound)
                if s == h.phrase.lowerBound { s = r.lowerBound }
                if let m = Markers.marker(k, at: s, end: h.phrase.lowerBound) { s = m.range.upperBound }
                if case .label(let cs) = LineShape.classify(k, s..<h.phrase.lowerBound, lexicon: lx) { s = cs }
                let before = Sentences.withoutEndPunct(k, s..<h.phrase.lowerBound)
                if before.count >= 4 && !isFrame(k, before, lx) { task = before }
            } else if h.byClause, directObject, !named, !h.shared, let t = topicBeforeShortVerb(k, h.phrase, task, r, lx) {
                // `城东污水处理厂项目由李明副县长负责协调,5月10日前…`: a short verb after the cue
                // (协调, 督办) says how the party answers for the topic before 由, which the task
                // then starts with.
                task = t.topic..<task.upperBound
            } else if !h.byClause, k[h.phrase.lowerBound] == "由", !named, let t = topicBeforeShortVerb(k, h.phrase, task, r, lx) {
                // `培训期间食宿费用由县委党校承担,交通费回原单位报销`: a short verb after 由X ends
                // its clause; the clause with the topic before 由 is the task (the next one is not).
                task = t.topic..<t.clauseEnd
            }
            // `…负责协调,张华同志具体抓落实`: a clause opening with another person is not this task;
            // nor is a row's field after it (`县教育局:开学前完成…,责任人:王芳`), nor a clause
            // giving all of a kind their own part (`…,各乡镇要在3月20日前完成…`).
            var c = task.lowerBound + 1
            var othersFrom = Int.max   // where a clause of another party starts, if one does
            while c < task.upperBound {
                if k[c - 1] == "," || k[c - 1] == ";", opensWithPerson(ct, c..<task.upperBound, lx)
                    || ResponsibilityTable.startsColumn(k, c, end: task.upperBound) || addressesAll(k, c..<task.upperBound) {
                    task = Sentences.withoutEndPunct(k, task.lowerBound..<c)
                    othersFrom = c
                    break
                }
                c += 1
            }
            // `县政府办牵头,各相关单位配合,建立…`: a clause bringing in unnamed support is no part
            // of the task.
            var ce = task.lowerBound
            while ce < task.upperBound, ce - task.lowerBound <= 12, k[ce] != "," { ce += 1 }
            if ce < task.upperBound, k[ce] == ",", let n = lx.dutyCueSet.find(k, endingAt: ce, floor: task.lowerBound), lx.dutyKinds[n] == .support {
                task = ce + 1..<task.upperBound
            }
            // `开展森林防火专项检查,县应急管理局牵头,各乡镇配合`: only the lead's supporters after
            // it, or nothing (`清理涉企收费,县发改局、县市场监管局按职责分工负责`); the task is what
            // the sentence says before the lead (without it, none here).
            else if h.duty != .support, !h.byClause, !named, task.count < 2 || ce == task.upperBound && supportersOnly(ct, task, lx) {
                var s = Markers.marker(k, at: r.lowerBound, end: h.phrase.lowerBound)?.range.upperBound ?? r.lowerBound
                while s < h.phrase.lowerBound, k[s] == " " { s += 1 }
                var e = h.phrase.lowerBound
                while e > s, k[e - 1] == "," || k[e - 1] == " " { e -= 1 }
                // (Not another party's clause: `县住建局要加强指导,城关镇党委书记张明为第一责任人`.)
                task = hits.contains(where: { $0.phrase.lowerBound >= s && $0.phrase.lowerBound < e }) ? s..<s : s..<e
            }
            // `…按照各自职责,做好…`: the rule a party acts on (`Tables.ruleBases`), in a clause of its
            // own, is no task.
            // (`按程序组织实施,6月底前…`: a verb after the rule makes the clause the task's.)
            else if ce < task.upperBound, k[ce] == ",", ce + 2 < task.upperBound, Self.ruleBases.mayStart(k[task.lowerBound]),
                    let b = Self.ruleBases.find(k, at: task.lowerBound, limit: ce),
                    !(task.lowerBound + Self.ruleBases.word(b).count..<ce).contains(where: { DirectiveExtractor.verb(k, $0, ce, lx) != nil }) {
                task = ce + 1..<task.upperBound
            }
            guard task.count >= 2 else { continue }
            if h.duty != .support { lastTask = task }
            // `县长李四为第一责任人,分管副县长为直接责任人`: a clause naming another's charge is
            // no task.
            if firstClauseNamesCharge(k, task) { continue }
            // A dated deadline in the task before a dateless one (`汛前…,6月10日前完成`).
            let inTask = deadlines.first { task.contains($0.range.lowerBound) && $0.deadline.date != nil }
                ?? deadlines.first { task.contains($0.range.lowerBound) }
            // (Not one that parties named after this one share out: `X负责…,Y、Z分别于5月10日、
            // 5月20日前完成…` bounds Y and Z; a bound closing the sentence binds all its parties.)
            let after = deadlines.first { d in
                d.range.lowerBound >= h.phrase.lowerBound && d.range.lowerBound < othersFrom
                    && !hits.contains { $0.phrase.lowerBound > h.phrase.upperBound && $0.task.contains(d.range.lowerBound)
                                        && k.contains(Self.fenBie, in: $0.task.lowerBound..<min($0.task.upperBound, $0.task.lowerBound + 4)) }
            }
            // `6月底前,县住建局要完成…`: a bound opening the clause before the party's (looked for
            // only when the task holds none and none follows).
            let deadline = inTask ?? after ?? deadlines.last { d in
                d.verdict.isDeadline && d.range.upperBound < h.phrase.lowerBound
                    && !k[d.range.upperBound..<h.phrase.lowerBound].contains { $0 != "," && $0 != " " }
            } ?? (h.byClause ? deadlines.first : nil)
            let taskText = ct.compactText(task)
            let spanEnd = max(task.upperBound, h.phrase.upperBound)
            let spanStart = min(task.lowerBound, h.phrase.lowerBound)
            // `请X、Y分别于5月10日、5月20日前完成…`: as many dated deadlines in the task as parties,
            // after 分别: each party its own, in order.
            var each: [String?] = []
            if h.parties.count > 1, k.contains(Self.fenBie, in: task.lowerBound..<min(task.upperBound, task.lowerBound + 4)) {
                let dated = deadlines.filter { task.contains($0.range.lowerBound) }
                if dated.count == h.parties.count { each = dated.map(\.deadline.date) }
            }
            for pn in h.parties.indices {
                let p = h.parties[pn]
                guard !seen.contains(where: { $0.party.utf8.elementsEqual(p.name.utf8) && $0.task.utf8.elementsEqual(taskText.utf8) }) else { continue }
                seen.append((p.name, taskText))
                out.append(Responsibility(party: p.name, partyType: p.type, role: p.role, duty: h.duty,
                                          task: taskText, deadline: each.isEmpty ? deadline?.deadline.date : each[pn],
                                          line: ct.line(spanStart), span: ct.span(spanStart..<spanEnd)))
            }
        }
        return out
    }

    /// Whether `c` is a clause of supporters and their duty word alone (`各乡镇配合`, `县审计局
    /// 配合`), not a task (`做好配合`).
    static func supportersOnly(_ ct: CleanText, _ c: Range<Int>, _ lx: Lexicon) -> Bool {
        let k = ct.key
        guard let n = lx.dutyCueSet.find(k, endingAt: c.upperBound, floor: c.lowerBound), lx.dutyKinds[n] == .support else { return false }
        let p = c.lowerBound..<c.upperBound - lx.dutyCueSet.word(n).count
        return p.count >= 2 && (PartyParser.isCollective(k, p, lx) || !PartyParser.parse(ct, p.lowerBound, p.upperBound, lx, allowBareName: false).isEmpty)
    }

    /// A cue opening a clause with no party before it, after a first clause that names the
    /// sentence's subject and then its basis (`县住建局、县交通运输局按照各自职责,负责…`): that
    /// subject, as a range, or nil.
    static func subjectOpening(_ k: Scalars, _ clause: Int, floor: Int, _ lx: Lexicon) -> Range<Int>? {
        var c = clause
        while c > floor, k[c - 1] == " " { c -= 1 }
        guard c - 1 > floor, k[c - 1] == "," else { return nil }
        var first = DeadlineExtractor.clauseStart(k, c - 1, floor: floor)
        while first < c - 1, k[first] == " " { first += 1 }
        let stop = min(c - 1, first + Reach.phrase)
        if first == floor {
            var x = lx.sourcePrepositions.nextStart(in: k, from: first + 2, to: stop)
            while x < stop {
                if PartyParser.basisAfterParty(k, at: x, floor: first, limit: c - 1, lx) { return first..<x }
                x = lx.sourcePrepositions.nextStart(in: k, from: x + 1, to: stop)
            }
        }
        // The role it acts in, or where it sits, in the clause just before: `县城投公司作为项目
        // 业主,要加快推进`, `(成立…领导小组,)领导小组办公室设在县政府督查室,负责日常工作`.
        guard first + 2 < stop else { return nil }
        for w in Self.roleOrSeat {
            if let z = k.firstIndex(of: w, in: first + 2..<stop),
               lx.orgSuffixes.match(k, endingAt: z, floor: first) != nil || lx.roleTitles.match(k, endingAt: z, floor: first) != nil {
                return first..<z
            }
        }
        return nil
    }
    static let roleOrSeat = [Scalars("作为"), Scalars("设在")]

    /// `请你局…`: the party a reply or letter names by 你 or 贵 (`PartyParser`) is its addressee, when
    /// the addressee line names one body; with none or several it names no one.
    static func resolvingAddressee(_ resp: [Responsibility], _ addressees: [String]?) -> [Responsibility] {
        guard resp.contains(where: { namesAddressee($0.party) }) else { return resp }
        let sole = addressees?.count == 1 ? addressees![0] : nil
        return resp.compactMap { r in
            guard namesAddressee(r.party) else { return r }
            guard let name = sole else { return nil }
            var r = r
            r.party = name
            return r
        }
    }
    /// Whether a party is named by 你 or 贵 (their UTF-8 bytes E4 BD A0, E8 B4 B5 first: no
    /// String walk).
    @inline(__always) static func namesAddressee(_ party: String) -> Bool {
        var b = party.utf8.makeIterator()
        switch (b.next(), b.next(), b.next()) {
        case (0xE4, 0xBD, 0xA0), (0xE8, 0xB4, 0xB5): return true
        default: return false
        }
    }

    /// The party 对 brings forward at the start of `r` (`对城关镇予以通报批评,…`): the name up
    /// to the verb after it (予以, 给予, 进行, 提出), or nil.
    static func namedAfterDui(_ ct: CleanText, _ r: Range<Int>, _ lx: Lexicon) -> [Party]? {
        let k = ct.key
        var a = Markers.marker(k, at: r.lowerBound, end: r.upperBound)?.range.upperBound ?? r.lowerBound
        while a < r.upperBound, k[a] == " " { a += 1 }
        guard a + 3 < r.upperBound, k[a] == "对" else { return nil }
        var e = a + 1
        // (Bodies listed, `对县交通局、县林业局予以通报批评`, are all brought forward.)
        while e < min(r.upperBound, a + 1 + Reach.phrase), !k[e].isClauseBreak || k[e] == "、", Self.duiVerbs.match(k, at: e, limit: r.upperBound) == nil { e += 1 }
        guard e < r.upperBound, Self.duiVerbs.match(k, at: e, limit: r.upperBound) != nil, lx.orgSuffixes.match(k, endingAt: e, floor: a + 1) != nil || lx.roleTitles.match(k, endingAt: e, floor: a + 1) != nil else { return nil }
        let parties = PartyParser.parse(ct, a + 1, e, lx, allowBareName: false)
        return parties.isEmpty ? nil : parties
    }
    static let duiVerbs = WordSet(table: Tables.duiVerbs)

    /// A cue opening a clause with no party before it, after a clause appointing a person
    /// to a post (`由刘伟同志兼任办公室主任,负责…`, `由王五任组长,负责…`): the person's
    /// name and the post, or nil.
    static func appointed(_ k: Scalars, _ clause: Int, floor: Int) -> (name: Range<Int>, post: Range<Int>)? {
        var c = clause
        while c > floor, k[c - 1] == " " { c -= 1 }
        guard c - 1 > floor, k[c - 1] == "," else { return nil }
        var s = DeadlineExtractor.clauseStart(k, c - 1, floor: floor)
        while s < c - 1, k[s] == " " { s += 1 }
        guard k[s] == "由" else { return nil }
        var z = s + 2
        while z < min(c - 2, s + 1 + Reach.phrase), k[z] != "任" { z += 1 }
        guard z < c - 2, k[z] == "任", !k[z + 1].isClauseBreak else { return nil }
        // (同志 after the name stays: `PartyParser` reads it as the form of address it is.)
        let e = k[z - 1] == "兼" || k[z - 1] == "担" ? z - 1 : z
        return e - (s + 1) >= 2 ? (s + 1..<e, z + 1..<c - 1) : nil
    }
    static let ruleBases = WordSet(table: Tables.ruleBases)
    static let fenBie = Scalars("分别")

    static let qing = Scalars("请"), you = Scalars("由"), huiTong = Scalars("会同")

    /// Parties that 请 at a clause's start asks to do the rest of the clause, added to `hits`
    /// in order: the longest party phrase (an organization, a list of them, a person with a
    /// role) within `Reach.phrase` after 请 that leaves a task of two code points or more.
    /// A party followed by its own duty cue (`请X牵头`) is read there already. `word` is 请,
    /// or a directive's cue that asks as it does (要求 at a clause's start, 责成 anywhere).
    /// `then`: the party must be followed by one of these verbs, which opens its task (for
    /// 由, anywhere in its clause; not as an attribute, `由X组织的活动`); the party leads.
    /// `joined`: the word brings in parties that support the lead's task (`…牵头,会同X、Y,于
    /// 5月底前…`): they may fill their clause, the task following in the next.
    static func asked(_ ct: CleanText, _ r: Range<Int>, _ lx: Lexicon, word: Scalars, then verbs: WordSet? = nil, joined: Bool = false,
                      into hits: inout [Hit]) {
        let k = ct.key
        // The hits found so far are in order; the one that may overlap a clause is found by a
        // pointer that only moves forward (a line of 请 clauses stays linear).
        let found = hits.count
        var next = 0
        var i = r.lowerBound
        // (`2.请分管副县长…`: a list item's marker stands before the clause's start.)
        var markerEnd = -1
        while i < r.upperBound {
            i = k.withUnsafeBufferPointer { firstIndex(of: word[0], in: UnsafeBufferPointer(rebasing: $0[..<r.upperBound]), from: i) }
            if i < r.upperBound, markerEnd < 0 { markerEnd = Markers.marker(k, at: r.lowerBound, end: r.upperBound)?.range.upperBound ?? r.lowerBound }
            guard i < r.upperBound else { break }
            defer { i += 1 }
            // 请 and 要求 open their clause; 责成 follows the meeting that gives the task, and so
            // may 要求 (`会议要求县水利局…`).
            guard word.count == 1 || k.has(word, at: i),
                  verbs != nil || i == r.lowerBound || i == markerEnd || k[i - 1].isClauseBreak || k[i - 1] == " " || word[0] == "责"
                    || word.count > 1 && lx.meetingSubjects.find(k, endingAt: i, floor: r.lowerBound) != nil
                    // `县应急局要会同县水务局,…`: 会同 after the lead's modal.
                    || joined && (k[i - 1] == "要" || k[i - 1] == "应" || k[i - 1] == "须")
                    // `请你局会同县自然资源局…`: 会同 right after the party asked.
                    || joined && hits.contains(where: { $0.phrase.upperBound == i }) else { continue }
            // `请假必须在会前征得…同意`: a word holding the cue (请假, 申请, 的要求) asks no one.
            if verbs == nil, !joined, DirectiveExtractor.excepted(k, i, r, lx) { continue }
            // The party lies within `Reach.phrase` after 请: the clause is looked at no further.
            // `会议要求,县水利局抓紧编制…`: the asking word, then its comma or colon, then the party.
            // (A constant: the nested functions below capture it.)
            let a = i + word.count + (word.count > 1 && verbs == nil && !joined && i + word.count < r.upperBound
                                      && (k[i + word.count] == "," || k[i + word.count] == ":") ? 1 : 0)
            // `对城关镇予以通报批评,责令其于5月20日前完成整改`: 其 is the body the sentence
            // opened with (对X).
            if word.count == 2, a + 1 < r.upperBound, k[a] == "其", let x = namedAfterDui(ct, r.lowerBound..<i, lx) {
                hits.append(Hit(parties: x, phrase: i..<a + 1, duty: .owner, task: a + 1..<r.upperBound, byClause: false))
                continue
            }
            var end = a
            let limit = min(r.upperBound, a + Reach.phrase + 2)
            while end < limit, !k[end].isClauseBreak || k[end] == "、" { end += 1 }
            // A party's name holds no punctuation or quotation marks (`请X局长宣读《…》`).
            var stop = a
            while stop < end, k[stop].isHan || k[stop].isASCIIDigit || k[stop] == "、" || k[stop] == "(" || k[stop] == ")" {
                // `请县住建局按程序报…`: a basis after a party's name ends the name; so does a
                // verb that opens a command (`会议要求县水利局抓紧编制灌区…`: not `…灌区`), or
                // 会同 bringing in its supporters (`请你局会同县自然资源局…`).
                if stop > a + 1, PartyParser.basisAfterParty(k, at: stop, floor: a, limit: end, lx) { break }
                // A name with 同志 ends there (`请刘七同志会后抓紧…`).
                if stop > a + 3, k[stop - 2] == "同", k[stop - 1] == "志" { break }
                if stop > a + 1, lx.imperativeStarts.mayStart(k[stop]) || k[stop] == "会", lx.imperativeStarts.find(k, at: stop, limit: end) != nil || k.has(huiTong, at: stop),
                   lx.orgSuffixes.match(k, endingAt: stop, floor: a) != nil { break }
                stop += 1
            }
            // `请李明副县长负责协调`: the duty cue has read this clause's party.
            while next < found, hits[next].phrase.upperBound <= a { next += 1 }
            guard next == found || !hits[next].phrase.overlaps(a..<end) else { continue }
            var e = min(min(stop, joined ? end : end - 2), a + Reach.phrase)
            // With `verbs`: one of them follows the party, not as an attribute (`由X组织的…`),
            // a basis between allowed (`由县人社局按程序组织实施`).
            func opensTask(_ e: Int) -> Bool {
                var v0 = e
                // `由县人社局会同县教育局组织实施`: the supporters 会同 brings in stand between
                // (read by the 会同 look); the verb follows them.
                if verbs != nil, k.has(huiTong, at: e) {
                    var j = e + 2
                    // (`由县住建局会同县财政局按程序组织实施`: a basis may follow them.)
                    var basis = false
                    while j < min(end, e + 2 + Reach.phrase) {
                        if !basis, PartyParser.basisAfterParty(k, at: j, floor: e + 2, limit: end, lx) { basis = true }
                        if verbs?.match(k, at: j, limit: end) != nil, basis || lx.orgSuffixes.match(k, endingAt: j, floor: e + 2) != nil { break }
                        j += 1
                    }
                    guard j < min(end, e + 2 + Reach.phrase) else { return false }
                    v0 = j
                }
                else if PartyParser.basisAfterParty(k, at: e, floor: a, limit: end, lx) {
                    v0 = e + 1
                    while v0 < min(end, e + 6), verbs?.match(k, at: v0, limit: end) == nil { v0 += 1 }
                }
                // `由城投公司通过融资解决`: how it does the task, then the verb.
                else if verbs != nil, let m = lx.meansBeforeVerb.match(k, at: e, limit: end) {
                    v0 = e + m.count
                    while v0 < min(end, e + m.count + 6), verbs?.match(k, at: v0, limit: end) == nil { v0 += 1 }
                }
                guard let v = verbs?.match(k, at: v0, limit: end) else { return false }
                // (`由X组织的活动` names a thing; `由X组织了调查` tells what was done.)
                return v0 + v.count >= end || k[v0 + v.count] != "的" && k[v0 + v.count] != "了"
            }
            // `请李明副县长协调县财政局…`: a person and a title name the party; the task follows.
            if let p = personWithTitleEnd(k, a, e, lx) { e = p }
            // `请县政府办副主任王五跟踪督办`: a title, then the name, then the task's verb.
            else if verbs == nil, !joined, let p = titleThenNameEnd(k, a, e, lx) {
                let parties = PartyParser.parse(ct, a, p, lx, allowBareName: false)
                if !parties.isEmpty {
                    hits.append(Hit(parties: parties, phrase: i..<p, duty: .owner, task: p..<r.upperBound, byClause: false))
                    continue
                }
            }
            // A party does not end inside a title (`李明副县|长`: 县 ends county names).
            func splitsTitle(_ e: Int) -> Bool {
                for d in 1...2 where e + d <= end {
                    if let t = lx.roleTitles.match(k, endingAt: e + d, floor: a), e + d - t.count < e { return true }
                }
                return false
            }
            while e >= a + 2 {
                if e == end || k[e] != "、" && !PartyParser.joins(k, at: e) && !splitsTitle(e), lx.dutyCueSet.find(k, at: e, limit: end) == nil,
                   verbs == nil || opensTask(e),
                   lx.orgSuffixes.match(k, endingAt: e, floor: a) != nil || lx.roleTitles.match(k, endingAt: e, floor: a) != nil {
                    let parties = PartyParser.parse(ct, a, e, lx, allowBareName: false)
                    var ts = e
                    if joined { while ts < r.upperBound, k[ts] == "," || k[ts] == " " { ts += 1 } }
                    if !parties.isEmpty, r.upperBound - ts >= 2 {
                        let duty: Duty = joined ? .support : verbs == nil ? .owner : .lead
                        hits.append(Hit(parties: parties, phrase: i..<e, duty: duty, task: ts..<r.upperBound, byClause: false))
                        break
                    }
                }
                e -= 1
            }
        }
        if hits.count > 1 { hits.sort { $0.phrase.lowerBound < $1.phrase.lowerBound } }
    }

    /// `X负责的“…”` with the cue's end at `c`: X answers for the quoted task; nil when no body
    /// stands before the cue or no quote closes in reach.
    static func quotedTask(_ ct: CleanText, _ c: Int, _ r: Range<Int>, _ lx: Lexicon) -> Hit? {
        let k = ct.key
        guard c + 2 < r.upperBound, k[c] == "的", k[c + 1] == "“" else { return nil }
        let floor = Markers.marker(k, at: r.lowerBound, end: r.upperBound)?.range.upperBound ?? r.lowerBound
        guard let cue = lx.dutyCueSet.match(k, endingAt: c, floor: floor) else { return nil }
        let e = c - cue.count
        let a = PartyParser.phraseStart(k, e, floor: floor, lx)
        guard e - a >= 2, PartyParser.isOrg(k, a..<e, lx) else { return nil }
        let parties = PartyParser.parse(ct, a, e, lx, allowBareName: false)
        guard !parties.isEmpty else { return nil }
        var close = c + 2
        let limit = min(r.upperBound, c + 2 + Reach.clause)
        while close < limit, k[close] != "”" { close += 1 }
        // A quoted name before a noun (`负责的“老旧小区改造”项目`) names a thing, not a task: the
        // task is a sentence of its own (closing on its stop) or stands alone.
        guard close < limit, k[close - 1].isSentenceEnd || close + 1 >= r.upperBound || !k[close + 1].isHan else { return nil }
        var te = close
        while te > c + 2, k[te - 1].isSentenceEnd { te -= 1 }
        guard te - (c + 2) >= 2 else { return nil }
        return Hit(parties: parties, phrase: a..<e, duty: .lead, task: c + 2..<te, byClause: a > r.lowerBound && k[a - 1] == "由")
    }

    /// The body before `X承担的` / `X负责的` that ends right at `a` (the subject after 的 is
    /// what it holds), with where its name starts; nil when there is none.
    static func holder(_ ct: CleanText, before a: Int, floor: Int, _ lx: Lexicon) -> (parties: [Party], start: Int)? {
        let k = ct.key
        guard a - 1 > floor, k[a - 1] == "的", let v = holderVerbs.match(k, endingAt: a - 1, floor: floor) else { return nil }
        let e = a - 1 - v.count
        let s = PartyParser.phraseStart(k, e, floor: floor, lx)
        guard e - s >= 2, PartyParser.isOrg(k, s..<e, lx) else { return nil }
        let parties = PartyParser.parse(ct, s, e, lx, allowBareName: false)
        return parties.isEmpty ? nil : (parties, s)
    }
    static let holderVerbs = WordSet(table: Tables.holderVerbs)

    static let qinZi = Scalars("亲自")

    /// Where the name after a title in `a..<e` ends, when a task's verb follows it
    /// (`县政府办副主任王五` in `县政府办副主任王五跟踪督办`); else nil.
    static func titleThenNameEnd(_ k: Scalars, _ a: Int, _ e: Int, _ lx: Lexicon) -> Int? {
        var p = a + 2
        while p + 2 < e, p - a <= 10 {
            if let role = lx.roleTitles.match(k, endingAt: p, floor: a), !PartyParser.isFormOfAddress(role) {
                for len in [3, 2] where p + len < e {
                    // (`请县长张三亲自抓…`: 亲自 stands before a task's verb only.)
                    if PartyParser.personName(k, p, p + len, lx) == p..<p + len,
                       DirectiveExtractor.verb(k, p + len, e, lx) != nil || k.has(Self.qinZi, at: p + len) { return p + len }
                }
            }
            p += 1
        }
        return nil
    }

    /// Where a person's name and title that open `a..<e` end (`李明副县长` in
    /// `李明副县长协调县财政局`), when more follows them; else nil.
    static func personWithTitleEnd(_ k: Scalars, _ a: Int, _ e: Int, _ lx: Lexicon) -> Int? {
        var p = a + 3
        while p < e {
            if let role = lx.roleTitles.match(k, endingAt: p, floor: a), !PartyParser.isFormOfAddress(role),
               let name = PartyParser.personName(k, a, p - role.count, lx), name == a..<p - role.count {
                // A title longer than what was matched (副县长 over 县长) ends further on; a
                // list (、, 和) or a duty cue after the title is read as before.
                guard p < e, lx.roleTitles.match(k, endingAt: p + 1, floor: a) == nil, k[p].isHan,
                      !PartyParser.joins(k, at: p), lx.dutyCueSet.find(k, at: p, limit: e) == nil else { return nil }
                return p
            }
            p += 1
        }
        return nil
    }

    /// More parties than a real sentence names (a hostile one may name thousands).
    static let mostHits = 200

    /// Organizations that open a clause and are given a deadline right after their name, with
    /// 于/在 or without (`县财政局于6月底前将资金拨付到位`, `国土所下周完成监测方案编制`), added
    /// to `hits` in order.
    static func dated(_ ct: CleanText, _ r: Range<Int>, _ deadlines: [DeadlineExtractor.Found], _ lx: Lexicon, into hits: inout [Hit]) {
        let k = ct.key
        let before = hits.count
        // A sentence naming more parties than any real one does is dropped later: the look-up
        // over the hits found stops there too (it stays linear).
        for d in deadlines where d.verdict.isDeadline && hits.count <= Self.mostHits {
            var e = d.range.lowerBound
            guard e - 2 > r.lowerBound else { continue }
            // `县财政局:3月底前拨付…`: a task list's row, the body before its colon.
            let row = k[e - 1] == ":" && d.range.upperBound < r.upperBound && k[d.range.upperBound].isHan
            if row { e -= 1 }
            else if k[e - 1] == "于" || k[e - 1] == "在" { e -= 1 }
            else if !(d.range.upperBound < r.upperBound && k[d.range.upperBound].isHan) { continue }   // a verb follows
            // `县财政局、县审计局分别于5月20日、5月31日前…`: each its own, read from 分别 (the task
            // starts there, where the look for respective dates wants it).
            if !row, e - 2 > r.lowerBound, k.has(Self.fenBie, endingAt: e) { e -= 2 }
            var a = DeadlineExtractor.clauseStart(k, e, floor: r.lowerBound)
            // `2.办公室于…`: the item's marker is no part of the name.
            if let m = Markers.marker(k, at: a, end: e) { a = m.range.upperBound }
            guard e - a >= 2, e - a <= Reach.phrase, lx.orgSuffixes.match(k, endingAt: e, floor: a) != nil,
                  !hits.contains(where: { $0.phrase.overlaps(a..<e) || $0.task.lowerBound == e }) else { continue }
            if let pair = broughtIn(ct, a..<e, task: e..<r.upperBound, lx) { hits += pair; continue }
            let parties = PartyParser.parse(ct, a, e, lx, allowBareName: false)
            if !parties.isEmpty { hits.append(Hit(parties: parties, phrase: a..<e, duty: .owner, task: (row ? e + 1 : e)..<r.upperBound, byClause: false)) }
        }
        if hits.count > before { hits.sort { $0.phrase.lowerBound < $1.phrase.lowerBound } }
    }

    /// Organizations opening a clause after the first party's with a verb right after their
    /// name (not 的, 和, 、 …, `notAfterName`), added to `hits` in order as owners.
    static func chained(_ ct: CleanText, _ r: Range<Int>, _ lx: Lexicon, into hits: inout [Hit]) {
        let k = ct.key
        let before = hits.count
        // Clauses after the first party's phrase (`会议要求,请X…,Y…`: not the one before it),
        // or after the first clause (`opensChain`).
        var c = hits.first?.phrase.lowerBound ?? r.lowerBound
        for h in hits where h.phrase.lowerBound < c { c = h.phrase.lowerBound }
        while c < r.upperBound {
            // The next clause start after a comma or semicolon.
            c = Self.clauseCommas.firstIndex(in: k, from: c, to: r.upperBound) + 1
            guard c < r.upperBound, hits.count <= Self.mostHits else { break }
            // A body named by its place (`县审计局`, `市财政局`, `镇卫生院`), where no party is.
            guard adminFirsts.contains(k[c]),
                  !hits.contains(where: { $0.phrase.contains(c) || $0.phrase.lowerBound >= c && $0.phrase.lowerBound < c + 2 }) else { continue }
            hits += bodyOpening(ct, c, r, lx)
        }
        if hits.count > before { hits.sort { $0.phrase.lowerBound < $1.phrase.lowerBound } }
    }

    /// Whether the sentence's first clause ends in a duty word (`各乡镇负责,`) or opens with a
    /// command (`全面开展整治,`): a chain of assignments may go on after it.
    static func opensChain(_ k: Scalars, _ r: Range<Int>, _ lx: Lexicon) -> Bool {
        let e = Self.clauseCommas.firstIndex(in: k, from: r.lowerBound, to: r.upperBound)
        guard e < r.upperBound else { return false }
        // (A body must open a later clause: one look after each comma before the rest.)
        var q = e, bodyLater = false
        while q + 1 < r.upperBound {
            if adminFirsts.contains(k[q + 1]) { bodyLater = true; break }
            q = Self.clauseCommas.firstIndex(in: k, from: q + 1, to: r.upperBound)
        }
        guard bodyLater else { return false }
        return lx.dutyCueSet.find(k, endingAt: e, floor: r.lowerBound) != nil || DirectiveExtractor.opensWithCommand(k, r.lowerBound..<e, lx)
    }

    /// A body named by its place opening a clause at `c` with a verb right after its name
    /// (`县审计局做好审计`, `县农业农村局组织验收`): the body as an owner of the rest.
    static func bodyOpening(_ ct: CleanText, _ c: Int, _ r: Range<Int>, _ lx: Lexicon, verbFirst: Bool = false) -> [Hit] {
        guard let j = bodyNameEnd(ct.key, c, r.upperBound, lx, verbFirst: verbFirst)?.name else { return [] }
        // `…,县森防指挥部也发了预警信号`: what the body did, told.
        if DirectiveExtractor.tellsPast(ct.key, j..<Self.clauseCommas.firstIndex(in: ct.key, from: j, to: min(r.upperBound, j + Reach.clause))) { return [] }
        if let pair = broughtIn(ct, c..<j, task: j..<r.upperBound, lx) { return pair }
        let parties = PartyParser.parse(ct, c, j, lx, allowBareName: false)
        return parties.isEmpty ? [] : [Hit(parties: parties, phrase: c..<j, duty: .owner, task: j..<r.upperBound, byClause: false)]
    }

    /// `县应急局会同县水务局…`, `财务部会同市场经营部…`: the first leads, those it brings in
    /// support; nil unless `phrase` is such a pair.
    static func broughtIn(_ ct: CleanText, _ phrase: Range<Int>, task: Range<Int>, _ lx: Lexicon) -> [Hit]? {
        let k = ct.key
        guard let h = k.firstIndex(of: huiTong, in: phrase), h - phrase.lowerBound >= 2, phrase.upperBound - h - 2 >= 2 else { return nil }
        let lead = PartyParser.parse(ct, phrase.lowerBound, h, lx, allowBareName: false)
        let support = PartyParser.parse(ct, h + 2, phrase.upperBound, lx, allowBareName: false)
        guard !lead.isEmpty && !support.isEmpty else { return nil }
        return [Hit(parties: lead, phrase: phrase.lowerBound..<h, duty: .lead, task: task, byClause: false),
                Hit(parties: support, phrase: h..<phrase.upperBound, duty: .support, task: task, byClause: false)]
    }

    /// Where the name of a body named by its place (`县…局`, `镇…院`), or of a department named
    /// without one (`财务部`, `…领导小组`: `departmentEndings`), opening at `c` ends, a
    /// verb right after it, and where that verb starts; or nil. `verbFirst`: only a verb of
    /// `imperativeStarts` or `byVerbs`, right after the name or after the basis the body acts
    /// on and its comma (`县公安局按照各自职责,开展…`) (a sentence's opening, where `州政府领导要…`,
    /// `县水利局批示:…` give the body no task); else any character that may follow a name, the
    /// name not cut inside a longer ending (`县农业农村|局`). Shared by the directive tests
    /// (`DirectiveExtractor.bodyThenCommand`, `handedOver`).
    static func bodyNameEnd(_ k: Scalars, _ c: Int, _ end: Int, _ lx: Lexicon, verbFirst: Bool) -> (name: Int, verb: Int)? {
        guard c < end, k[c].isHan else { return nil }
        // A company's or an agency's own department has no place in its name (`财务部`,
        // `安全环保部`, `党政办公室`): a short name with a department's ending.
        let placed = adminFirsts.contains(k[c])
        var limit = min(end - 1, c + (placed ? Reach.phrase : Self.departmentReach))
        if !placed {
            // (Most clauses hold no department's ending near their start: one scan turns them away.)
            guard departmentEndings.firstIndex(in: k, from: c + 2, to: limit) < limit,
                  lx.imperativeStarts.find(k, at: c, limit: end) == nil else { return nil }
            // The name ends before the first cue or preposition (`会议同意人力资源部…`, `督查工作由…`).
            var x = c
            while x < limit, !notInDepartment.contains(k[x]), !(lx.cueSet.mayStart(k[x]) && lx.cueSet.find(k, at: x, limit: end) != nil) { x += 1 }
            limit = min(limit, x + 1)
        }
        var j = c + 3
        while j < limit {
            if k[j - 1] == "," || k[j - 1] == ";" { break }
            if let suffix = lx.orgSuffixes.match(k, endingAt: j, floor: c),
               placed || departmentEndings.contains(suffix[suffix.count - 1]) && !attributeAfter(k, j, end),
               k[j].isHan, !notAfterName.contains(k[j]),
               lx.dutyCueSet.find(k, at: j, limit: end) == nil, PartyParser.isOrg(k, c..<j, lx),
               // (How it does the task may come first: `由镇纪委严肃追责问责`.)
               case let vj = j + (lx.meansBeforeVerb.match(k, at: j, limit: end)?.count ?? 0),
               case let verb = lx.imperativeStarts.find(k, at: vj, limit: end) != nil || lx.byVerbs.find(k, at: vj, limit: end) != nil,
               verb || !verbFirst && lx.orgSuffixes.match(k, endingAt: j + 1, floor: c) == nil {
                return (j, j)
            }
            // `县公安局、县市场监管局按照各自职责,开展…`: the basis it acts on, a comma, then the verb.
            if verbFirst, lx.sourcePrepositions.mayStart(k[j]), PartyParser.basisAfterParty(k, at: j, floor: c, limit: end, lx),
               PartyParser.isOrg(k, c..<j, lx) {
                var q = j
                let stop = min(end, j + Reach.clause)
                while q < stop, !k[q].isClauseBreak { q += 1 }
                if q + 1 < end, k[q] == ",", lx.imperativeStarts.find(k, at: q + 1, limit: end) != nil || lx.byVerbs.find(k, at: q + 1, limit: end) != nil {
                    return (j, q + 1)
                }
                // `由县政府办公室按程序印发实施`: a short basis, then the verb in the same clause.
                var v = j + 1
                while v < min(q, j + 6) {
                    if lx.imperativeStarts.find(k, at: v, limit: end) != nil || lx.byVerbs.find(k, at: v, limit: end) != nil { return (j, v) }
                    v += 1
                }
                break
            }
            j += 1
        }
        return nil
    }

    /// Whether the first clause of `t` names someone's charge (`分管副县长为直接责任人`).
    static func firstClauseNamesCharge(_ k: Scalars, _ t: Range<Int>) -> Bool {
        var e = t.lowerBound
        while e < t.upperBound, !k[e].isClauseBreak { e += 1 }
        return e - t.lowerBound >= 5 && k.has(zeRenRen, endingAt: e)
    }
    static let zeRenRen = Scalars("责任人")

    /// The topic opening the clause of a party's phrase with 由 (`城东污水处理厂项目由…`) and
    /// the end of the task's first clause, when that clause is a short verb (`协调`, `承担`:
    /// `shortVerb` code points at most) saying how the party answers for the topic; else nil.
    static func topicBeforeShortVerb(_ k: Scalars, _ phrase: Range<Int>, _ task: Range<Int>, _ r: Range<Int>, _ lx: Lexicon) -> (topic: Int, clauseEnd: Int)? {
        var s = DeadlineExtractor.clauseStart(k, phrase.lowerBound, floor: r.lowerBound)
        if let m = Markers.marker(k, at: s, end: phrase.lowerBound) { s = m.range.upperBound }
        while s < phrase.lowerBound, k[s] == " " { s += 1 }
        let ce = Self.clauseCommas.firstIndex(in: k, from: task.lowerBound, to: task.upperBound)
        guard s + 4 <= phrase.lowerBound, ce - task.lowerBound <= Self.shortVerb, !isFrame(k, s..<phrase.lowerBound, lx),
              !k[s..<phrase.lowerBound].contains(" ") else { return nil }
        return (s, ce)
    }
    static let shortVerb = 4

    /// Whether the clause opens with all of a kind (各…) and a modal of their own soon after
    /// (`各乡镇要…`, `各成员单位须…`).
    static func addressesAll(_ k: Scalars, _ c: Range<Int>) -> Bool {
        guard c.count > 3, k[c.lowerBound] == "各" else { return false }
        var j = c.lowerBound + 2
        while j < min(c.upperBound, c.lowerBound + Self.collectiveModalReach), !k[j].isClauseBreak {
            if k[j] == "要" || k[j] == "须" || k[j] == "应" { return true }
            j += 1
        }
        return false
    }
    /// How far after 各 its modal may stand (`各乡镇(街道)、各有关部门要`).
    static let collectiveModalReach = 16

    /// Whether clause `c` opens with a person: a name with a role (`李明副县长`, `副县长李明`)
    /// or with 同志 (`张华同志`).
    static func opensWithPerson(_ ct: CleanText, _ c: Range<Int>, _ lx: Lexicon) -> Bool {
        let k = ct.key
        // Either way a person's clause opens with a surname or the first of a role title.
        guard !c.isEmpty, lx.surnames.contains(k[c.lowerBound]) || lx.doubleSurnames.mayStart(k[c.lowerBound]) || lx.roleTitles.mayStart(k[c.lowerBound]) else { return false }
        return personAtStart(ct, c, lx) != nil
    }

    /// Whether a clause after a person's name tells what the person did (`…做了全面安排和
    /// 部署`) or said (`强调`, `指出`): the person is the speaker or the subject of a report,
    /// not the one a task is given to.
    static func reportsOrSpeaks(_ k: Scalars, _ r: Range<Int>, _ lx: Lexicon) -> Bool {
        if k[r].contains("了") { return true }
        var a = r.lowerBound
        while a < r.upperBound, k[a] == " " { a += 1 }
        return lx.labelVerbSet.find(k, at: a, limit: r.upperBound) != nil
    }

    /// `会议决定,由X负责…`: what stands before reports the decision (a label such as 会议决定,
    /// or a short phrase ending in one of their verbs: 经研究决定); it is not the task.
    static func isFrame(_ k: Scalars, _ r: Range<Int>, _ lx: Lexicon) -> Bool {
        let s = k.compactString(r)
        return lx.labels.contains(s) || r.count <= 8 && lx.labelVerbs.contains { s.hasSuffix($0) }
    }

    /// A person named with a role at the start of `c`: 宿建军副镇长 or 副镇长宿建军.
    static func personAtStart(_ ct: CleanText, _ c: Range<Int>, _ lx: Lexicon) -> (Party, Int)? {
        let k = ct.key
        var j = c.lowerBound
        let limit = min(c.upperBound, c.lowerBound + 12)
        while j < limit {
            j = lx.roleTitles.nextStart(in: k, from: j, to: limit)
            guard j < limit else { break }
            if let role = lx.roleTitles.match(k, at: j, limit: c.upperBound) {
                // 张华同志: a name with the form of address (not a title: no role).
                let address = PartyParser.isFormOfAddress(role)
                if j > c.lowerBound, let name = PartyParser.personName(k, c.lowerBound, j, lx), name == c.lowerBound..<j {
                    return (Party(name: ct.compactText(name), type: .person, role: address ? nil : ct.string(j..<j + role.count)), j + role.count)
                }
                if address { j += 1; continue }
                if j == c.lowerBound {
                    let ns = j + role.count
                    for len in [3, 2] where ns + len <= c.upperBound {
                        // (A name does not end inside a title: `村支书任组|长` is 任 组长.)
                        // (Nor in the 任 of an appointment: `副镇长李丽任副组长` is 李丽.)
                        if let name = PartyParser.personName(k, ns, ns + len, lx), name == ns..<ns + len,
                           lx.roleTitles.match(k, at: ns + len - 1, limit: c.upperBound) == nil,
                           !(len == 3 && k[ns + 2] == "任" && lx.roleTitles.find(k, at: ns + 3, limit: c.upperBound) != nil) {
                            return (Party(name: ct.compactText(name), type: .person, role: ct.string(j..<ns)), ns + len)
                        }
                    }
                }
                return nil
            }
            j += 1
        }
        return nil
    }
}
