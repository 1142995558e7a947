// Word tables for parties: who can be answerable for a task.
extension Tables {
    /// Titles written with a person's name (`李学文副镇长`, `副镇长宿建军`), longest first.
    static let roleTitles = """
    常务副县(市、区)长
    副县(市、区)长
    县(市、区)长
    常务副县(区)长
    副县(区)长
    县(区)长
    常务副县长
    常务副市长
    副书记
    书记
    副主席
    主席
    副主任
    主任
    副局长
    局长
    副镇长
    镇长
    副乡长
    乡长
    副县长
    县长
    副区长
    区长
    副市长
    市长
    副州长
    州长
    副省长
    省长
    秘书长
    副秘书长
    副部长
    部长
    副处长
    处长
    副科长
    科长
    副厅长
    厅长
    副经理
    副总经理
    总经理助理
    镇长助理
    乡长助理
    县长助理
    区长助理
    市长助理
    包村干部
    驻村干部
    包片干部
    总经理
    总工程师
    总会计师
    总经济师
    副总监
    总监
    经理
    董事长
    副董事长
    校长
    副校长
    院长
    副院长
    所长
    站长
    队长
    组长
    副组长
    村支书
    支书
    委员
    主任科员
    调研员
    巡视员
    同志
    """

    /// Endings of organization names (州农业农村局, 州推进办, 吉首市, 龙山县).
    static let orgSuffixes = """
    局
    委
    办
    厅
    部
    部门
    县
    市
    区
    镇
    乡
    村
    街道
    社区
    中心
    公司
    集团
    银行
    室
    队
    站
    所
    院
    校
    处
    科
    署
    会
    政府
    党委
    党组
    分局
    支队
    大队
    管委会
    领导小组
    指挥部
    工作组
    专班
    公路段
    养护段
    妇联
    文联
    残联
    侨联
    工商联
    科协
    政协
    小学
    中学
    大学
    幼儿园
    厂
    农场
    林场
    牧场
    图书馆
    文化馆
    博物馆
    纪念馆
    电视台
    气象台
    合作社
    报社
    """

    /// Collective or unnamed addressees: never a named party. Matched at the start of a
    /// party; each entry stands for a shape, not for one phrase.
    static let collectives = """
    # quantifiers: 各部门, 全体, 所有单位, 部分企业
    各
    各级
    各地
    各部门
    各单位
    有关
    相关
    其他
    其它
    全
    全体
    所有
    有的
    部分
    # pronouns and demonstratives: 我们, 该局, 本单位, 这两个部门, 上述单位
    该
    本
    这
    那
    此
    上述
    前述
    以上
    我们
    大家
    你们
    他们
    # a unit or leader named by its part in the work, not by its name: 联系单位,
    # 责任部门, 牵头单位, 主管部门, 包保领导
    联系
    责任
    牵头
    配合
    主管
    分管
    职能
    包保
    挂点
    """

    /// Bodies a text sets up and then names by their function alone (`由领导小组牵头`,
    /// `指挥部负责…`): there is one of each where the text is, so the bare word names it (an
    /// organization's ending alone is otherwise no name: `局`, `部门`).
    static let standingBodies = """
    领导小组
    指挥部
    管委会
    工作组
    工作专班
    专班
    """

    /// Kinds of body named by their kind alone (`乡镇要…`, `学校要…`), and kinds of place
    /// (`园区`, `景区`, `辖区`): a whole party that is one of these, or a run of them
    /// (`乡镇街道`), names no one, as `各乡镇` does not (`城关镇`, `县实验学校` are names; so is
    /// a zone's short name, `示范区`, `开发区`, which a city's texts use for the one zone).
    static let bareBodies = """
    乡镇
    街道
    社区
    村居
    部门
    镇村
    村镇
    村组
    乡村
    农村
    城区
    县区
    区县
    园区
    景区
    厂区
    片区
    辖区
    小区
    矿区
    库区
    林区
    山区
    校区
    街区
    镇区
    市区
    郊区
    湾区
    县市
    市县
    省市
    学校
    医院
    企业
    单位
    机关
    政府
    """

    /// Common words that end like an organization (局, 会, 市 …) but name none: a phrase
    /// ending with one is no party (`事关全局`, `全社会`, `服从大局`).
    static let notOrgWords = """
    全局
    大局
    格局
    布局
    结局
    开局
    时局
    终局
    变局
    社会
    机会
    体会
    城市
    都市
    股市
    楼市
    集市
    # verbs ending like a body (…承办落实情况, …决策部署落实情况): 办, 署, 会
    承办
    交办
    批办
    督办
    主办
    协办
    举办
    创办
    开办
    查办
    部署
    签署
    开会
    约会
    # the whole of a place, not a body (`分析研判全县防汛形势`): 全县, 全市 …
    全县
    全市
    全区
    全镇
    全乡
    全省
    全州
    全村
    全国
    # how work is shared out, not who does it (`统一指挥,分级分部门负责`)
    分部门
    # places, not bodies (`人员密集场所`)
    场所
    """

