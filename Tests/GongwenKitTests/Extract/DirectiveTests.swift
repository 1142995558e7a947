import XCTest
@testable import GongwenKit

final class DirectiveTests: XCTestCase {
    /// Directive texts of a one-paragraph speech.
    func directives(_ s: String, kind: String = "在会议上的讲话\n同志们:\n") -> [Directive] {
        Fixture.parse(kind + s).allDirectives
    }

    /// An item naming a shortcoming found (inspection feedback, rectification plans) commands
    /// nothing, though a verb opens it; a task about a problem still does.
    func testShortcomingNamedIsNoCommand() {
        let plan = "关于巡察反馈意见整改工作方案\n一、问题及整改措施\n"
        for s in ["(一)落实全面从严治党主体责任不到位的问题", "(二)执行财务制度不严格的问题", "(三)落实安全责任不力等问题"] {
            XCTAssertEqual(directives(s + "\n", kind: plan).map(\.text), [], s)
        }
        XCTAssertEqual(directives("(一)着力解决群众反映强烈的问题\n", kind: plan).map(\.text), ["(一)着力解决群众反映强烈的问题"])
        XCTAssertEqual(directives("(一)加强组织领导\n", kind: plan).map(\.text), ["(一)加强组织领导"])
        // A measure after its field's name is one instruction from its verb on, cue or none.
        XCTAssertEqual(directives("整改措施:建立资金拨付台账,实行月调度,确保拨付率不低于90%。\n", kind: plan).map(\.text),
                       ["整改措施:建立资金拨付台账,实行月调度,确保拨付率不低于90%"])
        // …and after the basis it acts on, also when a cue comes later in the sentence.
        XCTAssertEqual(directives("1.实施清单管理。依据国家行政许可事项清单,10月底前编制并公布清单,清单之外一律不得实施行政许可。\n", kind: plan).map(\.text),
                       ["1.实施清单管理", "依据国家行政许可事项清单,10月底前编制并公布清单,清单之外一律不得实施行政许可"])
        // A deadline opening the clause after one of when (`…完成后,`) sets a task.
        XCTAssertEqual(directives("整改完成后,于10月15日前形成整改情况报告,报县委巡察办。\n", kind: plan).map(\.text),
                       ["整改完成后,于10月15日前形成整改情况报告,报县委巡察办"])
    }

    func testCues() {
        let cases: [(String, Modality)] = [
            ("各县市要高度重视。", .must), ("必须如期脱贫。", .must), ("务必在9月1日前完成所有整改。", .must),
            ("确保贫困劳动力稳定就业。", .must), ("大家一定要抓住机遇。", .must), ("严禁违规占用耕地。", .prohibit),
            ("不得超过5米。", .prohibit), ("决不允许项目方对外转租土地。", .prohibit), ("绝不能发生支付风险。", .prohibit),
            ("希望大家学习借鉴这些经验做法。", .encourage), ("力争实现全年目标。", .encourage), ("应尽快完成流转。", .should),
            ("由李学文副镇长负责。", .decide), ("州金融办牵头,对签约项目进行调度。", .decide), ("请认真贯彻执行。", .must),
            ("继续落实好中小微企业基本养老保险政策。", .must), ("压实属地责任,明确部门职责。", .must),
            ("高度重视汛期安全,切实做好值班值守。", .must), ("开展城乡垃圾治理。", .must), ("实施水源保护工程。", .must),
            ("要牢固树立正确的政绩观。", .must), ("要营造风清气正的氛围。", .must),
            // A condition and its order; work there is, with its order.
            ("发现有隐患要立即整改。", .must), ("还有许多工作要抓紧完成。", .must),
            // 需 after its subject requires (not 需求, 按需, 如需 …); a plan's target opening with 努力.
            ("各成员单位需定期报送工作进展。", .should), ("纸质材料需各乡镇长签字后报送。", .should),
            ("努力实现地区生产总值增长6.2%左右。", .must),
            // A closing call.
            ("让我们在县委的坚强领导下,为建设幸福新青山而努力奋斗!", .encourage),
            ("让我们更加紧密地团结在党中央周围,为推进高质量发展作出新的更大贡献!", .encourage),
        ]
        for (s, m) in cases {
            let d = directives(s)
            XCTAssertEqual(d.count, 1, s)
            XCTAssertEqual(d.first?.modality, m, s)
        }
    }

    /// A clause before the instruction that opens with a deadline is part of it (its bound,
    /// or a task of its own); a clause that reports is not.
    func testLeadingDeadlineClauseBelongsToTheDirective() {
        XCTAssertEqual(directives("今年年底前,要全面完成改造任务。").map(\.text), ["今年年底前,要全面完成改造任务"])
        XCTAssertEqual(directives("去年完成了危房改造,今年要继续推进。").map(\.text), ["今年要继续推进"])
        XCTAssertEqual(directives("9月底前完成所有项目开工,确保全年投资增长10%以上。").map(\.text), ["9月底前完成所有项目开工,确保全年投资增长10%以上"])
    }

    /// 要求 instructs after a meeting word or at the start of its sentence (the meeting's
    /// subject left out, as reports of meetings write); after a preposition (`按照省委要求`)
    /// it follows a requirement, and mid-sentence after someone's words it reports them.
    func testRequirementsOfAMeeting() {
        for s in ["要求相关部门进一步加强经济运行调度,强化财政资金保障。", "会议要求各乡镇全面排查安全隐患。",
                  "二、要求各单位按时报送统计数据。", "对工作推进不力的单位,要求督查室及时约谈主要负责人。",
                  // An item of a leader's list opens its clause as a sentence does.
                  "一是加强学习;三是要求各网格长组织网格员加强业务学习。", "一是加强学习;四是针对采集量下降的问题,要求各社区紧抓主业。"] {
            let d = directives(s, kind: "县政府常务会议纪要\n")
            XCTAssertEqual(d.count, 1, s)
            XCTAssertEqual(d.first?.cue, "要求", s)
        }
        for s in ["省长对今年工作进行了全面部署,要求全省牢记嘱托。", "按照省委要求编制了新的规划。",
                  "周建平要求:抓住政策机遇。", "张剑鸣对考核情况进行了通报,要求各社区网格长切实加强工作责任心。"] {
            XCTAssertNil(directives(s, kind: "县政府常务会议纪要\n").first { $0.cue == "要求" }, s)
        }
    }

