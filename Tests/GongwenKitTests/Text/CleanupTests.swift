import XCTest
@testable import GongwenKit

final class CleanupTests: XCTestCase {
    func paragraphs(_ s: String) -> [String] {
        let ct = Cleanup.clean(Scalars(s))
        return ct.paragraphs.map { ct.string($0) }
    }

    func testLineBrokenMidSentenceIsJoined() {
        // From the sample: 部署 / 了第二季度有关工作 (line 4–5).
        XCTAssertEqual(paragraphs("××区长通报了我区第一季度重点项目和重点工作总体进展情况,部署\n了第二季度有关工作,讲得很好。"),
                       ["××区长通报了我区第一季度重点项目和重点工作总体进展情况,部署了第二季度有关工作,讲得很好。"])
    }

    func testNoJoinAcrossBlankLineDividerOrHeading() {
        XCTAssertEqual(paragraphs("各县要抓好落实,确保\n\n按期完成。").count, 2)
        XCTAssertEqual(paragraphs("六、科学谋划,系统推进,保证项目有序推进和\n第二篇:第一季度汇报会").count, 2)
        XCTAssertEqual(paragraphs("要切实加强组织领导,明确责任分工,\n二、强化保障").count, 2)
        XCTAssertEqual(paragraphs("大石窝镇重点项目(工程)进展情况汇报会\n会议纪要").count, 2, "titles are short and unpunctuated")
        XCTAssertEqual(paragraphs("参会人员:李光明 薛满德\n缺 席:姜洪国").count, 2)
        // A long title (long lines are usually prose) does not take in the number under it.
        let title = "青山市人民政府办公室关于印发青山市城乡人居环境综合整治三年行动实施方案和年度考核办法的通知"
        XCTAssertGreaterThanOrEqual(title.unicodeScalars.count, 40)
        XCTAssertEqual(paragraphs(title + "\n青政办发〔2024〕7号"), [title, "青政办发〔2024〕7号"])
    }

    func testHeadingSplitOverTwoLinesIsJoined() {
        XCTAssertEqual(paragraphs("二、落实好“一联三帮”机制,确保完成“六稳”“六保”任务,促进民\n营经 济“两个健康”发展\n省委省政府实施的专项行动。"),
                       ["二、落实好“一联三帮”机制,确保完成“六稳”“六保”任务,促进民营经济“两个健康”发展", "省委省政府实施的专项行动。"])
        XCTAssertEqual(paragraphs("一、充分肯定成绩，清醒认识形势\n去年以来，全区上下认真落实部署，取得明显成效。").count, 2,
                       "a heading is not joined to a body sentence")
        XCTAssertEqual(paragraphs("三、审议并原则通过了《XX县农村公路养护管理办法》\n会议原则通过该办法,由县交通运输局印发实施。").count, 2,
                       "a short sentence with clauses after a long heading is no end of it")
        // A heading whose title ended on its line, prose after it, goes on as prose does.
        XCTAssertEqual(paragraphs("（一）严格管控野外火源。各乡镇要在主要路口设立检查站，对野外用火行为，要安排专人\n巡查，发现一起、制止一起。"),
                       ["（一）严格管控野外火源。各乡镇要在主要路口设立检查站，对野外用火行为，要安排专人巡查，发现一起、制止一起。"])
        XCTAssertEqual(paragraphs("（一）严格管控野外火源。各乡镇要在主要路口设立检查站。\n县林业局要加强巡查。").count, 2)
        // A document run into one line with spaces for its breaks: the title before the first
        // heading (`…工作方案 一、…`) is a paragraph of its own; a title-like start with no kind
        // word, or one with punctuation, is not cut.
        XCTAssertEqual(paragraphs("2024年镇建设项目推进工作方案 一、背景与目标 随着城市化进程的推进,制定本方案。"),
                       ["2024年镇建设项目推进工作方案", "一、背景与目标随着城市化进程的推进,制定本方案。"])
        XCTAssertEqual(paragraphs("工作方案 1.加强组织领导 各乡镇要高度重视。"), ["工作方案", "1.加强组织领导各乡镇要高度重视。"])
        XCTAssertEqual(paragraphs("全县完成 12.5亿元投资。"), ["全县完成12.5亿元投资。"])
        XCTAssertEqual(paragraphs("主要做法 一、加强领导。").count, 1)
        // A heading closing on a bracket it opened (a phase's window) is complete.
        XCTAssertEqual(paragraphs("(二)集中整治阶段(2023年12月10日—2024年1月5日)\n各单位集中人力清理、整治、完善设施配套。").count, 2)
        XCTAssertEqual(paragraphs("(三)关于《县农村公路养护管理办法(试行)》\n会议原则通过。").count, 2)
    }

