import XCTest
@testable import GongwenKit

/// Deadline forms and traps, as data: sentence, expected (text, date) pairs.
final class DeadlineTests: XCTestCase {
    func deadlines(_ s: String, year: Int? = nil, month: Int? = nil, day: Int? = nil) -> [String] {
        let ct = Cleanup.clean(Scalars(s))
        let ctx = DeadlineContext(docYear: year, docMonth: month, docDay: day)
        return ct.paragraphs.flatMap { Sentences.split(ct.key, $0) }.flatMap { DeadlineExtractor.extract(ct, sentence: $0, context: ctx) }
            .map { "\($0.deadline.text)=\($0.deadline.date ?? "null")" }
    }

    func testForms() {
        let cases: [(String, Int?, [String])] = [
            ("小山坡农家院拆迁实行倒计时,8月底前完工。", 2011, ["8月底前=2011-08-31"]),
            // Each month's 5th: a deadline with no one date; 次年 is the year after the document's.
            ("各单位要于每月5日前报送上月工作情况。", 2024, ["每月5日前=null"]),
            ("请于次年1月10日前报送年度总结。", 2024, ["次年1月10日前=2025-01-10"]),
            ("州林业局牵头起草意见,9 月底前报州政府研究。", nil, ["9月底前=--09-30"]),
            ("务必在 9月15日前完成所有整改。", nil, ["9月15日前=--09-15"]),
            ("确保年底前竣工投用。", nil, ["年底前=--12-31"]),
            ("确保年内创建成功。", 2020, ["年内=2020-12-31"]),
            ("9 月中旬前,全部完成实验室建设。", nil, ["9月中旬前=--09-20"]),
            ("10月上旬前完成。", nil, ["10月上旬前=--10-10"]),
            ("2月下旬前完成。", 2024, ["2月下旬前=2024-02-29"]),
            ("确保第四季度有明显改进。", nil, ["第四季度=--12-31"]),
            ("力争上半年完成。", 2022, ["上半年=2022-06-30"]),
            ("要将提高项目竣工率作为第四季度工作重点。", nil, ["第四季度=--12-31"]),
            // A heading's marker before the time is no list of months (三、8月 is not 3、8月).
            ("三、8月底前完成整改。", 2024, ["8月底前=2024-08-31"]), ("七、11月中下旬完成复查。", 2024, ["11月中下旬=2024-11-30"]),
            ("即日起至12月31日开展专项行动。", 2024, ["12月31日=2024-12-31"]),
            // A submission closing (`报送截止到`) bounds it; a period reported on does not.
            ("材料报送截止到4月15日。", 2024, ["4月15日=2024-04-15"]), ("截止到3月底,全县共排查隐患12处。", 2024, []),
            // Work planned for part of a month.
            ("4月中下旬开展督查。", 2024, ["4月中下旬=2024-04-30"]), ("5月上旬组织验收。", 2024, ["5月上旬=2024-05-10"]),
            // A day opening the sentence alone in its clause, then what is required on it; a
            // day something was done or will happen on is none.
            ("6月16日,各乡镇、各部门要在人员密集场所开展集中宣传咨询活动。", 2024, ["6月16日=2024-06-16"]),
            ("4月27日,市科协召开全委会议。", 2024, []), ("7月1日,北方将进入主汛期。", 2024, []),
            ("3月1日,我们要求各单位开展了自查。", 2024, []),
            // …and a window so (its end), not one told of or reported on.
            ("10月1日至7日,各单位要安排值班。", 2024, ["10月1日至7日=2024-10-07"]), ("3月1日至5日,督查组开展了督查。", 2024, []),
            ("1月1日至3月31日,全县共查处案件12起。", 2024, []),
            // Holidays and seasons: 两会, 入汛.
            ("全国两会前完成整改。", 2024, ["两会前=null"]), ("入汛前完成清淤。", 2024, ["入汛前=null"]),
            // The day a rule takes effect is no bound, with 自 or without.
            ("本办法于2024年10月1日起施行。", nil, []), ("本办法2024年10月1日起实施,有效期5年。", nil, []),
            // A plan's phase ends when its window does; a window told of bounds nothing.
            ("(一)动员部署阶段(2024年3月1日—3月15日)。各乡镇要制定具体方案。", nil, ["3月15日=2024-03-15"]),
            ("(二)集中整治阶段(2025年5月—10月)。", nil, ["10月=2025-10-31"]),
            // A start told of is no bound (`已…`).
            ("6月1日起,全国已全面进入汛期。", 2024, []), ("6月1日起,各地要实行24小时值班。", 2024, ["6月1日起=2024-06-01"]),
            ("给项目方发通知,限期至2011年10月底前动工。", nil, ["2011年10月底前=2011-10-31"]),
            ("完成时限是2022年。", nil, ["完成时限是2022年=2022-12-31"]),
            ("到2030年前基本实现。", nil, ["2030年前=2030-12-31"]),
            // 已 after the task's verb is in its object, not the past of the task.
            ("6月底前完成已改厕所“回头看”排查整改。", 2025, ["6月底前=2025-06-30"]), ("要于7月底完成设计。", 2025, ["7月底=2025-07-31"]),
            // 到 a year, then the task set for it.
            ("县卫健委要力争到2026年实现村卫生室标准化全覆盖。", 2025, ["2026年=2026-12-31"]), ("到2027年,森林覆盖率达到45%。", nil, ["2027年=2027-12-31"]),
            ("必须在 10 月中旬省环保督察回头看前,按时序完成各项任务。", nil, ["10月中旬省环保督察回头看前=--10-20"]),
            ("11 月底要拿出明年重点项目盘子。", nil, ["11月底=--11-30"]),
            ("力争10月底具备举办条件。", 2011, ["10月底=2011-10-31"]),
            ("收到通知后5个工作日内办结。", nil, ["5个工作日内=null"]),
            // A time limit without 内; January as 元月; 年 said twice.
            ("限期一个月完成整改。", 2024, ["一个月=null"]), ("确保接警后30分钟内到达现场。", 2024, ["30分钟内=null"]),
            ("事故发生后1小时内报告县应急局。", 2024, ["1小时内=null"]), ("县住建局要在元月底前完成验收。", 2024, ["元月底前=2024-01-31"]),
            ("要在2024年年底前完成学校改造。", nil, ["2024年年底前=2024-12-31"]), ("元月5日前报送。", 2025, ["元月5日前=2025-01-05"]),
            ("国庆节前完成排查。", nil, ["国庆节前=null"]),
            ("确保本月底经费落实到位。", nil, ["本月底=null"]),
            ("确保本月底经费落实到位。", 2020, ["本月底=null"]),
            ("将于9月2日抵达湖南。", nil, ["9月2日=--09-02"]),
            ("二〇二一年十二月底前完成。", nil, ["二〇二一年十二月底前=2021-12-31"]),
            ("力争9月中下旬完成。", nil, ["9月中下旬=--09-30"]),
            ("确保四季度完成全年任务。", 2020, ["四季度=2020-12-31"]),
            ("10月1日以前报送。", nil, ["10月1日以前=--10-01"]),
            ("须在6月30日之前完成。", nil, ["6月30日之前=--06-30"]),
            ("明年3月底前完成。", 2020, ["明年3月底前=2021-03-31"]),
            ("从8月中下旬开始,开展百日攻坚行动。", nil, []),
            ("报送截止时间为6月30日。", 2021, ["截止时间为6月30日=2021-06-30"]),
            // After a field naming a time limit, the time alone (no 前 needed).
            ("整改时限:2024年6月底。", nil, ["2024年6月底=2024-06-30"]), ("办理期限:7月15日。", 2024, ["7月15日=2024-07-15"]),
            // Figures a template leaves open: a deadline with no date.
            ("由县局牵头,xx月xx日前完成。", 2024, ["xx月xx日前=null"]), ("请于XXXX年XX月XX日前报送。", nil, ["XXXX年XX月XX日前=null"]),
            ("××月底前完成整改。", 2024, ["××月底前=null"]), ("请于2024年x月中旬前报送。", nil, ["2024年x月中旬前=null"]),
            ("xxx同志要在3月底前完成。", nil, ["3月底前=--03-31"]), ("请xx局牵头落实。", nil, []),
            ("规划编制工作要在20xx年2月底以前完成。", nil, ["20xx年2月底以前=null"]),
            // A day of each quarter: comes back, so no one date; how often alone is no deadline.
            ("各单位要在每季度末月25日前报送进展情况。", 2024, ["每季度末月25日前=null"]), ("每季度首月10日前报送上季度情况。", nil, ["每季度首月10日前=null"]),
            ("每季度召开一次调度会。", 2024, []),
            // Days named together, when something took place.
            ("全市经济工作会议于12月18日19日召开。", 2024, []),
        ]
        for (s, y, want) in cases { XCTAssertEqual(deadlines(s, year: y), want, s) }
        // The placeholder test compares in place; it must say what the listed characters say.
        for c in "xX×*□○◯年月一2".unicodeScalars {
            XCTAssertEqual(TimeGrammar.isPlaceholder(c), TimeGrammar.placeholderChars.unicodeScalars.contains(c), "\(c)")
        }
        // A duty bracket's time limit, found by the sentence and by the table reader alike,
        // is one deadline.
        let plan = Fixture.parse("2021年重点工作实施方案\n1.压缩企业开办时间。(牵头单位:市市场监管局;完成时限:2021年6月底)")
        XCTAssertEqual(plan.allDeadlines.map { "\($0.text)=\($0.date ?? "null")" }, ["2021年6月底=2021-06-30"])
        XCTAssertEqual(deadlines("确保本月底经费落实到位。", year: 2020, month: 9), ["本月底=2020-09-30"])
        // This quarter and the next, counted from the document's month; a half year's end.
        XCTAssertEqual(deadlines("确保本季度末前全部完工。", year: 2024, month: 5), ["本季度末前=2024-06-30"])
        XCTAssertEqual(deadlines("下季度内完成验收。", year: 2024, month: 11), ["下季度内=2025-03-31"])
        XCTAssertEqual(deadlines("确保本季度末前全部完工。"), ["本季度末前=null"])
        XCTAssertEqual(deadlines("上半年末前完成招标。", year: 2024), ["上半年末前=2024-06-30"])
        XCTAssertEqual(deadlines("本季度以来,工业增长较快。", year: 2024, month: 5), [])
        // A day named from the document's date, with a bound after it; alone it dates an event.
        XCTAssertEqual(deadlines("请于明天上午10点前报送,务必于今日下班前反馈。", year: 2024, month: 3, day: 31),
                       ["明天上午10点前=2024-04-01", "今日下班前=2024-03-31"])
        XCTAssertEqual(deadlines("请于明天上午10点前报送。"), ["明天上午10点前=null"])
        XCTAssertEqual(deadlines("今天召开会议,明天我们要开会。", year: 2024, month: 3, day: 31), [])
        // Days listed before one 前, each a bound; days listed of what was done are none.
        XCTAssertEqual(deadlines("请县交通局、县公安局分别于5月10日、5月20日前完成整改。", year: 2024), ["5月10日=2024-05-10", "5月20日前=2024-05-20"])
        XCTAssertEqual(deadlines("分别于6月底、9月底前完成拨付和审计。", year: 2024), ["6月底=2024-06-30", "9月底前=2024-09-30"])
        XCTAssertEqual(deadlines("1—6月、7—9月两个阶段开展。", year: 2024), [])
        XCTAssertEqual(deadlines("全县于5月10日、5月20日前完成了两轮检查。", year: 2024), [])
    }

