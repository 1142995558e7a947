import XCTest
@testable import GongwenKit

final class ResponsibilityTests: XCTestCase {
    func resp(_ s: String) -> [String] {
        Fixture.parse("2011年工作会议纪要\n" + s).allResponsibilities.map {
            "\($0.party)|\($0.partyType.rawValue)|\($0.role ?? "-")|\($0.duty.rawValue)|\($0.task)|\($0.deadline ?? "-")"
        }
    }

    /// A time before the party tells when, not who: a date, a deadline, or a word of time.
    func testTimeBeforeTheParty() {
        XCTAssertEqual(resp("2025年三市镇要继续保持昂扬斗志。"), ["三市镇|org|-|owner|继续保持昂扬斗志|-"])
        XCTAssertEqual(resp("今年县交通局要加快推进道路建设。"), ["县交通局|org|-|owner|加快推进道路建设|-"])
        XCTAssertEqual(resp("9月底前县财政局要拨付资金。"), ["县财政局|org|-|owner|拨付资金|2011-09-30"])
        XCTAssertEqual(resp("近期李明副县长要带队督查。"), ["李明|person|副县长|owner|带队督查|-"])
    }

    /// 须 and 力争 right after a party make it answerable, as 要 and 必须 do; after another cue
    /// they belong to its task (`要力争`).
    func testMoreOwnerCues() {
        XCTAssertEqual(resp("县交通局须在本月20日前完成道路巡查。").map { $0.components(separatedBy: "|")[0] }, ["县交通局"])
        XCTAssertEqual(resp("县发改委力争明年上半年开工建设。"), ["县发改委|org|-|owner|明年上半年开工建设|2012-06-30"])
        XCTAssertEqual(resp("县发改委要力争明年开工。"), ["县发改委|org|-|owner|力争明年开工|-"])
        XCTAssertEqual(resp("县财政局无须追加预算。"), [])
    }

    /// A topic before 由 in its clause is the task, also when another party follows with its
    /// own; a title and a name listed; the role a body acts in (`作为项目业主`); `为第一责任人`.
    func testTopicsTitledNamesAndRoles() {
        XCTAssertEqual(resp("项目征地拆迁工作由城关镇具体负责,李明副县长督办。"),
                       ["城关镇|org|-|lead|项目征地拆迁工作|-", "李明|person|副县长|owner|督办|-"])
        XCTAssertEqual(resp("县委书记张三、县长李四要亲自抓。"), ["张三|person|县委书记|owner|亲自抓|-", "李四|person|县长|owner|亲自抓|-"])
        XCTAssertEqual(resp("副县长李四、王五负责协调。"), ["李四|person|副县长|lead|协调|-", "王五|person|副县长|lead|协调|-"])
        XCTAssertEqual(resp("县城投公司作为项目业主,要加快推进。"), ["县城投公司|org|-|owner|加快推进|-"])
        XCTAssertEqual(resp("县水利局局长王强为第一责任人,确保汛前完工。"), ["王强|person|县水利局局长|lead|确保汛前完工|-"])
        XCTAssertEqual(resp("党政主要负责人是第一责任人。"), [])
        // A post of a kind of body (each village's secretary) names no one.
        XCTAssertEqual(resp("各村要高度重视,村支部书记是第一责任人。"), [])
        XCTAssertEqual(resp("社区党委书记为第一责任人,乡镇党委书记为直接责任人。"), [])
        // A clause naming another's charge is no task.
        XCTAssertEqual(resp("县长李四为第一责任人,分管副县长为直接责任人。"), [])
        // A chain of assignments goes on with a body named by its place opening a clause.
        XCTAssertEqual(resp("请县财政局尽快拨付资金,县审计局做好审计。"), ["县财政局|org|-|owner|尽快拨付资金|-", "县审计局|org|-|owner|做好审计|-"])
        XCTAssertEqual(resp("请县财政局尽快拨付资金,对落后乡镇重点督查,行政处等相关处室配合落实。").map { $0.components(separatedBy: "|")[0] }, ["县财政局"])
        XCTAssertEqual(resp("会议要求,请县财政局尽快拨付资金,县审计局做好审计。").map { $0.components(separatedBy: "|")[0] }, ["县财政局", "县审计局"])
        // …also after a first clause giving all of a kind their duty, or commanding the step.
        XCTAssertEqual(resp("各乡镇负责,县农业农村局督促指导。"), ["县农业农村局|org|-|owner|督促指导|-"])
        XCTAssertEqual(resp("全面开展整治,县整治办每月通报进展情况。"), ["县整治办|org|-|owner|每月通报进展情况|-"])
        // (Not after a clause that tells: `今年以来,县财政局安排资金500万元`.)
        XCTAssertEqual(resp("今年以来,县财政局安排资金500万元。"), [])
        // A deadline right after an organization's name, without 于, in an instruction.
        XCTAssertEqual(resp("会议要求:\n1、国土所下周完成监测方案编制。\n2、各村本周完成复查。"), ["国土所|org|-|owner|下周完成监测方案编制|-"])
        XCTAssertEqual(resp("县财政局6月底前拨付资金。"), ["县财政局|org|-|owner|6月底前拨付资金|2011-06-30"])
    }