    /// A printed copy's running header breaking into sentences goes (the sentence is joined
    /// across it); the same line as a title, or between paragraphs, stays.
    func testRunningHeadersInsideSentencesGo() {
        let h = "XX市2024年政府工作报告"
        let text = [h, "过去一年,全市地区生产总值增长6.5%,居民收入分别增长5.1%和", h, "7.3%。", "今年预期目标是:地区生产总值增长6%左右,一般公共预算收入增长", h, "6.5%。"].joined(separator: "\n")
        XCTAssertEqual(paragraphs(text), [h, "过去一年,全市地区生产总值增长6.5%,居民收入分别增长5.1%和7.3%。", "今年预期目标是:地区生产总值增长6%左右,一般公共预算收入增长6.5%。"])
        // Twice is not enough; and between finished paragraphs a repeated line is text.
        let twice = [h, "过去一年,居民收入分别增长5.1%和", h, "7.3%。"].joined(separator: "\n")
        XCTAssertTrue(paragraphs(twice).contains("过去一年,居民收入分别增长5.1%和" + h), "\(paragraphs(twice))")
        let between = ["会议决定:", "一、同意。", "会议决定:", "二、同意。", "会议决定:", "三、同意。"].joined(separator: "\n")
        XCTAssertEqual(paragraphs(between).count, 6)
    }

    func testStraySpacesBetweenChineseCharactersGo() {
        XCTAssertEqual(paragraphs("第八,要切 实做好人口普查工作。"), ["第八,要切实做好人口普查工作。"])
        XCTAssertEqual(paragraphs("尽管永城市 3 家企业的 5G 场景应用"), ["尽管永城市3家企业的5G场景应用"])
        XCTAssertEqual(paragraphs("Hello  world 2019 134 个"), ["Hello world 2019 134个"])
    }

    func testLinesWrappedAtAPageWidthAreJoined() {
        let body = "坚持以习近平新时代中国特色社会主义思想为指导全面贯彻党的二十大精神。各县市要在6月底前完成排查整治工作任务确保安全生产形势持续稳定向好。市应急管理局要加强统筹协调每月通报进展情况对工作不力的单位严肃问责追责到位。"
        let sc: [Character] = Array(body)
        let lines = stride(from: 0, to: sc.count, by: 26).map { String(sc[$0..<min($0 + 26, sc.count)].map { $0 }) }
        let ps = paragraphs("一、总体要求\n" + lines.joined(separator: "\n") + "\n二、工作措施\n" + lines.joined(separator: "\n"))
        XCTAssertEqual(ps, ["一、总体要求", body, "二、工作措施", body])
    }

    /// Lines a page wrapped differ by a column or two (digits take one), above and below the
    /// most common width; a numbered paragraph of prose as wide as them goes on as prose does.
    func testWrappedWidthsVaryAndNumberedProseJoins() {
        let lines = ["关于加强冬季安全生产工作的通知", "各乡镇人民政府，县直各有关单位：", "为切实做好冬季安全生产工作，有效防范和坚决遏制各类生产安",
                     "全事故发生，确保全县安全生产形势持续稳定，现就有关事项通知", "如下：", "一、各乡镇要于12月10日前完成辖区内企业的全面排查，建立隐",
                     "患清单，逐项落实整改措施，对重大隐患实行挂牌督办，确保整改", "到位。", "二、县应急局负责督导检查，12月20日前形成督查报告报县政府，",
                     "对工作不力的乡镇和部门进行通报批评，情节严重的依法依规追究", "有关人员责任。", "三、严禁违规动火作业。"]
        XCTAssertEqual(paragraphs(lines.joined(separator: "\n")),
                       ["关于加强冬季安全生产工作的通知", "各乡镇人民政府，县直各有关单位：",
                        "为切实做好冬季安全生产工作，有效防范和坚决遏制各类生产安全事故发生，确保全县安全生产形势持续稳定，现就有关事项通知如下：",
                        "一、各乡镇要于12月10日前完成辖区内企业的全面排查，建立隐患清单，逐项落实整改措施，对重大隐患实行挂牌督办，确保整改到位。",
                        "二、县应急局负责督导检查，12月20日前形成督查报告报县政府，对工作不力的乡镇和部门进行通报批评，情节严重的依法依规追究有关人员责任。",
                        "三、严禁违规动火作业。"])
    }

