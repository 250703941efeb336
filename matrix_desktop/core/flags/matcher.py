"""Does an account's Weibo profile publicly tie its owner to the company, and how?

The matcher reads three fields of a profile — the platform-verified `verified_reason`, the `screen_name`
and the self-written `description` — and decides whether one of them links the person to the company.

How a link is found
-------------------
1. **Names.** From the :class:`CompanyProfile` we derive the names to look for: the legal name, its
   core (place prefix and legal suffix removed: 北京小米科技有限责任公司 → 小米科技), the aliases and
   English names the admin typed (legal suffixes such as "Co., Ltd." dropped too) and the ticker.
   A name is *strong* when it is specific enough to stand alone (three or more CJK characters, or two
   or more Latin words); a *weak* name (小米, 华为, 星河, Huawei, NIO, a ticker) may also be an ordinary
   word or part of another name, so it links only with explicit wording around it.
2. **Text** is normalised (NFKC, lower case, traditional → simplified with OpenCC) with a map back to
   the original offsets, so the evidence span points into what the user sees.
3. **A mention is discarded** when the name is part of another word or name: followed by another
   industry or place word that is not the company's own (星河湾, 星河物流 for 星河乳业), forming a common
   word with the next characters (小米粥, 小米饭), starting mid-word (中华为…), or being a personal name
   (王小米). Latin names must stand as whole words; all-capital short names (NIO, tickers) must be
   written in capitals.
4. **Wording in the same clause decides the kind** (clauses end at ，。；！？, commas and full stops):
   the first marker after the name (员工, 工程师, 董事长, 授权经销商, 粉丝, 车主, 评测…) or, failing that, the
   nearest marker before it (就职于, 曾任, "engineer at", 喜欢, 关注…). Fan, customer and reviewer wording
   (粉丝, 用户, 车主, 评测, 爱好者, fan, owner, review…) means *no* link. `former` wins over the role when
   the name or role is prefixed by 前/原/ex-/former, or the clause says 曾任/曾就职/退休/离职/formerly/retired
   (unless 现/now comes after it). A strong name in the platform-verified reason with no wording at all
   is read as the employer the platform verified (that is how personal verification reads:
   "星河乳业股份有限公司"); in the screen name it is read as a current tie too; in the description it is not.

Severity
--------
=====================================  ====================================================
where the link is                       severity
=====================================  ====================================================
`verified_reason` of a verified account  high   (partner: medium)
`verified_reason`, account not verified  medium (partner: low) — stale or lapsed verification
`screen_name` or `description`           medium (partner: low)
=====================================  ====================================================
Former employees keep the severity of the field they appear in: they are exactly the case the seeds
warn about (a former Huawei engineer whose verification still named Huawei).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from matrix_desktop.core.company import CompanyProfile
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.flags.normalise import NormText, normalise, normalise_term, to_simplified


class LinkKind(StrEnum):
    """How an account is tied to the company."""

    CURRENT = "current"
    FORMER = "former"
    EXECUTIVE = "executive"
    PARTNER = "partner"
    NONE = "none"


class Severity(StrEnum):
    """How urgent a flag is; compare with :meth:`rank` (or the `<` operators)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    NONE = "none"

    @property
    def rank(self) -> int:
        """0 for none up to 3 for high, so `max(..., key=lambda s: s.rank)` picks the worst."""
        return _SEVERITY_RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank


_SEVERITY_RANK = {Severity.NONE: 0, Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}

FIELDS = ("verified_reason", "screen_name", "description")


@dataclass(frozen=True)
class ProfileText:
    """The parts of a Weibo user object the matcher reads."""

    uid: str
    screen_name: str = ""
    verified: bool = False
    verified_type: int = -1
    verified_reason: str = ""
    description: str = ""

    @classmethod
    def from_user_json(cls, obj: Any) -> ProfileText:
        """Read a `users/show`-shaped object; `id` may be an int or a string, other fields may be missing.

        Raises ValidationError when the object is not usable (not an object, no id, wrong field types).
        """
        if not isinstance(obj, Mapping):
            raise ValidationError("a user must be a JSON object")
        raw_id = obj.get("id", obj.get("idstr"))
        if isinstance(raw_id, bool) or not isinstance(raw_id, int | str) or not str(raw_id).strip():
            raise ValidationError("the user has no id")
        texts: dict[str, str] = {}
        for name in ("screen_name", "verified_reason", "description"):
            value = obj.get(name)
            if value is None:
                value = ""
            if not isinstance(value, str):
                raise ValidationError(f"{name} must be a string, not {type(value).__name__}")
            texts[name] = value
        verified = obj.get("verified", False)
        if isinstance(verified, str):
            verified = verified.strip().lower() in ("true", "1")
        elif not isinstance(verified, bool | int | None):
            raise ValidationError("verified must be true or false")
        vtype = obj.get("verified_type", -1)
        if vtype is None or vtype == "":
            vtype = -1
        try:
            vtype_int = int(vtype)
        except (TypeError, ValueError):
            raise ValidationError(f"verified_type {vtype!r} is not a number") from None
        return cls(uid=str(raw_id).strip(), screen_name=texts["screen_name"], verified=bool(verified),
                   verified_type=vtype_int, verified_reason=texts["verified_reason"],
                   description=texts["description"])


@dataclass(frozen=True)
class LinkDecision:
    """The matcher's answer for one account, with the evidence that decided it."""

    linked: bool
    kind: LinkKind
    severity: Severity
    field: str  # "verified_reason" | "description" | "screen_name" | ""
    evidence: str  # the matched span in the ORIGINAL (un-normalised) text of that field
    span: tuple[int, int] | None  # offsets of evidence in that field's original text, for highlighting
    explanation: str


NOT_LINKED = LinkDecision(False, LinkKind.NONE, Severity.NONE, "", "", None, "no company name in the profile")

# ---------------------------------------------------------------------------------------------------
# Vocabulary. Categories of wording around a company name.

_FORMER = "former"
_NOW = "now"
_EMPLOY = "employ"  # employment verbs before the name: 就职于 …
_ROLE = "role"
_EXEC = "exec"
_PARTNER = "partner"
_NEG = "neg"  # fans, customers, reviewers, candidates: a mention that is not a link
_JOIN = "join"  # at / @ / of: joins a role written before the name to the name

