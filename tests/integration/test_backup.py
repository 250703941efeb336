"""Backup and restore: a copy taken while a sync writes is consistent, a restore puts it back and the
audit trail says so, a bad file changes nothing, and only an admin may do either."""

from __future__ import annotations

import io
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.app.cli import run
from matrix_desktop.weibo.sandbox.server import SandboxServer

pytestmark = pytest.mark.keyring


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("accounts", "posts", "interactions", "inbox_items", "audit_log")}
    finally:
        conn.close()


def consistent(db: Path) -> None:
    """Whole, and every row that points at another finds it (no half-written sync page)."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = conn.execute("SELECT count(*) FROM inbox_items i LEFT JOIN interactions x "
                               "ON x.id = i.interaction_id WHERE x.id IS NULL").fetchone()[0]
        assert orphans == 0
    finally:
        conn.close()


@pytest.fixture
def team_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'matrix.db'}"
    assert cli("--db", url, "members", "add", "boss", "--role", "admin")[0] == 0
    assert cli("--db", url, "--as", "boss", "members", "add", "op", "--role", "operator")[0] == 0
    return url


def test_a_backup_taken_while_a_sync_writes_restores_to_a_consistent_database(
        team_db: str, sandbox: SandboxServer, tmp_path: Path) -> None:
    s = bootstrap(team_db, "boss")
    s.credentials.import_bundle(sandbox.credentials())
    sync = threading.Thread(target=s.sync.sync)
    sync.start()
    copies = []
    try:
        while sync.is_alive() and len(copies) < 6:
            dest = tmp_path / f"copy{len(copies)}.db"
            assert cli("--db", team_db, "--as", "boss", "backup", str(dest))[0] == 0
            copies.append(dest)
    finally:
        sync.join(timeout=120)
        s.close()
    assert copies, "the sync finished before a backup could start"
    for copy in copies:
        consistent(copy)
        assert copy.stat().st_mode & 0o777 == 0o600
    final = tmp_path / "final.db"
    assert cli("--db", team_db, "--as", "boss", "backup", str(final))[0] == 0
    before = counts(Path(team_db.removeprefix("sqlite:///")))

    code, out, err = cli("--db", team_db, "--as", "boss", "restore", str(copies[0]), "--yes")
    assert code == 0, err
    live = Path(team_db.removeprefix("sqlite:///"))
    consistent(live)
    assert counts(live)["posts"] <= before["posts"]
    code, out, err = cli("--db", team_db, "--as", "boss", "audit", "verify")
    assert code == 0 and "intact" in out, out + err
    code, out, _ = cli("--db", team_db, "--as", "boss", "audit", "list", "--action", "db.restore")
    assert "db.restore" in out

    assert cli("--db", team_db, "--as", "boss", "restore", str(final), "--yes")[0] == 0
    after = counts(live)
    assert after["posts"] == before["posts"] and after["interactions"] == before["interactions"]


def test_a_file_that_is_not_a_backup_changes_nothing(team_db: str, tmp_path: Path) -> None:
    live = Path(team_db.removeprefix("sqlite:///"))
    before = counts(live)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    for path in (junk, tmp_path / "missing.db"):
        code, _, err = cli("--db", team_db, "--as", "boss", "restore", str(path), "--yes")
        assert code != 0 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert counts(live) == before


def test_a_database_from_a_newer_version_is_refused(team_db: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    assert cli("--db", team_db, "--as", "boss", "backup", str(copy))[0] == 0
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    code, _, err = cli("--db", team_db, "--as", "boss", "restore", str(copy), "--yes")
    assert code != 0 and "newer version" in err


def test_only_an_admin_may_back_up_or_restore(team_db: str, tmp_path: Path) -> None:
    code, _, err = cli("--db", team_db, "--as", "op", "backup", str(tmp_path / "b.db"))
    assert code != 0 and "admin" in err and not (tmp_path / "b.db").exists()
    code, _, err = cli("--db", team_db, "--as", "op", "restore", str(tmp_path / "b.db"), "--yes")
    assert code != 0 and "admin" in err


def test_a_postgresql_backup_restores_with_the_servers_own_tools(pg_url: str, tmp_path: Path) -> None:
    assert cli("--db", pg_url, "members", "add", "boss", "--role", "admin")[0] == 0
    dump = tmp_path / "team.dump"
    code, out, err = cli("--db", pg_url, "--as", "boss", "backup", str(dump))
    assert code == 0, err
    assert dump.stat().st_size > 0 and dump.stat().st_mode & 0o777 == 0o600
    assert cli("--db", pg_url, "--as", "boss", "members", "add", "later", "--role", "operator")[0] == 0
    code, out, err = cli("--db", pg_url, "--as", "boss", "restore", str(dump), "--yes")
    assert code == 0, err
    s = bootstrap(pg_url, "boss")
    try:
        with s.engine.connect() as conn:
            names = set(conn.execute(text("SELECT name FROM members")).scalars())
        assert names == {"boss"}
    finally:
        s.close()
