"""Repositories of the forwarding area: rules, per-account settings, plans and entries, paid forwarding.

Everything comes back as plain core dataclasses. `claim_due` is the executor's queue: on PostgreSQL it
locks the rows it claims with `FOR UPDATE SKIP LOCKED`, so several workers never claim one entry; on
SQLite the writing unit of work already holds the database's write lock (BEGIN IMMEDIATE).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, delete, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session, defer

from matrix_desktop.core.accounts import AccountRole
from matrix_desktop.core.credentials import TokenState
from matrix_desktop.core.errors import NotFound, changed_keys
from matrix_desktop.core.forwarding.planner import PlannedForward
from matrix_desktop.core.forwarding.records import (
    RUNNABLE_PLAN_STATES,
    Campaign,
    CampaignForward,
    Claimed,
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
from matrix_desktop.core.forwarding.rules import ForwardAction, ForwardRule, QuietHours
from matrix_desktop.store.models import AccountRow
from matrix_desktop.store.models.base import utcnow
from matrix_desktop.store.models.forwarding import (
    CampaignForwardRow,
    CampaignRow,
    ForwardEntryRow,
    ForwarderSettingRow,
    ForwardNoticeRow,
    ForwardPlanRow,
    ForwardRuleRow,
    ForwardTeamSettingRow,
    GiftRow,
    OutsideAccountRow,
)
from matrix_desktop.store.models.weibo import InteractionRow, PostRow, TokenMetaRow
from matrix_desktop.store.versioning import take_version

E = ForwardEntryRow
P = ForwardPlanRow
_FINAL = [s.value for s in EntryState if s.final]
_ACTIONS = {a.value: a for a in ForwardAction}
_RUNNABLE = [s.value for s in RUNNABLE_PLAN_STATES]


def rule_from_row(r: ForwardRuleRow) -> ForwardRule:
    return ForwardRule(r.source_uid, r.forwarder_uid, frozenset(json.loads(r.post_kinds or "[]")),
                       ForwardAction(r.action), r.delay_min_minutes, r.delay_max_minutes,
                       tuple(json.loads(r.templates or "[]")), r.enabled)


_ROLES = {r.value: r for r in AccountRole}
_ENTRY_STATES = {s.value: s for s in EntryState}


def entry_from_row(r: Any) -> PlanEntry:  # a ForwardEntryRow or a row of its columns
    # Enums by dict look-up: `EnumClass(value)` costs a microsecond or more each, thousands per plan.
    return PlanEntry(r.id, r.plan_id, r.account_uid, r.screen_name, _ROLES[r.role], r.at, _ACTIONS[r.action],
                     r.text, _ENTRY_STATES[r.state], r.attempts, r.platform_id, r.answer, r.updated_at)


class SqlForwardingRepository:
    """Forwarding rules, settings, plans, entries and campaigns on one session."""

    def __init__(self, session: Session) -> None:
        self.s = session

    # -- rules and settings --------------------------------------------------------------------------
    def rules(self, source_uid: str | None = None) -> list[ForwardRule]:
        """Every rule (or those from `source_uid`, what one plan needs), by one Core query: a 5,000-account
        matrix has 25,000 of them, too many for ORM objects, and most share the same few JSON lists,
        parsed once each."""
        r = ForwardRuleRow
        stmt = select(r.source_uid, r.forwarder_uid, r.post_kinds, r.action, r.delay_min_minutes,
                      r.delay_max_minutes, r.templates, r.enabled).order_by(r.source_uid, r.id)
        if source_uid is not None:
            stmt = stmt.where(r.source_uid == source_uid)
        rows = self.s.connection().execute(stmt)  # Core: the ORM's row loading costs as much as the rows
        kinds: dict[str, frozenset[str]] = {}
        templates: dict[str, tuple[str, ...]] = {}
        out = []
        for src, fwd, pk, action, dmin, dmax, tpl, enabled in rows:
            pk, tpl = pk or "[]", tpl or "[]"
            if pk not in kinds:
                kinds[pk] = frozenset(json.loads(pk))
            if tpl not in templates:
                templates[tpl] = tuple(json.loads(tpl))
            out.append(ForwardRule(src, fwd, kinds[pk], _ACTIONS[action], dmin, dmax, templates[tpl],
                                   bool(enabled)))
        return out

    def has_rules(self) -> bool:
        """Whether the matrix has any rule at all (a refusal says "add the usual matrix" when not)."""
        return bool(self.s.scalar(select(exists().where(ForwardRuleRow.id.is_not(None)))))

    def forwarder_rows(self, now: datetime) -> list[tuple[str, str, AccountRole, TokenState,
                                                       ForwarderSettings | None]]:
        """Every active account with its token's state at `now` and its forwarding settings, in the
        registry's order: what the planner knows of each forwarder, read as one query of plain rows.

        The token's state is decided in the query (what `TokenMeta.effective_state(now, 0)` says: revoked,
        expired by state or by date, else connected; no token: none), so a 5,000-account matrix does not
        turn 15,000 timestamps into datetimes only to compare one of them with `now`."""
        a, t, f = AccountRow, TokenMetaRow, ForwarderSettingRow
        order = case({"official": 0, "leader": 1, "sub_brand": 2}, value=a.role, else_=3)
        token = case((t.account_uid.is_(None), TokenState.NONE.value),
                     (t.state == TokenState.REVOKED.value, TokenState.REVOKED.value),
                     (or_(t.state == TokenState.EXPIRED.value, t.expires_at <= now), TokenState.EXPIRED.value),
                     else_=TokenState.CONNECTED.value)
        stmt = (select(a.uid, a.screen_name, a.role, token, f.account_uid, f.slogan, f.daily_cap, f.quiet_hours,
                       f.opted_out)
                .outerjoin(t, t.account_uid == a.uid).outerjoin(f, f.account_uid == a.uid)
                .where(a.archived.is_(False)).order_by(order, a.sort_name, a.id))
        roles = {r.value: r for r in AccountRole}
        states = {s.value: s for s in TokenState}
        quiet: dict[str, QuietHours | None] = {"": None}
        out: list[tuple[str, str, AccountRole, TokenState, ForwarderSettings | None]] = []
        for uid, name, role, state, f_uid, slogan, cap, hours, opted_out in self.s.connection().execute(stmt):
            settings = None
            if f_uid is not None:
                hours = hours or ""
                if hours not in quiet:
                    quiet[hours] = QuietHours.parse(hours)
                settings = ForwarderSettings(f_uid, slogan, cap, quiet[hours], bool(opted_out))
            out.append((uid, name, roles[role], states[state], settings))
        return out

    def put_rule(self, rule: ForwardRule) -> None:
        row = self.s.scalar(select(ForwardRuleRow).where(ForwardRuleRow.source_uid == rule.source_uid,
                                                         ForwardRuleRow.forwarder_uid == rule.forwarder_uid))
        if row is None:
            row = ForwardRuleRow(source_uid=rule.source_uid, forwarder_uid=rule.forwarder_uid)
            self.s.add(row)
        row.post_kinds = json.dumps(sorted(rule.post_kinds), ensure_ascii=False)
        row.action = rule.action.value
        row.delay_min_minutes = rule.delay_min_minutes
        row.delay_max_minutes = rule.delay_max_minutes
        row.templates = json.dumps(list(rule.templates), ensure_ascii=False)
        row.enabled = rule.enabled
        row.updated_at = utcnow()
        self.s.flush()

    def remove_rule(self, source_uid: str, forwarder_uid: str) -> bool:
        result = self.s.execute(delete(ForwardRuleRow).where(ForwardRuleRow.source_uid == source_uid,
                                                             ForwardRuleRow.forwarder_uid == forwarder_uid))
        return bool(getattr(result, "rowcount", 0))

    def all_settings(self) -> dict[str, ForwarderSettings]:
        f = ForwarderSettingRow  # plain rows: one per account, thousands on a big matrix
        rows = self.s.execute(select(f.account_uid, f.slogan, f.daily_cap, f.quiet_hours, f.opted_out))
        return {r.account_uid: _settings(r) for r in rows}

    def put_settings(self, st: ForwarderSettings) -> None:
        row = self.s.get(ForwarderSettingRow, st.account_uid)
        if row is None:
            row = ForwarderSettingRow(account_uid=st.account_uid)
            self.s.add(row)
        row.slogan = st.slogan
        row.daily_cap = st.daily_cap
        row.quiet_hours = f"{st.quiet_hours.start:%H:%M}-{st.quiet_hours.end:%H:%M}" if st.quiet_hours else ""
        row.opted_out = st.opted_out
        row.updated_at = utcnow()
        self.s.flush()

    # -- plans ---------------------------------------------------------------------------------------
    def add_plan(self, post_mid: str, seed: int, settings: dict[str, Any], entries: Sequence[PlannedForward],
                 skipped: Sequence[SkippedAccount], created_by: str) -> int:
        now = utcnow()
        plan = P(post_mid=post_mid, seed=seed, settings=json.dumps(settings, ensure_ascii=False),
                 skipped=json.dumps([{"account_uid": k.account_uid, "screen_name": k.screen_name,
                                      "reason": k.reason} for k in skipped], ensure_ascii=False),
                 state=PlanState.DRAFT.value, created_by=created_by, created_at=now, approved_by="", version=1,
                 updated_at=now)
        self.s.add(plan)
        self.s.flush()
        if entries:  # thousands on a big matrix: one executemany, not ORM objects
            self.s.connection().execute(insert(E), [
                {"plan_id": plan.id, "account_uid": e.account_uid, "screen_name": e.screen_name,
                 "role": e.role.value, "at": e.at, "action": e.action.value, "text": e.text,
                 "state": EntryState.PLANNED.value, "attempts": 0, "platform_id": "", "answer": "",
                 "claimed_by": "", "claimed_until": None, "updated_at": now} for e in entries])
        return plan.id

    def _plan_row(self, plan_id: int, lock: bool = False, skipped: bool = True) -> ForwardPlanRow:
        stmt = select(P).where(P.id == plan_id)
        if not skipped:
            stmt = stmt.options(defer(P.skipped))
        if lock:
            stmt = stmt.with_for_update()
        row = self.s.scalar(stmt)
        if row is None:
            raise NotFound(f"no forwarding plan #{plan_id}")
        return row

    def plan(self, plan_id: int, lock: bool = False, skipped: Sequence[SkippedAccount] | None = None
             ) -> ForwardPlanRecord:
        """The plan; with `lock`, its row is locked (PostgreSQL) so edits and approval do not interleave.
        With `skipped` (the caller's own: it has just written them) the stored list is not read back: a
        plan of a big matrix skips thousands, a third of the cost of showing a new plan."""
        if skipped is None:
            return self._records([self._plan_row(plan_id, lock)])[0]
        return self._records([self._plan_row(plan_id, lock, skipped=False)], tuple(skipped))[0]

    def _records(self, rows: Sequence[ForwardPlanRow], skipped: tuple[SkippedAccount, ...] | None = None
                 ) -> list[ForwardPlanRecord]:
        ids = [r.id for r in rows]
        counts: dict[int, dict[str, int]] = defaultdict(dict)
        if ids:
            for pid, state, n in self.s.execute(select(E.plan_id, E.state, func.count()).where(
                    E.plan_id.in_(ids)).group_by(E.plan_id, E.state)):
                counts[pid][state] = n
        mids = {r.post_mid for r in rows}
        posts = {p.mid: p for p in self.s.scalars(select(PostRow).where(PostRow.mid.in_(mids)))} if mids else {}
        names = self._names({p.account_uid for p in posts.values()})
        out = []
        for r in rows:
            post = posts.get(r.post_mid)
            out.append(ForwardPlanRecord(
                r.id, r.post_mid, r.seed, json.loads(r.settings or "{}"), PlanState(r.state), r.created_by,
                r.created_at, r.approved_by, r.approved_at, r.version,
                skipped if skipped is not None else tuple(
                    SkippedAccount(k["account_uid"], k.get("screen_name", ""), k["reason"])
                    for k in json.loads(r.skipped or "[]")),
                post.text if post else "", names.get(post.account_uid, "") if post else "", dict(counts[r.id]),
                r.row_version or 1, changed_keys(r.changed_fields or ""), r.changed_by or ""))
        return out

    def _names(self, uids: Iterable[str]) -> dict[str, str]:
        from matrix_desktop.store.models import AccountRow

        wanted = set(uids)
        if not wanted:
            return {}
        return dict(self.s.execute(select(AccountRow.uid, AccountRow.screen_name)
                                   .where(AccountRow.uid.in_(wanted))).all())

    def plan_ids(self, sort: str = "created_at", descending: bool = True) -> list[int]:
        col = {"id": P.id, "post": P.post_mid, "state": P.state, "created_by": P.created_by,
               "approved_by": P.approved_by}.get(sort, P.created_at)
        stmt = select(P.id).order_by(col.desc() if descending else col.asc(), P.id.desc())
        return list(self.s.scalars(stmt))

    def count_plans(self, states: Iterable[PlanState]) -> int:
        """How many plans are in one of `states` (the badge of plans waiting for approval)."""
        return int(self.s.scalar(select(func.count()).select_from(P).where(
            P.state.in_([s.value for s in states]))) or 0)

    def plans_by_ids(self, ids: Sequence[int]) -> list[ForwardPlanRecord]:
        rows = {r.id: r for r in self.s.scalars(select(P).where(P.id.in_(ids)))} if ids else {}
        return self._records([rows[i] for i in ids if i in rows])

    def plans_for_post(self, post_mid: str, states: Iterable[PlanState]) -> list[ForwardPlanRecord]:
        rows = self.s.scalars(select(P).where(P.post_mid == post_mid, P.state.in_([s.value for s in states])))
        return self._records(list(rows))

    def take_plan_version(self, plan_id: int, expected: int | None, changed: Sequence[str], by: str
                          ) -> int | None:
        """Move the plan to its next edit version if it is still at `expected` (see store.versioning)."""
        return take_version(self.s, P, plan_id, expected, changed, by)

    def set_plan(self, plan_id: int, **fields: Any) -> None:
        row = self._plan_row(plan_id)
        for k, v in fields.items():
            setattr(row, k, v.value if isinstance(v, PlanState) else v)
        row.updated_at = utcnow()
        self.s.flush()

    # -- entries -------------------------------------------------------------------------------------
    def entries(self, plan_id: int) -> list[PlanEntry]:
        """The plan's entries in time order, as plain columns (a plan of a big matrix has thousands)."""
        rows = self.s.execute(select(E.id, E.plan_id, E.account_uid, E.screen_name, E.role, E.at, E.action,
                                     E.text, E.state, E.attempts, E.platform_id, E.answer, E.updated_at)
                              .where(E.plan_id == plan_id).order_by(E.at, E.id))
        return [entry_from_row(r) for r in rows]

    def entry(self, entry_id: int) -> PlanEntry:
        row = self.s.get(E, entry_id)
        if row is None:
            raise NotFound(f"no forwarding entry #{entry_id}")
        return entry_from_row(row)

    def update_entry(self, entry_id: int, **fields: Any) -> None:
        row = self.s.get(E, entry_id)
        if row is None:
            raise NotFound(f"no forwarding entry #{entry_id}")
        for k, v in fields.items():
            setattr(row, k, v.value if isinstance(v, EntryState) else v)
        row.updated_at = utcnow()
        self.s.flush()

    def move_entries(self, plan_id: int, from_states: Iterable[EntryState], to: EntryState,
                     answer: str | None = None) -> int:
        values: dict[str, Any] = {"state": to.value, "updated_at": utcnow()}
        if answer is not None:
            values["answer"] = answer
        result = self.s.execute(update(E).where(E.plan_id == plan_id, E.state.in_([s.value for s in from_states]))
                                .values(**values))
        return int(getattr(result, "rowcount", 0) or 0)

    def claim_due(self, now: datetime, worker_id: str, lease_until: datetime, limit: int) -> list[Claimed]:
        """Claim up to `limit` due entries for `worker_id`: approved ones whose time has come, and
        `sending` ones whose worker's lease ran out (it died mid-send). They become `sending`."""
        due = or_(and_(E.state == EntryState.APPROVED.value, E.at <= now),
                  and_(E.state == EntryState.SENDING.value, E.claimed_until < now))
        stmt = (select(E).join(P, P.id == E.plan_id).where(P.state.in_(_RUNNABLE), due)
                .order_by(E.at, E.id).limit(limit).with_for_update(of=E, skip_locked=True))
        rows = list(self.s.scalars(stmt))
        if not rows:
            return []
        mids = dict(self.s.execute(select(P.id, P.post_mid).where(P.id.in_({r.plan_id for r in rows}))).all())
        out = []
        stamp = utcnow()
        for r in rows:
            resumed = r.state == EntryState.SENDING.value
            r.state = EntryState.SENDING.value
            r.attempts += 1
            r.claimed_by = worker_id
            r.claimed_until = lease_until
            r.updated_at = stamp
            out.append(Claimed(entry_from_row(r), mids[r.plan_id], resumed))
        self.s.flush()
        self.s.execute(update(P).where(P.id.in_({r.plan_id for r in rows}), P.state == PlanState.APPROVED.value)
                       .values(state=PlanState.EXECUTING.value, updated_at=stamp))
        return out

    def finish(self, entry_id: int, worker_id: str, state: EntryState, answer: str, platform_id: str = "",
               at: datetime | None = None, text: str | None = None) -> bool:
        """Record what happened to a claimed entry; False if this worker no longer holds it."""
        values: dict[str, Any] = {"state": state.value, "answer": answer, "updated_at": utcnow(),
                                  "claimed_until": None}
        if platform_id:
            values["platform_id"] = platform_id
        if at is not None:
            values["at"] = at
        if text is not None:
            values["text"] = text
        result = self.s.execute(update(E).where(E.id == entry_id, E.state == EntryState.SENDING.value,
                                                E.claimed_by == worker_id).values(**values))
        if not getattr(result, "rowcount", 0):
            return False
        plan_id = self.s.scalar(select(E.plan_id).where(E.id == entry_id))
        open_left = self.s.scalar(select(func.count()).select_from(E).where(E.plan_id == plan_id,
                                                                            E.state.not_in(_FINAL)))
        if not open_left:
            self.s.execute(update(P).where(P.id == plan_id, P.state.in_(_RUNNABLE))
                           .values(state=PlanState.DONE.value, updated_at=utcnow()))
        return True

    def pending(self) -> tuple[int, datetime | None]:
        """How many entries of runnable plans still wait (approved or sending), and when the next is due."""
        stmt = (select(func.count(), func.min(E.at)).select_from(E).join(P, P.id == E.plan_id)
                .where(P.state.in_(_RUNNABLE), E.state.in_([EntryState.APPROVED.value, EntryState.SENDING.value])))
        n, first = self.s.execute(stmt).one()
        leases = self.s.scalar(select(func.min(E.claimed_until)).join(P, P.id == E.plan_id).where(
            P.state.in_(_RUNNABLE), E.state == EntryState.SENDING.value))
        nxt = min((t for t in (first, leases) if t is not None), default=None)
        if isinstance(nxt, str):  # SQLite hands an aggregate back as text
            nxt = datetime.fromisoformat(nxt)
        if nxt is not None and nxt.tzinfo is None:
            from datetime import UTC

            nxt = nxt.replace(tzinfo=UTC)
        return int(n or 0), nxt

    def forwards_between(self, start: datetime, end: datetime, exclude_plan: int | None = None) -> dict[str, int]:
        """Forwards per account between `start` and `end`, sent or still to be sent, in live plans."""
        stmt = (select(E.account_uid, func.count()).join(P, P.id == E.plan_id)
                .where(E.at >= start, E.at < end, P.state != PlanState.CANCELLED.value,
                       E.state.in_([EntryState.PLANNED.value, EntryState.APPROVED.value, EntryState.SENDING.value,
                                    EntryState.SENT.value]))
                .group_by(E.account_uid))
        if exclude_plan is not None:
            stmt = stmt.where(E.plan_id != exclude_plan)
        return {uid: int(n) for uid, n in self.s.execute(stmt)}

    def used_texts(self, post_mid: str, exclude_plan: int | None = None) -> dict[str, set[str]]:
        """Texts each account used (or will use) on `post_mid` in other plans: the platform refuses repeats."""
        stmt = select(E.account_uid, E.text).join(P, P.id == E.plan_id).where(P.post_mid == post_mid)
        if exclude_plan is not None:
            stmt = stmt.where(E.plan_id != exclude_plan)
        out: dict[str, set[str]] = defaultdict(set)
        for uid, text in self.s.execute(stmt):
            out[uid].add(text)
        return dict(out)

    def note_text(self, entry_id: int, worker_id: str, text: str) -> bool:
        """Record a rewritten text on an entry this worker is sending, before the rewrite goes out, so a
        worker taking over after a crash looks for the text that was actually sent."""
        result = self.s.execute(update(E).where(E.id == entry_id, E.state == EntryState.SENDING.value,
                                                E.claimed_by == worker_id).values(text=text, updated_at=utcnow()))
        return bool(getattr(result, "rowcount", 0))

    def already_forwarded(self, post_mid: str) -> dict[str, str]:
        """Accounts known to have forwarded `post_mid` already: their synced reposts of it, and forwards sent
        by earlier plans. Maps the account to the forward's id."""
        out: dict[str, str] = {}
        for uid, mid in self.s.execute(select(PostRow.account_uid, PostRow.mid)
                                       .where(PostRow.retweeted_mid == post_mid)):
            out.setdefault(uid, mid)
        sent = (select(E.account_uid, E.platform_id).join(P, P.id == E.plan_id)
                .where(P.post_mid == post_mid, E.state == EntryState.SENT.value))
        for uid, pid in self.s.execute(sent):
            out.setdefault(uid, pid or "sent by an earlier plan")
        return out

    def recent_texts(self, since: datetime) -> dict[str, set[str]]:
        """What each account forwarded (or will) since `since`: plan entries and its synced reposts."""
        out: dict[str, set[str]] = defaultdict(set)
        stmt = (select(E.account_uid, E.text).join(P, P.id == E.plan_id)
                .where(E.at >= since, P.state != PlanState.CANCELLED.value,
                       E.state.in_([EntryState.PLANNED.value, EntryState.APPROVED.value, EntryState.SENDING.value,
                                    EntryState.SENT.value])))
        for uid, text in self.s.execute(stmt):
            out[uid].add(text)
        for uid, text in self.s.execute(select(PostRow.account_uid, PostRow.text)
                                        .where(PostRow.retweeted_mid != "", PostRow.created_at >= since)):
            out[uid].add(text)
        return dict(out)

    def team_setting(self, key: str) -> Any:
        row = self.s.get(ForwardTeamSettingRow, key)
        return json.loads(row.value) if row else None

    def put_team_setting(self, key: str, value: Any, by: str) -> None:
        row = self.s.get(ForwardTeamSettingRow, key)
        raw = json.dumps(value, ensure_ascii=False)
        if row is None:
            self.s.add(ForwardTeamSettingRow(key=key, value=raw, updated_by=by, updated_at=utcnow()))
        else:
            row.value, row.updated_by, row.updated_at = raw, by, utcnow()
        self.s.flush()

    # -- source posts --------------------------------------------------------------------------------
    def post(self, mid: str) -> tuple[str, str, str, datetime] | None:
        """(mid, author uid, text, created_at) of a synced post, or None."""
        p = self.s.scalar(select(PostRow).where(PostRow.mid == mid))
        return (p.mid, p.account_uid, p.text, p.created_at) if p else None

    def recent_posts(self, uids: Iterable[str], limit: int = 50) -> list[tuple[str, str, str, datetime]]:
        """The newest original posts (not reposts) of `uids`, newest first."""
        stmt = (select(PostRow).where(PostRow.account_uid.in_(list(uids)), PostRow.retweeted_mid == "")
                .order_by(PostRow.created_at.desc()).limit(limit))
        return [(p.mid, p.account_uid, p.text, p.created_at) for p in self.s.scalars(stmt)]

    # -- notices -------------------------------------------------------------------------------------
    def add_notice(self, kind: str, account_uid: str, plan_id: int | None, text: str) -> None:
        self.s.add(ForwardNoticeRow(kind=kind, account_uid=account_uid, plan_id=plan_id, text=text, read=False,
                                    created_at=utcnow()))
        self.s.flush()

    def notices(self, unread_only: bool = True) -> list[ForwardNotice]:
        stmt = select(ForwardNoticeRow).order_by(ForwardNoticeRow.id.desc())
        if unread_only:
            stmt = stmt.where(ForwardNoticeRow.read.is_(False))
        return [ForwardNotice(r.id, r.created_at, r.kind, r.account_uid, r.plan_id, r.text, r.read)
                for r in self.s.scalars(stmt)]

    # -- paid forwarding -----------------------------------------------------------------------------
    def add_campaign(self, name: str, budget_fen: int, post_mid: str, plan_id: int | None, notes: str) -> Campaign:
        row = CampaignRow(name=name, budget_fen=budget_fen, post_mid=post_mid, plan_id=plan_id, notes=notes,
                          created_at=utcnow())
        self.s.add(row)
        self.s.flush()
        return _campaign(row)

    def campaigns(self) -> list[Campaign]:
        return [_campaign(r) for r in self.s.scalars(select(CampaignRow).order_by(CampaignRow.id.desc()))]

    def campaign(self, campaign_id: int) -> Campaign:
        row = self.s.get(CampaignRow, campaign_id)
        if row is None:
            raise NotFound(f"no campaign #{campaign_id}")
        return _campaign(row)

    def campaign_by_name(self, name: str) -> Campaign | None:
        row = self.s.scalar(select(CampaignRow).where(CampaignRow.name == name))
        return _campaign(row) if row else None

    def put_outside(self, uid: str, name: str, kind: OutsideKind, cost_fen: int, followers: int,
                    notes: str) -> OutsideAccount:
        row = self.s.scalar(select(OutsideAccountRow).where(OutsideAccountRow.uid == uid))
        if row is None:
            row = OutsideAccountRow(uid=uid)
            self.s.add(row)
        row.name, row.kind, row.cost_per_forward_fen, row.followers, row.notes = (name, kind.value, cost_fen,
                                                                                  followers, notes)
        self.s.flush()
        return _outside(row)

    def outside_accounts(self) -> list[OutsideAccount]:
        return [_outside(r) for r in self.s.scalars(select(OutsideAccountRow).order_by(OutsideAccountRow.name))]

    def outside(self, uid_or_id: str) -> OutsideAccount:
        cond = OutsideAccountRow.uid == uid_or_id
        if uid_or_id.isdigit() and len(uid_or_id) < 9:
            cond = or_(cond, OutsideAccountRow.id == int(uid_or_id))
        row = self.s.scalar(select(OutsideAccountRow).where(cond))
        if row is None:
            raise NotFound(f"no outside account {uid_or_id} (add it with `forward campaign outside-add`)")
        return _outside(row)

    def add_campaign_forward(self, campaign_id: int, outside_id: int, platform_id: str, at: datetime,
                             cost_fen: int) -> None:
        self.s.add(CampaignForwardRow(campaign_id=campaign_id, outside_account_id=outside_id,
                                      platform_id=platform_id, at=at, cost_fen=cost_fen))
        self.s.flush()

    def campaign_forwards(self, campaign_id: int) -> list[CampaignForward]:
        stmt = (select(CampaignForwardRow, OutsideAccountRow).join(
            OutsideAccountRow, OutsideAccountRow.id == CampaignForwardRow.outside_account_id)
            .where(CampaignForwardRow.campaign_id == campaign_id).order_by(CampaignForwardRow.at))
        rows = list(self.s.execute(stmt))
        mids = [f.platform_id for f, _ in rows if f.platform_id]
        counts: dict[str, int] = {}
        if mids:
            counts = {m: int(n) for m, n in self.s.execute(
                select(InteractionRow.post_mid, func.count()).where(InteractionRow.post_mid.in_(mids))
                .group_by(InteractionRow.post_mid))}
            for p in self.s.scalars(select(PostRow).where(PostRow.mid.in_(mids))):
                counts[p.mid] = max(counts.get(p.mid, 0), p.comments_count + p.reposts_count + p.attitudes_count)
        return [CampaignForward(f.id, f.campaign_id, f.outside_account_id, f.platform_id, f.at, f.cost_fen,
                                o.name, o.followers, counts.get(f.platform_id, 0)) for f, o in rows]

    def add_gift(self, outside_id: int, on: date, what: str, cost_fen: int, campaign_id: int | None) -> None:
        self.s.add(GiftRow(outside_account_id=outside_id, on=on, what=what, cost_fen=cost_fen,
                           campaign_id=campaign_id))
        self.s.flush()

    def gifts(self, campaign_id: int | None = None) -> list[Gift]:
        stmt = (select(GiftRow, OutsideAccountRow.name)
                .join(OutsideAccountRow, OutsideAccountRow.id == GiftRow.outside_account_id)
                .order_by(GiftRow.on, GiftRow.id))
        if campaign_id is not None:
            stmt = stmt.where(GiftRow.campaign_id == campaign_id)
        return [Gift(g.id, g.outside_account_id, g.on, g.what, g.cost_fen, g.campaign_id, name)
                for g, name in self.s.execute(stmt)]


def _settings(r: Any) -> ForwarderSettings:  # a ForwarderSettingRow or a row of its columns
    return ForwarderSettings(r.account_uid, r.slogan, r.daily_cap,
                             QuietHours.parse(r.quiet_hours) if r.quiet_hours else None, r.opted_out)


def _campaign(r: CampaignRow) -> Campaign:
    return Campaign(r.id, r.name, r.budget_fen, r.post_mid, r.plan_id, r.notes, r.created_at)


def _outside(r: OutsideAccountRow) -> OutsideAccount:
    return OutsideAccount(r.id, r.uid, r.name, OutsideKind(r.kind), r.cost_per_forward_fen, r.followers, r.notes)
