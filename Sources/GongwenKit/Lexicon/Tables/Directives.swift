// Word tables for directives: what instructs, and what only looks like it does.
extension Tables {
    /// Cue words and the modality they give. Longest match wins (一定要 before 要). A third
    /// column `bound`: the cue counts only with a deciding subject (see `decidingSubjects`);
    /// `meeting`: only after a meeting word (`meetingSubjects`: `会议要求`) or opening its
    /// sentence (`要求相关部门…`) — mid-sentence, `…作出部署,要求全省…` reports a superior's words.
    /// `asks`: the party named right after the cue is given the task, as after 请.
    static let directiveCues = """
    要         must
    一定要      must
    必须       must
    务必       must
    确保       must
    须         must
    需         should
    需要       should
    应         should
    应当       should
    应该       should
    抓紧       must
    一律       must
    严禁       prohibit
    禁止       prohibit
    不得       prohibit
    不准       prohibit
    决不允许    prohibit
    绝不允许    prohibit
    不允许     prohibit
    决不能     prohibit
    绝不能     prohibit
    坚决杜绝    prohibit
    杜绝       prohibit
    希望       encourage
    让我们      encourage
    力争       encourage
    争取       encourage
    鼓励       encourage
    倡导       encourage
    提倡       encourage
    决定       decide     bound
    同意       decide     bound
    原则同意    decide     bound
    原则通过    decide     bound
    要求       must       meeting    asks
    责成       decide     asks
    责令       decide     asks
    请         must
    负责       decide
    负总责      decide
    总负责      decide
    牵头       decide
    """

    /// Words that contain a cue but do not instruct (`重要`, `主要`, `要求不具体`,
    /// `就必定要慢`; a purpose, `为确保…`, before what is done for it). Matched at the cue's
    /// position or just before it; the longest form covering the cue wins.
    static let cueExceptions = """
    党要管党
    要不要
    需不需要
    该不该
    能不能
    重要
    主要
    需要的
    首要
    要素
    要点
    纲要
    摘要
    纪要
    概要
    提要
    简要
    要件
    要闻
    要害
    紧要
    必要
    有希望
    希望的
    的希望
    决定性
    的决定
    决定事项
    还要接受
    还要经过
    还要考核
    还要评估
    决定在这里召开
    决定今天召开
    决定召开这次
    决定召开此次
    决定召开今天
    决定,今天
    据需要
    视需要
    按需要
    不得力
    让我们看到
    让我们认识到
    让我们感受到
    让我们深刻
    不得不
    不得已
    不得人心
    不得要领
    决定,在这里召开
    决定在今天召开
    需要的
    的需要
    不要说
    要看到
    要知道
    大力争取
    努力争取
    全力争取
    尽力争取
    极力争取
    机要
    扼要
    要领
    要务
    次要
    要案
    要职
    要塞
    顺应
    呼应
    应邀
    应聘
    回应
    应变
    感应
    答应
    应征
    希望工程
    希望小学
    争取到
    请示
    请批示
    请审批
    请批复
    请予批准
    请予审批
    请予批复
    请予审议
    请审议
    请审阅
    请假
    申请
    邀请
    聘请
    提请
    报请
    呈请
    请求
    只要
    要是
    要么
    要不然
    要不是
    要求不
    要求的
    的要求
    等要求
    部署要求
    工作要求
    要求,
    要求。
    提出了要求
    更高的要求
    更高要求
    必定要
    就要
    将要
    快要
    想要
    要说
    应对
    应用
    应急
    应有
    应该有所
    应该是
    应该说
    应当说
    应该讲
    需要指出
    需要说明
    需要强调的是
    要指出的是
    要强调的是
    要说明的是
    必须指出
    必须承认
    应该会
    相应
    适应
    反应
    供应
    效应
    响应
    策应
    照应
    对应
    理应
    应届
    应收
    应入尽入
    应统尽统
    应收尽收
    需求
    必需
    急需
    所需
    无需
    不需
    毋需
    按需
    供需
    需方
    军需
    如需
    若需
    确需
    支持下
    的支持
    支持的
    大力支持
    负责人
    # 负责制 as a noun (`实行县长负责制。`), not 负责 before 制定/制订/制作
    负责制,
    负责制。
    负责制;
    负责制、
    负责制的
    负责制度
    负责制和
    负责制与
    负责同志
    负责的
    切实提高了
    牵头单位
    牵头部门
    牵头领导
    牵头处室
    牵头科室
    牵头人
    牵头的
    总负责的
    负总责的
    互相支持
    为确保
    为了确保
    为争取
    """

