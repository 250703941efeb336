"""The sealed audit trail: entries keyed with HMAC-SHA256 and a head anchored outside the database.

A plain SHA-256 chain (core.audit) proves nothing against someone who can write the table: they edit a
row and recompute every hash after it, or cut rows off the end. So, from the first entry written after
this version is installed:

- each entry's hash is an HMAC-SHA256, under a random key kept in the keyring (never the database), of
  its *id*, its predecessor's hash and its content: an edited, recomputed or renumbered row no longer
  matches, and nobody without the key can forge a matching one;
- the head of the chain — how many entries there are, the last one's id and hash — is kept in the
  keyring too and moved forward with each append, so deleting the last rows (or all of them) is seen.

Entries written before the key existed (the legacy prefix, ids below `AuditKey.sealed_from`) keep their
SHA-256 hashes and are checked the old way; the first sealed entry's HMAC covers the last legacy hash,
so the prefix cannot be recomputed either once one sealed entry follows it. We chose this over
re-keying old rows on upgrade: a re-key recomputes every hash and would bless whatever was changed
before it ran, and it needs an admin to remember a command; the legacy prefix needs nothing.

The head may lag behind the table (the process stopped between the database commit and the keyring
write, or two processes appended at once): entries past the head are fine when their HMACs are, since
only the key holder can make those. What the head guarantees is that nothing at or before it is gone.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from matrix_desktop.core.audit import GENESIS_HASH, AuditEntry, AuditProblem, canonical_detail, entry_hash
from matrix_desktop.core.errors import MatrixError
from matrix_desktop.core.secret import Secret, SecretStoreError, SecretStorePort


class AuditTrailUnreadable(MatrixError):
    """The trail cannot be checked at all: its table or chain record is gone, or the key is missing."""


class AuditSealError(MatrixError):
    """An entry cannot be sealed (the keyring does not hold this trail's key); nothing was written."""


@dataclass(frozen=True)
class AuditKey:
    """The HMAC key of one database's trail and the first entry id it seals."""

    key: bytes
    sealed_from: int

    def to_text(self) -> str:
        return json.dumps({"v": 1, "key": self.key.hex(), "sealed_from": self.sealed_from})

    @classmethod
    def from_text(cls, text: str) -> AuditKey:
        try:
            data = json.loads(text)
            return cls(bytes.fromhex(str(data["key"])), int(data["sealed_from"]))
        except (ValueError, KeyError, TypeError):
            raise AuditTrailUnreadable("the audit key kept in the keyring is damaged") from None


@dataclass(frozen=True)
class AuditHead:
    """Where the chain ended when it was anchored: entry count, last id, last hash."""

    count: int
    last_id: int
    last_hash: str

    def to_text(self) -> str:
        return json.dumps({"count": self.count, "last_id": self.last_id, "last_hash": self.last_hash})

    @classmethod
    def from_text(cls, text: str) -> AuditHead:
        try:
            data = json.loads(text)
            return cls(int(data["count"]), int(data["last_id"]), str(data["last_hash"]))
        except (ValueError, KeyError, TypeError):
            raise AuditTrailUnreadable("the audit head kept outside the database is damaged") from None


def sealed_hash(key: bytes, entry_id: int, prev_hash: str, at: datetime, actor: str, action: str,
                account_uid: str, detail: str) -> str:
    """HMAC-SHA256 over the entry's id, its predecessor's hash and its content."""
    payload = "\x1f".join([str(entry_id), prev_hash, at.isoformat(timespec="microseconds"), actor, action,
                           account_uid, detail])
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def expected_hash(e: AuditEntry, key: AuditKey) -> str:
    body = canonical_detail(e.detail)
    if e.id < key.sealed_from:
        return entry_hash(e.prev_hash, e.at, e.actor, e.action, e.account_uid, body)
    return sealed_hash(key.key, e.id, e.prev_hash, e.at, e.actor, e.action, e.account_uid, body)


def check_trail(entries: Sequence[AuditEntry], key: AuditKey, head: AuditHead | None,
                checkpoints: Sequence[tuple[str, AuditHead]] = ()) -> list[AuditProblem]:
    """Every problem with the trail (entries in id order); empty when it is intact.

    `head` is the anchor kept in the keyring; `checkpoints` are further anchors (name, head), e.g. a
    checkpoint file. Each is checked: its last entry is still there with the same hash, and as many
    entries as it counted are still at or before it.
    """
    problems: list[AuditProblem] = []
    prev = GENESIS_HASH
    for e in entries:
        if e.prev_hash != prev:
            problems.append(AuditProblem(e.id, "does not link to the entry before it (a row was removed or edited)"))
        if not hmac.compare_digest(expected_hash(e, key), e.hash):
            what = "hash" if e.id < key.sealed_from else "seal"
            problems.append(AuditProblem(e.id, f"its content does not match its {what} "
                                               "(the row was edited, renumbered or forged)"))
        prev = e.hash
    sealed = [e for e in entries if e.id >= key.sealed_from]
    anchors: list[tuple[str, AuditHead]] = []
    if head is not None:
        anchors.append(("the anchored head", head))
    elif sealed:
        problems.append(AuditProblem(sealed[-1].id, "the anchored head kept in the keyring is missing"))
    anchors.extend(checkpoints)
    by_id = {e.id: e for e in entries}
    for name, anchor in anchors:
        if anchor.count == 0:
            continue
        last = by_id.get(anchor.last_id)
        if not entries:
            problems.append(AuditProblem(anchor.last_id, f"all {anchor.count} entries are gone ({name} counts "
                                                         f"{anchor.count})"))
            continue
        if last is None or not hmac.compare_digest(last.hash, anchor.last_hash):
            after = [e for e in entries if e.id > anchor.last_id]
            if last is None and not after:
                problems.append(AuditProblem(anchor.last_id, f"the last entries were removed: {name} ends at entry "
                                                             f"{anchor.last_id}, the table at entry {entries[-1].id}"))
            else:
                problems.append(AuditProblem(anchor.last_id, f"is not the entry {name} recorded (it was removed, "
                                                             "renumbered or rewritten)"))
            continue
        upto = sum(1 for e in entries if e.id <= anchor.last_id)
        if upto != anchor.count:
            problems.append(AuditProblem(anchor.last_id, f"{anchor.count - upto} entries at or before it were "
                                                         f"removed ({name} counts {anchor.count}, found {upto})"))
    return problems


class AuditSealPort(Protocol):
    """Where a trail's key and head are kept (the keyring); the store calls it while appending."""

    def key(self, chain_id: str) -> AuditKey | None: ...
    def create_key(self, chain_id: str, sealed_from: int) -> AuditKey: ...
    def head(self, chain_id: str) -> AuditHead | None: ...
    def advance(self, chain_id: str, head: AuditHead) -> None: ...
    def reanchor(self, chain_id: str, head: AuditHead) -> None:
        """Set the head to `head` even if it is behind (a restore from a backup, and only then)."""
        ...


class KeyringAuditSeal:
    """`AuditSealPort` over the secret store: the key and head of each trail as two keyring items.

    The store is opened on first use (`open_store`). The key is read once per process; the head is
    only ever moved forward (a process that appended earlier never winds it back).
    """

    def __init__(self, open_store: Callable[[], SecretStorePort]) -> None:
        self._open = open_store
        self._keys: dict[str, AuditKey] = {}
        self._heads: dict[str, AuditHead] = {}
        self._lock = threading.Lock()

    def key(self, chain_id: str) -> AuditKey | None:
        with self._lock:
            if chain_id not in self._keys:
                value = self._open().audit_secret(chain_id)
                if value is None:
                    return None
                self._keys[chain_id] = AuditKey.from_text(value.reveal())
            return self._keys[chain_id]

    def create_key(self, chain_id: str, sealed_from: int) -> AuditKey:
        with self._lock:
            key = AuditKey(secrets.token_bytes(32), sealed_from)
            self._open().set_audit_secret(chain_id, Secret(key.to_text()))
            self._keys[chain_id] = key
            return key

    def head(self, chain_id: str) -> AuditHead | None:
        value = self._open().audit_head(chain_id)
        return None if value is None else AuditHead.from_text(value)

    def advance(self, chain_id: str, head: AuditHead) -> None:
        with self._lock:
            known = self._heads.get(chain_id)
            if known is None:
                value = self._open().audit_head(chain_id)
                known = AuditHead.from_text(value) if value else None
            if known is not None and known.last_id >= head.last_id:
                self._heads[chain_id] = known  # read once: not a keyring round trip on every commit
                return
            self._open().set_audit_head(chain_id, head.to_text())
            self._heads[chain_id] = head

    def reanchor(self, chain_id: str, head: AuditHead) -> None:
        with self._lock:
            self._open().set_audit_head(chain_id, head.to_text())
            self._heads[chain_id] = head


__all__ = [
    "AuditHead", "AuditKey", "AuditSealError", "AuditSealPort", "AuditTrailUnreadable", "KeyringAuditSeal",
    "SecretStoreError", "check_trail", "sealed_hash",
]
