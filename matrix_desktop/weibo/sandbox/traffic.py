"""Fan traffic: realistic Chinese comments and mentions aimed at the matrix, with a hidden category.

Each event is drawn from its own `random.Random` seeded by (seed value, event number), so the stream
is the same for a seed whatever the timing, threads or restarts in between.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from matrix_desktop.weibo.sandbox.demo import CITIES, PRODUCTS

CATEGORIES = ("complaint", "question", "praise", "crisis", "spam", "other")
_WEIGHTS = (26, 26, 26, 3, 10, 9)  # crises are rare, but the demo should meet one

# comment: on a matrix post; mention: a fan's own post naming a matrix account;
# comment_mention: a comment on a fan post naming a matrix account; reply: a reply to a comment
# on a matrix post.
KINDS = ("comment", "mention", "comment_mention", "reply")
_KIND_WEIGHTS = (60, 18, 10, 12)

_TEXTS: dict[str, tuple[str, ...]] = {
    "complaint": (
        "买的{p}还没到保质期就胀包了，{cs}，太失望了{e1}",
        "{p}味道发酸，和以前完全不一样，{cs}",
        "快递送到的时候{p}漏了一箱，申请退款{cs}",
        "网店买了两箱{p}少了四盒，{cs}{e1}",
        "{p}价格比超市贵了快一倍，还天天说回馈粉丝？",
        "在{c}的超市买的{p}生产日期是三个月前的，这叫新鲜？",
        "奶卡兑换了半个月都没发货，{cs}",
        "{p}换包装以后盖子特别难拧，老人根本打不开",
    ),
    "question": (
        "请问{p}孕妇可以喝吗？",
        "{p}在{c}哪里能买到呀？",
        "{p}开封以后能放多久？",
        "会员积分怎么兑换奶卡？找了半天没找到入口",
        "乳糖不耐受能喝{p}吗？",
        "抽奖什么时候开奖呀？",
        "宝宝一岁半可以喝{p}吗？求回复",
        "{p}和普通纯牛奶有什么区别？",
        "请问有没有无糖的酸奶？",
    ),
    "praise": (
        "{p}真的好喝！孩子每天都要喝一盒{e2}",
        "支持国货，星河yyds{e2}",
        "包装好看，味道也很浓，回购第三次了",
        "喝了一年{p}了，品质一直很稳定{e2}",
        "新口味绝了，已经推荐给同事",
        "客服小姐姐态度超好，问题当天就解决了，点赞",
        "去过牧场参观，真的很干净，放心{e2}",
    ),
    "crisis": (
        "{p}喝出异物了！！！瓶底有黑色的东西，已经拍照留证{e1}",
        "孩子喝了{p}之后拉肚子，送医院了，批次{b}，你们必须给个说法！",
        "听说星河要被媒体曝光了？到底有没有问题，给个准话",
        "准备向315投诉，{p}质量问题一直不解决",
        "喝完{p}上吐下泻，已经联系记者了",
        "{c}好几个人喝了{p}都拉肚子，是不是批次{b}有问题？",
        "{p}里有一根头发！！这就是你们说的32道检测？{e1}",
    ),
    "spam": (
        "加V信 xh{n} 领取免费试用装",
        "低价代购各种进口奶粉，私信我",
        "互粉互赞，回关必回{e2}",
        "兼职刷单日赚300，详情看主页",
        "点击领取红包 http://t.cn/A{n}",
        "专业涨粉，一万粉只要99，私聊",
    ),
    "other": (
        "沙发！",
        "来看看{e2}",
        "哈哈哈哈哈",
        "今天{c}下雨了",
        "转发抽奖能中吗，从来没中过",
        "路过",
        "小编辛苦了",
        "打卡第{n}天",
    ),
}
_CS = ("客服电话一直打不通", "客服三天了都没人回复", "客服只会说抱歉", "问了客服就让我等", "客服态度很差")
_E1 = ("[怒]", "[泪]", "[抓狂]", "[衰]", "😡", "")
_E2 = ("[赞]", "[心]", "[哈哈]", "👍", "❤️", "")


@dataclass(frozen=True)
class TrafficEvent:
    """One event before it lands in the store: who writes what, where, and its hidden category."""

    number: int
    kind: str
    category: str
    text: str
    fan_pick: float  # 0..1: which fan writes (the store maps it onto its fan list)
    target_pick: float  # 0..1: which recent post / comment / account it aims at


def draw_event(seed_value: int, number: int, category: str | None = None) -> TrafficEvent:
    """Event `number` of the stream for `seed_value`; the same inputs always give the same event.

    With `category` the event is of that category (a crisis burst for tests and demos); the draws are
    the same either way, so the rest of the stream does not shift."""
    rng = random.Random(f"traffic:{seed_value}:{number}")
    kind = rng.choices(KINDS, _KIND_WEIGHTS)[0]
    drawn = rng.choices(CATEGORIES, _WEIGHTS)[0]
    category = category if category in _TEXTS else drawn
    template = rng.choice(_TEXTS[category])
    text = template.format(
        p=rng.choice(PRODUCTS), c=rng.choice(CITIES).split()[0], cs=rng.choice(_CS), e1=rng.choice(_E1),
        e2=rng.choice(_E2), b=f"XH{rng.randint(20250101, 20251231)}{rng.randint(1, 9)}",
        n=rng.randint(10, 9999),
    )
    return TrafficEvent(number, kind, category, text, rng.random(), rng.random())
