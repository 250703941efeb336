"""The audit trail: append-only entries chained by hashes so tampering with one row is detectable."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    """One audited action: who did what, when, to which account, with details (never a secret)."""

    id: int
    at: datetime
    actor: str
    action: str
    account_uid: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str


def canonical_detail(detail: dict[str, Any]) -> str:
    return json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, account_uid: str, detail: str) -> str:
    """The hash that links an entry to its predecessor; any change to a field changes it."""
    payload = "\x1f".join([prev_hash, at.isoformat(timespec="microseconds"), actor, action, account_uid, detail])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AuditProblem:
    entry_id: int
    reason: str

    def __str__(self) -> str:
        return f"audit entry {self.entry_id}: {self.reason}"


def verify_chain(entries: list[AuditEntry]) -> list[AuditProblem]:
    """Check every link of the chain (entries in id order); empty when the log is intact."""
    problems: list[AuditProblem] = []
    prev = GENESIS_HASH
    for e in entries:
        if e.prev_hash != prev:
            problems.append(AuditProblem(e.id, "does not link to the entry before it (a row was removed or edited)"))
        expected = entry_hash(e.prev_hash, e.at, e.actor, e.action, e.account_uid, canonical_detail(e.detail))
        if expected != e.hash:
            problems.append(AuditProblem(e.id, "its content does not match its hash (the row was edited)"))
        prev = e.hash
    return problems