    /// How each deadline binds: by a time (前, 底, a month), within a span (内), on a day; a day
    /// named as the latest allowed (`不迟于`, `最迟`) binds by it.
    func testRelations() {
        func relations(_ s: String) -> [String] {
            let ct = Cleanup.clean(Scalars(s))
            return ct.paragraphs.flatMap { Sentences.split(ct.key, $0) }
                .flatMap { DeadlineExtractor.extract(ct, sentence: $0, context: DeadlineContext(docYear: 2024)) }
                .map { "\($0.deadline.text)=\($0.deadline.relation.rawValue)" }
        }
        XCTAssertEqual(relations("6月30日前完成。"), ["6月30日前=by"])
        XCTAssertEqual(relations("8月底完成。"), ["8月底=by"])
        XCTAssertEqual(relations("5个工作日内办结。"), ["5个工作日内=within"])
        XCTAssertEqual(relations("将于9月2日抵达湖南。"), ["9月2日=on"])
        XCTAssertEqual(relations("整改工作不迟于6月30日完成。"), ["6月30日=by"])
        XCTAssertEqual(relations("材料最迟于7月5日报送。"), ["7月5日=by"])
        XCTAssertEqual(relations("材料最迟7月5日报送,最迟不超过10月15日完工,最晚9月完成验收。"), ["7月5日=by", "10月15日=by", "9月=by"])
    }

