"""Sending approved forwards when due, exactly once — and never twice from one account.

An entry is claimed (`sending`) and committed before the request goes out. Before every send the worker
reads the post's repost timeline (or its comments): a forward of this account with the entry's text is
this entry, sent by a worker that died before recording it, and is recorded instead of sent again; any
other forward of this account means the person already forwarded the post on their own, and the entry
is skipped with that reason. A text rewritten after a repeat (20019) is recorded on the entry *before*
the rewrite goes out, so a worker taking over after a crash looks for the text that was actually sent."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from matrix_desktop.core.forwarding.posts import post_kind
from matrix_desktop.core.forwarding.records import (
    TZ,
    Claimed,
    EntryState,
    ForwarderSettings,
    ForwardNotice,
    PlanEntry,
)
from matrix_desktop.core.forwarding.templates import render, template_variables
from matrix_desktop.core.forwarding.voice import PLAIN_REPOST_TEXT, SIMILARITY_BOUND, Chorus, is_plain, unfit
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory, WeiboPlatform, WeiboSession
from matrix_desktop.core.weibo import PlatformItem
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
#: How an entry whose send got no answer is marked: its next attempt treats a 20019 as already sent.
NO_ANSWER = "no answer from Weibo"


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

    def _forwards_of(self, client: WeiboSession, e: PlanEntry, post_mid: str) -> list[PlatformItem]:
        """This account's forwards (or comments) of the post on the platform, newest first."""
        items = client.reposts_of(post_mid) if e.action.value == "repost" else client.comments_on(post_mid)
        return [item for item in items if item.author_uid == e.account_uid]

    def _find_existing(self, client: WeiboSession, e: PlanEntry, post_mid: str) -> str | None:
        """The id of this account's forward (or comment) with this text on the post, if it exists."""
        return next((i.id for i in self._forwards_of(client, e, post_mid) if _same_text(i.text, e.text)), None)

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
            # Never twice: look before every send, not only after a restart.
            theirs = self._forwards_of(client, e, post_mid)
            # Only an earlier attempt of this entry (a worker that died, an answer that was lost) can have
            # sent it; on a first attempt whatever the account has there, it wrote itself.
            tried = c.resumed or e.attempts > 1
            ours = next((i.id for i in theirs if _same_text(i.text, e.text)), None) if tried else None
            if ours:
                finish(EntryState.SENT, "found on the platform (sent before a restart); not sent again", ours)
                return
            if theirs:
                finish(EntryState.SKIPPED, f"already forwarded this post on its own (repost {theirs[0].id}); "
                                           "not forwarded twice")
                return
            try:
                platform_id = self._send(client, e, post_mid, text)
            except RepeatedContent:
                if c.resumed or e.answer.startswith(NO_ANSWER):
                    # The last send's outcome was never learned and the timeline did not show it: the
                    # platform calling the same words a repeat means it has them. Never send new words.
                    finish(EntryState.SENT, "the platform answered that this text was already sent (after an "
                                            "answer was lost); not sent again", text=text)
                    return
                text = self._fresh_text(e, post_mid)
                with self._uow() as uow:
                    # Before the rewrite goes out: a worker taking over after a crash looks for this text.
                    if not uow.forwarding.note_text(e.id, worker, text):
                        return  # another worker took the entry over; it decides
                    uow.commit()
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
                finish(EntryState.APPROVED, f"{NO_ANSWER}; will try again: {exc.explain()}",
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
            if not self._credentials.confirm_expired(e.account_uid):
                # Refused twice, yet get_token_info says the token lives: a fault, not an expiry. Retry
                # later and keep the account connected (a false disconnect is a person's work to undo).
                if e.attempts >= MAX_ATTEMPTS:
                    finish(EntryState.FAILED, f"Weibo kept refusing the token, which it says is valid: "
                                              f"{exc.explain()}")
                else:
                    finish(EntryState.APPROVED, f"Weibo refused a valid token; will try again: {exc.explain()}",
                           at=now + timedelta(seconds=30))
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
        """Words for a forward the platform called a repeat: a line of the role that fits the post and
        sounds like no other forward of the plan, else (for a repost) a plain repost."""
        post = self._plans.source_post(post_mid)
        kind = post_kind(post.text)
        with self._uow.readonly() as uow:
            taken = {x.text for x in uow.forwarding.entries(e.plan_id)}
            for texts in uow.forwarding.used_texts(post_mid).values():
                taken |= texts
            rule = next((r for r in uow.forwarding.rules()
                         if r.source_uid == post.author_uid and r.forwarder_uid == e.account_uid), None)
            st = uow.forwarding.all_settings().get(e.account_uid) or ForwarderSettings(e.account_uid)
        chorus = Chorus(SIMILARITY_BOUND, (t for t in taken if t != e.text))
        variables = {k: v for k, v in {"author": post.author_name, "title": post.title, "slogan": st.slogan,
                                       "name": e.screen_name}.items() if v}
        lines = [*(rule.templates if rule else ()), *self._plans.setup.voice().for_(kind, e.role)]
        for template in lines[e.attempts % len(lines):] + lines[:e.attempts % len(lines)] if lines else []:
            if not template_variables(template) <= variables.keys():
                continue
            text = render(template, variables).strip()
            if text and text not in taken and not unfit(text, kind) and chorus.fits(text):
                return text
        if e.action.value == "repost" and not is_plain(e.text):
            return ""
        raise RepeatedContent(20019, "no fresh text left for this forward")

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


def _same_text(platform_text: str, planned: str) -> bool:
    """The platform's text of a forward is the planned one (a plain repost reads 转发微博 there)."""
    if is_plain(planned):
        return is_plain(platform_text) or platform_text.strip() == PLAIN_REPOST_TEXT
    return platform_text.strip() == planned.strip()
