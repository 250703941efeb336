"""The calendar's arithmetic: month and week grids in Beijing time, and the gaps and clashes of each
account's quantity and time rules over a span."""

from __future__ import annotations

import calendar as _cal
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from matrix_desktop.core.publishing.checks import Hit, check_schedule
from matrix_desktop.core.publishing.records import (
    COLUMN_NAMES_ZH,
    LIVE_STATES,
    TZ,
    AccountPlanRules,
    Column,
    PlannedPost,
)


def month_weeks(year: int, month: int) -> list[list[date]]:
    """The weeks (Monday first) that show the month, each seven dates; days of the months around included."""
    return [list(week) for week in _cal.Calendar(firstweekday=0).monthdatescalendar(year, month)]


def week_of(day: date) -> list[date]:
    monday = day - timedelta(days=day.weekday())
    return [monday + timedelta(days=n) for n in range(7)]


def span_utc(first: date, last: date) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the Beijing days from `first` to `last` inclusive."""
    tz = ZoneInfo(TZ)
    return (datetime.combine(first, time(0), tz), datetime.combine(last + timedelta(days=1), time(0), tz))


def local_day(at: datetime) -> date:
    return at.astimezone(ZoneInfo(TZ)).date()


@dataclass(frozen=True)
class Gap:
    """A week in which an account has fewer posts of a column than its rule wants."""

    account_uid: str
    week_start: date
    column: Column
    have: int
    want: int

    def message(self, lang: str, name: str = "") -> str:
        who = name or self.account_uid
        if lang.startswith("zh"):
            return (f"{who}：{self.week_start:%m-%d} 这周{COLUMN_NAMES_ZH[self.column]}只有 {self.have} 条，"
                    f"规则要求 {self.want} 条。")
        return (f"{who}: {self.have} {self.column.value} post(s) in the week of {self.week_start:%m-%d}; the rule "
                f"wants {self.want}.")


@dataclass(frozen=True)
class Clash:
    """A post that breaks a rule at its time (hours, spacing, daily limit, the same text elsewhere)."""

    post_id: int
    account_uid: str
    day: date
    hit: Hit


def find_gaps(posts: Iterable[PlannedPost], rules: Iterable[AccountPlanRules], weeks: Sequence[date],
              today: date | None = None) -> list[Gap]:
    """Gaps of each account's weekly quotas in the weeks starting on `weeks` (Mondays). Weeks already over
    before `today` are still shown: a missed quota is worth seeing on the month view."""
    counts: dict[tuple[str, date, Column], int] = {}
    for p in posts:
        if p.state not in LIVE_STATES:
            continue
        d = local_day(p.at)
        key = (p.account_uid, d - timedelta(days=d.weekday()), p.column)
        counts[key] = counts.get(key, 0) + 1
    gaps: list[Gap] = []
    for r in rules:
        for monday in weeks:
            for column, want in r.weekly.items():
                have = counts.get((r.account_uid, monday, column), 0)
                if want > 0 and have < want:
                    gaps.append(Gap(r.account_uid, monday, column, have, want))
    return gaps


def find_clashes(posts: Sequence[PlannedPost], rules: dict[str, AccountPlanRules],
                 names: dict[str, str] | None = None) -> list[Clash]:
    """Every rule a live post breaks on the calendar, in time order."""
    live = sorted((p for p in posts if p.state in LIVE_STATES), key=lambda p: (p.at, p.id))
    out: list[Clash] = []
    for p in live:
        earlier = [o for o in live if (o.at, o.id) < (p.at, p.id)]
        # Each pair is reported once, on the later post; the hours rule needs no partner.
        for hit in check_schedule(p, earlier, rules.get(p.account_uid), names):
            out.append(Clash(p.id, p.account_uid, local_day(p.at), hit))
    return out
