/// Directives: sentences or clauses that instruct, require, forbid, urge or decide.
/// A cue word (要, 必须, 确保, 严禁, 希望 …) counts unless an exception covers it (重要,
/// 要求不具体, 还要进行 …); items under 会议决定:/会议要求: and lists introduced as
/// instructions count by position; in speeches, plans, notices and minutes a sentence
/// that opens with an imperative verb (继续落实好…) counts with no cue at all.
struct FoundDirective {
    var range: Range<Int>
    var modality: Modality
    var cue: String?
    /// The cue when it asks the party named after it (`要求`, `责成`; see `Tables.directiveCues`).
    var asking: Scalars? = nil
}

enum DirectiveExtractor {
    /// A cue found at `pos`: its word by number in the lexicon's cue set.
    struct Cue { var pos: Int; var word: Int; var modality: Modality }

    static let openers: [Scalars] = ["首先", "其次", "再次", "最后", "同时", "另外", "此外", "因此", "为此", "今后", "下一步", "下步"].map { Scalars($0) }

    /// The first cue in `r` that no exception covers, and whether any such cue forbids (all a
    /// directive needs: no list is made per sentence).
    /// `narrates`: the sentence looks back, as a report's or summary's review does (see `dutyToldOf`).
    static func cues(_ k: Scalars, _ r: Range<Int>, _ lx: Lexicon, narrates: Bool = false) -> (first: Cue?, prohibits: Bool) {
        var first: Cue? = nil
        var i = lx.cueSet.nextStart(in: k, from: r.lowerBound, to: r.upperBound)
        while i < r.upperBound {
            guard let n = lx.cueSet.find(k, at: i, limit: r.upperBound) else {
                i = lx.cueSet.nextStart(in: k, from: i + 1, to: r.upperBound); continue
            }
            if excepted(k, i, r, lx) || isDone(k, i, lx.cueSet.word(n).count, r) { i += 1; continue }
            // A cue that describes does so whole: no shorter cue inside it (须 of 必须) is read.
            if describes(k, i, lx.cueSet.word(n), r, lx, narrates: narrates) { i += lx.cueSet.word(n).count; continue }
            if lx.cueBound[n] && !hasDecidingSubject(k, i, lx.cueSet.word(n).count, r, lx, meeting: lx.cueMeeting[n]) {
                // `…反复强调,要求乡镇街道务必要提高认识`: a superior's requirement retold after
                // what it did; the cues of what it asked, in its clause, are retold with it.
                // (`县委要求各乡镇要…` opening a sentence passes the requirement on.)
                if lx.cueMeeting[n], i > r.lowerBound, k[i - 1] == "," {
                    i += lx.cueSet.word(n).count
                    while i < r.upperBound, k[i] != ",", k[i] != ";", k[i] != ":", !k[i].isSentenceEnd { i += 1 }
                } else { i += 1 }
                continue
            }
            var m = lx.cueModalities[n]
            // 不要 forbids.
            let w = lx.cueSet.word(n)
            if w.count == 1 && w[0] == "要", i > r.lowerBound, k[i - 1] == "不" { m = .prohibit }
            if first == nil { first = Cue(pos: i, word: n, modality: m) }
            if m == .prohibit { return (first, true) }
            i += w.count
        }
        return (first, false)
    }

    /// Whether an exception word covers the cue at `pos` (starts at or up to 4 before it).
    static func excepted(_ k: Scalars, _ pos: Int, _ r: Range<Int>, _ lx: Lexicon) -> Bool {
        var q = max(r.lowerBound, pos - 4)
        while q <= pos {
            if let w = lx.cueExceptions.match(k, at: q, limit: r.upperBound), q + w.count > pos {
                // `按照省里要求,` names a requirement; `会议要求,县水利局…` asks (a meeting before it).
                if w[w.count - 1] == ",", q == pos, lx.meetingSubjects.find(k, endingAt: pos, floor: r.lowerBound) != nil { return false }
                return true
            }
            q += 1
        }
        return superiorPlans(k, pos, r, lx)
    }

    /// Whether the cue of `length` code points at `pos` is followed by 了: then it reports what
    /// was done (`杜绝了较大事故`, `确保了资金安全`, `负责了…`), it does not instruct.
    @inline(__always) static func isDone(_ k: Scalars, _ pos: Int, _ length: Int, _ r: Range<Int>) -> Bool {
        pos + length < r.upperBound && k[pos + length] == "了"
    }

