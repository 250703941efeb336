"""The demo's content calendar: style guides, a sensitive-word list, calendar rules and this month's
planned posts — with a gap, a clash and a draft that trips the sensitive-word list, so a new operator
sees at once what the calendar and the composer are for."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.core.errors import MatrixError, ValidationError
from matrix_desktop.core.forwarding.records import OutsideKind
from matrix_desktop.core.publishing import TZ, AccountPlanRules, Column, SensitiveWord
from matrix_desktop.core.publishing.events import EventKind
from matrix_desktop.services.publishing.draws import PrizeDraws
from matrix_desktop.weibo.sandbox import demo

_TZ = ZoneInfo(TZ)

OFFICIAL_GUIDE = """# 星河乳业 官方微博 · 口吻指南

**人设**：牧场里长大的“星河小奶瓶”，温暖、踏实、有一点幽默。

## 称呼与语气
- 称呼粉丝为“星粉”，自称“小星”。
- 多用短句；一条微博不超过一个感叹号。
- 不说“最”“第一”“国家级”等极限词（《广告法》）。

## 栏目
| 栏目 | 频率 | 要点 |
|---|---|---|
| 产品资讯 | 每周 2 条 | 先讲场景，再讲产品；附官网链接 |
| 品牌故事 | 每周 1 条 | 牧场、奶农、质检员的真实故事 |
| 粉丝活动 | 每月 2 次 | 有奖转发写清规则与开奖时间 |

## 时间
- 工作日 8:00–22:00 发布，22:00 以后不发。
- 同一账号两条之间至少间隔 60 分钟。
"""

SUB_GUIDE = """# 星河鲜奶坊 · 口吻指南

- 人设：街角鲜奶铺的店长，清新、亲切。
- 多讲“当日挤奶、当日送达”的新鲜感，少讲价格。
- 每周 1 条产品资讯，配实拍图。
"""

WORDS = (
    SensitiveWord("最低价", "广告法", "极限用语，《广告法》禁止"),
    SensitiveWord("第一品牌", "广告法", "极限用语"),
    SensitiveWord("治愈", "医疗功效", "食品不得宣称疗效"),
    SensitiveWord("增强免疫力", "医疗功效", "普通食品不得宣称保健功能"),
    SensitiveWord("蒙牛", "竞品", "不点名竞品"),
    SensitiveWord("伊利", "竞品", "不点名竞品"),
)


def load_demo_calendar(services: AppServices) -> None:
    """Fill the demo database's calendar once (nothing happens when it already has posts)."""
    pub = services.publishing
    if pub.posts.list():
        return
    services.config.set("weibo.safe_domain", demo.SAFE_DOMAIN, actor=services.actor)
    link = f"https://{demo.SAFE_DOMAIN}"
    official, sub = str(demo.OFFICIAL.uid), str(demo.SUB_BRANDS[0].uid)
    leader = str(demo.LEADERS[0].uid)
    pub.library.save_style_guide(official, OFFICIAL_GUIDE)
    pub.library.save_style_guide(sub, SUB_GUIDE)
    for w in WORDS:
        pub.library.add_word(w.word, w.category, w.note)
    pub.library.put_rules(AccountPlanRules(official, {Column.PRODUCT: 2, Column.BRAND_STORY: 1},
                                           earliest="08:00", latest="22:00", min_gap_minutes=60))
    pub.library.put_rules(AccountPlanRules(sub, {Column.PRODUCT: 1}, latest="21:00", min_gap_minutes=120))
    today = datetime.now(_TZ).date()
    monday = today - timedelta(days=today.weekday())

    def at(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), _TZ)

    plan = [
        # This week: the official account's product column is full, with a clash of two posts too close.
        (official, monday, 10, 0, Column.PRODUCT, f"冬日早餐的那杯热牛奶，小星替你温好了。星河全脂牛奶冬季装上市 {link}/winter"),
        (official, monday + timedelta(days=2), 10, 20, Column.PRODUCT,
         f"星粉们问的高钙版来了：每 100 毫升 120 毫克钙，早餐桌上的好伙伴 {link}/calcium"),
        (official, monday + timedelta(days=2), 10, 50, Column.BRAND_STORY,
         f"凌晨四点的牧场：奶农老赵和他的 86 头奶牛 {link}/story/zhao"),
        (official, monday + timedelta(days=3), 22, 40, Column.FAN_ACTIVITY,
         f"晚安，星粉！转发本条抽 10 位送星河奶卡，周五 12:00 开奖 {link}/draw"),
        # A draft that trips the sensitive-word list (the composer shows why it cannot be approved).
        (official, monday + timedelta(days=4), 11, 0, Column.PRODUCT,
         f"星河酸奶双十二全网最低价，还能增强免疫力！ {link}/sale"),
        (sub, monday + timedelta(days=1), 9, 30, Column.PRODUCT, f"今早六点挤的奶，中午就到你家冰箱 {link}/fresh"),
        (leader, monday + timedelta(days=5), 20, 0, Column.PUBLIC_TOPIC,
         f"和团队聊了聊冬季奶源保障，每一滴都来自自有牧场 {link}/ceo"),
        # Next week: only one product post planned — a gap of the "two product posts a week" rule.
        (official, monday + timedelta(days=8), 10, 0, Column.PRODUCT, f"星河奶酪棒新口味试吃官招募 {link}/cheese"),
    ]
    created = []
    for uid, day, hour, minute, column, text in plan:
        created.append(pub.posts.draft(uid, text, at(day, hour, minute), column).post)
    # Give the month some life: a few approved (scheduled) posts, one submitted for review. Past ones stay
    # as drafts: the worker would publish an approved post whose time has come at once.
    now = datetime.now(_TZ)
    for p in created:
        if p.at > now and "最低价" not in p.text and p.at.hour < 22:
            try:
                pub.posts.approve(p.id)
            except ValidationError:  # a blocking check: it stays a draft, as it would for a person
                continue
    waiting = [p for p in created if pub.posts.get(p.id).state.value == "draft" and "最低价" not in p.text]
    if waiting:
        pub.posts.submit(waiting[-1].id)
    load_demo_campaigns(services, monday, [p.id for p in created])