_MARKERS: dict[str, tuple[str, ...]] = {
    _FORMER: (
        "曾任", "曾就职", "曾供职", "曾效力", "曾在", "曾于", "曾是", "曾经在", "曾经就职", "曾经是", "之前在",
        "以前在", "此前在", "早年在", "早年就职", "退休", "已退休", "离职", "已离职", "前员工", "原员工", "离职员工",
        "待过", "干过", "呆过", "离开", "离开了", "辞职", "辞去", "走了", "走的", "出来的", "退了", "被优化", "毕业",
        "毕业生", "出来创业", "后来出来",
        "老东家", "前东家", "former", "formerly", "previously", "retired", "ex-", "alumni", "alumnus",
        "worked at", "worked for", "used to work",
    ),
    _NOW: ("现任", "现就职", "现在", "现为", "现", "目前", "now", "currently"),
    _EMPLOY: (
        "就职于", "任职于", "供职于", "效力于", "服务于", "工作于", "入职", "加入", "就职", "任职", "供职", "进了",
        "入职了", "加入了",
        "works at", "working at", "work at", "works for", "working for", "joined", "employee of", "employed by",
    ),
    _ROLE: (
        "员工", "职员", "职工", "工程师", "经理", "总监", "主管", "专员", "设计师", "研究员", "架构师", "分析师",
        "程序员", "工作", "上班", "打工", "搬砖", "实习生", "实习", "负责人", "主任", "组长", "科学家", "技术员",
        "销售", "客服", "团队", "小编", "运营", "法务", "财务", "店长", "研究院", "研究所", "实验室", "工号",
        "产品总监", "hr", "员", "部长", "处长", "科长", "柜员", "客户经理", "理财经理", "小哥", "师傅", "技师", "讲师",
        "机长", "乘务", "班长", "督导", "买手", "主美", "策划", "项目组", "编辑", "医生", "顾问", "专家", "老师",
        "店长", "司机", "骑手", "工人", "车间", "基地", "生产线", "产线", "后厨", "网点",
        "employee", "staff", "engineer", "manager", "director", "designer", "developer", "intern", "analyst",
        "researcher", "scientist", "pm", "lead", "head of", "team", "marketing", "sales", "specialist",
        "architect", "programmer", "consultant", "officer", "editor",
    ),
    _EXEC: (
        "董事长", "副董事长", "董事", "总裁", "副总裁", "高级副总裁", "执行副总裁", "总经理", "副总经理", "创始人",
        "联合创始人", "合伙人", "高管", "监事", "监事长", "行长", "副行长", "董秘", "董事会秘书", "掌门人", "主席",
        "董事局主席", "董事会主席", "党委书记", "党委副书记", "首席科学家", "执行董事", "联席董事长", "执行总裁",
        "ceo", "cto", "cfo", "coo", "cmo", "cio", "vp", "svp", "evp", "president", "vice president",
        "chairman", "chairwoman", "founder", "co-founder", "cofounder", "managing director",
        "general manager", "board member", "chief",
    ),
    _PARTNER: (
        "授权经销商", "经销商", "代理商", "总代理", "代理", "服务商", "授权服务商", "授权服务中心", "加盟商",
        "加盟店", "专卖店", "授权店", "授权体验店", "零售商", "合作伙伴", "分销商", "特约经销商", "4s店", "供应商",
        "渠道商", "售后服务中心", "服务点", "服务站", "服务网点", "维修点", "服务店", "合作门店", "合作网点", "代理点",
        "合作商", "生态链企业", "生态合作伙伴", "代工厂", "工厂店", "合作牧场", "专营店", "合作营业厅",
        "代理营业厅", "总经销", "经销", "加盟", "体验店", "用户中心", "授权", "特约", "合作", "外包", "总代", "自营店",
        "发行合作", "dealer", "authorized dealer", "distributor", "reseller", "retailer",
        "franchise", "franchisee", "service provider", "service partner", "supplier", "partner",
    ),
    _NEG: (
        "粉丝", "粉", "铁粉", "死忠", "忠实", "迷", "车主", "用户", "老用户", "爱好者", "发烧友", "评测", "测评",
        "开箱", "体验", "体验官", "博主", "达人", "kol", "up主", "自媒体", "媒体人", "记者", "股东", "股民",
        "投资者", "消费者", "客户", "顾客", "会员", "买家", "拥趸", "代言人", "代言", "形象大使", "大使", "推荐",
        "种草", "爱好", "喜欢", "爱喝", "爱用", "爱吃", "热爱", "支持者", "支持", "关注", "报道", "资讯", "新闻",
        "爆料", "观察", "研究", "开发者", "吐槽", "投诉", "维权", "求职", "应聘", "面试", "用过", "用了", "买了",
        "家长", "宝妈", "奶粉", "牛奶", "酸奶", "手机壳", "飞手", "玩家", "听众", "读者", "车友", "车友会", "回收",
        "收购", "二手", "比价", "横评", "对比", "参观", "打卡", "探店", "收藏", "包邮", "到付", "直发", "发货",
        "老客户", "选手", "听歌", "股价", "概念股", "信号", "套餐",
        "fan", "fans", "lover", "user", "users", "owner", "customer", "review", "reviews", "reviewer",
        "reviewing", "unboxing", "blogger", "vlogger", "influencer", "enthusiast", "shareholder", "investor",
        "follower", "admirer", "supporter", "critic", "journalist", "reporter", "love", "loves", "covering",
        "covers", "using", "drinker", "player", "players", "watcher", "stock", "pilot",
    ),
    _JOIN: ("at", "@", "of", "with", "for", "于", "在"),
}

# What may follow a name and still be the company: legal/organisational suffixes and departments.
_OWN_CONTINUATIONS = (
    "集团", "公司", "股份", "有限", "总部", "研究院", "研究所", "实验室", "中国区", "大中华区", "全球", "事业部",
    "事业群", "分公司", "子公司", "总公司", "办事处", "中心", "部", "官方", "旗下", "内部", "的", "员", "人",
    "终端", "消费者业务", "云", "华东", "华南", "华北", "华中", "西南", "西北", "东北", "大区", "区域", "分行", "支行",
)

# What, right after a company name, shows it is *another* company or a place: 星河物流, 星河湾.
_OTHER_NAME_WORDS = (
    "物流", "地产", "置业", "房产", "物业", "酒店", "传媒", "影视", "影城", "文化", "教育", "餐饮", "建材", "装饰",
    "家具", "电器", "超市", "商贸", "贸易", "医院", "药业", "旅游", "幼儿园", "学校", "中学", "小学", "大学",
    "网吧", "健身", "娱乐", "广告", "印刷", "汽修", "能源", "化工", "纺织", "服饰", "食品", "科技", "实业", "投资",
    "银行", "证券", "保险", "汽车", "电子", "网络", "信息", "软件", "游戏", "音乐", "文旅", "农业", "牧业", "乳业",
    "湾", "花园", "小区", "苑", "广场", "公寓", "家园", "府", "天地", "公馆", "华庭", "名苑", "国际", "大厦",
    "社区", "酒吧", "餐厅", "饭店", "书店", "影院", "乐队", "剧场", "剧社", "幼教", "粥", "椒", "辣", "粒", "饭",
    "糕", "米", "酒", "面", "茶", "之家", "加步枪",
)