    /// Whether the cue `word` at `pos` only names or describes something: it stands inside a
    /// 关于…的 topic (`市委关于今明两年争取完成…的指示精神`), it is a modal in the attribute of a
    /// definition (`…是两项必须完成的政治任务`), or it is the 请 of the meeting's own procedure
    /// (`进行第一项议程,请县水利局通报…`, `下面,请张书记讲话`), or who speaks next (`还要作重要讲话`).
    static func describes(_ k: Scalars, _ pos: Int, _ word: Scalars, _ r: Range<Int>, _ lx: Lexicon, narrates: Bool = false) -> Bool {
        let after = pos + word.count
        // In a look back (`narrates`), a cue after what was done in its sentence (`召开了整改工作
        // 会议,督促…,确保每个问题整改落实到位`) or after words retold (`市长…时指出,要高度重视…`,
        // `强调要推进…`) tells what was done or said then.
        if narrates, pos > r.lowerBound {
            if tellsPast(k, max(r.lowerBound, pos - Reach.clause)..<pos) { return true }
            var e = pos
            if k[e - 1] == "," || k[e - 1] == ":" { e -= 1 }
            if lx.retellingVerbs.find(k, endingAt: e, floor: max(r.lowerBound, e - 4)) != nil { return true }
            // `…还需进一步加强`, `仍需…`: what a look back finds lacking, not an order.
            if word.count <= 2, word[0] == "需", Self.stillBefore.contains(k[pos - 1]) { return true }
            // `…工作正按计划有序推进,确保不漏一户`: what was done aimed at, told.
            if word == Self.queBao, k[pos - 1] == "," { return true }
        }
        // `要求各乡镇每月召开一次例会,已召开例会52次`: a requirement a look back reports, with
        // what was done after it in a later clause of its sentence.
        if narrates, word.count == 2, word == Self.yaoQiu {
            var c = after
            let limit = min(r.upperBound, after + 2 * Reach.clause)   // (bounded: a line of such sentences stays linear)
            while c < limit, k[c] != "," && k[c] != ";" { c += 1 }
            if c < limit, tellsPast(k, c..<limit) { return true }
        }
        // `白书记还要作重要讲话`: who speaks next, as the host's 请 below.
        if word == Self.yao, after + 1 < r.upperBound, k[after] == "作" || k[after] == "做",
           lx.agendaSpeech.find(k, at: after + 1, limit: r.upperBound) != nil { return true }
        // What stands before the cue in its clause, in one look back (at most a clause's reach,
        // so a line of cues stays linear): 关于, 是, 已/经.
        var topic = false, copula = false, reported = false, deliberated = false, matter = false
        var had: Int? = nil
        var s = pos
        let floor = max(r.lowerBound, pos - Reach.clause)
        // (A list of subjects, `这是县委、县政府必须做好的…`, is one clause.)
        while s > floor, !k[s - 1].isClauseBreak || k[s - 1] == "、" {
            let c = k[s - 1]
            if c == "是" { copula = true } else if c == "已" { reported = true } else if c == "有" { had = s - 1 }
            else if c == "研" || c == "讨" || c == "审" { deliberated = true }
            else if c == "经", !deliberated { reported = true }
            else if c == "于", s - 2 >= floor, k[s - 2] == "关" { topic = true }
            else if c == "就", s - 2 >= floor, k[s - 2] == "现" { matter = true }
            s -= 1
        }
        // `现就禁止露天焚烧秸秆有关事项通告如下`: the matter an announcement is about.
        if matter {
            var e = after
            while e < r.upperBound, e < after + Reach.clause, !k[e].isClauseBreak { e += 1 }
            if k.contains(Self.shiXiang, in: after..<e) || k.contains(Self.ruXia, in: after..<e) { return true }
        }
        // `还有大量的工作要做`, `有很长的路要走`: work there is, not work ordered. (`有隐患要整改`,
        // without an amount, is a condition and its order.)
        if word == Self.yao, let h = had, lx.amountsOfWork.find(k, at: h + 1, limit: pos) != nil {
            var j = after
            while j < r.upperBound, j - after < 3, k[j].isHan { j += 1 }
            if j > after, j - after <= 2, j == r.upperBound || k[j].isClauseBreak { return true }
        }
        // `为了做好防汛工作,确保安全度汛,现将有关事项通知如下`: 确保 carrying on the purpose a
        // sentence opens with (为, 为了; not 为此) aims, it does not instruct.
        if word.count == 2, word == Self.queBao, pos > r.lowerBound, k[pos - 1] == "," {
            var o = Markers.marker(k, at: r.lowerBound, end: pos)?.range.upperBound ?? r.lowerBound
            while o < pos, k[o] == " " { o += 1 }
            if o + 1 < pos, k[o] == "为", k[o + 1] != "此" { return true }
        }
        // `让我们…而努力奋斗` calls on all only opening its clause (`这些成绩让我们倍感振奋`: 让
        // makes, it does not call).
        if word.count == 3, word == Self.rangWoMen, pos > r.lowerBound, !k[pos - 1].isClauseBreak, k[pos - 1] != " ",
           Markers.marker(k, at: r.lowerBound, end: pos)?.range.upperBound != pos { return true }
        // `召开这次会议,主要目的是贯彻…,确保全面完成…`: the purpose a meeting is held for.
        // (Looked for within a clause's reach: a line of 确保 stays linear.)
        if word.count == 2, word == Self.queBao, k.contains(Self.muDe, in: max(r.lowerBound, pos - Reach.clause)..<pos) { return true }
        // `已经市政府同意` reports an approval given elsewhere (`经研究同意` decides).
        if reported, word[word.count - 1] == "意" { return true }
        let isQing = word == Self.qing
        let isDuty = word.count == 2 ? word == Self.fuZe || word == Self.qianTou : word.count == 3 && (word == Self.fuZongZe || word == Self.zongFuZe)
        if isDuty, dutyToldOf(k, pos, r, narrates: narrates) { return true }
        // `牢固树立必须抓好项目的理念`: a modal inside the attribute of a mindset one holds.
        let isModal = lx.modalCues.contains(word)
        // A modal with nothing after it in its clause is a noun (`结合疫情防控需要,做好…`,
        // `根据工作需要,`): no verb follows for it to command.
        if isModal, after >= r.upperBound || k[after].isClauseBreak { return true }
        // `全县需要改造的危房还有120户`, `要解决的问题还很多`: a modal and a short verb, then 的
        // and a noun, make an attribute. (`要认真的抓好…`, 的 written for 地, goes on to a verb.)
        if isModal, !copula, shortVerbAttribute(k, after, r.upperBound, lx) || countedAttribute(k, after, r.upperBound) { return true }
        // `需资金300万元`: what is needed, counted (a noun and its figure, no verb): a need told.
        if word.count <= 2, word[0] == "需", neededAmount(k, after, r.upperBound, lx) { return true }
        let held = isModal && !copula && lx.mindsetVerbs.find(k, endingAt: pos, floor: max(r.lowerBound, pos - 4)) != nil
        let modal = isModal && (copula || held)
        guard topic || isQing || isDuty || modal else { return false }
        var end = after
        let limit = min(r.upperBound, after + Reach.clause)
        while end < limit, !k[end].isClauseBreak { end += 1 }
        if topic, k[after..<end].contains("的") { return true }
        if isQing {
            if k.contains(Self.yiCheng, in: max(r.lowerBound, pos - Reach.clause)..<pos) { return true }
            // Items of an agenda listed after it (`会议共有三项议程:` / `一是请X同志通报…;` / `二是…`):
            // the agenda is named before them with no full stop between.
            if followsAgenda(k, r.lowerBound) { return true }
            // `…向大会报告工作,请予审议,并请县政协委员…提出意见`: a report laid before a
            // congress, the formula of courtesy after it.
            if k.contains(Self.qingYuShenYi, in: max(r.lowerBound, pos - Reach.clause)..<pos) { return true }
            // `请X局长宣读《…》`: a reading on the agenda.
            if k.contains(Self.xuanDu, in: after..<min(end, after + Reach.phrase)) { return true }
            var e = end
            while e > after, k[e - 1] == " " { e -= 1 }
            return lx.agendaSpeech.find(k, endingAt: e, floor: after) != nil
        }
        // `负责日常工作的副市长`, `牵头单位`-like attributes: a duty naming who holds it.
        if isDuty {
            var j = after
            while j < end, j < after + 10, k[j] != "的" { j += 1 }
            if j < end, k[j] == "的", j + 1 < end, lx.roleTitles.find(k, at: j + 1, limit: end) != nil || k.has("同志", at: j + 1) { return true }
        }
        guard modal else { return false }
        if held {
            // The attribute ends in 的 and the mindset noun (`…的理念`, `…的意识`).
            var j = after
            while j < end, j < after + 12, k[j] != "的" { j += 1 }
            return j + 1 < end && k[j] == "的" && lx.mindsetNouns.find(k, at: j + 1, limit: end) != nil
        }
        var j = after
        while j < end, j < after + 4, k[j].isHan, k[j] != "的", !attributeStops.contains(k[j]) { j += 1 }
        return j > after && j + 1 < end && k[j] == "的"
    }
    /// Whether the sentence opens with the case a rule is for (`对工作不力的,由…`, `凡…的,`):
    /// what follows is set for every such case, not told.
    static func opensWithCase(_ k: Scalars, _ s: Int, _ end: Int) -> Bool {
        guard s + 3 < end, k[s] == "对" || k[s] == "凡" else { return false }
        var j = s + 1
        let limit = min(end - 1, s + Reach.phrase * 2)
        while j < limit, !k[j].isClauseBreak { j += 1 }
        return j < limit && k[j] == "," && k[j - 1] == "的"
    }