    func testJoinsLaterInTheTextSeeTheWholeLine() {
        // Joins move the text left over the dropped line breaks; a short line's punctuation
        // (here a comma in its first two characters) must still count after two joins.
        let long = "我们要坚持以人民为中心的发展思想,持续推进各项改革任务落实落地,切实提高人民群众的获得感幸福感和安全感"
        XCTAssertEqual(paragraphs([long, long, long + "。", "是,我们再看下面的", "内容。"].joined(separator: "\n")),
                       [long + long + long + "。", "是,我们再看下面的内容。"])
    }

    /// A title longer than a wrapped line's minimum ends in its kind word: the addressees
    /// under it stay apart; a long title broken before its kind word is joined.
    func testLongTitleEndingInItsKindIsNotJoined() {
        let title = "运城市人民政府办公厅关于印发运城市突发事件应急体系建设“十三五”规划责任分解的通知"
        XCTAssertEqual(paragraphs(title + "\n各县(市、区)人民政府:"), [title, "各县(市、区)人民政府:"])
        let doc = Fixture.parse(title + "\n各县(市、区)人民政府:\n现将规划印发给你们,请认真组织实施。").documents
        XCTAssertEqual(doc.map(\.title), [title])
        XCTAssertEqual(doc.first?.addressees, ["各县(市、区)人民政府"])
        // Broken before its kind word, the title reader joins it (cleanup keeps the lines).
        let broken = Fixture.parse("运城市人民政府办公厅关于印发运城市突发事件应急体系建设“十三五”规划责任分解\n的通知\n各县人民政府:\n现将规划印发给你们。")
        XCTAssertEqual(broken.documents.map(\.title), [title])
    }

    /// Lines wrapped at a page width join only where there is evidence of one (four lines
    /// near it), only lines of that width, and never into a bulleted item.
    func testWrapWidthNeedsEvidenceAndBulletsStandApart() {
        // Three of a short text's long lines share a width (38 columns) by chance.
        let minutes = ["关于2025年第一季度经济形势分析会议纪要", "会议时间:2025年3月15日上午9:00", "会议主持人:市人民政府副市长李某某",
                       "- 由市发改委牵头制定《2025年度重点工程推进方案》", "- 各区县于4月10日前提交项目进展情况报告",
                       "- 建立专项工作组,定期召开调度会", "工作要求:制定改造计划,按月报送进度。",
                       "牵头单位:市商务局;配合单位:市发改委、市自然资源局;完成时限:2025年9月底前。"]
        XCTAssertEqual(paragraphs(minutes.joined(separator: "\n")), minutes.map { $0.replacingOccurrences(of: "- ", with: "-") })
        // In a text wrapped at 26 code points, a bullet starts its own item all the same.
        let body = "坚持以习近平新时代中国特色社会主义思想为指导全面贯彻党的二十大精神。各县市要在6月底前完成排查整治工作任务确保安全生产形势持续稳定向好。"
        let sc: [Character] = Array(body)
        let lines = stride(from: 0, to: sc.count, by: 26).map { String(sc[$0..<min($0 + 26, sc.count)]) }
        let wrapped = (lines + lines).joined(separator: "\n")
        XCTAssertEqual(paragraphs(wrapped + "\n- 各区县于4月10日前提交项目进展情况报告和下一步工作的安排意见"),
                       [body, body, "-各区县于4月10日前提交项目进展情况报告和下一步工作的安排意见"])
        XCTAssertEqual(paragraphs("- 各区县于4月10日前提交项目进展情况报告\n- 建立专项工作组").count, 2)
        XCTAssertEqual(paragraphs("全年各项指标稳中有进,1\n-8月份累计完成投资额同比增长12%。").count, 1, "a hyphen before a figure is no bullet")
    }

    /// A converted PDF's `第N页共M页` footer inside a line goes (at a line's end or as the line
    /// it is a page break, as before); `第3页` alone is what a sentence may say.
    func testPageOfPagesFooterInsideALine() {
        XCTAssertEqual(paragraphs("各单位要抓紧落实。第 1 页共 5 页下载后可任意编辑"), ["各单位要抓紧落实。下载后可任意编辑"])
        XCTAssertEqual(paragraphs("做好道路绿化工作。共5页第2页牵头领导:张明贵"), ["做好道路绿化工作。牵头领导:张明贵"])
        XCTAssertEqual(paragraphs("详见第3页有关说明。"), ["详见第3页有关说明。"])
        XCTAssertEqual(paragraphs("改造工作须全面完成,管网漏损\n第2页共2页\n率控制在10%以内。"), ["改造工作须全面完成,管网漏损率控制在10%以内。"])
    }

