"""A tamper-evident audit trail: truncation, deletion, renumbering and recomputation are all caught.

Each case is what someone with write access to the database (but not to the keyring) can do; on the
plain SHA-256 chain every one of them passed `audit verify`.
"""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.app.cli import run
from matrix_desktop.core.accounts import AccountInput, AccountRole
from matrix_desktop.core.audit import GENESIS_HASH, canonical_detail, entry_hash
from matrix_desktop.core.company import MemberRole
from matrix_desktop.store.db import create_db_engine, migrate_to
from matrix_desktop.store.models.base import utcnow

pytestmark = pytest.mark.keyring


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def verify(db_url: str, *extra: str) -> tuple[int, str, str]:
    return cli("--db", db_url, "--as", "boss", "audit", "verify", *extra)


@pytest.fixture
def trail(db_url: str) -> str:
    """A database whose trail holds 6 sealed entries (member.add + 5 account.create)."""
    s = bootstrap(db_url)
    try:
        s.members.add("boss", frozenset({MemberRole.ADMIN}))
        s.act_as("boss")
        for n in range(5):
            s.registry.create(AccountInput(f"100000000{n}", f"账号{n}", AccountRole.EMPLOYEE))
    finally:
        s.close()
    code, out, err = verify(db_url)
    assert code == 0 and "intact: 6 entries, sealed from entry 1" in out, out + err
    return db_url


def sql(db_url: str, *statements: str) -> None:
    engine = create_db_engine(db_url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def recompute_plain_chain(db_url: str) -> None:
    """What an attacker does after editing rows: recompute every SHA-256 link from the start."""
    engine = create_db_engine(db_url)
    try:
        with engine.begin() as conn:
            rows = conn.execute(text("SELECT id, at, actor, action, account_uid, detail FROM audit_log ORDER BY id"))
            prev = GENESIS_HASH
            s = bootstrap(db_url, migrate=False)
            with s.uow.readonly() as uow:
                entries = {e.id: e for e in uow.audit.all()}
            s.close()
            for row in list(rows):
                e = entries[row.id]
                digest = entry_hash(prev, e.at, e.actor, e.action, e.account_uid, canonical_detail(e.detail))
                conn.execute(text("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE id = :i"),
                             {"p": prev, "h": digest, "i": row.id})
                prev = digest
    finally:
        engine.dispose()


def test_deleting_the_last_rows_is_caught(trail: str) -> None:
    sql(trail, "DELETE FROM audit_log WHERE id > 4")
    code, out, err = verify(trail)
    assert code == 1 and "TAMPERED" in out and len(out.strip().splitlines()) == 1
    assert "the last entries were removed: the anchored head ends at entry 6, the table at entry 4" in out


def test_deleting_every_row_is_caught(trail: str) -> None:
    sql(trail, "DELETE FROM audit_log")
    code, out, _ = verify(trail)
    assert code == 1 and "all 6 entries are gone" in out


def test_renumbering_the_last_row_is_caught(trail: str) -> None:
    sql(trail, "UPDATE audit_log SET id = 60 WHERE id = 6")
    code, out, err = verify(trail)
    assert code == 1 and "TAMPERED" in out
    assert "audit entry 60: its content does not match its seal" in err


def test_rewriting_a_row_and_recomputing_the_plain_chain_is_caught(trail: str) -> None:
    sql(trail, "UPDATE audit_log SET actor = 'someone else' WHERE id = 3")
    recompute_plain_chain(trail)
    code, out, err = verify(trail)
    assert code == 1 and "TAMPERED" in out
    assert all(f"audit entry {n}: its content does not match its seal" in err for n in range(1, 7))


def test_a_dropped_audit_table_is_one_line_not_a_traceback(trail: str) -> None:
    sql(trail, "DROP TABLE audit_log")
    code, out, err = verify(trail)
    assert code == 2 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "the audit table cannot be read" in lines[0]


def test_a_missing_key_is_one_line_and_exit_2(trail: str) -> None:
    sql(trail, "UPDATE audit_chain SET chain_id = 'ffffffffffffffffffffffffffffffff'")
    code, _, err = verify(trail)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "its key is not in this keyring" in err
    sql(trail, "DELETE FROM audit_chain")
    code, _, err = verify(trail)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "chain record is missing" in err


def test_a_checkpoint_file_catches_what_it_recorded(trail: str, tmp_path: Path) -> None:
    point = tmp_path / "audit.checkpoint"
    code, out, err = cli("--db", trail, "--as", "boss", "audit", "checkpoint", str(point))
    assert code == 0, err
    assert stat.S_IMODE(os.stat(point).st_mode) == 0o600
    assert json.loads(point.read_text("utf-8"))["count"] == 6
    assert verify(trail, "--checkpoint", str(point))[0] == 0
    sql(trail, "DELETE FROM audit_log WHERE id = 6")
    code, out, err = verify(trail, "--checkpoint", str(point))
    assert code == 1 and "the checkpoint file ends at entry 6" in err


def test_an_old_database_keeps_its_plain_prefix_and_is_sealed_from_the_next_entry(db_url: str) -> None:
    engine = create_db_engine(db_url)
    try:
        migrate_to(engine, "0006")
        prev = GENESIS_HASH
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO members (name, display_name, active, created_at) "
                              "VALUES ('boss', '', true, :at)"), {"at": utcnow()})
            conn.execute(text("INSERT INTO member_roles (member_id, role) "
                              "SELECT id, 'admin' FROM members WHERE name = 'boss'"))
            for n in range(3):
                at = utcnow()
                digest = entry_hash(prev, at, "boss", "legacy.thing", "", canonical_detail({"n": n}))
                conn.execute(text("INSERT INTO audit_log (at, actor, action, account_uid, detail, prev_hash, hash) "
                                  "VALUES (:at, 'boss', 'legacy.thing', '', :d, :p, :h)"),
                             {"at": at, "d": canonical_detail({"n": n}), "p": prev, "h": digest})
                prev = digest
    finally:
        engine.dispose()
    code, _, err = verify(db_url)  # upgraded now, but nothing has been sealed yet
    assert code == 2 and "not sealed yet" in err and "intact" in err
    s = bootstrap(db_url, "boss")
    try:
        s.registry.create(AccountInput("1000000009", "新账号", AccountRole.EMPLOYEE))
    finally:
        s.close()
    code, out, _ = verify(db_url)
    assert code == 0 and "intact: 4 entries, sealed from entry 4" in out
    sql(db_url, "UPDATE audit_log SET actor = 'someone else' WHERE id = 2")
    recompute_plain_chain(db_url)
    code, _, err = verify(db_url)
    assert code == 1 and "audit entry 4: its content does not match its seal" in err
