import XCTest
@testable import GongwenKit

final class StructureTests: XCTestCase {
    /// The titles of the documents parsed from `text`.
    func titles(_ text: String) -> [String?] { Parser().parse(text: text).documents.map(\.title) }

    /// Items are put in span order stably, whether they come in order (nothing moves) or
    /// not (table rows added after the sentences): the same as a stable sort.
    func testItemsSortedByStartStably() {
        for _ in 0..<300 {
            let n = Int.random(in: 0..<12)
            var items = (0..<n).map { i in (start: Int.random(in: 0..<6), id: i) }
            if Bool.random() { items.sort { $0.start < $1.start || $0.start == $1.start && $0.id < $1.id } }
            var sorted = items
            Parser.sortByStart(&sorted) { $0.start }
            let expected = items.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            XCTAssertEqual(sorted.map(\.id), expected.map(\.id))
        }
    }

    /// Minutes' head fields by their role in the field table: who attended, who was
    /// absent, who chaired, and the date (from 会议时间 or 发布日期 alike).
    func testHeadFieldsByRole() {
        for dateField in ["会议时间", "发布日期", "印发日期"] {
            let text = """
            城关镇第三次镇长办公会议纪要
            \(dateField):2023年5月6日
            主持:李明
            参会人员:王强、赵刚
            请假:孙丽
            会议决定,由王强负责道路维修工作,6月底前完成。
            """
            let d = Fixture.parse(text).documents[0]
            XCTAssertEqual(d.date, "2023-05-06", dateField)
            XCTAssertEqual(d.chair, ["李明"], dateField)
            XCTAssertEqual(d.attendees, ["王强", "赵刚"], dateField)
            XCTAssertEqual(d.absent, ["孙丽"], dateField)
        }
        // Names set apart only by spaces (cleanup drops spaces between characters; the
        // source still shows them), a two-character name spaced out kept whole.
        let spaced = Fixture.parse("工作会议纪要\n参会人员:王强 李华 赵敏 孙涛\n列席:高 谱 县发改局 县财政局\n会议要求各单位抓好落实。").documents[0]
        XCTAssertEqual(spaced.attendees, ["王强", "李华", "赵敏", "孙涛", "高谱", "县发改局", "县财政局"])
        // A title in brackets after the chair's name; a headcount given whole; a date a label
        // at the foot introduces (`下次会议时间:`) is not the document's.
        let village = Fixture.parse("村民会议记录\n日期:2023年10月15日\n会议主持:李建国(村主任)\n参会人员:村民代表共32人,其中缺席2人,实到30人\n会议决定:\n1.由村委会完善方案。\n下次会议时间:\n2023年11月15日").documents[0]
        XCTAssertEqual(village.chair, ["李建国"])
        XCTAssertEqual(village.attendees, ["村民代表共32人,其中缺席2人,实到30人"])
        XCTAssertEqual(village.date, "2023-10-15")
        // The chair named before the room the meeting was held in; the people of bodies listed
        // (`…主要负责同志`) are the bodies.
        let held = Fixture.parse("东山镇党委会议纪要\n2024年8月20日上午,镇党委书记张卫东在镇政府三楼会议室主持召开党委会议。\n列席:县住建局、县财政局主要负责同志").documents[0]
        XCTAssertEqual(held.chair, ["张卫东"])
        XCTAssertEqual(held.attendees, ["县住建局", "县财政局"])
        // A title alone before the name in a field (`主持人:总经理 王建国`) is the name's.
        let company = Fixture.parse("总经理办公会会议纪要\n主持人:总经理 王建国\n参会人员:李明、张华\n会议要求各部门抓好落实。").documents[0]
        XCTAssertEqual(company.chair, ["王建国"])
        // …also with its body's short name (`主持:镇党委书记 李明`).
        XCTAssertEqual(Fixture.parse("东山镇党委会议纪要\n主持:镇党委书记 李明\n会议要求各村抓好落实。").documents[0].chair, ["李明"])
        XCTAssertEqual(Fixture.parse("XX村村民代表大会会议纪要\n主持人:村党支部书记 王建华\n会议要求各组抓好落实。").documents[0].chair, ["王建华"])
        // Minutes numbered by the year under their title, opening with the meeting's day: that
        // day of that year, which the deadlines take.
        for issue in ["〔2024〕第6期", "2024年第6次"] {
            let m = Fixture.parse("县委常委会会议纪要\n\(issue)\n5月10日,县委书记张明主持召开县委常委会会议。\n会议要求,县农业农村局要在7月15日前提交规划。").documents[0]
            XCTAssertEqual(m.date, "2024-05-10", issue)
            XCTAssertEqual(m.deadlines.map(\.date), ["2024-07-15"], issue)
        }
        XCTAssertEqual(company.attendees, ["李明", "张华"])
        // …and titles after a bare name (`主持:刘建华 县委常委、常务副县长`); a name with its
        // title stays a person.
        let titled = Fixture.parse("关于供热工作的会议纪要\n主持:刘建华 县委常委、常务副县长\n参加:王强、李四副县长\n会议要求各部门抓好落实。").documents[0]
        XCTAssertEqual(titled.chair, ["刘建华"])
        XCTAssertEqual(titled.attendees, ["王强", "李四副县长"])
        // A template's date under the signature: no date, and the signature is the issuer.
        let template = Fixture.parse("市政府:\n工业园规划编制工作需经费1190万元。\n妥否,请批示。\n淮北临涣工业园管委会\nX年XX月XX日").documents[0]
        XCTAssertEqual(template.issuer, "淮北临涣工业园管委会")
        XCTAssertNil(template.date)
        // A news page's stamp, other fields after it on the line.
        let news = Fixture.parse("县东西部协作规划部署会召开\n刊发日期:2021-09-20 阅读次数: 作者:\n9月16日,我县召开部署会议。各项目业主单位要力争年底前完成项目任务。")
        XCTAssertEqual(news.documents.first?.date, "2021-09-20")
        XCTAssertEqual(news.allDeadlines.map(\.date), ["2021-12-31"])
        // A stamp line with fields after the time.
        let stamped = Fixture.parse("全县2024年一季度经济运行调度会召开\n2024-02-20 09:37 作者:王钦  来源:县融媒体中心\n2月19日,全县经济运行调度会召开。会议强调,要全力确保开门红。")
        XCTAssertEqual(stamped.documents.first?.date, "2024-02-20")
    }

    func testSeedDocumentsAndTitles() {
        let r = Fixture.parse(Fixture.text(Fixture.seedName))
        XCTAssertEqual(r.documents.map(\.title), [
            "2013年第一季度重点项目和重点工作汇报会上的讲话", "瑞安市科协召开第一季度工作汇报会",
            "大石窝镇重点项目(工程)进展情况汇报会会议纪要", "2013年第一季度重点工作完成情况",
            "在市政府重点项目和重点工作推进电视电话会议上的讲话(通用)", "在重点工作推进会上的讲话",
        ])
        XCTAssertEqual(r.documents.map(\.kind), [.speech, .report, .minutes, .summary, .speech, .speech])
        XCTAssertEqual(r.documents.map(\.date), ["2013", nil, "2011-06-07", "2013", nil, nil])
        XCTAssertEqual(r.documents.map(\.lines), [[1, 8], [9, 18], [19, 57], [58, 70], [71, 113], [114, 135]])
        XCTAssertEqual(r.documents[3].issuer, "xxxx区人力资源和社会保障局")
        XCTAssertEqual(r.documents[1].chair, ["方杰"])
        XCTAssertEqual(r.documents[2].absent, ["姜洪国"])
        XCTAssertEqual(r.documents[2].attendees?.prefix(2), ["李光明", "薛满德"])
    }

