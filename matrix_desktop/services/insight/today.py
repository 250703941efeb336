"""The Today page: what needs me now, read in one read-only unit of work.

"Overnight" is since 18:00 local time yesterday (the end of the last working day); flags count from
the start of yesterday; tokens warn `expiry_warning_days` ahead, as the credentials area does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from matrix_desktop.core.insight.records import TodaySummary, TodayToken
from matrix_desktop.core.ports import UnitOfWorkFactory

LIMIT = 30
CRISIS_DAYS = 3


def overnight_start(now: datetime) -> datetime:
    local = now.astimezone()
    return datetime.combine(local.date() - timedelta(days=1), time(18, 0), local.tzinfo)


def yesterday_start(now: datetime) -> datetime:
    local = now.astimezone()
    return datetime.combine(local.date() - timedelta(days=1), time(0, 0), local.tzinfo)


class TodayService:
    def __init__(self, uow: UnitOfWorkFactory, expiry_warning_days: Callable[[], int],
                 clock: Callable[[], datetime]) -> None:
        self._uow = uow
        self._warn_days = expiry_warning_days
        self.now = clock

    def summary(self, limit: int = LIMIT) -> TodaySummary:
        now = self.now()
        s = TodaySummary(now, overnight_start(now))
        warn_until = now + timedelta(days=self._warn_days())
        with self._uow.readonly() as uow:
            s.unanswered, s.unanswered_total, s.overnight_total = uow.insight.today_inbox(now, s.overnight_since, limit)
            s.crises = uow.insight.today_crises(now - timedelta(days=CRISIS_DAYS), limit)
            s.breaches, s.breaches_total, s.next_due = uow.insight.today_breaches(now, limit)
            s.drafts, s.drafts_total = uow.insight.waiting_drafts(limit)
            s.plans, s.plans_total = uow.insight.waiting_plans(limit)
            s.flags = uow.insight.flags_opened_since(yesterday_start(now), limit)
            s.alerts = uow.insight.alerts(since=now - timedelta(days=CRISIS_DAYS), open_only=True, limit=limit)
            for meta in uow.tokens.all():
                if meta.state != "connected" or (meta.expires_at is not None and meta.expires_at <= warn_until):
                    account = uow.accounts.get(meta.account_uid)
                    name = account.screen_name if account else meta.account_uid
                    s.tokens.append(TodayToken(meta.account_uid, name, meta.expires_at, str(meta.state)))
        s.tokens.sort(key=lambda t: (t.expires_at is None, t.expires_at or now))
        return s