    /// Whether `议程` stands before `start` with no full stop between (the agenda named, then
    /// its items listed with `;`), within three clauses' reach.
    static func followsAgenda(_ k: Scalars, _ start: Int) -> Bool {
        var p = start
        let floor = max(0, start - Reach.clause * 3)
        while p > floor {
            let c = k[p - 1]
            if c == "。" || c == "!" || c == "?" { return false }
            // (Across a paragraph's end only where a list goes on: after `:` or `;`.)
            if c == "\n", !(p - 2 >= floor && (k[p - 2] == ":" || k[p - 2] == ";")) { return false }
            if c == "程", p - 2 >= floor, k[p - 2] == "议" { return true }
            p -= 1
        }
        return false
    }

    /// Whether what follows 需 at `a` is a noun and its figure (`资金300万元`, `人员12名`), no
    /// verb before the figure.
    static func neededAmount(_ k: Scalars, _ a: Int, _ end: Int, _ lx: Lexicon) -> Bool {
        // (Two characters: a noun, `资金`, `经费`, `人员`; `需动员近2万名…` asks for work.)
        guard a + 2 < end, k[a].isHan, k[a + 1].isHan, k[a + 2].isASCIIDigit else { return false }
        return verb(k, a, end, lx) == nil
    }

    /// Whether a modal's verb phrase at `a` (four Han characters at most) qualifies a noun that
    /// is counted in its clause (`需要加快推进的事项3件`, `需要整改的问题共12个`): a tally, no command.
    static func countedAttribute(_ k: Scalars, _ a: Int, _ end: Int) -> Bool {
        var j = a
        while j < end, j - a < 4, k[j].isHan, k[j] != "的" { j += 1 }
        guard j > a, j < end, k[j] == "的" else { return false }
        var c = j + 1
        let limit = min(end, j + 1 + Reach.phrase)
        while c < limit, !k[c].isClauseBreak {
            if k[c].isASCIIDigit { return c > j + 2 }
            c += 1
        }
        return false
    }

    /// Whether a modal's verb at `a` is one or two Han characters followed by 的 and a noun
    /// (not a verb) in the same clause.
    static func shortVerbAttribute(_ k: Scalars, _ a: Int, _ end: Int, _ lx: Lexicon) -> Bool {
        var j = a
        while j < end, j - a < 2, k[j].isHan, k[j] != "的", !attributeStops.contains(k[j]) { j += 1 }
        guard j > a, j + 2 < end, k[j] == "的", k[j + 1].isHan, k[j + 2].isHan,
              Self.mannerWords.find(k, at: a, limit: j).map({ Self.mannerWords.word($0).count == j - a }) != true else { return false }
        return lx.imperativeStarts.find(k, at: j + 1, limit: end) == nil && lx.modalCues.match(k, at: j + 1, limit: end) == nil
    }
    static let mannerWords = WordSet(table: Tables.mannerWords)
    static let yiCheng = Scalars("议程"), xuanDu = Scalars("宣读"), qingYuShenYi = Scalars("请予审议"), shiXiang = Scalars("事项"), ruXia = Scalars("如下"),
               yuYi = Scalars("予以"), rangWoMen = Scalars("让我们"), huiYi = Scalars("会议")
    /// What says a need is still there (`还需`, `仍需`, `尚需`).
    static let stillBefore = ScalarSet("还仍尚".unicodeScalars)
    static let yaoQiu = Scalars("要求")
    static let yao = Scalars("要"), qing = Scalars("请"), fuZe = Scalars("负责"), qianTou = Scalars("牵头"), queBao = Scalars("确保"),
               fuZongZe = Scalars("负总责"), zongFuZe = Scalars("总负责"), muDe = Scalars("目的")
    /// Prepositions and the like: after a modal they open its object (`要把群众的利益…`), so
    /// the 的 after them is no attribute's.
    static let attributeStops = ScalarSet("把对将以在从向为给和与让使由按于同跟".unicodeScalars)

    /// Whether the bound cue of `length` code points at `pos` has a deciding subject: nothing
    /// before it in its clause (after a heading marker), a meeting or body word
    /// (`Lexicon.decidingSubjects`), or an organization, and no 是 (a definition); or a colon
    /// after it (`决定:`).
    /// `meeting`: only a meeting word, or nothing before the cue in its sentence.
    static func hasDecidingSubject(_ k: Scalars, _ pos: Int, _ length: Int, _ r: Range<Int>, _ lx: Lexicon, meeting: Bool = false) -> Bool {
        if !meeting, pos + length < r.upperBound, k[pos + length] == ":" { return true }
        var s = DeadlineExtractor.clauseStart(k, pos, floor: r.lowerBound)
        // `张委员:同意。`: a speaker's turn in a record, the label a person's title; an opinion.
        if s > r.lowerBound + 1, k[s - 1] == ":", lx.roleTitles.match(k, endingAt: s - 1, floor: max(r.lowerBound, s - 9)) != nil { return false }
        if let m = Markers.marker(k, at: s, end: pos) { s = m.range.upperBound }
        var e = pos
        while e > s, k[e - 1] == " " { e -= 1 }
        while s < e, k[s] == " " { s += 1 }
        // An item of a leader's list (`三是要求各网格长…`) opens its clause as a sentence does.
        if meeting { s = afterInlineMarker(k, s, e) }
        if s == e {
            guard meeting else { return decidesAfterClauses(k, s, r, lx) }
            // The sentence's own start (after its marker), or after a topic the sentence
            // opens with (`对工作推进不力的单位,要求…`, `四是针对…问题,要求…`): no one who
            // speaks stands before it.
            let open = sentenceOpen(k, r, before: s)
            // `会议听取了…的汇报,要求县市场监管局…`: the meeting opening the sentence asks, in
            // minutes as at its start.
            let meetingOpens = open + 2 < s && k.has(Self.huiYi, at: open) && !Self.notMeetingAfter.contains(k[open + 2])
            return open == s || meetingOpens || lx.topicOpeners.match(k, at: open, limit: s) != nil
        }
        // `…会议是讨论决定重大事项的会议` defines what a body is; it decides nothing.
        for i in s..<e where k[i] == "是" || lx.sourcePrepositions.match(k, at: i, limit: e) != nil { return false }
        if meeting { return lx.meetingSubjects.match(k, endingAt: e, floor: s) != nil }
        return lx.decidingSubjects.match(k, endingAt: e, floor: s) != nil || PartyParser.isOrg(k, s..<e, lx)
    }