    func testPersons() {
        XCTAssertEqual(resp("小山坡农家院拆迁实行倒计时,由李学文副镇长负责,8月底前完工。"),
                       ["李学文|person|副镇长|lead|小山坡农家院拆迁实行倒计时|2011-08-31"])
        XCTAssertEqual(resp("会议决定:由宿建军副镇长负责,联系各标段负责人与相关村。"),
                       ["宿建军|person|副镇长|lead|联系各标段负责人与相关村|-"])
        XCTAssertEqual(resp("会议要求:\n1、宿建军副镇长密切关注不能新建其他建筑物,郝井保负责项目手续办理。"),
                       ["宿建军|person|副镇长|owner|密切关注不能新建其他建筑物|-", "郝井保|person|-|lead|项目手续办理|-"])
        XCTAssertEqual(resp("会议决定:由陈志强同志负责组织实施,9月中旬前完成。"), ["陈志强|person|-|lead|组织实施,9月中旬前完成|2011-09-20"])
        XCTAssertEqual(resp("会议决定:副镇长宿建军负责联系各标段。"), ["宿建军|person|副镇长|lead|联系各标段|-"])
        XCTAssertEqual(resp("县委书记张伟要亲自抓。"), ["张伟|person|县委书记|owner|亲自抓|-"])
        // A company's titles; 负责 before 制定 (not the noun 负责制).
        XCTAssertEqual(resp("王敏副总经理负责督导,每周调度一次。"), ["王敏|person|副总经理|lead|督导,每周调度一次|-"])
        XCTAssertEqual(resp("总工程师李强负责制定技术方案。"), ["李强|person|总工程师|lead|制定技术方案|-"])
        // A chain of parties ending in its task: the task is after, not the clause before.
        XCTAssertEqual(resp("会议同意改造方案,由李明副县长牵头,县住建局配合,5月底前完成招标。"),
                       ["李明|person|副县长|lead|5月底前完成招标|2011-05-31", "县住建局|org|-|support|5月底前完成招标|2011-05-31"])
        // A dated deadline in the task counts before a dateless one.
        XCTAssertEqual(resp("县水利局要开展汛前隐患排查,6月10日前完成整改。"),
                       ["县水利局|org|-|owner|开展汛前隐患排查,6月10日前完成整改|2011-06-10"])
        // A person who did something or who speaks is given no task by it.
        XCTAssertEqual(resp("副县长周虎光就推进沟渠疏浚做了全面部署,他指出,要把沟渠疏浚作为民生工程来抓。"), [])
        XCTAssertEqual(resp("李明副县长强调,要在9月底前完成清淤。"), [])
        XCTAssertEqual(resp("王强县长要求,县水务局要加强督查。"), ["县水务局|org|-|owner|加强督查|-"])
        // A title before names listed, a title in brackets after a name.
        XCTAssertEqual(resp("会议决定:副县长李四、王五分别负责东、西片区的征迁工作。"),
                       ["李四|person|副县长|lead|东、西片区的征迁工作|-", "王五|person|副县长|lead|东、西片区的征迁工作|-"])
        XCTAssertEqual(resp("会议决定:李明(副县长)负责督导。"), ["李明|person|副县长|lead|督导|-"])
        // Who requires puts the task on others; a requirement read as a directive asks the
        // party after it, as 请 does (及时 after a party joins nothing to it).
        XCTAssertEqual(resp("市政府要求各县学习借鉴外地经验。"), [])
        XCTAssertEqual(resp("要求县政府督查室及时约谈主要负责人。"), ["县政府督查室|org|-|owner|及时约谈主要负责人|-"])
        XCTAssertEqual(resp("请县财政局及时拨付资金。"), ["县财政局|org|-|owner|及时拨付资金|-"])
        // The subject opens the sentence, its basis after it, the cue in the next clause.
        XCTAssertEqual(resp("县住建局、县交通运输局按照各自职责,负责本行业领域的安全监管工作。"),
                       ["县住建局|org|-|lead|本行业领域的安全监管工作|-", "县交通运输局|org|-|lead|本行业领域的安全监管工作|-"])
        XCTAssertEqual(resp("按照省里部署,负责全县的统筹工作。"), [])
        // 责成 asks the party after it; 会同 brings in one that supports it (as after 牵头).
        XCTAssertEqual(resp("会议责成县住建局会同县公安局于7月15日前拿出解决方案。"),
                       ["县住建局|org|-|owner|于7月15日前拿出解决方案|2011-07-15", "县公安局|org|-|support|于7月15日前拿出解决方案|2011-07-15"])
        // 请 asks the party named after it; a party with its own cue is read there once.
        XCTAssertEqual(resp("请县财政局于5月20日前将首批资金拨付到位。"), ["县财政局|org|-|owner|于5月20日前将首批资金拨付到位|2011-05-20"])
        XCTAssertEqual(resp("请县住建局、县交通局做好配合。"), ["县住建局|org|-|owner|做好配合|-", "县交通局|org|-|owner|做好配合|-"])
        XCTAssertEqual(resp("请李明副县长负责协调,张华同志具体抓落实。"), ["李明|person|副县长|lead|协调|-", "张华|person|-|owner|具体抓落实|-"])
        // An organization set a deadline with 于 (as notices write), in a directive.
        XCTAssertEqual(resp("各乡镇要落实管护责任,县财政局于6月底前将维修资金拨付到位。"), ["县财政局|org|-|owner|于6月底前将维修资金拨付到位|2011-06-30"])
        XCTAssertEqual(resp("会议要求:\n2.办公室于6月底前完成会议室改造。"), ["办公室|org|-|owner|于6月底前完成会议室改造|2011-06-30"])
        XCTAssertEqual(resp("请大家认真抓好落实。"), [])
        // The people of an organization named after it: the organization answers.
        XCTAssertEqual(resp("县自然资源局全体班子成员要带领股室吃住在镇村。"), ["县自然资源局|org|-|owner|带领股室吃住在镇村|-"])
        XCTAssertEqual(resp("各乡镇主要负责人要亲自抓。"), [])
        // Names listed before one title; a person qualifying what follows is no party.
        XCTAssertEqual(resp("王五、赵六同志负责协调施工单位。"), ["王五|person|-|lead|协调施工单位|-", "赵六|person|-|lead|协调施工单位|-"])
        XCTAssertEqual(resp("会议要求,欧阳明副县长分管的交通运输局要加快路网建设。"), ["交通运输局|org|-|owner|加快路网建设|-"])
        // A name holds no quotation marks: nothing past 《 is read as a party.
        XCTAssertEqual(resp("请市场监管局依照《关于全县食品安全的通知》开展抽检。"), ["市场监管局|org|-|owner|依照《关于全县食品安全的通知》开展抽检|-"])
    }

    /// A 责任人 cell names a person; a row restating a party its paragraph already assigns
    /// adds nothing.
    func testPersonCellsAndRestatedRows() {
        XCTAssertEqual(resp("二、推进道路改造。(责任人:王刚;完成时限:2011年8月底前)"),
                       ["王刚|person|-|lead|推进道路改造|2011-08-31"])
        XCTAssertEqual(resp("一、由李明副县长牵头,8月底前完成招标。(责任人:李明;完成时限:2011年8月31日)"),
                       ["李明|person|副县长|lead|8月底前完成招标|2011-08-31"])
    }

    func testOrganizationsAndLists() {
        XCTAssertEqual(resp("州农业农村局牵头起草意见,州林业局牵头起草办法,9 月底前报州政府研究。"),
                       ["州农业农村局|org|-|lead|起草意见|2011-09-30", "州林业局|org|-|lead|起草办法,9月底前报州政府研究|2011-09-30"])
        XCTAssertEqual(resp("州工信局、财政局牵头,9 月底前完成办法起草。").map { $0.components(separatedBy: "|")[0] }, ["州工信局", "财政局"])
        XCTAssertEqual(resp("市自然资源和规划局要高度重视。").map { $0.components(separatedBy: "|")[0] }, ["市自然资源和规划局"])
        XCTAssertEqual(resp("州政府督查室和州人普办要加大督查考核力度。").map { $0.components(separatedBy: "|")[0] }, ["州政府督查室", "州人普办"])
        XCTAssertEqual(resp("吉首市、凤凰县、花垣县要按要求整改销号。").count, 3)
        XCTAssertEqual(resp("公安、人社等部门要及时提供信息。").map { $0.components(separatedBy: "|")[0] }, ["公安", "人社"])
        XCTAssertEqual(resp("市城市管理局牵头,市财政局配合,9月底前完成中转站改造。"),
                       ["市城市管理局|org|-|lead|9月底前完成中转站改造|2011-09-30", "市财政局|org|-|support|9月底前完成中转站改造|2011-09-30"])
        // A supporter named after the lead's task with nothing of its own supports that task.
        XCTAssertEqual(resp("城投公司负责项目融资,县国资办配合。"),
                       ["城投公司|org|-|lead|项目融资|-", "县国资办|org|-|support|项目融资|-"])
        XCTAssertEqual(resp("县住建局牵头实施老旧小区改造,县财政局、县审计局配合。").map { $0.components(separatedBy: "|")[0] }, ["县住建局", "县财政局", "县审计局"])
        // Bodies named with their kind's two characters (妇联, 政协); a joint task.
        XCTAssertEqual(resp("团县委、县妇联要组织志愿者开展宣传活动。").map { $0.components(separatedBy: "|")[0] }, ["团县委", "县妇联"])
        XCTAssertEqual(resp("会议决定:县城管执法局、县市场监管局联合开展占道经营整治。").map { $0.components(separatedBy: "|")[0] }, ["县城管执法局", "县市场监管局"])
        XCTAssertEqual(resp("民权县、柘城县和示范区等县(区)长要亲自安排。"),
                       ["民权县|org|县(区)长|owner|亲自安排|-", "柘城县|org|县(区)长|owner|亲自安排|-", "示范区|org|县(区)长|owner|亲自安排|-"])
        // A named body joined to a collective, and a note in brackets after the list: the body.
        XCTAssertEqual(resp("各县(区)、广元经济技术开发区和市安委会有关成员单位(详见任务分工)要认真研究制定工作方案,于3月15日前报市安办备案。"),
                       ["广元经济技术开发区|org|-|owner|认真研究制定工作方案,于3月15日前报市安办备案|2011-03-15"])
        XCTAssertEqual(resp("各县(区)和市安委会有关成员单位要认真研究制定工作方案。"), [])
        // A company's or an agency's own departments, named without a place, opening a task.
        XCTAssertEqual(resp("财务部会同市场经营部制定清收方案,7月5日前报总经理审定。"),
                       ["财务部|org|-|lead|制定清收方案,7月5日前报总经理审定|2011-07-05", "市场经营部|org|-|support|制定清收方案,7月5日前报总经理审定|2011-07-05"])
        XCTAssertEqual(resp("财务部负责制定清收方案。"), ["财务部|org|-|lead|制定清收方案|-"])
        for s in ["同意人力资源部提出的培训计划。", "全部完成清收任务。", "干部队伍建设得到加强。", "会议同意人力资源部提出的培训计划。"] { XCTAssertEqual(resp(s), [], s) }
        // A group set up for the work, without a place; a body's seat before its duty.
        XCTAssertEqual(resp("督查工作由督查工作领导小组统一领导。"), ["督查工作领导小组|org|-|lead|督查工作由督查工作领导小组统一领导|-"])
        XCTAssertEqual(resp("领导小组办公室设在县政府督查室,负责日常工作。"), ["领导小组办公室|org|-|lead|日常工作|-"])
        // A list of duties by body: the body before the colon opening the sentence.
        XCTAssertEqual(resp("县水利局:负责水利工程的安全管理,5月31日前完成水毁工程修复。"),
                       ["县水利局|org|-|lead|水利工程的安全管理,5月31日前完成水毁工程修复|2011-05-31"])
        XCTAssertEqual(resp("主要职责:负责全县防汛工作。"), [])
    }