    /// Documents run together without a divider split at the next title with what opens its
    /// kind (a speech's `同志们:`, minutes' fields, a notice's addressees; a date or number
    /// line between too); a title a web page repeats under its blurb does not.
    func testDocumentsRunTogether() {
        let two = Fixture.parse("在全县安全生产工作会议上的讲话\n同志们:\n今天召开会议。\n一、提高认识\n各乡镇要高度重视。\n在全县防汛工作会议上的讲话\n(2024年5月6日)\n同志们:\n汛期将至。\n一、压实责任\n各部门要压实责任。")
        XCTAssertEqual(two.documents.map(\.title), ["在全县安全生产工作会议上的讲话", "在全县防汛工作会议上的讲话"])
        XCTAssertEqual(two.documents.map(\.date), [nil, "2024-05-06"])
        XCTAssertEqual(two.documents.map { Fixture.headings($0).count }, [1, 1])
        let repeated = Fixture.parse("在园区推进会议上的讲话\n下面是为大家整理的在园区推进会议上的讲话,供参考。\n在园区推进会议上的讲话\n同志们:\n今天召开会议。")
        XCTAssertEqual(repeated.documents.count, 1)
        // Two speeches of one name, each opening under its title: two documents.
        let twice = Fixture.parse("在全县信访联席会议上的讲话\n同志们:\n今天召开会议。\n一、提高认识\n各乡镇要高度重视。\n在全县信访联席会议上的讲话\n同志们:\n下面讲三点意见。")
        XCTAssertEqual(twice.documents.map(\.title), ["在全县信访联席会议上的讲话", "在全县信访联席会议上的讲话"])
        // Reports read to a congress open as speeches do; a compilation's contents (two entries
        // under `目录`) stand before the first one's own title.
        let reports = Fixture.parse("政府工作报告汇编\n目录\n1. 包头市政府工作报告 5\n2. 保定市政府工作报告 38\n包头市政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告政府工作。\n一、2023年工作回顾\n全市地区生产总值增长6.1%。\n保定市政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告工作。")
        XCTAssertEqual(reports.documents.map(\.title), ["包头市政府工作报告", "保定市政府工作报告"])
        XCTAssertEqual(reports.documents.first?.sections.map(\.marker), ["一、"])
        // Contents listing the titles alone (page numbers at the ends, one title written
        // otherwise than in the body).
        let titles = Fixture.parse("镇长讲话汇编\n目录\n县XX镇镇长在三级干部大会的讲话 2\n乡长在人居环境整治推进会上的讲话 20\nXX县XX镇镇长在三级干部大会的讲话\n同志们:\n一、统一思想\n各村要在3月底前完成谋划。\n乡长在人居环境整治推进会上的讲话\n同志们:\n乡环卫所要在6月底前完成建设。")
        XCTAssertEqual(titles.documents.map(\.title), ["XX县XX镇镇长在三级干部大会的讲话", "乡长在人居环境整治推进会上的讲话"])
        XCTAssertEqual(titles.documents.first?.sections.map(\.marker), ["一、"])
        // Minutes opening with the day and who chaired.
        let minutes = Fixture.parse("在全镇防汛工作会议上的讲话\n同志们:\n各村要在5月底前完成防汛准备。\n东山镇党委会议纪要\n2024年5月8日,镇党委书记张卫东主持召开党委会议。会议要求,各村抓好防汛工作。")
        XCTAssertEqual(minutes.documents.map(\.title), ["在全镇防汛工作会议上的讲话", "东山镇党委会议纪要"])
        XCTAssertEqual(minutes.documents.last?.chair, ["张卫东"])
        // Minutes at their first field, a notice at its addressees (a number line between).
        let more = Fixture.parse("城建工作专题会议纪要\n时间:2024年3月5日\n会议决定:\n一、由县住建局负责,6月底前完成。\n防汛工作专题会议纪要\n时间:2024年4月8日\n会议决定:\n一、由县水利局负责。\n关于做好安全检查的通知\nX政办发〔2024〕3号\n各乡镇:\n请于5月10日前完成检查。")
        XCTAssertEqual(more.documents.map(\.title), ["城建工作专题会议纪要", "防汛工作专题会议纪要", "关于做好安全检查的通知"])
        XCTAssertEqual(more.documents.map(\.date), ["2024-03-05", "2024-04-08", nil])
    }

    func testBracketedDividers() {
        let r = Fixture.parse("【篇一】在全县工作会议上的讲话\n同志们：\n一、提高认识\n要高度重视。\n【篇二】2020年工作总结\n一、主要成绩\n取得了成效。")
        XCTAssertEqual(r.documents.map(\.title), ["在全县工作会议上的讲话", "2020年工作总结"])
        XCTAssertEqual(r.documents.map(\.kind), [.speech, .summary])
        // The compilation's name, its divider and the document's title on one line, under a
        // site's blurb (no document of its own).
        let named = Fixture.parse("镇长工作会议上的讲话稿\n下面是本站小编给大家整理的镇长工作会议上的讲话稿,仅供参考。\n镇长工作会议上的讲话稿\n"
            + "镇长工作会议上的讲话稿【篇一】:在全镇村干部工作会议上的讲话\n同志们:\n一、当前形势\n各村要在6月10日前完成核查。\n"
            + "镇长工作会议上的讲话稿【篇二】:在全镇安全生产工作会议上的讲话\n同志们:\n镇安监站要在5月底前完成排查。")
        XCTAssertEqual(named.documents.map(\.title), ["在全镇村干部工作会议上的讲话", "在全镇安全生产工作会议上的讲话"])
        XCTAssertEqual(named.documents.first?.sections.map(\.marker), ["一、"])
        // The page's lines under the text (`上一篇:…`, `相关推荐` and its links) are no document's.
        let page = Fixture.parse("关于做好秋冬季森林防火工作的通知\n各乡镇人民政府:\n一、提高思想认识\n各乡镇要切实加强组织领导。\n二、强化火源管控\n县林业局要在11月1日前完成巡查。\n县应急管理局\n2024年10月15日\n"
            + "扫一扫在手机打开当前页\n上一篇:关于开展安全生产月活动的通知\n相关推荐\n1.关于做好2023年秋冬季森林防火工作的通知\n2.关于加强野外用火管理的通告")
        XCTAssertEqual(page.documents.count, 1)
        XCTAssertEqual(Fixture.headings(page.documents[0]).map(\.marker), ["一、", "二、"])
        // (A sentence naming a divider is none: `这是第二篇【篇二】…` has a comma or a stop before.)
        XCTAssertEqual(Fixture.parse("在全县会议上的讲话\n同志们:\n请看附件,详见【篇二】:有关说明。\n一、提高认识").documents.count, 1)
        // A compilation's name, a divider on its own line, then the document's own title: the
        // title is the document's (with none after the divider, as in the seed, the name is).
        for d in ["【篇一】", "篇一:", "第一篇", "【第1篇】", "【范文1】"] {
            let two = d.replacingOccurrences(of: "一", with: "二").replacingOccurrences(of: "1", with: "2")
            let c = Fixture.parse("安全生产讲话稿范文(精选2篇)\n\(d)\n在全县安全生产会议上的讲话\n同志们:\n一、提高认识\n各乡镇要在6月底前完成排查。\n"
                + "\(two)\n在全市防汛工作会议上的讲话\n同志们:\n一、压实责任\n县水利局要加强巡查。")
            XCTAssertEqual(c.documents.map(\.title), ["在全县安全生产会议上的讲话", "在全市防汛工作会议上的讲话"], d)
        }
        XCTAssertEqual(Fixture.parse("在全县安全生产会议上的讲话(通用)\n篇一:\n同志们:\n一、提高认识\n各乡镇要在6月底前完成排查。").documents.map(\.title),
                       ["在全县安全生产会议上的讲话(通用)"])
    }