    /// Weekdays count from the document's full date (Monday to Sunday weeks; a bare weekday
    /// is the next such day); without a full date they are deadlines with no date. A
    /// weekday without 前 dates an event. A quarter's end (一季度末) ends with the quarter.
    func testWeekdaysAndQuarterEnds() {
        // 2024-03-12 was a Tuesday.
        XCTAssertEqual(deadlines("各部门本周五前报送总结,办公室于下周一前完成方案,周二前反馈意见。", year: 2024, month: 3, day: 12),
                       ["本周五前=2024-03-15", "下周一前=2024-03-18", "周二前=2024-03-19"])
        XCTAssertEqual(deadlines("请于星期五以前报送,本周内完成自查。", year: 2024, month: 12, day: 30),
                       ["星期五以前=2025-01-03", "本周内=2025-01-05"])
        XCTAssertEqual(deadlines("各部门本周五前报送总结。", year: 2024, month: 3), ["本周五前=null"])
        XCTAssertEqual(deadlines("本周五召开会议,每周一次,建党一百周年,上周五前已完成。", year: 2024, month: 3, day: 12), [])
        XCTAssertEqual(deadlines("各科室每周五前报送周报。", year: 2024, month: 3, day: 12), ["每周五前=null"])
        XCTAssertEqual(deadlines("县财政局于每年6月底前将资金拨付到位。", year: 2024), ["每年6月底前=null"])
        // A span of years is no year's end; 次月 is the month after, as 下月.
        XCTAssertEqual(deadlines("力争两年内完成改造,3年内实现全覆盖,次月5日前报送。", year: 2024, month: 11), ["两年内=null", "3年内=null", "次月5日前=2024-12-05"])
        // The end of a window planned for something (期间 after a day reached by 至); a past one is none.
        XCTAssertEqual(deadlines("在6月15日至6月30日期间开展应急演练。", year: 2024), ["6月30日=2024-06-30"])
        XCTAssertEqual(deadlines("6月15日至6月30日期间,我们开展了专项检查。", year: 2024), [])
        // A day named as when something closes.
        XCTAssertEqual(deadlines("报送工作以9月30日为截止日期,6月30日截止报名。", year: 2024), ["9月30日=2024-09-30", "6月30日=2024-06-30"])
        XCTAssertEqual(deadlines("报名已于6月30日截止了。", year: 2024), [])
        // An hour between the day and its 前 is part of the deadline.
        XCTAssertEqual(deadlines("请于7月15日17:00前报送名单,本周五下班前报送总结,下周一上午9时前完成自查。", year: 2024, month: 7, day: 10),
                       ["7月15日17:00前=2024-07-15", "本周五下班前=2024-07-12", "下周一上午9时前=2024-07-15"])
        XCTAssertEqual(deadlines("请于3月20日(星期三)中午12点前报送。", year: 2024), ["3月20日(星期三)中午12点前=2024-03-20"])
        // A day of this month or the next, from the document's month.
        XCTAssertEqual(deadlines("下月10日前报送总结,本月25日前完成统计。", year: 2024, month: 11), ["下月10日前=2024-12-10", "本月25日前=2024-11-25"])
        XCTAssertEqual(deadlines("下月5号前报送。", year: 2024, month: 12), ["下月5号前=2025-01-05"])
        XCTAssertEqual(deadlines("下月10日前报送总结。"), ["下月10日前=null"])
        // Parts of this month or the next; the start of a month is a time the text does not fix.
        XCTAssertEqual(deadlines("请于下月上旬报送,本月中旬完成自查,本月下旬前完成整改。", year: 2024, month: 10),
                       ["下月上旬=2024-11-10", "本月中旬=2024-10-20", "本月下旬前=2024-10-31"])
        XCTAssertEqual(deadlines("县财政局要于下月初拨付资金,请于月初前报送。", year: 2024, month: 10), ["下月初=null", "月初前=null"])
        XCTAssertEqual(deadlines("每月月初报送上月数据。", year: 2024, month: 10), [])
        // A month opening a list item with its task (no figure done); the end a requirement is
        // set for after 截至.
        XCTAssertEqual(deadlines("(九)10月份完成验收。", year: 2024), ["10月份=2024-10-31"])
        XCTAssertEqual(deadlines("9月份完成投资3亿元,10月完成了验收,10月份召开会议。", year: 2024), [])
        XCTAssertEqual(deadlines("11月份组织开展一次全县安全生产培训。", year: 2024), ["11月份=2024-11-30"])
        XCTAssertEqual(deadlines("截至6月底,全县要完成造林5万亩。", year: 2024), ["6月底=2024-06-30"])
        XCTAssertEqual(deadlines("截至6月底,全县已完成造林5万亩,要继续加大力度。", year: 2024), [])
        // 今年底 whole; a period alone opening the sentence, then what is required by it.
        XCTAssertEqual(deadlines("今年底,全县要完成造林5万亩。", year: 2024), ["今年底=2024-12-31"])
        XCTAssertEqual(deadlines("截止今年底,全县要完成造林5万亩。", year: 2024), ["今年底=2024-12-31"])
        XCTAssertEqual(deadlines("上半年,全县完成造林5万亩。", year: 2024), [])
        XCTAssertEqual(deadlines("一季度末前完成资金拨付。", year: 2024), ["一季度末前=2024-03-31"])
        // A day's weekday in brackets before 前.
        XCTAssertEqual(deadlines("人事科于3月20日(星期三)前完成招聘计划。", year: 2024), ["3月20日(星期三)前=2024-03-20"])
    }