    /// Whether a bound cue with nothing before it in its clause (at `s`) decides: at its
    /// sentence's start (`决定成立…`), or after clauses that say who decides or on what ground
    /// (`经研究,决定…`, `为加强领导,决定成立…`, `县委常委会研究,决定…`). After a statement
    /// (`…划定工作很重要,决定黑山未来发展空间`) it tells what a thing determines.
    static func decidesAfterClauses(_ k: Scalars, _ s: Int, _ r: Range<Int>, _ lx: Lexicon) -> Bool {
        let open = sentenceOpen(k, r, before: s)
        if open >= s || k[open] == "经" || lx.conditionOpeners.match(k, at: open, limit: s) != nil { return true }
        // (Single code points of the tables, 现 and 会, stand for a subject only right before the cue.
        // Within two clauses' reach: a line of such cues stays linear.)
        for i in max(open, s - 2 * Reach.clause)..<s {
            if (lx.decidingSubjects.match(k, at: i, limit: s)?.count ?? 0) >= 2 || (lx.meetingSubjects.match(k, at: i, limit: s)?.count ?? 0) >= 2 { return true }
        }
        return false
    }

    /// Where sentence `r`'s own words start, before `s`: after its heading marker, spaces and an
    /// inline item's marker (`三是`).
    static func sentenceOpen(_ k: Scalars, _ r: Range<Int>, before s: Int) -> Int {
        var open = Markers.marker(k, at: r.lowerBound, end: s)?.range.upperBound ?? r.lowerBound
        while open < s, k[open] == " " { open += 1 }
        return afterInlineMarker(k, open, s)
    }

    /// What follows 会议 when it names no meeting acting (`会议室`, `会议精神`, `会议纪要`).
    static let notMeetingAfter = ScalarSet("室纪精材议中期上间地".unicodeScalars)

    /// Where an inline item's marker (`一是`, `三要`) at `s` ends, else `s`.
    @inline(__always) static func afterInlineMarker(_ k: Scalars, _ s: Int, _ e: Int) -> Int {
        s + 2 <= e && Numerals.digit(k[s]) != nil && (k[s + 1] == "是" || k[s + 1] == "要") ? s + 2 : s
    }

    /// Adverbs that may stand between a body and its 要 (`国家还要`, `省里也要`).
    static let adverbsBeforeYao = ScalarSet("还也将都又".unicodeScalars)

    /// A bare 要 after a body above the speaker (`国家还要抽查`): that body's plan.
    static func superiorPlans(_ k: Scalars, _ pos: Int, _ r: Range<Int>, _ lx: Lexicon) -> Bool {
        guard k[pos] == "要", pos + 1 >= r.upperBound || k[pos + 1] != "求" else { return false }
        var e = pos
        if e > r.lowerBound, adverbsBeforeYao.contains(k[e - 1]) { e -= 1 }
        return lx.superiorBodies.match(k, endingAt: e, floor: r.lowerBound) != nil
    }

