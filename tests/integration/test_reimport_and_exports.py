"""Re-imports change only what the file says; exports never hand a spreadsheet a formula; files are private."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest

from matrix_desktop.app import paths
from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.app.cli import run
from matrix_desktop.core.csvsafe import guard_cell, unguard_cell

FULL = ("uid,screen_name,role,owner,team,verified,verified_type,verified_reason,description,followers_count\n"
        "1000000001,星河乳业,official,张伟,品牌部,true,2,星河乳业官方微博,官方,50000\n"
        "1000000002,李明,leader,李明,董事会,true,0,星河乳业董事长,,8000\n"
        "1000000003,小刘,employee,刘洋,销售部,false,-1,,爱喝奶,120\n"
        "1000000004,小王,employee,王芳,销售部,false,-1,,,30\n")
FORMULAS = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x.cn","y")', "@SUM(1+1)", "+1+1", "-2-3", "\tx"]


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    assert cli("--db", url, "members", "add", "boss", "--role", "admin", "--role", "operator")[0] == 0
    path = tmp_path / "full.csv"
    path.write_text(FULL, encoding="utf-8")
    code, _, err = cli("--db", url, "--as", "boss", "accounts", "import", str(path))
    assert code == 0, err
    return url


def accounts(db: str) -> dict[str, dict[str, object]]:
    s = bootstrap(db, "boss")
    try:
        return {a.uid: {"name": a.screen_name, "owner": a.owner, "team": a.team, "verified": a.verified,
                        "reason": a.verified_reason, "followers": a.followers_count}
                for a in s.registry.search()}
    finally:
        s.close()


def test_a_reimport_with_only_uid_name_role_keeps_every_other_field(db: str, tmp_path: Path) -> None:
    before = accounts(db)
    path = tmp_path / "names.csv"
    path.write_text("uid,screen_name,role\n1000000003,小刘同学,employee\n1000000004,小王,employee\n",
                    encoding="utf-8")
    code, out, err = cli("--db", db, "--as", "boss", "accounts", "import", str(path), "--yes")
    assert code == 0, err
    assert "updates 1 account(s), 1 unchanged" in out and "clears" not in out
    after = accounts(db)
    assert after["1000000003"] == {**before["1000000003"], "name": "小刘同学"}
    assert after == {**before, "1000000003": after["1000000003"]}


def test_an_empty_cell_is_a_clear_shown_before_anything_is_written(db: str, tmp_path: Path) -> None:
    before = accounts(db)
    path = tmp_path / "owners.csv"
    path.write_text("uid,screen_name,role,owner\n1000000002,李明,leader,\n1000000003,小刘,employee,\n"
                    "1000000004,小王,employee,\n", encoding="utf-8")
    code, out, err = cli("--db", db, "--as", "boss", "accounts", "import", str(path))  # no terminal, no --yes
    assert code == 2 and "clears owner on 3 account(s)" in out and "--yes" in err
    assert accounts(db) == before
    code, out, _ = cli("--db", db, "--as", "boss", "accounts", "import", str(path), "--dry-run")
    assert code == 0 and "clears owner on 3 account(s)" in out and accounts(db) == before
    code, out, err = cli("--db", db, "--as", "boss", "accounts", "import", str(path), "--yes")
    assert code == 0, err
    after = accounts(db)
    assert [after[u]["owner"] for u in ("1000000001", "1000000002", "1000000003", "1000000004")] == \
        ["张伟", "", "", ""]
    assert after["1000000002"]["team"] == "董事会"
    s = bootstrap(db, "boss")
    try:
        entry = [e for e in s.audit.entries() if e.action == "account.import"][-1]
    finally:
        s.close()
    assert entry.detail["changes"]["1000000002"] == {"owner": ["李明", ""]}
    assert set(entry.detail["changes"]) == {"1000000002", "1000000003", "1000000004"}


def test_repeated_columns_and_uids_are_errors_naming_the_line(db: str, tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("uid,screen_name,role,owner,Owner\n1000000001,星河乳业,official,a,b\n", encoding="utf-8")
    code, _, err = cli("--db", db, "--as", "boss", "accounts", "import", str(path), "--yes")
    assert code == 2 and "twice.csv:1: column(s) owner appear more than once in the header" in err
    path.write_text("uid,screen_name,role\n1000000003,小刘,employee\n1000000003,小刘2,employee\n",
                    encoding="utf-8")
    code, _, err = cli("--db", db, "--as", "boss", "accounts", "import", str(path), "--yes")
    assert code == 2 and "twice.csv:3: uid 1000000003 already appears on line 2" in err


def test_guard_cell_follows_owasp_and_round_trips() -> None:
    for value in FORMULAS:
        assert guard_cell(value) == "'" + value and unguard_cell(guard_cell(value)) == value
    for value in ["-1", "+3.5", "星河", "'=x", "''@y", "a=b", ""]:
        assert unguard_cell(guard_cell(value)) == value
    assert guard_cell("'=x") == "''=x" and guard_cell("-1") == "-1"


def _formula_db(db: str) -> None:
    s = bootstrap(db, "boss")
    try:
        a = s.registry.get("1000000003")
        from dataclasses import replace

        s.registry.update(a.id, replace(a.as_input(), screen_name=FORMULAS[0], owner=FORMULAS[1],
                                        team=FORMULAS[2], description="-2-3"))
        with s.uow() as u:  # whatever the table holds, the audit export guards it
            u.audit.append("boss", "@SUM(1+1)", "", {})
            u.commit()
    finally:
        s.close()


def _assert_guarded(rows: list[list[str]]) -> None:
    cells = [c for row in rows for c in row]
    assert not any(c.startswith(("=", "+", "@", "\t", "\r")) for c in cells), cells
    assert not any(c.startswith("-") and not c.lstrip("-").isdigit() for c in cells), cells


def test_every_export_guards_formulas_and_our_import_reads_them_back(db: str, tmp_path: Path) -> None:
    _formula_db(db)
    exported = tmp_path / "accounts.csv"
    assert cli("--db", db, "--as", "boss", "accounts", "export", str(exported))[0] == 0
    rows = list(csv.reader(io.StringIO(exported.read_text("utf-8-sig"))))
    _assert_guarded(rows)
    row = next(r for r in rows if r[0] == "1000000003")
    assert row[1:5] == ["'" + FORMULAS[0], "employee", "'" + FORMULAS[1], "'" + FORMULAS[2]]
    code, listed, _ = cli("--db", db, "--as", "boss", "accounts", "list", "--format", "csv")
    _assert_guarded(list(csv.reader(io.StringIO(listed))))
    before = accounts(db)
    code, out, err = cli("--db", db, "--as", "boss", "accounts", "import", str(exported), "--yes")
    assert code == 0 and "updates 0 account(s), 4 unchanged" in out, out + err
    assert accounts(db) == before and before["1000000003"]["name"] == FORMULAS[0]

    audit_csv = tmp_path / "audit.csv"
    assert cli("--db", db, "--as", "boss", "audit", "export", str(audit_csv))[0] == 0
    audit_rows = list(csv.reader(io.StringIO(audit_csv.read_text("utf-8-sig"))))
    _assert_guarded(audit_rows)
    assert "'@SUM(1+1)" in [r[3] for r in audit_rows]


def test_the_database_settings_log_and_exports_are_for_the_user_only(db: str, tmp_path: Path) -> None:
    old = os.umask(0o002)  # a permissive umask must not matter
    try:
        home = paths.home()
        local = f"sqlite:///{home / 'matrix.db'}"
        assert cli("--db", local, "members", "add", "boss", "--role", "admin")[0] == 0
        assert cli("config", "set", "ui.language", "en")[0] == 0
        out_file = tmp_path / "exports" / "accounts.csv"
        out_file.parent.mkdir()
        assert cli("--db", local, "--as", "boss", "accounts", "export", str(out_file))[0] == 0
        assert cli("--db", local, "--as", "boss", "audit", "export", str(tmp_path / "exports" / "a.csv"))[0] == 0
    finally:
        os.umask(old)

    def mode(p: Path) -> int:
        return stat.S_IMODE(os.stat(p).st_mode)

    assert mode(home) == 0o700 and mode(home / "logs") == 0o700
    files = [home / "matrix.db", home / "config.json", home / "logs" / "matrix-desktop.log", out_file,
             tmp_path / "exports" / "a.csv"]
    files += [p for p in (home / "matrix.db-wal", home / "matrix.db-shm") if p.exists()]
    assert {str(p): mode(p) for p in files} == {str(p): 0o600 for p in files}
