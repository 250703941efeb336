"""Company events (campaigns: a launch, a promotion, an offline activity) on the content calendar, with
the day the Weibo team learned of them, so the lead time shows (the seeds: the Weibo team is told last)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

#: Fewer days than this between learning of an event and its start is too short to plan content for it.
SHORT_LEAD_DAYS = 7


class EventKind(StrEnum):
    LAUNCH = "launch"  # 新品发布
    PROMOTION = "promotion"  # 促销
    OFFLINE = "offline"  # 线下活动
    OTHER = "other"


EVENT_KIND_ZH = {EventKind.LAUNCH: "新品发布", EventKind.PROMOTION: "促销", EventKind.OFFLINE: "线下活动",
                 EventKind.OTHER: "其他"}


def parse_event_kind(value: str) -> EventKind:
    v = value.strip()
    for k in EventKind:
        if v in (k.value, EVENT_KIND_ZH[k]):
            return k
    raise ValueError(f"unknown event kind {value!r}; one of " + ", ".join(
        f"{k.value} ({EVENT_KIND_ZH[k]})" for k in EventKind))


@dataclass(frozen=True)
class CompanyEvent:
    """An event the content plans around. `learned_on` is when the Weibo team heard of it; `paid_campaign_id`
    links the paid-forwarding campaign (budget, outside accounts, gifts) that supports it."""

    id: int
    name: str
    kind: EventKind
    starts_on: date
    ends_on: date
    learned_on: date
    notes: str = ""
    paid_campaign_id: int | None = None
    created_by: str = ""

    @property
    def lead_days(self) -> int:
        """Days between learning of the event and its start (negative: learned after it began)."""
        return (self.starts_on - self.learned_on).days

    @property
    def short_lead(self) -> bool:
        return self.lead_days < SHORT_LEAD_DAYS

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on

    def lead_text(self, lang: str) -> str:
        n = self.lead_days
        if lang.startswith("zh"):
            if n < 0:
                return f"活动开始 {-n} 天后微博团队才得知"
            return f"提前 {n} 天得知" + ("（太晚，不足以排期）" if self.short_lead else "")
        if n < 0:
            return f"the Weibo team learned of it {-n} day(s) after it began"
        return f"learned {n} day(s) ahead" + (" (too late to plan well)" if self.short_lead else "")


def check_event_dates(starts_on: date, ends_on: date, learned_on: date) -> list[str]:
    problems = []
    if ends_on < starts_on:
        problems.append(f"the event ends ({ends_on}) before it starts ({starts_on})")
    if learned_on > ends_on:
        problems.append(f"the team cannot have learned of it ({learned_on}) after it ended ({ends_on})")
    return problems