    /// `traits` without `.directiveCue`: the sentence holds no cue word (nothing to scan for).
    /// `deadlines`: the sentence's deadlines (a sentence that opens with one, `6月底前公布清单`,
    /// sets a task).
    static func extract(_ ct: CleanText, sentence r: Range<Int>, kind: DocumentKind, forced: Modality?, lexicon lx: Lexicon,
                        traits: SentenceTraits = .all, deadlines: [DeadlineExtractor.Found] = []) -> FoundDirective? {
        let k = ct.key
        let found = traits.contains(.directiveCue) ? cues(k, r, lx, narrates: narrates(kind)) : (first: nil, prohibits: false)
        if let m = forced {
            // An item under `会议要求` that tells what was done (`本月召开了三次会议`, `…已全面
            // 到位`) and has no cue of its own reports; it instructs nothing.
            if found.first == nil, tellsPast(k, r) { return nil }
            let cue = found.first.map { lx.cueSet.words[$0.word] }
            return FoundDirective(range: cutTail(k, Sentences.withoutEndPunct(k, r), after: r.lowerBound), modality: found.prohibits ? .prohibit : m, cue: cue,
                                  asking: found.first.flatMap { lx.cueAsks[$0.word] ? lx.cueSet.word($0.word) : nil })
        }
        if let first = found.first {
            // `大家纷纷表示…,要…`: what those present pledged, reported.
            if traits.contains(.pledge), lx.pledgeWords.occurs(in: k, r.lowerBound..<first.pos) { return nil }
            let modality = found.prohibits ? Modality.prohibit : first.modality
            var start = DeadlineExtractor.clauseStart(k, first.pos, floor: r.lowerBound)
            // A clause before that opens with a deadline belongs to the instruction: the bound
            // of it (`今年年底前,要全面完成…`) or a task of its own (`9月底前完成所有项目开工,确保…`).
            if start > r.lowerBound, k[start - 1] == ",", let d = deadlines.last(where: { $0.range.upperBound <= start - 1 }),
               d.verdict.isDeadline {
                let previous = DeadlineExtractor.clauseStart(k, start - 1, floor: r.lowerBound)
                let opening = Markers.marker(k, at: previous, end: start - 1)?.range.upperBound ?? previous
                if d.range.lowerBound >= opening && d.range.lowerBound <= opening + 2 { start = previous }
            }
            // A plan's task set by its deadline further back, after the basis it acts on
            // (`依据…清单,2022年10月底前编制并公布…,将…纳入…,清单之外一律不得…`): one instruction
            // from the basis on.
            if start > r.lowerBound, givesCommands(kind), let d = deadlines.first(where: { $0.verdict.isDeadline && $0.range.upperBound < start }) {
                let c = DeadlineExtractor.clauseStart(k, d.range.lowerBound, floor: r.lowerBound)
                let opening = Markers.marker(k, at: r.lowerBound, end: c)?.range.upperBound ?? r.lowerBound
                if d.range.lowerBound <= c + 2, basisBefore(k, opening, c, lx), !tellsPast(k, r.lowerBound..<start) {
                    start = r.lowerBound
                }
            }
            // A first clause setting the case, basis or aim (`对工作推进不力的单位,要严肃问责`)
            // belongs to the instruction.
            if start > r.lowerBound, k[start - 1] == ",", setsCase(k, r, start - 1, lx) { start = r.lowerBound }
            // A sentence that opens with a command of its own (`严格按照方案确定职责,明晰…,确保…`)
            // is one instruction from its start.
            else if start > r.lowerBound, givesCommands(kind), opensWithCommand(k, r, lx) { start = r.lowerBound }
            // A command quoted whole (`批示:“立即开展排查,严防死守,确保…”`) starts at its quotation mark.
            else if start > r.lowerBound, let q = quotedCommand(k, r.lowerBound..<start, lx) { start = q }
            let range = cutTail(k, Sentences.withoutEndPunct(k, start..<r.upperBound), after: first.pos)
            return FoundDirective(range: range, modality: modality, cue: lx.cueSet.words[first.word],
                                  asking: lx.cueAsks[first.word] ? lx.cueSet.word(first.word) : nil)
        }
        // A command with no cue word, in texts that give commands.
        guard givesCommands(kind) else { return nil }
        var s = r.lowerBound
        if let m = Markers.marker(k, at: s, end: r.upperBound) { s = m.range.upperBound }
        // A list item set off by a bullet (`- 建立专项工作组`).
        else if s < r.upperBound, !k[s].isHan, Markers.bullets.contains(k[s]) { s += 1; while s < r.upperBound, k[s] == " " { s += 1 } }
        s = afterInlineMarker(k, s, r.upperBound)
        // A task cell's name before the task (`整改措施:严格落实…`): the task is what follows.
        if let v = ResponsibilityTable.taskCellValue(k, s, r.upperBound) { s = v }
        if let o = k.hasAny(openers, at: s) { s += o.count; while s < r.upperBound, k[s] == "," || k[s] == " " { s += 1 } }
        // A deadline run straight into its verb (`2024年6月底前公布清单`) sets a task, also after
        // a short subject and 于/在 (`各牵头单位于2月29日前将方案报送…`, as notices write).
        let deadlineLed = deadlines.first.map { d in
            // `对…的单位,由县考核办于3月20日之前通报`: a clause handing the task to a party (由X)
            // counts from its 由, as a sentence's start does.
            let c = d.range.lowerBound > s ? DeadlineExtractor.clauseStart(k, d.range.lowerBound, floor: s) : s
            // After a clause of when (`整改完成后,于10月15日前形成报告`) or of the basis
            // (`依据…清单,2022年10月底前编制…`) the deadline's clause opens the task.
            let when = c > s + 2 && k[c - 1] == "," && (k[c - 2] == "后" || k[c - 2] == "时") || basisBefore(k, s, c, lx)
            let subject = (c > s && c + 1 < d.range.lowerBound && k[c] == "由" && k[c + 1] != "于" ? c + 1 : when ? c : s)..<d.range.lowerBound
            // (or right after an organization's name: `县财政局6月底前拨付资金`, also with a colon
            // between, as task lists write a body's row: `县财政局:3月底前拨付…`)
            let named = subject.count >= 3 && k[subject.upperBound - 1] == ":"
                ? lx.orgSuffixes.match(k, endingAt: subject.upperBound - 1, floor: subject.lowerBound) != nil && !k[subject.lowerBound..<subject.upperBound - 1].contains(where: { $0.isClauseBreak })
                : false
            let led = subject.isEmpty || named || subject.count <= 14 && (k[d.range.lowerBound - 1] == "于" || k[d.range.lowerBound - 1] == "在"
                                                                  || lx.orgSuffixes.match(k, endingAt: d.range.lowerBound, floor: subject.lowerBound) != nil)
                && !k[subject].contains(where: { $0.isClauseBreak })
            if missesBound(k, subject) { return false }
            // The verb may follow a comma (`于2月8日前,将方案报送…`).
            var v = d.range.upperBound
            if v < r.upperBound, k[v] == "," { v += 1 }
            return led && v < r.upperBound && k[d.range.upperBound - 1] == "前"
                && k[v].isHan && r.upperBound - v >= 4
        } ?? false
        var w = commandAt(k, s, r.upperBound, lx) ?? framedCommand(k, s, r.upperBound, lx)
            ?? (kind == .plan || kind == .notice || kind == .minutes ? bodyThenCommand(k, s, r.upperBound, lx) : nil)
        // An instruction passed on in quotation marks (`传达了…的批示:“立即开展隐患排查,严防死守。”`).
        var inner = r.upperBound   // the sentence without the quotation's close and its end mark
        while inner > s, k[inner - 1] == "”" || k[inner - 1].isSentenceEnd { inner -= 1 }
        // (Most sentences have no quotation: looked for eight code points a compare first.)
        if w == nil, !deadlineLed, s < inner,
           k.withUnsafeBufferPointer({ firstIndex(of: "“", in: UnsafeBufferPointer(rebasing: $0[..<inner]), from: s) }) < inner,
           let q = quotedCommand(k, s..<inner, lx), !tellsPast(k, q..<r.upperBound) {
            return FoundDirective(range: cutTail(k, Sentences.withoutEndPunct(k, q..<r.upperBound), after: q), modality: .must,
                                  cue: lx.imperativeStarts.match(k, at: q, limit: r.upperBound).map { $0.string(0..<$0.count) })
        }
        // `资金缺口部分,由镇财政所想办法解决,10月15日前落实到位`: a clause handing the task to a
        // body (由, its name, its verb) assigns it; a speech's sentence only with a deadline
        // (speeches also tell who carried out what).
        if w == nil, !deadlineLed, traits.contains(.handOver), kind != .speech || deadlines.contains(where: { $0.verdict.isDeadline }) || opensWithCase(k, s, r.upperBound),
           let v = handedOver(k, s, r.upperBound, lx), case let c = DeadlineExtractor.clauseStart(k, v.at, floor: s), !tellsPast(k, c..<r.upperBound) {
            // (`会议讨论通过了《…》,由X按程序印发实施`: what the meeting did before the clause
            // tells nothing of the hand-over, which is the instruction.)
            w = v.verb
            if c > s, tellsPast(k, s..<c) { s = c }
        }
        guard deadlineLed || r.upperBound - s >= 6 && w != nil
                || (kind == .plan || kind == .notice || kind == .minutes) && closesOnBound(k, r, deadlines) else { return nil }
        if tellsOrDefines(k, s, r.upperBound) || isPhaseName(k, s..<r.upperBound) || namesShortcoming(k, s..<r.upperBound, lx)
            || announcesWhatFollows(k, r) || namesWhyItMatters(k, s, r.upperBound) { return nil }
        return FoundDirective(range: cutTail(k, Sentences.withoutEndPunct(k, r), after: s), modality: .must, cue: w.map { $0.string(0..<$0.count) })
    }

    /// `…进展情况,每月5日前上报`, `…落实情况在会后7日内上报`: a rule closing on its bound (前, 内)
    /// and a short task, as plans, notices and minutes set them (a report tells it, with 了/已;
    /// a bound missed, 未按要求于…前报送, commands nothing).
    static func closesOnBound(_ k: Scalars, _ r: Range<Int>, _ deadlines: [DeadlineExtractor.Found]) -> Bool {
        guard let d = deadlines.first(where: { d in
            guard d.verdict.isDeadline, d.range.upperBound < r.upperBound,
                  k[d.range.upperBound - 1] == "前" || k[d.range.upperBound - 1] == "内",
                  let v = TimeGrammar.taskWords.match(k, at: d.range.upperBound, limit: r.upperBound) else { return false }
            return Sentences.withoutEndPunct(k, d.range.upperBound..<r.upperBound).count - v.count <= Self.closingTask
        }) else { return false }
        return !tellsPast(k, r) && !missesBound(k, r.lowerBound..<d.range.lowerBound)
    }

    /// `县交通局未按要求于9月15日前报送…`: a bound missed, told of (未, 没有, not 未来), in what
    /// stands before it; it commands nothing.
    static func missesBound(_ k: Scalars, _ before: Range<Int>) -> Bool {
        for n in before {
            let next: Unicode.Scalar = n + 1 < before.upperBound ? k[n + 1] : " "
            if k[n] == "未" && next != "来" || k[n] == "没" && next == "有" { return true }
        }
        return false
    }

