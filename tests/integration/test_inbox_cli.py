"""`matrix-desktop inbox classify` run as the real console command on real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXE = Path(sys.executable).with_name("matrix-desktop")


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "matrix_desktop"]
    return subprocess.run([*cmd, *args], input=stdin, capture_output=True, text=True, encoding="utf-8",
                          timeout=60, cwd=ROOT)


ITEMS = [
    {"id": "c1", "text": "喝了你们家的纯牛奶，孩子上吐下泻，现在在医院挂水", "author": "宝妈小林"},
    {"id": 2, "text": "请问儿童成长奶粉适合几岁的宝宝？", "author": "奶爸"},
    {"id": 3, "text": "服务真周到，等了一个月才收到货[微笑]", "author": "阿明", "followers": 250000},
    {"id": 4, "text": "兼职日赚300+，加V：abc12345"},
    {"id": 5, "text": "你们招聘暑期实习生吗？", "author": "好奇"},
]


def test_classify_writes_one_line_per_good_item_and_reports_bad_lines_by_number(tmp_path: Path) -> None:
    lines = [json.dumps(ITEMS[0], ensure_ascii=False), "{broken", json.dumps(ITEMS[1], ensure_ascii=False),
             '{"id": 9}', "", *(json.dumps(i, ensure_ascii=False) for i in ITEMS[2:])]
    path = tmp_path / "comments.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run_cli("inbox", "classify", str(path))
    assert r.returncode == 1
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(o["id"], o["category"], o["priority"]) for o in out] == [
        ("c1", "crisis", 1), (2, "question", 3), (3, "complaint", 1), (4, "spam", 4), (5, "question", 3)]
    assert set(out[0]) == {"id", "category", "priority", "confidence", "needs_look", "suggested_reply", "no_entry"}
    assert [o["no_entry"] for o in out] == [False, False, False, False, True]  # spam needs no reply at all
    assert out[4]["suggested_reply"] is None  # no manual entry fits: no draft, a person writes one
    assert out[0]["suggested_reply"].startswith("回复@宝妈小林:")
    assert "3–12岁" in out[1]["suggested_reply"]
    assert "抱歉" in out[2]["suggested_reply"]
    assert out[3]["suggested_reply"] is None
    assert r.stderr.splitlines() == [f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes "
                                      f"at column 2)", f"{path}:4: missing text (a string)"]


def test_classify_reads_standard_input_with_a_markdown_manual_and_exits_0() -> None:
    stdin = json.dumps({"id": 1, "text": "收到的牛奶胀袋了怎么办", "author": "x"}, ensure_ascii=False) + "\n"
    r = run_cli("inbox", "classify", "--manual", "resources/demo/answer_manual.md", "-", stdin=stdin)
    assert r.returncode == 0, r.stderr
    reply = json.loads(r.stdout)["suggested_reply"]
    assert "补发或退款" in reply
    assert r.stderr == ""  # jieba's "Building prefix dict" chatter is silenced


def test_a_missing_file_is_one_line_on_stderr_and_exit_2(tmp_path: Path) -> None:
    r = run_cli("inbox", "classify", str(tmp_path / "nope.jsonl"))
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "nope.jsonl" in r.stderr
    assert "Traceback" not in r.stderr


def test_broken_edited_rules_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    rules = tmp_path / "rules.json"
    rules.write_text('{"categories": {}}', encoding="utf-8")
    r = run_cli("inbox", "classify", "--rules", str(rules), "-", stdin="")
    assert r.returncode == 2
    assert "categories.crisis is missing" in r.stderr and "Traceback" not in r.stderr