    /// 本周/下周/本月/下月 with the task right after them bound it (the week's Sunday, the
    /// month's last day); a quantity done in the period, or work done, does not.
    func testBarePeriodsBeforeATask() {
        // 2024-07-03 was a Wednesday.
        XCTAssertEqual(deadlines("治理方案的评审要求本周完成,各村本月完成摸底,水利站下周完成方案编制,资金下月到位。", year: 2024, month: 7, day: 3),
                       ["本周=2024-07-07", "本月=2024-07-31", "下周=2024-07-14", "下月=2024-08-31"])
        XCTAssertEqual(deadlines("各村本月上报名单。"), ["本月=null"])
        XCTAssertEqual(deadlines("各村本月要完成摸底,下周必须拿出方案。", year: 2024, month: 7, day: 3), ["本月=2024-07-31", "下周=2024-07-14"])
        // In a summary or a report this week and this month tell what was done; next month plans.
        let summary = Fixture.parse("2024年6月工作总结\n本月完成全部整改任务,下月完成验收。").allDeadlines.map(\.text)
        XCTAssertEqual(summary, ["下月"])
        for s in ["本月完成产值3.2亿元。", "下周召开推进会。", "本周完成了全部任务。", "本月以来完成投资。", "本周工作安排如下。", "本周完成的主要工作有三项。"] {
            XCTAssertEqual(deadlines(s, year: 2024, month: 7, day: 3), [], s)
        }
    }