# Words that qualify a role (华为 高级工程师); anything else between a weak name and a role after a space
# is read as another employer (小米 腾讯工程师).
_ROLE_MODIFIERS = (
    "高级", "资深", "首席", "主任", "软件", "硬件", "研发", "产品", "市场", "品牌", "销售", "技术", "设计", "算法",
    "测试", "前端", "后端", "运营", "人力", "公关", "区域", "大区", "战略", "财务", "法务", "采购", "质量", "工艺",
    "营销", "数据", "安全", "网络", "供应链", "行政", "客户", "用户", "项目", "平台", "系统", "嵌入式",
    "senior", "principal", "staff", "software", "hardware", "product", "brand", "marketing", "sales", "chief",
    "电池", "影像", "结构", "飞控", "医学", "美术", "关卡", "游戏", "机械", "电气", "生产", "质检", "仓储", "售后",
    "维修", "安装", "研究", "电商", "零售", "门店", "一级", "二级", "省级", "县级", "市级", "核心", "战略", "指定",
    "授权", "金牌", "合作", "特约", "官方", "采销", "运输", "精密", "模具", "事业部", "前", "原",
    "-", "/", "|", "·",
)

_PLACE_PREFIXES = (
    "北京市", "上海市", "天津市", "重庆市", "深圳市", "广州市", "杭州市", "北京", "上海", "天津", "重庆", "深圳",
    "广州", "杭州", "南京", "武汉", "成都", "西安", "苏州", "合肥", "长沙", "郑州", "青岛", "厦门", "宁波", "珠海",
    "东莞", "佛山", "济南", "沈阳", "大连", "哈尔滨", "呼和浩特", "内蒙古", "广东", "浙江", "江苏", "山东", "中国",
)
_LEGAL_SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司", "(中国)", "（中国）",
)
_LATIN_SUFFIX_RE = re.compile(
    r"[\s,.]*\b(co\.?,?\s*ltd\.?|company|limited|ltd\.?|inc\.?|corp\.?|corporation|group|holdings?|plc)\s*$"
)

_SURNAMES = frozenset(
    "张王李赵刘陈杨黄周吴徐孙胡朱马郭何罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪"
    "田姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚"
)
# A 前 / 原 right before a name means "former" — unless it ends another word (目前, 当前, 草原, 中原).
_FORMER_PREFIX_CHARS = frozenset("前原")
_NOT_FORMER_BEFORE = {"前": frozenset("目当眼面跟提向门空超领上往史事饭睡生"),
                      "原": frozenset("平草高还复中太九燕")}

# Places and institutions named after a word: 比亚迪路, 茅台镇, 宁德时代广场. Rejected after any name, strong or
# weak, unless the company's own unit words say otherwise.
_PLACE_WORDS = (
    "路", "大街", "街", "大道", "镇", "村", "县", "乡", "机场", "学院", "中学", "小学", "大学", "幼儿园", "医院",
    "广场", "小区", "花园", "楼盘", "大厦", "公寓", "新闻网", "农庄", "山庄", "兄弟", "域", "里小学",
)
# What may follow a single unknown character after a short name and show the whole is another firm's
# name: 格力高(中国)投资, 海尔施生物医药.
_FIRM_TAIL = ("(", "（", "有限", "股份", "集团", "公司", "生物", "医药", "投资", "实业", "科技", "控股")

# Clause-level readings that cancel a tie, whatever role word is near: denial, wish, applying, a relative.
_DENIAL_RE = re.compile(r"不是|并非|并不是|不在|没在|从未|从没|不属于|绝非|与.{0,6}无关|\bnot (?:an? )?(?:employee|affiliated|with)")
_WISH_RE = re.compile(r"梦想|想(?:去|进|加入|在|当|入职)|希望|打算|准备(?:去|进|加入)|渴望|向往|立志|目标是"
                      r"|\bdream|\bhope to|\bwant to|\bwish")
_APPLY_RE = re.compile(r"校招|面试(?!官)|笔试|投递|应聘|求职|招聘|报名|offer|[二三终]面|求内推|内推")
_HIRED_RE = re.compile(r"进了|入职|加入了|录用")
_KIN_RE = re.compile(r"爸|妈|父亲|母亲|[哥姐弟妹](?!们)|老婆|老公|媳妇|舅|叔|姨|家人|儿子|女儿|亲戚|朋友|同学|室友|同事"
                     r"|男友|女友|闺蜜|\b(?:my )?(?:dad|mum|mom|father|mother|brother|sister|wife|husband)\b")
# A closed span of years: 2015-2019, 2013年至2019年. An open one (2019-至今) is not matched.
_YEAR_SPAN_RE = re.compile(r"(?:19|20)\d{2}\s*年?(?:\s*\d{1,2}\s*月)?\s*(?:[-–—~～至到]|to)\s*(?:19|20)\d{2}(?!\d)")
# Leaving words that may sit in the clause after the one naming the company: 在X干了八年，上个月走了.
_LEFT_RE = re.compile(r"离开|走了|走的|辞职|离职|退了|退休|被优化|出来了|出来的|出来创业|后来出来")
# Work verbs after 在 + name: 在比亚迪搬砖, 在海底捞干了五年. Buying, eating or interviewing are not work.
_WORK_VERB_RE = re.compile(r"\s*(?:做|写|干|搬砖|上班|工作|打工|跑|修|当|待|负责|送|带|切|造|开发|研发|画|管|搞|设计|实习|"
                           r"值班|上夜班|夜班)")
# After a short name in a screen name: a person tag (比亚迪-王工, 大疆小王, BYD小陈).
_PERSON_TAG_RE = re.compile(r"[\s\-_·|]*(?:小哥)?(?:小|阿|老)[\u4e00-\u9fff]{1,2}$|[\-_·|][\u4e00-\u9fff]{1,3}$")
_LATIN_LEAD_RE = re.compile(r"(?:^|[\s(（,，])(?:at|@|for|ex-?|former|formerly)[\s\-]*$")

