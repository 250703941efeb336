"""The audit head kept in the keyring is asked for once per process, not once per commit: each ask is a
Secret Service round trip (tens of milliseconds), and an ingest commits every batch."""

from __future__ import annotations

from typing import Any

from matrix_desktop.core.audit_seal import AuditHead, KeyringAuditSeal


class _Heads:
    """The two audit-head calls of a secret store, counted (a unit test of the seal's decisions)."""

    def __init__(self, head: AuditHead | None) -> None:
        self.value = head.to_text() if head else None
        self.reads = 0
        self.writes: list[AuditHead] = []

    def audit_head(self, chain_id: str) -> str | None:
        self.reads += 1
        return self.value

    def set_audit_head(self, chain_id: str, value: str) -> None:
        self.writes.append(AuditHead.from_text(value))
        self.value = value


def _seal(store: Any) -> KeyringAuditSeal:
    return KeyringAuditSeal(lambda: store)


def test_a_head_behind_the_keyring_s_is_not_written_and_the_keyring_is_asked_once() -> None:
    # Another process (or an earlier run on a copy of this database) anchored further already.
    store = _Heads(AuditHead(50, 50, "h50"))
    seal = _seal(store)
    for n in (10, 11, 12):
        seal.advance("c1", AuditHead(n, n, f"h{n}"))
    assert store.writes == [] and store.reads == 1


def test_a_head_past_the_keyring_s_moves_it_forward_each_time_without_reading_it_again() -> None:
    store = _Heads(AuditHead(5, 5, "h5"))
    seal = _seal(store)
    for n in (6, 7, 8):
        seal.advance("c1", AuditHead(n, n, f"h{n}"))
    assert [h.last_id for h in store.writes] == [6, 7, 8] and store.reads == 1
    seal.advance("c1", AuditHead(7, 7, "h7"))  # never wound back
    assert [h.last_id for h in store.writes] == [6, 7, 8]