    /// Holidays: `“十一”之前`, `春节以前` bound a task with no date the text fixes; a year written
    /// before a holiday on a fixed day fixes it. Words ending in 前 (`汛前`, `年前`) bound a task
    /// after 在/于 or before a task word; `前夕`, `前后`, `汛前检查`, `两年前` bound nothing.
    func testHolidays() {
        XCTAssertEqual(deadlines("县水利局要在“十一”之前完成修复,春节以前完成验收。", year: 2025), ["“十一”之前=null", "春节以前=null"])
        XCTAssertEqual(deadlines("各单位务必在2025年元旦前报送总结,2025年国庆节前完工,2026年春节前交付。"),
                       ["2025年元旦前=2025-01-01", "2025年国庆节前=2025-10-01", "2026年春节前=null"])
        XCTAssertEqual(deadlines("县林业局要在年前完成造林任务,各村汛前完成隐患排查。", year: 2025), ["年前=null", "汛前=null"])
        // Seasons a task is bound to, also as the end of a longer name (主汛期前).
        XCTAssertEqual(deadlines("确保在汛期结束前完工,要在入冬前完成管网改造,在主汛期前完成加固。", year: 2025), ["汛期结束前=null", "入冬前=null", "汛期前=null"])
        XCTAssertEqual(deadlines("入冬前气温较高。", year: 2025), [])
        XCTAssertEqual(deadlines("在汛期到来之前,各乡镇要完成隐患排查。", year: 2025), ["汛期到来之前=null"])
        // The day a meeting is held, its hour and place between, is no deadline.
        XCTAssertEqual(deadlines("定于2024年3月5日上午9:00在县政府三楼会议室召开全县春季农业生产工作会议。"), [])
        XCTAssertEqual(deadlines("请各乡镇于3月4日下午5点前将名单报县农业农村局,会议3月5日召开。", year: 2024), ["3月4日下午5点前=2024-03-04"])
        // Opening a later clause, before its verb; a season with the holiday.
        XCTAssertEqual(deadlines("新建改建中小学校舍4.2万平方米,秋季开学前投入使用。", year: 2025), ["秋季开学前=null"])
        XCTAssertEqual(deadlines("完成主干管网铺设,供暖季前并网运行。", year: 2025), ["供暖季前=null"])
        XCTAssertEqual(deadlines("全面完成整改,汛前检查工作由县水利局负责。", year: 2025), [])
        for s in ["春节前夕,县领导走访慰问了困难群众。", "各村要在春节前后开展安全检查。", "县水利局开展了汛前检查。",
                  "两年前,我们开展了汛前检查。", "三年前建成的水库已投入使用。"] {
            XCTAssertEqual(deadlines(s, year: 2025), [], s)
        }
    }

    /// A span of days with its month written once (`6月10日至15日`) ends on its last day; an
    /// event named between a time and 前 holds no task (`5月中下旬开展一次汛前督查`).
    func testSpansOfDaysAndTasksBeforeQian() {
        // The end of a window set for a task (after it, opening the next clause, or alone);
        // the end of a reporting period is none.
        XCTAssertEqual(deadlines("12月10日—12月20日,开展联合检查。", year: 2025), ["12月20日=2025-12-20"])
        XCTAssertEqual(deadlines("检查时间:2024年9月1日至10月31日。"), ["10月31日=2024-10-31"])
        XCTAssertEqual(deadlines("3月至5月,开展专项整治行动。", year: 2025), ["5月=2025-05-31"])
        XCTAssertEqual(deadlines("3月至5月,全县共查处案件12起。", year: 2025), [])
        // A window ending in part of a month (中旬, 底) ends where that part does.
        XCTAssertEqual(deadlines("请相关单位于7月至8月中旬提前做好发货准备。", year: 2025), ["8月中旬=2025-08-20"])
        XCTAssertEqual(deadlines("7月至8月底,开展专项检查。", year: 2025), ["8月底=2025-08-31"])
        XCTAssertEqual(deadlines("7月至8月底,全县共查处案件12起。", year: 2025), [])
        // A period opening a clause that sets a target, after a clause that requires.
        XCTAssertEqual(deadlines("财务部要加大清收力度,三季度末应收账款余额下降10%以上。", year: 2025), ["三季度末=2025-09-30"])
        XCTAssertEqual(deadlines("今年一季度全县完成投资12亿元,三季度末累计完成30亿元。", year: 2025), [])
        XCTAssertEqual(deadlines("我局认真落实重点任务,一季度城镇登记失业率控制在4%以内。", year: 2025), [])
        for s in ["1月1日至3月31日,全县共查处违法案件32起。", "4月1日—4月30日,开展了春季植树活动。"] { XCTAssertEqual(deadlines(s, year: 2025), [], s) }
        XCTAssertEqual(deadlines("县农业农村局要在6月10日至15日期间完成验收。", year: 2025), ["6月10日至15日=2025-06-15"])
        XCTAssertEqual(deadlines("请于3月1日-5日前报送材料。", year: 2025), ["3月1日-5日前=2025-03-05"])
        XCTAssertEqual(deadlines("3月1日至5日,督查组在我县开展了督查。", year: 2025), [])
        XCTAssertEqual(deadlines("3月1日至4月5日,开展了督查。", year: 2025), [])
        // A window fixed by 于/在 before its first day ends when the work is due; an event's is none.
        XCTAssertEqual(deadlines("排查工作于7月15日至8月15日集中开展。", year: 2024), ["8月15日=2024-08-15"])
        XCTAssertEqual(deadlines("排查工作于7月15日至8月15日集中开展了。", year: 2024), [])
        XCTAssertEqual(deadlines("培训班于7月15日至8月15日在县委党校举办。", year: 2024), [])
        XCTAssertEqual(deadlines("各乡镇要于5月中下旬开展一次汛前督查。", year: 2025), ["5月中下旬=2025-05-31"])
        XCTAssertEqual(deadlines("必须在10月中旬省环保督察回头看前完成。", year: 2025), ["10月中旬省环保督察回头看前=2025-10-20"])
        // A quarter's or month's end right before a task word bounds it (no 前 needed).
        XCTAssertEqual(deadlines("县财政局每季度末报送一次资金使用情况,8月底上报名单。", year: 2025), ["每季度末=null", "8月底=2025-08-31"])
        XCTAssertEqual(deadlines("8月底上报了名单。", year: 2025), [])
        // A bound that was kept, told of: 已于…前.
        XCTAssertEqual(deadlines("发现隐患23处,已于6月底前全部整改到位。", year: 2024), [])
        XCTAssertEqual(deadlines("发现隐患23处,要于6月底前全部整改到位。", year: 2024), ["6月底前=2024-06-30"])
        XCTAssertEqual(deadlines("隐患在6月底前全部整改完成了。", year: 2024), [])
        XCTAssertEqual(deadlines("为了6月底前完成整改,要加派人手。", year: 2024), ["6月底前=2024-06-30"])
    }

