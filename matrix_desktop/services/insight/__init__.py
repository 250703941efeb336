"""Insight, one service per job: `snapshots` (follower history at each sync), `analytics` (the charts'
numbers), `today` (the home page), `keywords` (watch lists and spike alerts), `audits` (page setup and
following lists), `monthly` (the monthly report's contents)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory
from matrix_desktop.services.forwarding.campaigns import Campaigns
from matrix_desktop.services.insight.analytics import Analytics
from matrix_desktop.services.insight.audits import SetupAudits
from matrix_desktop.services.insight.keywords import KeywordMonitor
from matrix_desktop.services.insight.monthly import MonthlyReports, campaigns_in
from matrix_desktop.services.insight.snapshots import FollowerSnapshots
from matrix_desktop.services.insight.today import TodayService


@dataclass
class Insight:
    """The insight services, built together on one unit-of-work factory and clock."""

    snapshots: FollowerSnapshots
    analytics: Analytics
    today: TodayService
    keywords: KeywordMonitor
    audits: SetupAudits
    monthly: MonthlyReports

    @classmethod
    def build(cls, uow: UnitOfWorkFactory, actor: ActorProvider, expiry_warning_days: Callable[[], int] = lambda: 7,
              clock: Callable[[], datetime] = lambda: datetime.now(UTC), campaigns: Campaigns | None = None
              ) -> Insight:
        analytics = Analytics(uow, clock)
        return cls(FollowerSnapshots(uow, clock), analytics,
                   TodayService(uow, expiry_warning_days, clock), KeywordMonitor(uow, actor, clock),
                   SetupAudits(uow),
                   MonthlyReports(uow, analytics, clock, campaigns_in(campaigns) if campaigns is not None else None))

    def use_clock(self, clock: Callable[[], datetime]) -> None:
        for part in (self.snapshots, self.analytics, self.today, self.keywords, self.monthly):
            part.now = clock

    def after_sync(self, synced_uids: list[str]) -> None:
        """The sync hook: snapshot the synced accounts' followers, then look for keyword spikes."""
        self.snapshots.after_sync(synced_uids)
        self.keywords.after_sync(synced_uids)