    /// `由X` and a verb that opens a task assign it to X, as `由X负责` does; who chairs, an
    /// attribute (`由X组织的`), and 由 that names no party assign nothing.
    func testByAPartyAndItsVerb() {
        XCTAssertEqual(resp("会议时间另行确定。由统筹办、新农办组织对社区建设进行验收,8月底前报县政府。"),
                       ["统筹办|org|-|lead|组织对社区建设进行验收,8月底前报县政府|2011-08-31",
                        "新农办|org|-|lead|组织对社区建设进行验收,8月底前报县政府|2011-08-31"])
        XCTAssertEqual(resp("设备配备由县卫健局提出具体方案后另行研究确定。"), ["县卫健局|org|-|lead|提出具体方案后另行研究确定|-"])
        // The topic before 由 ends the task before it.
        XCTAssertEqual(resp("县财政局要在9月底前拨付改造资金,资金缺口部分由热力公司自筹解决。"),
                       ["县财政局|org|-|owner|在9月底前拨付改造资金|2011-09-30", "热力公司|org|-|lead|资金缺口部分由热力公司自筹解决|-"])
        // A short verb after 由X: the clause with its topic is the task, not the next clause.
        XCTAssertEqual(resp("培训期间食宿费用由县委党校承担,交通费回原单位报销。"), ["县委党校|org|-|lead|培训期间食宿费用由县委党校承担|-"])
        // How the party does it may stand between its name and the verb.
        XCTAssertEqual(resp("补助资金不足部分,由城投公司通过融资解决。").map { $0.components(separatedBy: "|")[0] }, ["城投公司"])
        XCTAssertEqual(resp("对违规企业,由县市场监管局依法处理。").map { $0.components(separatedBy: "|")[0] }, ["县市场监管局"])
        for s in ["会议由县长主持。", "由县财政局组织的培训已经结束。", "由于资金不足,部分项目未能开工。", "价格由市场决定。"] {
            XCTAssertEqual(resp(s), [], s)
        }
    }

    /// `…牵头,会同X、Y,…`: the parties brought in support the lead's task, which may follow
    /// in the next clause; 会同 is never part of a name.
    func testPartiesBroughtInSupportTheLead() {
        XCTAssertEqual(resp("县水利局牵头,会同县应急局、县自然资源局,于5月31日前开展排查。"),
                       ["县水利局|org|-|lead|于5月31日前开展排查|2011-05-31", "县应急局|org|-|support|于5月31日前开展排查|2011-05-31",
                        "县自然资源局|org|-|support|于5月31日前开展排查|2011-05-31"])
        XCTAssertEqual(resp("由县水利局牵头,会同县应急局负责开展排查。").map { $0.components(separatedBy: "|")[0] }, ["县水利局", "县应急局"])
        // A basis between the supporters and the verb; the rule with its verb is the task.
        XCTAssertEqual(resp("由县住建局会同县财政局按程序组织实施,6月底前全部开工。"),
                       ["县住建局|org|-|lead|按程序组织实施,6月底前全部开工|2011-06-30", "县财政局|org|-|support|按程序组织实施,6月底前全部开工|2011-06-30"])
        XCTAssertEqual(resp("会同有关部门做好工作。"), [])
        // A basis after the party asked ends its name.
        XCTAssertEqual(resp("会议原则同意该方案,请县住建局按程序报县政府常务会议审定。"), ["县住建局|org|-|owner|按程序报县政府常务会议审定|-"])
    }

    func testCollectivesAreNotParties() {
        for s in ["各级各部门要立足当前。", "各县(市、区)要建立工作机制。", "大家一定要抓住机遇。", "我们要继续保持。",
                  "有关部门要形成合力。", "希望各县(市、区)、市直有关部门要认真落实。", "区直单位、街道干部互相配合。",
                  "对这类项目要多支持。", "马上要开学。", "联系领导和部门要带着责任。",
                  // Words that only end like an organization.
                  "研究确定事关全局、需要统筹安排的事项。", "发展要服从大局。", "动员全社会要积极参与。",
                  // Done, not assigned.
                  "去年县交通局负责了道路维修。"] {
            XCTAssertEqual(resp(s), [], s)
        }
    }

    /// The heading marker a sentence opens with is not part of its party.
    func testMarkerIsNotPartOfTheParty() {
        XCTAssertEqual(resp("第三条 市城市管理局负责全市城市管理工作的组织协调。").map { $0.components(separatedBy: "|")[0] }, ["市城市管理局"])
        XCTAssertEqual(resp("第六条县委督查室牵头,每季度通报一次。").map { $0.components(separatedBy: "|")[0] }, ["县委督查室"])
        XCTAssertEqual(resp("1、郝井保负责项目手续办理。"), ["郝井保|person|-|lead|项目手续办理|-"])
    }

    /// `会议决定,由X负责,…`: the frame before the party is not the task; the task follows.
    func testFrameBeforeTheClauseIsNotTheTask() {
        XCTAssertEqual(resp("会议决定,由刘芳同志负责,5月15日前完成第一轮验收。"), ["刘芳|person|-|lead|5月15日前完成第一轮验收|2011-05-15"])
        XCTAssertEqual(resp("经研究决定,由市财政局负责,做好资金保障。").map { $0.components(separatedBy: "|")[4] }, ["做好资金保障"])
        // A task that does stand before is still read there.
        XCTAssertEqual(resp("小山坡农家院拆迁实行倒计时,由李学文副镇长负责。").map { $0.components(separatedBy: "|")[4] }, ["小山坡农家院拆迁实行倒计时"])
    }

