"""The numbers behind the analytics charts, each computed in one read over a period.

Interactive fans count comments, mentions and the fans we replied to. Reposts are not synced as
separate rows (only each post's repost count is), so a fan who only reposts is not counted yet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from matrix_desktop.core.accounts import Account, AccountQuery
from matrix_desktop.core.insight.ratio import FanRatio, ratios_from_counts
from matrix_desktop.core.insight.records import ComplaintResponse, ComplaintTally, FollowerPoint, PostStat
from matrix_desktop.core.ports import UnitOfWorkFactory

#: Buckets of hours to the first answer of a complaint, for the response-time chart.
RESPONSE_BUCKETS: tuple[tuple[str, float], ...] = (("<1h", 1), ("1-2h", 2), ("2-4h", 4), ("4-8h", 8),
                                                    ("8-24h", 24), (">24h", float("inf")))
UNANSWERED = "unanswered"


@dataclass(frozen=True)
class AccountPosts:
    uid: str
    name: str
    posts: int
    interactions: int

    @property
    def per_post(self) -> float:
        return self.interactions / self.posts if self.posts else 0.0


@dataclass(frozen=True)
class ResponseTimes:
    """Complaints of a period by hours to first answer, against the SLA deadline each one had."""

    buckets: list[tuple[str, int]]
    within_sla: int
    late: int
    unanswered: int
    median_hours: float | None

    @property
    def total(self) -> int:
        return self.within_sla + self.late + self.unanswered


@dataclass
class AnalyticsReport:
    """Everything the analytics area charts for one period."""

    start: datetime
    end: datetime
    accounts: list[Account]
    followers: dict[str, list[FollowerPoint]] = field(default_factory=dict)
    matrix_followers: list[tuple[datetime, int]] = field(default_factory=list)
    by_account: list[FanRatio] = field(default_factory=list)
    by_role: list[FanRatio] = field(default_factory=list)
    per_post: list[AccountPosts] = field(default_factory=list)
    best_hours: list[tuple[int, int, float]] = field(default_factory=list)  # hour, posts, mean interactions
    responses: ResponseTimes | None = None


def matrix_series(points: list[FollowerPoint]) -> list[tuple[datetime, int]]:
    """The matrix's followers over time: at each snapshot, the sum of every account's latest count."""
    latest: dict[str, int] = {}
    out: list[tuple[datetime, int]] = []
    total = 0
    for p in sorted(points, key=lambda p: p.taken_at):
        total += p.followers_count - latest.get(p.account_uid, 0)  # a running sum: one step per point
        latest[p.account_uid] = p.followers_count
        if out and out[-1][0] == p.taken_at:
            out[-1] = (p.taken_at, total)
        else:
            out.append((p.taken_at, total))
    return out


def interactions_per_post(posts: list[PostStat], accounts: list[Account]) -> list[AccountPosts]:
    by: dict[str, list[PostStat]] = defaultdict(list)
    for p in posts:
        by[p.account_uid].append(p)
    return [AccountPosts(a.uid, a.screen_name, len(by[a.uid]), sum(p.interactions for p in by[a.uid]))
            for a in accounts if by.get(a.uid)]


def best_hours(posts: list[PostStat], tz: Callable[[datetime], datetime] = lambda d: d.astimezone()
               ) -> list[tuple[int, int, float]]:
    """For each hour of the day (local time): posts published then and their mean interactions."""
    by: dict[int, list[int]] = defaultdict(list)
    for p in posts:
        by[tz(p.created_at).hour].append(p.interactions)
    return [(h, len(by[h]), sum(by[h]) / len(by[h]) if by[h] else 0.0) for h in range(24)]


def response_times(items: list[ComplaintResponse]) -> ResponseTimes:
    counts = dict.fromkeys([b for b, _ in RESPONSE_BUCKETS] + [UNANSWERED], 0)
    within = late = unanswered = 0
    hours: list[float] = []
    for c in items:
        if c.first_response_at is None:
            counts[UNANSWERED] += 1
            unanswered += 1
            continue
        h = (c.first_response_at - c.created_at).total_seconds() / 3600
        hours.append(h)
        counts[next(b for b, limit in RESPONSE_BUCKETS if h < limit)] += 1
        if c.due_at is None or c.first_response_at <= c.due_at:
            within += 1
        else:
            late += 1
    hours.sort()
    median = hours[len(hours) // 2] if hours else None
    return ResponseTimes(list(counts.items()), within, late, unanswered, median)


def response_times_from_tally(t: ComplaintTally) -> ResponseTimes:
    """`response_times` from the database's counts (the same numbers, without the rows)."""
    buckets = [(b, n) for (b, _), n in zip(RESPONSE_BUCKETS, t.buckets, strict=True)] + [(UNANSWERED, t.unanswered)]
    median = t.median_seconds / 3600 if t.median_seconds is not None else None
    return ResponseTimes(buckets, t.within_sla, t.late, t.unanswered, median)


class Analytics:
    """Reads a period's numbers for the charts and the monthly report."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Callable[[], datetime]) -> None:
        self._uow = uow
        self.now = clock

    def period(self, days: int) -> tuple[datetime, datetime]:
        end = self.now()
        return end - timedelta(days=days), end

    def report(self, start: datetime, end: datetime) -> AnalyticsReport:
        """Every chart's data for [start, end), in one read-only unit of work."""
        with self._uow.readonly() as uow:
            accounts = uow.accounts.search(AccountQuery())
            points = uow.insight.snapshots(start, end)
            fans = uow.insight.fan_counts(start, end)
            posts = uow.insight.post_stats(start, end)
            complaints = uow.insight.complaint_tally(start, end, [limit for _, limit in RESPONSE_BUCKETS])
        rep = AnalyticsReport(start, end, accounts)
        for p in points:
            rep.followers.setdefault(p.account_uid, []).append(p)
        rep.matrix_followers = matrix_series(points)
        rep.by_account, rep.by_role = ratios_from_counts(fans, accounts)
        rep.per_post = interactions_per_post(posts, accounts)
        rep.best_hours = best_hours(posts)
        rep.responses = response_times_from_tally(complaints)
        return rep

    def fan_ratios(self, start: datetime, end: datetime) -> tuple[list[FanRatio], list[FanRatio]]:
        """The interactive-fan ratio per account and per role (with the matrix last) for a period."""
        with self._uow.readonly() as uow:
            accounts = uow.accounts.search(AccountQuery())
            fans = uow.insight.fan_counts(start, end)
        return ratios_from_counts(fans, accounts)
