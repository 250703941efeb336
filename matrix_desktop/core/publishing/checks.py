"""The composer's checks: pure functions over a draft's text (and, for scheduling, the calendar around
it). Each hit says in words what is wrong and why; a `block` hit stops approval, a `warn` asks a person
to look. The platform facts behind them are in docs/research (statuses/share: a link to the app's safe
domain in every text, the platform's length count, repeated and sensitive content rejected)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from matrix_desktop.core.inbox.text import canonical
from matrix_desktop.core.inbox.tone import ToneLevel, check_tone
from matrix_desktop.core.publishing.records import (
    LIVE_STATES,
    TZ,
    AccountPlanRules,
    PlannedPost,
    SensitiveWord,
)
from matrix_desktop.core.textlen import WEIBO_LIMIT_UNITS, weibo_length, weibo_units

Level = ToneLevel

_URL = re.compile(r"https?://[^\s\u3000<>\"'，。！？、；：）（]+", re.IGNORECASE)
_TOPIC = re.compile(r"#[^#\s]{1,40}#")


@dataclass(frozen=True)
class Hit:
    """One finding of the composer; `span` is (start, end) in the checked text when it points at words."""

    code: str
    level: Level
    message_zh: str
    message_en: str
    span: tuple[int, int] | None = None

    @property
    def blocking(self) -> bool:
        return self.level is Level.BLOCK

    def message(self, lang: str) -> str:
        return self.message_zh if lang.startswith("zh") else self.message_en


def blocking(hits: Iterable[Hit]) -> list[Hit]:
    return [h for h in hits if h.blocking]


# -- the text ------------------------------------------------------------------------------------------


def check_length(text: str, limit_units: int = WEIBO_LIMIT_UNITS) -> list[Hit]:
    """Too long as the platform counts (a Chinese character is one, two Latin letters or digits are one)."""
    units = weibo_units(text)
    if units <= limit_units:
        return []
    over = (units - limit_units + 1) // 2
    return [Hit("length", Level.BLOCK,
                f"共 {weibo_length(text)} 字，超出微博上限 {limit_units // 2} 字 {over} 字（按平台计数：汉字计 1，"
                "两个英文字母或数字计 1）。",
                f"{weibo_length(text)} characters as Weibo counts them: {over} over the limit of "
                f"{limit_units // 2} (a Chinese character counts 1, two Latin letters or digits count 1).")]


def links(text: str) -> list[tuple[str, int, int]]:
    """Every http(s) link in `text` with its span."""
    return [(m.group(0), m.start(), m.end()) for m in _URL.finditer(text)]


def on_domain(url: str, domain: str) -> bool:
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    d = domain.lower().strip().rstrip(".")
    return bool(d) and (host == d or host.endswith("." + d))


def check_safe_link(text: str, safe_domain: str) -> list[Hit]:
    """`statuses/share` takes only texts with a link to the app's safe domain (安全域名); 10017 otherwise."""
    domain = safe_domain.strip()
    if not domain:
        return [Hit("no_safe_domain", Level.BLOCK,
                    "尚未设置应用的安全域名：statuses/share 要求正文带有安全域名下的链接。请在设置 weibo.safe_domain 中填写。",
                    "The app's safe domain is not set: statuses/share needs a link on it in every text. "
                    "Set weibo.safe_domain.")]
    found = links(text)
    if any(on_domain(url, domain) for url, _, _ in found):
        return []
    if found:
        url, start, end = found[0]
        return [Hit("safe_link", Level.BLOCK,
                    f"链接 {url} 不在应用的安全域名 {domain} 下；平台只发布带安全域名链接的内容（错误 10017）。",
                    f"The link {url} is not on the app's safe domain {domain}; the platform publishes only texts "
                    "with a safe-domain link (error 10017).", (start, end))]
    return [Hit("safe_link", Level.BLOCK,
                f"正文没有链接：statuses/share 要求至少一个安全域名 {domain} 下的链接（否则平台返回 10017）。",
                f"No link in the text: statuses/share needs at least one link on the safe domain {domain} "
                "(the platform answers 10017 otherwise).")]


def check_topics(text: str) -> list[Hit]:
    """The share documentation says a text carries no #话题#; one observer saw them stripped."""
    m = _TOPIC.search(text)
    if m is None:
        return []
    return [Hit("topic", Level.WARN,
                f"话题 {m.group(0)}：statuses/share 文档规定正文不带 #话题#，平台可能将其去掉。",
                f"The topic {m.group(0)}: the statuses/share documentation says texts carry no #topic#; the "
                "platform may strip it.", (m.start(), m.end()))]


def _find(haystack: str, needle: str) -> Iterable[int]:
    start = haystack.find(needle)
    while start >= 0:
        yield start
        start = haystack.find(needle, start + 1)


def check_sensitive(text: str, words: Sequence[SensitiveWord]) -> list[Hit]:
    """Words of the company's list, found in simplified, lower-case, full-width-folded text."""
    canon = canonical(text)
    same_length = len(canon) == len(text)
    hits: list[Hit] = []
    for w in words:
        needle = canonical(w.word)
        if not needle:
            continue
        for at in _find(canon, needle):
            cat_zh = f"（{w.category}）" if w.category else ""
            cat_en = f" ({w.category})" if w.category else ""
            note_zh = f"：{w.note}" if w.note else ""
            note_en = f": {w.note}" if w.note else ""
            hits.append(Hit("sensitive", Level.BLOCK,
                            f"含有公司敏感词「{w.word}」{cat_zh}{note_zh}。平台也会拒发敏感内容（错误 20021）。",
                            f"A word on the company's sensitive list, \"{w.word}\"{cat_en}{note_en}. The platform "
                            "also rejects sensitive content (error 20021).",
                            (at, at + len(needle)) if same_length else None))
            break  # one hit per word says enough
    return hits


