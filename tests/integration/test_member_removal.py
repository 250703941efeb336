"""Deactivating and removing members from the command line: admins only, audited, history kept."""

from __future__ import annotations

from tests.integration.test_audit_and_members import cli


def test_admin_deactivates_and_removes_a_member_whose_history_stays(db_url: str) -> None:
    assert cli("--db", db_url, "members", "add", "boss", "--role", "admin")[0] == 0
    assert cli("--db", db_url, "--as", "boss", "members", "add", "alice", "--role", "operator")[0] == 0
    code, _, err = cli("--db", db_url, "--as", "alice", "members", "deactivate", "boss")
    assert code == 2 and "alice may not deactivate team members" in err
    code, _, err = cli("--db", db_url, "--as", "boss", "members", "remove", "boss")
    assert code == 2 and "cannot deactivate or remove themselves" in err
    code, out, _ = cli("--db", db_url, "--as", "boss", "members", "deactivate", "alice")
    assert code == 0 and "alice: deactivated" in out
    code, _, err = cli("--db", db_url, "--as", "alice", "members", "list")
    assert code == 2 and "alice is not an active team member" in err
    assert cli("--db", db_url, "--as", "boss", "members", "remove", "alice")[0] == 0
    code, out, _ = cli("--db", db_url, "--as", "boss", "members", "list")
    assert "alice" not in out
    code, out, _ = cli("--db", db_url, "--as", "boss", "audit", "list")
    assert code == 0 and "member.remove" in out and "member.deactivate" in out and "member.add" in out
