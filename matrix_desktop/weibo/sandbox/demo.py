"""The demo company 星河乳业 (Xinghe Dairy) and its matrix, as fixed facts.

The matrix accounts, their uids and profile texts do not depend on the seed value, so the ground
truth (`DEMO_LINKED_EMPLOYEE_UIDS`, `DEMO_UNVERIFIED_LEADER_UIDS`) can be imported by tests. Fans,
posts and traffic are generated from the seed value.
"""

from __future__ import annotations

from dataclasses import dataclass

from matrix_desktop.core.company import CompanyProfile

DEMO_COMPANY = CompanyProfile(
    legal_name="星河乳业股份有限公司",
    aliases=("星河乳业", "星河", "星河牛奶"),
    english_names=("Xinghe Dairy", "Xinghe Dairy Co., Ltd."),
    ticker="XHDY",
    business_keywords=("牛奶", "酸奶", "乳制品", "鲜奶", "奶酪", "牧场"),
)

SAFE_DOMAIN = "xinghe-dairy.example"
#: Words the sandbox's `statuses/share` refuses as sensitive content (20021), as the platform refuses its own.
PLATFORM_SENSITIVE = ("代开发票", "刷单", "翻墙")
"""The app's 安全域名: `statuses/share` text must link to it (or a subdomain)."""

PRODUCTS = ("星河纯牛奶", "星河鲜奶", "星河酸奶", "星河宝贝儿童奶", "星河高钙奶", "星河低脂奶", "星河奶酪棒")


@dataclass(frozen=True)
class DemoAccount:
    """One account of the demo matrix (or an outside account it follows)."""

    uid: int
    screen_name: str
    role: str  # official | leader | sub_brand | employee | other
    verified: bool = False
    verified_type: int = -1
    verified_reason: str = ""
    description: str = ""
    gender: str = "n"
    location: str = "北京 朝阳区"
    followers_base: int = 0


def _uid(n: int) -> int:
    return 6_120_040_000 + n * 1_031


OFFICIAL = DemoAccount(_uid(0), "星河乳业", "official", True, 2, "星河乳业股份有限公司官方微博",
                       "星河乳业官方微博｜每一滴都来自自有牧场 客服热线400-800-1234", "n", "内蒙古 呼和浩特",
                       1_286_400)

LEADERS = (
    DemoAccount(_uid(1), "林建华-星河乳业", "leader", True, 0, "星河乳业董事长",
                "做一杯让孩子放心的好牛奶", "m", "内蒙古 呼和浩特", 86_300),
    # Unverified on purpose: the app must flag a leader account without verification (seed 000).
    DemoAccount(_uid(2), "周明远Mingyuan", "leader", False, -1, "",
                "星河乳业总裁，乳业老兵，爱跑马拉松", "m", "上海 浦东新区", 12_050),
)

SUB_BRANDS = (
    DemoAccount(_uid(3), "星河鲜奶坊", "sub_brand", True, 2, "星河乳业旗下低温鲜奶品牌",
                "当日挤奶 当日送达", "n", "北京 朝阳区", 210_500),
    DemoAccount(_uid(4), "星河宝贝儿童奶", "sub_brand", True, 2, "星河乳业旗下儿童乳品品牌",
                "专为3-12岁孩子研发", "n", "上海 徐汇区", 98_700),
    DemoAccount(_uid(5), "星河酸奶实验室", "sub_brand", True, 2, "星河乳业旗下酸奶品牌",
                "好酸奶，慢慢发酵", "n", "广东 广州", 154_200),
)

