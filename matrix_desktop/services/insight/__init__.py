"""Insight, one service per job: `snapshots` (follower history at each sync), `analytics` (the charts'
numbers), `today` (the home page), `keywords` (watch lists and spike alerts), `audits` (page setup and
following lists)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory
from matrix_desktop.services.insight.analytics import Analytics
from matrix_desktop.services.insight.audits import SetupAudits
from matrix_desktop.services.insight.keywords import KeywordMonitor
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

    @classmethod
    def build(cls, uow: UnitOfWorkFactory, actor: ActorProvider, expiry_warning_days: Callable[[], int] = lambda: 7,
              clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Insight:
        return cls(FollowerSnapshots(uow, clock), Analytics(uow, clock),
                   TodayService(uow, expiry_warning_days, clock), KeywordMonitor(uow, actor, clock),
                   SetupAudits(uow))

    def use_clock(self, clock: Callable[[], datetime]) -> None:
        for part in (self.snapshots, self.analytics, self.today, self.keywords):
            part.now = clock

    def after_sync(self, synced_uids: list[str]) -> None:
        """The sync hook: snapshot the synced accounts' followers, then look for keyword spikes."""
        self.snapshots.after_sync(synced_uids)
        self.keywords.after_sync(synced_uids)
