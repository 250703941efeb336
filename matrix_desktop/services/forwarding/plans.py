"""Forwarding plans: made by the planner from the matrix the database knows, edited, approved by a leader."""

from __future__ import annotations

import gc
import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from matrix_desktop.core.accounts import AccountQuery, AccountRole
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import EditConflict, NotFound, ValidationError
from matrix_desktop.core.flags import Severity
from matrix_desktop.core.forwarding import (
    Forwarder,
    ForwardRule,
    Plan,
    PlannedForward,
    PlanSettings,
    PlatformLimits,
    SourcePost,
    TokenState,
    check_plan,
    make_plan,
    retime,
    start_of,
)
from matrix_desktop.core.forwarding.posts import post_kinds, post_title
from matrix_desktop.core.forwarding.records import (
    ACTIVE_PLAN_STATES,
    PLANNERS,
    TZ,
    ApprovalSummary,
    EntryState,
    ForwarderSettings,
    ForwardPlanRecord,
    NoRulesForPost,
    PlanAlreadyExists,
    PlanEntry,
    PlanState,
    PlanView,
    SkippedAccount,
)
from matrix_desktop.core.forwarding.voice import RECENT_DAYS, is_plain
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory
from matrix_desktop.services.forwarding.setup import ForwardSetup, ForwardSetupService

#: Who already forwarded a post, as the platform's repost timeline says: account uid → its repost's id.
Reposters = Callable[[str], dict[str, str]]

log = logging.getLogger(__name__)

#: Entries overdue by more than this at approval are moved forward together, keeping their gaps.
APPROVAL_GRACE = timedelta(seconds=60)

#: What `_matrix_in` reads: the forwarder rows, forwards today and in the last hour, open flag severities.
_MatrixRows = tuple[list[tuple[str, str, AccountRole, TokenState, ForwarderSettings | None]], dict[str, int],
                    dict[str, int], dict[str, str]]