    /// The most code points after a closing bound's verb for it to close a rule (`上报` +
    /// `工作总结`).
    static let closingTask = 6

    /// A plan's, notice's or minutes' sentence that opens with a body named by its place and a
    /// verb right after the name (`县农业农村局组织验收,…`), or after the basis it acts on: the
    /// verb, or nil. (Not in speeches, which also tell what bodies have been doing; minutes tell
    /// it with 了, which `tellsOrDefines` turns away.)
    static func bodyThenCommand(_ k: Scalars, _ s: Int, _ end: Int, _ lx: Lexicon) -> Scalars? {
        ResponsibilityExtractor.bodyNameEnd(k, s, end, lx, verbFirst: true).flatMap { verb(k, $0.verb, end, lx) }
            ?? collectiveThenCommand(k, s, end, lx)
    }

    /// `各乡镇制定具体实施方案`, `各乡镇、各部门开展自查`: those addressed as a whole (各…),
    /// then a verb opening a task, as a plan sets its steps.
    static func collectiveThenCommand(_ k: Scalars, _ s: Int, _ end: Int, _ lx: Lexicon) -> Scalars? {
        guard s + 3 < end, k[s] == "各" else { return nil }
        var j = s + 2
        while j < end, j - s <= Self.collectiveReach, k[j].isHan || k[j] == "、" || k[j] == "(" || k[j] == ")" {
            // (The run before the verb ends as a body does: `各乡镇分管组织工作的…` is no task.)
            if k[j].isHan, k[j - 1] != "、",
               lx.orgSuffixes.match(k, endingAt: j, floor: s + 1) != nil || lx.bareBodies.match(k, endingAt: j, floor: s + 1) != nil {
                // (How often between: `各乡镇每月报送进展情况`.)
                let f = Self.frequencies.match(k, at: j, limit: end).map { j + $0.count } ?? j
                // (`各单位承担的…任务`: the verb qualifies a thing, it sets no step.)
                if let v = verb(k, f, end, lx), f + v.count >= end || k[f + v.count] != "的" { return v }
            }
            j += 1
        }
        return nil
    }
    /// How often a task comes back, between those it is set for and its verb.
    static let frequencies = WordSet(table: Tables.frequencies)
    /// The longest run of collectives read before their verb (`各乡镇(街道)、各部门`).
    static let collectiveReach = 14

    /// The verb of `imperativeStarts` or `byVerbs` at `i`.
    @inline(__always) static func verb(_ k: Scalars, _ i: Int, _ end: Int, _ lx: Lexicon) -> Scalars? {
        lx.imperativeStarts.match(k, at: i, limit: end) ?? lx.byVerbs.match(k, at: i, limit: end)
    }

    /// The verb after the first 由 in `s..<end` that a body named by its place follows, the
    /// verb right after the name (`由镇财政所想办法解决`, `该项目由县住建局组织实施`), or nil.
    static func handedOver(_ k: Scalars, _ s: Int, _ end: Int, _ lx: Lexicon) -> (verb: Scalars, at: Int)? {
        var c = s
        while c + 4 < end {
            if k[c] == "由", c == s || !notHandOverBefore.contains(k[c - 1]), let e = ResponsibilityExtractor.bodyNameEnd(k, c + 1, end, lx, verbFirst: true) {
                // (How the body does it may stand before the verb: `由镇纪委严肃追责问责`.)
                let v = e.verb + (lx.meansBeforeVerb.match(k, at: e.verb, limit: end)?.count ?? 0)
                return verb(k, v, end, lx).map { ($0, c) }
            }
            c += 1
        }
        return nil
    }

    /// Whether the duty cue at `pos` (负责, 牵头 …) is told of, not given: 了 or 已 before it in its
    /// clause (`明确了县(市、区)长负总责、…的要求`), or a sentence opening with the date a status is
    /// given at (`截至目前,县自然资源局负责国债项目5个,开工2个`). Shared by the directive and
    /// responsibility tests.
    /// `narrates`: in a report's or summary's look back (not under a heading of plans) a duty
    /// tells who did the work (`县住建局牵头实施城区雨污分流改造`); only a modal there commands.
    static func dutyToldOf(_ k: Scalars, _ pos: Int, _ r: Range<Int>, narrates: Bool = false) -> Bool {
        if narrates { return true }
        if r.count > 3 && k[r.lowerBound] == "截" && (k[r.lowerBound + 1] == "至" || k[r.lowerBound + 1] == "止")
            || tellsPast(k, DeadlineExtractor.clauseStart(k, pos, floor: r.lowerBound)..<pos) { return true }
        // `县住建局牵头实施雨污分流改造,已完成主管网铺设18公里`: the next clause opens with
        // what is done (已, 目前已, 现已), so the duty is a status reported (not `已下达的资金
        // 要…`: 已 in an attribute).
        var e = pos
        let limit = min(r.upperBound, pos + Reach.clause)
        var attribute = false   // `X牵头实施的项目已全部完工`: the duty qualifies what is done
        while e < limit, !k[e].isClauseBreak {
            if k[e] == "的", e - pos <= Self.dutyAttribute { attribute = true }
            else if attribute, k[e] == "已" || k[e] == "了" { return true }
            e += 1
        }
        guard e < limit, k[e] == "," else { return false }
        let next = e + 1..<min(r.upperBound, e + 1 + Self.statusOpening)
        return tellsPast(k, next) && !k[next.lowerBound..<min(r.upperBound, next.upperBound + 3)].contains("的")
    }
    /// How far after a duty cue its 的 makes it an attribute (`牵头实施的`).
    static let dutyAttribute = 8
    /// How far into the next clause its 已 may stand (`目前已`, `现已`, `均已`).
    static let statusOpening = 5

    static let notHandOverBefore = ScalarSet(Tables.notHandOverBefore.unicodeScalars)

    /// Where a quotation opened after a colon (`批示:“…`, `指出:“…`) starts with an imperative
    /// verb in `r`: the position after its opening mark, or nil. The last quotation in `r`
    /// that is still open at its end.
    static func quotedCommand(_ k: Scalars, _ r: Range<Int>, _ lx: Lexicon) -> Int? {
        var i = r.upperBound
        while i > r.lowerBound + 1 {
            i -= 1
            if k[i] == "”" { return nil }
            if k[i] == "“" {
                guard k[i - 1] == ":", let w = lx.imperativeStarts.match(k, at: i + 1, limit: r.upperBound),
                      i + 1 + w.count < r.upperBound else { return nil }
                return i + 1
            }
        }
        return nil
    }

    /// Kinds of text that look back: a duty cue there tells who did the work.
    @inline(__always) static func narrates(_ kind: DocumentKind) -> Bool { kind == .report || kind == .summary }

    /// Kinds of text whose sentences may command with no cue word (a verb opening them).
    @inline(__always) static func givesCommands(_ kind: DocumentKind) -> Bool {
        kind == .speech || kind == .plan || kind == .notice || kind == .minutes
    }