_CLAUSE_END = frozenset("，。；！？,;!?\n\r")
# Industry families: a unit word from the family of the company's own name words is its own unit
# (平安保险 → 平安银行, 京东商城 → 京东物流); from another family it is another firm (星河乳业 ≠ 星河物流).
_INDUSTRY_FAMILIES = (
    ("保险", "银行", "证券", "金融", "信托", "基金", "人寿", "产险", "财险", "资管", "支付"),
    ("贸易", "商城", "零售", "物流", "快递", "速运", "速递", "供应链", "电商", "健康", "航空", "同城", "冷运"),
    ("汽车", "新能源", "电池", "电子", "半导体", "动力"),
    ("乳业", "食品", "牧业", "牧场", "饮品", "餐饮"),
    ("电器", "家电", "电子", "智能", "智家"),
    ("网络", "信息", "软件", "游戏", "音乐", "传媒", "文化", "教育"),
    ("通信", "移动", "网络", "信息"),
)
# Every company may have an international unit of its own name (蒙牛国际). Not 科技: 星河科技 is as
# likely another firm as a unit, and a false flag costs more than a miss.
_GENERIC_UNITS = ("国际",)
_PLACE_LEAD_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, _PLACE_PREFIXES), key=len, reverse=True)) +
                            ")市?$")
_CACHE_SIZE = 50_000
_CLOSE_PAREN_RE = re.compile(r"[)）]")
_FUNCTION_CHARS = frozenset("从在于进去是的和与到入前原离任为当")
# Department and site words: a bio that names the company and then only these is an employee's
# (安踏 晋江总部 电商中心, 中国移动 杭州研发中心).
_UNIT_RE = re.compile(r"中心|总部|基地|工厂|工业园|车间|[一二三四五六七八九十\d]号仓|仓库|工作室|项目组|事业部|事业群|研究院|"
                      r"实验室|生产线|产线|分公司|办事处|研发部|[^\s]{1,4}部(?![分长])")
_WINDOW_AFTER = 20  # normalised characters between a name and the role that belongs to it
_WINDOW_BEFORE = 30


def _trie_pattern(words: Iterable[str], tail: Callable[[str], str] = lambda w: "") -> str:
    """One regex matching any of `words`, longest first, shaped as a trie so shared prefixes are read once.

    `tail(word)` is appended where a word ends (a lookahead such as "not followed by a letter").
    """
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = w

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append(tail(node[""]))  # the word ends here; tried after every longer one
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return build(trie) if trie else "(?!)"


_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))
_t2s_table: dict[str, str] | None = None


def _t2s_chars() -> dict[str, str]:
    """Every CJK character and its simplified form, converted one by one (once per process)."""
    global _t2s_table
    if _t2s_table is None:
        chars = [chr(c) for lo, hi in _CJK_RANGES for c in range(lo, hi + 1)]
        converted = to_simplified("\n".join(chars)).split("\n")
        if len(converted) != len(chars):  # a conversion rule spanned lines: convert one by one instead
            converted = [to_simplified(c) for c in chars]
        _t2s_table = dict(zip(chars, converted, strict=True))
    return _t2s_table


def _trigger_chars(norms: Iterable[str]) -> frozenset[str]:
    """The characters a mention of one of `norms` may start with in un-normalised text.

    Latin: both cases; CJK: the character and every traditional or variant form OpenCC simplifies to it.
    """
    firsts = {n[0] for n in norms if n}
    out: set[str] = set()
    for ch in firsts:
        out.update((ch, ch.upper(), ch.lower()))
    cjk = {ch for ch in firsts if _is_cjk(ch)}
    if cjk:
        out.update(c for c, simple in _t2s_chars().items() if simple in cjk)
    return frozenset(out)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _is_latin_word(term: str) -> bool:
    return bool(term) and all(c.isascii() for c in term)


_jieba_lock = threading.Lock()
_jieba_freq: dict[str, int] | None = None


def _common_words() -> dict[str, int]:
    """jieba's word-frequency dictionary: tells that 小米粥 or 中华 is a word of its own."""
    global _jieba_freq
    with _jieba_lock:
        if _jieba_freq is None:
            import logging

            import jieba

            jieba.setLogLevel(logging.WARNING)
            jieba.dt.check_initialized()
            _jieba_freq = {w: f for w, f in jieba.dt.FREQ.items() if f >= 2}
        return _jieba_freq


@dataclass(frozen=True)
class _Term:
    norm: str
    label: str
    strong: bool
    latin: bool
    case_sensitive: bool  # short all-capital names (NIO, tickers) must be written in capitals


@dataclass(frozen=True)
class _Mention:
    term: _Term
    start: int
    end: int


@dataclass(frozen=True)
class _Verdict:
    kind: LinkKind
    start: int  # evidence span in normalised text
    end: int
    why: str


def core_name(legal_name: str) -> str:
    """The legal name without its place prefix and legal suffix: 北京小米科技有限责任公司 → 小米科技."""
    name = normalise_term(legal_name)
    if _is_latin_word(name):
        return _LATIN_SUFFIX_RE.sub("", name).strip()
    changed = True
    while changed:
        changed = False
        for suffix in _LEGAL_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                name, changed = name[: -len(suffix)], True
    for prefix in _PLACE_PREFIXES:
        if name.startswith(prefix) and len(name) - len(prefix) >= 2:
            name = name[len(prefix):]
            break
    return name