    /// Words of time that may open the phrase before a party's cue (`今年县交通局要…`,
    /// `下一步县水利局要…`): they tell when, not who. (Dates and deadlines, `2025年`,
    /// `9月底前`, are read by the time grammar.)
    static let timeOpeners = """
    今年
    明年
    本年
    本月
    下月
    本周
    下周
    近期
    今后
    目前
    当前
    下一步
    下步
    """

    /// The people of an organization named after it (`县自然资源局全体班子成员要…`): the
    /// organization is the party.
    static let memberTails = """
    全体班子成员
    班子成员
    领导班子
    主要负责人
    主要负责同志
    负责同志
    主要领导
    分管领导
    全体干部
    干部职工
    的同志
    的负责同志
    """

    /// Characters that cannot lie inside a party's name: reading backwards from the cue,
    /// the name stops before them.
    static let partyStops = """
    的
    是
    对
    在
    由
    与
    将
    为
    把
    让
    使
    向
    请
    要
    从
    到
    给
    被
    并
    而
    及
    或
    但
    也
    都
    就
    还
    又
    """

    /// Code points before 由 that make it part of a word (自由, 理由, 缘由, 经由, 事由), not the
    /// 由 that hands a task to a party.
    static let notHandOverBefore = "自理缘经事"

    /// Verbs after `由` and a party that give the party the task they open (`由统筹办、新农办组织
    /// 对…进行验收`, `由领导小组提出具体方案`), as `由X负责` does. (`由X主持` says who chaired;
    /// `由于`, `由市场决定` name no party and no task.)
    static let byVerbs = """
    组织
    统筹
    审查
    审核
    制定
    起草
    拟定
    编制
    落实
    承办
    承担
    实施
    办理
    督促
    指导
    协调
    对接
    核实
    核查
    提出
    抓好
    做好
    完成
    想办法
    解决
    筹措
    筹集
    自筹
    自行
    研究
    汇总
    跟踪
    推进
    开展
    处理
    安排
    调度
    拨付
    报送
    督办
    反馈
    统一领导
    统一指挥
    代管
    托管
    管理
    监管
    验收
    维护
    保管
    发放
    追责
    问责
    追究
    查处
    """

    /// How a party handed a task does it, between its name and the verb (`由城投公司通过融资
    /// 解决`, `由县市场监管局依法处理`).
    static let meansBeforeVerb = """
    通过
    采取
    采用
    依法
    依规
    依纪依法
    依规依纪
    依纪依规
    依法依规
    严肃
    从严
    """

    /// Words after a party that give its duty.
    static let dutyCues = """
    牵头       lead
    负责       lead
    负总责      lead
    总负责      lead
    主抓       lead
    第一责任人    lead
    责任主体     lead
    配合       support
    协助       support
    协同       support
    参与       support
    要         owner
    务必       owner
    必须       owner
    一定要      owner
    应         owner
    须         owner
    需         owner
    力争       owner
    """

    /// Common Chinese surnames, single and double.
    static let surnames = """
    王
    李
    张
    刘
    陈
    杨
    黄
    赵
    吴
    周
    徐
    孙
    马
    朱
    胡
    郭
    何
    高
    林
    罗
    郑
    梁
    谢
    宋
    唐
    许
    韩
    冯
    邓
    曹
    彭
    曾
    肖
    田
    董
    袁
    潘
    于
    蒋
    蔡
    余
    杜
    叶
    程
    苏
    魏
    吕
    丁
    任
    沈
    姚
    卢
    姜
    崔
    钟
    谭
    陆
    汪
    范
    金
    石
    廖
    贾
    夏
    韦
    付
    方
    白
    邹
    孟
    熊
    秦
    邱
    江
    尹
    薛
    闫
    段
    雷
    侯
    龙
    史
    陶
    黎
    贺
    顾
    毛
    郝
    龚
    邵
    万
    钱
    严
    覃
    武
    戴
    莫
    孔
    向
    汤
    常
    温
    康
    施
    文
    牛
    樊
    葛
    邢
    安
    齐
    易
    乔
    伍
    庞
    颜
    倪
    庄
    聂
    章
    鲁
    岳
    翟
    殷
    詹
    申
    欧
    耿
    关
    兰
    焦
    俞
    左
    柳
    甘
    祝
    包
    宁
    尚
    符
    舒
    阮
    柯
    纪
    梅
    童
    凌
    毕
    单
    季
    裴
    霍
    涂
    成
    苗
    谷
    盛
    曲
    翁
    冉
    骆
    蓝
    路
    游
    辛
    靳
    管
    柴
    蒙
    鲍
    华
    喻
    祁
    蒲
    房
    滕
    屈
    饶
    解
    牟
    艾
    尤
    阳
    时
    穆
    农
    司
    卓
    古
    吉
    缪
    简
    车
    项
    连
    芦
    麦
    褚
    娄
    窦
    戚
    岑
    景
    党
    宫
    费
    卜
    冷
    晏
    席
    卫
    米
    柏
    宗
    瞿
    桂
    全
    佟
    应
    臧
    闵
    苟
    邬
    边
    卞
    姬
    师
    和
    仇
    栾
    隋
    商
    刁
    沙
    荣
    巫
    寇
    桑
    郎
    甄
    丛
    仲
    虞
    敖
    巩
    明
    佘
    池
    查
    麻
    苑
    迟
    邝
    隗
    宿
    惠
    门
    郗
    訾
    狄
    官
    扈
    揭
    原
    衣
    滑
    索
    咸
    籍
    赖
    欧阳
    司马
    上官
    诸葛
    东方
    皇甫
    尉迟
    公孙
    慕容
    令狐
    长孙
    宇文
    司徒
    夏侯
    轩辕
    端木
    """
}

