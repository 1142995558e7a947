// Word tables for deadlines and percentages.
extension Tables {
    /// Words after a time that make it a bound: `前`, `以前`, `内`; second column the relation.
    static let deadlineSuffixes = """
    以前      by
    之前      by
    前        by
    以内      within
    之内      within
    内        within
    为止      by
    止        by
    起        from
    开始      from
    以后      from
    """

    /// Words before a time in the same clause that make it a target: `确保年内…`. Second
    /// column `requires`: the word also sets a target for a time opening a later clause
    /// (`财务部要加大清收力度,三季度末…下降10%以上`); the prepositions do not.
    static let forwardCues = """
    确保      requires
    力争      requires
    争取      requires
    务必      requires
    必须      requires
    要        requires
    做到
    限期
    限期至
    于
    到
    在
    """

    /// Words that set a target after a time (`三季度末…下降10%以上`, `达到`, `控制在`).
    static let targetWords = """
    以上
    以内
    以下
    达到
    控制在
    不低于
    不超过
    %
    """

    /// Holidays and seasons a deadline is set by (`国庆节前`, `“十一”之前`, `汛期前`), with the
    /// day of those on a fixed day of the calendar: with a year written before them
    /// (`2025年元旦前`) that day is the date; without one, or for the lunar holidays, there is
    /// no date the text fixes. Entries ending in 前 need none after them.
    static let festivals = """
    元旦      01-01
    国庆节    10-01
    国庆      10-01
    “十一”    10-01
    "十一"    10-01
    五一      05-01
    劳动节    05-01
    春节
    中秋节
    中秋
    端午节
    清明节
    年前
    两会
    汛前
    入汛
    汛期前
    汛期来临前
    汛期来临
    汛期到来
    汛期结束前
    雨季前
    雨季来临前
    入冬前
    冬季来临前
    上冻前
    封冻前
    开学前
    秋季开学前
    春季开学前
    放假前
    供暖前
    供暖季前
    采暖期前
    春耕前
    麦收前
    夏收前
    秋收前
    """

    /// Words after a holiday or season ending in 前 that make the two one name (`汛前检查工作
    /// 已完成`, `开学前准备`), not a bound on what follows.
    static let festivalNouns = """
    检查
    准备
    工作
    阶段
    期间
    """

    /// Verbs right after 本周/下周/本月/下月 (no 底/内) that make the period a task's bound,
    /// besides the words of `forwardAfter` (`下周完成方案编制`, `本月要拿出…`): `资金下月到位`,
    /// `本月上报名单`.
    static let periodTasks = """
    完工
    到位
    办结
    上报
    报送
    提交
    反馈
    答复
    报备
    """

    /// Words right after a time that make it a target: `11月底要拿出…`, `10月底具备…`.
    static let forwardAfter = """
    要
    前
    完成
    全部
    全面
    必须
    务必
    确保
    具备
    拿出
    启动
    开工
    竣工
    动工
    建成
    """

    /// Words ending in 于 or 在 that are not the preposition before a time: `关于一季度…的汇报`
    /// names a topic, `高于`/`低于` compare, `现在`/`正在` are words of their own.
    static let prepositionCompounds = """
    关于
    对于
    由于
    属于
    基于
    鉴于
    至于
    等于
    终于
    用于
    利于
    便于
    在于
    处于
    位于
    源于
    高于
    低于
    大于
    小于
    多于
    少于
    善于
    勇于
    敢于
    易于
    忙于
    现在
    正在
    存在
    所在
    实在
    好在
    """

    /// Words before a day that make it the last day allowed (`不迟于6月30日完成`): by it, not on it.
    static let latestBefore = """
    不迟于
    不晚于
    最迟于
    最迟
    最晚于
    最晚
    不超过
    """

    /// Words before a time that make it a reporting period or a past event, not a deadline.
    static let notDeadlineBefore = """
    截至
    截止
    截止到
    截止目前
    进入
    自
    从
    去年
    上年
    今年以来
    与
    """