    /// Compilation sites print the divider after the title too (`…纪要 [篇2]`, `…(第二篇)`):
    /// the title is the document's, the compilation's own title above it is none.
    func testDividerAfterTheTitle() {
        let r = Fixture.parse("会议纪要范文(精选3篇)\n\n镇长办公会会议纪要 【篇一】\n时间:2010年7月10日\n会议要求各村抓紧落实。\n\n防汛工作会议纪要 (第二篇)\n镇人民政府办公室 二O一O年七月三日\n会议要求各村抓紧落实。\n\n安全生产会议纪要 [篇3]\n一、会议要求\n要抓紧落实。")
        XCTAssertEqual(r.documents.map(\.title), ["镇长办公会会议纪要", "防汛工作会议纪要", "安全生产会议纪要"])
        XCTAssertEqual(r.documents.map(\.date), ["2010-07-10", "2010-07-03", nil])
        // Lines above a labelled divider head the compilation; samples numbered 范文N divide.
        let numbered = Fixture.parse("会议纪要范文(精选3篇)\n\n第1篇:镇长办公会会议纪要\n会议要求各村抓紧落实。\n\n范文二:防汛工作会议纪要\n会议要求各村抓紧落实。")
        XCTAssertEqual(numbered.documents.map(\.title), ["镇长办公会会议纪要", "防汛工作会议纪要"])
        // The title run into its divider (`篇一在…`, `篇1 在…` with the stray space dropped).
        let runIn = Fixture.parse("讲话稿范文（精选2篇）\n篇一在全镇工作会议上的讲话\n同志们：\n各村要在6月底前完成任务。\n篇2 在全镇安全生产会议上的讲话\n同志们：\n各村要抓好落实。")
        XCTAssertEqual(runIn.documents.map(\.title), ["在全镇工作会议上的讲话", "在全镇安全生产会议上的讲话"])
        // The compilation's name, then the number (`…范文 第1篇`): the title is on the line after.
        let after = Fixture.parse("政府会议纪要范文(通用5篇)\n政府会议纪要范文 第1篇\n县政府常务会议纪要\n会议要求各村抓紧落实。\n政府会议纪要范文第2篇\n镇党委会议纪要\n会议要求各村抓紧落实。")
        XCTAssertEqual(after.documents.map(\.title), ["县政府常务会议纪要", "镇党委会议纪要"])
        // …also as `名 篇N`, `名范文(一)`, `名范文二`.
        for (a, b) in [("会议纪要 篇1", "会议纪要 篇2"), ("会议纪要范文（一）", "会议纪要范文（二）"), ("会议纪要范文一", "会议纪要范文二")] {
            let r = Fixture.parse("\(a)\n县政府常务会议纪要\n会议要求各村抓紧落实。\n\(b)\n镇党委会议纪要\n会议要求各村抓紧落实。")
            XCTAssertEqual(r.documents.map(\.title), ["县政府常务会议纪要", "镇党委会议纪要"], a)
        }
        // With no title under it, the name before the number is the title; a bracketed note
        // alone under it (`(草案)`) is none.
        let named = Fixture.parse("联席会议制度范文(12篇)\n联席会议制度实施方案篇一\n为切实加强学校安全管理工作,制定本制度。\n一、各科室要按时参加会议。\n联席会议制度实施方案篇二\n(草案)\n第一条 为了保障职工民主管理权利,制定本制度。")
        XCTAssertEqual(named.documents.map(\.title), ["联席会议制度实施方案", "联席会议制度实施方案"])
        // A title closing on its own note goes on with no line under it (an author, a site).
        XCTAssertEqual(Fixture.parse("政府会议纪要具体范文(通用5篇)\n\n小伞\n导读 会议纪要分为专题型纪要和综合性纪要。").documents.first?.title, "政府会议纪要具体范文(通用5篇)")
        // A compilation's name (`精选3篇`) and a title with brackets of its own divide nothing.
        for line in ["会议纪要范文(精选3篇)", "关于印发方案的通知(试行)", "2024年工作要点[第二稿]", "范文一则值得学习", "范文十分重要", "篇二十个",
                     "共收录范文5篇", "要认真学习这篇", "这是第二篇", "学习了范文3", "开篇一"] {
            let k = Scalars(line)
            if case .divider = LineShape.classify(k, 0..<k.count) { XCTFail(line) }
        }
    }

    /// A whole compilation that lost its line breaks starts like a divider (第一篇:…) but is
    /// text: its headings and directives are read, not swallowed into a 50 MB title.
    func testLongLineStartingLikeADividerIsText() {
        let body = "第一篇:在全县工作会议上的讲话同志们:今天召开会议。一、提高认识。要高度重视安全生产。二、落实责任。各乡镇要在6月底前完成排查。"
        let r = Fixture.parse(body)
        XCTAssertEqual(r.documents.count, 1)
        XCTAssertNil(r.documents[0].title)
        XCTAssertEqual(Fixture.headings(r.documents[0]).count, 2)
        XCTAssertFalse(r.documents[0].directives.isEmpty)
        let k = Scalars("第一篇:在全县工作会议上的讲话")
        guard case .divider = LineShape.classify(k, 0..<k.count) else { return XCTFail("a short label is a divider") }
    }

    func testTableOfContentsIsAnOutlineNotSectionsNorDocuments() {
        let r = Fixture.parse(Fixture.text(Fixture.seedName))
        let d = r.documents[4]
        XCTAssertGreaterThanOrEqual(d.outline.count, 17)
        XCTAssertTrue(d.outline.allSatisfy { (74...90).contains($0.line) })
        XCTAssertFalse(Fixture.headings(d).isEmpty)
        func lines(_ ss: [Section]) -> [Int] { ss.flatMap { [$0.line] + lines($0.children) } }
        XCTAssertTrue(lines(d.sections).allSatisfy { !(74...90).contains($0) })
    }

    /// Under a line naming it (`目录/提纲:`), a list is a table of contents though a copy cut
    /// short repeats few of its entries; that line is no title.
    func testContentsNamedByTheirLine() {
        let r = Fixture.parse("目录/提纲:……\n一、认清形势,统一思想\n(一)从气象预测趋势看\n(二)从特殊县情看\n二、明确任务,强化措施\n……\n同志们:\n一、认清形势,统一思想\n要提高认识。")
        let d = r.documents[0]
        XCTAssertNil(d.title)
        XCTAssertEqual(d.sections.map(\.line), [8])
        XCTAssertEqual(d.outline.count, 4)
    }

    /// Contents with leaders and page numbers before the title: an outline, and the title
    /// after them is the document's.
    func testContentsWithLeadersBeforeTheTitle() {
        let r = Fixture.parse("目  录\n一、坚定信心,奋力实现全年目标…………………1\n二、突出重点,全力抓好项目建设…………3\n三、强化担当,确保各项任务落实......5\n"
            + "在全县经济工作会议上的讲话\n同志们:\n一、坚定信心,奋力实现全年目标\n今年以来,经济稳中有进。\n二、突出重点,全力抓好项目建设\n各乡镇要抓好项目。\n三、强化担当,确保各项任务落实\n县督查室要加强督查。")
        XCTAssertEqual(r.documents.map(\.title), ["在全县经济工作会议上的讲话"])
        XCTAssertEqual(r.documents[0].outline.map(\.title), ["坚定信心,奋力实现全年目标", "突出重点,全力抓好项目建设", "强化担当,确保各项任务落实"])
        XCTAssertEqual(r.documents[0].sections.map(\.line), [7, 9, 11])
        // A notice issuing two plans keeps its own kind.
        XCTAssertEqual(Fixture.parse("关于印发A县重点工作责任分解方案和B项目实施方案的通知\n各乡镇:\n现印发给你们。").documents.first?.kind, .notice)
    }

    /// A minutes' decisions that open alike (`会议原则同意…`) are headings, not contents: a
    /// contents list's entries are found later each at a place of its own, not all at one item.
    func testItemsOpeningAlikeAreNoContents() {
        let r = Fixture.parse("常务会议纪要\n现将会议确定事项纪要如下:\n一、关于城乡统筹有关问题\n"
            + "(一)会议原则同意县经发局关于召开全县城乡统筹重点工作推进会的筹备意见,会议时间另行确定。由统筹办组织对今年社区建设进行验收之后,召开专题会议研究解决存在的问题。\n"
            + "(二)会议原则同意县经发局关于进一步加强工作机制建设的意见,修改完善后报县委常委会议研究。\n"
            + "(三)会议原则同意县住建局提交的管理办法,修改完善后报县委常委会议研究。\n"
            + "(四)会议原则同意县经发局关于成立能源协调领导小组的意见,会后以政府办文件印发。\n"
            + "(五)关于县农机修造厂改制有关问题:一是职工回迁原址安置,一律按新建房成本价安置;二是职工搬迁过渡费按5元/平米支付;三是经发局要认真做好离退休职工的思想稳定工作。\n"
            + "二、关于秋冬农业生产有关问题\n(一)会议原则同意县农业局关于召开秋冬农业工作会议的筹备意见。")
        let d = r.documents[0]
        XCTAssertTrue(d.outline.isEmpty)
        XCTAssertEqual(Fixture.headings(d).map(\.marker), ["一、", "(一)", "(二)", "(三)", "(四)", "(五)", "二、", "(一)"])
    }