    /// Units named by a demonstrative or by their part in the work are not named parties
    /// (the shapes behind the collectives table), while a named unit in the same place is.
    func testUnnamedUnitsAreNotParties() {
        for s in ["这两个部门要抓紧整改。", "上述单位要按时报送。", "此类企业要加强自查。", "该局要加强监管。",
                  "责任单位要按时完成。", "牵头单位要加强协调。", "主管部门要加强指导。", "联系单位要及时跟进。",
                  "包保领导要靠前指挥。",
                  // A kind of body alone names no one.
                  "乡镇要于6月30日前开展专项整治。", "学校要加强安全管理。", "企业要落实主体责任。",
                  // …a kind of place too (a park, a scenic area, an area under a body's charge).
                  "园区要抓紧筹集资金。", "不足部分由园区通过市场化方式筹集。", "景区要加强安全巡查。", "辖区要落实网格管理。",
                  // A place that ends like a body (所).
                  "该关闭的场所要及时关闭。",
                  // Bodies before a modal inside an attribute are given no task.
                  "这是县委、县政府必须做好的一项民生工程。",
                  // …or a run of kinds, also after the 求 of 要求.
                  "会议要求乡镇街道务必要压实责任。", "乡镇街道要开展排查。",
                  // A word holding 请 asks no one.
                  "没有特殊情况,不得请假,请假必须在会前征得会议主持人同意。"] {
            XCTAssertEqual(resp(s), [], s)
        }
        XCTAssertEqual(resp("城关镇要于6月30日前开展专项整治,县实验学校要加强安全管理。").map { $0.components(separatedBy: "|")[0] }, ["城关镇", "县实验学校"])
        XCTAssertEqual(resp("市财政局要按时报送。").map { $0.components(separatedBy: "|")[0] }, ["市财政局"])
        // (A zone's short name names the one zone: `示范区`, `开发区` as a city's texts write them.)
        XCTAssertEqual(resp("滨海新区要抓紧筹集资金,开发区要加强安全巡查。").map { $0.components(separatedBy: "|")[0] }, ["滨海新区", "开发区"])
        XCTAssertEqual(resp("会议要求城关镇务必要压实责任。").map { $0.components(separatedBy: "|")[0] }, ["城关镇"])
        // A body opening a later clause with what it did is told of.
        XCTAssertEqual(resp("请县应急局加强值守,县气象局发布了预警信号。").map { $0.components(separatedBy: "|")[0] }, ["县应急局"])
        XCTAssertEqual(resp("这两个部门要抓紧整改,市财政局负责资金保障。").map { $0.components(separatedBy: "|")[0] }, ["市财政局"])
        // A body the text sets up, named by its function alone, is one (an ending alone is not).
        XCTAssertEqual(resp("3.联合督导机制:由领导小组牵头,组织相关人员开展督查。"), ["领导小组|org|-|lead|组织相关人员开展督查|-"])
        XCTAssertEqual(resp("指挥部负责统一调度。").map { $0.components(separatedBy: "|")[0] }, ["指挥部"])
        for s in ["局要加强监管。", "部门要加强协调。", "由部门负责审核。"] { XCTAssertEqual(resp(s), [], s) }
    }
    /// A bound opening the clause before the party's is its task's; bodies given their own
    /// dates after 分别 with no cue word; a supporter named by its road section.
    func testLeadingBoundsAndRespectiveDates() {
        XCTAssertEqual(resp("6月底前,县住建局要完成老旧小区改造方案编制。"), ["县住建局|org|-|owner|完成老旧小区改造方案编制|2011-06-30"])
        XCTAssertEqual(resp("会议要求:县财政局、县审计局分别于5月20日、5月31日前完成资金核查和审计。").map { $0.components(separatedBy: "|") }.map { "\($0[0])|\($0[5])" },
                       ["县财政局|2011-05-20", "县审计局|2011-05-31"])
        XCTAssertEqual(resp("县交通局务必于本月底前完成道路修复,县公路段配合。").map { $0.components(separatedBy: "|")[0] }, ["县交通局", "县公路段"])
        // A bound far before, in another clause, is not this party's.
        XCTAssertEqual(resp("6月底前完成排查,做好迎检准备,县住建局要加强指导。"), ["县住建局|org|-|owner|加强指导|-"])
    }

    /// A duty as an attribute (`X牵头的…项目`, `X负责的…`) names the work, it assigns none.
    func testDutyAsAnAttribute() {
        for s in ["县交通局牵头的农村公路建设项目已完工。", "县住建局负责的老旧小区改造项目进展缓慢。"] { XCTAssertEqual(resp(s), [], s) }
    }

    /// Titles of assistants and of cadres given a village; names listed before `两位同志`; a
    /// title then the name asked (`请县政府办副主任王五跟踪督办`); double surnames.
    func testAssistantsCadresAndCountedComrades() {
        XCTAssertEqual(resp("请县政府办副主任王五跟踪督办。"), ["王五|person|县政府办副主任|owner|跟踪督办|-"])
        XCTAssertEqual(resp("诸葛明同志负责安保。"), ["诸葛明|person|-|lead|安保|-"])
        // 责令 orders the party named after it, as 责成 does.
        XCTAssertEqual(resp("责令城关镇限期整改,整改结果于10月15日前报县安委办。").map { $0.components(separatedBy: "|")[0] }, ["城关镇"])
        XCTAssertEqual(resp("镇长助理赵明负责招商引资项目对接。"), ["赵明|person|镇长助理|lead|招商引资项目对接|-"])
        XCTAssertEqual(resp("包村干部孙伟、村支书周军具体负责土地流转。").map { $0.components(separatedBy: "|")[0] }, ["孙伟", "周军"])
        XCTAssertEqual(resp("包村干部要深入农户宣传政策。"), [])
        XCTAssertEqual(resp("宿建军、魏春水两位同志负责项目验收。").map { $0.components(separatedBy: "|")[0] }, ["宿建军", "魏春水"])
    }

    /// Persons listed as a surname and a title (`刘书记、陈镇长`) or a name and 同志 (`李明同志、
    /// 王芳同志`); a body's people after its 的 (`县发改局的同志`) but not a collective's.
    func testListedPersonsAndABodysPeople() {
        XCTAssertEqual(resp("刘书记、陈镇长要靠前指挥。"), ["刘书记|person|书记|owner|靠前指挥|-", "陈镇长|person|镇长|owner|靠前指挥|-"])
        XCTAssertEqual(resp("李明同志、王芳同志负责资料收集整理。"), ["李明|person|-|lead|资料收集整理|-", "王芳|person|-|lead|资料收集整理|-"])
        XCTAssertEqual(resp("县发改局的同志要主动对接。"), ["县发改局|org|-|owner|主动对接|-"])
        for s in ["各部门的同志要主动对接。", "我们的同志要主动对接。", "刚才发言的同志要继续努力。"] { XCTAssertEqual(resp(s), [], s) }
    }

    /// `X是责任主体` makes X lead the task after it; `由X负总责` commands as `由X负责` does.
    func testChargeWordsAndOverallCharge() {
        XCTAssertEqual(resp("城南片区改造,县住建局是责任主体,6月底前必须完成征收。"), ["县住建局|org|-|lead|6月底前必须完成征收|2011-06-30"])
        let d = Fixture.parse("在会议上的讲话\n同志们:\n这项工作由王县长负总责,县交通局具体抓落实。").allDirectives.map(\.text)
        XCTAssertEqual(d, ["这项工作由王县长负总责,县交通局具体抓落实"])
        let told = Fixture.parse("在会议上的讲话\n同志们:\n会上明确了县(市、区)长负总责、常务副县长具体抓的要求。").allDirectives.map(\.text)
        XCTAssertEqual(told, [], "a duty told of")
    }

    /// A row's field after a task (`…,责任人:王芳`) is no part of it.
    func testFieldAfterATaskIsCut() {
        let r = Fixture.parse("2025年秋季开学工作安排\n一、任务分工\n县教育局:开学前完成校舍安全排查,责任人:王芳。").allResponsibilities
        XCTAssertEqual(r.first { $0.party == "县教育局" }?.task, "开学前完成校舍安全排查")
        XCTAssertEqual(r.first { $0.party == "王芳" }?.duty, .lead)
    }

    /// Parties given their deadlines in order after 分别.
    func testRespectiveDeadlines() {
        XCTAssertEqual(resp("请县交通局、县公安局分别于5月10日、5月20日前完成道路和交通设施整改。").map { $0.components(separatedBy: "|") }.map { $0[0] + "|" + $0[5] },
                       ["县交通局|2011-05-10", "县公安局|2011-05-20"])
        XCTAssertEqual(resp("县财政局、县审计局要按照职责分工,分别于6月底、9月底前完成资金拨付和审计。").map { $0.components(separatedBy: "|") }.map { $0[0] + "|" + $0[5] },
                       ["县财政局|2011-06-30", "县审计局|2011-09-30"])
    }