    /// The day arithmetic behind weekdays agrees with Foundation's calendar.
    func testDayArithmeticAgreesWithFoundation() {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        for _ in 0..<2000 {
            let y = Int.random(in: 1900...2100), m = Int.random(in: 1...12), d = Int.random(in: 1...Dates.daysIn(month: m, year: y))
            let date = cal.date(from: DateComponents(year: y, month: m, day: d))!
            let n = Dates.days(year: y, month: m, day: d)
            XCTAssertEqual(n, Int(date.timeIntervalSince1970 / 86400), "\(y)-\(m)-\(d)")
            let back = Dates.civil(days: n)
            XCTAssertEqual([back.year, back.month, back.day], [y, m, d])
            // Foundation: 1 = Sunday … 7 = Saturday; here 1 = Monday … 7 = Sunday.
            XCTAssertEqual(Dates.weekday(days: n), (cal.component(.weekday, from: date) + 5) % 7 + 1, "\(y)-\(m)-\(d)")
        }
    }

    func testNotDeadlines() {
        for s in ["4月27日,市科协召开了第一季度工作汇报会。", "1-8 月份,全市规模以上工业增加值同比增长2.3%。",
                  "截止3月份,共有参保缴费xxxxx人。", "截至8月底,全市金融机构新增存贷比达到87.6%。",
                  "通过近两年的实践,我们有了更深的感受。", "在 9 月 15 日召开的工作推进会上,我们进行了安排部署。",
                  "9 月 9 日,总书记主持召开会议。", "自 9 月 15 日推进会以来,只有睢县上报了项目。",
                  "今年7月份全省工作会议后,市政府提出要求。", "即将进入四季度的关键时间节点。",
                  "与我省有些地市70日内完成相比,还有差距。", "2019年7月以来,审计部门进行了审计。",
                  "基本完成第一季度任务。", "要全面贯彻落实8月5日全市动员会部署要求。",
                  // The period under review, not a bound (a period that work is planned for still is one).
                  "要认真总结我县上半年经济运行情况。", "要回顾一季度工作,分析第三季度形势。",
                  // The period a report is on (`…上半年完成情况`).
                  "请报送各单位承担的重点工作任务上半年完成情况。", "请报送本周完成情况。",
                  // 到 a year that ends a span, qualifies, or was reached.
                  // A time something was done by (已于…, 已经在…).
                  "该工程已于7月底完成设计。", "该工程已经在7月20日完成设计。",
                  "2021年到2024年实施了三轮整治。", "到2024年的目标已经实现。", "到2024年全县建成了12个示范村。", "到2024年间累计投入3亿元。"] {
            XCTAssertEqual(deadlines(s), [], s)
        }
    }

    /// 于 and 在 at the end of a word (关于, 高于, 现在) are not the preposition that fixes a time;
    /// on their own they are.
    func testPrepositionInsideAWordIsNoCue() {
        for s in ["会议听取了经发办关于一季度经济运行情况的汇报。", "一、关于上半年工作情况", "增速高于一季度水平。",
                  "关于9月2日的会议安排,另行通知。"] {
            XCTAssertEqual(deadlines(s), [], s)
        }
        XCTAssertEqual(deadlines("于第三季度完成验收。"), ["第三季度=--09-30"])
        XCTAssertEqual(deadlines("会议定于9月2日召开,请于9月1日前报名。", year: 2021), ["9月1日前=2021-09-01"])
    }