    /// A web copy with its sections on one line: each heading after the full stop ending the
    /// one before, also where the first heading's title runs on to that stop.
    func testSectionsRunTogetherOnOneLine() {
        let r = Fixture.parse("XX县2024年防汛工作方案\n一、总体要求 坚持人民至上,确保安全度汛。二、工作目标 确保不发生重大人员伤亡。三、主要措施 (一)加强监测预警。县气象局要加强监测。(二)强化隐患排查。各乡镇要在5月底前完成排查。四、保障措施 县财政局负责经费保障。")
        let h = Fixture.headings(r.documents[0])
        XCTAssertEqual(h.map(\.marker), ["一、", "二、", "三、", "(一)", "(二)", "四、"])
        XCTAssertEqual(h.map(\.depth), [1, 1, 1, 2, 2, 1])
        XCTAssertEqual(h[0].title, "总体要求坚持人民至上,确保安全度汛")
    }

    /// A copy that joined a document's lines with spaces: headings after the space the source
    /// broke the line at, a list's first item after its heading's words, items after `; `.
    func testHeadingsOfALineJoinedWithSpaces() {
        let r = Fixture.parse("2024年镇建设项目推进工作方案 一、背景与目标 随着城市化进程的推进,制定本方案。 目标如下: 1.推进城市化建设; 2.加强乡村振兴工作。 "
            + "二、项目推进措施 1.推进城市化建设 (1)加快完成基础设施建设项目。 (2)加强公共设施建设。 2.强化乡村振兴工作 (1)制定乡村振兴规划。")
        XCTAssertEqual(r.documents.map(\.title), ["2024年镇建设项目推进工作方案"])
        let h = Fixture.headings(r.documents[0])
        XCTAssertEqual(h.map(\.marker), ["一、", "1.", "2.", "二、", "1.", "(1)", "(2)", "2.", "(1)"])
        XCTAssertEqual(h.map(\.depth), [1, 2, 2, 1, 2, 3, 3, 2, 3])
        XCTAssertEqual(h[3].title, "项目推进措施")
        // The title ends where the source broke its line (`背景与目标 随着…`), not at a line that
        // wrapped at the page's width (`…桥梁、给 排水…`); `第一,` after a heading's words.
        XCTAssertEqual(h[0].title, "背景与目标")
        let wrapped = Fixture.parse("工作方案 一、背景与目标 随着城市化进程的不断推进,本镇面临着经济发展、生态环 境改善、社会建设等方面的挑战和机遇,制定本方案。 "
            + "二、措施 (1)加快完成城市基础设施建设项目,包括道路、桥梁、给 排水等方面,提高通行效率。 (2)加强公共设施建设。")
        XCTAssertEqual(Fixture.headings(wrapped.documents[0]).map(\.title), ["背景与目标", "措施", "加快完成城市基础设施建设项目,包括道路、桥梁、给排水等方面,提高通行效率", "加强公共设施建设"])
        let speech = Fixture.parse("在镇月度工作会议上的讲话 同志们: 今天召开会议,主要任务是传达学习区委区政府专题会议精神,对当前及今后一个时期的重点工作进行再动员、再部署。下面,我讲两点意见。 一、提高站位、认清形势,吹响决战决胜的“冲锋号” 思想是行动的先导。 "
            + "第一,要提升政治站位。决战四季度。 第二,要认清发展形势。 二、聚焦重点、精准发力 第一,抓项目。镇招商办要在11月15日前完成签约。 第二,保稳定。")
        let sh = Fixture.headings(speech.documents[0])
        XCTAssertEqual(sh.map(\.marker), ["一、", "第一,", "第二,", "二、", "第一,", "第二,"])
        XCTAssertEqual(sh.map(\.depth), [1, 2, 2, 1, 2, 2])
        XCTAssertEqual(sh[0].title, "提高站位、认清形势,吹响决战决胜的“冲锋号”")
        XCTAssertEqual(sh[3].title, "聚焦重点、精准发力")
        // A list's first item right after the title; headings all as short as each other.
        let items = Fixture.parse("工作方案 1.加强组织领导 各乡镇要高度重视,切实抓好落实。 2.强化督查考核 县督查室要每月通报一次。 3.严格责任追究 对工作不力的,严肃问责。")
        XCTAssertEqual(items.documents.map(\.title), ["工作方案"])
        XCTAssertEqual(Fixture.headings(items.documents[0]).map(\.title), ["加强组织领导", "强化督查考核", "严格责任追究"])
        // A stray space inside a heading of a text that keeps its lines stays in the title.
        XCTAssertEqual(Fixture.headings(Fixture.parse("一、切 实加强组织领导\n各乡镇要高度重视。").documents[0]).map(\.title), ["切实加强组织领导"])
        // A number after a stray space inside a sentence is no heading.
        XCTAssertEqual(Fixture.headings(Fixture.parse("一、工作成效\n今年完成投资 1.5亿元,增长 2.3%。").documents[0]).count, 1)
    }

    func testRunInHeadings() {
        let r = Fixture.parse("一、坚持问题导向,紧盯目标,确保完成全年各项工作任务 (一)扬优势、补短板。自今年以来,我们做了工作。\n(二)抓关键、破瓶颈。当前困难不少。")
        let h = Fixture.headings(r.documents[0])
        XCTAssertEqual(h.map(\.marker), ["一、", "(一)", "(二)"])
        XCTAssertEqual(h.map(\.depth), [1, 2, 2])
        XCTAssertEqual(h[0].title, "坚持问题导向,紧盯目标,确保完成全年各项工作任务")
        XCTAssertEqual(h[1].title, "扬优势、补短板")
    }

    /// An article run into its chapter's title (`第二章内容及程序第五条…`), and a list opening
    /// after a heading's colon (`…原则:〔一〕遵守…`, `…主要包括:1.…`) whose second item starts a
    /// line further on.
    func testArticlesAndListsRunIntoAHeadingLine() {
        let text = "四议两公开工作制度\n第一章 总则\n第四条运用工作法,必须遵循以下原则:〔一〕遵守党的相关政策和法律法规。\n〔二〕尊重和保障党员群众的民主权利。\n第二章内容及程序第五条决策和实施的事项,要符合法律法规。\n〔一〕实施的事项,主要包括:1.村民自治章程的制定;新农村建设规划。\n2.村集体土地的承包、流转。\n"
        let h = Fixture.headings(Fixture.parse(text).documents[0])
        XCTAssertEqual(h.map(\.marker), ["第一章", "第四条", "〔一〕", "〔二〕", "第二章", "第五条", "〔一〕", "1.", "2."])
        XCTAssertEqual(h.map(\.title), ["总则", "运用工作法,必须遵循以下原则", "遵守党的相关政策和法律法规", "尊重和保障党员群众的民主权利",
                                       "内容及程序", "决策和实施的事项,要符合法律法规", "实施的事项,主要包括", "村民自治章程的制定", "村集体土地的承包、流转"])
        XCTAssertEqual(h.map(\.depth), [1, 2, 3, 3, 1, 2, 3, 4, 4])
        // A general article before the first chapter: the chapter is no part of it.
        let g = Fixture.headings(Fixture.parse("县政府会议制度\n第一条 县政府会议包括全体会议和常务会议。\n第一章 县政府全体会议\n第二条 会议组成\n第三条 主要内容\n1、传达重要指示;\n第二章 县政府常务会议\n第四条 会议组成").documents[0])
        XCTAssertEqual(g.map(\.marker), ["第一条", "第一章", "第二条", "第三条", "1、", "第二章", "第四条"])
        XCTAssertEqual(g.map(\.depth), [1, 1, 2, 2, 3, 1, 2])
    }