_pause_lock = threading.Lock()
_pauses = 0
_resume_collector = False


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a plan is made.

    Planning for a big matrix builds some 50,000 objects (the forwarders, the author's rules, their rows)
    that live until the call returns and hold no reference cycles. Every collection their allocation
    triggers walks them, and a full one the whole heap, to free nothing: measured, a third of the CPU
    time of a 5,000-forwarder call. Reference counting frees them when the call returns, so no work is
    put off to a later collection. Calls on several threads share one pause; the collector comes back
    on (if it was on) when the last one ends."""
    global _pauses, _resume_collector
    with _pause_lock:
        if _pauses == 0:
            _resume_collector = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume_collector:
                gc.enable()


class ForwardPlans:
    """Plans a leader reviews and approves."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 reposters: Reposters | None = None) -> None:
        self._uow = uow
        self._actor = actor
        self._clock = clock
        self._reposters = reposters
        self.setup = ForwardSetupService(uow, actor)
        #: Overrides the team's tier (tests; None: the tier in the team's setup).
        self.limits: PlatformLimits | None = None

    def source_post(self, mid: str) -> SourcePost:
        with self._uow.readonly() as uow:
            return self._source_post_in(uow, mid)

    @staticmethod
    def _source_post_in(uow: Any, mid: str) -> SourcePost:
        post = uow.forwarding.post(mid)
        if post is None:
            raise NotFound(f"post {mid} is not in the database; sync the account that published it first")
        _, author, text, created = post
        account = uow.accounts.get(author)
        return SourcePost(mid, author, account.screen_name if account else author, post_title(text), text,
                          post_kinds(text), created)

    def recent_posts(self, limit: int = 50) -> list[SourcePost]:
        """Recent original posts of the official and leader accounts: what a plan usually amplifies."""
        with self._uow.readonly() as uow:
            leads = {a.uid: a.screen_name for a in uow.accounts.search(
                AccountQuery(roles=frozenset({AccountRole.OFFICIAL, AccountRole.LEADER})))}
            rows = uow.forwarding.recent_posts(leads, limit)
        return [SourcePost(m, a, leads.get(a, a), post_title(t), t, post_kinds(t), c) for m, a, t, c in rows]

    def _settings_for(self, start: datetime | None, window: int | None, min_gap: int | None,
                      seed: int, setup: ForwardSetup | None = None) -> PlanSettings:
        setup = setup or self.setup.get()
        return PlanSettings(seed=seed, start=start, window_minutes=window,
                            min_gap_seconds=120 if min_gap is None else min_gap, timezone=setup.timezone,
                            limits=self.limits or setup.limits, default_quiet_hours=setup.quiet_hours)

    def already_forwarded(self, post_mid: str) -> dict[str, str]:
        """Who already forwarded the post: synced reposts, earlier plans' sent forwards and — when the platform
        answers — the post's repost timeline. Maps the account to its forward's id."""
        with self._uow.readonly() as uow:
            found = uow.forwarding.already_forwarded(post_mid)
        return self._with_reposters(post_mid, found)

    def _with_reposters(self, post_mid: str, found: dict[str, str]) -> dict[str, str]:
        """`found` (what the database knows) with the platform's repost timeline added, when it answers."""
        if self._reposters is not None:
            try:
                for uid, rid in self._reposters(post_mid).items():
                    found.setdefault(uid, rid)
            except Exception as exc:  # the synced reposts still hold; the sender looks again before each send
                log.warning("the repost timeline of %s could not be read: %s", post_mid, exc)
        return found

    def _forwarders(self, start: datetime, exclude_plan: int | None = None, done: dict[str, str] | None = None,
                    recent: dict[str, set[str]] | None = None) -> list[Forwarder]:
        """Every active account as the planner sees it; with `done` (who forwarded the post: its repost)
        and `recent` (what each said lately) filled in as they are built, one object per account."""
        with self._uow.readonly() as uow:
            matrix = self._matrix_in(uow, start, exclude_plan)
        return self._built_forwarders(matrix, done, recent)

    def _matrix_in(self, uow: Any, start: datetime, exclude_plan: int | None) -> _MatrixRows:
        """What the planner needs to know of every active account, read in the caller's unit of work: the
        accounts with their token's state and settings (one query of plain rows), their forwards today and
        in the hour before `start`, and their open verification flags."""
        now = self._clock()
        tz = ZoneInfo(TZ)
        day0 = datetime.combine(start.astimezone(tz).date(), datetime.min.time(), tz)
        rows = uow.forwarding.forwarder_rows(now)
        today = uow.forwarding.forwards_between(day0, day0 + timedelta(days=1), exclude_plan)
        last_hour = uow.forwarding.forwards_between(start - timedelta(hours=1), start, exclude_plan)
        return rows, today, last_hour, self._open_flag_severities_in(uow)

    @staticmethod
    def _built_forwarders(matrix: _MatrixRows, done: dict[str, str] | None = None,
                          recent: dict[str, set[str]] | None = None) -> list[Forwarder]:
        rows, today, last_hour, flags = matrix
        done, recent = done or {}, recent or {}
        nothing: frozenset[str] = frozenset()
        out = []
        for uid, name, role, token, st in rows:
            st = st or ForwarderSettings(uid)
            said = recent.get(uid)
            out.append(Forwarder(uid, name, role, st.slogan, st.daily_cap, st.quiet_hours, st.opted_out, token,
                                 flags.get(uid, "none"), last_hour.get(uid, 0), today.get(uid, 0),
                                 today.get(uid, 0), f"repost {done[uid]}" if uid in done else "",
                                 frozenset(said) if said else nothing))
        return out

    @staticmethod
    def _open_flag_severities_in(uow: Any) -> dict[str, str]:
        """The highest live verification-flag severity per account (a flagged account does not forward)."""
        out: dict[str, Severity] = {}
        for flag in uow.flags.live():
            if flag.account_uid not in out or flag.severity > out[flag.account_uid]:
                out[flag.account_uid] = flag.severity
        return {uid: sev.value for uid, sev in out.items()}

    def plan(self, post_mid: str, seed: int = 0, start: datetime | None = None, window: int | None = None,
             min_gap: int | None = None, replace_draft: bool = False) -> PlanView:
        """Make and store a draft plan for `post_mid`. The timing options override the rules for this plan.

        The plan starts at `start`, by default now, moved past the company's quiet hours. Refused with
        `NoRulesForPost` when no rule names the post's author, and with `PlanAlreadyExists` when the post has
        a live plan — unless that one is a draft and `replace_draft` is set: then the draft is cancelled.
        """
        with _collector_paused():
            return self._plan(post_mid, seed, start, window, min_gap, replace_draft)

    def _plan(self, post_mid: str, seed: int, start: datetime | None, window: int | None, min_gap: int | None,
              replace_draft: bool) -> PlanView:
        actor = self._actor()
        actor.require("make forwarding plans", *PLANNERS)
        # Everything the plan is made from, read in one unit of work: on the team database each one
        # costs a pooled connection's check and a transaction's round trips, a dozen of them more than
        # the planning itself on a busy machine.
        with self._uow.readonly() as uow:
            post = self._source_post_in(uow, post_mid)
            setup = self.setup.get_in(uow)
            voice = self.setup.voice_in(uow)
            settings = self._settings_for(start or self._clock(), window, min_gap, seed, setup)
            t0 = start_of(post, settings)
            active = uow.forwarding.plans_for_post(post_mid, ACTIVE_PLAN_STATES)
            # Only the author's rules can fire for this post (`ForwardRule.applies_to`): a fifth of a
            # matrix with five sources, in the same order, so the planner's choice is the same.
            rules = uow.forwarding.rules(post.author_uid)
            if not any(r.applies_to(post) for r in rules):
                raise NoRulesForPost(post.author_uid, post.author_name, bool(rules) or uow.forwarding.has_rules())
            if active and not (replace_draft and active[0].state is PlanState.DRAFT):
                raise PlanAlreadyExists(post_mid, active[0].id, active[0].state)
            if not active:
                used = uow.forwarding.used_texts(post_mid)
                found = uow.forwarding.already_forwarded(post_mid)
                recent = uow.forwarding.recent_texts(self._clock() - timedelta(days=RECENT_DAYS))
                matrix = self._matrix_in(uow, t0, None)
        if active:
            self.cancel(active[0].id, why=f"replaced by a new plan made by {actor.name}")
            with self._uow.readonly() as uow:
                used = uow.forwarding.used_texts(post_mid)
                found = uow.forwarding.already_forwarded(post_mid)
                recent = uow.forwarding.recent_texts(self._clock() - timedelta(days=RECENT_DAYS))
                matrix = self._matrix_in(uow, t0, None)
        # The platform is asked after the database's transaction: a network call must not hold it open.
        done = self._with_reposters(post_mid, found)
        forwarders = self._built_forwarders(matrix, done, recent)
        result = make_plan(post, rules, forwarders, replace(settings, start=t0), used, voice)
        stored = {"start": t0.isoformat(), "window_minutes": window, "min_gap_seconds": settings.min_gap_seconds,
                  "timezone": settings.timezone,
                  "window_end": self._window_end(result, post, rules, t0, window)}
        skipped = [SkippedAccount(s.account_uid, s.screen_name, s.reason) for s in result.skipped]
        with self._uow() as uow:
            plan_id = uow.forwarding.add_plan(post_mid, seed, stored, result.entries, skipped, actor.name)
            uow.audit.append(actor.name, "forward.plan", post.author_uid,
                             {"plan": plan_id, "post": post_mid, "entries": len(result.entries),
                              "skipped": len(result.skipped), "seed": seed})
            uow.commit()
        # The view of the new plan checks it against the forwarders just computed (a new plan has no
        # sent entries and no other plan's forwards changed meanwhile): not a second pass over the matrix.
        with self._uow.readonly() as uow:
            rec = uow.forwarding.plan(plan_id, skipped=skipped)
            entries = uow.forwarding.entries(plan_id)
        # The texts other plans used and the post are the ones this plan was made against.
        return self._view(rec, entries, forwarders, setup, used, post)

    @staticmethod
    def _window_end(plan: Plan, post: SourcePost, rules: Iterable[ForwardRule], t0: datetime,
                    window: int | None) -> str:
        if window is not None:
            end = t0 + timedelta(minutes=window)
        else:
            longest = max((r.delay_max_minutes for r in rules if r.applies_to(post)), default=240)
            end = t0 + timedelta(minutes=longest)
        return end.isoformat()

    def _plan_settings(self, rec: ForwardPlanRecord, setup: ForwardSetup | None = None) -> PlanSettings:
        s = rec.settings
        start = datetime.fromisoformat(str(s["start"])) if s.get("start") else None
        window = s.get("window_minutes")
        return self._settings_for(start, int(str(window)) if window is not None else None,
                                  int(str(s.get("min_gap_seconds", 120))), rec.seed, setup)

    def _post_or_none(self, mid: str) -> SourcePost | None:
        try:
            return self.source_post(mid)
        except NotFound:
            return None

    def status(self, plan_id: int) -> PlanView:
        with self._uow.readonly() as uow:
            rec = uow.forwarding.plan(plan_id)
            entries = uow.forwarding.entries(plan_id)
        return self._view(rec, entries)

    def _view(self, rec: ForwardPlanRecord, entries: list[PlanEntry], forwarders: list[Forwarder] | None = None,
              setup: ForwardSetup | None = None, used: dict[str, set[str]] | None = None,
              post: SourcePost | None = None) -> PlanView:
        settings = self._plan_settings(rec, setup)
        problems: list[str] = []
        if rec.state in ACTIVE_PLAN_STATES:
            problems = self._problems(rec, entries, settings, forwarders, used, post)
        end = rec.settings.get("window_end")
        return PlanView(rec, tuple(entries), tuple(problems), settings.min_gap_seconds,
                        datetime.fromisoformat(str(end)) if end else None)

    def _problems(self, rec: ForwardPlanRecord, entries: list[PlanEntry], settings: PlanSettings,
                  forwarders: list[Forwarder] | None = None, used: dict[str, set[str]] | None = None,
                  post: SourcePost | None = None) -> list[str]:
        live = [e for e in entries if e.state not in (EntryState.SKIPPED, EntryState.FAILED)]
        plan = Plan(rec.post_mid, rec.seed, tuple(PlannedForward(e.account_uid, e.screen_name, e.role, e.at,
                                                                 e.action, e.text) for e in live), ())
        start = settings.start or self._clock()
        if used is None:
            with self._uow.readonly() as uow:
                used = uow.forwarding.used_texts(rec.post_mid, exclude_plan=rec.id)
        if forwarders is None:
            forwarders = self._forwarders(start, exclude_plan=rec.id)
        sent = {e.account_uid for e in live if e.state is EntryState.SENT}
        # A token that expired after an entry was sent does not make the sent entry a problem.
        forwarders = [f if f.uid not in sent else replace(f, token_state=TokenState.CONNECTED, opted_out=False,
                                                          open_flag_severity="none") for f in forwarders]
        post = post or self._post_or_none(rec.post_mid)
        # The start check is for the draft as planned; `post` only lends its kind (the register check).
        return check_plan(plan, forwarders, replace(settings, start=settings.start or start), post=post,
                          used_texts=used)

    def plan_ids(self, sort: str = "created_at", descending: bool = True) -> list[int]:
        with self._uow.readonly() as uow:
            return uow.forwarding.plan_ids(sort, descending)

    def waiting_for_approval(self) -> int:
        """How many plans are drafts waiting for a leader's approval (a cheap count for the nav badge)."""
        with self._uow.readonly() as uow:
            return uow.forwarding.count_plans([PlanState.DRAFT])

    def plans_by_ids(self, ids: list[int]) -> list[ForwardPlanRecord]:
        with self._uow.readonly() as uow:
            return uow.forwarding.plans_by_ids(ids)

    def _reopen(self, uow: Any, rec: ForwardPlanRecord, actor: str, why: str) -> None:
        """An edit after approval: the plan goes back to draft with a new version and needs approving again."""
        if rec.state in (PlanState.APPROVED, PlanState.EXECUTING):
            uow.forwarding.move_entries(rec.id, [EntryState.APPROVED], EntryState.PLANNED)
            uow.forwarding.set_plan(rec.id, state=PlanState.DRAFT, version=rec.version + 1, approved_by="",
                                    approved_at=None)
            uow.audit.append(actor, "forward.reopen", "", {"plan": rec.id, "version": rec.version + 1, "why": why})

    @staticmethod
    def _take_version(uow: Any, rec: ForwardPlanRecord, expected: int | None, changed: list[str], by: str) -> None:
        """This edit moves the plan to its next version; refused (EditConflict, nothing written) when the plan
        is no longer at the version the editor read: another desktop edited, approved or cancelled it."""
        if uow.forwarding.take_plan_version(rec.id, rec.row_version if expected is None else expected,
                                            changed, by) is None:
            raise EditConflict("plan", f"#{rec.id}", rec.changed, rec.changed_by,
                               rec.row_version if expected is None else expected, rec.row_version)

    def _editable(self, uow: Any, entry_id: int) -> tuple[ForwardPlanRecord, PlanEntry]:
        entry = uow.forwarding.entry(entry_id)
        rec = uow.forwarding.plan(entry.plan_id, lock=True)
        if rec.state in (PlanState.DONE, PlanState.CANCELLED):
            raise ValidationError(f"plan #{rec.id} is {rec.state.value}; it can no longer be changed")
        if entry.state not in (EntryState.PLANNED, EntryState.APPROVED):
            raise ValidationError(f"the forward of {entry.screen_name or entry.account_uid} is already "
                                  f"{entry.state.value}; it can no longer be changed")
        return rec, entry

    def edit_entry(self, entry_id: int, at: datetime | None = None, text: str | None = None,
                   expected_version: int | None = None) -> PlanView:
        """Move an entry or change its text. After approval this needs a new approval. With
        `expected_version` (the plan's `row_version` as the editor read it) a plan edited since is refused."""
        actor = self._actor()
        actor.require("edit forwarding plans", *PLANNERS)
        if at is not None and at.utcoffset() is None:
            raise ValidationError("the new time must carry a time zone")
        if text is not None and not text.strip():
            raise ValidationError("the text must not be empty")
        with self._uow() as uow:
            rec, entry = self._editable(uow, entry_id)
            self._take_version(uow, rec, expected_version,
                               (["forward_time"] if at is not None else []) + (["forward_text"] if text else []),
                               actor.name)
            fields: dict[str, Any] = {}
            if at is not None:
                fields["at"] = at.astimezone(UTC)
            if text is not None:
                fields["text"] = text.strip()
            uow.forwarding.update_entry(entry_id, **fields)
            self._reopen(uow, rec, actor.name, f"edited the forward of {entry.screen_name}")
            uow.audit.append(actor.name, "forward.edit", entry.account_uid,
                             {"plan": rec.id, "entry": entry_id, "at": fields.get("at"), "text": fields.get("text")})
            uow.commit()
        return self.status(rec.id)

    def drop_entry(self, entry_id: int, expected_version: int | None = None) -> PlanView:
        """Take an account out of the plan (it is listed as skipped, dropped by whom)."""
        actor = self._actor()
        actor.require("edit forwarding plans", *PLANNERS)
        with self._uow() as uow:
            rec, entry = self._editable(uow, entry_id)
            self._take_version(uow, rec, expected_version, ["forward_dropped"], actor.name)
            uow.forwarding.update_entry(entry_id, state=EntryState.SKIPPED, answer=f"dropped by {actor.name}")
            self._reopen(uow, rec, actor.name, f"dropped the forward of {entry.screen_name}")
            uow.audit.append(actor.name, "forward.drop", entry.account_uid, {"plan": rec.id, "entry": entry_id})
            uow.commit()
        return self.status(rec.id)

    def _approval(self, rec: ForwardPlanRecord, entries: list[PlanEntry], now: datetime, done: dict[str, str]
                  ) -> tuple[list[PlanEntry], list[tuple[PlanEntry, str]], bool, PlanSettings]:
        """What approval does to a draft: the entries it releases (re-timed from now when the draft's times
        have passed), the ones it takes out (the account forwarded the post since), and the settings."""
        settings = self._plan_settings(rec)
        waiting = [e for e in entries if e.state is EntryState.PLANNED]
        out = [(e, f"already forwarded this post on its own (repost {done[e.account_uid]}); not forwarded twice")
               for e in waiting if e.account_uid in done]
        waiting = [e for e in waiting if e.account_uid not in done]
        retimed = False
        if waiting and now - min(e.at for e in waiting) > APPROVAL_GRACE:
            forwarders = self._forwarders(now, exclude_plan=rec.id)
            moved = retime([PlannedForward(e.account_uid, e.screen_name, e.role, e.at, e.action, e.text)
                            for e in waiting], now + timedelta(seconds=5), forwarders, settings)
            by_uid = {m.account_uid: m.at for m in moved}
            waiting = sorted((replace(e, at=by_uid[e.account_uid]) for e in waiting), key=lambda e: (e.at, e.id))
            retimed = True
        return waiting, out, retimed, settings

    def approval_summary(self, plan_id: int) -> ApprovalSummary:
        """What approving `plan_id` now would release: how many forwards, first and last time, who is skipped."""
        rec = self.status(plan_id).plan
        with self._uow.readonly() as uow:
            entries = uow.forwarding.entries(plan_id)
        waiting, out, retimed, settings = self._approval(rec, entries, self._clock(),
                                                         self.already_forwarded(rec.post_mid))
        problems: list[str] = []
        if rec.state is PlanState.DRAFT and waiting:
            shifted = {e.id: e for e in waiting}
            problems = self._problems(rec, [shifted.get(e.id, e) for e in entries
                                            if e.id in shifted or e.state is not EntryState.PLANNED],
                                      replace(settings, start=min(e.at for e in waiting) if retimed
                                              else settings.start))
        comments = sum(1 for e in waiting if not is_plain(e.text))
        return ApprovalSummary(plan_id, len(waiting), comments, len(waiting) - comments,
                               waiting[0].at if waiting else None, waiting[-1].at if waiting else None, retimed,
                               rec.skipped, tuple(SkippedAccount(e.account_uid, e.screen_name, why)
                                                  for e, why in out), tuple(problems))

    def approve(self, plan_id: int, expected_version: int | None = None) -> PlanView:
        """A leader approves the plan as it stands; refused with every problem `check_plan` finds.

        Accounts that forwarded the post on their own since planning are taken out. When the draft's
        times have passed (a plan approved long after it was made), the forwards are re-timed from now in
        the same order: the minimum gap, the quiet hours and the limits hold for the new times too.
        """
        actor = self._actor()
        actor.require("approve forwarding plans", MemberRole.LEADER)
        now = self._clock()
        # Read the platform before the write transaction: a network call must not hold the database's lock.
        done = self.already_forwarded(self.status(plan_id).plan.post_mid)
        with self._uow() as uow:
            rec = uow.forwarding.plan(plan_id, lock=True)
            if rec.state is not PlanState.DRAFT:
                raise ValidationError(f"plan #{plan_id} is {rec.state.value}, not a draft waiting for approval")
            # A leader approves the plan they read: one edited since (another desktop) is refused in words.
            self._take_version(uow, rec, expected_version, ["approved"], actor.name)
            entries = uow.forwarding.entries(plan_id)
            waiting, out, retimed, _ = self._approval(rec, entries, now, done)
            for e, why in out:
                uow.forwarding.update_entry(e.id, state=EntryState.SKIPPED, answer=why)
            if not waiting:
                raise ValidationError(f"plan #{plan_id} has no forward left to approve")
            if retimed:
                first = waiting[0].at
                for e in waiting:
                    uow.forwarding.update_entry(e.id, at=e.at)
                stored = dict(rec.settings)
                old_start = datetime.fromisoformat(str(stored["start"])) if stored.get("start") else first
                if stored.get("window_end"):
                    end = datetime.fromisoformat(str(stored["window_end"]))
                    stored["window_end"] = max(end + (first - old_start), waiting[-1].at).isoformat()
                stored["start"] = first.isoformat()
                uow.forwarding.set_plan(plan_id, settings=json.dumps(stored, ensure_ascii=False))
                rec = replace(rec, settings=stored)
            entries = uow.forwarding.entries(plan_id)
            problems = self._problems(rec, entries, self._plan_settings(rec))
            if problems:
                raise ValidationError([f"plan #{plan_id} cannot be approved: {p}" for p in problems])
            uow.forwarding.move_entries(plan_id, [EntryState.PLANNED], EntryState.APPROVED)
            uow.forwarding.set_plan(plan_id, state=PlanState.APPROVED, approved_by=actor.name, approved_at=now)
            uow.audit.append(actor.name, "forward.approve", "",
                             {"plan": plan_id, "version": rec.version, "entries": len(waiting),
                              "retimed": retimed, "already_forwarded": len(out)})
            uow.commit()
        return self.status(plan_id)

    def cancel(self, plan_id: int, why: str = "", expected_version: int | None = None) -> PlanView:
        actor = self._actor()
        actor.require("cancel forwarding plans", *PLANNERS)
        with self._uow() as uow:
            rec = uow.forwarding.plan(plan_id, lock=True)
            if rec.state in (PlanState.DONE, PlanState.CANCELLED):
                raise ValidationError(f"plan #{plan_id} is already {rec.state.value}")
            self._take_version(uow, rec, expected_version, ["cancelled"], actor.name)
            n = uow.forwarding.move_entries(plan_id, [EntryState.PLANNED, EntryState.APPROVED], EntryState.SKIPPED,
                                            answer=why or f"plan cancelled by {actor.name}")
            uow.forwarding.set_plan(plan_id, state=PlanState.CANCELLED)
            uow.audit.append(actor.name, "forward.cancel", "", {"plan": plan_id, "entries": n})
            uow.commit()
        return self.status(plan_id)