    /// 决定 decides when a meeting or body decides (or no one is named before it), not when
    /// it says what determines what.
    func testDecideNeedsADecidingSubject() {
        for s in ["会议决定,成立项目建设领导小组。", "经研究决定,对城区道路进行改造。", "县委常委会决定,由王强同志主持全面工作。",
                  "市政府决定对先进单位给予表彰。", "决定成立城乡环境整治指挥部。", "二、决定在全县开展安全生产大检查。",
                  "会议原则同意县财政局关于预算调整的意见,会后报县人大常委会审批。", "会议同意镇文化站提出的宣讲方案。",
                  "会议经研究同意县交通局的调整方案。", "会议原则通过该办法,由县交通运输局按程序印发实施。",
                  // Nothing before it in a later clause: who decides or why stands before.
                  "经研究,决定成立县安全生产督查组。", "为加强对防汛工作的领导,决定成立防汛指挥部。",
                  "县委常委会研究,决定调整领导小组成员。"] {
            let d = directives(s)
            XCTAssertEqual(d.count, 1, s)
            XCTAssertEqual(d.first?.modality, .decide, s)
        }
        for s in ["思路决定出路,作风决定成效。", "今天的投资方向决定明天产业结构的优劣。", "态度决定一切。",
                  // After a statement, what a thing determines.
                  "“三区三线”划定工作很重要,决定全县未来发展空间、要素和方向。",
                  "常务会议是讨论决定政府工作中重大事项的会议。",
                  // An approval reported (已经/经…同意) or a speaker's own assent decides nothing here.
                  "《XX县防汛工作方案》已经县政府同意。", "刚才几位同志的安排,我都同意。",
                  // A duty that names who holds it.
                  "会议由市长委托负责日常工作的副市长主持。", "县政府实行县长负责制。", "县政府实行县长负责制,全县安全形势总体平稳。",
                  // A purpose before what is done for it.
                  "为确保全年目标任务落到实处,现将重点工作分解如下。",
                  // A modal inside the attribute of a mindset held (no 须 of 必须 read after it).
                  "我们牢固树立必须抓好项目的理念,全县经济实现了稳步增长。",
                  // 需要 as a noun, with no verb after it to command.
                  "根据工作需要,县里调整了部分干部的分工。", "结合防控需要,县疾控中心招聘了检验人员。",
                  // Work there is, not work ordered.
                  "我们的工作还不到位,还有大量的工作要做。", "改革还有很长的路要走。",
                  // A request's closing asks a superior to decide; it instructs no one.
                  "以上请示可否,请批示。", "妥否,请予批准。",
                  // A pledge those present made, reported.
                  "各单位负责人纷纷表示,要把此项工作作为当前的重要工作,确保按期完成。"] {
            XCTAssertEqual(directives(s).count, 0, s)
        }
    }

    /// In texts that give commands, a deadline run straight into its verb sets a task; a
    /// deadline framing a goal (`到…,…达到…`) or a past result does not.
    func testDeadlineLedTasks() {
        for s in ["2024年6月底前公布告知承诺事项清单。", "9月底前出台实施细则,报市政府审定。",
                  "各牵头单位于2月29日前将细化方案报送县政府督查室。", "各牵头单位于2024年2月8日前,将办理方案报市政府督查室。"] {
            let d = directives(s)
            XCTAssertEqual(d.count, 1, s)
            XCTAssertEqual(d.first?.modality, .must, s)
        }
        for s in ["到2026年底,全市政务服务事项网上可办率达到98%以上。", "2023年6月底前完成了老旧小区改造任务。", "6月底前。",
                  "各乡镇于6月30日前完成了排查。"] {
            XCTAssertEqual(directives(s).count, 0, s)
        }
        // A rule closing on its bound and a short task, as plans and notices set them.
        let rules = "系统督查专报制度\n"
        for s in ["一、重大决策部署落实情况,重点项目进展情况,每月5日前上报。", "二、会议决策事项承办落实情况在30个工作日内上报。",
                  "会议精神贯彻落实情况在会后7日内上报。"] {
            XCTAssertEqual(directives(s, kind: rules).count, 1, s)
            XCTAssertEqual(Fixture.parse(rules + s).allResponsibilities.count, 0, s)
        }
        XCTAssertEqual(directives("(三)批示件办理情况,由承办单位于收到批示后5个工作日内反馈。", kind: rules).count, 1)
        // `决定事项` names matters decided.
        XCTAssertEqual(directives("〔二〕县政府常务会议、县长办公会议决定事项;", kind: rules).count, 0)
        for s in ["落实情况已于每月5日前上报。", "县交通局未按要求于9月15日前报送工作进展情况。", "各乡镇在7日内上报情况,县里汇总后形成专报印发各地参考。"] {
            XCTAssertEqual(directives(s, kind: rules).count, 0, s)
        }
        // Speeches tell such things of others.
        XCTAssertEqual(directives("各乡镇进展情况每月5日前上报。").count, 0)
    }