extension Tables {
    /// Verbs by which a body holds what a sentence then gives a task to
    /// (`县发改局承担的指标要确保…`, `县住建局负责的项目要加快进度`): the body answers for it.
    static let holderVerbs = """
    承担
    负责
    牵头
    分管
    主管
    主抓
    """

    /// Column names of responsibility tables (实施方案, 考核细则) and what they hold.
    static let tableColumns = """
    牵头单位     lead
    牵头部门     lead
    牵头领导     lead
    责任单位     lead
    责任部门     lead
    主责单位     lead
    主办单位     lead
    责任领导     lead
    责任人       lead
    整改责任人     lead
    第一责任人     lead
    直接责任人     lead
    具体责任人     lead
    牵头科室     lead
    责任科室     lead
    牵头股室     lead
    责任股室     lead
    牵头处室     lead
    责任处室     lead
    牵头部室     lead
    责任部室     lead
    配合单位     support
    配合部门     support
    协办单位     support
    参与单位     support
    配合科室     support
    配合股室     support
    配合处室     support
    配合部室     support
    完成时限     deadline
    完成期限     deadline
    完成时间     deadline
    时间节点     deadline
    时限要求     deadline
    整改时限     deadline
    整改期限     deadline
    办结时限     deadline
    完成时间节点   deadline
    具体要求     task
    工作要求     task
    整改要求     task
    整改措施     task
    工作措施     task
    具体措施     task
    工作任务     task
    具体任务     task
    任务内容     task
    工作内容     task
    """
}

extension Tables {
    /// Words that end a party's clause saying its part in the work: at the end of a table
    /// cell (`省发展改革委、商务厅按职责分工负责`) they are not part of a name; in a bracket
    /// after a task (`(市发改委牵头,市财政局配合)`) they give each party its duty.
    static let dutyTails = """
    牵头负责       lead
    牵头          lead
    负总责         lead
    总负责         lead
    负责          lead
    主抓          lead
    按职责分工负责   support
    按职责分工落实   support
    按职能分工负责   support
    按职责分别负责   support
    按职责负责      support
    分别负责        support
    共同负责        support
    配合落实        support
    配合          support
    协助          support
    参与          support
    """
}

extension Tables {
    /// Header cells of a responsibility table copied out one cell per line, besides the
    /// columns above: the row number and the task.
    static let tableHeaders = """
    序号        seq
    工作任务     task
    重点任务     task
    主要任务     task
    具体任务     task
    任务内容     task
    工作内容     task
    目标任务     task
    工作措施     task
    具体措施     task
    考核内容     task
    任务        task
    事项        task
    工作事项     task
    """
}

extension Tables {
    /// What follows 你 or 贵 where a reply or letter names the body it answers (`请你局会同…`,
    /// `你县要…`): the party is the document's addressee when it names one alone (not 你们,
    /// a collective).
    static let addresseeBodies = """
    局
    委
    厅
    办
    院
    处
    科
    室
    所
    站
    队
    部
    司
    厂
    校
    县
    市
    区
    镇
    乡
    村
    社
    中心
    单位
    公司
    集团
    """
}

extension Tables {
    /// Verbs after `对X` opening a sentence that deals with X (`对城关镇予以通报批评,责令其…`):
    /// 其 after 责令 or 责成 is that X.
    static let duiVerbs = """
    予以
    给予
    进行
    提出
    作出
    实行
    """
}