    /// Outline numbers (`1 总则` / `1.1 编制目的` / `1.4.1 …`) nest by their depth.
    func testOutlineNumbers() {
        let text = "镇防汛应急预案\n1总则\n1.1编制目的\n为做好防范与处置工作,制定本预案。\n1.4 工作原则\n1.4.1 坚持以人为本。\n1.4.2 坚持统一指挥。\n2 组织指挥体系\n2.1镇防汛抗旱指挥部\n镇防指负责领导全镇防汛工作。\n"
        let h = Fixture.headings(Fixture.parse(text).documents[0])
        XCTAssertEqual(h.map(\.marker), ["1", "1.1", "1.4", "1.4.1", "1.4.2", "2", "2.1"])
        XCTAssertEqual(h.map(\.depth), [1, 2, 2, 3, 3, 1, 2])
        XCTAssertEqual(h.map(\.title), ["总则", "编制目的", "工作原则", "坚持以人为本", "坚持统一指挥", "组织指挥体系", "镇防汛抗旱指挥部"])
        XCTAssertEqual(Fixture.parse(text).documents[0].title, "镇防汛应急预案")
        // Bare numbers in a text with no outline numbers are a list's rows.
        let rows = Fixture.parse("防汛值班安排\n值班人员如下:\n1 张三\n2 李四\n")
        XCTAssertEqual(Fixture.headings(rows.documents[0]).count, 0)
    }

    /// A first heading run into the line before after a full stop (and broken over two lines),
    /// whose second stands at a line start further on, opens that list.
    func testFirstHeadingRunInWithItsSecondOnALineOfItsOwn() {
        let text = "关于进一步加强安全生产工作的意见\n各乡镇、各部门:\n为切实加强安全生产工作,现提出如下意见。一、强化责任落\n实。各乡镇要严格落实属地管理责任。 2\n二、深入开展隐患排查整治\n三、强化保障措施\n"
        let h = Fixture.headings(Fixture.parse(text).documents[0])
        XCTAssertEqual(h.map(\.marker), ["一、", "二、", "三、"])
        XCTAssertEqual(h.first?.title, "强化责任落实")
        // A first marker whose list starts again at a line start later (一、 there) opens nothing.
        let again = "关于加强安全生产工作的意见\n现提出如下意见。一、强化责任。\n一、深入开展排查\n二、强化保障\n"
        XCTAssertEqual(Fixture.headings(Fixture.parse(again).documents[0]).map(\.title), ["深入开展排查", "强化保障"])
    }

    func testHeadingsRunIntoOneLongLine() {
        let r = Fixture.parse("关于做好安全工作的通知\n各乡镇：现将有关事项通知如下：一、提高认识。各乡镇要高度重视。二、加强领导。要成立领导小组。(一)明确分工。专人负责。三、严格考核。对工作不力的严肃问责。")
        let h = Fixture.headings(r.documents[0])
        XCTAssertEqual(h.map(\.marker), ["一、", "二、", "(一)", "三、"])
        XCTAssertEqual(h.map(\.depth), [1, 1, 2, 1])
        XCTAssertEqual(h.map(\.title), ["提高认识", "加强领导", "明确分工", "严格考核"])
        // A lone number after a sentence does not make a heading.
        XCTAssertEqual(Fixture.headings(Fixture.parse("工作会议纪要\n会议指出，成绩显著。二、三产业增长较快。").documents[0]).count, 0)
        // A list inside a sentence is not a run of headings.
        XCTAssertEqual(Fixture.headings(Fixture.parse("一、工作措施\n主要措施有：1、加强领导；2、落实责任；3、严格考核。").documents[0]).count, 1)
    }

    func testLabelsHoldNumberedItemsInMinutes() {
        let r = Fixture.parse("一、会议听取了汇报\n会议认为:\n1、规划未完成审批。\n会议决定:\n1、由李学文副镇长负责,8月底前完工。\n二、其他事项")
        let d = r.documents[0]
        XCTAssertEqual(Fixture.headings(d).map(\.depth), [1, 2, 2, 1])
        let labels = d.sections[0].children.filter { $0.ordinal == nil }
        XCTAssertEqual(labels.map(\.title), ["会议认为", "会议决定"])
        XCTAssertEqual(labels.map(\.children.count), [1, 1])
        // An agenda's items (`会议议题:1.…2.…`), then a label over a list of a higher level: the
        // label heads a part of its own and the list under it starts at the top.
        let agenda = Fixture.parse("村民代表大会会议纪要\n会议议题:\n1.审议通过集体经济发展项目;\n2.研究人居环境整治工作。\n会议决定:\n一、同意实施光伏发电项目,由村委会主任刘强负责。\n二、开展村庄环境卫生大清理。").documents[0]
        XCTAssertEqual(Fixture.headings(agenda).map(\.depth), [1, 1, 1, 1])
        XCTAssertEqual(agenda.directives.map(\.section), [["会议决定", "一、"], ["会议决定", "二、"]])
        XCTAssertEqual(agenda.directives.map(\.modality), [.decide, .decide])
    }

    func testLevelsLearnedFromTheText() {
        // 第一, at the top; 1、 directly under 一、; (一) before 一、 continues at its own level.
        let a = Fixture.parse("第一,要抓好落实。\n一是加强领导。\n第二,要强化保障。")
        XCTAssertEqual(Fixture.headings(a.documents[0]).map(\.depth), [1, 1])
        let b = Fixture.parse("一、总体要求\n1、指导思想\n2、基本原则\n二、主要任务\n1、任务一")
        XCTAssertEqual(Fixture.headings(b.documents[0]).map(\.depth), [1, 2, 2, 1, 2])
        let c = Fixture.parse("一、总体要求\n(一)指导思想\n1.原则\n(1)细则\n①要点\n(二)目标\n二、任务")
        XCTAssertEqual(Fixture.headings(c.documents[0]).map(\.depth), [1, 2, 3, 4, 5, 2, 1])
    }