    /// A report or summary commands without cue words only under a heading that sets out
    /// plans (`二、2024年工作安排`); its look back stays narrative.
    func testPlansInAReport() {
        let r = Fixture.parse("XX县2024年政府工作报告\n一、2023年工作回顾\n深化“放管服”改革,营商环境持续优化。\n二、2024年工作安排\n(一)持续优化营商环境。深化“放管服”改革,年底前实现一网通办。")
        XCTAssertEqual(r.allDirectives.map(\.text), ["(一)持续优化营商环境", "深化“放管服”改革,年底前实现一网通办"])
        // A study report's proposals (`三、对策建议`) are set out as a plan's measures.
        let study = Fixture.parse("关于农村集体经济发展情况的调研报告\n一、基本情况\n强化政策支持,收入增长15.6%。\n二、对策建议\n(一)强化政策支持。县财政要设立专项资金。")
        XCTAssertEqual(study.allDirectives.map(\.text), ["(一)强化政策支持", "县财政要设立专项资金"])
        // In the look back a duty tells who did the work; under the plans (also a heading of
        // the year's general requirements) it assigns, and a modal commands anywhere.
        let duties = Fixture.parse("XX县2024年政府工作报告\n一、2023年工作回顾\n县住建局牵头实施城区雨污分流改造,铺设主管网18公里。县财政局要严格预算执行。\n二、2024年工作的总体要求\n由县发改局负责重大项目调度。")
        XCTAssertEqual(duties.allDirectives.map(\.text), ["县财政局要严格预算执行", "由县发改局负责重大项目调度"])
        XCTAssertEqual(duties.documents.flatMap(\.responsibilities).map(\.party), ["县财政局", "县发改局"])
        let summary = Fixture.parse("县住建局2024年工作总结\n一、主要成效\n局办公室负责档案整理,完成归档1200卷。\n二、明年打算\n由局办公室负责档案数字化。")
        XCTAssertEqual(summary.documents.flatMap(\.responsibilities).map(\.task), ["档案数字化"])
        // In a plan, a duty followed by what is already done is a status reported; 已 in an
        // attribute (`已下达的资金`) is not.
        let status = Fixture.parse("XX县2024年重点工作方案\n县住建局牵头实施城区雨污分流改造,已完成主管网铺设18公里。县财政局负责资金保障,已下达的资金要及时拨付。")
        XCTAssertEqual(status.documents.flatMap(\.responsibilities).map(\.party), ["县财政局"])
        XCTAssertEqual(status.allDirectives.map(\.text), ["县财政局负责资金保障,已下达的资金要及时拨付"])
        // In the look back, what a leader said then and a cue after what was done tell; the
        // plans under their heading still command.
        let retold = Fixture.parse("XX县审计整改情况的报告\n一、整改工作推进情况\n市长在常务会议上指出,要高度重视审计整改。市政府领导多次作出批示,强调要推进整改。"
            + "市审计局召开了整改工作会议,督促被审计单位认真整改,确保每个问题整改到位。\n二、下一步工作打算\n各单位要确保问题整改到位。")
        XCTAssertEqual(retold.allDirectives.map(\.text), ["各单位要确保问题整改到位"])
        // A summary and a plan in one title: the first kind leads (the look back first, the
        // plans under their heading).
        let joined = Fixture.parse("XX镇2023年工作总结和2024年工作计划\n一、2023年工作完成情况\n镇财政所负责资金拨付,按期完成。\n二、2024年工作计划\n镇财政所要及时拨付资金。")
        XCTAssertEqual(joined.documents.map(\.kind), [.summary])
        XCTAssertEqual(joined.allDirectives.map(\.text), ["镇财政所要及时拨付资金"])
        // A plan's look back (`一、基本情况`) tells as a report's does; its measures command.
        let background = Fixture.parse("XX县2024年农村公路建设实施方案\n一、基本情况\n近年来,累计建成农村公路1200公里。加快推进路网提档升级,硬化率达到100%。县交通局要加强养护。\n"
            + "二、主要措施\n(一)加强规划引领。县交通运输局要科学编制规划。\n(二)强化资金保障。积极争取上级资金。\n三、工作要求\n各乡镇每月报送进展情况。")
        XCTAssertEqual(background.allDirectives.map(\.text), ["县交通局要加强养护", "(一)加强规划引领", "县交通运输局要科学编制规划", "(二)强化资金保障", "积极争取上级资金",
                                                             "各乡镇每月报送进展情况"])
        // Those addressed as a whole, then a verb qualifying a thing (`各单位承担的…`): no step.
        XCTAssertEqual(Fixture.parse("关于报送完成情况的通知\n一、报送内容\n各单位承担的重点工作任务完成情况、存在问题及下半年工作打算。").allDirectives.count, 0)
        // A duty as the attribute of what is done (`牵头实施的…已…`) is a status anywhere.
        let attr = Fixture.parse("XX镇2024年工作方案\n镇农业服务中心牵头实施的高标准农田项目已全部完工。镇财政所负责的资金要及时拨付。")
        XCTAssertEqual(attr.allResponsibilities.map(\.party), ["镇财政所"])
    }

    /// A task named by its verb, then what it means (`…,直接关系到…`, `…,是…的关键`): no command.
    func testTaskAsSubject() {
        for s in ["做好防汛抗旱工作,直接关系到我县的经济发展。", "加快推进物流基地建设,是畅通国内大循环的一项重大举措。",
                  "抓好安全生产,事关人民群众生命财产安全。", "加强基层党建,意义重大。"] {
            XCTAssertEqual(directives(s).map(\.text), [], s)
        }
        XCTAssertEqual(directives("做好防汛抗旱工作,确保安全度汛。").map(\.text), ["做好防汛抗旱工作,确保安全度汛"])
        XCTAssertEqual(directives("加强领导,特别是要做好值班值守。").map(\.text), ["加强领导,特别是要做好值班值守"])
    }

