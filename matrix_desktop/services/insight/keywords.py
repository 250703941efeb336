"""Keyword monitoring: the watch lists, and after every sync a spike check over the synced comments and
mentions that raises an alert with the items behind it.

While a watch's alert is recent (its window ends within the current window) a continuing spike extends
that alert instead of raising a second one, so a crisis that goes on for hours is one alert.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from matrix_desktop.core.accounts import AccountRole
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import NotFound
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.insight.keywords import (
    KeywordWatch,
    Spike,
    SpikeSettings,
    WatchKind,
    clean_terms,
    default_watches,
    detect_spike,
    search_patterns,
    spike_windows,
    validate_watch,
)
from matrix_desktop.core.insight.records import KeywordAlertView, SyncedText
from matrix_desktop.core.ports import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)


def _person_name(screen_name: str) -> str:
    """"林建华-星河乳业" → "林建华": the person's part of a leader's screen name."""
    return re.split(r"[-_｜|·\s]", screen_name, maxsplit=1)[0]


class KeywordMonitor:
    """Signals: none (a service); `on_alert` callbacks get the alerts a check raised (the tray notice)."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider, clock: Callable[[], datetime],
                 settings: SpikeSettings | None = None) -> None:
        self._uow = uow
        self._actor = actor
        self.now = clock
        self.settings = settings or SpikeSettings()
        self.on_alert: list[Callable[[list[KeywordAlertView]], None]] = []

    # -- watch lists ---------------------------------------------------------------------------------
    def watches(self) -> list[KeywordWatch]:
        with self._uow.readonly() as uow:
            return uow.insight.watches()

    def put_watch(self, name: str, kind: WatchKind, terms: Sequence[str], enabled: bool = True) -> KeywordWatch:
        actor = self._actor()
        actor.require("edit keyword watch lists", MemberRole.OPERATOR, MemberRole.ADMIN)
        validate_watch(name, terms)
        with self._uow() as uow:
            w = uow.insight.put_watch(name.strip(), kind, clean_terms(terms), enabled, actor.name)
            uow.audit.append(actor.name, "keywords.put", "", {"name": w.name, "kind": kind.value,
                                                             "terms": len(w.terms)})
            uow.commit()
        return w

    def delete_watch(self, name: str) -> None:
        actor = self._actor()
        actor.require("edit keyword watch lists", MemberRole.OPERATOR, MemberRole.ADMIN)
        with self._uow() as uow:
            if not uow.insight.delete_watch(name):
                raise NotFound(f"no watch list named {name!r}")
            uow.audit.append(actor.name, "keywords.delete", "", {"name": name})
            uow.commit()

    def ensure_defaults(self) -> int:
        """Start the company with watch lists for its names, its leaders and crisis words (once)."""
        with self._uow() as uow:
            if uow.insight.watches():
                return 0
            company = uow.company.get()
            leaders = [_person_name(a.screen_name) for a in uow.accounts.active_with_role(AccountRole.LEADER)]
            made = 0
            for name, kind, terms in default_watches(company, [n for n in leaders if len(n) >= 2]):
                uow.insight.put_watch(name, kind, terms, True, "setup")
                made += 1
            uow.commit()
        return made

    # -- alerts --------------------------------------------------------------------------------------
    def alerts(self, open_only: bool = False, days: int = 30) -> list[KeywordAlertView]:
        with self._uow.readonly() as uow:
            return uow.insight.alerts(since=self.now() - timedelta(days=days), open_only=open_only)

    def items(self, alert: KeywordAlertView) -> list[SyncedText]:
        """The comments and mentions behind an alert, oldest first."""
        with self._uow.readonly() as uow:
            return sorted(uow.insight.texts_by_ids(alert.item_ids), key=lambda t: t.created_at)

    def acknowledge(self, alert_id: int) -> bool:
        actor = self._actor()
        actor.require("acknowledge keyword alerts", MemberRole.OPERATOR, MemberRole.LEADER, MemberRole.ADMIN)
        with self._uow() as uow:
            done = uow.insight.acknowledge_alert(alert_id, actor.name, self.now())
            if done:
                uow.audit.append(actor.name, "keywords.acknowledge", "", {"alert": alert_id})
            uow.commit()
        return done

    def after_sync(self, synced_uids: Sequence[str]) -> list[KeywordAlertView]:
        """The sync hook: check every enabled watch list; a failure here never fails the sync."""
        try:
            return self.check()
        except Exception:
            log.exception("keyword check after sync failed")
            return []

    def check(self) -> list[KeywordAlertView]:
        """Look for spikes now; returns the alerts raised (not the extended ones)."""
        now = self.now()
        st = self.settings
        window = timedelta(hours=st.window_hours)
        raised: list[int] = []
        with self._uow() as uow:
            watches = [w for w in uow.insight.watches() if w.enabled]
            if not watches:
                return []
            history = uow.insight.history_start()
            windows = spike_windows(now, st, history)
            # The database finds the candidate rows of every watch in the windows in one pass; the rule
            # then decides per watch on those few (it keeps only the texts that match its own terms).
            texts = uow.insight.keyword_texts(search_patterns(t for w in watches for t in w.terms), windows)
            for w in watches:
                spike = detect_spike(w, texts, now, st, history)
                if spike is not None:
                    self._record(uow, spike, now, window, raised)
            uow.commit()
            views = [a for a in uow.insight.alerts(since=now - window) if a.id in raised]
        if views:
            for cb in self.on_alert:
                cb(views)
        return views

    @staticmethod
    def _record(uow: UnitOfWork, spike: Spike, now: datetime, window: timedelta, raised: list[int]) -> None:
        repo = uow.insight
        last = repo.latest_alert(spike.watch.id, now - window)
        if last is not None:
            ids = sorted(set(last.item_ids) | set(spike.item_ids))
            repo.update_alert(last.id, now, len(ids), ids)
            return
        raised.append(repo.add_alert(spike.watch.id, now, spike.window_start, spike.window_end, spike.count,
                                     spike.baseline, spike.item_ids))