    /// Modal cues: after 是 in their clause and before a short verb and 的, they describe
    /// (`…是两项必须完成的政治任务`, `是大家应当遵守的规矩`) instead of instructing.
    static let modalCues = """
    要
    一定要
    必须
    务必
    须
    需要
    应
    应当
    应该
    """

    /// What ends a clause opened by 请 when the meeting's host hands over the floor
    /// (`下面,请张书记讲话`), or follows 要作/要做 when a speech tells who speaks next
    /// (`白书记还要作重要讲话`): procedure, not an instruction.
    static let agendaSpeech = """
    讲话
    重要讲话
    发言
    致辞
    作报告
    """

    /// What may stand before a `bound` cue (决定) in its clause for it to decide: a meeting or
    /// a body (`会议决定`, `经研究决定`, `县委常委会决定`; organizations by their suffixes as well),
    /// or nothing (`决定成立…`). With another subject it states a cause, not a decision:
    /// `思路决定出路`, `投资方向决定产业结构的优劣`.
    /// With `meetingSubjects`, these.
    static let decidingSubjects = """
    现
    特
    并
    经
    政府
    党委
    党组
    常委会
    委员会
    领导小组
    指挥部
    中央
    """

    /// A meeting and what it does (`会议要求`, `经研究决定`, `会议一致同意`).
    static let meetingSubjects = """
    会议
    会
    研究
    讨论
    审议
    一致
    """

    /// Verbs that hold a mindset (`牢固树立必须抓好项目的理念`): a modal right after one of them
    /// and before `…的` and a noun of `mindsetNouns` names the mindset; it commands nothing.
    static let mindsetVerbs = """
    树立
    确立
    形成
    增强
    强化
    秉持
    牢记
    """

    /// Amounts after 有 that make `有…要做` say how much work there is (`还有大量的工作要做`,
    /// `还有很长的路要走`), not order it.
    static let amountsOfWork = """
    很多
    许多
    大量
    不少
    一些
    更多
    诸多
    很长
    大批
    好多
    """

    /// Words that report what those present pledged (`大家纷纷表示…,要把此项工作…`): the
    /// cues after them in their sentence are the pledge, not an instruction.
    static let pledgeWords = """
    纷纷表示
    一致表示
    均表示
    都表示
    纷纷表态
    表态说
    """

    /// What such an attribute describes.
    static let mindsetNouns = """
    理念
    意识
    观念
    思想
    共识
    信念
    导向
    """

    /// What opens a sentence's topic (`对工作推进不力的单位,要求…`): after it, a clause that
    /// opens with a `meeting` cue still has no speaker before it.
    static let topicOpeners = """
    对
    对于
    针对
    """

    /// Words opening a sentence's first clause that sets the case, the basis or the aim of the
    /// instruction after it (`对工作推进不力的单位,要严肃问责`, `凡是…的,一律…`, `如发现隐患,
    /// 必须…`): that clause belongs to the directive.
    static let conditionOpeners = """
    对
    对于
    针对
    凡
    凡是
    如
    如果
    若
    一旦
    为
    为了
    按照
    根据
    依照
    依据
    """

    /// Prepositions that open a basis: the body after them is a source, not a subject
    /// (`按照省委要求`, `根据会议决定` follow a decision, they do not make one); after a party
    /// they tell how it does its task (`县住建局按照各自职责,负责…`).
    static let sourcePrepositions = """
    按照
    按
    根据
    依照
    依据
    遵照
    对照
    结合
    围绕
    """

    /// Words that give the rule a party acts on ("according to"): a clause of its own opening
    /// with one (`按照各自职责,`) says how, not what, and is cut from the task. (Frames that say
    /// what the work is about, `围绕…`, `结合…`, `对照…`, stay part of it.)
    static let ruleBases = """
    按照
    按
    根据
    依照
    依据
    遵照
    """

    /// Bodies above the one speaking: with them as its subject, a bare 要 tells what they
    /// will do, not what the audience must (`省里还要进行全面评估`, `国家还要抽查和考核`).
    /// Between the body and 要 may stand 还, 也, 将, 都 or 又.
    static let superiorBodies = """
    上级
    上面
    国家
    中央
    省里
    省上
    """