    /// In minutes, the meeting opening the sentence asks after what it heard; 下达 reaches no
    /// figure (the clause with its deadline stays).
    func testMeetingAsksAfterWhatItHeard() {
        let minutes = "县人民政府常务会议纪要\n"
        XCTAssertEqual(directives("会议听取了县市场监管局关于食品安全工作的汇报,要求县市场监管局进一步加强校园周边食品安全监管。\n", kind: minutes).map(\.text),
                       ["要求县市场监管局进一步加强校园周边食品安全监管"])
        XCTAssertEqual(directives("责成县财政局统筹安排改造资金1500万元,6月30日前下达。\n", kind: minutes).map(\.text),
                       ["责成县财政局统筹安排改造资金1500万元,6月30日前下达"])
        XCTAssertEqual(directives("要加强监管,全县抽检合格率达98%。\n", kind: minutes).map(\.text), ["要加强监管"])
        // What the meeting did, then the body it hands the rest to (a basis before the verb).
        XCTAssertEqual(directives("会议讨论通过了《城区停车管理办法》,由县政府办公室按程序印发实施。\n", kind: minutes).count, 1)
        XCTAssertEqual(directives("会议讨论通过了《城区停车管理办法》,县政府办公室印发了该办法。\n", kind: minutes).count, 0)
    }

    func testExceptions() {
        for s in ["这是一项重要工作。", "主要目的通过汇报点评。", "办证手续繁琐、要求不具体。", "省里还要进行全面评估检查验收。",
                  "项目建设就必定要慢。", "大家应该有所启发。", "难以应对更高要求的形势。", "创新要素聚集方式。",
                  "这项工作要不要做,大家心里都清楚。",
                  "专款专用,确保了资金安全。", "明确了各部门职责分工。", "高度重视是做好工作的前提。", "去年杜绝了较大以上安全生产事故。", "全年争取了上级资金3亿元。", "我州很有希望获得督查激励。", "我们还要求各县梳理企业名单。",
                  "加强政银企合作是解决融资困难的重要举措。", "切实提高了招商引资成功率。", "但也要看到,差距仍然存在。",
                  // The meeting's own agenda: who will speak, why it was called.
                  "应该说,今年各项工作成效明显。", "需要指出的是,部分指标完成不理想。", "必须承认,我们的差距还很大。",
                  "等一会儿,张书记还要作重要讲话。", "县委、县政府决定在这里召开全县经济工作会议。", "市委决定召开这次会议。",
                  "现在进行第二项议程,请县应急局汇报防汛备汛情况。", "下面,请王书记作重要讲话。",
                  "今天的会议共有三项议程:\n一是请县应急管理局局长李强同志通报全县安全生产形势;\n二是请各乡镇作表态发言。",
                  // Column names in a duty bracket.
                  "(牵头领导:张三副县长;牵头处室:办公室)",
                  "请安监局张明局长宣读《关于全县安全事故情况的通报》。",
                  "经县委、县政府研究决定,今天召开全县森林防灭火工作安排部署会。", "工作浮于表面,措施不得力,导致火情多发。",
                  "联席会议每月召开一次,也可根据需要临时召开。", "这次事故让我们深刻认识到安全生产的重要性。", "这些成绩让我们倍感振奋。", "这些变化让我们更加坚定了信心。", "张委员:同意。", "现就禁止露天焚烧秸秆有关事项通告如下:",
                  "现就做好2024年度安全生产工作提出如下意见:",
                  // A superior's requirement retold, with the cues of what it asked.
                  "县委、县政府多次部署、反复强调森林防火工作,要求乡镇街道务必要提高认识、压实责任。",
                  // A work report laid before a congress and the courtesy after it.
                  "现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。",
                  // A cue inside a 关于…的 topic, or a modal in a definition's attribute, describes.
                  "会议传达了市委关于今明两年争取完成沟渠疏浚工作的指示精神。", "项目建设是两项必须完成的政治任务。",
                  // …also after a list of subjects, and a modal with a short verb before 的 and a noun.
                  "这是县委、县政府必须做好的一项工作。", "全县需要改造的危房还有120户。", "当前要解决的问题还很多。",
                  // …also a longer verb when the noun is counted.
                  "正在办理的事项中,需要加快推进的事项3件。", "全县需要整改的问题共12个。",
                  // What a request needs, counted (a noun and its figure).
                  "我局拟对12座病险水库进行除险加固,需资金300万元。"] {
            XCTAssertEqual(directives(s).map(\.text), [], s)
        }
        // The agenda clause goes; the request after it stays.
        XCTAssertEqual(directives("白书记还要做重要讲话,请同志们认真抓好贯彻落实。").map(\.text), ["请同志们认真抓好贯彻落实"])
        // Near misses that still instruct: the object of a modal, a 请 that asks for work.
        for s in ["关键是要把群众的利益放在首位。", "请各乡镇的主要负责同志参加会议。", "请县应急局于6月1日前汇报防汛备汛情况。",
                  "会议议程全部完成。\n请县应急局于6月1日前汇报防汛备汛情况。", "需动员近2万名普查员进行普查。", "需安排养护资金50万元。",
                  // A rule for a case (对…的,) hands its task over, in a speech as well.
                  "对工作不力的,由县纪委监委严肃追责问责。",
                  "根据市政府关于防汛的部署,各乡镇要立即开展排查。",
                  // 的 written for 地 before a verb; a longer object holding 的.
                  "各乡镇要认真的抓好落实。", "要加强党的领导。", "我们要认真的想一想,工作中是否真正做到了主动担当。"] {
            XCTAssertEqual(directives(s).count, 1, s)
        }
    }

    /// A bare 要 after a body above the speaker tells that body's plan; after anyone else,
    /// or as 要求, it instructs.
    func testSuperiorBodiesPlansAreNotDirectives() {
        for s in ["省里还要进行全面评估检查验收。", "国家还要抽查和考核。", "上级也要来检查。", "中央将要出台新政策。"] {
            XCTAssertEqual(directives(s).map(\.text), [], s)
        }
        for s in ["我们还要进行全面排查。", "各县还要抽查和考核。", "国家要求各地加快进度,我们要抓紧落实。"] {
            XCTAssertEqual(directives(s).count, 1, s)
        }
    }