    /// GB/T 9704 sets a long title over lines: the issuing body on one, `关于…的通知` on the
    /// next. Both are the title; a masthead or doc number above is not, nor is a
    /// `key:value` line after a title.
    func testTitleOverTwoLinesWithTheIssuingBody() {
        let masthead = "XX县人民政府办公室文件\nX政办发〔2023〕12号\n\nXX县人民政府办公室\n关于做好2023年防汛工作的通知\n\n各乡镇人民政府：\n一、提高思想认识。各乡镇要充分认识防汛工作的重要性。\n"
        let r = Parser().parse(text: masthead)
        XCTAssertEqual(r.documents.map(\.title), ["XX县人民政府办公室关于做好2023年防汛工作的通知"])
        XCTAssertEqual(r.documents.first?.issuer, "XX县人民政府办公室")
        XCTAssertEqual(r.documents.first?.docNumber, "X政办发〔2023〕12号")
        // A line ending in the book title of what is issued does not end the title.
        let issued = Parser().parse(text: "XX旗人民政府办公室\n关于印发2022年《政府工作报告》\n重点任务责任落实分工的通知\n各苏木乡镇人民政府:\n请认真贯彻落实。\n")
        XCTAssertEqual(issued.documents.map(\.title), ["XX旗人民政府办公室关于印发2022年《政府工作报告》重点任务责任落实分工的通知"])
        XCTAssertEqual(issued.documents.map(\.kind), [.notice])
        // A blank line between: the body's name is a masthead, the title is the second line.
        XCTAssertEqual(titles("XX县人民政府办公室\n\n关于做好2023年防汛工作的通知\n\n一、提高思想认识。各乡镇要高度重视。\n"), ["关于做好2023年防汛工作的通知"])
        XCTAssertEqual(titles("XX县2023年防汛责任人名单\n县防汛指挥长：王强（县长）\n"), ["XX县2023年防汛责任人名单"])
        // A title broken before its kind word starts on the line above; a line of web-page
        // furniture above a title that opens as titles do (`在…上的讲话`, `关于…`) does not.
        XCTAssertEqual(titles("XX县2024年重点工作\n\n任务分解和责任分工方案\n\n一、主要目标\n\n各单位要抓好落实。\n"), ["XX县2024年重点工作任务分解和责任分工方案"])
        XCTAssertEqual(titles("正文复制\n在全县安全生产工作会议上的讲话\n同志们:\n今天召开会议,我讲三点意见。\n"), ["在全县安全生产工作会议上的讲话"])
        // A line opening with 关于 starts the title, even one ending like a body's name (乡).
        let notice = Parser().parse(text: "关于取消青山乡\n\n2021年9月21日物资交流会的通告\n\n全乡广大居民:\n请广大群众相互转告。\n青山乡人民政府\n2021年9月15日\n")
        XCTAssertEqual(notice.documents.map(\.title), ["关于取消青山乡2021年9月21日物资交流会的通告"])
        XCTAssertEqual(notice.documents.first?.issuer, "青山乡人民政府")
        // A bracketed note under a title is part of it; a date under it is not.
        XCTAssertEqual(titles("XX市安全生产三年行动方案\n(2024—2026年)\n一、总体要求\n各地要高度重视。\n"), ["XX市安全生产三年行动方案(2024—2026年)"])
        let dated = Parser().parse(text: "在全区安全生产工作会议上的讲话\n(2023年2月20日)\n同志们:\n今天召开会议。\n")
        XCTAssertEqual(dated.documents.map(\.title), ["在全区安全生产工作会议上的讲话"])
        XCTAssertEqual(dated.documents.first?.date, "2023-02-20")
        XCTAssertEqual(titles("范文素材网\n\n县长在全县农村工作会议上的讲话\n\n同志们:\n今天召开会议,我讲三点意见。\n"), ["县长在全县农村工作会议上的讲话"])
    }

    /// A web copy that lost its line breaks keeps its title: `关于…的通知` at the start of the
    /// one line, up to its kind word (《》 and `…方案的通知` read whole); body text that opens
    /// with 关于 is not taken for one.
    func testTitleRunIntoTheTextAfterIt() {
        func title(_ t: String) -> String? { Parser().parse(text: t).documents.first?.title }
        XCTAssertEqual(title("关于开展2024年安全生产月活动的通知 发布时间：2024-05-20 各乡镇：一、活动时间。各乡镇要高度重视。\n"),
                       "关于开展2024年安全生产月活动的通知")
        XCTAssertEqual(title("关于印发《XX县防汛工作方案》的通知各乡镇：现将方案印发给你们，请认真贯彻执行。\n"),
                       "关于印发《XX县防汛工作方案》的通知")
        XCTAssertEqual(title("关于做好防汛工作的实施方案的通知各乡镇：请认真贯彻执行。\n"), "关于做好防汛工作的实施方案的通知")
        XCTAssertNil(title("关于这个问题，我讲三点意见。一是要提高认识。二是要加强领导。\n"))
        // A speech's title run into its text, also when given twice; a sentence opening with 在 is none.
        XCTAssertEqual(title("在全县工作例会上的讲话方才,各乡镇汇报了工作。我讲三点意见。\n"), "在全县工作例会上的讲话")
        XCTAssertEqual(title("在全县工作例会上讲话在全县工作例会上的讲话方才,各乡镇汇报了工作。\n"), "在全县工作例会上的讲话")
        // The page's own shorter title, then the speech's (the space between dropped).
        XCTAssertEqual(title("全县项目建设工作会议上讲话 在全县项目建设工作会议上的讲话 同志们: 今天,县委召开这次会议。\n"), "在全县项目建设工作会议上的讲话")
        // The speaker's title first, the salutation run in after the title.
        XCTAssertEqual(title("县委书记在全县防汛抗旱工作会议上的讲话同志们:今天,我们召开全县防汛工作会议。\n"), "县委书记在全县防汛抗旱工作会议上的讲话")
        XCTAssertNil(title("在县委的坚强领导下,全县经济持续向好。各乡镇要再接再厉。\n"))
    }

    func testMarkerAloneTakesTitleFromNextLine() {
        let r = Fixture.parse("一、\n总体要求\n正文内容在这里。\n二、\n主要任务")
        XCTAssertEqual(Fixture.headings(r.documents[0]).map(\.title), ["总体要求", "主要任务"])
    }

    func testInlineEnumerations() {
        let r = Fixture.parse("一、工作要求\n一是加强领导,明确责任。二是强化督查。三是严格考核。首先要统一思想。")
        let s = r.documents[0].sections[0]
        let inline = s.children.filter(\.inline)
        XCTAssertEqual(inline.map(\.marker), ["一是", "二是", "三是", "首先"])
        XCTAssertEqual(inline.first?.title, "加强领导,明确责任")
        XCTAssertEqual(Fixture.headings(r.documents[0]).count, 1, "inline enumerations are not headings")
    }

    func testSectionBodiesRebuildTheText() {
        let r = Fixture.parse("一、总体要求\n第一段。\n第二段。\n(一)细则\n第三段。")
        let s = r.documents[0].sections[0]
        XCTAssertEqual(s.body.map(\.text), ["第一段。", "第二段。"])
        XCTAssertEqual(s.children[0].body.map(\.text), ["第三段。"])
        XCTAssertEqual(s.children[0].body[0].line, 5)
    }

    func testAttachmentIsADocumentAndTheListIsNot() {
        let text = "关于开展安全检查的通知\n各单位:\n请按附件要求开展检查,9月底前报送结果。\n附件:1.检查方案\n2.统计表\n某某局\n2020年8月1日\n附件1\n安全检查方案\n一、检查范围\n全部在建工地。"
        let r = Fixture.parse(text)
        XCTAssertEqual(r.documents.map(\.title), ["关于开展安全检查的通知", "安全检查方案"])
        XCTAssertEqual(Fixture.headings(r.documents[0]).count, 0)
        XCTAssertEqual(r.documents[0].addressees, ["各单位"])
        XCTAssertEqual(r.documents[0].date, "2020-08-01")
        XCTAssertEqual(Fixture.headings(r.documents[1]).map(\.title), ["检查范围"])
        // The first attachment's title opening with a figure (`1.2024年…`) still numbers the list.
        let figure = Fixture.parse("关于报送完成情况的通知\n各单位:\n请于6月25日前报送。\n附件:1.2024年上半年重点工作完成情况统计表\n2.重点工作问题清单\n某某局\n2024年6月12日")
        XCTAssertEqual(Fixture.headings(figure.documents[0]).count, 0)
        // Each attachment's times take the year of the notice that covers them, the second
        // through the first.
        let two = Fixture.parse(text + "\n附件2\n重点任务清单\n1.县应急局负责危化品企业检查,6月15日前完成。")
        XCTAssertEqual(two.documents.map(\.title), ["关于开展安全检查的通知", "安全检查方案", "重点任务清单"])
        XCTAssertEqual(two.documents[2].deadlines.map(\.date), ["2020-06-15"])
    }