    /// Deadlines that parties named later share out (`分别于…`) are theirs, not an earlier
    /// party's; a bound closing the sentence binds all.
    func testDeadlinesSharedOutByLaterParties() {
        XCTAssertEqual(resp("镇经发办负责项目跟踪服务,镇财政所、镇国土所分别于5月10日、5月20日前完成资金拨付和用地报批。").map { $0.components(separatedBy: "|") }.map { $0[0] + "|" + $0[5] },
                       ["镇经发办|-", "镇财政所|2011-05-10", "镇国土所|2011-05-20"])
        XCTAssertEqual(resp("宿建军副镇长密切关注施工,郝井保负责项目手续办理,力争10月底具备开工条件。").map { $0.components(separatedBy: "|") }.map { $0[0] + "|" + $0[5] },
                       ["宿建军|2011-10-31", "郝井保|2011-10-31"])
    }

    /// 由 and a body handing it a task: how it does it may stand before the verb; a verb with
    /// 了 tells what was done.
    func testHandedOverWithItsManner() {
        XCTAssertEqual(resp("对工作不力的,由县纪委监委严肃追责问责。"), ["县纪委监委|org|-|lead|严肃追责问责|-"])
        XCTAssertEqual(resp("对推进不力的乡镇,由县纪委监委依规依纪问责。"), ["县纪委监委|org|-|lead|依规依纪问责|-"])
        XCTAssertEqual(resp("去年,由镇纪委组织了调查。"), [])
    }

    /// A title, a name, then 亲自 and the task; 请 after a list item's marker.
    func testAskedByTitleAndName() {
        XCTAssertEqual(resp("请县长张三亲自抓征地工作。"), ["张三|person|县长|owner|亲自抓征地工作|-"])
        XCTAssertEqual(resp("2.请分管副县长张三同志亲自抓,确保9月底前完成征地。"), ["张三|person|分管副县长|owner|亲自抓,确保9月底前完成征地|2011-09-30"])
        // A name with 同志 ends at it; names counted before a title; a longer body in a title.
        XCTAssertEqual(resp("请刘七同志会后抓紧对接省交通厅。"), ["刘七|person|-|owner|会后抓紧对接省交通厅|-"])
        // A body's heads answer through the body (主要 holds the 要 of no cue).
        XCTAssertEqual(resp("县财政局主要负责同志要抓好落实。"), ["县财政局|org|-|owner|抓好落实|-"])
        XCTAssertEqual(resp("县财政局主要领导要亲自抓。"), ["县财政局|org|-|owner|亲自抓|-"])
        XCTAssertEqual(resp("各乡镇主要负责同志要亲自抓。"), [])
        XCTAssertEqual(resp("张三、李四两位副县长要各负其责。"), ["张三|person|副县长|owner|各负其责|-", "李四|person|副县长|owner|各负其责|-"])
        XCTAssertEqual(resp("县住建局局长孙八、县自然资源局局长周九要在本周内拿出方案。").map { $0.components(separatedBy: "|")[2] }, ["县住建局局长", "县自然资源局局长"])
    }

    /// A duty told in a status report (`截至目前,X负责…`) gives no task.
    func testDutyToldInAStatusReport() {
        XCTAssertEqual(resp("截至目前,县自然资源局负责国债项目5个,开工2个,未开工3个。"), [])
        XCTAssertEqual(resp("目前,县自然资源局负责项目审批。"), ["县自然资源局|org|-|lead|项目审批|-"])
    }

    /// A meeting asks with 要求 as 责成 does, a comma after it allowed; a party's name ends
    /// before a verb that opens a command (not `县水利局抓紧编制灌区`).
    func testMeetingAsksAndBasisBeforeTheVerb() {
        XCTAssertEqual(resp("会议要求,县水利局抓紧编制灌区改造方案,力争5月中旬上报市水利局。"),
                       ["县水利局|org|-|owner|抓紧编制灌区改造方案,力争5月中旬上报市水利局|2011-05-20"])
        XCTAssertEqual(resp("会议要求县水利局抓紧编制灌区改造方案。"), ["县水利局|org|-|owner|抓紧编制灌区改造方案|-"])
        // Under a decision label: bodies, the basis they act on, then the verb.
        XCTAssertEqual(resp("会议议定:\n七、县公安局、县市场监管局按照各自职责,开展联合整治行动,6月底前形成整治报告。").map { $0.components(separatedBy: "|")[0] + "|" + $0.components(separatedBy: "|")[5] },
                       ["县公安局|2011-06-30", "县市场监管局|2011-06-30"])
        // The rule a party acts on, in a clause of its own, is no part of its task; what it
        // works around is.
        XCTAssertEqual(resp("会议议定:\n七、县公安局按照各自职责,开展联合整治行动。"), ["县公安局|org|-|owner|开展联合整治行动|-"])
        XCTAssertEqual(resp("夏邑县要围绕印染产业园发展,制定招商图谱。"), ["夏邑县|org|-|owner|围绕印染产业园发展,制定招商图谱|-"])
        // Unnamed support brought in before the task is no part of it.
        XCTAssertEqual(resp("县政府办牵头,各相关单位配合,建立重点工作周调度机制。"), ["县政府办|org|-|lead|建立重点工作周调度机制|-"])
    }

    /// 由 and a body with its verb hands the body the task (in minutes too, where the clause
    /// commands); a role alone after 由 names no person (`成立由县长任组长的领导小组`).
    func testHandOverWithAnyTaskVerb() {
        XCTAssertEqual(resp("资金缺口部分,由镇财政所想办法解决,10月15日前落实到位。"), ["镇财政所|org|-|lead|想办法解决,10月15日前落实到位|2011-10-15"])
        XCTAssertEqual(resp("成立由县长任组长、分管副县长任副组长的领导小组,负责日常协调工作。"), [])
    }
}

final class ResponsibilityShapesTests: XCTestCase {
    func resp(_ s: String) -> [String] {
        Fixture.parse("县长办公会议纪要\n" + s).allResponsibilities.map { "\($0.party)|\($0.role ?? "-")|\($0.duty.rawValue)|\($0.task)" }
    }