    /// The imperative verb opening `s..<end`, unless the words there name a thing
    /// (`组织指挥体系`, `Tables.nounStarts`).
    @inline(__always) static func commandAt(_ k: Scalars, _ s: Int, _ end: Int, _ lx: Lexicon) -> Scalars? {
        guard let w = lx.imperativeStarts.match(k, at: s, limit: end) else { return nil }
        return lx.nounStarts.mayStart(k[s]) && lx.nounStarts.find(k, at: s, limit: end) != nil ? nil : w
    }

    /// Whether the sentence (after its marker) opens with an imperative verb and neither
    /// tells nor defines (`tellsOrDefines`).
    static func opensWithCommand(_ k: Scalars, _ r: Range<Int>, _ lx: Lexicon) -> Bool {
        var s = r.lowerBound
        if let m = Markers.marker(k, at: s, end: r.upperBound) { s = m.range.upperBound }
        // (An inline item's marker, `三是加快…,争取…`, as a heading's.)
        s = afterInlineMarker(k, s, r.upperBound)
        if let v = ResponsibilityTable.taskCellValue(k, s, r.upperBound) { s = v }
        return commandAt(k, s, r.upperBound, lx) != nil && !tellsOrDefines(k, s, r.upperBound) && !namesItem(k, s, r.upperBound)
    }

    /// Whether `s..<c` is one clause, ended by the comma before `c`, naming the basis a task acts
    /// on (`依据国家行政许可事项清单,`: a word of `sourcePrepositions` opening it).
    static func basisBefore(_ k: Scalars, _ s: Int, _ c: Int, _ lx: Lexicon) -> Bool {
        c > s + 2 && k[c - 1] == "," && lx.sourcePrepositions.match(k, at: s, limit: c) != nil
            && DeadlineExtractor.clauseStart(k, c - 1, floor: s) == s
    }

    /// Whether the sentence's first clause ends at `comma` and opens (after its marker) with a
    /// word of `Tables.conditionOpeners`, telling nothing done.
    static func setsCase(_ k: Scalars, _ r: Range<Int>, _ comma: Int, _ lx: Lexicon) -> Bool {
        var s = Markers.marker(k, at: r.lowerBound, end: comma)?.range.upperBound ?? r.lowerBound
        while s < comma, k[s] == " " { s += 1 }
        guard s < comma, lx.conditionOpeners.mayStart(k[s]), let w = lx.conditionOpeners.match(k, at: s, limit: comma),
              DeadlineExtractor.clauseStart(k, comma, floor: r.lowerBound) <= s else { return false }
        // 对 and 凡 set a case by naming who or what (`对…的单位`, `凡是…的`, `对此`), or decide
        // on it (`对县交通局予以通报批评,责令其…`), not in a clause that tells (`对外贸易增长15%`).
        if k[s] == "对" || k[s] == "针" || k[s] == "凡" {
            let a = s + w.count
            guard a < comma, k[a] == "此" || k[a..<comma].contains("的") || k.contains(Self.yuYi, in: a..<comma) else { return false }
        }
        return !tellsPast(k, s..<comma)
    }

    /// Whether the first clause from `s` names why a task matters (`开展矿山专项整治工作的必要性`,
    /// `推进乡村振兴的重大意义`): a heading about the task, not the command to do it.
    static func namesWhyItMatters(_ k: Scalars, _ s: Int, _ end: Int) -> Bool {
        var c = s
        while c < end, !k[c].isClauseBreak { c += 1 }
        guard let w = Self.whyItMatters.find(k, endingAt: c, floor: s) else { return false }
        let d = c - Self.whyItMatters.word(w).count
        return d > s && k[d - 1] == "的"
    }
    static let whyItMatters = WordSet(table: Tables.whyItMatters)

    /// Whether the sentence ends announcing what follows (`制定实施方案如下:`, `现将有关事项通知
    /// 如下`): the items after it instruct, the announcement does not.
    static func announcesWhatFollows(_ k: Scalars, _ r: Range<Int>) -> Bool {
        var e = r.upperBound
        while e > r.lowerBound, k[e - 1].isSentenceEnd || k[e - 1] == ":" || k[e - 1] == " " { e -= 1 }
        return e - r.lowerBound > 2 && k[e - 2] == "如" && k[e - 1] == "下"
    }

    /// Whether the first clause from `s` is an item's short name before its colon
    /// (`联合督导机制:由领导小组牵头,…`): a name, not a command.
    static func namesItem(_ k: Scalars, _ s: Int, _ end: Int) -> Bool {
        var c = s
        while c < end, c - s <= 12, !k[c].isClauseBreak { c += 1 }
        return c < end && k[c] == ":"
    }

    /// Whether what runs from `s` to `end` tells the past (了, 已经) or, in its first clause,
    /// defines (`加强合作是…的重要举措`): a verb opening it then commands nothing.
    static func tellsOrDefines(_ k: Scalars, _ s: Int, _ end: Int) -> Bool {
        if tellsPast(k, s..<end) { return true }
        var c = s
        while c < end, !k[c].isClauseBreak { if k[c] == "是" { return true }; c += 1 }
        // `做好防汛抗旱工作,直接关系到…`: the first clause is the subject of what the next says.
        guard c + 2 < end, k[c] == "," else { return false }
        var v = c + 1
        if let a = Self.predicateAdverbs.match(k, at: v, limit: end) { v += a.count }
        return Self.subjectPredicates.match(k, at: v, limit: end) != nil
    }
    /// What says something of a task named before it (`Tables.subjectPredicates`), and the
    /// adverbs that may precede it (`直接`, `都`).
    static let subjectPredicates = WordSet(table: Tables.subjectPredicates)
    static let predicateAdverbs = WordSet(table: Tables.predicateAdverbs)
    static let jieDuan = Scalars("阶段")

    /// Whether the sentence names a shortcoming found (`落实主体责任不到位的问题`, as a
    /// rectification plan heads its items): a verb opening it then commands nothing. Its
    /// first clause ends in 问题 (or 现象), a word of `Tables.shortcomings` just before the 的.
    static func namesShortcoming(_ k: Scalars, _ r: Range<Int>, _ lx: Lexicon) -> Bool {
        var e = r.lowerBound
        while e < r.upperBound, !k[e].isClauseBreak, !k[e].isSentenceEnd, !k[e].isOpeningBracket { e += 1 }
        guard e - r.lowerBound >= 4, k[e - 1] == "题" && k[e - 2] == "问" || k[e - 1] == "象" && k[e - 2] == "现" else { return false }
        var d = e - 2
        let listed = d > r.lowerBound && k[d - 1] == "等"   // `…不力等问题`
        if listed { d -= 1 }
        if d > r.lowerBound, k[d - 1] == "的" { d -= 1 } else if !listed { return false }
        return lx.shortcomings.match(k, endingAt: d, floor: r.lowerBound) != nil
    }

