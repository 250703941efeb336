"""Inputs saved by Chinese Windows (GBK, UTF-16, BOMs) are read exactly, or refused in one line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.app.cli import run
from matrix_desktop.core.errors import ImportRejected
from matrix_desktop.core.inbox.answers import parse_manual_markdown
from matrix_desktop.core.textcodec import UndecodableText, decode_text

ROOT = Path(__file__).resolve().parents[2]
EXE = Path(sys.executable).with_name("matrix-desktop")
ACCOUNTS = ("uid,screen_name,role,owner,team\n"
            "1000000001,星河乳业官方微博,official,张伟,品牌部\n"
            "1000000002,星河乳业董事长李明,leader,李明,董事会\n"
            "1000000003,小刘爱喝奶,employee,刘洋,销售部\n")
UNDECODABLE = b"uid,screen_name,role\n1000000001,\x80\xff\xfe\x81,official\n"


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def console(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "matrix_desktop"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, encoding="utf-8", timeout=60, cwd=ROOT)


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    assert cli("--db", url, "members", "add", "boss", "--role", "admin", "--role", "operator")[0] == 0
    return url


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-8-sig", "utf-8"])
def test_an_accounts_csv_in_a_chinese_windows_encoding_imports_intact(
        db: str, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"accounts-{encoding}.csv"
    path.write_bytes(ACCOUNTS.encode(encoding))
    code, out, err = cli("--db", db, "--as", "boss", "accounts", "import", str(path), "--yes")
    assert code == 0, err
    services = bootstrap(db, "boss")
    try:
        got = {a.uid: (a.screen_name, a.owner, a.team) for a in services.registry.search()}
    finally:
        services.close()
    assert got == {"1000000001": ("星河乳业官方微博", "张伟", "品牌部"),
                   "1000000002": ("星河乳业董事长李明", "李明", "董事会"),
                   "1000000003": ("小刘爱喝奶", "刘洋", "销售部")}


def test_undecodable_bytes_are_one_line_and_nothing_is_imported(db: str, tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(UNDECODABLE)
    code, out, err = cli("--db", db, "--as", "boss", "accounts", "import", str(path), "--yes")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "save it as UTF-8" in err
    assert "Traceback" not in err
    assert "1000000001" not in cli("--db", db, "--as", "boss", "accounts", "list", "--format", "csv")[1]


@pytest.mark.parametrize("encoding", ["gbk", "utf-16"])
def test_flags_classify_reads_gbk_and_utf16_input_right(tmp_path: Path, encoding: str) -> None:
    user = {"id": 7, "screen_name": "小王", "verified": True, "verified_type": 0,
            "verified_reason": "星河乳业员工", "description": ""}
    path = tmp_path / "users.jsonl"
    path.write_bytes((json.dumps(user, ensure_ascii=False) + "\n").encode(encoding))
    r = console("flags", "classify", "--company", "星河乳业股份有限公司", "--alias", "星河乳业", str(path))
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout.strip())
    assert out["linked"] is True and out["evidence"] == "星河乳业员工"


def test_flags_classify_refuses_undecodable_input_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "users.jsonl"
    path.write_bytes(b'{"id": 1, "verified_reason": "\x80\xff\xfe"}\n')
    r = console("flags", "classify", "--company", "星河乳业", str(path))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "save it as UTF-8" in r.stderr
    assert r.stdout == ""


def test_inbox_classify_reads_utf16_input(tmp_path: Path) -> None:
    path = tmp_path / "comments.jsonl"
    path.write_bytes((json.dumps({"id": 1, "text": "你们的牛奶喝了拉肚子，太差了！"}, ensure_ascii=False)
                      + "\n").encode("utf-16"))
    r = console("inbox", "classify", str(path))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.splitlines()[0])["id"] == 1


def test_a_gbk_answer_manual_imports_and_a_duplicated_id_names_both_places(db: str, tmp_path: Path) -> None:
    manual = "# 手册\n\n## 牛奶坏了怎么办\nid: refund\n\n请联系客服退换。\n\n## 怎么退货\nid: refund\n\n七天无理由。\n"
    with pytest.raises(ImportRejected) as caught:
        parse_manual_markdown(manual)
    (problem,) = caught.value.rows
    assert problem.line == 8 and "line 3" in problem.reason and "refund" in problem.reason
    path = tmp_path / "manual.md"
    path.write_bytes(manual.replace("id: refund\n\n七天", "id: returns\n\n七天").encode("gbk"))
    code, out, err = cli("--db", db, "--as", "boss", "inbox", "manual", "import", str(path))
    assert code == 0, err
    services = bootstrap(db, "boss")
    try:
        assert {a.question for a in services.inbox.manual.answers()} == {"牛奶坏了怎么办", "怎么退货"}
    finally:
        services.close()


def test_decode_text_never_replaces_a_character() -> None:
    assert decode_text("星河乳业员工".encode("gbk")) == "星河乳业员工"
    assert decode_text("\ufeff星河".encode("utf-8")) == "星河"
    with pytest.raises(UndecodableText):
        decode_text(b"\x80\xff")