    /// Words in the clause after a day that make it the last day allowed
    /// (`9月30日为报送截止日期`, `6月30日截止`).
    static let closingWords = """
    截止
    最后期限
    最后时限
    """

    /// Verbs of holding a meeting: in the clause after a day with no 前, the day is when the
    /// meeting is held (`定于3月5日上午9:00在…召开`), not a deadline.
    static let meetingVerbs = """
    召开
    举行
    举办
    开幕
    """

    /// Words right after a point in time that make it an event, not a deadline.
    static let eventAfter = """
    召开
    举行
    以来
    的
    来
    期间
    当天
    发布
    印发
    出台
    """

    /// Code points right after `到2026年` that keep it from bounding what follows
    /// (`到2026年间`, `到2026年以后`, `到2026年度`); words of `eventAfter` (`的`, `召开`) too.
    static let notTaskAfterYear = "间以为之度"

    /// Verbs that look back on a period: before a period in its clause they make it the one
    /// under review (`要认真总结上半年经济运行情况`, `回顾一季度`), not a bound.
    static let reviewVerbs = """
    总结
    回顾
    分析
    通报
    汇报
    盘点
    梳理
    复盘
    """

    /// Terms a duty bracket gives instead of a due time (`(市税务局负责,长期坚持)`).
    static let ongoingTerms = """
    长期坚持
    持续推进
    长期推进
    持续开展
    """

    /// Words right before a day or month (于 or 在 may stand between) that plan something
    /// for it: `预计6月30日完成整改`, `计划2024年9月完成验收` (a time planned counts as a deadline).
    static let plannedCues = """
    预计
    计划
    拟
    力争
    争取
    确保
    务必
    """

    /// Prepositions that, right before a day, make it a date something is fixed for.
    static let datePrepositions = """
    至
    于
    在
    定于
    将于
    限于
    务必在
    必须在
    须在
    需在
    要在
    确保在
    力争在
    最迟在
    最晚在
    """

    /// Qualifiers of percentages, before or after the number, and what they mean.
    static let qualifiersBefore = """
    超过了   gt
    超过    gt
    超出    gt
    超     gt
    突破    gt
    高于    gt
    大于    gt
    多于    gt
    逾     gt
    不低于   gte
    不少于   gte
    至少    gte
    不到    lt
    不足    lt
    低于    lt
    少于    lt
    小于    lt
    不超过   lte
    不高于   lte
    最多    lte
    将近    approx
    接近    approx
    近     approx
    约     approx
    大约    approx
    约为    approx
    约占    approx
    近占    approx
    约达    approx
    """

    static let qualifiersAfter = """
    以上    gte
    及以上   gte
    以下    lte
    及以下   lte
    以内    lte
    左右    approx
    上下    approx
    """

    static let changeWords = """
    增长    up
    增加    up
    提高    up
    上升    up
    上涨    up
    提升    up
    增速    up
    回升    up
    下降    down
    减少    down
    降低    down
    回落    down
    下滑    down
    压减    down
    减    down
    负增长   down
    降至    down
    降到    down
    降为    down
    下调    down
    升至    up
    增至    up
    上调    up
    """
}

extension Tables {
    /// Words of a submission or registration whose close 截止到 gives (`材料报送截止到4月15日`):
    /// then the day is a deadline, not the end of a period reported on (`截止到3月底,全县…`).
    static let submissionWords = """
    报送
    上报
    提交
    报名
    申报
    征集
    受理
    报到
    投稿
    """

    /// Verbs of work planned for part of a month right after it (`4月中下旬开展督查`,
    /// `5月上旬组织验收`): the part of the month is when it is due.
    static let plannedEventVerbs = """
    开展
    组织
    召开
    举办
    举行
    进行
    实施
    集中
    """
}

extension Tables {
    /// What a rule does from the day before `起` (`本办法于2024年10月1日起施行`): the day it
    /// takes effect is no deadline.
    static let effectWords = """
    施行
    实施
    执行
    生效
    废止
    失效
    """
}