    /// A day or month something is planned for is a deadline (预计, 计划, 拟 … before it, 于/在
    /// between allowed), a placeholder one too; an event on it, or work done by it, is not.
    func testPlannedDaysAndMonths() {
        XCTAssertEqual(deadlines("预计6月30日完成整改。", year: 2024), ["6月30日=2024-06-30"])
        XCTAssertEqual(deadlines("计划于2024年9月完成验收。"), ["2024年9月=2024-09-30"])
        XCTAssertEqual(deadlines("要在10月完成全部验收。", year: 2024), ["10月=2024-10-31"])
        XCTAssertEqual(deadlines("未整改到位,预计X月XX日整改到位。"), ["X月XX日=null"])
        for s in ["拟于5月20日召开全县推进会。", "于2023年9月完成了验收。", "计划于9月召开总结会。", "全县9月完成投资12亿元。"] {
            XCTAssertEqual(deadlines(s, year: 2024), [], s)
        }
    }

    /// Dates in figures: `2024.7.15前`, `2024/8/10前`, `2024-06-30前`; a month and day with a
    /// dot only before 前 (`7.20前`), never a decimal (`7.20亿元`, `12.5%`).
    func testDatesInFigures() {
        XCTAssertEqual(deadlines("各单位务必于2024.7.15前完成排查。"), ["2024.7.15前=2024-07-15"])
        XCTAssertEqual(deadlines("县水利局要在2024/8/10前完成验收。"), ["2024/8/10前=2024-08-10"])
        XCTAssertEqual(deadlines("请于2024-06-30前报送。"), ["2024-06-30前=2024-06-30"])
        XCTAssertEqual(deadlines("请于7.20前报送总结。", year: 2024), ["7.20前=2024-07-20"])
        XCTAssertEqual(deadlines("完成投资7.20亿元,增长12.5%,1-8月份累计增长3.1%。"), [])
    }

    func testWordsWithNumeralsGiveNoNumbers() {
        let r = Fixture.parse("落实“两会”精神和“一联三帮”机制,做好“六稳”工作,编制“十四五”规划,不能胡子眉毛一把抓。")
        XCTAssertEqual(r.allDeadlines.count, 0)
        XCTAssertEqual(r.allPercentages.count, 0)
    }

    func testYearNearbyStandsInForTheDocumentsYear() {
        XCTAssertEqual(deadlines("2021年重点工作安排,各县要在9月底前完成。"), ["9月底前=2021-09-30"])
    }

    func testReferenceDateSuppliesTheYear() {
        let r = Fixture.parse("各县要在今年年底前完成,确保本月底经费到位。", reference: DateComponents(year: 2021, month: 5, day: 3))
        XCTAssertEqual(r.allDeadlines.map(\.date), ["2021-12-31", "2021-05-31"])
    }

    /// A period, a task's verb and a figure: a target in a plan, what was done in a report.
    func testFigureDoneInAPeriodInAReport() {
        let s = "预计一季度完成固定资产投资4.9亿元。"
        XCTAssertEqual(deadlines(s, year: 2022), ["一季度=2022-03-31"])
        let ct = Cleanup.clean(Scalars(s))
        var report = DeadlineContext(docYear: 2022); report.reportsWhatWasDone = true
        XCTAssertEqual(ct.paragraphs.flatMap { DeadlineExtractor.extract(ct, sentence: $0, context: report) }.count, 0)
        // Under a summary's plans (`三、二季度工作计划`) the same sentence sets a target.
        let doc = Fixture.parse("乡镇第一季度工作总结和第二季度工作计划\n一、一季度工作总结\n预计一季度完成固定资产投资4.9亿元。\n二、二季度工作计划\n确保二季度完成固定资产投资8亿元,6月底前项目全部开工。")
        XCTAssertEqual(doc.documents[0].deadlines.map(\.text), ["二季度", "6月底前"])
    }

    func testVerdictsCarryReasons() {
        let ct = Cleanup.clean(Scalars("截至8月底,存贷比达到87.6%。"))
        let c = DeadlineExtractor.candidates(ct, sentence: ct.paragraphs[0], context: DeadlineContext())
        XCTAssertEqual(c.count, 1)
        XCTAssertFalse(c[0].verdict.isDeadline)
        XCTAssertTrue(c[0].verdict.reason.contains("截至"))
    }