    /// Persons named with title and name in either order, 同志 after them, listed each with a
    /// title; a person asked (请) to do what a verb says; 由X and a basis before the verb.
    func testPersonsTitlesAndBases() {
        XCTAssertEqual(resp("党委书记赵刚同志要亲自包案。"), ["赵刚|党委书记|owner|亲自包案"])
        XCTAssertEqual(resp("请李明副县长协调县财政局解决资金问题。"), ["李明|副县长|owner|协调县财政局解决资金问题"])
        XCTAssertEqual(resp("请李明副县长、王强副县长负责协调。"), ["李明|副县长|lead|协调", "王强|副县长|lead|协调"])
        // A title first, then names listed with 同志: each name takes the title.
        XCTAssertEqual(resp("副县长李四、王五同志分别负责工业项目和城建项目。"), ["李四|副县长|lead|工业项目和城建项目", "王五|副县长|lead|工业项目和城建项目"])
        XCTAssertEqual(resp("由县人社局按程序组织实施。"), ["县人社局|-|lead|按程序组织实施"])
        XCTAssertEqual(resp("请县长办公室牵头办理。"), ["县长办公室|-|lead|办理"])
        XCTAssertEqual(resp("由县人社局按程序审批。"), [], "审批 is no verb that gives 由X a task")
        // A surname and a title name a person as the text does.
        XCTAssertEqual(resp("由王副县长牵头,县水务局具体负责,6月底前开工建设。"),
                       ["王副县长|副县长|lead|6月底前开工建设", "县水务局|-|lead|6月底前开工建设"])
        XCTAssertEqual(resp("会议要求,王同志要抓紧落实。"), [], "a surname with 同志 names no one")
        // 会同 after the lead's modal brings in a party that supports.
        XCTAssertEqual(resp("县应急局要会同县水务局,于7月20日前完成应急供水演练。"),
                       ["县应急局|-|owner|于7月20日前完成应急供水演练", "县水务局|-|support|于7月20日前完成应急供水演练"])
        XCTAssertEqual(resp("县应急局要会同有关部门做好演练。"), ["县应急局|-|owner|会同有关部门做好演练"])
        // What a body holds (`X承担的…`, `由X负责的…`) answers through that body.
        XCTAssertEqual(resp("县发改局承担的固定资产投资增速指标要确保全市前5。"), ["县发改局|-|owner|确保全市前5"])
        XCTAssertEqual(resp("由县住建局负责的城区改造项目要加快进度。"), ["县住建局|-|owner|加快进度"])
        XCTAssertEqual(resp("各乡镇负责的项目要在6月底前开工。"), [], "a collective holds nothing for anyone")
        // The task quoted after the body answering for it (a report on a meeting's decisions).
        XCTAssertEqual(resp("需要加快推进的事项3件,如县发改局负责的“严格落实前期工作计划,提高项目成熟度。”截至目前,已完成30个。"),
                       ["县发改局|-|lead|严格落实前期工作计划,提高项目成熟度"])
        XCTAssertEqual(resp("各乡镇负责的“村庄清洁行动”进展较慢。"), [])
        XCTAssertEqual(resp("县住建局负责的“老旧小区改造”项目进展缓慢。"), [], "a quoted name before a noun is no task")
        XCTAssertEqual(resp("县应急局会同县水务局于7月20日前完成演练。"),
                       ["县应急局|-|lead|于7月20日前完成演练", "县水务局|-|support|于7月20日前完成演练"])
    }

    /// A row in brackets after running text is about the sentence right before it, and takes
    /// that sentence's deadline when it names no time limit.
    func testBracketRowAfterRunningText() {
        XCTAssertEqual(resp("请李明副县长协调解决资金问题。县教育局9月1日前完成校舍改造。(责任单位:县住建局;责任人:王强)").suffix(2),
                       ["县住建局|-|lead|县教育局9月1日前完成校舍改造", "王强|-|lead|县教育局9月1日前完成校舍改造"])
        let r = Fixture.parse("县长办公会议纪要\n县教育局9月1日前完成校舍改造。(责任单位:县住建局)").allResponsibilities
        XCTAssertEqual(r.first { $0.party == "县住建局" }?.deadline, "--09-01")
    }
}

final class ResponsibilityTableTests: XCTestCase {
    func testBracketedAndLineCells() {
        let text = """
        XX市优化营商环境实施方案
        一、重点任务
        1.压缩企业开办时间。企业开办时间压缩至1个工作日以内。（牵头单位：市市场监管局；配合单位：市公安局、市税务局；完成时限：2021年6月底前）
        2.推进工程建设项目审批制度改革。
        牵头单位：市住建局
        配合单位：市自然资源和规划局、各县（市、区）政府
        完成时限：2021年12月
        """
        let r = Fixture.parse(text).allResponsibilities.map { "\($0.party)|\($0.duty.rawValue)|\($0.task)|\($0.deadline ?? "-")" }
        XCTAssertEqual(r, ["市市场监管局|lead|压缩企业开办时间|2021-06-30", "市公安局|support|压缩企业开办时间|2021-06-30",
                           "市税务局|support|压缩企业开办时间|2021-06-30", "市住建局|lead|推进工程建设项目审批制度改革|2021-12-31",
                           "市自然资源和规划局|support|推进工程建设项目审批制度改革|2021-12-31"])
        XCTAssertEqual(Fixture.parse(text).allDeadlines.map(\.date), ["2021-06-30", "2021-12-31"])
    }

    /// A task cell of a row (`具体要求:`) names its task; a paragraph opening with one names
    /// the task of the row under it.
    func testTaskCells() {
        let text = """
        XX市环境问题整改会议纪要
        会议决定:
        责任部门:市环保局;完成时限:2025年X月底前;具体要求:制定详细的实施方案并报备市政府。
        工作要求:制定改造计划,按月报送进度。
        责任单位:市住建局
        完成时限:2025年6月30日
        """
        let r = Fixture.parse(text).allResponsibilities.map { "\($0.party)|\($0.duty.rawValue)|\($0.task)|\($0.deadline ?? "-")" }
        XCTAssertEqual(r, ["市环保局|lead|制定详细的实施方案并报备市政府|-", "市住建局|lead|制定改造计划,按月报送进度|2025-06-30"])
    }

    /// A copy that lost its line breaks runs rows together: a column named again starts the
    /// next row, whose task is the text since the row before; a run-in heading ends a cell.
    func testRowsRunTogether() {
        let text = "XX区建设局创建文明城市工作方案\n(一)建筑施工场地专项整治。要求施工企业文明施工。牵头领导:阮斌副局长责任部门:建工科、安全站(二)小街巷专项整治。对路面坑洼开展整治。牵头领导:王元灿副局长责任部门:城建科"
        let r = Fixture.parse(text).allResponsibilities.map { "\($0.party)|\($0.task)" }
        XCTAssertEqual(r, ["阮斌|建筑施工场地专项整治", "建工科|建筑施工场地专项整治", "安全站|建筑施工场地专项整治",
                           "王元灿|小街巷专项整治", "城建科|小街巷专项整治"])
    }

    /// Rows in 〔〕 or 【】 brackets end at the closing bracket; a cell's last party loses the
    /// words saying how the parties share the work; a directive cut out of such a row does
    /// not keep the closing bracket whose opening one it left behind.
    func testSquareBracketedRowsAndCellTails() {
        let text = """
        XX省流通体系建设实施方案
        一、深化改革
        (一)优化营商环境。推进数据共享。〔责任单位:省市场监管局〕
        (二)加强市场体系建设。探索建设交易中心。〔责任单位:省发展改革委、商务厅按职责分工负责〕
        (三)完善物流网络。【牵头单位:省交通运输厅;配合单位:省商务厅等;完成时限:2025年底前】
        """
        let result = Fixture.parse(text)
        let r = result.allResponsibilities.map { "\($0.party)|\($0.duty.rawValue)|\($0.task)|\($0.deadline ?? "-")" }
        XCTAssertEqual(r, ["省市场监管局|lead|优化营商环境|-", "省发展改革委|lead|加强市场体系建设|-", "商务厅|lead|加强市场体系建设|-",
                           "省交通运输厅|lead|完善物流网络|2025-12-31", "省商务厅|support|完善物流网络|2025-12-31"])
        let texts = result.allDirectives.map(\.text)
        XCTAssertTrue(texts.contains("省发展改革委、商务厅按职责分工负责"), "\(texts)")
        XCTAssertFalse(texts.contains { $0.hasSuffix("〕") || $0.hasSuffix("】") }, "\(texts)")
    }

    /// A time the task is due after a cell's parties, with no column name of its own, is the
    /// row's time limit, not a party; an ongoing term there names no party either.
    func testDueTimeAfterACellsParties() {
        let text = """
        XX县优化营商环境行动方案
        一、重点任务
        (一)提升项目审批效率。压缩审批时间。(责任单位:县住建局、县自然资源局,2024年12月底前完成)
        (二)规范涉企收费。清理涉企收费项目。(牵头单位:县发改局;配合单位:县市场监管局,长期坚持)
        """
        let r = Fixture.parse(text).allResponsibilities.map { "\($0.party)|\($0.duty.rawValue)|\($0.task)|\($0.deadline ?? "-")" }
        XCTAssertEqual(r, ["县住建局|lead|提升项目审批效率|2024-12-31", "县自然资源局|lead|提升项目审批效率|2024-12-31",
                           "县发改局|lead|规范涉企收费|-", "县市场监管局|support|规范涉企收费|-"])
    }