    func testNoImperativeReadingInSummaries() {
        let summary = "2013年第一季度重点工作完成情况\n"
        XCTAssertEqual(directives("加大宣传力度,深入宣传,广泛发动。", kind: summary).count, 0)
        XCTAssertEqual(directives("加大宣传力度,深入宣传,广泛发动。").count, 1)
        // A requirement reported with what was done after it; a need found still there.
        XCTAssertEqual(directives("要求各乡镇每月召开一次安全生产例会,已召开例会52次。", kind: summary).count, 0)
        XCTAssertEqual(directives("三是应急物资储备还需进一步加强。", kind: summary).count, 0)
        // What was done aimed at (…,确保…), and a slogan (`党要管党`).
        XCTAssertEqual(directives("截至目前,网签合同工作正按计划有序推进,确保不漏一户。", kind: summary).count, 0)
        XCTAssertEqual(directives("坚持党要管党、全面从严治党。", kind: summary).count, 0)
        XCTAssertEqual(directives("要求各乡镇每月召开一次安全生产例会,已召开例会52次。").count, 1)
    }

    func testItemsUnderDecisionLabelsAreDecisions() {
        let r = Fixture.parse("会议纪要\n会议决定:\n1、给中节能项目亮红牌。\n会议认为:\n1、项目起步区规划未完成审批。")
        XCTAssertEqual(r.allDirectives.map(\.text), ["1、给中节能项目亮红牌"])
        XCTAssertEqual(r.allDirectives.first?.modality, .decide)
        XCTAssertEqual(r.allDirectives.first?.section, ["会议决定", "1、"])
        // `会议决议:` and unnumbered items: those set off by bullets, and the paragraph right
        // after the label; a later plain paragraph may be narrative again.
        let bulleted = Fixture.parse("村民会议记录\n会议决议:\n- 采纳村民代表的建议,完善村庄发展规划;\n- 成立财务监督小组,定期审查账目。\n会议还通报了上季度财务收支情况。")
        XCTAssertEqual(bulleted.allDirectives.map(\.text), ["-采纳村民代表的建议,完善村庄发展规划", "-成立财务监督小组,定期审查账目"])
        XCTAssertEqual(Set(bulleted.allDirectives.map(\.modality)), [.decide])
        let plain = Fixture.parse("村民会议记录\n会议决议:\n成立财务监督小组,定期审查账目。\n会议还通报了上季度财务收支情况。")
        XCTAssertEqual(plain.allDirectives.map(\.text), ["成立财务监督小组,定期审查账目"])
        // An item named by a short topic: the sentence after the topic is the decision too (a
        // sentence telling what was done is none).
        let topics = Fixture.parse("专题会议纪要\n会议明确:\n3.规划审批。县自然资源局、县住建局开辟绿色通道,确保项目12月中旬开工建设。\n4.征地情况。城关镇已完成签约8户。")
        XCTAssertEqual(topics.allDirectives.map(\.text), ["3.规划审批", "县自然资源局、县住建局开辟绿色通道,确保项目12月中旬开工建设", "4.征地情况"])
        XCTAssertEqual(topics.allResponsibilities.map { "\($0.party)|\($0.deadline ?? "-")" }, ["县自然资源局|--12-20", "县住建局|--12-20"])
        // An introduction that settles (`…明确如下:`, `…确定如下:`) decides its list; an item about
        // a matter (`1.关于…问题。`, any length) names it, and the sentence after it decides.
        let about = Fixture.parse("县政府常务会议纪要\n会议就有关具体事项明确如下:\n1.关于迎复审相关单位设备配备问题。相关单位设备配备由领导小组提出方案后另行研究确定。\n2.关于迎复审工作经费问题。县财政安排县卫计局工作经费50万元。\n3.加强督查。")
        XCTAssertEqual(about.allDirectives.map(\.text), ["相关单位设备配备由领导小组提出方案后另行研究确定", "县财政安排县卫计局工作经费50万元", "3.加强督查"])
        XCTAssertEqual(Set(about.allDirectives.map(\.modality)), [.decide])
        XCTAssertEqual(Fixture.parse("会议纪要\n现将有关事项确定如下:\n1.县财政安排工作经费50万元。").allDirectives.map(\.modality), [.decide])
        XCTAssertEqual(Fixture.parse("会议纪要\n现将会议主要精神纪要如下:\n1.县财政安排工作经费50万元。").allDirectives.count, 0)
        // An item over items of its own is their heading, not a decision.
        let over = Fixture.parse("会议纪要\n会议研究了二季度工作,就有关事项明确如下:\n一、关于经费问题。县财政安排工作经费50万元。\n二、其他事项\n(一)本季度营业收入3.2亿元。")
        XCTAssertEqual(over.allDirectives.map(\.text), ["县财政安排工作经费50万元"])
        // Under a label alone on its line too (a topic alone on its line stays none, above).
        let label = Fixture.parse("会议纪要\n会议明确如下:\n一、关于经费问题。县财政安排工作经费60万元。\n二、县住建局抓紧完成招标。")
        XCTAssertEqual(label.allDirectives.map(\.text), ["县财政安排工作经费60万元", "二、县住建局抓紧完成招标"])
    }