    /// A notice and the regulation it issues are two documents, also when a web copy lost the
    /// notice's title: its body names what it issues (`现将《X》印发给你们`). A 《…》 in a body
    /// that issues nothing splits nothing.
    func testCoveringNoticeWithoutItsTitle() {
        let text = "X政发〔2024〕3号\n各乡镇人民政府,县直各部门:\n《XX县农村供水保障实施方案》已经县政府常务会议研究同意,现印发给你们,请认真组织实施。\nXX县人民政府\n2024年3月1日\nXX县农村供水保障实施方案\n一、总体要求\n到2025年底,农村自来水普及率达到95%。"
        let r = Fixture.parse(text)
        XCTAssertEqual(r.documents.map(\.title), [nil, "XX县农村供水保障实施方案"])
        XCTAssertEqual(r.documents.map(\.kind), [.notice, .plan])
        XCTAssertEqual(r.documents[0].docNumber, "X政发〔2024〕3号")
        XCTAssertEqual(Fixture.headings(r.documents[1]).map(\.title), ["总体要求"])
        let rules = Fixture.parse("各乡镇人民政府:\n《XX县政府常务会议议事规则》已经县政府常务会议通过,现予印发。\nXX县人民政府\n2024年11月20日\nXX县政府常务会议议事规则\n第一章 总则\n第一条 为规范议事,制定本规则。")
        XCTAssertEqual(rules.documents.map(\.title), [nil, "XX县政府常务会议议事规则"])
        let cited = Fixture.parse("各乡镇:\n请按照《XX县农村供水保障实施方案》要求抓好落实。\nXX县农村供水保障实施方案\n一、总体要求")
        XCTAssertEqual(cited.documents.count, 1)
        // What it issues, its title broken over two lines with a blank line between (as web
        // copies print a title set over two lines): still split there, the title joined.
        let broken = Fixture.parse("各乡镇人民政府:\n\n现将《XX县2024年重点工作任务分解方案》印发给你们,请认真贯彻落实。\n\nXX县人民政府\n\n2024年3月1日\n\nXX县2024年重点工作\n\n任务分解方案\n\n一、主要目标\n\n1.地区生产总值增长6%左右。\n\n牵头单位:县发改局")
        XCTAssertEqual(broken.documents.map(\.title), [nil, "XX县2024年重点工作任务分解方案"])
        XCTAssertEqual(broken.documents.map(\.kind), [.notice, .plan])
        XCTAssertEqual(broken.documents.first?.date, "2024-03-01")
        // A covering notice copied without its title nor what it issues is still a notice:
        // its commands are read as a notice's.
        let alone = Fixture.parse("各区人民政府,市直各部门:\n现将《2024年重点工作责任分解方案》印发给你们,并就有关事项通知如下。\n一、强化统筹。各牵头单位于2024年2月8日前,将办理方案报市政府督查室。\nXX市人民政府\n2024年1月26日")
        XCTAssertEqual(alone.documents.map(\.kind), [.notice])
        XCTAssertTrue(alone.documents[0].directives.contains { $0.text.hasPrefix("各牵头单位于2024年2月8日前,将办理方案") })
    }

    /// A web copy of a covering notice that goes on with the issued text right after the
    /// notice's signature and date (no title line of its own): two documents, split after
    /// the date, the issued one titled by the name the notice gives it. The page's title,
    /// `number《title》`, loses the number and the book-title marks.
    func testCoveringNoticeSignedOffBeforeTheUntitledIssuedText() {
        let text = "京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n京政办发〔2016〕26号\n各区人民政府,市政府各委、办、局:\n《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。\n北京市人民政府办公厅\n2016年5月28日\n2016年是全面建成小康社会决胜阶段的开局之年。今年政务公开工作的总体要求是:深入贯彻有关文件精神,以完善政务公开内容和方式为核心。\n一、围绕深化改革推进公开\n对权力清单进行动态调整,公布2016年版市政府部门权力清单。"
        let r = Fixture.parse(text)
        XCTAssertEqual(r.documents.map(\.title), ["北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知", "北京市2016年政务公开工作要点"])
        XCTAssertEqual(r.documents.map(\.date), ["2016-05-28", "2016"])
        XCTAssertEqual(r.documents.map(\.kind), [.notice, .plan])
        XCTAssertEqual(Fixture.headings(r.documents[1]).map(\.title), ["围绕深化改革推进公开"])
        // Signed off, then more of the notice's own words (no prose after the date): one document.
        let one = Fixture.parse("关于印发《XX县2024年工作要点》的通知\n各乡镇:\n《XX县2024年工作要点》已经县政府同意,现印发给你们。\nXX县人民政府\n2024年3月1日\n(此件公开发布)")
        XCTAssertEqual(one.documents.count, 1)
    }

    /// Government websites print a metadata table above a published text (索引号, 发文字号,
    /// 发文日期 …; with bullets, values on the line below, several fields to a line, a time
    /// after the date). It is head matter: the title, number and date are read through it.
    func testWebsiteMetadataTable() {
        let bullets = Fixture.parse("XX县人民政府工作规则\n  • 索引号:\n    6107280000/2024-001005\n  • 发文字号:\n    X政发〔2024〕7号\n  • 发文日期:\n    2024年04月06日 16:40\n  • 内容概述:\nXX县人民政府工作规则\n第一章 总则\n一、根据有关规定,制定本规则。")
        XCTAssertEqual(bullets.documents.map(\.title), ["XX县人民政府工作规则"])
        XCTAssertEqual(bullets.documents[0].docNumber, "X政发〔2024〕7号")
        XCTAssertEqual(bullets.documents[0].date, "2024-04-06")
        let inline = Fixture.parse("首页 > XX县人民政府信息公开 > 信息浏览\n索引号: 003129766/201901-00336 组配分类: 规范性文件发布\n发文日期: 2019-01-23 文号: X政〔2019〕2号\n信息来源: 关键词:\n\nXX县人民政府关于印发《XX县人民政府工作规则》的通知\n各乡镇人民政府:\n《XX县人民政府工作规则》已经县政府全体会议通过,现予印发,请遵照执行。\nXX县人民政府\n2019年1月17日\nXX县人民政府工作规则\n第一章 总则\n一、根据有关规定,制定本规则。")
        XCTAssertEqual(inline.documents.map(\.title), ["XX县人民政府关于印发《XX县人民政府工作规则》的通知", "XX县人民政府工作规则"])
        XCTAssertEqual(inline.documents[0].date, "2019-01-17")
        XCTAssertEqual(inline.documents[0].docNumber, "X政〔2019〕2号")
        // A long title on the first line, over the table; 标题 and 分类 are fields (the latter
        // naming a kind of document), the date written before the date published.
        let long = "县人民政府办公室关于印发2024年县《政府工作报告》确定的重点工作责任分解方案和2024年市《政府工作报告》涉及重点事项责任分解方案的通知"
        let table = Fixture.parse(long + "\n分  类: 政务督查;通知\n标      题: " + long + "\n发布日期: 2024年03月18日 发文日期: 2024年02月22日\n各镇人民政府:\n现将两个方案印发给你们,请认真贯彻执行。")
        XCTAssertEqual(table.documents.map(\.title), [long])
        XCTAssertEqual(table.documents[0].date, "2024-02-22")
        // A trail of links is no title, even when it ends with one.
        let trail = Fixture.parse("当前位置:范文网>范文大全>市长在园区推进会议上的讲话\n\n市长在园区推进会议上的讲话\n时间:2023-11-15 19:00:06 来源:网友投稿\n同志们:\n今天召开会议。")
        XCTAssertEqual(trail.documents.map(\.title), ["市长在园区推进会议上的讲话"])
        XCTAssertEqual(trail.documents[0].date, "2023-11-15")
        let spaced = Fixture.parse("首页 新闻中心 政务要闻\n县长主持召开县政府第十三次常务会议\n12月12日,县长主持召开常务会议。\n")
        XCTAssertEqual(spaced.documents.map(\.title), ["县长主持召开县政府第十三次常务会议"])
        let homeLast = Fixture.parse("范文素材网 首页\n\n县长在全县农村工作会议上的讲话\n\n同志们:\n今天召开会议。\n")
        XCTAssertEqual(homeLast.documents.map(\.title), ["县长在全县农村工作会议上的讲话"])
        // Several fields to a line in the head of minutes.
        let minutes = Fixture.parse("城建工作专题会议纪要\n时间:2022年7月12日上午 地点:县政府三楼会议室\n主持人:王强 记录:李明\n参会人员:张三、李四\n会议决定:\n一、由县住建局负责,8月底前完工。")
        XCTAssertEqual(minutes.documents[0].chair, ["王强"])
        XCTAssertEqual(minutes.documents[0].attendees, ["张三", "李四"])
        XCTAssertEqual(minutes.documents[0].date, "2022-07-12")
    }