class CompanyMatcher:
    """Decides, for one company, whether profiles link their owners to it. Build once, classify many."""

    def __init__(self, profile: CompanyProfile) -> None:
        self.profile = profile
        self._terms = self._derive_terms(profile)
        self._by_key = {self._key(t.norm): t for t in self._terms}
        self._by_surface: dict[str, _Term] = {t.norm: t for t in self._terms}
        self._cache: dict[tuple[str, str], tuple[NormText | None, _Verdict | None, str]] = {}
        own = set(_OWN_CONTINUATIONS)
        norms = [t.norm for t in self._terms]
        for a in norms:
            for b in norms:
                if b != a and b.startswith(a):
                    own.add(b[len(a):].strip())
        for kw in profile.business_keywords:
            if kw.strip():
                own.add(normalise_term(kw))
        names = " ".join(norms)
        for family in _INDUSTRY_FAMILIES:
            if any(w in names for w in family):
                own.update(family)
        own.update(_GENERIC_UNITS)
        own.discard("")
        self._own = tuple(sorted(own, key=len, reverse=True))
        self._other = tuple(sorted((w for w in _OTHER_NAME_WORDS if w not in own), key=len, reverse=True))
        self._places = tuple(sorted((w for w in _PLACE_WORDS if w not in own), key=len, reverse=True))
        self._own_re = re.compile(_trie_pattern(self._own))
        self._own_long_re = re.compile(_trie_pattern(w for w in self._own if len(w) > 1))
        self._other_re = re.compile(_trie_pattern(self._other))
        self._places_re = re.compile(_trie_pattern(self._places))
        self._term_re = self._compile_terms(self._terms) if self._terms else None
        self._triggers = _trigger_chars(t.norm for t in self._terms)
        self._marker_cat: dict[str, str] = {}
        for cat, words in _MARKERS.items():
            for w in words:
                self._marker_cat.setdefault(w, cat)
        self._marker_re = self._compile_markers(self._marker_cat)
        self._words = _common_words() if any(not t.latin for t in self._terms) else {}

    # -- derivation --------------------------------------------------------------------------------

    @staticmethod
    def _key(norm: str) -> str:
        return re.sub(r"[\s\-_.·]", "", norm)

    @staticmethod
    def _derive_terms(profile: CompanyProfile) -> list[_Term]:
        terms: dict[str, _Term] = {}

        def add(raw: str, *, force_weak: bool = False, is_ticker: bool = False) -> None:
            label = raw.strip()
            norm = normalise_term(label)
            if not norm or len(norm) < 2:
                return
            latin = _is_latin_word(norm)
            if latin:
                strong = len(norm.split()) >= 2
                case_sensitive = is_ticker or (label.isupper() and len(label) <= 4)
            else:
                strong = sum(1 for c in norm if _is_cjk(c)) >= 3
                case_sensitive = False
            if force_weak:
                strong = False
            key = CompanyMatcher._key(norm)
            if key in terms and (terms[key].strong or not strong):
                return  # first spelling wins (keeps "NIO" capital-only when its core "nio" comes again)
            terms[key] = _Term(norm=norm, label=label, strong=strong, latin=latin, case_sensitive=case_sensitive)

        if profile.legal_name.strip():
            add(profile.legal_name)
            add(core_name(profile.legal_name))
        for alias in profile.aliases:
            add(alias)
            norm_alias = normalise_term(alias)
            if not _is_latin_word(norm_alias):
                core = core_name(alias)
                # Only when a legal suffix went: 中国移动 must not shrink to the word 移动.
                if core != norm_alias and not norm_alias.endswith(core):
                    add(core)
        for name in profile.english_names:
            add(name)
            add(core_name(name))
        if profile.ticker.strip():
            add(profile.ticker, force_weak=True, is_ticker=True)
        return list(terms.values())

    def _compile_terms(self, terms: list[_Term]) -> re.Pattern[str]:
        parts: list[str] = []
        for t in sorted(terms, key=lambda t: len(t.norm), reverse=True):
            if t.latin:
                body = r"[\s\-_.·]*".join(re.escape(w) for w in t.norm.split())
                parts.append(rf"(?<![a-z0-9]){body}(?![a-z0-9])")
            else:
                parts.append(re.escape(t.norm))
                if len(t.norm) >= 2 and " " not in t.norm:  # 比 亞 迪: one space between every character
                    parts.append(" ".join(re.escape(c) for c in t.norm))
        return re.compile("|".join(parts))

    @staticmethod
    def _compile_markers(cats: dict[str, str]) -> re.Pattern[str]:
        # A trie-shaped pattern: a flat alternation of 500 words is tried word by word at every position.
        def tail(w: str) -> str:
            return r"(?![a-z])" if w[-1].isascii() and w[-1].isalpha() else ""

        latin = [w for w in cats if w[0].isascii() and w[0].isalpha()]
        other = [w for w in cats if not (w[0].isascii() and w[0].isalpha())]
        # 首席…官 (首席执行官, 首席技术官): one pattern rather than a list of every chief title.
        return re.compile(r"首席[\u4e00-\u9fff]{1,6}官|(?<![a-z])" + _trie_pattern(latin, tail) + "|" +
                          _trie_pattern(other, tail))

    # -- classification ----------------------------------------------------------------------------

    def classify(self, p: ProfileText) -> LinkDecision:
        """Linked or not, how, how severe, and the evidence span in the original field text."""
        if self._term_re is None:
            return NOT_LINKED
        best: LinkDecision | None = None
        rejected: str = ""
        for field in FIELDS:
            raw = getattr(p, field)
            if not raw or not self._may_mention(raw):
                continue
            norm, verdict, problem = self._read_field(field, raw)
            if verdict is None or norm is None:
                rejected = rejected or problem
                continue
            decision = self._decision(p, field, norm, verdict)
            if best is None or decision.severity.rank > best.severity.rank:
                best = decision
        if best is not None:
            return best
        if rejected:
            return LinkDecision(False, LinkKind.NONE, Severity.NONE, "", "", None, f"not a link — {rejected}")
        return NOT_LINKED

    def _read_field(self, field: str, raw: str) -> tuple[NormText | None, _Verdict | None, str]:
        """The first linking mention of one field (it speaks for the field), or why there is none.

        Cached per (field, text): verification reasons and screen-name patterns repeat across a matrix,
        and the reading depends on nothing else (severity, which depends on `verified`, comes later).
        """
        key = (field, raw)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        norm = normalise(raw)
        result: tuple[NormText | None, _Verdict | None, str] = (None, None, "")
        for m in self._term_re.finditer(norm.text) if self._term_re is not None else ():
            term = self._term_for(m.group(0))
            if term is None:
                continue
            mention = _Mention(term, m.start(), m.end())
            problem = self._reject(norm, mention)
            if problem:
                result = result if result[2] else (None, None, f"{field}: {problem}")
                continue
            verdict = self._verdict(norm.text, mention, field)
            if verdict.kind is LinkKind.NONE:
                result = result if result[2] else (None, None, f"{field}: {verdict.why}")
                continue
            result = (norm, verdict, "")
            break
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()  # crude but bounded; a scan of one matrix fits many times over
        self._cache[key] = result
        return result

    def find_name(self, p: ProfileText, fields: tuple[str, ...] = FIELDS
                  ) -> tuple[str, str, tuple[int, int]] | None:
        """The first real mention of the company's name (field, original text, span), wording aside.

        Used for accounts verified as an organisation: there the name alone is the problem.
        """
        if self._term_re is None:
            return None
        for field in fields:
            raw = getattr(p, field)
            if not raw or not self._may_mention(raw):
                continue
            norm = normalise(raw)
            for m in self._term_re.finditer(norm.text):
                term = self._term_for(m.group(0))
                if term is None or self._reject(norm, _Mention(term, m.start(), m.end())):
                    continue
                s, e = norm.original_span(m.start(), m.end())
                return field, raw[s:e], (s, e)
        return None

    def _term_for(self, surface: str) -> _Term | None:
        term = self._by_surface.get(surface)
        if term is None:
            term = self._by_key.get(self._key(surface))
            if term is not None and len(self._by_surface) < 10_000:
                self._by_surface[surface] = term
        return term

    def _may_mention(self, raw: str) -> bool:
        """False only when `raw` cannot contain a name: none of the characters a name can start with.

        Most profiles mention no company at all; this set test lets them skip normalisation. Text that
        NFKC would change (full-width letters, compatibility ideographs) is always read in full.
        """
        return not self._triggers.isdisjoint(raw) or not unicodedata.is_normalized("NFKC", raw)

    def _decision(self, p: ProfileText, field: str, norm: NormText, v: _Verdict) -> LinkDecision:
        if field == "verified_reason":
            base = Severity.HIGH if p.verified else Severity.MEDIUM
        else:
            base = Severity.MEDIUM
        if v.kind is LinkKind.PARTNER:
            base = Severity.MEDIUM if base is Severity.HIGH else Severity.LOW
        start, end = norm.original_span(v.start, v.end)
        evidence = norm.original[start:end]
        where = {"verified_reason": "the platform-verified reason" if p.verified else
                 "the verification reason (account not verified)",
                 "screen_name": "the screen name", "description": "the self-written description"}[field]
        return LinkDecision(True, v.kind, base, field, evidence, (start, end),
                            f"{where} says “{evidence}”: {v.why}")

    # A mention is thrown out when the name is only part of another word or name.
    def _reject(self, norm: NormText, m: _Mention) -> str:
        text = norm.text
        term = m.term
        if term.case_sensitive:
            s, e = norm.original_span(m.start, m.end)
            # Written in lower case it may be a word (nio, jd, anta?); "at byd", "ex-dji" still name it.
            if not norm.original[s:e].replace(" ", "").isupper() and \
                    not _LATIN_LEAD_RE.search(text, max(0, m.start - 12), m.start):
                return f"“{norm.original[s:e]}” is not written as the name {term.label}"
        if term.norm.isdigit():  # a numeric ticker is a year or a count unless written as a stock code
            if not re.match(r"\.?(?:sz|sh|hk|ss)\b", text[m.end:m.end + 4]) and "代码" not in text[max(0, m.start - 6):m.start]:
                return f"“{term.label}” is a number here, not the stock code"
            return ""
        if term.latin:
            return ""
        after = text[m.end:m.end + 6]
        if not term.strong:
            lead = text[max(0, m.start - 4):m.start]
            place = _PLACE_LEAD_RE.search(lead)
            if place:
                return f"“{place.group(0)}{term.label}…” is another firm registered there"
        elif len(text) > m.end and self._words.get(text[m.start:m.end + 1], 0) >= 2 and \
                self._marker_cat.get(text[m.end]) is None and not self._own_re.match(text, m.end):
            return f"“{text[m.start:m.end + 1]}” is a word of its own"
        own_next = self._own_re.match(text, m.end) is not None
        if not own_next:
            place_word = self._places_re.match(text, m.end)
            if place_word:
                return f"“{term.label}{place_word.group(0)}” names a place or institution"
            # A word starting inside the name and running past it: 蒙牛仔裤 (牛仔裤).
            for i in range(1, len(term.norm)):
                for k in (2, 1):
                    word = text[m.start + i:m.end + k]
                    if len(word) >= 3 and len(word) == len(term.norm) - i + k and \
                            self._words.get(word, 0) >= 50 and all(_is_cjk(c) for c in word) and \
                            self._marker_cat.get(text[m.end:m.end + k]) is None:
                        return f"“{word}” is a word of its own"
        if not term.strong and not own_next and len(after) >= 2 and _is_cjk(after[0]) and \
                self._marker_cat.get(after[0]) is None and not self._own_re.match(text, m.end + 1) \
                and any(after[1:].startswith(w) for w in _FIRM_TAIL):
            return f"“{term.label}{after[0]}” is another firm's name"
        if not term.strong:
            if not own_next:
                other = self._other_re.match(text, m.end)
                if other:
                    return f"“{term.label}{other.group(0)}” is another name"
                for k in (1,):
                    word = text[m.start:m.end + k]
                    if len(word) == len(term.norm) + k and word in self._words and _is_cjk(word[-1]) \
                            and self._marker_cat.get(text[m.end:m.end + k]) is None:
                        return f"“{word}” is a word of its own"
            before = text[m.start - 1] if m.start > 0 else ""
            before2 = text[m.start - 2] if m.start > 1 else ""
            if len(term.norm) == 2 and before in _SURNAMES and not _is_cjk(before2) and \
                    not (after[:1] and self._marker_cat.get(after[:2]) in (_ROLE, _EXEC)):
                return f"“{before}{term.norm}” reads as a personal name"
        # A common word that starts before the name and ends inside it: 中华 in 中华为民.
        for k in (1, 2):
            if m.start - k < 0 or (k == 1 and text[m.start - 1] in _FUNCTION_CHARS):
                break
            for inside in range(1, len(term.norm)):
                word = text[m.start - k:m.start + inside]
                if self._words.get(word, 0) >= 50 and all(_is_cjk(c) for c in word):
                    return f"“{word}” is a word of its own"
        return ""

    def _clause(self, text: str, start: int, end: int) -> tuple[int, int]:
        cs = start
        while cs > 0 and text[cs - 1] not in _CLAUSE_END:
            if text[cs - 1] == "." and (cs < 2 or not text[cs - 2].isalnum() or cs == len(text) or
                                        text[cs] == " "):
                break
            cs -= 1
        ce = end
        while ce < len(text) and text[ce] not in _CLAUSE_END:
            if text[ce] == "." and (ce + 1 == len(text) or text[ce + 1] == " "):
                break
            ce += 1
        return cs, ce

    def _verdict(self, text: str, m: _Mention, field: str) -> _Verdict:
        cs, ce = self._clause(text, m.start, m.end)
        markers = [(mm.start(), mm.end(), self._category(mm.group(0))) for mm in
                   self._marker_re.finditer(text, cs, ce)]
        after = [mk for mk in markers if mk[0] >= m.end and mk[0] - m.end <= _WINDOW_AFTER]
        before = [mk for mk in markers if mk[1] <= m.start and m.start - mk[1] <= _WINDOW_BEFORE]
        name = text[m.start:m.end]
        guard = self._guard(text, cs, ce, m)
        if guard:
            return _Verdict(LinkKind.NONE, m.start, m.end, guard)

        former_at: int | None = None
        for _s, e, cat in before:
            if cat == _FORMER:
                former_at = e
            elif cat == _NOW and former_at is not None:
                former_at = None  # "曾任…现任星河乳业": the current role wins
        prefix = self._former_prefix(text, m.start)
        if prefix is not None:
            former_at = prefix
        former_after = any(cat == _FORMER for _, _, cat in after)
        # A closed span of years in the clause (2015-2019 在华为), or leaving words in the clause after it
        # (在华为干了八年，上个月走了), make any tie a former one.
        span = _YEAR_SPAN_RE.search(text, cs, ce)
        if span or self._left_next(text, ce):
            former_after = True
        span_next_to_name = span is not None and span.end() <= m.start and \
            text[span.end():m.start].strip(" 年在于:：") == ""

        def kind_for(cat: str, marker_start: int) -> LinkKind:
            if former_at is not None or former_after:
                return LinkKind.FORMER
            if cat in (_ROLE, _EXEC) and marker_start > 0 and text[marker_start - 1] in _FORMER_PREFIX_CHARS \
                    and marker_start - 1 >= m.end:
                return LinkKind.FORMER  # 华为前工程师, 星河乳业原副总裁
            if cat in (_ROLE, _EXEC) and re.search(r"(?:^|\s)[前原]", text[m.end:marker_start]):
                return LinkKind.FORMER  # 比亚迪股份有限公司 前研发经理
            return {_EXEC: LinkKind.EXECUTIVE, _PARTNER: LinkKind.PARTNER, _FORMER: LinkKind.FORMER}.get(
                cat, LinkKind.CURRENT)

        # 1. The first marker after the name (華為 人 / 员工 / 粉丝 …).
        if text.startswith("人", m.end) and not m.term.latin and (
                m.end + 1 == len(text) or not _is_cjk(text[m.end + 1]) or text[m.end + 1] in "的"):
            return _Verdict(kind_for(_ROLE, m.end), min(m.start, former_at or m.start), m.end + 1,
                            f"“{name}人” names its people")
        own_end = self._own_run_end(text, m.end)
        # "X的，做压缩机" / "海底捞的": the clause is the name and 的 alone — "I am X's".
        if not m.term.latin and text[own_end:ce].strip() == "的" and text[cs:m.start].strip() in ("", "我是"):
            kind = kind_for(_ROLE, own_end)
            return _Verdict(kind, m.start, own_end + 1, self._why(kind, text[m.start:own_end + 1]))
        # 在比亚迪搬砖, 在海底捞干了五年: 在 + name + a work verb.
        lead = text[max(cs, m.start - 3):m.start]
        if lead.rstrip().endswith("在") or lead.rstrip().endswith("从"):
            verb = _WORK_VERB_RE.match(text, own_end)
            if verb:
                kind = kind_for(_ROLE, own_end)
                vs = m.start - (len(lead) - lead.rstrip().rfind("在" if "在" in lead else "从"))
                return _Verdict(kind, self._start_of_former(text, before, vs, former_at), verb.end(),
                                self._why(kind, text[vs:verb.end()].strip()))
        decisive = [mk for mk in after if mk[2] not in (_NOW, _JOIN, _EMPLOY) and mk[0] >= own_end]
        # A verified reason that starts with the name reads "employer role": the role may be far from it.
        at_reason_start = field == "verified_reason" and text[cs:m.start].strip() in ("", "认证:", "认证：")
        for i, (s, e, cat) in enumerate(after):
            if cat in (_NOW, _JOIN, _EMPLOY) or s < own_end:
                continue  # markers inside the company's own unit names (华为消费者业务) say nothing
            if cat == _NEG and i + 1 < len(after) and after[i + 1][0] - e <= 2 and \
                    after[i + 1][2] in (_ROLE, _EXEC, _PARTNER):
                continue  # 用户增长负责人, 网易新闻 编辑: the word qualifies the job  # 用户运营经理, 会员运营: a customer word qualifying a job is part of the job
            gap = text[own_end:s]
            if not m.term.strong and self._foreign_gap(gap) and not at_reason_start:
                break  # 小米 腾讯工程师: the role belongs to the word in between
            if not m.term.strong and len(self._strip_legal(gap)) > 8 and not at_reason_start:
                break
            if cat == _NEG:
                return _Verdict(LinkKind.NONE, m.start, e, f"“{text[s:e]}” describes a fan, customer or reviewer")
            if cat in (_ROLE, _EXEC) and self._role_elsewhere(text, e, ce):
                return _Verdict(LinkKind.NONE, m.start, e, "the role is at another employer")
            if cat == _ROLE and any(c == _EXEC for _, _, c in decisive):
                s, e, cat = next(mk for mk in decisive if mk[2] == _EXEC)  # 销售事业部 总经理: the title wins
            kind = kind_for(cat, s)
            start = min(m.start, former_at - 1 if former_at is not None and former_at <= m.start else m.start)
            return _Verdict(kind, self._start_of_former(text, before, start, former_at), e,
                            self._why(kind, text[s:e]))

        # 2. The nearest decisive marker before it (就职于 / engineer at / 喜欢 …).
        joined = False
        for s, e, cat in reversed(before):
            if cat == _JOIN:
                if text[e:m.start].strip() == "":
                    joined = True
                    if m.term.latin and text[s:e] in ("at", "@", "for") and not any(
                            c == _NEG for _, _, c in markers):
                        kind = kind_for(_ROLE, s)  # "battery guy at byd", "working @ jd.com"
                        return _Verdict(kind, self._start_of_former(text, before, s, former_at), m.end,
                                        self._why(kind, text[s:m.end]))
                continue
            if cat == _NOW:
                if joined:
                    kind = kind_for(_ROLE, s)  # 目前在比亚迪汽车工程研究院
                    return _Verdict(kind, s, own_end, self._why(kind, text[s:own_end]))
                continue
            if cat == _NEG:
                return _Verdict(LinkKind.NONE, s, m.end, f"“{text[s:e]}” describes a fan, customer or reviewer")
            if cat in (_EMPLOY, _FORMER):
                kind = kind_for(cat, s)
                return _Verdict(kind, s, m.end, self._why(kind, text[s:e]))
            if cat in (_ROLE, _EXEC, _PARTNER) and (joined or m.term.latin and text[e:m.start].strip() == ""):
                kind = kind_for(cat, s)
                start = self._start_of_former(text, before, s, former_at)
                return _Verdict(kind, start, m.end, self._why(kind, text[s:e]))
            break
        if prefix is not None:
            return _Verdict(LinkKind.FORMER, prefix - 1 if text[prefix - 1] in _FORMER_PREFIX_CHARS else
                            self._prefix_start(text, m.start), m.end, "a former-employee prefix")
        clause_starts_here = text[cs:m.start].strip() == "" or span_next_to_name
        no_neg = not any(c == _NEG for _, _, c in markers)
        if span_next_to_name and no_neg:
            return _Verdict(LinkKind.FORMER, span.start() if span else m.start, own_end,
                            "a closed span of years at the company")
        if clause_starts_here and no_neg:
            verb = re.compile(r"\s*(?:干了|待了|做了|干过|待过|呆了)").match(text, own_end)
            unit = _UNIT_RE.search(text, own_end, min(ce, own_end + 14))
            if verb or (unit and field != "screen_name"):
                kind = LinkKind.FORMER if former_after or former_at is not None else LinkKind.CURRENT
                end = verb.end() if verb else unit.end() if unit else own_end
                return _Verdict(kind, m.start, end, self._why(kind, text[own_end:end].strip()))
        if field == "screen_name" and not m.term.strong and m.start == 0 and _PERSON_TAG_RE.match(
                text, own_end) and no_neg:
            return _Verdict(LinkKind.FORMER if former_after or former_at is not None else LinkKind.CURRENT,
                            m.start, own_end, "the account's name pairs the company with a person")
        if former_after and (m.term.strong or field == "verified_reason"):
            return _Verdict(LinkKind.FORMER, m.start, m.end, "names the company with a closed span or leaving")
        if m.term.strong and field in ("verified_reason", "screen_name"):
            if former_after or former_at is not None:
                return _Verdict(LinkKind.FORMER, m.start, m.end, "names the company as a former employer")
            where = "verified employer" if field == "verified_reason" else "the account's name"
            return _Verdict(LinkKind.CURRENT, m.start, m.end, f"the company is the {where}")
        return _Verdict(LinkKind.NONE, m.start, m.end, f"“{name}” is mentioned without an employment tie")

    def _guard(self, text: str, cs: int, ce: int, m: _Mention) -> str:
        """Why the clause cancels any tie (a denial, a wish, an application, a relative), or ''."""
        before = text[max(cs, m.start - 12):m.start]
        if _DENIAL_RE.search(before):
            return "the profile denies working there"
        if _WISH_RE.search(before):
            return "a wish to work there, not a job"
        if _APPLY_RE.search(text, cs, ce) and not _HIRED_RE.search(text, cs, ce):
            return "applying there, not working there"
        if _KIN_RE.search(text, cs, m.start):
            return "a relative or friend works there, not the account's owner"
        return ""

    def _strip_legal(self, gap: str) -> str:
        for w in ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司", " "):
            gap = gap.replace(w, "")
        return gap

    @staticmethod
    def _left_next(text: str, ce: int) -> bool:
        if ce >= len(text):
            return False
        ne = ce + 1
        while ne < len(text) and text[ne] not in _CLAUSE_END:
            ne += 1
        return bool(_LEFT_RE.search(text, ce + 1, ne))

    def _own_run_end(self, text: str, pos: int) -> int:
        """End of the run of the company's own unit words right after a name (消费者业务, 研究院 …)."""
        moved = True
        while moved:
            moved = False
            if pos < len(text) and text[pos] in "(（":
                close = _CLOSE_PAREN_RE.search(text, pos, pos + 10)
                if close:  # 安踏(中国)有限公司, 宁德时代(四川)
                    pos, moved = close.end(), True
                    continue
            unit = self._own_long_re.match(text, pos)
            if unit and unit.end() > pos:
                pos, moved = unit.end(), True
        return pos

    @staticmethod
    def _foreign_gap(gap: str) -> bool:
        """After a weak name and a space, only role modifiers may precede the role (华为 高级工程师)."""
        parts = gap.split()
        if not parts or not gap[:1].isspace():
            return False
        rest = "".join(parts)
        while rest:
            for w in _ROLE_MODIFIERS:
                if rest.startswith(w):
                    rest = rest[len(w):]
                    break
            else:
                return True
        return False

    def _category(self, marker: str) -> str:
        cat = self._marker_cat.get(marker)
        if cat is None:  # only the 首席…官 pattern is not in the table
            return _EXEC
        return cat

    def _role_elsewhere(self, text: str, role_end: int, clause_end: int) -> bool:
        # "Xinghe Zhang, engineer at Tencent": the role is followed by at/@ and another name.
        rest = text[role_end:clause_end]
        m = re.match(r"\s*(?:at|@|of|for|in)\s*(\S+)", rest)
        if not m:
            return False
        nxt = m.group(1)
        return not (self._term_re is not None and self._term_re.match(text, role_end + m.start(1)))\
            and bool(nxt)

    @staticmethod
    def _former_prefix(text: str, start: int) -> int | None:
        """Offset just after a 前/原/ex-/former that sits right before the name, else None."""
        i = start
        while i > 0 and text[i - 1] in " -":
            i -= 1
        if i > 0 and text[i - 1] in _FORMER_PREFIX_CHARS and i == start:
            ch = text[i - 1]
            if i >= 2 and text[i - 2] in _NOT_FORMER_BEFORE[ch]:
                return None
            return start
        for word in ("ex", "former", "formerly"):
            if text[max(0, i - len(word)):i] == word and (i - len(word) == 0 or not text[i - len(word) - 1].isalpha()):
                return start
        return None

    @staticmethod
    def _prefix_start(text: str, start: int) -> int:
        i = start
        while i > 0 and text[i - 1] in " -":
            i -= 1
        while i > 0 and text[i - 1].isalpha() and text[i - 1].isascii():
            i -= 1
        return i

    def _start_of_former(self, text: str, before: list[tuple[int, int, str]], start: int,
                         former_at: int | None) -> int:
        if former_at is None:
            return start
        if former_at <= start and former_at > 0 and text[former_at - 1] in _FORMER_PREFIX_CHARS:
            return min(start, former_at - 1)
        for s, e, cat in before:
            if cat == _FORMER and e == former_at:
                return min(start, s)
        return min(start, self._prefix_start(text, former_at))

    @staticmethod
    def _why(kind: LinkKind, marker: str) -> str:
        return {
            LinkKind.CURRENT: f"works there (“{marker}”)",
            LinkKind.FORMER: f"a former employee (“{marker}”) — still reads as the company's",
            LinkKind.EXECUTIVE: f"an executive (“{marker}”)",
            LinkKind.PARTNER: f"a partner or dealer (“{marker}”)",
            LinkKind.NONE: "",
        }[kind]
