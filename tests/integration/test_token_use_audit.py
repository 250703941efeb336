"""Token uses are audited without flooding the trail: the minute-by-minute sync writes one entry an hour."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from matrix_desktop.core.company import MemberRole
from matrix_desktop.services.credentials import CredentialService


def test_repeated_token_uses_are_written_once_per_window_with_their_count(services) -> None:  # type: ignore[no-untyped-def]
    services.members.add("boss", frozenset({MemberRole.ADMIN}))
    services.act_as("boss")
    start = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    now = [start]
    creds = CredentialService(services.uow, services._open_secret_store, services.current_actor,
                              services.platform, clock=lambda: now[0])
    for minute in range(61):  # a sync every minute for an hour
        now[0] = start + timedelta(minutes=minute)
        creds.audit_use(["2", "1"], "sync")
    creds.audit_use(["1"], "sync")  # other accounts: a use of its own
    entries = services.audit.entries("credential.token.use")
    assert [e.detail.get("uids") for e in entries] == [["1", "2"], ["1", "2"], ["1"]]
    assert "repeats_since_last_entry" not in entries[0].detail
    assert entries[1].detail["repeats_since_last_entry"] == 59
    assert entries[1].at - entries[0].at >= timedelta(0)
