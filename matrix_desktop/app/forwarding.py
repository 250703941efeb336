"""Cross-forwarding coordination: rules, plans a leader approves, and the executor that sends them.

The planner (`core.forwarding`) decides who forwards when with what words; this service feeds it the
matrix as the database knows it, stores the plan, lets a leader edit and approve it, and runs the
approved entries when due. Exactly once: an entry is claimed (`sending`) and committed before the
request goes out; a worker that finds an entry still `sending` after its lease (the previous worker
died) or meets `WriteOutcomeUnknown` first looks for the forward on the post's repost timeline (or its
comments) and records what it finds instead of sending again.
"""

from __future__ import annotations

import logging
import os
import re
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from matrix_desktop.app.config import Config
from matrix_desktop.app.credentials import CredentialService
from matrix_desktop.core.accounts import AccountQuery, AccountRole
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.credentials import TokenState as MetaState
from matrix_desktop.core.errors import NotFound, ValidationError
from matrix_desktop.core.forwarding import (
    DEFAULT_TEMPLATES,
    DistinctTexts,
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
    validate_rule,
)
from matrix_desktop.core.forwarding.records import (
    ACTIVE_PLAN_STATES,
    Campaign,
    CampaignForward,
    CampaignSummary,
    EntryState,
    ForwarderSettings,
    ForwardNotice,
    ForwardPlanRecord,
    Gift,
    OutsideAccount,
    OutsideKind,
    PlanEntry,
    PlanState,
    SkippedAccount,
)
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.store.forwarding_repo import Claimed
from matrix_desktop.store.uow import SqlUnitOfWorkFactory
from matrix_desktop.weibo.client import WeiboClient
from matrix_desktop.weibo.errors import (
    RateLimited,
    RepeatedContent,
    TokenExpired,
    TokenInvalid,
    TransientError,
    WeiboApiError,
    WriteOutcomeUnknown,
)

log = logging.getLogger(__name__)

PLANNERS = (MemberRole.OPERATOR, MemberRole.LEADER, MemberRole.ADMIN)
TZ = "Asia/Shanghai"
#: How long a worker holds a claimed entry. Longer than one write can take (timeout, no retry once sent),
#: so a live worker never loses an entry to another; a dead worker's entries are taken over after it.
DEFAULT_LEASE_SECONDS = 120
#: Entries overdue by more than this at approval are moved forward together, keeping their gaps.
APPROVAL_GRACE = timedelta(seconds=60)
MAX_ATTEMPTS = 4

_TOPIC = re.compile(r"#([^#]{1,30})#")
_BRACKET = re.compile(r"【([^】]{1,40})】")


def post_kinds(text: str) -> frozenset[str]:
    """A post's kinds: its #topics# (the tag or column a rule may be limited to)."""
    return frozenset(t.strip() for t in _TOPIC.findall(text) if t.strip())


def post_title(text: str) -> str:
    """What `{title}` says: a 【headline】, else the first #topic#, else the first clause (≤ 30 characters)."""
    for rx in (_BRACKET, _TOPIC):
        m = rx.search(text)
        if m:
            return m.group(1).strip()
    first = re.split(r"[。！？!?\n：:，,]", re.sub(r"https?://\S+", "", text).strip(), maxsplit=1)[0].strip()
    return first[:30]


@dataclass(frozen=True)
class PlanView:
    """A stored plan with its entries (time order) and what `check_plan` says about them, in words."""

    plan: ForwardPlanRecord
    entries: tuple[PlanEntry, ...]
    problems: tuple[str, ...]
    min_gap_seconds: int
    window_end: datetime | None

    @property
    def id(self) -> int:
        return self.plan.id

    @property
    def live_entries(self) -> tuple[PlanEntry, ...]:
        return tuple(e for e in self.entries if e.state not in (EntryState.SKIPPED, EntryState.FAILED))

    def to_json_dict(self) -> dict[str, Any]:
        """The plan as the command line prints it (`forward plan --format json`)."""
        return {
            "plan_id": self.plan.id,
            "post": self.plan.post_mid,
            "state": self.plan.state.value,
            "version": self.plan.version,
            "entries": [{"account_uid": e.account_uid, "at": e.at.isoformat(), "action": e.action.value,
                         "text": e.text, "state": e.state.value, "platform_id": e.platform_id,
                         "answer": e.answer} for e in self.entries],
            "skipped": [{"account_uid": s.account_uid, "reason": s.reason} for s in self.plan.skipped],
            "problems": list(self.problems),
        }