    /// `会议决议事项如下:` is the label `会议决议` (事项, 如下 after it); a bullet item commands as
    /// its verb does; a topic under the label (`一、关于…`) is no decision.
    func testLabelsWithTheirListWordsAndTopicsUnderThem() {
        let r = Fixture.parse("县政府专题会议纪要\n会议决议事项如下:\n- 建立专项工作组,定期召开调度会\n一、关于招商引资\n县商务局每月通报一次进展情况。")
        XCTAssertEqual(r.allDirectives.map(\.text), ["-建立专项工作组,定期召开调度会"])
        XCTAssertEqual(r.allDirectives.first?.modality, .decide)
        XCTAssertEqual(LineShape.labelName("会议议定事项如下", .shared), "会议议定事项")
        XCTAssertEqual(LineShape.labelName("会议决定如下", .shared), "会议决定")
        XCTAssertNil(LineShape.labelName("主要事项如下", .shared))
        // `以下事项` (and `了以下事项`) after the label; its items decide whatever their verb.
        XCTAssertEqual(LineShape.labelName("会议议定以下事项", .shared), "会议议定")
        XCTAssertEqual(LineShape.labelName("会议确定了以下事项", .shared), "会议确定")
        XCTAssertNil(LineShape.labelName("主要包括以下事项", .shared))
        let listed = Fixture.parse("县安委会联席会议纪要\n会议议定以下事项:\n1.县住建局负责技术指导。\n2.对排查出的重大隐患,实行挂牌督办。")
        XCTAssertEqual(listed.allDirectives.map(\.text), ["1.县住建局负责技术指导", "2.对排查出的重大隐患,实行挂牌督办"])
        XCTAssertEqual(directives("- 建立专项工作组,定期召开调度会。").map(\.text), ["-建立专项工作组,定期召开调度会"])
    }

    /// A numbered heading that is only a label's name (`三、会议要求`, `二、议定事项`) gives its
    /// items the label's modality, as the label does; an item that tells what was done and has
    /// no cue of its own stays narrative (under a label too), and a topic heading gives none.
    func testItemsUnderAHeadingNamedAsALabel() {
        let r = Fixture.parse("防汛工作会议纪要\n一、会议要求\n1、各村本月完成摸底。\n2、本月召开了三次调度会。\n3、前期征地已全面到位。\n4、为了加快进度,深入了解群众诉求。\n二、议定事项\n1、同意水利站的方案。\n三、工作进展\n1、完成排查12处。")
        XCTAssertEqual(r.allDirectives.map(\.text), ["一、会议要求", "1、各村本月完成摸底", "4、为了加快进度,深入了解群众诉求", "1、同意水利站的方案"])
        XCTAssertEqual(r.allDirectives.map(\.modality), [.must, .must, .must, .decide])
        let label = Fixture.parse("会议纪要\n会议要求:\n1、各村本月完成摸底。\n2、本月召开了三次调度会。")
        XCTAssertEqual(label.allDirectives.map(\.text), ["1、各村本月完成摸底"])
    }

    /// Commands whose verb comes after a frame: a basis and its comma, or an object brought
    /// forward by 对/针对; and plan verbs (编制, 指导, 探索 …) opening a task.
    func testFramedAndPlanCommands() {
        let plan = "北京市2016年政务公开工作要点\n"
        for s in ["对权力清单进行动态调整,公布2016年版市政府部门权力清单。", "根据通用责任清单要求,进一步细化公开各部门的责任事项。",
                  "针对企业用工开展有目的的培训。", "编制城市应急管理等重点领域专项责任清单。", "指导各区政府建立健全权力清单制度。", "迅速组织力量抢修水毁道路。", "定期邀请专家进行指导。",
                  "(二)促进农民持续增收。"] {
            XCTAssertEqual(directives(s, kind: plan).count, 1, s)
        }
        for s in ["根据统计,全市共有权力事项3200项。", "对权力清单进行了动态调整。", "对此次检查结果总体满意。",
                  "群众需求日益多样。", "物资按需调配到各乡镇。", "如需帮助,可拨打热线。", "努力了三年,终于建成。",
                  // Words opening like a command that name a thing.
                  "(一)组织领导", "2 组织指挥体系及职责"] {
            XCTAssertEqual(directives(s, kind: plan).count, 0, s)
        }
    }

    /// A sentence that opens with a command of its own is one instruction from its start,
    /// whatever cue comes later; one that opens with a report starts at its cue's clause.
    func testCommandFromTheSentenceStart() {
        let plan = "XX市2022年营商环境工作要点\n"
        XCTAssertEqual(directives("严格按照改革方案确定监管职责,明晰审管边界、强化审管联动、确保无缝衔接。", kind: plan).map(\.text),
                       ["严格按照改革方案确定监管职责,明晰审管边界、强化审管联动、确保无缝衔接"])
        XCTAssertEqual(directives("去年全市新增市场主体3万户,今年要确保增长10%。", kind: plan).map(\.text), ["今年要确保增长10%"])
        XCTAssertEqual(directives("加强监管已经取得成效,今后要确保持续。", kind: plan).map(\.text), ["今后要确保持续"])
        // …also after an inline item's marker.
        XCTAssertEqual(directives("三是加快工业园二期建设项目,争取列入省重点项目。", kind: plan).map(\.text), ["三是加快工业园二期建设项目,争取列入省重点项目"])
    }

    /// An instruction passed on in quotation marks after a colon is one from its opening mark;
    /// a quotation that tells or names nothing to do is none. A task list's row names its body
    /// before a colon (`县财政局:3月底前拨付…`).
    func testQuotedCommandsAndBodyRows() {
        let minutes = "县政府常务会议纪要\n"
        XCTAssertEqual(directives("会议传达了市委书记的批示:“立即开展隐患排查,严防死守,确保不发生重大森林火灾。”", kind: minutes).map(\.text),
                       ["立即开展隐患排查,严防死守,确保不发生重大森林火灾"])
        XCTAssertEqual(directives("会议传达了市长的批示:“迅速组织力量抢修水毁道路。”", kind: minutes).map(\.text), ["迅速组织力量抢修水毁道路"])
        for s in ["会议传达了市长的批示:“全县防汛工作成效明显。”", "会议指出:“加强监管已经取得成效。”", "他说“立即整改”是最低要求。"] {
            XCTAssertEqual(directives(s, kind: minutes).map(\.text), [], s)
        }
        XCTAssertEqual(directives("县财政局:3月底前拨付春耕补贴资金。", kind: minutes).map(\.text), ["县财政局:3月底前拨付春耕补贴资金"])
        XCTAssertEqual(directives("主要成绩:3月底前完成了拨付。", kind: minutes).map(\.text), [])
        let rows = Fixture.parse(minutes + "县财政局:3月底前拨付春耕补贴资金。\n会议时间:3月6日上午。").allResponsibilities.map { "\($0.party)|\($0.task)" }
        XCTAssertEqual(rows, ["县财政局|3月底前拨付春耕补贴资金"])
        // A clause handing a task with its deadline to a party (由X于…前) commands from there on.
        let handed = "对排名后三位的单位,由县考核办于3月20日之前通报考核结果。"
        XCTAssertEqual(directives(handed, kind: minutes).map(\.text), ["对排名后三位的单位,由县考核办于3月20日之前通报考核结果"])
        XCTAssertEqual(Fixture.parse(minutes + handed).allResponsibilities.map(\.party), ["县考核办"])
        XCTAssertEqual(directives("受天气影响,由于3月20日前连续降雨,工期有所推迟。", kind: minutes).map(\.text), [])
    }

