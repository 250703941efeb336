"""Scoring a flags corpus: the figures, the per-company table, the kind confusion and the report text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.flags import LinkKind
from matrix_desktop.core.flags.evaluate import flags_report, format_report, load_corpus

XINGHE = {"legal_name": "星河乳业股份有限公司", "aliases": ["星河"], "english_names": ["Xinghe Dairy"]}
HUAWEI = {"legal_name": "华为技术有限公司", "aliases": ["华为"], "english_names": ["Huawei"]}


def record(i: int, company: dict[str, Any], kind: str, *, reason: str = "", description: str = "") -> str:
    return json.dumps({"id": i, "screen_name": "someone", "verified": bool(reason), "verified_type": 0,
                       "verified_reason": reason, "description": description, "company": company,
                       "linked": kind != "none", "kind": kind, "note": "tiny corpus"}, ensure_ascii=False)


@pytest.fixture()
def tiny(tmp_path: Path) -> Path:
    (tmp_path / "xinghe.jsonl").write_text("\n".join([
        record(1, XINGHE, "current", reason="星河乳业 市场总监"),           # right
        record(2, XINGHE, "none", description="星河乳业忠实粉丝"),          # right
        record(3, XINGHE, "executive", reason="星河乳业 品牌经理"),         # linked, wrong kind
    ]) + "\n", encoding="utf-8")
    (tmp_path / "huawei.jsonl").write_text("\n".join([
        record(4, HUAWEI, "former", description="前华为员工"),               # right
        record(5, HUAWEI, "current", description="热爱生活"),               # missed
        record(6, HUAWEI, "none", reason="华为技术有限公司 工程师"),         # false flag
    ]) + "\n", encoding="utf-8")
    sub = tmp_path / "heldout_after"
    sub.mkdir()
    (sub / "other.jsonl").write_text(record(7, HUAWEI, "none", description="x") + "\n", encoding="utf-8")
    return tmp_path


def test_report_counts_links_kinds_and_companies_of_a_tiny_corpus(tiny: Path) -> None:
    report = flags_report(tiny)
    o = report.overall
    assert (o.n, o.tp, o.fp, o.fn, o.tn) == (6, 3, 1, 1, 1)  # the sub-directory batch is not read
    assert o.precision == pytest.approx(3 / 4)
    assert o.recall == pytest.approx(3 / 4)
    assert o.f1 == pytest.approx(3 / 4)
    assert o.kind_accuracy == pytest.approx(3 / 6)
    by_name = {c.company: c.scores for c in report.per_company}
    assert by_name["星河乳业股份有限公司"].kind_correct == 2
    assert (by_name["华为技术有限公司"].fp, by_name["华为技术有限公司"].fn) == (1, 1)
    assert report.confusion[(LinkKind.EXECUTIVE, LinkKind.CURRENT)] == 1
    assert report.confusion[(LinkKind.NONE, LinkKind.CURRENT)] == 1
    assert {m.source for m in report.misses} == {"xinghe.jsonl:3", "huawei.jsonl:2", "huawei.jsonl:3"}
    assert report.profiles_per_second > 0


def test_formatted_report_shows_figures_table_and_misses(tiny: Path) -> None:
    text = format_report(flags_report(tiny))
    assert "precision 0.750  recall 0.750  F1 0.750  kind accuracy 0.500" in text
    assert "华为技术有限公司" in text and "kind confusion" in text
    assert "huawei.jsonl:3" in text


def test_a_bad_record_is_refused_with_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text(record(1, XINGHE, "current") + "\n{\"id\": 2}\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="bad.jsonl:2"):
        load_corpus(tmp_path)


def test_linked_must_agree_with_kind(tmp_path: Path) -> None:
    obj = json.loads(record(1, XINGHE, "current", reason="星河乳业 市场总监"))
    obj["linked"] = False
    (tmp_path / "x.jsonl").write_text(json.dumps(obj, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="linked"):
        load_corpus(tmp_path)


def test_an_empty_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no"):
        load_corpus(tmp_path)


def test_the_eval_command_reports_the_flags_corpus_and_the_held_out_batch() -> None:
    import io

    from matrix_desktop.app.cli import run

    out, err = io.StringIO(), io.StringIO()
    assert run(["eval", "flags", "--misses", "0"], stdout=out, stderr=err) == 0, err.getvalue()
    text = out.getvalue()
    assert "F1" in text and "held-out-after" in text
