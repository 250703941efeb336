"""The monthly report's contents: one calendar month (local time) of the matrix, read in one go.

Figures (followers at the start and end, the interactive-fan ratio, posts and interactions), the
analytics charts' numbers for the month, its top posts, its crises and how each was handled, the SLA
of its complaints, keyword alerts, employee verification flags and the paid-forwarding campaigns.
The service returns plain data; the PDF is laid out by the UI layer (Qt), the only one that draws.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.forwarding.records import CampaignSummary
from matrix_desktop.core.insight.ratio import MATRIX_KEY, FanRatio
from matrix_desktop.core.insight.records import CrisisCase, FlagMonth, KeywordAlertView, TopPost
from matrix_desktop.core.ports import UnitOfWorkFactory
from matrix_desktop.services.forwarding.campaigns import Campaigns
from matrix_desktop.services.insight.analytics import Analytics, AnalyticsReport

TOP_POSTS = 10
CRISES = 30
FLAGS = 10
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def parse_month(text: str) -> tuple[int, int]:
    """"2026-11" → (2026, 11); anything else is a clear error."""
    m = _MONTH.fullmatch(text.strip())
    if m is None or not 1 <= int(m.group(2)) <= 12 or not 2000 <= int(m.group(1)) <= 2100:
        raise ValidationError(f"month {text!r} is not YYYY-MM (e.g. 2026-11)")
    return int(m.group(1)), int(m.group(2))


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """[first day 00:00, next month's first day 00:00) in local time, as aware datetimes."""
    start = datetime(year, month, 1).astimezone()
    end = datetime(year + month // 12, month % 12 + 1, 1).astimezone()
    return start, end


@dataclass
class MonthlyReport:
    """Everything the monthly report prints."""

    year: int
    month: int
    start: datetime
    end: datetime
    generated_at: datetime
    company_name: str
    analytics: AnalyticsReport
    followers_start: int | None
    followers_end: int | None
    posts: int
    post_interactions: int
    fan_interactions: int
    top_posts: list[TopPost] = field(default_factory=list)
    crises: list[CrisisCase] = field(default_factory=list)
    crises_total: int = 0
    alerts: list[KeywordAlertView] = field(default_factory=list)
    flags: FlagMonth = field(default_factory=lambda: FlagMonth(0, 0, 0))
    campaigns: list[CampaignSummary] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def matrix_ratio(self) -> FanRatio | None:
        return next((r for r in self.analytics.by_role if r.key == MATRIX_KEY), None)

    @property
    def has_data(self) -> bool:
        return bool(self.posts or self.fan_interactions or self.analytics.matrix_followers or self.crises_total)


def campaigns_in(campaigns: Campaigns) -> Callable[[datetime, datetime], list[CampaignSummary]]:
    """The campaigns a month's report lists: set up in the month, or with a paid forward in it. Their
    spend and reach are to date (a campaign's budget is not split by month)."""

    def of_month(start: datetime, end: datetime) -> list[CampaignSummary]:
        out: list[CampaignSummary] = []
        for c in campaigns.campaigns():
            made = c.created_at is not None and start <= c.created_at < end
            if made or any(start <= f.at < end for f in campaigns.campaign_forwards(c.id)):
                out.append(campaigns.campaign_summary(c.id))
        return sorted(out, key=lambda s: s.campaign.id)

    return of_month


class MonthlyReports:
    """Reads one month for the report. `campaign_summaries` gives every paid campaign's spend and reach."""

    def __init__(self, uow: UnitOfWorkFactory, analytics: Analytics, clock: Callable[[], datetime],
                 campaign_summaries: Callable[[datetime, datetime], list[CampaignSummary]] | None = None) -> None:
        self._uow = uow
        self._analytics = analytics
        self._campaigns = campaign_summaries
        self.now = clock

    def report(self, month: str) -> MonthlyReport:
        year, mon = parse_month(month)
        start, end = month_bounds(year, mon)
        if start > self.now():
            raise ValidationError(f"month {month} has not begun yet")
        charts = self._analytics.report(start, end)
        with self._uow.readonly() as uow:
            company = uow.company.get()
            top = uow.insight.top_posts(start, end, TOP_POSTS)
            crises, crises_total = uow.insight.crisis_cases(start, end, CRISES)
            flags = uow.insight.flag_month(start, end, FLAGS)
            fan_interactions = uow.insight.interaction_count(start, end)
            alerts = [a for a in uow.insight.alerts(since=start, limit=500) if a.raised_at < end]
        series = charts.matrix_followers
        posts = sum(a.posts for a in charts.per_post)
        return MonthlyReport(
            year, mon, start, end, self.now(), company.legal_name, charts,
            series[0][1] if series else None, series[-1][1] if series else None,
            posts, sum(a.interactions for a in charts.per_post), fan_interactions, top, crises, crises_total,
            sorted(alerts, key=lambda a: a.raised_at), flags,
            self._campaigns(start, end) if self._campaigns is not None else [])
