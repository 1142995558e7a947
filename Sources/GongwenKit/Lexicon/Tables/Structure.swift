// Word tables for document structure. Edit freely: one entry per line, `#` comments.
enum Tables {}

extension Tables {
    /// Labels in minutes that hold the items after them. Second column: the modality the
    /// label gives its items as directives, or `-` when the items are not directives.
    static let labels = """
    会议认为     -
    会议指出     -
    会议听取     -
    会议审议     -
    会议通报     -
    会议决定     decide
    会议议定     decide
    会议研究决定  decide
    会议同意     decide
    会议原则同意  decide
    会议明确     decide
    会议确定     decide
    会议决议     decide
    会议议定事项  decide
    会议决定事项  decide
    议定事项     decide
    决定事项     decide
    会议要求     must
    会议强调     must
    会议提出     must
    会议部署     must
    会议安排     must
    """

    /// Endings that make `会议…:` a label even when not listed above.
    static let labelVerbs = """
    认为
    指出
    决定
    议定
    决议
    同意
    明确
    要求
    强调
    提出
    部署
    确定
    """

    /// Words of a heading that announces plans (`二、2024年工作安排`, `三、下一步工作打算`): in
    /// a report or a summary, the sentences under it may command as a plan's do.
    static let planHeadings = """
    工作安排
    工作打算
    工作计划
    工作思路
    打算
    思路
    明年
    重点工作
    主要任务
    重点任务
    下一步
    下步
    今后
    总体要求
    目标任务
    工作目标
    工作措施
    工作要点
    主要措施
    具体措施
    对策建议
    意见建议
    工作建议
    几点建议
    对策措施
    """

    /// Characters that say where or when, as a title's first line does (`XX县2024年重点工作`):
    /// one of them lets a head line open a title whose kind word is on the next line.
    static let placeOrYearMarks = "年省市县区州旗镇乡村国"

    /// How a website's trail of links opens (`当前位置:首页 > …`).
    static let breadcrumbOpeners = """
    当前位置
    您的位置
    您现在的位置
    所在位置
    现在位置
    """

    /// Words of a site's blurb over the texts it collected (`下面是小编为大家整理的…,仅供参考。`):
    /// a paragraph with one of them, short, is the page's, not a document's body.
    static let siteBlurbWords = """
    小编
    仅供参考
    供大家参考
    供您参考
    欢迎阅读
    欢迎大家阅读
    希望对大家有所帮助
    希望对你有所帮助
    希望能帮助到大家
    """

    /// How the lines a web page prints under the text open (`上一篇:…`, `相关推荐`, `扫一扫在手机
    /// 打开当前页`): the text has ended; what follows (links to other pages) is no document's.
    static let pageFooters = """
    上一篇
    下一篇
    相关推荐
    相关阅读
    相关文章
    相关链接
    推荐阅读
    热门文章
    扫一扫在手机
    分享到
    """

    /// Openings of a speech (`同志们:`): not titles, not headings.
    static let salutations = """
    同志们
    同志
    各位
    朋友们
    女士们
    先生们
    代表们
    """

    /// Field names of metadata lines (`参会人员:…`), compared with spaces removed. The
    /// second column says what the document head takes from the field: `attendees`,
    /// `absent`, `chair`, `date` (the document's date, when no other gives one), `published`
    /// (the same, after any `date` field), `docNumber` (when no line of its own gives one);
    /// `-`: nothing. The last block is the metadata table
    /// government websites print above a published text (索引号, 发文字号, 发文日期 …).
    static let fieldKeys = """
    参会人员  attendees
    参加人员  attendees
    出席人员  attendees
    出席      attendees
    参会      attendees
    参加      attendees
    列席      attendees
    列席人员  attendees
    缺席      absent
    缺席人员  absent
    请假      absent
    请假人员  absent
    主持      chair
    主持人    chair
    会议主持  chair
    会议主持人 chair
    记录      -
    记录人    -
    时间      date
    会议时间  date
    地点      -
    会议地点  -
    主题      -
    议题      -
    抄送      -
    抄报      -
    主送      -
    发文机关  -
    签发人    -
    来源      -
    作者      -
    发布时间  published
    发布日期  published
    印发日期  published
    刊发日期  published
    刊发时间  published
    发稿时间  published
    发表时间  published
    发表日期  published
    日期      date
    联系人    -
    联系电话  -
    牵头单位  -
    牵头部门  -
    牵头领导  -
    责任单位  -
    责任部门  -
    主责单位  -
    主办单位  -
    责任领导  -
    配合单位  -
    配合部门  -
    牵头科室  -
    责任科室  -
    牵头股室  -
    责任股室  -
    牵头处室  -
    责任处室  -
    牵头部室  -
    责任部室  -
    配合科室  -
    配合股室  -
    配合处室  -
    配合部室  -
    完成期限  -
    协办单位  -
    参与单位  -
    完成时限  -
    完成时间  -
    时间节点  -
    时限要求  -
    整改时限  -
    整改期限  -
    办结时限  -
    完成时间节点  -
    整改责任人  -
    第一责任人  -
    直接责任人  -
    具体责任人  -
    附件      -
    索引号    -
    主题分类  -
    分类      -
    标题      -
    组配分类  -
    信息分类  -
    体裁分类  -
    发文机构  -
    发布机构  -
    发文单位  -
    文号      docNumber
    发文字号  docNumber
    发文日期  date
    成文日期  date
    生成日期  -
    生效时间  -
    废止时间  -
    有效性    -
    名称      -
    内容概述  -
    信息来源  -
    阅读次数  -
    点击数    -
    关键词    -
    浏览次数  -
    公开方式  -
    公开范围  -
    """

    /// Words in a title that tell the kind of document; the one nearest the title's end wins.
    static let kindWords = """
    讲话       speech
    致辞       speech
    发言       speech
    讲稿       speech
    动员       speech
    主持词      speech
    主持稿      speech
    纪要       minutes
    会议记录    minutes
    决议       minutes
    总结       summary
    完成情况    summary
    工作情况    summary
    进展情况    summary
    述职       summary
    方案       plan
    要点       plan
    计划       plan
    规划       plan
    安排       plan
    意见       plan
    办法       plan
    细则       plan
    规定       plan
    制度       plan
    预案       plan
    指南       plan
    须知       plan
    规则       plan
    守则       plan
    章程       plan
    条例       plan
    清单       plan
    分解表      plan
    分工       plan
    通知       notice
    通报       notice
    公告       notice
    通告       notice
    决定       notice
    批复       notice
    函         notice
    报告       report
    汇报       report
    请示       report
    调研       report
    """

    /// Endings of an introduction whose numbered list is a list of instructions.
    static let listIntros = """
    建议
    要求
    意见
    决定
    议定
    明确
    确定
    部署
    强调
    几点
    """
}

extension Tables {
    /// Words of a heading that looks back (`一、基本情况`, `二、存在的问题`): in a plan or a
    /// notice the sentences under it tell what was done and found, as a report's review does
    /// (a verb opening them commands nothing; a modal still does).
    static let lookBackHeadings = """
    基本情况
    总体情况
    现状
    背景
    工作回顾
    开展情况
    完成情况
    进展情况
    主要成效
    取得的成效
    工作成效
    存在的问题
    存在问题
    主要问题
    面临的形势
    形势分析
    发展基础
    工作基础
    """
}
