"""The evaluation functions on a tiny corpus: scores, leave-one-company-out, replies."""

from __future__ import annotations

import pytest

from matrix_desktop.core.inbox.answers import AnswerEntry, AnswerIndex
from matrix_desktop.core.inbox.evaluate import (
    ReplyCase,
    evaluate_replies,
    format_triage_report,
    leave_one_company_out,
    replies_leave_one_company_out,
    reply_candidates,
    reply_choices_leave_one_company_out,
    score_triage,
    train_match_weights,
)
from matrix_desktop.core.inbox.model import CorpusItem
from matrix_desktop.core.inbox.triage import train_triager


def test_scores_per_label_confusion_crisis_recall_and_macro_f1() -> None:
    gold = ["crisis", "crisis", "complaint", "question", "praise", "other"]
    pred = ["crisis", "complaint", "complaint", "question", "praise", "praise"]
    r = score_triage(gold, pred)
    assert r.crisis_recall == 0.5
    assert r.per_label["complaint"].precision == 0.5 and r.per_label["complaint"].recall == 1.0
    assert r.confusion[0][:2] == (1, 1)  # row crisis: one right, one taken for a complaint
    assert r.per_label["spam"].support == 0
    # spam is in neither list, so it does not count in the macro average (five labels do)
    assert r.macro_f1 == pytest.approx(sum(r.per_label[c].f1 for c in r.labels if c != "spam") / 5)
    assert "crisis recall 0.500" in format_triage_report(r, "tiny")


def test_leave_one_company_out_tests_each_company_on_a_model_that_never_saw_it() -> None:
    base = [("快递太慢了还没到", "complaint"), ("请问几点开门", "question"), ("太好喝了爱了", "praise"),
            ("加v看我主页", "spam"), ("哈哈哈", "other"), ("喝完住院了", "crisis")]
    items = [CorpusItem(f"{c}{i}", c, "x", t, cat) for c in "ABC" for i, (t, cat) in enumerate(base)]
    seen: list[set[str]] = []

    def trainer(corpus: list[CorpusItem]):  # type: ignore[no-untyped-def]
        seen.append({i.company for i in corpus})
        return train_triager(corpus, folds=0)

    report = leave_one_company_out(items, trainer)
    assert list(report.per_company) == ["A", "B", "C"]
    assert seen == [{"B", "C"}, {"A", "C"}, {"A", "B"}]
    assert report.pooled.n == 18
    assert report.pooled_unseen.n == 0  # every text here is repeated in the other companies


def test_reply_accuracy_counts_none_as_an_answer() -> None:
    index = AnswerIndex([
        AnswerEntry("MISS", "售后", "少发、漏发怎么办？", "补发。", ("少发", "漏发", "少了")),
        AnswerEntry("STORE", "运营", "门店在哪里？", "小程序查看门店。", ("门店", "地址")),
    ])
    cases = [ReplyCase("A", "买了三件少了一件", "MISS"), ReplyCase("A", "请问附近门店地址", "STORE"),
             ReplyCase("A", "今天天气不错", None)]
    r = evaluate_replies(cases, {"A": index})
    assert (r.n, r.answerable, r.none) == (3, 2, 1)
    assert r.top1_accuracy == 1.0 and r.none_accuracy == 1.0
    wrong = evaluate_replies(cases, {"A": index}, choose=lambda text, idx: "STORE")
    assert wrong.none_accuracy == 0.0 and wrong.top1_accuracy == pytest.approx(1 / 3)


def _reply_company(name: str) -> tuple[list[ReplyCase], AnswerIndex]:
    index = AnswerIndex([
        AnswerEntry(f"{name}-MISS", "售后", "少发、漏发怎么办？", "补发。", ("少发", "漏发", "少了")),
        AnswerEntry(f"{name}-STORE", "运营", "门店在哪里？", "小程序查看门店。", ("门店", "地址")),
        AnswerEntry(f"{name}-REFUND", "售后", "退款多久到账？", "原路退回。", ("退款", "到账")),
    ])
    cases = [ReplyCase(name, "买了三件少了一件", f"{name}-MISS"), ReplyCase(name, "漏发了一盒", f"{name}-MISS"),
             ReplyCase(name, "请问附近门店地址", f"{name}-STORE"), ReplyCase(name, "门店几点开门", f"{name}-STORE"),
             ReplyCase(name, "退款一周了还没到账", f"{name}-REFUND"), ReplyCase(name, "今天天气不错", None),
             ReplyCase(name, "你们的包装颜色真好看", None)]
    return cases, index


def test_reply_weights_are_learned_on_the_other_companies_only() -> None:
    cases, indexes = [], {}
    for name in ("A", "B", "C", "D"):
        c, indexes[name] = _reply_company(name)
        cases += c
    assert replies_leave_one_company_out(cases, indexes).top1_accuracy >= 0.8
    before = reply_choices_leave_one_company_out(cases, indexes)
    # Company A's own labels turned upside down: the choices for A do not move, they never saw them.
    flipped = [ReplyCase(c.company, c.text, None if c.entry else "A-STORE") if c.company == "A" else c
               for c in cases]
    after = reply_choices_leave_one_company_out(flipped, indexes)
    for n, case in enumerate(cases):
        if case.company == "A":
            assert after[n] == before[n]


def test_learned_weights_put_the_labelled_choice_first_on_what_they_learned_from() -> None:
    cases, index = _reply_company("A")
    weights = train_match_weights(reply_candidates(cases, {"A": index}))
    learned = AnswerIndex(index.entries, weights)
    assert evaluate_replies(cases, {"A": learned}).top1_accuracy == 1.0