    /// Verbs and adverbs that open a command with no cue word (`继续落实好…`), counted
    /// only at the start of a sentence or item, and only in speeches, plans, notices and minutes.
    static let imperativeStarts = """
    新建
    改建
    新改建
    优先
    继续
    加快
    加强
    加大
    抓好
    抓住
    抓紧
    做好
    做实
    做大
    做强
    落实
    推进
    推动
    强化
    完善
    建立
    健全
    严格
    及时
    尽快
    立即
    认真
    努力
    提前
    积极
    全力
    全面
    持续
    进一步
    大力
    深入
    扎实
    狠抓
    坚持
    提高
    提升
    优化
    规范
    统筹
    围绕
    聚焦
    重视
    约谈
    考虑
    密切关注
    高度重视
    切实
    着力
    压实
    夯实
    筑牢
    守牢
    树立
    增强
    营造
    明确
    主动
    实施
    开展
    深化
    推行
    组织
    制定
    编制
    出台
    修订
    指导
    督促
    引导
    推广
    培育
    打造
    构建
    探索
    启动
    巩固
    拓展
    发挥
    促进
    迅速
    加紧
    定期
    广泛
    开辟
    拿出
    组建
    配齐
    谋划
    筹备
    跟进
    抓实
    联合
    共同
    协调
    """

    /// Words that open like a command but name a thing (`组织指挥体系及职责`, `(一)组织领导`):
    /// a sentence or heading opening with one commands nothing by its opening.
    static let nounStarts = """
    组织领导
    组织机构
    组织保障
    组织体系
    组织指挥
    组织架构
    组织建设
    组织形式
    """
}

extension Tables {
    /// Words of a shortcoming found, before `的问题` (`落实主体责任不到位的问题`, `公务接待审批
    /// 手续不全的问题`): an item so named states a problem, as inspection feedback and
    /// rectification plans head their items; its opening verb commands nothing.
    static let shortcomings = """
    不到位
    不够
    不足
    不力
    不严
    不实
    不细
    不全
    不高
    不强
    不好
    不准
    不当
    不清
    不规范
    不及时
    不严格
    不完善
    不健全
    不彻底
    不充分
    不深入
    不扎实
    不平衡
    不落实
    不精准
    不明显
    不一致
    不合理
    不严肃
    偏少
    偏多
    偏低
    偏高
    偏弱
    偏慢
    滞后
    薄弱
    缺失
    缺位
    欠缺
    较差
    较弱
    较低
    乏力
    走过场
    流于形式
    形同虚设
    缺乏
    存在短板
    """
}

extension Tables {
    /// Verbs that retell what someone said, right before a cue in a report's or summary's look
    /// back (`…时指出,要高度重视…`, `多次作出批示,强调要推进…`): the cue is what was said then,
    /// not an instruction of the report.
    static let retellingVerbs = """
    指出
    强调
    表示
    提出
    要求
    批示
    指示
    说
    讲
    """
}

extension Tables {
    /// Predicates that open the clause after a task named by its verb and make that task
    /// their subject (`做好防汛抗旱工作,直接关系到我县的经济发展`, `抓好项目建设,是…的关键`):
    /// the sentence says what the task is or means, it orders nothing.
    static let subjectPredicates = """
    关系到
    关系着
    事关
    关乎
    是
    具有
    意义重大
    至关重要
    十分重要
    非常重要
    尤为重要
    极为重要
    十分关键
    非常关键
    有利于
    有助于
    离不开
    取决于
    """
}

extension Tables {
    /// How often a task comes back, between those it is set for and its verb
    /// (`各乡镇每月报送进展情况`).
    static let frequencies = """
    每月
    每周
    每旬
    每季度
    每半年
    每年
    按月
    按季度
    按季
    逐月
    """

    /// What a heading says about a task after its 的 when it names why the task matters
    /// (`开展…工作的必要性`, `推进乡村振兴的重大意义`): no command.
    static let whyItMatters = """
    必要性
    重要性
    紧迫性
    艰巨性
    复杂性
    长期性
    意义
    重大意义
    现实意义
    深远意义
    """

    /// Words of manner a speech's transcript may write with 的 for 地 after a modal (`要认真的
    /// 想一想`, `要切实的抓好`): the modal commands the verb after them, no attribute is made.
    static let mannerWords = """
    认真
    切实
    扎实
    真正
    积极
    主动
    全面
    深入
    严格
    坚决
    努力
    好好
    踏实
    尽快
    及时
    充分
    自觉
    牢牢
    不断
    """

    /// Adverbs that may stand before a predicate saying what a task named before it means
    /// (`做好防汛工作,直接关系到…`; see `subjectPredicates`).
    static let predicateAdverbs = """
    直接
    都
    也
    就
    更
    将
    必将
    不仅
    既
    正
    才
    始终
    同样
    尤其
    """
}