    func testSignaturePublicationNotesAndCaptionsAreNotContent() {
        let r = Fixture.parse("关于做好防汛工作的通知\n各乡镇:\n请于6月1日前完成排查。\n图为防汛演练现场\nXX县人民政府\n2021年5月10日\n（此件公开发布）")
        let d = r.documents[0]
        XCTAssertEqual(d.preamble.map(\.text), ["请于6月1日前完成排查。"])
        XCTAssertEqual(d.issuer, "XX县人民政府")
        XCTAssertEqual(d.date, "2021-05-10")
        XCTAssertEqual(r.allDirectives.count, 1)
        // A print footer under it (`抄送:…`, the office and the day it printed) hides neither.
        let footer = Fixture.parse("关于做好防汛工作的通知\n各乡镇:\n一、请于6月1日前完成排查。\nXX县人民政府\n2021年5月10日\n（此件公开发布）\n"
            + "抄送：县委办，县人大办。\nXX县人民政府办公室　　　　　　　　2021年5月10日印发")
        XCTAssertEqual(footer.documents[0].date, "2021-05-10")
        XCTAssertEqual(footer.documents[0].issuer, "XX县人民政府")
        XCTAssertEqual(footer.documents[0].sections.flatMap { $0.body.map(\.text) }, [])
        // With no date of its own, the day it was printed dates it (and its deadlines).
        let printed = Fixture.parse("关于做好春耕工作的通知\n各乡镇:\n请于4月10日前完成春播。\n县农业农村局\n县政府办公室 2024年3月5日印发")
        XCTAssertEqual(printed.documents[0].date, "2024-03-05")
        XCTAssertEqual(printed.allDeadlines.map(\.date), ["2024-04-10"])
        // The day of the week after the date.
        for d in ["2021年5月10日(星期一)", "2021年5月10日 星期一", "2021年5月10日（周一）"] {
            XCTAssertEqual(Fixture.parse("关于做好防汛工作的通知\n各乡镇:\n请于6月1日前完成排查。\nXX县人民政府\n\(d)").documents[0].date, "2021-05-10", d)
        }
    }

    func testSubtitleAndSpeakerLine() {
        let r = Fixture.parse("坚定信心 真抓实干\n——在全市经济工作会议上的讲话\n张 三\n（2020年1月5日）\n同志们：\n一、回顾　　过去一年成绩显著。")
        let d = r.documents[0]
        XCTAssertEqual(d.title, "坚定信心真抓实干")
        XCTAssertEqual(d.kind, .speech)
        XCTAssertEqual(d.date, "2020-01-05")
        XCTAssertEqual(Fixture.headings(d).map(\.title), ["回顾"])
        // A host's script is a speech.
        XCTAssertEqual(Fixture.parse("在全县安全生产工作会议上的主持词\n同志们:\n会议开始。").documents[0].kind, .speech)
    }

    func testDateOnASubtitleAndBracketedAddressees() {
        let a = Fixture.parse("政府工作报告\n——2021年1月10日在XX市第十五届人民代表大会第五次会议上\n市长 李明\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、工作回顾\n确保6月底前全部开工。")
        XCTAssertEqual(a.documents[0].title, "政府工作报告")
        XCTAssertEqual(a.documents[0].date, "2021-01-10")
        XCTAssertEqual(a.allDeadlines.map(\.date), ["2021-06-30"])
        let b = Fixture.parse("关于召开会议的通知\n各县（市、区）人民政府，市直有关单位：\n现将有关事项通知如下。")
        XCTAssertEqual(b.documents[0].addressees, ["各县（市、区）人民政府", "市直有关单位"])
        // A web copy that lost its title: an addressee line opening with 各 still names them;
        // what it issues (`…责任分工`) is a plan.
        let c = Fixture.parse("各镇政府,各街道办事处,县政府各部门:\n现将《2025年县政府重要工作事项责任分工》印发给你们,请认真落实。\n金乡县人民政府\n2025年2月28日\n2025年县政府重要工作事项责任分工\n一、主要预期目标\n1.地区生产总值增长6%。(牵头单位:县发展和改革局)")
        XCTAssertEqual(c.documents.first?.addressees, ["各镇政府", "各街道办事处", "县政府各部门"])
        XCTAssertEqual(c.documents.map(\.kind), [.notice, .plan])
        XCTAssertNil(Fixture.parse("各位代表:\n现在,我代表县人民政府向大会报告工作。").documents.first?.addressees)
    }

    func testDocNumberAndChineseNumeralDate() {
        let r = Fixture.parse("国办发〔2018〕123号\n国务院办公厅关于加强管理的通知\n各省、自治区、直辖市人民政府:\n现就有关事项通知如下。\n一、加强领导\n二〇一八年十二月五日")
        let d = r.documents[0]
        XCTAssertEqual(d.docNumber, "国办发〔2018〕123号")
        XCTAssertEqual(d.title, "国务院办公厅关于加强管理的通知")
        XCTAssertEqual(d.kind, .notice)
        XCTAssertEqual(d.addressees, ["各省", "自治区", "直辖市人民政府"])
        XCTAssertEqual(d.date, "2018-12-05")
        // A web copy: the title printed as a book title, the date's 〇 typed as ○.
        let web = Fixture.parse("《成都市人民政府办公厅关于建立报告制度的通知》\n各区(市)县政府:\n各单位联系电话于4月15日前报送市政府研究室。\n二○○一年四月四日")
        XCTAssertEqual(web.documents.map(\.title), ["成都市人民政府办公厅关于建立报告制度的通知"])
        XCTAssertEqual(web.documents.first?.date, "2001-04-04")
        XCTAssertEqual(web.allDeadlines.map(\.date), ["2001-04-15"])
        XCTAssertEqual(Fixture.parse("《党政机关公文处理工作条例》实施细则\n第一条 为规范公文处理,制定本细则。").documents.first?.title,
                       "《党政机关公文处理工作条例》实施细则")
        // Rules a body sets itself are plans.
        for t in ["系统督查专报制度", "禄丰市人民政府常务会议议事规则", "机关工作人员守则", "协会章程", "镇防汛应急避险转移预案", "政务服务办事指南"] {
            XCTAssertEqual(Fixture.parse(t + "\n一、每月5日前上报。").documents.first?.kind, .plan, t)
        }
    }

    /// The kind word read from a title is the one the plain rule gives: of all occurrences of
    /// all kind words in list order, the one ending last, a later one ending there too
    /// winning when longer than two characters.
    func testKindWordPositionAgreesWithThePlainRule() {
        let lx = Lexicon.shared
        func plain(_ t: Scalars) -> (DocumentKind, Int)? {
            var best: (DocumentKind, Int)? = nil
            for (ws, kind) in lx.kindWordScalars {
                var i = 0
                while let f = t.firstIndex(of: ws, in: i..<t.count) {
                    let end = f + ws.count
                    if best == nil || end > best!.1 || (end == best!.1 && ws.count > 2) { best = (kind, end) }
                    i = f + 1
                }
            }
            return best
        }
        var rng = SystemRandomNumberGenerator()
        let pieces = lx.kindWords.map(\.word) + ["关于", "的", "会议", "市", "工作", "(", ")", "全体"]
        for _ in 0..<3000 {
            let t = Scalars((0..<Int.random(in: 0...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
            let mine = Metadata.kindWordPosition(t, lx)
            let want = plain(t)
            XCTAssertEqual(mine?.kind, want?.0, t.string(0..<t.count))
            XCTAssertEqual(mine?.end, want?.1, t.string(0..<t.count))
            // A title ends with a kind word when the last one ends within two characters of
            // its end (looked for only there, not back through a long line).
            let text = t.string(0..<t.count)
            let ends = want.map { t.count - $0.1 <= 2 } ?? false
            if !text.hasSuffix(")") { XCTAssertEqual(Metadata.endsWithKindWord(text, lx), ends, text) }
        }
    }
}
