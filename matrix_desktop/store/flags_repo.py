"""Repositories of the flags area: verification flags and their history, as plain core dataclasses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, case, func, or_, select, text
from sqlalchemy.orm import Session

from matrix_desktop.core.errors import NotFound
from matrix_desktop.core.flags import FlagFinding, FlagKind, LinkKind, Severity
from matrix_desktop.core.flags.lifecycle import (
    LIVE_STATES,
    FlagEvent,
    FlagQuery,
    FlagSort,
    FlagState,
    VerificationFlag,
)
from matrix_desktop.store.models import AccountRow
from matrix_desktop.store.models.base import utcnow
from matrix_desktop.store.models.flags import FlagEventRow, VerificationFlagRow
from matrix_desktop.store.repositories import like_pattern

F = VerificationFlagRow
# A PostgreSQL advisory lock key that serialises flag re-checks ("FLAG").
RECHECK_LOCK_KEY = 0x464C4147

_SEVERITY_ORDER = case({"high": 3, "medium": 2, "low": 1}, value=F.severity, else_=0)
_STATE_ORDER = case({"open": 0, "acknowledged": 1, "waived": 2, "resolved": 3}, value=F.state, else_=4)


def flag_from_row(r: VerificationFlagRow, account_name: str | None = None) -> VerificationFlag:
    span = (r.span_start, r.span_end) if r.span_start is not None and r.span_end is not None else None
    return VerificationFlag(
        id=r.id, account_uid=r.account_uid, kind=FlagKind(r.kind), link_kind=LinkKind(r.link_kind),
        severity=Severity(r.severity), field=r.field, evidence=r.evidence, span=span,
        explanation=r.explanation, fingerprint=r.fingerprint, state=FlagState(r.state), opened_at=r.opened_at,
        closed_at=r.closed_at, state_reason=r.state_reason, updated_by=r.updated_by,
        account_name=account_name or "",
    )


def _event(r: FlagEventRow) -> FlagEvent:
    return FlagEvent(id=r.id, flag_id=r.flag_id, at=r.at, actor=r.actor,
                     from_state=FlagState(r.from_state) if r.from_state else None,
                     to_state=FlagState(r.to_state), reason=r.reason)


class SqlFlagRepository:
    """Flags and flag events. Writes happen inside the caller's unit of work; nothing commits here."""

    def __init__(self, session: Session) -> None:
        self.s = session

    # -- reading ------------------------------------------------------------------------------------
    def get(self, flag_id: int) -> VerificationFlag | None:
        found = self.by_ids([flag_id])
        return found[0] if found else None

    def live(self, uids: Sequence[str] | None = None) -> list[VerificationFlag]:
        """Open, acknowledged and waived flags (of these accounts), oldest first."""
        stmt = select(F).where(F.state.in_([s.value for s in LIVE_STATES])).order_by(F.id)
        if uids is not None:
            if not uids:
                return []
            stmt = stmt.where(F.account_uid.in_(list(uids)))
        return [flag_from_row(r) for r in self.s.scalars(stmt)]

    def _filtered(self, q: FlagQuery, stmt: Select[Any]) -> Select[Any]:
        if q.states:
            stmt = stmt.where(F.state.in_([s.value for s in q.states]))
        if q.severities:
            stmt = stmt.where(F.severity.in_([s.value for s in q.severities]))
        if q.kinds:
            stmt = stmt.where(F.kind.in_([k.value for k in q.kinds]))
        if q.account_uid:
            stmt = stmt.where(F.account_uid == q.account_uid)
        if q.text.strip():
            pattern = like_pattern(q.text.strip())
            stmt = stmt.where(or_(
                AccountRow.screen_name.ilike(pattern, escape="\\"), F.account_uid.like(pattern, escape="\\"),
                F.evidence.ilike(pattern, escape="\\"), F.explanation.ilike(pattern, escape="\\"),
                F.state_reason.ilike(pattern, escape="\\"),
            ))
        return stmt

    def _joined(self, stmt: Select[Any]) -> Select[Any]:
        return stmt.outerjoin(AccountRow, AccountRow.uid == F.account_uid)

    def _ordered(self, q: FlagQuery, stmt: Select[Any]) -> Select[Any]:
        keys: dict[FlagSort, Any] = {
            FlagSort.SEVERITY: _SEVERITY_ORDER, FlagSort.KIND: F.kind, FlagSort.ACCOUNT: AccountRow.screen_name,
            FlagSort.FIELD: F.field, FlagSort.EVIDENCE: F.evidence, FlagSort.STATE: _STATE_ORDER,
            FlagSort.OPENED: F.opened_at,
        }
        key = keys[q.sort]
        primary = key.desc() if q.descending else key.asc()
        # Ties: the newest flag first, then id, so the order is total and stable between block fetches.
        stmt = stmt.order_by(primary, F.opened_at.desc(), F.id.desc())
        if q.limit is not None:
            stmt = stmt.limit(q.limit)
        return stmt

    def ids(self, q: FlagQuery) -> list[int]:
        stmt = self._ordered(q, self._filtered(q, self._joined(select(F.id))))
        return list(self.s.scalars(stmt))

    def count(self, q: FlagQuery) -> int:
        stmt = self._filtered(q, self._joined(select(func.count(F.id))))
        return int(self.s.scalar(stmt) or 0)

    def count_in_state(self, state: FlagState) -> int:
        """How many flags are in `state` (the navigation badge counts the open ones)."""
        stmt = select(func.count(F.id)).where(F.state == state.value)
        return int(self.s.scalar(stmt) or 0)

    def by_ids(self, ids: Sequence[int]) -> list[VerificationFlag]:
        if not ids:
            return []
        stmt: Any = select(F, AccountRow.screen_name)  # two columns: Select[Any] cannot name it
        stmt = self._joined(stmt).where(F.id.in_(list(ids)))
        rows = {r.id: flag_from_row(r, name) for r, name in self.s.execute(stmt)}
        return [rows[i] for i in ids if i in rows]

    def search(self, q: FlagQuery) -> list[VerificationFlag]:
        return self.by_ids(self.ids(q))

    def history(self, flag_id: int) -> list[FlagEvent]:
        stmt = select(FlagEventRow).where(FlagEventRow.flag_id == flag_id).order_by(FlagEventRow.id)
        return [_event(r) for r in self.s.scalars(stmt)]

    # -- writing ------------------------------------------------------------------------------------
    def lock_for_recheck(self) -> None:
        """Serialise re-checks across processes, so two of them never open the same flag twice.

        SQLite writers already hold the database lock (BEGIN IMMEDIATE); PostgreSQL gets an advisory
        lock for the rest of the transaction.
        """
        if self.s.get_bind().dialect.name == "postgresql":
            self.s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": RECHECK_LOCK_KEY})

    def get_for_update(self, flag_id: int) -> VerificationFlag:
        """The flag, locked until the transaction ends (two reviewers acting at once are serialised)."""
        return flag_from_row(self._row(flag_id))

    def open(self, uid: str, finding: FlagFinding, actor: str, at: datetime | None = None) -> VerificationFlag:
        """Store a new open flag and its first history event."""
        at = at or utcnow()
        span = finding.span
        row = F(account_uid=uid, kind=finding.kind.value, link_kind=finding.link_kind.value,
                severity=finding.severity.value, field=finding.field, evidence=finding.evidence,
                span_start=span[0] if span else None, span_end=span[1] if span else None,
                explanation=finding.explanation, fingerprint=finding.fingerprint,
                state=FlagState.OPEN.value, opened_at=at, closed_at=None, state_reason="", updated_by=actor)
        self.s.add(row)
        self.s.flush()
        self.s.add(FlagEventRow(flag_id=row.id, at=at, actor=actor, from_state="",
                                to_state=FlagState.OPEN.value, reason=finding.explanation))
        self.s.flush()
        return flag_from_row(row)

    def refresh(self, flag_id: int, finding: FlagFinding) -> None:
        """Update a kept flag's shown details (severity, span, wording); its state does not change."""
        row = self._row(flag_id)
        span = finding.span
        row.severity = finding.severity.value
        row.link_kind = finding.link_kind.value
        row.evidence = finding.evidence
        row.span_start, row.span_end = (span[0], span[1]) if span else (None, None)
        row.explanation = finding.explanation
        self.s.flush()

    def transition(self, flag_id: int, to: FlagState, actor: str, reason: str,
                   at: datetime | None = None) -> tuple[FlagState, VerificationFlag]:
        """Move a flag to `to` and record the step; returns the state it was in and the flag now."""
        at = at or utcnow()
        row = self._row(flag_id)
        before = FlagState(row.state)
        row.state = to.value
        row.state_reason = reason
        row.updated_by = actor
        row.closed_at = at if to.closed else None
        self.s.add(FlagEventRow(flag_id=flag_id, at=at, actor=actor, from_state=before.value, to_state=to.value,
                                reason=reason))
        self.s.flush()
        return before, flag_from_row(row)

    def _row(self, flag_id: int) -> VerificationFlagRow:
        row = self.s.get(F, flag_id, with_for_update=self.s.get_bind().dialect.name == "postgresql")
        if row is None:
            raise NotFound(f"flag #{flag_id} does not exist")
        return row
