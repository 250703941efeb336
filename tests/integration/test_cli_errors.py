"""Bad input on the command line: one clear line on stderr, a non-zero exit, nothing half-written."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from matrix_desktop.app.cli import run


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    assert cli("--db", url, "members", "add", "boss", "--role", "admin")[0] == 0
    return url


def test_a_mistyped_database_path_is_refused_and_not_created(tmp_path: Path) -> None:
    typo = tmp_path / "typo" / "matrx.db"
    code, _, err = cli("--db", f"sqlite:///{typo}", "accounts", "list")
    assert code == 2 and "no database at" in one_line(err)
    assert not typo.exists() and not typo.parent.exists()
    code, _, err = cli("--db", "mysql://x@y/z", "accounts", "list")
    assert code == 2 and "not supported" in one_line(err)


def test_options_may_follow_the_command(db: str) -> None:
    code, out, err = cli("members", "add", "alice", "--role", "operator", "--as", "boss", "--db", db)
    assert code == 0, err
    assert "added alice" in out


def test_credentials_file_that_is_not_utf8_gets_one_line(db: str, tmp_path: Path) -> None:
    bad = tmp_path / "creds.json"
    bad.write_bytes(b'{"base_url": "\x80\xff"}')
    code, _, err = cli("--db", db, "--as", "boss", "credentials", "import", str(bad))
    assert code == 2 and "not text in UTF-8, UTF-16 or GBK/GB18030" in one_line(err)
    broken = tmp_path / "broken.json"
    broken.write_text('{"base_url": ', encoding="utf-8")
    code, _, err = cli("--db", db, "--as", "boss", "credentials", "import", str(broken))
    assert code == 2 and "is not JSON" in one_line(err)
    code, _, err = cli("--db", db, "--as", "boss", "credentials", "import", str(tmp_path / "missing.json"))
    assert code == 2 and "No such file" in one_line(err)


def test_revoking_an_unregistered_account_changes_nothing(db: str) -> None:
    code, _, err = cli("--db", db, "--as", "boss", "credentials", "revoke", "abc")
    assert code == 2 and "account abc is not registered" in one_line(err)
    code, out, _ = cli("--db", db, "--as", "boss", "audit", "list")
    assert "credential.token.revoke" not in out


def test_a_sync_that_synced_nothing_is_not_a_success(db: str) -> None:
    csv = "uid,screen_name,role\n1000000001,星河乳业,official\n"
    path = Path(db.removeprefix("sqlite:///")).with_name("a.csv")
    path.write_text(csv, encoding="utf-8")
    assert cli("--db", db, "--as", "boss", "accounts", "import", str(path))[0] == 0
    code, out, err = cli("--db", db, "--as", "boss", "sync")
    assert code == 1 and "no account was synced" in err
    assert "not connected" in out


def test_control_characters_and_huge_cells_are_refused_briefly(db: str, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("uid,screen_name,role\n1000000001,a\x00b,employee\n1000000002," + "长" * 100_000
                    + ",employee\n", encoding="utf-8")
    code, _, err = cli("--db", db, "--as", "boss", "accounts", "import", str(path))
    assert code == 2
    assert "odd.csv:2: screen name contains an invisible control character" in err
    assert "odd.csv:3: screen name '" + "长" * 40 + "…' is longer than 30 characters" in err
    assert len(err) < 2_000
    code, out, _ = cli("--db", db, "accounts", "list", "--format", "json")
    assert out.strip() == "[]"


def test_a_screenshot_that_cannot_be_written_is_one_line(db: str, tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "matrix_desktop", "--db", db, "--as", "boss", "--screenshot",
                           str(tmp_path / "no" / "such" / "dir" / "x.png"), "--view", "accounts"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "could not write the screenshot" in proc.stderr and "Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "matrix_desktop", "--db", db, "--as", "boss", "--screenshot",
                           str(tmp_path / "x.png"), "--view", "nowhere"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "no view named 'nowhere'" in proc.stderr


def test_an_unreachable_postgresql_server_is_one_line() -> None:
    for args in (["db", "upgrade"], ["db", "status"], ["accounts", "list"]):
        code, _, err = cli("--db", "postgresql://nobody@127.0.0.1:1/x", *args)
        assert code == 2 and "cannot open the database" in one_line(err), args