    /// Copies from document-sharing sites print paragraph marks as a Cyrillic Р: between
    /// Chinese text it parts paragraphs (on the same source line); in Russian it is a letter.
    func testCyrillicErAsAParagraphMark() {
        XCTAssertEqual(paragraphs("行动高效。Р(二)形成整治合力。Р二、时间安排Р本次集中整治活动分四个阶段:"),
                       ["行动高效。", "(二)形成整治合力。", "二、时间安排", "本次集中整治活动分四个阶段:"])
        XCTAssertEqual(paragraphs("俄文名称为Россия。"), ["俄文名称为Россия。"])
        let ct = Cleanup.clean(Scalars("行动高效。Р二、时间安排"))
        XCTAssertEqual(ct.paragraphs.map { ct.line($0.lowerBound) }, [1, 1], "the source has one line")
    }

    func testPageNumberAtLineEndIsDropped() {
        XCTAssertEqual(paragraphs("(一)补齐主要经济指标增速较低的短板。1"), ["(一)补齐主要经济指标增速较低的短板。"])
        XCTAssertEqual(paragraphs("全市新增规上工业企业34家"), ["全市新增规上工业企业34家"], "a number in a sentence stays")
        XCTAssertEqual(paragraphs("正文。\n- 12 -\n下文。"), ["正文。", "下文。"])
    }

    /// A page number on a line of its own, blank lines about it or not, is a page break: the
    /// sentence it fell inside is joined; a finished sentence or a heading after it is not.
    func testSentenceBrokenByAPageNumberLineIsJoined() {
        XCTAssertEqual(paragraphs("改造工作须全面完成,管网漏损\n- 2 -\n率控制在10%以内。"), ["改造工作须全面完成,管网漏损率控制在10%以内。"])
        XCTAssertEqual(paragraphs("改造工作须全面完成,管网漏损\n\n第 2 页 共 5 页\n\n率控制在10%以内。"), ["改造工作须全面完成,管网漏损率控制在10%以内。"])
        XCTAssertEqual(paragraphs("第一段结束。\n\n- 3 -\n\n第二段开始。"), ["第一段结束。", "第二段开始。"])
        XCTAssertEqual(paragraphs("各单位要抓好落实,\n- 4 -\n二、保障措施"), ["各单位要抓好落实,", "二、保障措施"])
        XCTAssertEqual(paragraphs("管网漏损\n\n率控制"), ["管网漏损", "率控制"], "a blank line alone still parts paragraphs")
        // A bare number after a line of prose that stops mid-sentence (a PDF's page foot);
        // after a finished sentence, or a short line (a table's cell), it stays.
        XCTAssertEqual(paragraphs("经济规模稳步扩大,增速居前列。就业、物价总体平稳,城\n12\n镇新增就业1256万人。"),
                       ["经济规模稳步扩大,增速居前列。就业、物价总体平稳,城镇新增就业1256万人。"])
        XCTAssertEqual(paragraphs("经济规模稳步扩大,增速居前列。就业、物价总体平稳。\n12\n镇新增就业1256万人。").count, 3)
        XCTAssertEqual(paragraphs("序号\n1\n建立工作机制").count, 3)
        XCTAssertEqual(paragraphs("序号\n工作任务\n牵头单位\n1\n建立健全工作机制,完善相关制度,加强督促检查\n2\n开展专项整治").count, 7,
                       "a row's number after a long cell, in a table copied one cell per line")
    }

    /// A PDF's `第1页共10页` footer after a line, or as a line, goes and the sentence it
    /// broke is joined; one half alone after text is what a sentence says.
    func testPageOfPagesFooterIsDropped() {
        XCTAssertEqual(paragraphs("还有大量的工作要做,与上级 第1 页共 10 页\n要求相比还有差距。"), ["还有大量的工作要做,与上级要求相比还有差距。"])
        XCTAssertEqual(paragraphs("正文。\n共 10 页 / 第 2 页\n下文。"), ["正文。", "下文。"])
        XCTAssertEqual(paragraphs("正文。第2页,共10页"), ["正文。"])
        XCTAssertEqual(paragraphs("详见附件第3页"), ["详见附件第3页"])
        XCTAssertEqual(paragraphs("第1页共21页县长在全县经济工作会议上的讲话"), ["县长在全县经济工作会议上的讲话"], "run into a line's start")
        XCTAssertEqual(paragraphs("第1页是目录,共3页"), ["第1页是目录,共3页"])
        XCTAssertEqual(paragraphs("全书共10页"), ["全书共10页"])
    }