def load_demo_campaigns(services: AppServices, monday: date, post_ids: list[int]) -> None:
    """Two company events of the month — a launch the Weibo team heard of a month ahead and a promotion it
    heard of four days before — and a prize draw held on the sandbox's 转发抽奖 post among the fans
    who commented on it (synced from the sandbox first, so the draw has real entrants)."""
    pub = services.publishing
    paid = services.forwarding.campaigns
    campaign = paid.add_campaign("双十二 鲜奶节 付费转发", budget_fen=300_000)
    paid.put_outside("1800000001", "美食达人小A", OutsideKind.BIG_V, cost_fen=50_000, followers=820_000)
    paid.record_paid_forward(campaign.id, "1800000001")
    paid.add_gift("1800000001", "星河奶卡礼盒", 20_000, campaign_id=campaign.id)
    promo = pub.events.add("双十二 鲜奶节", EventKind.PROMOTION, monday + timedelta(days=3),
                           monday + timedelta(days=5), learned_on=monday - timedelta(days=1),
                           notes="市场部周四才通知微博组", paid_campaign_id=campaign.id)
    pub.events.add("奶酪棒新品发布", EventKind.LAUNCH, monday + timedelta(days=9), monday + timedelta(days=9),
                   learned_on=monday - timedelta(days=21))
    for post_id in post_ids:
        post = pub.posts.get(post_id)
        if promo.starts_on <= post.at.astimezone(_TZ).date() <= promo.ends_on:
            pub.events.attach_post(post_id, promo.id)
    official = str(demo.OFFICIAL.uid)
    try:
        services.sync.sync([official])
    except (MatrixError, OSError):  # the demo works without its draw; the window syncs again later
        return
    posts = pub.draws.candidate_posts(official)
    lucky = next((p for p in posts if "抽奖" in p[1]), posts[0] if posts else None)
    if lucky is None:
        return
    now = datetime.now(_TZ)
    # The draw was set up (its commitment published) three days ago and closed a minute ago.
    setup = PrizeDraws(services.uow, services.current_actor, clock=lambda: now - timedelta(days=3),
                       seeds=services.credentials.store)
    draw = setup.create("整箱纯牛奶 转发抽奖", lucky[0], now - timedelta(minutes=1), 5, event_id=promo.id)
    pub.draws.run(draw.id)