    /// A lead with only its supporters after it, or nothing, takes what its sentence says
    /// before it; a paragraph's last sentence of duty clauses alone names who does the task the
    /// paragraph set out, as a bracket does; a post with no one named is its own party.
    func testLeadWithoutATaskAfterIt() {
        let text = """
        XX县森林防火工作方案
        一、重点任务
        开展森林防火专项检查,县应急管理局牵头,各乡镇配合。
        (二)开展安全大检查。县政府办公室牵头,县督查室配合。
        (三)清理规范涉企收费项目,县发改局、县市场监管局按职责分工负责。
        (四)落实责任。县长李明负总责,分管副县长王强具体负责。
        县应急管理局牵头,各乡镇配合。
        """
        let r = Fixture.parse(text).allResponsibilities.map { "\($0.party)|\($0.duty.rawValue)|\($0.task)" }
        XCTAssertEqual(r, ["县应急管理局|lead|开展森林防火专项检查", "县政府办公室|lead|开展安全大检查", "县督查室|support|开展安全大检查",
                           "县发改局|lead|清理规范涉企收费项目", "县市场监管局|lead|清理规范涉企收费项目",
                           "李明|lead|落实责任", "王强|lead|落实责任"])
        // A post named without a person: the post, as `县市长` in the seed.
        let speech = "在全县防汛工作会议上的讲话\n同志们:\n"
        XCTAssertEqual(Fixture.parse(speech + "县委书记要亲自抓防汛工作。").allResponsibilities.map(\.party), ["县委书记"])
        XCTAssertEqual(Fixture.parse(speech + "民权县、柘城县等县(区)长要亲自安排。").allResponsibilities.map(\.party), ["民权县", "柘城县"])
        XCTAssertEqual(Fixture.parse("XX县工作方案\n(一)加强组织领导。县委书记负总责。\n").allResponsibilities.map(\.party), ["县委书记"])
    }

    /// A bracket after a task naming parties by duty words, without column names: each
    /// party takes the paragraph's task (not the words after its cue inside the bracket) and
    /// the paragraph's deadline; collectives in it are no parties; an explanation in
    /// brackets is not such a row.
    func testDutyBracketAfterATask() {
        let text = """
        XX市营商环境优化行动方案
        一、重点任务
        1.全面推行证明事项告知承诺制。2024年9月底前公布告知承诺事项清单,逐项明确办理标准。(市司法局牵头,市级各有关部门按职责分工负责)
        2.推进水电气网联合报装。实现一表申请、一窗受理。〔市住建局、市城管局牵头,国网市供电公司配合〕
        3.提升企业开办效率。开办时间压缩至1个工作日(不含公章刻制)。
        4.深化行政许可改革。梳理划转事项目录,在政府网站公布。(市政府办公室、市行政审批局牵头,各县市区政府负责,2024年12月底前完成)
        5.优化纳税服务。推行非接触式办税。(市税务局负责,长期坚持)
        """
        let r = Fixture.parse(text).allResponsibilities.map { "\($0.party)|\($0.duty.rawValue)|\($0.task)|\($0.deadline ?? "-")" }
        XCTAssertEqual(r, ["市司法局|lead|全面推行证明事项告知承诺制|2024-09-30",
                           "市住建局|lead|推进水电气网联合报装|-", "市城管局|lead|推进水电气网联合报装|-",
                           "国网市供电公司|support|推进水电气网联合报装|-",
                           // A time clause in the bracket is the task's deadline.
                           "市政府办公室|lead|深化行政许可改革|2024-12-31", "市行政审批局|lead|深化行政许可改革|2024-12-31",
                           "市税务局|lead|优化纳税服务|-"])
    }

    /// A row's cells with no time limit take the deadline the item sets in a later sentence.
    func testBracketRowTakesTheItemsDeadline() {
        let text = """
        西平县农村人居环境整治提升实施方案
        二、重点任务
        1.全面排查问题厕所。6月底前完成已改厕所“回头看”排查整改。（牵头单位：县农业农村局；责任单位：各乡镇人民政府）
        """
        let r = Fixture.parse(text).allResponsibilities.map { "\($0.party)|\($0.task)|\($0.deadline ?? "-")" }
        XCTAssertEqual(r.filter { $0.hasPrefix("县农业农村局") }, ["县农业农村局|全面排查问题厕所|--06-30"])
    }

    /// A field line naming a party its item's sentence already answers for gives that party the
    /// time limit the sentence did not.
    func testFieldLinesGiveTheSentencesPartyItsTimeLimit() {
        let text = "专题会议纪要\n会议明确:\n2.资金保障。县财政局要积极争取上级专项资金。\n责任单位:县财政局、县发改局\n时间节点:2024年12月底前"
        let r = Fixture.parse(text).allResponsibilities.map { "\($0.party)|\($0.task)|\($0.deadline ?? "-")" }
        XCTAssertEqual(r, ["县发改局|资金保障|2024-12-31", "县财政局|积极争取上级专项资金|2024-12-31"])
    }

    /// A bureau's own plan names its sections (`责任股室:`, `牵头科室:`) as a county's names bodies.
    func testSectionColumns() {
        let text = "县农业农村局2025年工作要点\n一、稳定粮食生产\n1.新建高标准农田3万亩,11月底前通过县级验收。\n(责任股室:农田建设股、项目办)\n2.完成农村户厕改造2000户。牵头科室:社会事业科;完成期限:2025年10月底。"
        let r = Fixture.parse(text).allResponsibilities.map { "\($0.party)|\($0.duty.rawValue)|\($0.deadline ?? "-")" }
        XCTAssertEqual(r, ["农田建设股|lead|2025-11-30", "项目办|lead|2025-11-30", "社会事业科|lead|2025-10-31"])
    }

    func testTableCopiedOneCellPerLine() {
        let text = ["XX县实施方案", "一、任务分工", "序号", "工作任务", "牵头单位", "配合单位", "完成时限",
                    "1", "建立健全工作机制", "县委办", "县政府办、县财政局", "2021年6月",
                    "2", "开展专项整治，全面排查隐患", "县公安局", "各乡镇", "2021年12月底前", "二、保障措施", "各单位要加强领导。"].joined(separator: "\n")
        let r = Fixture.parse(text)
        XCTAssertEqual(r.allResponsibilities.map { "\($0.party)|\($0.duty.rawValue)|\($0.task)|\($0.deadline ?? "-")" },
                       ["县委办|lead|建立健全工作机制|2021-06-30", "县政府办|support|建立健全工作机制|2021-06-30",
                        "县财政局|support|建立健全工作机制|2021-06-30", "县公安局|lead|开展专项整治，全面排查隐患|2021-12-31"])
        XCTAssertEqual(Fixture.headings(r.documents[0]).map(\.title), ["任务分工", "保障措施"])
    }