    /// A section about a later year than the document's (`二、2023年工作打算` in a 2022
    /// summary) dates its month deadlines in that year; a look back at an earlier year, a
    /// year later in a heading sentence, and 本月底 keep the document's.
    func testSectionAboutALaterYearDatesItsDeadlines() {
        func dates(_ text: String) -> [String] {
            Parser().parse(text: text).documents.flatMap(\.deadlines).map { "\($0.text)=\($0.date ?? "null")" }
        }
        XCTAssertEqual(dates("XX县农业农村局2022年工作总结\n一、主要成效\n粮食生产稳中有增。\n二、2023年工作打算\n（一）稳定粮食生产。确保6月底前完成夏粮收购。\n"),
                       ["6月底前=2023-06-30"])
        XCTAssertEqual(dates("XX县2023年工作要点\n一、2022年工作回顾\n确保8月底前完成验收。\n"), ["8月底前=2023-08-31"])
        XCTAssertEqual(dates("XX镇会议纪要\n2023年4月18日\n一、关于项目建设\n第一条 各村要在2025年12月前完成规划,6月底前报镇政府。\n"),
                       ["2025年12月前=2025-12-31", "6月底前=2023-06-30"])
        // `关于明年工作` in a speech given in December: the year after the document's; `关于2025年…` too.
        XCTAssertEqual(dates("在全县经济工作会议上的讲话\n2024年12月20日\n一、关于明年工作\n县财政局要在3月底前完成预算编制。\n二、关于2026年工作\n确保6月底前开工。\n"),
                       ["3月底前=2025-03-31", "6月底前=2026-06-30"])
        // A bare 年底 or 年内 under such a heading falls in its year too; 今年 is the document's.
        XCTAssertEqual(dates("XX县农业农村局2022年工作总结\n一、2023年工作打算\n确保年底前完成改造,今年年底前完成验收,年内建成。\n"),
                       ["年底前=2023-12-31", "今年年底前=2022-12-31", "年内=2023-12-31"])
        // A later year opening a sentence (`2024年,我将…`) holds for it and the rest of its
        // section; an earlier one tells the past; 明年 is the year after the document's.
        XCTAssertEqual(dates("2023年度个人述职报告\n一、下一步打算\n2024年,我将重点抓好以下工作:一要加快改造,年底前完成改造12个。二要8月底前建成。\n二、其他\n年底前完成。\n"),
                       ["年底前=2024-12-31", "8月底前=2024-08-31", "年底前=2023-12-31"])
        XCTAssertEqual(dates("2023年工作总结\n一、工作打算\n明年,我们将在6月底前完成验收。\n"), ["6月底前=2024-06-30"])
        XCTAssertEqual(dates("2023年工作总结\n一、回顾\n2022年,我们在6月底前完成了验收。要在年底前完成。\n"), ["年底前=2023-12-31"])
        // A report tells what was done in part of a month.
        XCTAssertEqual(dates("2023年工作总结\n一、主要工作\n4月中下旬开展督查,排查隐患36处。\n"), [])
        // Each year's year end comes back every year: no one date.
        XCTAssertEqual(dates("2023年工作要点\n一、要求\n各单位每年年底前报送总结。\n"), ["每年年底前=null"])
    }

    /// The quick test before the time grammar may turn a position away only where the
    /// grammar finds nothing: checked at every position of the corpus, generated texts and
    /// numbers next to every unit the grammar reads.
    func testQuickTestNeverTurnsAwayATimeExpression() throws {
        var texts = try Fixture.corpusNames.map { String(decoding: try Fixture.bytes($0), as: UTF8.self) }
        var gen = TextGenerator(seed: 7)
        for _ in 0..<100 { texts.append(gen.text()) }
        texts.append("一季度,第4季度,三个月内,5个工作日内,30日内,一周内,两星期内,五一前,十一月底,2022年底,二〇二三年三月,12月份,每月5日前,一是,统一,3家,100万元,二十三,20221231,2022.3")
        texts.append("年底前,年内,年末,年前,上半年,下半年,本月底,月底前,月末,第三季度,第4季度,国庆节前,春节前,中秋前,元旦前,汛期前,完成时限是6月底,时限为本月底,截止日期:10月,报送时间:每月5日前,次年3月,翌年,今年底,明年上半年,本年度")
        texts.append("每季度末月25日前,每季度首月10日,每季度第一个月5日前,每季度末,每季度,整改时限:6月底,办理期限:7月15日,期限为8月,xx月xx日前,XXXX年XX月XX日,××月底前,2024年x月中旬前,○月○日前,xxx同志,X光,3x4")
        texts.append("“十一”之前,\"十一\"前,2025年元旦前,劳动节以前,6月10日至15日,3月1日-5日前,5月中下旬开展一次汛前督查")
        texts.append("本周五前,下周一前,周三前,星期五以前,本星期六前,下星期日前,这周四前,本周内,下周内,周末前,一季度末前,第四季度底,7月15日17:00前,本周五下班前,8月1日下午5点30分前,两年内,次月5日前,元月底前,限期一个月,2024年年底前,30分钟内,24小时值班,2小时以内")
        var turnedAway = 0, found = 0
        for text in texts {
            let k = Cleanup.clean(Scalars(text)).key
            for end in [k.count, min(k.count, 40)] {
                for i in 0..<end {
                    let t = TimeGrammar.match(k, at: i, end: end)
                    // The candidate scan only stops at `starts`: every expression begins with one.
                    if t != nil { XCTAssertTrue(DeadlineExtractor.starts.contains(k[i]), String(String.UnicodeScalarView(k[i..<min(end, i + 12)]))) }
                    if TimeGrammar.mayMatch(k, at: i, end: end) { if t != nil { found += 1 } } else {
                        turnedAway += 1
                        XCTAssertNil(t, String(String.UnicodeScalarView(k[i..<min(end, i + 12)])))
                    }
                }
            }
        }
        XCTAssertGreaterThan(turnedAway, 1000, "the test turns positions away")
        XCTAssertGreaterThan(found, 100)
    }
}
