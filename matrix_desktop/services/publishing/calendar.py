"""The content calendar across the matrix or for one account: posts by day, with the gaps of the
accounts' weekly quotas and the clashes of their time rules; exported as CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from matrix_desktop.core.accounts import AccountQuery
from matrix_desktop.core.csvsafe import guard_row
from matrix_desktop.core.ports import UnitOfWorkFactory
from matrix_desktop.core.publishing import COLUMN_NAMES_ZH, TZ, PlannedPost
from matrix_desktop.core.publishing.calendar import (
    Clash,
    Gap,
    find_clashes,
    find_gaps,
    month_weeks,
    span_utc,
    week_of,
)
from matrix_desktop.core.publishing.events import CompanyEvent


@dataclass(frozen=True)
class CalendarView:
    """What a month or week view shows: its weeks of dates, the posts in them, gaps and clashes."""

    weeks: list[list[date]]
    posts: list[PlannedPost]
    gaps: list[Gap]
    clashes: list[Clash]
    names: dict[str, str]
    events: list[CompanyEvent] = field(default_factory=list)

    def events_on(self, day: date) -> list[CompanyEvent]:
        return [e for e in self.events if e.covers(day)]

    def posts_on(self, day: date) -> list[PlannedPost]:
        tz = ZoneInfo(TZ)
        return [p for p in self.posts if p.at.astimezone(tz).date() == day]

    def clashes_of(self, post_id: int) -> list[Clash]:
        return [c for c in self.clashes if c.post_id == post_id]

    def gaps_in(self, week_start: date) -> list[Gap]:
        return [g for g in self.gaps if g.week_start == week_start]


class ContentCalendar:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def span(self, weeks: list[list[date]], account_uid: str = "") -> CalendarView:
        first, last = weeks[0][0], weeks[-1][-1]
        start, end = span_utc(first, last)
        with self._uow.readonly() as uow:
            uids = [account_uid] if account_uid else ()
            posts = uow.publishing.posts(start=start, end=end, account_uids=uids)
            rules = uow.publishing.rules()
            names = {a.uid: a.screen_name for a in uow.accounts.search(_all_accounts())}
            events = uow.publishing.events(first, last)
        if account_uid:
            rules = {k: v for k, v in rules.items() if k == account_uid}
        gaps = find_gaps(posts, rules.values(), [w[0] for w in weeks])
        return CalendarView(weeks, posts, gaps, find_clashes(posts, rules, names), names, events)

    def month(self, year: int, month: int, account_uid: str = "") -> CalendarView:
        return self.span(month_weeks(year, month), account_uid)

    def week(self, day: date, account_uid: str = "") -> CalendarView:
        return self.span([week_of(day)], account_uid)

    def export_csv(self, view: CalendarView) -> str:
        """The view's posts as CSV (UTF-8 with BOM, so Excel reads the Chinese), one row a post."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(("id", "date", "time", "account_uid", "account", "column", "state", "owner", "text", "clashes"))
        tz = ZoneInfo(TZ)
        for p in view.posts:
            local = p.at.astimezone(tz)
            clashes = "; ".join(c.hit.message_zh for c in view.clashes_of(p.id))
            w.writerow(guard_row((p.id, f"{local:%Y-%m-%d}", f"{local:%H:%M}", p.account_uid,
                                  view.names.get(p.account_uid, ""), COLUMN_NAMES_ZH[p.column], p.state.value,
                                  p.owner, p.text, clashes)))
        return "\ufeff" + buf.getvalue()


def _all_accounts() -> AccountQuery:
    return AccountQuery(include_archived=True)
