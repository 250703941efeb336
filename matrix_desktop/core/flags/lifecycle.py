"""The life of a verification flag: open → acknowledged → resolved or waived, and what a re-check changes.

A flag is "the same flag" across syncs when its fingerprint (kind, field, normalised evidence) is the
same. After every sync the findings of the synced accounts are compared with their live flags:

* a finding with no live flag of the same fingerprint **opens** a new flag;
* a finding whose flag is open, acknowledged or waived is **kept** as it is — a person's decision
  (acknowledge, waive) is never undone by a re-check, and a waived flag is not reopened;
* an open or acknowledged flag whose finding disappeared is **resolved** by the system ("verification
  changed"): the text that tied the person to the company is gone or reworded. A reworded text is
  therefore one resolved flag and one new flag — the reviewer sees what the new wording says.
* a waived flag whose finding disappeared stays waived: it was closed by a person already.

Resolved flags are history: if the same wording comes back later, it is a new flag to review.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.flags.findings import FlagFinding, FlagKind
from matrix_desktop.core.flags.matcher import LinkKind, Severity


class FlagState(StrEnum):
    """Where a flag is in its review."""

    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    WAIVED = "waived"

    @property
    def closed(self) -> bool:
        return self in (FlagState.RESOLVED, FlagState.WAIVED)


#: States in which a flag still asks for attention (what the Flags view shows by default).
ACTIVE_STATES = frozenset({FlagState.OPEN, FlagState.ACKNOWLEDGED})
#: States that hold a fingerprint: a finding with the same fingerprint does not open another flag.
LIVE_STATES = frozenset({FlagState.OPEN, FlagState.ACKNOWLEDGED, FlagState.WAIVED})

SYSTEM_ACTOR = "system"
VERIFICATION_CHANGED = "verification changed"
ACCOUNT_ARCHIVED = "account archived"
REASON_MAX = 500


@dataclass(frozen=True)
class VerificationFlag:
    """A stored flag, as the UI and the command line see it (plain data)."""

    id: int
    account_uid: str
    kind: FlagKind
    link_kind: LinkKind
    severity: Severity
    field: str
    evidence: str
    span: tuple[int, int] | None
    explanation: str
    fingerprint: str
    state: FlagState
    opened_at: datetime
    closed_at: datetime | None = None
    state_reason: str = ""
    updated_by: str = ""
    account_name: str = ""  # the account's screen name, joined in by the store for display


@dataclass(frozen=True)
class FlagEvent:
    """One step of a flag's history."""

    id: int
    flag_id: int
    at: datetime
    actor: str
    from_state: FlagState | None  # None: the flag was opened
    to_state: FlagState
    reason: str


@dataclass(frozen=True)
class Refresh:
    """A kept flag whose finding still holds; its shown details (span, severity…) may have moved."""

    flag_id: int
    finding: FlagFinding

    def differs_from(self, flag: VerificationFlag) -> bool:
        f = self.finding
        return (f.severity, f.link_kind, f.evidence, f.span, f.explanation) != (
            flag.severity, flag.link_kind, flag.evidence, flag.span, flag.explanation)


@dataclass(frozen=True)
class Close:
    """A live flag the system resolves, and why."""

    flag_id: int
    account_uid: str
    reason: str


@dataclass
class Decision:
    """What a re-check does: flags to open, to keep (with fresh details), to resolve."""

    open: list[tuple[str, FlagFinding]] = field(default_factory=list)
    keep: list[Refresh] = field(default_factory=list)
    resolve: list[Close] = field(default_factory=list)

    @property
    def changes(self) -> bool:
        return bool(self.open or self.resolve)


def decide(live: Sequence[VerificationFlag], findings: Mapping[str, Sequence[FlagFinding]],
           gone_reasons: Mapping[str, str] | None = None) -> Decision:
    """Compare the live flags (open, acknowledged, waived) with fresh findings per account uid.

    Only accounts present in `findings` are judged; flags of other accounts are left alone (a sync of
    three accounts says nothing about the rest). `gone_reasons` names why an account's findings vanished
    when it is not the verification text (an archived account); the default is "verification changed".
    """
    reasons = gone_reasons or {}
    decision = Decision()
    by_uid: dict[str, dict[str, VerificationFlag]] = {}
    for flag in live:
        if flag.state in LIVE_STATES and flag.account_uid in findings:
            # Should two live flags share a fingerprint (an old database), the oldest is the one kept.
            by_uid.setdefault(flag.account_uid, {}).setdefault(flag.fingerprint, flag)
    for uid, found in findings.items():
        current = by_uid.get(uid, {})
        seen: set[str] = set()
        for finding in found:
            fp = finding.fingerprint
            if fp in seen:
                continue
            seen.add(fp)
            existing = current.get(fp)
            if existing is None:
                decision.open.append((uid, finding))
            else:
                decision.keep.append(Refresh(existing.id, finding))
        for fp, old in current.items():
            if fp not in seen and old.state in ACTIVE_STATES:
                decision.resolve.append(Close(old.id, uid, reasons.get(uid, VERIFICATION_CHANGED)))
    return decision


def check_transition(flag: VerificationFlag, to: FlagState, reason: str) -> str:
    """Validate a person's action on a flag; returns the reason to store (trimmed).

    Acknowledge needs an open flag; resolve and waive need an open or acknowledged one; waive needs a
    reason (the next reviewer must know why a tie to the company was accepted).
    """
    reason = " ".join(reason.split())
    if len(reason) > REASON_MAX:
        raise ValidationError(f"the reason is longer than {REASON_MAX} characters")
    if to is FlagState.OPEN:
        raise ValidationError("a flag is opened by a re-check, not by hand")
    if to is FlagState.ACKNOWLEDGED and flag.state is not FlagState.OPEN:
        raise ValidationError(f"flag #{flag.id} is {flag.state.value}: only an open flag can be acknowledged")
    if to in (FlagState.RESOLVED, FlagState.WAIVED) and flag.state not in ACTIVE_STATES:
        raise ValidationError(f"flag #{flag.id} is already {flag.state.value}")
    if to is FlagState.WAIVED and not reason:
        raise ValidationError("say why the flag is waived: a reason is required")
    return reason


class FlagSort(StrEnum):
    """Columns the Flags view sorts by (in SQL)."""

    SEVERITY = "severity"
    KIND = "kind"
    ACCOUNT = "account"
    FIELD = "field"
    EVIDENCE = "evidence"
    STATE = "state"
    OPENED = "opened_at"


@dataclass(frozen=True)
class FlagQuery:
    """A filter and order for listing flags; evaluated in SQL by the store.

    Empty sets mean "any". The default shows what needs attention: open and acknowledged flags, most
    severe first.
    """

    states: frozenset[FlagState] = ACTIVE_STATES
    severities: frozenset[Severity] = frozenset()
    kinds: frozenset[FlagKind] = frozenset()
    text: str = ""
    account_uid: str = ""
    sort: FlagSort = FlagSort.SEVERITY
    descending: bool = True
    limit: int | None = None