    func testIdeographicSpaceParagraphsInOneLine() {
        XCTAssertEqual(paragraphs("　　第一段内容。　　第二段内容。"), ["第一段内容。", "第二段内容。"])
    }

    /// Pinyin glosses left by converters (`發(fā)`, `鄉（xiāng）`) go, and the offset map skips
    /// them; brackets that could be text (no tone mark, or not after a character) stay.
    /// `???` and `朱??` are characters a conversion lost: placeholders in the key (no
    /// sentence ends there), the text shown as written; a question mark stays one.
    func testLostCharactersAreNoQuestionMarks() {
        let ct = Cleanup.clean(Scalars("导致???镇政府后坡滑坡,朱??同志要抓紧落实。为什么??\n怎么办?我们要落实。"))
        XCTAssertEqual(ct.string(0..<ct.count), "导致???镇政府后坡滑坡,朱??同志要抓紧落实。为什么??\n怎么办?我们要落实。")
        XCTAssertEqual(ct.key.string(0..<ct.count), "导致×××镇政府后坡滑坡,朱××同志要抓紧落实。为什么??\n怎么办?我们要落实。")
        let r = Fixture.parse("会议纪要\n1、???具体负责,朱??同志要抓紧落实。")
        XCTAssertEqual(r.documents[0].directives.map(\.text), ["1、???具体负责,朱??同志要抓紧落实"])
    }

    /// Emoji and their variation selectors are no text (a heading under a 🌟 is one); a keycap
    /// numbers as 、 does; ★ and CJK Extension B characters stay.
    func testEmojiDecorationsGo() {
        let ct = Cleanup.clean(Scalars("🌟一、工作回顾📜\n1️⃣ 经济发展稳中向好\n★ 要点\n𠀋字"))
        XCTAssertEqual(ct.key.string(0..<ct.count), "一、工作回顾\n1、经济发展稳中向好\n★要点\n𠀋字")
        let r = Fixture.parse("2024年工作报告📜\n🌟一、2023年工作回顾\n1️⃣ 经济发展稳中向好。\n🌟二、2024年工作展望")
        XCTAssertEqual(Fixture.headings(r.documents[0]).map(\.title), ["2023年工作回顾", "经济发展稳中向好", "2024年工作展望"])
    }

    /// Markdown kept by a copy: `# ` at a line's start and `**…**` pairs go (a heading in bold
    /// is one); a lone `**`, figures left open (`20**年`, `**—**天`) stay.
    func testMarkdownMarksGo() {
        let ct = Cleanup.clean(Scalars("# 会议纪要\n**一、会议要求**\n1. **各村**要完成排查。\n召开20**年会议,为期**—**天,#3号。"))
        XCTAssertEqual(ct.key.string(0..<ct.count), "会议纪要\n一、会议要求\n1.各村要完成排查。\n召开20**年会议,为期**—**天,#3号。")
        let r = Fixture.parse("# 防汛工作会议纪要\n\n**一、会议要求**\n\n1. **各村**要在6月底前完成排查。\n\n### 二、责任分工")
        XCTAssertEqual(r.documents[0].title, "防汛工作会议纪要")
        XCTAssertEqual(Fixture.headings(r.documents[0]).map(\.title), ["会议要求", "各村要在6月底前完成排查", "责任分工"])
    }

    func testPinyinGlossesGo() {
        let ct = Cleanup.clean(Scalars("現(xiàn)印發(fā)給你們,各鄉（xiāng）鎮:"))
        XCTAssertEqual(ct.string(0..<ct.count), "現印發給你們,各鄉鎮:")
        XCTAssertEqual(ct.origin(1), 7)   // 印, after 現 and its six-code-point gloss
        for kept in ["面积(km)", "选项(a)", "GDP(gdp)", "规划(试行)", "(ā)开头"] {
            XCTAssertEqual(paragraphs(kept), [kept], kept)
        }
    }

    func testInvisibleAndNoBreakSpaces() {
        XCTAssertEqual(paragraphs("确\u{200B}保\u{00A0}按期完成\u{FEFF}。"), ["确保按期完成。"])
    }

