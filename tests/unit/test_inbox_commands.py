"""`inbox classify` shows confidence and needs-a-look; `eval triage|replies` print their figures."""

from __future__ import annotations

import io
import json
from pathlib import Path

from matrix_desktop.app.cli import run


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_classify_prints_confidence_and_needs_look_beside_the_category(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "等了十天还没发货，客服也不回"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    code, out, _ = _run(["inbox", "classify", str(src)])
    row = json.loads(out)
    assert code == 0 and row["category"] == "complaint"
    assert 0.0 <= row["confidence"] <= 1.0 and row["needs_look"] is False


def _tiny_corpus(root: Path) -> None:
    base = [("快递太慢了还没到", "complaint"), ("请问几点开门", "question"), ("太好喝了爱了", "praise"),
            ("加v看我主页", "spam"), ("哈哈哈", "other"), ("喝完住院了", "crisis")]
    (root / "triage").mkdir(parents=True)
    for company in ("甲", "乙", "丙"):
        lines = [json.dumps({"id": f"{company}{i}", "company": company, "industry": "x", "text": t,
                             "category": c}, ensure_ascii=False) for i, (t, c) in enumerate(base)]
        (root / "triage" / f"{company}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "manuals").mkdir()
    (root / "manuals" / "甲.csv").write_text(
        "id,department,question,answer,keywords\nD1,售后,快递慢怎么办？,我们帮您催。,\"慢,还没到,催\"\n",
        encoding="utf-8")
    (root / "replies").mkdir()
    (root / "replies" / "甲.jsonl").write_text(
        json.dumps({"id": "r1", "company": "甲", "text": "快递太慢了还没到", "entry": "D1"}, ensure_ascii=False)
        + "\n", encoding="utf-8")


def test_eval_triage_prints_leave_one_company_out_figures_and_throughput(tmp_path: Path) -> None:
    _tiny_corpus(tmp_path)
    code, out, _ = _run(["eval", "triage", "--corpus", str(tmp_path)])
    assert code == 0
    assert "leave-one-company-out over 18 items, 3 companies" in out
    assert "crisis recall" in out and "macro-F1" in out and "confusion" in out
    assert "comments/s" in out


def test_eval_replies_prints_top1_and_none(tmp_path: Path) -> None:
    _tiny_corpus(tmp_path)
    code, out, _ = _run(["eval", "replies", "--corpus", str(tmp_path)])
    assert code == 0 and "top-1 accuracy 1.000" in out and "none right" in out


def test_eval_replies_names_a_broken_case_file_or_manual_in_one_line(tmp_path: Path) -> None:
    _tiny_corpus(tmp_path)
    cases = tmp_path / "replies" / "甲.jsonl"
    cases.write_text(cases.read_text(encoding="utf-8") + "{broken\n", encoding="utf-8")
    code, _, err = _run(["eval", "replies", "--corpus", str(tmp_path)])
    assert code == 2 and err.count("\n") == 1 and f"{cases}:2: not valid JSON" in err
    _tiny_corpus(tmp_path / "again")
    manual = tmp_path / "again" / "manuals" / "甲.csv"
    manual.write_text("id,department\nD1,售后\n", encoding="utf-8")
    code, _, err = _run(["eval", "replies", "--corpus", str(tmp_path / "again")])
    assert code == 2 and err.count("\n") == 1 and str(manual) in err and "question" in err
    code, _, err = _run(["eval", "replies", "--corpus", str(tmp_path / "again"), "--save-weights",
                         str(tmp_path / "no" / "such" / "w.json")])
    assert code == 2 and "its folder does not exist" in err
