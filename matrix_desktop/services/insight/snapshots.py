"""Follower snapshots: after each sync, the synced accounts' counts as the profile step stored them,
so a history accumulates for the "followers over time" chart."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from matrix_desktop.core.accounts import AccountQuery
from matrix_desktop.core.insight.records import FollowerPoint
from matrix_desktop.core.ports import UnitOfWorkFactory


class FollowerSnapshots:
    def __init__(self, uow: UnitOfWorkFactory, clock: Callable[[], datetime]) -> None:
        self._uow = uow
        self.now = clock

    def after_sync(self, synced_uids: Sequence[str]) -> int:
        """Snapshot the accounts a sync just refreshed; returns how many points were written."""
        return self.take(synced_uids)

    def take(self, uids: Sequence[str] | None = None) -> int:
        at = self.now()
        with self._uow() as uow:
            if uids is None:
                accounts = uow.accounts.search(AccountQuery())
            else:
                accounts = [a for a in (uow.accounts.get(u) for u in uids) if a is not None]
            points = [FollowerPoint(a.uid, at, a.followers_count, a.friends_count, a.statuses_count)
                      for a in accounts]
            uow.insight.add_snapshots(points)
            uow.commit()
        return len(points)

    def history(self, since: datetime, until: datetime | None = None) -> list[FollowerPoint]:
        with self._uow.readonly() as uow:
            return uow.insight.snapshots(since, until or self.now())
