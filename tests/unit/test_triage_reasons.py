"""Triage reasons are codes with parameters: every reason the model gives reads back into its code and
is said in Chinese on a Chinese screen (stored items' English reasons included)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from matrix_desktop.core.inbox.model import load_corpus
from matrix_desktop.core.inbox.reasons import TEMPLATES, parse_reason, render, split_reasons
from matrix_desktop.core.inbox.triage import Triager
from matrix_desktop.ui.i18n import language, set_language
from matrix_desktop.ui.inbox.reasons import needs_look, reason_label, reasons_label

CORPUS = Path(__file__).resolve().parents[2] / "resources" / "corpus" / "triage"


@pytest.fixture
def chinese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Qt's translators need an application object: in a worker that ran no UI test there is none yet."""
    before = language()
    set_language("zh_CN")
    yield
    set_language(before)


def test_every_template_reads_back_into_its_code_and_parameters() -> None:
    params = {"p": "0.41", "t": "0.35", "words": "住院、中毒", "label": "crisis", "gram": "退款",
              "feature": "a question mark"}
    for code, template in TEMPLATES.items():
        fields = {k: v for k, v in params.items() if "{" + k + "}" in template}
        reason = parse_reason(render(code, **fields))
        assert reason is not None and reason.code == code, code
        assert dict(reason.params) == fields, code


def test_the_models_reasons_all_parse_and_read_in_chinese(chinese: None) -> None:
    triager = Triager()
    texts = [i.text for i in load_corpus(CORPUS)[::7]]
    reasons = {r for t in triager.classify_many(texts) for r in t.reasons}
    assert len(reasons) > 50
    unread = sorted(r for r in reasons if parse_reason(r) is None)
    assert not unread, unread
    for r in reasons:
        said = reason_label(r)
        assert said != r, r
        assert not any(w in said for w in ("words of the rules", "crisis guard", "reposted", "likely")), said


def test_a_stored_reasons_text_renders_each_part_and_keeps_an_unknown_one(chinese: None) -> None:
    stored = "; ".join([render("gram", label="complaint", gram="退款"), render("over_cap"), "something new"])
    assert split_reasons(stored) == ["complaint: “退款”", "over today's draft limit", "something new"]
    assert reasons_label(stored) == "投诉：「退款」；超出今日草稿上限；something new"


def test_needs_a_look_below_the_models_threshold() -> None:
    assert needs_look(0.3) and not needs_look(0.9)