def default_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


class ForwardingService:
    """Rules, plans, approval and execution of cross-forwarding (see the module docstring)."""

    def __init__(self, uow: SqlUnitOfWorkFactory, credentials: CredentialService, actor: ActorProvider,
                 config: Config, client_factory: Callable[..., WeiboClient] = WeiboClient,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._uow = uow
        self._credentials = credentials
        self._actor = actor
        self._config = config
        self._client_factory = client_factory
        self._clock = clock
        self.limits = PlatformLimits.STANDARD

    # -- rules and settings ----------------------------------------------------------------------
    def rules(self) -> list[ForwardRule]:
        with self._uow.readonly() as uow:
            return uow.forwarding.rules()

    def put_rule(self, rule: ForwardRule) -> None:
        """Add or replace the edge source → forwarder; refused with every problem in words."""
        actor = self._actor()
        actor.require("change forwarding rules", *PLANNERS)
        problems = validate_rule(rule)
        if rule.source_uid == rule.forwarder_uid:
            problems.append("an account does not forward its own posts")
        with self._uow() as uow:
            for uid in (rule.source_uid, rule.forwarder_uid):
                if uid and uow.accounts.get(uid) is None:
                    problems.append(f"account {uid} is not registered in the matrix")
            if problems:
                raise ValidationError(problems)
            uow.forwarding.put_rule(rule)
            uow.audit.append(actor.name, "forward.rule.put", rule.forwarder_uid,
                             {"source": rule.source_uid, "action": rule.action.value,
                              "kinds": sorted(rule.post_kinds), "templates": len(rule.templates)})
            uow.commit()

    def remove_rule(self, source_uid: str, forwarder_uid: str) -> None:
        actor = self._actor()
        actor.require("change forwarding rules", *PLANNERS)
        with self._uow() as uow:
            if not uow.forwarding.remove_rule(source_uid, forwarder_uid):
                raise NotFound(f"no rule {source_uid} → {forwarder_uid}")
            uow.audit.append(actor.name, "forward.rule.remove", forwarder_uid, {"source": source_uid})
            uow.commit()

    def default_rules(self) -> int:
        """The usual matrix (seed 001): everyone amplifies the official account; sub-brands and employees
        amplify the leaders. Adds only missing edges; returns how many were added."""
        actor = self._actor()
        actor.require("change forwarding rules", *PLANNERS)
        with self._uow() as uow:
            accounts = uow.accounts.search(AccountQuery())
            have = {(r.source_uid, r.forwarder_uid) for r in uow.forwarding.rules()}
            added = 0
            for src in accounts:
                if src.role not in (AccountRole.OFFICIAL, AccountRole.LEADER):
                    continue
                for f in accounts:
                    if f.uid == src.uid or (src.role is AccountRole.LEADER and f.role is not AccountRole.SUB_BRAND
                                            and f.role is not AccountRole.EMPLOYEE):
                        continue
                    if (src.uid, f.uid) in have:
                        continue
                    uow.forwarding.put_rule(ForwardRule(src.uid, f.uid))
                    added += 1
            uow.audit.append(actor.name, "forward.rule.defaults", "", {"added": added})
            uow.commit()
        return added

    def settings(self) -> dict[str, ForwarderSettings]:
        with self._uow.readonly() as uow:
            return uow.forwarding.all_settings()

    def settings_of(self, uid: str) -> ForwarderSettings:
        return self.settings().get(uid) or ForwarderSettings(uid)

    def put_settings(self, st: ForwarderSettings) -> None:
        actor = self._actor()
        actor.require("change forwarding settings", *PLANNERS)
        problems = []
        if not 0 <= st.daily_cap <= 100:
            problems.append(f"the daily cap {st.daily_cap} must be between 0 and 100")
        if len(st.slogan) > 60:
            problems.append("the slogan is longer than 60 characters")
        if problems:
            raise ValidationError(problems)
        with self._uow() as uow:
            if uow.accounts.get(st.account_uid) is None:
                raise NotFound(f"account {st.account_uid} is not registered in the matrix")
            uow.forwarding.put_settings(st)
            uow.audit.append(actor.name, "forward.settings", st.account_uid,
                             {"daily_cap": st.daily_cap, "opted_out": st.opted_out,
                              "quiet_hours": str(st.quiet_hours or "")})
            uow.commit()

    # -- planning ---------------------------------------------------------------------------------
    def source_post(self, mid: str) -> SourcePost:
        with self._uow.readonly() as uow:
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
                      seed: int) -> PlanSettings:
        return PlanSettings(seed=seed, start=start, window_minutes=window,
                            min_gap_seconds=120 if min_gap is None else min_gap, timezone=TZ, limits=self.limits)

    def _forwarders(self, start: datetime, exclude_plan: int | None = None) -> list[Forwarder]:
        now = self._clock()
        tz = ZoneInfo(TZ)
        day0 = datetime.combine(start.astimezone(tz).date(), datetime.min.time(), tz)
        with self._uow.readonly() as uow:
            accounts = uow.accounts.search(AccountQuery())
            settings = uow.forwarding.all_settings()
            metas = {m.account_uid: m for m in uow.tokens.all()}
            today = uow.forwarding.forwards_between(day0, day0 + timedelta(days=1), exclude_plan)
            last_hour = uow.forwarding.forwards_between(start - timedelta(hours=1), start, exclude_plan)
        flags = self._open_flag_severities()
        out = []
        for a in accounts:
            st = settings.get(a.uid) or ForwarderSettings(a.uid)
            meta = metas.get(a.uid)
            state = meta.effective_state(now, timedelta(0)) if meta else MetaState.NONE
            token = {MetaState.CONNECTED: TokenState.CONNECTED, MetaState.EXPIRING: TokenState.EXPIRING,
                     MetaState.EXPIRED: TokenState.EXPIRED}.get(state, TokenState.DISCONNECTED)
            out.append(Forwarder(a.uid, a.screen_name, a.role, st.slogan, st.daily_cap, st.quiet_hours,
                                 st.opted_out, token, flags.get(a.uid, "none"), last_hour.get(a.uid, 0),
                                 today.get(a.uid, 0), today.get(a.uid, 0)))
        return out

    def _open_flag_severities(self) -> dict[str, str]:
        """The highest open verification-flag severity per account, if the flags area is there to ask."""
        rank = {"none": 0, "low": 1, "medium": 2, "high": 3}
        out: dict[str, str] = {}
        try:
            with self._uow.readonly() as uow:
                live = getattr(uow.flags, "live", None)
                if not callable(live):
                    return {}
                for flag in live():
                    sev = str(getattr(getattr(flag, "severity", ""), "value", getattr(flag, "severity", "")))
                    uid = str(getattr(flag, "account_uid", ""))
                    if rank.get(sev, 0) > rank.get(out.get(uid, "none"), 0):
                        out[uid] = sev
        except Exception:
            log.info("flags not available for planning", exc_info=True)
            return {}
        return out

    def plan(self, post_mid: str, seed: int = 0, start: datetime | None = None, window: int | None = None,
             min_gap: int | None = None) -> PlanView:
        """Make and store a draft plan for `post_mid`. The timing options override the rules for this plan."""
        actor = self._actor()
        actor.require("make forwarding plans", *PLANNERS)
        post = self.source_post(post_mid)
        settings = self._settings_for(start, window, min_gap, seed)
        t0 = (start or post.published_at).astimezone(UTC)
        with self._uow.readonly() as uow:
            active = uow.forwarding.plans_for_post(post_mid, ACTIVE_PLAN_STATES)
            rules = uow.forwarding.rules()
            used = uow.forwarding.used_texts(post_mid)
        if active:
            p = active[0]
            raise ValidationError(f"post {post_mid} already has plan #{p.id} ({p.state.value}); "
                                  "cancel it before making another")
        result = make_plan(post, rules, self._forwarders(t0), settings, used)
        stored = {"start": t0.isoformat(), "window_minutes": window, "min_gap_seconds": settings.min_gap_seconds,
                  "timezone": TZ, "window_end": self._window_end(result, post, rules, t0, window)}
        with self._uow() as uow:
            plan_id = uow.forwarding.add_plan(
                post_mid, seed, stored, result.entries,
                [SkippedAccount(s.account_uid, s.screen_name, s.reason) for s in result.skipped], actor.name)
            uow.audit.append(actor.name, "forward.plan", post.author_uid,
                             {"plan": plan_id, "post": post_mid, "entries": len(result.entries),
                              "skipped": len(result.skipped), "seed": seed})
            uow.commit()
        return self.status(plan_id)

    @staticmethod
    def _window_end(plan: Plan, post: SourcePost, rules: Iterable[ForwardRule], t0: datetime,
                    window: int | None) -> str:
        if window is not None:
            end = t0 + timedelta(minutes=window)
        else:
            longest = max((r.delay_max_minutes for r in rules if r.applies_to(post)), default=240)
            end = t0 + timedelta(minutes=longest)
        return end.isoformat()

    def _plan_settings(self, rec: ForwardPlanRecord) -> PlanSettings:
        s = rec.settings
        start = datetime.fromisoformat(str(s["start"])) if s.get("start") else None
        window = s.get("window_minutes")
        return self._settings_for(start, int(str(window)) if window is not None else None,
                                  int(str(s.get("min_gap_seconds", 120))), rec.seed)

    def status(self, plan_id: int) -> PlanView:
        with self._uow.readonly() as uow:
            rec = uow.forwarding.plan(plan_id)
            entries = uow.forwarding.entries(plan_id)
        return self._view(rec, entries)

    def _view(self, rec: ForwardPlanRecord, entries: list[PlanEntry]) -> PlanView:
        settings = self._plan_settings(rec)
        problems: list[str] = []
        if rec.state in ACTIVE_PLAN_STATES:
            problems = self._problems(rec, entries, settings)
        end = rec.settings.get("window_end")
        return PlanView(rec, tuple(entries), tuple(problems), settings.min_gap_seconds,
                        datetime.fromisoformat(str(end)) if end else None)

    def _problems(self, rec: ForwardPlanRecord, entries: list[PlanEntry], settings: PlanSettings) -> list[str]:
        live = [e for e in entries if e.state not in (EntryState.SKIPPED, EntryState.FAILED)]
        plan = Plan(rec.post_mid, rec.seed, tuple(PlannedForward(e.account_uid, e.screen_name, e.role, e.at,
                                                                 e.action, e.text) for e in live), ())
        start = settings.start or self._clock()
        with self._uow.readonly() as uow:
            used = uow.forwarding.used_texts(rec.post_mid, exclude_plan=rec.id)
        forwarders = self._forwarders(start, exclude_plan=rec.id)
        sent = {e.account_uid for e in live if e.state is EntryState.SENT}
        # A token that expired after an entry was sent does not make the sent entry a problem.
        forwarders = [f if f.uid not in sent else replace(f, token_state=TokenState.CONNECTED, opted_out=False,
                                                          open_flag_severity="none") for f in forwarders]
        return check_plan(plan, forwarders, settings, used_texts=used)

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

    # -- review -----------------------------------------------------------------------------------
    def _reopen(self, uow: Any, rec: ForwardPlanRecord, actor: str, why: str) -> None:
        """An edit after approval: the plan goes back to draft with a new version and needs approving again."""
        if rec.state in (PlanState.APPROVED, PlanState.EXECUTING):
            uow.forwarding.move_entries(rec.id, [EntryState.APPROVED], EntryState.PLANNED)
            uow.forwarding.set_plan(rec.id, state=PlanState.DRAFT, version=rec.version + 1, approved_by="",
                                    approved_at=None)
            uow.audit.append(actor, "forward.reopen", "", {"plan": rec.id, "version": rec.version + 1, "why": why})

    def _editable(self, uow: Any, entry_id: int) -> tuple[ForwardPlanRecord, PlanEntry]:
        entry = uow.forwarding.entry(entry_id)
        rec = uow.forwarding.plan(entry.plan_id, lock=True)
        if rec.state in (PlanState.DONE, PlanState.CANCELLED):
            raise ValidationError(f"plan #{rec.id} is {rec.state.value}; it can no longer be changed")
        if entry.state not in (EntryState.PLANNED, EntryState.APPROVED):
            raise ValidationError(f"the forward of {entry.screen_name or entry.account_uid} is already "
                                  f"{entry.state.value}; it can no longer be changed")
        return rec, entry

    def edit_entry(self, entry_id: int, at: datetime | None = None, text: str | None = None) -> PlanView:
        """Move an entry or change its text. After approval this needs a new approval."""
        actor = self._actor()
        actor.require("edit forwarding plans", *PLANNERS)
        if at is not None and at.utcoffset() is None:
            raise ValidationError("the new time must carry a time zone")
        if text is not None and not text.strip():
            raise ValidationError("the text must not be empty")
        with self._uow() as uow:
            rec, entry = self._editable(uow, entry_id)
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

    def drop_entry(self, entry_id: int) -> PlanView:
        """Take an account out of the plan (it is listed as skipped, dropped by whom)."""
        actor = self._actor()
        actor.require("edit forwarding plans", *PLANNERS)
        with self._uow() as uow:
            rec, entry = self._editable(uow, entry_id)
            uow.forwarding.update_entry(entry_id, state=EntryState.SKIPPED, answer=f"dropped by {actor.name}")
            self._reopen(uow, rec, actor.name, f"dropped the forward of {entry.screen_name}")
            uow.audit.append(actor.name, "forward.drop", entry.account_uid, {"plan": rec.id, "entry": entry_id})
            uow.commit()
        return self.status(rec.id)

    def approve(self, plan_id: int) -> PlanView:
        """A leader approves the plan as it stands; refused with every problem `check_plan` finds.

        Entries overdue by more than a minute (a plan approved long after it was made) move forward
        together, keeping their gaps, so approval never releases a burst.
        """
        actor = self._actor()
        actor.require("approve forwarding plans", MemberRole.LEADER)
        now = self._clock()
        with self._uow() as uow:
            rec = uow.forwarding.plan(plan_id, lock=True)
            if rec.state is not PlanState.DRAFT:
                raise ValidationError(f"plan #{plan_id} is {rec.state.value}, not a draft waiting for approval")
            entries = uow.forwarding.entries(plan_id)
            waiting = [e for e in entries if e.state is EntryState.PLANNED]
            if not waiting:
                raise ValidationError(f"plan #{plan_id} has no forward left to approve")
            first = min(e.at for e in waiting)
            shift = now - first if now - first > APPROVAL_GRACE else None
            if shift is not None:
                for e in waiting:
                    uow.forwarding.update_entry(e.id, at=e.at + shift + timedelta(seconds=5))
                entries = uow.forwarding.entries(plan_id)
            problems = self._problems(rec, entries, self._plan_settings(rec))
            if problems:
                raise ValidationError([f"plan #{plan_id} cannot be approved: {p}" for p in problems])
            uow.forwarding.move_entries(plan_id, [EntryState.PLANNED], EntryState.APPROVED)
            uow.forwarding.set_plan(plan_id, state=PlanState.APPROVED, approved_by=actor.name, approved_at=now)
            uow.audit.append(actor.name, "forward.approve", "",
                             {"plan": plan_id, "version": rec.version, "entries": len(waiting),
                              "shifted_seconds": int(shift.total_seconds()) if shift else 0})
            uow.commit()
        return self.status(plan_id)

    def cancel(self, plan_id: int) -> PlanView:
        actor = self._actor()
        actor.require("cancel forwarding plans", *PLANNERS)
        with self._uow() as uow:
            rec = uow.forwarding.plan(plan_id, lock=True)
            if rec.state in (PlanState.DONE, PlanState.CANCELLED):
                raise ValidationError(f"plan #{plan_id} is already {rec.state.value}")
            n = uow.forwarding.move_entries(plan_id, [EntryState.PLANNED, EntryState.APPROVED], EntryState.SKIPPED,
                                            answer=f"plan cancelled by {actor.name}")
            uow.forwarding.set_plan(plan_id, state=PlanState.CANCELLED)
            uow.audit.append(actor.name, "forward.cancel", "", {"plan": plan_id, "entries": n})
            uow.commit()
        return self.status(plan_id)

    # -- execution --------------------------------------------------------------------------------
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
        clients: dict[str, WeiboClient | None] = {}
        try:
            for c in claimed:
                self._execute(c, now, worker, clients)
        finally:
            for client in clients.values():
                if client is not None:
                    client.close()
        return len(claimed)

    def _client(self, uid: str, clients: dict[str, WeiboClient | None]) -> WeiboClient | None:
        if uid not in clients:
            token = self._credentials.token_for_use(uid, "forwarding")
            clients[uid] = None if token is None else self._client_factory(
                self._credentials.base_url, token.reveal(), timeout=float(self._config.get("weibo.timeout_seconds")),
                rip=str(self._config.get("weibo.rip")))
        return clients[uid]

    def _find_existing(self, client: WeiboClient, e: PlanEntry, post_mid: str) -> str | None:
        """The id of this account's forward (or comment) with this text on the post, if it exists."""
        items = (client.iter_repost_timeline(post_mid, max_items=2000) if e.action.value == "repost"
                 else client.iter_comments_show(post_mid, max_items=2000))
        for item in items:
            user = item.get("user") or {}
            uid = str(user.get("idstr") or user.get("id") or "") if isinstance(user, dict) else ""
            if uid == e.account_uid and str(item.get("text", "")) == e.text:
                return str(item.get("idstr") or item.get("id"))
        return None

    def _send(self, client: WeiboClient, e: PlanEntry, post_mid: str, text: str) -> str:
        if e.action.value == "repost":
            answer = client.repost(post_mid, text)
        else:
            answer = client.comments_create(post_mid, text)
        return str(answer.get("idstr") or answer.get("id") or "")

    def _execute(self, c: Claimed, now: datetime, worker: str, clients: dict[str, WeiboClient | None]) -> None:
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

    def _safe_find(self, client: WeiboClient, e: PlanEntry, post_mid: str, text: str) -> str | None:
        try:
            return self._find_existing(client, replace(e, text=text), post_mid)
        except (WeiboApiError, OSError):
            return None

    def _fresh_text(self, e: PlanEntry, post_mid: str) -> str:
        """A text no forward of the plan uses: the rule's templates (or the built-ins), varied."""
        post = self.source_post(post_mid)
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
        view = self.status(e.plan_id)
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

    # -- notices ----------------------------------------------------------------------------------
    def notices(self, unread_only: bool = True) -> list[ForwardNotice]:
        with self._uow.readonly() as uow:
            return uow.forwarding.notices(unread_only)

    # -- paid forwarding --------------------------------------------------------------------------
    def add_campaign(self, name: str, budget_fen: int, post_mid: str = "", plan_id: int | None = None,
                     notes: str = "") -> Campaign:
        actor = self._actor()
        actor.require("set up campaigns", *PLANNERS)
        name = name.strip()
        if not name:
            raise ValidationError("a campaign needs a name")
        if budget_fen < 0:
            raise ValidationError("the budget must not be negative")
        with self._uow() as uow:
            if uow.forwarding.campaign_by_name(name) is not None:
                raise ValidationError(f"a campaign named {name} already exists")
            if plan_id is not None:
                uow.forwarding.plan(plan_id)
            c = uow.forwarding.add_campaign(name, budget_fen, post_mid, plan_id, notes)
            uow.audit.append(actor.name, "forward.campaign.add", "", {"campaign": c.id, "budget_fen": budget_fen})
            uow.commit()
            return c

    def campaigns(self) -> list[Campaign]:
        with self._uow.readonly() as uow:
            return uow.forwarding.campaigns()

    def put_outside(self, uid: str, name: str, kind: OutsideKind, cost_fen: int = 0, followers: int = 0,
                    notes: str = "") -> OutsideAccount:
        actor = self._actor()
        actor.require("manage outside accounts", *PLANNERS)
        if not uid.strip() or not name.strip():
            raise ValidationError("an outside account needs a uid and a name")
        if cost_fen < 0 or followers < 0:
            raise ValidationError("cost and followers must not be negative")
        with self._uow() as uow:
            o = uow.forwarding.put_outside(uid.strip(), name.strip(), kind, cost_fen, followers, notes)
            uow.audit.append(actor.name, "forward.outside.put", uid, {"kind": kind.value, "cost_fen": cost_fen})
            uow.commit()
            return o

    def outside_accounts(self) -> list[OutsideAccount]:
        with self._uow.readonly() as uow:
            return uow.forwarding.outside_accounts()

    def record_paid_forward(self, campaign_id: int, outside: str, platform_id: str = "",
                            at: datetime | None = None, cost_fen: int | None = None) -> None:
        """An outside account forwarded for the campaign; the cost defaults to its cost per forward."""
        actor = self._actor()
        actor.require("record paid forwards", *PLANNERS)
        with self._uow() as uow:
            c = uow.forwarding.campaign(campaign_id)
            o = uow.forwarding.outside(outside)
            cost = o.cost_per_forward_fen if cost_fen is None else cost_fen
            uow.forwarding.add_campaign_forward(c.id, o.id, platform_id, at or self._clock(), cost)
            uow.audit.append(actor.name, "forward.campaign.forward", o.uid,
                             {"campaign": c.id, "id": platform_id, "cost_fen": cost})
            uow.commit()

    def add_gift(self, outside: str, what: str, cost_fen: int, on: Any = None,
                 campaign_id: int | None = None) -> None:
        actor = self._actor()
        actor.require("record gifts", *PLANNERS)
        if not what.strip():
            raise ValidationError("say what the gift was")
        with self._uow() as uow:
            o = uow.forwarding.outside(outside)
            if campaign_id is not None:
                uow.forwarding.campaign(campaign_id)
            uow.forwarding.add_gift(o.id, on or self._clock().astimezone(ZoneInfo(TZ)).date(), what.strip(),
                                    cost_fen, campaign_id)
            uow.audit.append(actor.name, "forward.gift", o.uid, {"what": what.strip(), "cost_fen": cost_fen,
                                                                 "campaign": campaign_id})
            uow.commit()

    def gifts(self, campaign_id: int | None = None) -> list[Gift]:
        with self._uow.readonly() as uow:
            return uow.forwarding.gifts(campaign_id)

    def campaign_forwards(self, campaign_id: int) -> list[CampaignForward]:
        with self._uow.readonly() as uow:
            return uow.forwarding.campaign_forwards(campaign_id)

    def campaign_summary(self, campaign_id: int) -> CampaignSummary:
        """Spend (paid forwards + gifts) against budget; reach = followers of every forwarding account
        (outside ones, and the matrix's own sent forwards of the linked plan); interactions counted on them."""
        with self._uow.readonly() as uow:
            c = uow.forwarding.campaign(campaign_id)
            fwd = uow.forwarding.campaign_forwards(campaign_id)
            gifts = uow.forwarding.gifts(campaign_id)
            matrix_reach = 0
            matrix_forwards = 0
            if c.plan_id is not None:
                followers = {a.uid: a.followers_count for a in uow.accounts.search(AccountQuery())}
                for e in uow.forwarding.entries(c.plan_id):
                    if e.state is EntryState.SENT:
                        matrix_forwards += 1
                        matrix_reach += followers.get(e.account_uid, 0)
        return CampaignSummary(c, sum(f.cost_fen for f in fwd), sum(g.cost_fen for g in gifts),
                               len(fwd) + matrix_forwards, sum(f.reach for f in fwd) + matrix_reach,
                               sum(f.interactions for f in fwd))
