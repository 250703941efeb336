"""Sending approved forwards when due, exactly once.

An entry is claimed (`sending`) and committed before the request goes out; a worker that finds an entry
still `sending` after its lease (the previous worker died) or meets `WriteOutcomeUnknown` first looks for
the forward on the post's repost timeline (or its comments) and records what it finds instead of sending
again."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from matrix_desktop.core.forwarding import (
    DEFAULT_TEMPLATES,
    DistinctTexts,
)
from matrix_desktop.core.forwarding.records import (
    TZ,
    Claimed,
    EntryState,
    ForwarderSettings,
    ForwardNotice,
    PlanEntry,
)
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory, WeiboPlatform, WeiboSession
from matrix_desktop.core.weibo_errors import (
    RateLimited,
    RepeatedContent,
    TokenExpired,
    TokenInvalid,
    TransientError,
    WeiboApiError,
    WriteOutcomeUnknown,
)
from matrix_desktop.services.credentials import CredentialService
from matrix_desktop.services.forwarding.plans import ForwardPlans

#: How long a worker holds a claimed entry. Longer than one write can take (timeout, no retry once sent),
#: so a live worker never loses an entry to another; a dead worker's entries are taken over after it.
DEFAULT_LEASE_SECONDS = 120
MAX_ATTEMPTS = 4


def default_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"



class ForwardSender:
    """The executor of approved plans."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider, credentials: CredentialService,
                 platform: WeiboPlatform, plans: ForwardPlans,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._uow = uow
        self._actor = actor
        self._credentials = credentials
        self._platform = platform
        self._plans = plans
        self._clock = clock

    def pending(self) -> tuple[int, datetime | None]:
        """How many forwards still wait to be sent, and when the next one is due (or a lease runs out)."""
        with self._uow.readonly() as uow:
            return uow.forwarding.pending()

    def run_due(self, now: datetime | None = None, worker_id: str | None = None, limit: int = 10,
                lease_seconds: int = DEFAULT_LEASE_SECONDS) -> int:
        """Send the approved forwards that are due; returns how many entries it settled or rescheduled."""
        now = now or self._clock()
        worker = worker_id or default_worker_id()
        with self._uow() as uow:
            claimed = uow.forwarding.claim_due(now, worker, now + timedelta(seconds=lease_seconds), limit)
            uow.commit()
        clients: dict[str, WeiboSession | None] = {}
        try:
            for c in claimed:
                with self._credentials.lanes.lane(c.entry.account_uid):
                    self._execute(c, now, worker, clients)
        finally:
            for client in clients.values():
                if client is not None:
                    client.close()
        return len(claimed)

    def _client(self, uid: str, clients: dict[str, WeiboSession | None]) -> WeiboSession | None:
        if uid not in clients:
            token = self._credentials.token_for_use(uid, "forwarding")
            clients[uid] = None if token is None else self._platform.session(token.reveal())
        return clients[uid]

    def _find_existing(self, client: WeiboSession, e: PlanEntry, post_mid: str) -> str | None:
        """The id of this account's forward (or comment) with this text on the post, if it exists."""
        items = client.reposts_of(post_mid) if e.action.value == "repost" else client.comments_on(post_mid)
        for item in items:
            if item.author_uid == e.account_uid and item.text == e.text:
                return item.id
        return None

    def _send(self, client: WeiboSession, e: PlanEntry, post_mid: str, text: str) -> str:
        if e.action.value == "repost":
            return client.repost(post_mid, text)
        return client.comment(post_mid, text)

    def _execute(self, c: Claimed, now: datetime, worker: str, clients: dict[str, WeiboSession | None]) -> None:
        e = c.entry
        actor = self._actor().name

        def finish(state: EntryState, answer: str, platform_id: str = "", at: datetime | None = None,
                   text: str | None = None, notice: str = "") -> None:
            with self._uow() as uow:
                if not uow.forwarding.finish(e.id, worker, state, answer, platform_id, at, text):
                    return  # another worker took it over after our lease ran out; it records the outcome
                if state is EntryState.SENT:
                    uow.audit.append(actor, "forward.sent", e.account_uid,
                                     {"plan": e.plan_id, "entry": e.id, "post": post_mid, "id": platform_id,
                                      "action": e.action.value})
                elif state in (EntryState.FAILED, EntryState.SKIPPED):
                    uow.audit.append(actor, f"forward.{state.value}", e.account_uid,
                                     {"plan": e.plan_id, "entry": e.id, "why": answer})
                if notice:
                    uow.forwarding.add_notice("token_expired", e.account_uid, e.plan_id, notice)
                uow.commit()

        post_mid = c.post_mid
        try:
            client = self._client(e.account_uid, clients)
        except Exception as exc:
            # A busy or locked keyring is usually brief: look again soon, then back off to five minutes.
            wait = timedelta(seconds=min(300, 5 * 2 ** max(0, e.attempts - 1)))
            finish(EntryState.APPROVED, f"the token could not be read: {exc}", at=now + wait)
            return
        if client is None:
            if e.account_uid in self._credentials.connected_uids() and e.attempts < 3 * MAX_ATTEMPTS:
                # Connected, yet the keyring gave nothing: a locked or busy keyring. Look again soon.
                clients.pop(e.account_uid, None)
                finish(EntryState.APPROVED, "the keyring did not give the token; will look again",
                       at=now + timedelta(seconds=2))
            else:
                finish(EntryState.SKIPPED, "no token stored for the account — reconnect it",
                       notice=f"{e.screen_name}: no token stored; its forward in plan #{e.plan_id} was skipped")
            return
        text = e.text
        try:
            if c.resumed:
                found = self._find_existing(client, e, post_mid)
                if found:
                    finish(EntryState.SENT, "found on the platform after a restart; not sent again", found)
                    return
            try:
                platform_id = self._send(client, e, post_mid, text)
            except RepeatedContent:
                text = self._fresh_text(e, post_mid)
                platform_id = self._send(client, e, post_mid, text)
            finish(EntryState.SENT, "sent" if text == e.text else "sent with a new text (the first was a repeat)",
                   platform_id, text=text)
        except WriteOutcomeUnknown as exc:
            found = self._safe_find(client, e, post_mid, text)
            if found:
                finish(EntryState.SENT, "sent (confirmed on the repost timeline)", found, text=text)
            elif e.attempts >= MAX_ATTEMPTS:
                finish(EntryState.FAILED, f"no answer from Weibo after {e.attempts} attempts: {exc.explain()}")
            else:
                finish(EntryState.APPROVED, f"no answer from Weibo; will try again: {exc.explain()}",
                       at=now + timedelta(seconds=30), text=text)
        except RateLimited as exc:
            wait = timedelta(seconds=exc.retry_after or 600)
            slot = self._free_slot(e, now + wait)
            if slot is None:
                finish(EntryState.FAILED, f"rate limited and no room left inside the window: {exc.explain()}")
            else:
                finish(EntryState.APPROVED, f"rate limited; moved to {slot.astimezone(ZoneInfo(TZ)):%H:%M:%S}",
                       at=slot)
        except (TokenExpired, TokenInvalid) as exc:
            if e.attempts < 2:
                # A single 21327/21332 may be a hiccup (or a token read wrongly): ask again before giving up.
                clients.pop(e.account_uid, None)
                finish(EntryState.APPROVED, f"Weibo refused the token once; will try again: {exc.explain()}",
                       at=now + timedelta(seconds=5))
                return
            self._credentials.mark_expired(e.account_uid, exc.explain())
            finish(EntryState.SKIPPED, f"token expired: {exc.explain()}",
                   notice=f"{e.screen_name}: the token expired; its forward in plan #{e.plan_id} was skipped. "
                          "Reconnect the account.")
        except TransientError as exc:
            if e.attempts >= MAX_ATTEMPTS:
                finish(EntryState.FAILED, f"Weibo kept failing: {exc.explain()}")
            else:
                finish(EntryState.APPROVED, f"Weibo failed; will try again: {exc.explain()}",
                       at=now + timedelta(seconds=30))
        except WeiboApiError as exc:
            finish(EntryState.FAILED, exc.explain())
        except OSError as exc:
            finish(EntryState.APPROVED, f"network: {type(exc).__name__}; will try again",
                   at=now + timedelta(seconds=30))

    def _safe_find(self, client: WeiboSession, e: PlanEntry, post_mid: str, text: str) -> str | None:
        try:
            return self._find_existing(client, replace(e, text=text), post_mid)
        except (WeiboApiError, OSError):
            return None

    def _fresh_text(self, e: PlanEntry, post_mid: str) -> str:
        """A text no forward of the plan uses: the rule's templates (or the built-ins), varied."""
        post = self._plans.source_post(post_mid)
        with self._uow.readonly() as uow:
            rec = uow.forwarding.plan(e.plan_id)
            taken = {x.text for x in uow.forwarding.entries(e.plan_id)}
            for texts in uow.forwarding.used_texts(post_mid).values():
                taken |= texts
            rule = next((r for r in uow.forwarding.rules()
                         if r.source_uid == post.author_uid and r.forwarder_uid == e.account_uid), None)
            st = uow.forwarding.all_settings().get(e.account_uid) or ForwarderSettings(e.account_uid)
        picker = DistinctTexts(rec.seed + 7919 * e.attempts, taken)
        variables = {"author": post.author_name, "title": post.title, "slogan": st.slogan, "name": e.screen_name}
        text = picker.pick((rule.templates if rule and rule.templates else DEFAULT_TEMPLATES), variables)
        if text is None:
            raise RepeatedContent(20019, "no fresh text left for this forward")
        return text

    def _free_slot(self, e: PlanEntry, earliest: datetime) -> datetime | None:
        """The first time from `earliest` inside the plan's window that keeps the minimum gap."""
        view = self._plans.status(e.plan_id)
        gap = timedelta(seconds=view.min_gap_seconds)
        others = sorted(x.at for x in view.live_entries if x.id != e.id)
        t = earliest
        for at in others:
            if at + gap <= t:
                continue
            if t + gap <= at:
                break
            t = at + gap
        if view.window_end is not None and t > view.window_end:
            return None
        return t

    def notices(self, unread_only: bool = True) -> list[ForwardNotice]:
        with self._uow.readonly() as uow:
            return uow.forwarding.notices(unread_only)