    /// Whether the sentence tells of something done: 了 as an aspect mark (not 为了, 除了,
    /// 不了, 了解), or 已 before a verb (已经 among them).
    /// `yiFrom`: from there on 已 qualifies an object (`完成已改厕所排查`: after the verb), so
    /// only 了 tells.
    static func tellsPast(_ k: Scalars, _ r: Range<Int>, yiFrom: Int = Int.max) -> Bool {
        for i in r {
            if k[i] == "了" {
                let before = i > r.lowerBound ? k[i - 1] : " "
                if before == "为" || before == "除" || before == "不" || (i + 1 < r.upperBound && k[i + 1] == "解") { continue }
                return true
            }
            // (`对已改厕所开展…`, `将已建项目纳入…`: 已 after a preposition qualifies the object.)
            if k[i] == "已", i < yiFrom, i + 1 < r.upperBound, k[i + 1].isHan,
               i == r.lowerBound || k[i - 1] != "而" && k[i - 1] != "得" && !Self.objectPrepositions.contains(k[i - 1]) { return true }
        }
        return false
    }

    /// Prepositions that bring an object forward (`对已改厕所…`, `把已建成的…`).
    static let objectPrepositions = ScalarSet("对将把".unicodeScalars)

    /// A command whose verb a frame puts later: after a basis and its comma
    /// (`根据通用责任清单要求,进一步细化…`), or after the object `对`/`针对` brings forward
    /// (`对权力清单进行动态调整`, `针对企业用工开展…培训`). Returns the verb.
    static func framedCommand(_ k: Scalars, _ s: Int, _ end: Int, _ lx: Lexicon) -> Scalars? {
        guard s < end, framedFirsts.contains(k[s]) else { return nil }
        if let b = lx.sourcePrepositions.match(k, at: s, limit: end) {
            var i = s + b.count
            let limit = min(end, s + 40)
            while i < limit, !k[i].isClauseBreak, !k[i].isSentenceEnd { i += 1 }
            guard i < limit, k[i] == "," else { return nil }
            return lx.imperativeStarts.match(k, at: i + 1, limit: end)
        }
        if let t = lx.topicOpeners.match(k, at: s, limit: end) {
            var i = s + t.count
            while i + 3 < end, !k[i].isClauseBreak, !k[i].isSentenceEnd {
                for v in framedVerbs where k.has(v, at: i) && k[i + 2].isHan && k[i + 3].isHan { return v }
                i += 1
            }
        }
        return nil
    }
    static let framedVerbs: [Scalars] = [Scalars("进行"), Scalars("开展")]
    /// First code points of the frames: most sentences are turned away by one test.
    static let framedFirsts = ScalarSet((WordSet.entries(Tables.sourcePrepositions) + WordSet.entries(Tables.topicOpeners)).compactMap { $0.first?.unicodeScalars.first })

    /// A plan's phase (`组织实施阶段(2024年4月至10月)`, `全面推开阶段`): a short name ending in
    /// 阶段, a time in brackets after it allowed. It names a stage and commands nothing.
    static func isPhaseName(_ k: Scalars, _ r: Range<Int>) -> Bool {
        var e = r.lowerBound
        while e < r.upperBound, !k[e].isOpeningBracket, !k[e].isClauseBreak, !k[e].isSentenceEnd { e += 1 }
        return e - r.lowerBound <= 10 && e - r.lowerBound >= 4 && k.has(jieDuan, at: e - 2)
            && (e == r.upperBound || k[e].isOpeningBracket || k[e].isSentenceEnd)
    }

    static let reportOpeners = ["目前", "截至", "截止", "现已", "已经", "今年以来", "去年"]
    static let reportOpenerSet = WordSet(reportOpeners)
    /// What a report clause needs somewhere after the cue: a digit, %, 达/占, or the first
    /// character of a report opener.
    static let reportTriggers = ScalarSet(reportOpeners.map { $0.unicodeScalars.first! } + ["达", "占", "%"] + "0123456789".unicodeScalars)
    /// What follows 我 when the speaker's own body opens a clause (我局, 我县 …; not 我们, who may be told).
    static let ownBodies = ScalarSet("局县市区镇乡委办厅院".unicodeScalars)
    /// Whether a clause from `from` on opens with the speaker's own body (`,我局…`).
    @inline(__always) static func ownBodyClause(_ k: Scalars, from: Int, to end: Int) -> Bool {
        var i = from + 1
        while i + 1 < end {
            if k[i] == "我", k[i - 1].isClauseBreak, ownBodies.contains(k[i + 1]) { return true }
            i += 1
        }
        return false
    }
    /// Words that keep such a clause an instruction or a plan (`我们要…`, `我局将…`).
    static let clauseModals = ScalarSet("要将应须需必".unicodeScalars)

    /// Drops clauses after the cue that only report: a figure reached (`发放率达100%`,
    /// `占比为35%`) or the state of things (`目前已完成80%`).
    static func cutTail(_ k: Scalars, _ r: Range<Int>, after cue: Int) -> Range<Int> {
        // Most directives hold nothing a report clause needs: no digit, %, 达/占, nor the
        // first character of a report opener after the cue. Then there is nothing to cut.
        guard reportTriggers.firstIndex(in: k, from: max(cue, r.lowerBound), to: r.upperBound) < r.upperBound
                || ownBodyClause(k, from: max(cue, r.lowerBound), to: r.upperBound) else { return r }
        let openers = reportOpenerSet
        for c in Sentences.Clauses(k, r) where c.lowerBound > cue {
            var hasFigure = false, hasReach = false
            for i in c {
                let x = k[i]
                // (达 reaching a figure: 达到, 达90%; not 下达, 传达, 送达.)
                if x == "%" || x.isASCIIDigit { hasFigure = true }
                else if x == "占" || x == "达" && i + 1 < c.upperBound && (k[i + 1] == "到" || k[i + 1] == "成" || k[i + 1].isASCIIDigit || Numerals.digit(k[i + 1]) != nil) { hasReach = true }
            }
            // `县委要求各乡镇要抓好产业发展,我局积极配合,…`: the speaker's body tells what it did.
            let ownReport = k[c.lowerBound] == "我" && c.count > 2 && ownBodies.contains(k[c.lowerBound + 1])
                && !k[c].contains(where: { clauseModals.contains($0) })
            // `…,确保全县秸秆综合利用率达到92%以上`: a figure set as a target (a requiring cue
            // opening the clause, `Tables.forwardCues`, or a modal in it) stays.
            if hasFigure && hasReach, DeadlineExtractor.requiringCues.match(k, at: c.lowerBound, limit: c.upperBound) != nil
                || k[c].contains(where: { clauseModals.contains($0) }) {
                continue
            }
            if hasFigure && hasReach || ownReport || openers.find(k, at: c.lowerBound) != nil {
                var b = c.lowerBound
                while b > r.lowerBound, k[b - 1].isClauseBreak || k[b - 1] == " " { b -= 1 }
                return r.lowerBound..<b
            }
        }
        return r
    }
}
