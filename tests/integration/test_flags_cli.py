"""`matrix-desktop flags classify` run as the real console command on real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXE = Path(sys.executable).with_name("matrix-desktop")


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "matrix_desktop"]
    return subprocess.run([*cmd, *args], input=stdin, capture_output=True, text=True, encoding="utf-8",
                          timeout=60, cwd=ROOT)


USERS = [
    {"id": 1001, "screen_name": "李明", "verified": True, "verified_type": 0,
     "verified_reason": "星河乳業股份有限公司 品牌經理", "description": ""},
    {"id": "1002", "screen_name": "业主", "verified": False, "verified_type": -1,
     "description": "住在星河湾小区"},
    {"id": 1003, "screen_name": "Lin", "description": "Ex-Xinghe Dairy brand manager"},
]


@pytest.fixture
def users_file(tmp_path: Path) -> Path:
    lines = [json.dumps(USERS[0], ensure_ascii=False), "{broken json", json.dumps(USERS[1], ensure_ascii=False),
             '"just a string"', json.dumps(USERS[2], ensure_ascii=False)]
    path = tmp_path / "users.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_classify_writes_one_line_per_good_user_and_reports_bad_lines(users_file: Path) -> None:
    r = run_cli("flags", "classify", "--company", "星河乳业股份有限公司", "--alias", "星河",
                "--english", "Xinghe Dairy", str(users_file))
    assert r.returncode == 1
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["id"] for o in out] == [1001, "1002", 1003]
    assert (out[0]["linked"], out[0]["kind"], out[0]["severity"]) == \
        (True, "current", "high")
    assert out[0]["evidence"] == "星河乳業股份有限公司 品牌經理"  # original characters, not normalised
    assert (out[1]["linked"], out[1]["kind"], out[1]["severity"]) == (False, "none", "none")
    assert (out[2]["kind"], out[2]["severity"]) == ("former", "medium")
    assert f"{users_file}:2:" in r.stderr and f"{users_file}:4:" in r.stderr
    assert "Traceback" not in r.stderr


def test_classify_reads_standard_input_and_exits_0_when_all_lines_are_good() -> None:
    stdin = "\n".join(json.dumps(u, ensure_ascii=False) for u in USERS) + "\n"
    r = run_cli("flags", "classify", "--company", "星河乳业股份有限公司", "--alias", "星河", "-", stdin=stdin)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 3
    assert "星河乳業" in r.stdout  # ensure_ascii=False: Chinese stays readable


def test_missing_file_is_a_usage_error_on_one_line(tmp_path: Path) -> None:
    r = run_cli("flags", "classify", "--company", "华为技术有限公司", str(tmp_path / "nope.jsonl"))
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1
    assert "nope.jsonl" in r.stderr


def test_company_is_required() -> None:
    r = run_cli("flags", "classify", "-", stdin="")
    assert r.returncode == 2
    assert "--company" in r.stderr