    /// The same table with tabs between its cells, one row a line; and a table right under
    /// the title (its header is no part of the title).
    func testTableRowsWithTabsAndTableUnderTheTitle() {
        let rows = ["XX县2021年重点任务分解表", "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
                    "1\t建立健全工作机制\t县委办\t县政府办、县财政局\t2021年6月",
                    "2\t开展专项整治，全面排查隐患\t县公安局\t各乡镇\t2021年12月底前"].joined(separator: "\n")
        let expected = ["县委办|lead|建立健全工作机制|2021-06-30", "县政府办|support|建立健全工作机制|2021-06-30",
                        "县财政局|support|建立健全工作机制|2021-06-30", "县公安局|lead|开展专项整治，全面排查隐患|2021-12-31"]
        // With spaces between the cells (as PDF copies give tables): a header line of column
        // names opens the table; rows with as many cells follow (a trailing line break too).
        let spaced = rows.replacingOccurrences(of: "\t", with: " ") + "\n"
        // As a Markdown table: cells between pipes, a rule under the header.
        var lines = rows.components(separatedBy: "\n")
        for n in 1..<lines.count { lines[n] = "| " + lines[n].replacingOccurrences(of: "\t", with: " | ") + " |" }
        lines.insert("|---|:---|---|---|---:|", at: 2)
        let markdown = lines.joined(separator: "\n")
        for text in [rows, rows.replacingOccurrences(of: "\t", with: "\n"), spaced, markdown] {
            let r = Fixture.parse(text)
            XCTAssertEqual(r.documents.map(\.title), ["XX县2021年重点任务分解表"])
            XCTAssertEqual(r.documents.map(\.kind), [.plan])
            XCTAssertEqual(r.allResponsibilities.map { "\($0.party)|\($0.duty.rawValue)|\($0.task)|\($0.deadline ?? "-")" }, expected)
        }
        // Spaces in a line that names no columns stay stray spaces.
        let prose = Fixture.parse("XX县实施方案\n牵头 单位要 加强领导,配合单位要 积极参与。\n")
        XCTAssertEqual(prose.documents[0].sections.isEmpty ? prose.documents[0].preamble.map(\.text) : [], ["牵头单位要加强领导,配合单位要积极参与。"])
        // One tab after a marker sets apart no cells.
        let marker = Fixture.parse("XX县实施方案\n一、\t总体要求\n各单位要加强领导。")
        XCTAssertEqual(Fixture.headings(marker.documents[0]).map(\.title), ["总体要求"])
    }

    /// A rectification plan's item: the problem, its measure, then one field a line (two lead
    /// fields of one row, the time limit under its own name); an item with no time limit.
    func testRectificationItemFields() {
        let text = ["关于巡察反馈意见整改工作方案", "一、问题及整改措施", "1.党组会议研究党建工作次数偏少。",
                    "整改措施:严格落实党组会议议事规则,每季度至少专题研究一次党建工作。", "责任领导:张建国", "责任股室:办公室",
                    "整改时限:2024年6月底前", "2.“三会一课”制度落实不严格。", "整改措施:各支部要严格按照规定召开“三会一课”。",
                    "责任领导:李明", "整改时限:长期坚持"].joined(separator: "\n")
        let r = Fixture.parse(text)
        XCTAssertEqual(r.allResponsibilities.map { "\($0.party)|\($0.duty.rawValue)|\($0.task)|\($0.deadline ?? "-")" },
                       ["张建国|lead|严格落实党组会议议事规则,每季度至少专题研究一次党建工作|2024-06-30",
                        "办公室|lead|严格落实党组会议议事规则,每季度至少专题研究一次党建工作|2024-06-30",
                        "李明|lead|各支部要严格按照规定召开“三会一课”|-"])
        // The measure after its field's name commands; the problem's name does not.
        let d = r.allDirectives.map(\.text)
        XCTAssertTrue(d.contains("整改措施:严格落实党组会议议事规则,每季度至少专题研究一次党建工作"), "\(d)")
        XCTAssertFalse(d.contains { $0.contains("次数偏少") }, "\(d)")
    }

    /// A clause appointing a person to a post, then the duty with no party before it; the
    /// seat of an office in the clause before; a reply's 你局 is its addressee.
    func testAppointedPersonSeatAndAddressee() {
        func resp(_ s: String) -> [String] {
            Fixture.parse("2011年工作会议纪要\n" + s).allResponsibilities.map {
                "\($0.party)|\($0.partyType.rawValue)|\($0.role ?? "-")|\($0.duty.rawValue)|\($0.task)|\($0.deadline ?? "-")"
            }
        }
        XCTAssertEqual(resp("领导小组下设办公室,由刘伟同志兼任办公室主任,负责日常协调。"), ["刘伟|person|办公室主任|lead|日常协调|-"])
        XCTAssertEqual(resp("由王五任组长,负责统筹。"), ["王五|person|组长|lead|统筹|-"])
        XCTAssertEqual(resp("成立领导小组,领导小组办公室设在县农业农村局,负责日常工作。"), ["领导小组办公室|org|-|lead|日常工作|-"])
        let reply = "县人民政府关于同意设立工业园区的批复\n县发展和改革局:\n你局《关于设立工业园区的请示》收悉。现批复如下:\n"
            + "一、请你局会同县自然资源局抓紧编制园区总体规划,于2024年10月底前报县政府审批。\n二、园区管理委员会由县发展和改革局代管。\n"
        XCTAssertEqual(Fixture.parse(reply).allResponsibilities.map { "\($0.party)|\($0.duty.rawValue)|\($0.task)|\($0.deadline ?? "-")" },
                       ["县发展和改革局|owner|抓紧编制园区总体规划,于2024年10月底前报县政府审批|2024-10-31",
                        "县自然资源局|support|抓紧编制园区总体规划,于2024年10月底前报县政府审批|2024-10-31",
                        "县发展和改革局|lead|园区管理委员会由县发展和改革局代管|-"])
        let letter = "关于商请协助开展路域环境整治的函\n县城管局:\n请贵局于5月10日前组织人员清理违章广告牌。\n"
        XCTAssertEqual(Fixture.parse(letter).allResponsibilities.map(\.party), ["县城管局"])
        // With no addressee named alone, 你局 names no one (nor 你们, a collective).
        XCTAssertEqual(resp("请你局抓紧编制规划。"), [])
        XCTAssertEqual(resp("请你们抓紧编制规划。"), [])
        // 由X会同Y and the verb: X leads, Y supports.
        XCTAssertEqual(resp("会议同意招聘计划,由县人社局会同县教育局组织实施,8月底前完成招聘工作。"),
                       ["县人社局|org|-|lead|组织实施,8月底前完成招聘工作|2011-08-31", "县教育局|org|-|support|组织实施,8月底前完成招聘工作|2011-08-31"])
        // A clause giving all of a kind their own part ends the task before it, and its deadline
        // is theirs.
        XCTAssertEqual(resp("县林业局负责苗木调配和技术指导,各乡镇要在3月20日前完成造林地块清理。"), ["县林业局|org|-|lead|苗木调配和技术指导|-"])
        // A short verb after 由X's cue says how X answers for the topic before 由: the task
        // starts with it.
        XCTAssertEqual(resp("其中,城东污水处理厂项目由李明副县长负责协调,5月10日前完成土地报批。"),
                       ["李明|person|副县长|lead|城东污水处理厂项目由李明副县长负责协调,5月10日前完成土地报批|2011-05-10"])
        XCTAssertEqual(resp("建设资金由县城投公司负责筹措。"), ["县城投公司|org|-|lead|建设资金由县城投公司负责筹措|-"])
        // An appointment names no task (`副镇长李丽任副组长`); schools end bodies' names.
        XCTAssertEqual(resp("会议决定:成立工作专班,由镇长陈明任组长,副镇长李丽任副组长。"), [])
        XCTAssertEqual(resp("会议同意校舍维修方案,由镇财政所、镇中心小学共同负责组织实施。"),
                       ["镇财政所|org|-|lead|组织实施|-", "镇中心小学|org|-|lead|组织实施|-"])
        // 责令其: the body 对 brought forward.
        XCTAssertEqual(resp("对城关镇予以通报批评,责令其于5月20日前完成整改。"), ["城关镇|org|-|owner|于5月20日前完成整改|2011-05-20"])
        XCTAssertEqual(resp("对县交通局、县林业局予以通报批评,责令其于4月20日前补报材料。").map { $0.components(separatedBy: "|")[0] }, ["县交通局", "县林业局"])
        // The whole of a place (`全县`) is no body, after an asking word read as a noun too.
        XCTAssertEqual(resp("会议要求,分析研判全县防汛抗旱形势。"), [])
        // 进行 is too common a verb to hand a task over (`由区委、政府主要领导协调组织有关部门进行…`).
        XCTAssertEqual(resp("必要时由区委、政府主要领导协调组织有关部门进行专题研究。"), [])
    }
}