# (screen_name, verified, verified_type, verified_reason, description, gender, linked_to_company)
_EMPLOYEES: tuple[tuple[str, bool, int, str, str, str, bool], ...] = (
    ("陈晓Echo", True, 0, "星河乳业市场总监", "营销人，爱猫", "f", True),
    ("王磊的牧场日记", False, -1, "", "原星河乳业员工，现在自己养牛", "m", True),
    ("Lily_Zhang张丽", False, -1, "", "Xinghe Dairy brand manager｜喜欢旅行", "f", True),
    ("品控老刘", True, 0, "星河乳业 品控工程师", "", "m", True),
    ("赵敏华东", False, -1, "", "星河牛奶 华东区销售经理", "f", True),
    ("孙浩然", True, 0, "星河湾物业经理", "物业人，服务业主", "m", False),
    ("小鹿爱喝奶", False, -1, "", "星河乳业忠实粉丝，每天一盒奶", "f", False),
    ("李想想_", False, -1, "", "", "f", False),
    ("夜观星河的阿杰", False, -1, "", "天文爱好者，夜观星河", "m", False),
    ("吴凡Fan", True, 0, "银河证券分析师", "", "m", False),
    ("郑雨桐", False, -1, "", "星河地产置业顾问，欢迎咨询", "f", False),
    ("马晓东", True, 0, "蒙牛乳业区域经理", "", "m", False),
    ("黄小米", False, -1, "", "摄影爱好者", "f", False),
    ("老周在路上", False, -1, "", "跑步｜读书｜咖啡", "m", False),
    ("何佳琪", False, -1, "", "", "f", False),
    ("胡一刀", False, -1, "", "吃货一枚", "m", False),
    ("冯静怡", True, 220, "美食博主", "记录每一餐", "f", False),
    ("曹宇航", False, -1, "", "", "m", False),
    ("彭丹丹", False, -1, "", "宝妈，育儿日常", "f", False),
    ("邓超然", False, -1, "", "程序员", "m", False),
    ("许晴天", False, -1, "", "", "f", False),
    ("韩梅梅同学", False, -1, "", "在读研究生", "f", False),
    ("唐一鸣", False, -1, "", "健身教练", "m", False),
    ("萧萧雨歇", False, -1, "", "", "f", False),
    ("谢天天", False, -1, "", "星空摄影师，拍银河和星河", "m", False),
    ("梁静", False, -1, "", "", "f", False),
    ("宋子豪", True, 0, "知名数码博主", "", "m", False),
    ("罗小黑", False, -1, "", "", "m", False),
    ("蒋欣然", False, -1, "", "热爱生活", "f", False),
    ("杜若", False, -1, "", "", "f", False),
)

EMPLOYEES = tuple(
    DemoAccount(_uid(10 + i), name, "employee", verified, vtype, reason, desc, gender,
                ("北京 朝阳区", "上海 浦东新区", "内蒙古 呼和浩特", "广东 广州", "浙江 杭州")[i % 5],
                200 + (i * 379) % 4_800)
    for i, (name, verified, vtype, reason, desc, gender, _) in enumerate(_EMPLOYEES)
)

DEMO_LINKED_EMPLOYEE_UIDS: frozenset[int] = frozenset(
    _uid(10 + i) for i, row in enumerate(_EMPLOYEES) if row[6]
)
"""Ground truth: employees whose verification or profile text ties them to 星河乳业."""

DEMO_UNVERIFIED_LEADER_UIDS: frozenset[int] = frozenset(a.uid for a in LEADERS if not a.verified)

# Outside accounts the official account follows; two of them are questionable for a dairy brand (seed 000).
OTHERS = (
    DemoAccount(_uid(50), "中国奶业协会", "other", True, 7, "中国奶业协会官方微博", "", "n", "北京 海淀区", 50_000),
    DemoAccount(_uid(51), "内蒙古文旅", "other", True, 1, "内蒙古自治区文化和旅游厅官方微博", "", "n",
                "内蒙古 呼和浩特", 900_000),
    DemoAccount(_uid(52), "奶粉代购小店", "other", False, -1, "", "海外奶粉低价代购 私信", "f", "其他", 3_100),
    DemoAccount(_uid(53), "娱乐圈八卦君", "other", True, 220, "娱乐博主", "", "n", "北京", 420_000),
)

MATRIX: tuple[DemoAccount, ...] = (OFFICIAL, *LEADERS, *SUB_BRANDS, *EMPLOYEES)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
         "秀英", "霞", "平", "刚", "桂英", "欣怡", "梓涵", "子轩", "浩宇", "雨桐", "思远", "嘉怡", "一诺", "晨曦",
         "佳琪", "宇航", "婉清", "俊熙", "可馨", "博文", "诗涵", "天佑", "若曦")
NICK_PREFIX = ("爱喝牛奶的", "北京的", "上海", "深夜食堂", "快乐的", "不吃香菜的", "二胎宝妈", "喵星人",
               "努力搬砖的", "早睡早起的", "杭州", "广州", "成都吃货", "减肥中的", "跑步的", "奶茶续命",
               "考研的", "打工人", "养猫的", "摸鱼的")
NICK_CORE = ("小王", "阿杰", "小鱼", "团子", "糖糖", "大橙子", "小熊", "阿花", "土豆", "momo", "Lucy",
             "Kevin", "豆豆", "小林", "包子", "七七", "可乐", "芒果", "毛毛", "阿飞", "晴天", "小太阳")
