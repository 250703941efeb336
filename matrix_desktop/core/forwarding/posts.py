"""What a post is about, read from its text: its #topics# (the kinds a rule may be limited to) and a title."""

from __future__ import annotations

import re
from enum import StrEnum

_TOPIC = re.compile(r"#([^#]{1,30})#")
_BRACKET = re.compile(r"【([^】]{1,40})】")


def post_kinds(text: str) -> frozenset[str]:
    """A post's kinds: its #topics# (the tag or column a rule may be limited to)."""
    return frozenset(t.strip() for t in _TOPIC.findall(text) if t.strip())


def post_title(text: str) -> str:
    """What `{title}` says: a 【headline】, else the first #topic#, else the first clause (≤ 30 characters)."""
    for rx in (_BRACKET, _TOPIC):
        m = rx.search(text)
        if m:
            return m.group(1).strip()
    first = re.split(r"[。！？!?\n：:，,]", re.sub(r"https?://\S+", "", text).strip(), maxsplit=1)[0].strip()
    return first[:30]



class PostKind(StrEnum):
    """What kind of post it is, which decides the register of the forwards (not the #topics# above)."""

    STATEMENT = "statement"  # a statement, clarification, apology or notice: plain and serious
    PRODUCT = "product"  # a product launch or upgrade
    CAMPAIGN = "campaign"  # a prize draw, promotion, vote or sale
    BRAND = "brand"  # a brand story: the farm, the founding idea, a report, an award
    RECRUITMENT = "recruitment"  # jobs, trainees, tasters wanted, new colleagues
    DAILY = "daily"  # everything else: tips, greetings, everyday posts

    @property
    def serious(self) -> bool:
        """A serious post is forwarded without celebration, exclamation or emoticons."""
        return self is PostKind.STATEMENT


# Checked in this order: a statement that mentions a product is still a statement.
_KIND_WORDS: tuple[tuple[PostKind, tuple[str, ...]], ...] = (
    (PostKind.STATEMENT, ("说明", "声明", "澄清", "网传", "辟谣", "谣言", "回应", "致歉", "道歉", "通报", "公告",
                          "食品安全", "召回", "情况通报", "严正")),
    (PostKind.RECRUITMENT, ("招聘", "招募", "校招", "社招", "开放岗位", "招聘岗位", "实习生", "管培生", "加入我们", "新同事",
                            "简历", "内推")),
    (PostKind.CAMPAIGN, ("抽奖", "转发抽", "抽取", "福利", "优惠", "满减", "半价", "折", "预告", "双十一", "618",
                         "投票", "活动", "免费", "限时", "秒杀", "会员日")),
    (PostKind.PRODUCT, ("新品", "上市", "上新", "升级", "发布会", "首发", "新口味", "新店", "开业")),
    (PostKind.BRAND, ("牧场", "初心", "社会责任", "认证", "获得", "荣获", "报告", "品质", "检测", "感谢", "开放日",
                      "牧民", "乡村振兴", "底线")),
)


def post_kind(text: str) -> PostKind:
    """The register a post calls for, read from its words (a statement wins over everything else)."""
    clean = re.sub(r"https?://\S+", "", text)
    for kind, words in _KIND_WORDS:
        if any(w in clean for w in words):
            return kind
    return PostKind.DAILY