def check_relevance(text: str, business_keywords: Sequence[str], brand_names: Sequence[str] = ()) -> list[Hit]:
    """A post of a company account should be about the company: one of its business keywords or names."""
    wanted = [k for k in (*business_keywords, *brand_names) if k.strip()]
    if not wanted:
        return []
    canon = canonical(text)
    if any(canonical(k) in canon for k in wanted):
        return []
    sample = "、".join(business_keywords[:5]) or "、".join(brand_names[:5])
    return [Hit("relevance", Level.WARN,
                f"正文没有提到公司的业务关键词（如 {sample}）：这条内容和公司有关吗？",
                f"The text names none of the company's business keywords (such as {sample}): is it about the "
                "company?")]


def tone_hits(text: str) -> list[Hit]:
    """The inbox's tone guard (rough language, political stance, absolute claims) for a post."""
    return [Hit(f"tone.{i.code}", i.level, i.message_zh, i.message_en, i.span) for i in check_tone(text)]


def check_text(text: str, *, safe_domain: str, words: Sequence[SensitiveWord] = (),
               business_keywords: Sequence[str] = (), brand_names: Sequence[str] = ()) -> list[Hit]:
    """Every check of a draft's text, blocking hits first."""
    hits = [*check_length(text), *check_safe_link(text, safe_domain), *check_sensitive(text, words),
            *tone_hits(text), *check_topics(text), *check_relevance(text, business_keywords, brand_names)]
    return sorted(hits, key=lambda h: not h.blocking)


# -- the calendar around it --------------------------------------------------------------------------


def _same_text(a: str, b: str) -> bool:
    """The same post in other words' clothing: equal once links, spaces and punctuation case are set aside."""
    def norm(t: str) -> str:
        return "".join(canonical(_URL.sub("", t)).split())
    return norm(a) == norm(b) and bool(norm(a))


def _hhmm(value: str) -> tuple[int, int] | None:
    if not value:
        return None
    h, m = value.split(":")
    return int(h), int(m)


def outside_hours(at: datetime, rules: AccountPlanRules) -> str:
    """The bound a time breaks ("22:00" for "nothing after 22:00"), or ""."""
    local = at.astimezone(ZoneInfo(TZ))
    minutes = local.hour * 60 + local.minute
    earliest, latest = _hhmm(rules.earliest), _hhmm(rules.latest)
    if latest is not None and minutes > latest[0] * 60 + latest[1]:
        return rules.latest
    if earliest is not None and minutes < earliest[0] * 60 + earliest[1]:
        return rules.earliest
    return ""


def check_schedule(post: PlannedPost, others: Iterable[PlannedPost], rules: AccountPlanRules | None,
                   names: dict[str, str] | None = None) -> list[Hit]:
    """What the calendar says about `post` at its time: outside the account's hours, too close to another
    post of the same account, over the day's limit, or the same text as another account's post (the
    "zombie matrix" the seeds warn about; the platform also rejects a repeat on one account, 20019)."""
    names = names or {}
    r = rules or AccountPlanRules(post.account_uid)
    hits: list[Hit] = []
    local = post.at.astimezone(ZoneInfo(TZ))
    bound = outside_hours(post.at, r)
    if bound:
        after = bound == r.latest
        hits.append(Hit("hours", Level.WARN,
                        f"{local:%H:%M} 在本账号的发布时段之外（{'不晚于' if after else '不早于'} {bound}）。",
                        f"{local:%H:%M} is outside this account's posting hours ({'nothing after' if after else 'nothing before'} "
                        f"{bound})."))
    live = [o for o in others if o.id != post.id and o.state in LIVE_STATES]
    mine = [o for o in live if o.account_uid == post.account_uid]
    gap = timedelta(minutes=r.min_gap_minutes)
    for o in mine:
        if r.min_gap_minutes and abs(o.at - post.at) < gap:
            when = o.at.astimezone(ZoneInfo(TZ))
            minutes = int(abs(o.at - post.at).total_seconds() // 60)
            hits.append(Hit("too_close", Level.WARN,
                            f"与本账号 {when:%m-%d %H:%M} 的帖子 #{o.id} 只隔 {minutes} 分钟（至少 {r.min_gap_minutes} 分钟）。",
                            f"Only {minutes} min from this account's post #{o.id} at {when:%m-%d %H:%M} (at least "
                            f"{r.min_gap_minutes} min)."))
            break
    if r.daily_max:
        same_day = [o for o in mine if o.at.astimezone(ZoneInfo(TZ)).date() == local.date()]
        if len(same_day) + 1 > r.daily_max:
            hits.append(Hit("daily_max", Level.WARN,
                            f"{local:%m-%d} 已排 {len(same_day)} 条，超过本账号每日 {r.daily_max} 条的上限。",
                            f"{len(same_day)} posts already on {local:%m-%d}: over this account's {r.daily_max} a day."))
    for o in live:
        if _same_text(o.text, post.text):
            who = names.get(o.account_uid, o.account_uid)
            if o.account_uid == post.account_uid:
                hits.append(Hit("repeat", Level.BLOCK,
                                f"与本账号的帖子 #{o.id} 内容相同：平台拒发重复内容（错误 20019）。",
                                f"The same text as this account's post #{o.id}: the platform rejects repeats "
                                "(error 20019)."))
            else:
                hits.append(Hit("same_text", Level.BLOCK,
                                f"与 {who} 的帖子 #{o.id} 内容相同：矩阵账号发同样的话像“僵尸矩阵”，请用本账号的口吻改写。",
                                f"The same text as {who}'s post #{o.id}: matrix accounts saying the same words look like "
                                "a zombie matrix; rewrite it in this account's voice."))
            break
    return hits