CITIES = ("北京 朝阳区", "北京 海淀区", "上海 浦东新区", "上海 徐汇区", "广东 广州", "广东 深圳",
          "浙江 杭州", "江苏 南京", "四川 成都", "湖北 武汉", "陕西 西安", "内蒙古 呼和浩特",
          "山东 济南", "河南 郑州", "湖南 长沙", "福建 厦门", "重庆", "天津", "海外", "其他")
FAN_DESCRIPTIONS = ("", "", "", "热爱生活", "吃货一枚", "宝妈一枚", "爱旅行爱摄影", "学生党", "打工人",
                    "微博认证：美食博主", "生活不止眼前的苟且", "做自己", "健身中", "铲屎官")

# Posts the matrix accounts have published before the sandbox starts (text only; links use SAFE_DOMAIN).
OFFICIAL_POSTS = (
    "#星河乳业# 内蒙古自有牧场的秋天到了，每一头奶牛都有自己的名字。今天带大家云逛牧场🐄",
    "新品上市｜星河高钙奶全新升级，钙含量提升30%，全家都适合。了解详情 https://www.{domain}/gaogai",
    "【食品安全】星河乳业全部产品均可扫码追溯到牧场和批次，欢迎大家监督。",
    "早安！一杯温牛奶，开启元气满满的一天☀️ 你今天喝奶了吗？",
    "#星河宝贝# 开学季，给孩子一份安心的营养。儿童奶限时第二件半价。",
    "感谢大家的支持，星河乳业连续三年获得国家优质乳工程认证🎉",
    "【转发抽奖】关注@星河乳业 并转发本条微博，抽10位送整箱星河纯牛奶！",
    "关于近期网传“星河牛奶添加剂”的说明：经第三方检测，所有批次均符合国家标准，详见 https://{domain}/notice",
    "冬天来了，热牛奶的正确方法：隔水加热到60℃左右，不要煮沸哦～",
    "星河鲜奶坊新店开业！北京朝阳大悦城店，前100名顾客免费品尝。",
    "员工开放日｜带着家人走进星河乳业工厂，看看一盒牛奶的诞生。",
    "乳糖不耐受的朋友可以试试星河低脂奶和酸奶，温和不胀气。",
    "#世界牛奶日# 每天300克奶，是中国居民膳食指南的推荐量。",
    "星河乳业2025年度社会责任报告发布，助力乡村振兴，帮扶牧民增收。",
    "周末去哪儿？星河牧场观光季开启，带娃挤牛奶、喂小牛🐮",
    "客服小星在线：有任何产品问题，欢迎私信或拨打400-800-1234。",
    "酸奶实验室新口味投票开始啦！芒果、青提、桂花，你选哪个？",
    "双十一预告：星河官方旗舰店全场满199减50，囤奶正当时。",
    "每一盒星河牛奶都经过32道检测，安全是我们的底线。",
    "谢谢每一位牧民伙伴，2025年我们一起守护好每一滴奶。",
)
LEADER_POSTS = (
    "今天去呼和浩特牧场看了新建的智慧牛舍，奶牛的舒适度就是牛奶的品质。",
    "和团队复盘这一年：好产品是慢慢做出来的，没有捷径。",
    "参加中国乳业高峰论坛，谈国产奶的信心从哪里来。",
    "读者来信问我每天喝几杯奶——两杯，一杯早上，一杯睡前。",
    "感谢所有一线员工，春节坚守岗位，保证大家喝到新鲜的奶。",
    "星河的初心：让每个孩子都喝上放心奶。",
    "跑完人生第十个马拉松，坚持和做企业一样。",
    "欢迎新同事加入星河大家庭！",
)
SUB_BRAND_POSTS = (
    "今天的鲜奶已经送到，早上6点前挤奶，中午就能喝到。",
    "孩子不爱喝奶？试试我们的草莓味儿童奶，无添加蔗糖。",
    "酸奶DIY教程：加点燕麦和水果，就是一份营养早餐。",
    "会员日福利：积分可兑换奶卡，快来看看你有多少积分。",
    "门店地址汇总，看看离你最近的是哪家 https://shop.{domain}/stores",
    "冷知识：低温鲜奶要放在2-6℃冷藏，开封后尽快喝完。",
    "新品试吃官招募中，评论区留言说说你最想尝的口味。",
    "感谢粉丝@小鹿爱喝奶 的美食分享，好看又好喝！",
)
