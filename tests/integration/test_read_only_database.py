"""A database that can only be read (a read-only file system, a read-only file, `?mode=ro`) opens, lists
and shows everything, says so in one line, and refuses every change in words: no traceback, and the file
is not touched (issue 15, item 2)."""

from __future__ import annotations

import hashlib
import io
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.app.cli import run
from matrix_desktop.core.accounts import AccountInput, AccountRole
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import ReadOnlyDatabase

ROOT = Path(__file__).resolve().parents[2]
EXE = Path(sys.executable).with_name("matrix-desktop")


def make_database(folder: Path) -> Path:
    db = folder / "matrix.db"
    s = bootstrap(f"sqlite:///{db}")
    try:
        s.members.add("admin", frozenset({MemberRole.ADMIN}))
        s.act_as("admin")
        s.registry.create(AccountInput("1000000001", "星河乳业", AccountRole.OFFICIAL))
    finally:
        s.close()
    return db


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def on_read_only_mount(src: Path, commands: list[list[str]]) -> list[subprocess.CompletedProcess[str]]:
    """Run each command with `src` mounted read-only at `src/../ro` (a private mount namespace as root;
    a read-only file and folder otherwise). Each command's `{db}` is the read-only database's path."""
    mnt = src.parent / "ro"
    mnt.mkdir()
    exe = str(EXE) if EXE.exists() else f"{sys.executable} -m matrix_desktop"
    results = []
    if os.geteuid() == 0:
        if shutil.which("unshare") is None:
            pytest.skip("needs unshare(1) to mount a read-only file system as root")
        for argv in commands:
            line = " ".join(shlex.quote(a.replace("{db}", str(mnt / "matrix.db"))) for a in argv)
            script = (f"mount --bind {shlex.quote(str(src))} {shlex.quote(str(mnt))} && "
                      f"mount -o remount,ro,bind {shlex.quote(str(mnt))} && exec {exe} {line}")
            done = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script],
                                  capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300)
            if "mount:" in done.stderr or "unshare:" in done.stderr:
                pytest.skip(f"cannot mount read-only here: {done.stderr.strip()}")
            results.append(done)
        return results
    os.chmod(src / "matrix.db", 0o444)
    os.chmod(src, 0o555)
    try:
        for argv in commands:
            results.append(subprocess.run([*exe.split(), *[a.replace("{db}", str(src / "matrix.db")) for a in argv]],
                                          capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300))
    finally:
        os.chmod(src, 0o755)
    return results


@pytest.mark.slow  # four commands in subprocesses
def test_a_database_on_a_read_only_file_system_lists_and_refuses_changes_in_one_line(tmp_path: Path) -> None:
    src = tmp_path / "data"
    src.mkdir()
    db = make_database(src)
    before = digest(db)
    csv = tmp_path / "one.csv"
    csv.write_text("uid,screen_name,role\n1000000002,王总,leader\n", "utf-8")
    listed, added, imported, upgraded = on_read_only_mount(src, [
        ["--db", "{db}", "--as", "admin", "accounts", "list", "--format", "json"],
        ["--db", "{db}", "--as", "admin", "members", "add", "bob", "--role", "operator"],
        ["--db", "{db}", "--as", "admin", "accounts", "import", str(csv), "--yes"],
        ["--db", "{db}", "db", "status"],
    ])
    assert listed.returncode == 0, listed.stderr
    assert "星河乳业" in listed.stdout
    assert listed.stderr.count("\n") == 1 and "is read-only" in listed.stderr and "it was only read" in listed.stderr
    for refused in (added, imported):
        assert refused.returncode == 2, refused.stderr
        errors = [line for line in refused.stderr.splitlines() if line.startswith("matrix-desktop:")]
        assert len(errors) == 1 and "is read-only" in errors[0] and "nothing was saved" in errors[0]
        assert "Traceback" not in refused.stderr
    assert upgraded.returncode == 0 and "Traceback" not in upgraded.stderr
    assert digest(db) == before


def test_mode_ro_opens_a_writable_file_read_only_and_services_refuse_writes(tmp_path: Path) -> None:
    db = make_database(tmp_path)
    before = digest(db)
    s = bootstrap(f"sqlite:///{db}?mode=ro", "admin")
    try:
        assert s.read_only is not None and "mode=ro" in s.read_only
        assert s.database_label == str(db)
        assert [a.screen_name for a in s.registry.search()] == ["星河乳业"]
        with pytest.raises(ReadOnlyDatabase, match="can be read but not changed"):
            s.registry.create(AccountInput("1000000002", "王总", AccountRole.LEADER))
        with pytest.raises(ReadOnlyDatabase):
            s.members.add("bob", frozenset({MemberRole.OPERATOR}))
    finally:
        s.close()
    assert digest(db) == before
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", f"{db}?mode=ro", "--as", "admin", "members", "add", "bob", "--role", "operator"],
               stdout=out, stderr=err) == 2
    assert err.getvalue().count("\n") == 1 and "read-only" in err.getvalue()
