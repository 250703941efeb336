"""The team and the audit trail: the first member is an admin, roles are checked, tampering is detected."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import text

from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.app.cli import run
from matrix_desktop.core.accounts import AccountInput, AccountRole
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import PermissionDenied, ValidationError


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_the_first_member_must_be_an_admin_and_then_only_admins_add_members(db_url: str) -> None:
    code, _, err = cli("--db", db_url, "members", "add", "alice", "--role", "operator")
    assert code == 2 and "first member of a new database must be an admin" in err
    assert cli("--db", db_url, "members", "add", "boss", "--role", "admin", "--role", "leader")[0] == 0
    code, _, err = cli("--db", db_url, "members", "add", "alice", "--role", "operator")
    assert code == 2 and "--as NAME" in err
    assert cli("--db", db_url, "--as", "boss", "members", "add", "alice", "--role", "operator")[0] == 0
    code, _, err = cli("--db", db_url, "--as", "alice", "members", "add", "bob", "--role", "leader")
    assert code == 2 and "alice may not add team members: it needs the admin role" in err
    code, out, _ = cli("--db", db_url, "members", "list")
    assert "alice" in out and "admin, leader" in out


def test_an_operator_cannot_touch_credentials_or_read_the_audit_trail(db_url: str) -> None:
    s = bootstrap(db_url)
    try:
        s.members.add("boss", frozenset({MemberRole.ADMIN}))
        s.act_as("boss")
        s.members.add("op", frozenset({MemberRole.OPERATOR}))
        s.act_as("op")
        with pytest.raises(PermissionDenied, match="op may not read account tokens"):
            s.credentials.reveal_token("1000000001")
        with pytest.raises(PermissionDenied, match="op may not read the audit trail"):
            s.audit.entries()
        s.act_as("boss")
        with pytest.raises(PermissionDenied, match="boss is the last admin"):
            s.members.set_roles("boss", frozenset({MemberRole.OPERATOR}))
        with pytest.raises(ValidationError, match="at least one role"):
            s.members.set_roles("op", frozenset())
    finally:
        s.close()


def test_audit_verify_detects_a_tampered_row(db_url: str) -> None:
    s = bootstrap(db_url)
    try:
        s.members.add("boss", frozenset({MemberRole.ADMIN}))
        s.act_as("boss")
        for n in range(5):
            s.registry.create(AccountInput(f"100000000{n}", f"账号{n}", AccountRole.EMPLOYEE))
    finally:
        s.close()
    code, out, _ = cli("--db", db_url, "--as", "boss", "audit", "verify")
    assert code == 0 and "intact: 6 entries" in out

    s = bootstrap(db_url)
    with s.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'someone else' WHERE id = 3"))
    s.close()
    code, out, err = cli("--db", db_url, "--as", "boss", "audit", "verify")
    assert code == 1 and "TAMPERED" in out
    assert "audit entry 3: its content does not match its seal" in err

    s = bootstrap(db_url)
    with s.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'boss' WHERE id = 3"))
        conn.execute(text("DELETE FROM audit_log WHERE id = 4"))
    s.close()
    code, _, err = cli("--db", db_url, "--as", "boss", "audit", "verify")
    assert code == 1 and "audit entry 5: does not link to the entry before it" in err