    func testKeyFoldsFullWidthButTextKeepsSource() {
        let ct = Cleanup.clean(Scalars("（一）１２％，ＡＢ、。"))
        XCTAssertEqual(ct.string(ct.paragraphs[0]), "（一）１２％，ＡＢ、。")
        XCTAssertEqual(ct.key.string(ct.paragraphs[0]), "(一)12%,AB、。")
    }

    func testTraditionalCharactersMatchAsSimplified() {
        let ct = Cleanup.clean(Scalars("會議決定：由李學文副鎮長負責，8月底前完工。"))
        XCTAssertEqual(ct.key.string(ct.paragraphs[0]), "会议决定:由李学文副镇长负责,8月底前完工。")
        XCTAssertEqual(ct.string(ct.paragraphs[0]), "會議決定：由李學文副鎮長負責，8月底前完工。")
    }

    /// The offset map is kept as runs; reading a range's text walks them. Every range of
    /// a messy text must read as the code points shown one by one.
    func testDisplayStringsWalkTheRuns() {
        let src = "关于 做好  工作的通知\n一、切 实 加强\n领导。1\n\n　　（二）ＡＢ word\nbreak 𠀋字,12%。\n- 3 -\n　　第二段　　第三段\n"
        let ct = Cleanup.clean(Scalars(src))
        for a in 0..<ct.count {
            for b in a..<min(ct.count, a + 40) {
                let expected = String(String.UnicodeScalarView((a..<b).map { ct.display($0) }))
                XCTAssertEqual(ct.string(a..<b), expected, "\(a)..<\(b)")
            }
        }
    }

    /// Long text with many short lines and many runs (stray spaces, page numbers): every
    /// cleaned code point maps back to its own source character and line (the look-ups
    /// start from per-block tables).
    func testOffsetMapAndLinesOverManyBlocks() {
        var gen = TextGenerator(seed: 11)
        for _ in 0..<20 {
            let src = (0..<30).map { n in n % 3 == 0 ? "切 实 做 好 工 作。\(n)" : gen.text() }.joined(separator: "\n")
            let source = Scalars(src)
            let ct = Cleanup.clean(source)
            var lineOf: [Int] = [], line = 1
            for c in source { lineOf.append(line); if c == "\n" { line += 1 } }
            for o in stride(from: 0, to: source.count, by: 7) { XCTAssertEqual(ct.line(ofSource: o), lineOf[o]) }
            for i in ct.key.indices where ct.key[i] != "\n" && ct.key[i] != " " {
                XCTAssertEqual(source[ct.origin(i)], ct.display(i))
            }
        }
    }

    /// The line scan's fast paths copy printable ASCII, CJK punctuation and curly quotes as
    /// they are: each must fold to itself and be no space or invisible character, with the
    /// width the general path would give it.
    func testFastPathCodePointsFoldToThemselves() {
        for (range, wide) in [(UInt32(0x21)...0x7E, false), (0x3001...0x303F, true), (0x2018...0x201F, true)] {
            for v in range {
                let s = Unicode.Scalar(v)!
                XCTAssertEqual(KeyFold.nfkcTable[Int(v)], v, String(v, radix: 16))
                XCTAssertFalse(s.isZeroWidth || s.isSpaceLike, String(v, radix: 16))
                XCTAssertEqual(Cleanup.isCJKish(s), wide, String(v, radix: 16))
            }
        }
    }

    func testOffsetMapPointsBackIntoTheSource() {
        let src = "第一行 切 实\n做好工作。1\n\n　　二、标题\n"
        let ct = Cleanup.clean(Scalars(src))
        let source = Scalars(src)
        for i in ct.key.indices where ct.key[i] != "\n" && ct.key[i] != " " {
            XCTAssertEqual(source[ct.origin(i)], ct.display(i), "code point \(i) maps to its source")
        }
        let p = ct.paragraphs.last!
        XCTAssertEqual(ct.line(p.lowerBound), 4)
        let sp = ct.span(p)
        XCTAssertEqual(source.string(sp.start..<sp.end), "二、标题")
    }

    /// Cleanup copies unified ideographs without folding them when the text is Simplified;
    /// that is only right while NFKC maps each of them to itself.
    func testUnifiedIdeographsFoldToThemselves() {
        let t = KeyFold.nfkcTable
        for v in 0x4E00..<0xA000 where t[v] != UInt32(v) { XCTFail(String(format: "U+%04X folds to U+%04X", v, t[v])) }
        let text = Scalars("统一部署,切 实抓好")
        XCTAssertEqual(Cleanup.clean(text).key, KeyFold.fold(Scalars("统一部署,切实抓好")))
    }
}