    /// In a plan or a notice a sentence opening with a body and an imperative verb commands
    /// (`县农业农村局组织验收,…`); a speech's or minutes' may tell what the body has been doing.
    func testBodyThenCommandInPlans() {
        let plan = "青溪县2025年人居环境整治实施方案\n"
        XCTAssertEqual(directives("县农业农村局组织验收,12月20日前将总结报县政府。", kind: plan).map(\.text),
                       ["县农业农村局组织验收,12月20日前将总结报县政府"])
        XCTAssertEqual(directives("县农业农村局组织了验收。", kind: plan).map(\.text), [])
        XCTAssertEqual(directives("州政府领导分管的工作进展顺利。", kind: plan).map(\.text), [])
        XCTAssertEqual(directives("县农业农村局组织验收,反映良好。").map(\.text), [], "a speech tells")
        // Those addressed as a whole, then a verb; not who is meant by an attribute.
        XCTAssertEqual(directives("各乡镇制定具体实施方案,召开动员会议。", kind: plan).map(\.text), ["各乡镇制定具体实施方案,召开动员会议"])
        XCTAssertEqual(directives("各乡镇、各部门开展自查。", kind: plan).count, 1)
        XCTAssertEqual(directives("各乡镇分管组织工作的副书记,共约120人。", kind: plan).map(\.text), [])
        // Minutes too (they tell with 了); the basis a body acts on may come before its verb.
        let minutes = "专题会议纪要\n"
        XCTAssertEqual(directives("县公安局、县市场监管局按照各自职责,做好交通疏导。", kind: minutes).map(\.text), ["县公安局、县市场监管局按照各自职责,做好交通疏导"])
        XCTAssertEqual(directives("县住建局组织召开了协调会。", kind: minutes).map(\.text), [])
        let rs = Fixture.parse(plan + "县农业农村局组织验收,12月20日前将总结报县政府。").allResponsibilities.map { "\($0.party)|\($0.deadline ?? "-")" }
        XCTAssertEqual(rs, ["县农业农村局|2025-12-20"])
    }

    /// A clause handing a task to a body (由, its name, a verb) commands: in minutes, plans and
    /// notices; in a speech with a deadline (else it may tell who carried out what).
    func testHandOverCommands() {
        let minutes = "东山镇党委会议纪要\n"
        XCTAssertEqual(directives("资金缺口部分,由镇财政所想办法解决,10月15日前落实到位。", kind: minutes).map(\.text),
                       ["资金缺口部分,由镇财政所想办法解决,10月15日前落实到位"])
        XCTAssertEqual(directives("资金缺口部分,由镇财政所想办法解决了。", kind: minutes).map(\.text), [])
        XCTAssertEqual(directives("该项目由县住建局组织实施,总投资3亿元。").map(\.text), [], "a speech tells")
        XCTAssertEqual(directives("该项目由县住建局组织实施,9月底前完工。").map(\.text), ["该项目由县住建局组织实施,9月底前完工"])
    }

    /// `要求,` names a requirement (`按照省里要求,`), but after a meeting it asks (`会议要求,X…`).
    func testRequirementNamedOrAsked() {
        let minutes = "县政府专题会议纪要\n"
        XCTAssertEqual(directives("会议要求,县水利局抓紧编制灌区改造方案。", kind: minutes).first?.cue, "要求")
        XCTAssertEqual(directives("按照省里要求,县里召开了专题会议。", kind: minutes).map(\.text), [])
    }

    /// The purpose a meeting is held for (`主要目的是…,确保…`) and what one must know (`要知道`)
    /// instruct nothing.
    func testPurposeAndKnowingAreNoCommands() {
        XCTAssertEqual(directives("县委、县政府召开这次会议,主要目的是贯彻落实会议精神,确保全面完成全年公路建设任务。").map(\.text), [])
        XCTAssertEqual(directives("但是我们更要知道,目前差距还十分大。").map(\.text), [])
        XCTAssertEqual(directives("各乡镇要确保全面完成全年任务。").map(\.text), ["各乡镇要确保全面完成全年任务"])
        // 力争 inside 大力争取 (大力 + 争取) is no cue; 要 before it still commands.
        let minutes = "镇长办公会会议纪要\n"
        XCTAssertEqual(directives("二、李四汇报准备情况。信用社坚持以政府为主,大力争取资金支持。", kind: minutes).map(\.text), [])
        XCTAssertEqual(directives("要大力争取上级资金支持。").map(\.text), ["要大力争取上级资金支持"])
    }

    /// A body and its deadline before a verb command in a notice, unless the bound was missed
    /// and is told of (未, 没有).
    func testMissedBoundIsNoCommand() {
        let notice = "关于重点工作督查情况的通报\n"
        XCTAssertEqual(directives("县交通局于9月15日前报送工作进展情况。", kind: notice).map(\.text), ["县交通局于9月15日前报送工作进展情况"])
        XCTAssertEqual(directives("县交通局未按要求于9月15日前报送工作进展情况。", kind: notice).map(\.text), [])
        XCTAssertEqual(directives("县交通局没有在9月15日前报送工作进展情况。", kind: notice).map(\.text), [])
    }

    /// A plan's phases name stages: `组织实施阶段` opens with 组织 but commands nothing.
    func testPhaseNamesAreNoCommands() {
        let plan = "关于开展人居环境整治的实施方案\n"
        XCTAssertEqual(directives("(二)组织实施阶段(2024年4月至10月)。", kind: plan).count, 0)
        XCTAssertEqual(directives("(三)全面推开阶段。", kind: plan).count, 0)
        XCTAssertEqual(directives("(一)组织实施专项整治行动。", kind: plan).count, 1)
        XCTAssertEqual(directives("推动高质量发展迈上新阶段。", kind: plan).count, 1, "a long sentence ending in 阶段 still commands")
        // A plan's step opening with what is to be built; 已 qualifying the object brought
        // forward (`对已改厕所…`) tells nothing done.
        XCTAssertEqual(directives("新改建农村户用卫生厕所3000户,对已改厕所开展“回头看”。", kind: plan).count, 1)
        XCTAssertEqual(directives("新建农村公路50公里。", kind: plan).count, 1)
        XCTAssertEqual(directives("全县已改建农村公路50公里。", kind: plan).count, 0)
        // A heading naming why a task matters (`…的必要性`, `…的重大意义`) commands nothing.
        XCTAssertEqual(directives("(一)开展矿山安全专项整治工作的必要性\n").count, 0)
        XCTAssertEqual(directives("(二)推进乡村振兴的重大意义\n").count, 0)
        XCTAssertEqual(directives("(一)开展矿山安全专项整治\n").count, 1)
        // A sentence announcing what follows commands nothing itself.
        XCTAssertEqual(directives("制定实施方案如下:", kind: plan).count, 0)
        XCTAssertEqual(directives("制定实施方案,明确工作步骤。", kind: plan).count, 1)
    }

    func testReportedFiguresAreCutFromTheDirective() {
        // In a speech the item opens with a command of its own: one instruction from its start.
        let d = directives("(一)扎实推进宣传工作,确保养老待遇按时足额准确发放,发放率达100%。")
        XCTAssertEqual(d.first?.text, "(一)扎实推进宣传工作,确保养老待遇按时足额准确发放")
        // In a summary's look back what was done and its aim (…,确保…) are told, not ordered
        // (the seed's summary has no directive in its gold).
        let summary = directives("(一)扎实推进宣传工作,确保养老待遇按时足额准确发放,发放率达100%。", kind: "2013年第一季度重点工作完成情况\n")
        XCTAssertEqual(summary.map(\.text), [])
        XCTAssertEqual(directives("各县要加快工作进度，目前已完成任务的八成。").first?.text, "各县要加快工作进度")
        // A first clause setting the case, basis or aim belongs to the instruction; one that
        // tells does not.
        XCTAssertEqual(directives("对工作推进不力的单位,要严肃问责。").map(\.text), ["对工作推进不力的单位,要严肃问责"])
        XCTAssertEqual(directives("凡是没有按期完成任务的,一律通报批评。").map(\.text), ["凡是没有按期完成任务的,一律通报批评"])
        XCTAssertEqual(directives("如发现安全隐患,必须立即停工整改。").map(\.text), ["如发现安全隐患,必须立即停工整改"])
        XCTAssertEqual(directives("对外贸易增长15%,要继续扩大开放。").map(\.text), ["要继续扩大开放"])
        XCTAssertEqual(directives("对此已作了部署,要抓好落实。").map(\.text), ["要抓好落实"])
        XCTAssertEqual(directives("对县交通局予以通报批评,责令其于10月底前完成整改。").map(\.text), ["对县交通局予以通报批评,责令其于10月底前完成整改"])
        // 确保 carrying on the purpose a sentence opens with aims.
        for s in ["为了做好防汛工作,确保全镇防汛抢险工作高效有序进行。", "为切实做好今年防汛工作,确保人民群众生命财产安全,现将有关事项通知如下:"] {
            XCTAssertEqual(directives(s, kind: "工作方案\n").map(\.text), [], s)
        }
        XCTAssertEqual(directives("为此,确保年底前完工。").count, 1)
        // An item's short name before its colon is no command of its own.
        XCTAssertEqual(directives("3.联合督导机制:由领导小组牵头,组织相关人员开展督查。", kind: "工作方案\n").map(\.text), ["由领导小组牵头,组织相关人员开展督查"])
        // A figure set as a target stays.
        XCTAssertEqual(directives("县农业农村局负责技术指导,确保全县秸秆综合利用率达到92%以上。").first?.text, "县农业农村局负责技术指导,确保全县秸秆综合利用率达到92%以上")
        XCTAssertEqual(directives("各乡镇要加快进度,入户率要达到95%。").first?.text, "各乡镇要加快进度,入户率要达到95%")
        // What the speaker's own body did is cut (我局, 我县 …); what it will do, or 我们, is not.
        XCTAssertEqual(directives("县委要求各乡镇要抓好产业发展,我局积极配合,指导发展特色产业基地12个。").first?.text, "县委要求各乡镇要抓好产业发展")
        XCTAssertEqual(directives("各乡镇要抓好产业发展,我局将积极配合。").first?.text, "各乡镇要抓好产业发展,我局将积极配合")
        XCTAssertEqual(directives("我们要认真想一想,我们是否做到了主动担当。").first?.text, "我们要认真想一想,我们是否做到了主动担当")
    }

    func testDirectiveLinksDeadlinesAndParties() {
        let d = directives("州工信局、财政局牵头,9 月底前完成办法起草。").first
        XCTAssertEqual(d?.deadlines, ["--09-30"])
        XCTAssertEqual(d?.parties, ["州工信局", "财政局"])
    }
}
