"""Measuring triage and reply suggestions honestly: on companies the model was not trained on.

Pure functions returning report dataclasses; `matrix-desktop eval triage|replies` prints them.

- `leave_one_company_out`: train on every company but one, test on that one, for each in turn; the
  pooled report adds every company's predictions together.
- `score_triage`: per-label precision/recall/F1, the confusion matrix, crisis recall, macro-F1.
- `evaluate_replies`: top-1 accuracy of the manual entry chosen for a comment, where "none" (no entry
  fits, no suggestion) is an answer that can be right or wrong like any other.
- `throughput`: comments per second through the batch path.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.inbox.answers import (
    ENTRY_FEATURES,
    NONE_FEATURES,
    AnswerIndex,
    MatchWeights,
    parse_manual_csv,
)
from matrix_desktop.core.inbox.model import CATEGORIES, CorpusItem
from matrix_desktop.core.inbox.suggest import best_entry
from matrix_desktop.core.inbox.triage import Triager, correction_key, train_triager


@dataclass(frozen=True)
class LabelScores:
    """Precision, recall and F1 of one label, and how many gold items carry it."""

    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class TriageReport:
    """Scores of triage predictions against gold labels."""

    n: int
    labels: tuple[str, ...]
    per_label: Mapping[str, LabelScores]
    confusion: tuple[tuple[int, ...], ...]  # rows: gold label, columns: predicted label (order of `labels`)
    macro_f1: float
    accuracy: float
    crisis_recall: float
    needs_look: int = 0


def score_triage(gold: Sequence[str], predicted: Sequence[str], needs_look: Sequence[bool] = (),
                 labels: Sequence[str] = CATEGORIES) -> TriageReport:
    """The report of `predicted` against `gold` (same length). Macro-F1 averages the labels present in
    gold or predictions, so a label nobody uses does not count as a zero."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    labels = tuple(labels)
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, predicted, strict=True):
        matrix[index[g]][index[p]] += 1
    per: dict[str, LabelScores] = {}
    f1s: list[float] = []
    for i, label in enumerate(labels):
        tp = matrix[i][i]
        support = sum(matrix[i])
        predicted_n = sum(row[i] for row in matrix)
        precision = tp / predicted_n if predicted_n else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per[label] = LabelScores(precision, recall, f1, support)
        if support or predicted_n:
            f1s.append(f1)
    n = len(gold)
    correct = sum(matrix[i][i] for i in range(len(labels)))
    crisis = per.get("crisis")
    return TriageReport(n, labels, per, tuple(tuple(r) for r in matrix), sum(f1s) / len(f1s) if f1s else 0.0,
                        correct / n if n else 0.0, crisis.recall if crisis else 0.0, sum(bool(x) for x in needs_look))


def evaluate_triager(triager: Triager, items: Sequence[CorpusItem]) -> TriageReport:
    """How `triager` does on `items`."""
    verdicts = triager.classify_many([i.text for i in items])
    return score_triage([i.category for i in items], [v.category.value for v in verdicts],
                        [v.needs_look for v in verdicts])


@dataclass(frozen=True)
class LocoReport:
    """Leave-one-company-out: one report per held-out company, the pooled report over all of them, and
    the pooled report over the test items whose text (by `correction_key`) no training company has:
    short chatter such as 前排 recurs across companies, and a fair reader wants the figure without it."""

    per_company: Mapping[str, TriageReport]
    pooled: TriageReport
    pooled_unseen: TriageReport


Trainer = Callable[[Sequence[CorpusItem]], Triager]


def leave_one_company_out(items: Sequence[CorpusItem], trainer: Trainer | None = None,
                          progress: Callable[[str], None] | None = None) -> LocoReport:
    """Train on every company but one and test on that one, for each company in turn."""
    train = trainer or (lambda corpus: train_triager(corpus))
    companies = sorted({i.company for i in items})
    per: dict[str, TriageReport] = {}
    gold: list[str] = []
    pred: list[str] = []
    looks: list[bool] = []
    unseen: list[int] = []
    for company in companies:
        if progress:
            progress(company)
        test = [i for i in items if i.company == company]
        training = [i for i in items if i.company != company]
        known = {correction_key(i.text) for i in training}
        triager = train(training)
        verdicts = triager.classify_many([i.text for i in test])
        g = [i.category for i in test]
        p = [v.category.value for v in verdicts]
        nl = [v.needs_look for v in verdicts]
        per[company] = score_triage(g, p, nl)
        unseen += [len(gold) + k for k, i in enumerate(test) if correction_key(i.text) not in known]
        gold += g
        pred += p
        looks += nl
    return LocoReport(per, score_triage(gold, pred, looks),
                      score_triage([gold[k] for k in unseen], [pred[k] for k in unseen], [looks[k] for k in unseen]))


# -- replies ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReplyCase:
    """A comment to a company and the manual entry that answers it (None: no entry fits)."""

    company: str
    text: str
    entry: str | None


@dataclass(frozen=True)
class ReplyReport:
    """Top-1 accuracy of entry choice; `none_accuracy` over cases where nothing fits, `answerable_accuracy`
    over the others; `wrong` lists (text, expected, chosen) for reading."""

    n: int
    top1_accuracy: float
    answerable: int
    answerable_accuracy: float
    none: int
    none_accuracy: float
    wrong: tuple[tuple[str, str | None, str | None], ...]


def load_reply_set(directory: Path | str) -> tuple[list[ReplyCase], dict[str, AnswerIndex]]:
    """The reply cases of `directory/replies/*.jsonl` and each company's manual `directory/manuals/<same>.csv`."""
    root = Path(directory)
    cases: list[ReplyCase] = []
    indexes: dict[str, AnswerIndex] = {}
    for path in sorted((root / "replies").glob("*.jsonl")):
        rows: list[dict[str, Any]] = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValidationError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if not isinstance(row, dict) or not isinstance(row.get("company"), str) \
                    or not isinstance(row.get("text"), str):
                raise ValidationError(f"{path}:{number}: a reply case needs a company and a text")
            rows.append(row)
        if not rows:
            continue
        manual = root / "manuals" / (path.stem + ".csv")
        if not manual.is_file():
            raise ValidationError(f"{path}: its manual {manual} is missing")
        try:
            entries = parse_manual_csv(manual.read_bytes())
        except ValidationError as exc:
            raise ValidationError([f"{manual}: {p}" for p in exc.problems]) from None
        indexes[str(rows[0]["company"])] = AnswerIndex(entries)
        cases += [ReplyCase(str(r["company"]), str(r["text"]), r.get("entry")) for r in rows]
    return cases, indexes


def evaluate_replies(cases: Iterable[ReplyCase], indexes: Mapping[str, AnswerIndex],
                     choose: Callable[[str, AnswerIndex], str | None] | None = None) -> ReplyReport:
    """How often the chosen entry (or the choice of none) is the labelled one."""
    pick = choose or (lambda text, index: (lambda e: e.key if e else None)(best_entry(text, index)))
    total = right = ans = ans_right = none = none_right = 0
    wrong: list[tuple[str, str | None, str | None]] = []
    for case in cases:
        got = pick(case.text, indexes[case.company])
        ok = got == case.entry
        total += 1
        right += ok
        if case.entry is None:
            none += 1
            none_right += ok
        else:
            ans += 1
            ans_right += ok
        if not ok:
            wrong.append((case.text, case.entry, got))
    return ReplyReport(total, right / total if total else 0.0, ans, ans_right / ans if ans else 0.0,
                       none, none_right / none if none else 0.0, tuple(wrong))


def _candidates(case: ReplyCase, index: AnswerIndex) -> tuple[list[list[float]], list[float], int]:
    rows, none = index.features(case.text)
    keys = [e.key for e in index.entries]
    gold = keys.index(case.entry) if case.entry in keys else len(keys)  # len(keys): "none" is right
    return rows, none, gold


Candidates = tuple[list[list[float]], list[float], int]


def reply_candidates(cases: Sequence[ReplyCase], indexes: Mapping[str, AnswerIndex]) -> list[Candidates]:
    """Each case's features (`AnswerIndex.features`) and the position of its right choice (the number of
    entries when "none" is right). They do not depend on the weights: compute once, train many times."""
    return [_candidates(c, indexes[c.company]) for c in cases]


def train_match_weights(groups: Sequence[Candidates], l2: float = 1.0) -> MatchWeights:
    """Weights for `AnswerIndex.match`, learned as a conditional logit: for each comment, a softmax over
    its manual's entries plus "none" that puts the labelled choice first. Regularised (L2) because a
    manual of nine entries and a thousand comments would otherwise teach the wording of this set."""
    import numpy as np
    from scipy.optimize import minimize

    de, dn = len(ENTRY_FEATURES), len(NONE_FEATURES)
    width = max(len(rows) for rows, _n, _g in groups) + 1
    x = np.zeros((len(groups), width, de + dn))
    mask = np.zeros((len(groups), width), dtype=bool)
    gold = np.zeros((len(groups), width))
    for c, (rows, none, right) in enumerate(groups):
        x[c, :len(rows), :de] = rows
        x[c, width - 1, de:] = none  # "none" sits in the last column of every comment
        mask[c, :len(rows)] = mask[c, width - 1] = True
        gold[c, right if right < len(rows) else width - 1] = 1.0

    def loss(w: Any) -> tuple[float, Any]:
        s = np.where(mask, x @ w, -np.inf)
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        nll = -float(np.sum(np.log(np.maximum((p * gold).sum(axis=1), 1e-300))))
        grad = np.einsum("cw,cwd->d", p - gold, x)
        return nll + l2 * float(w @ w) / 2, grad + l2 * w

    fit = minimize(loss, np.zeros(de + dn), jac=True, method="L-BFGS-B")
    return MatchWeights(tuple(float(v) for v in fit.x[:de]), tuple(float(v) for v in fit.x[de:]))


def reply_choices_leave_one_company_out(cases: Sequence[ReplyCase], indexes: Mapping[str, AnswerIndex],
                                        l2: float = 1.0) -> list[str | None]:
    """The entry chosen for each case (None: no entry fits) by weights learned on every company but the
    case's own, for each company in turn."""
    groups = reply_candidates(cases, indexes)
    chosen: list[str | None] = [None] * len(cases)
    for company in sorted({c.company for c in cases}):
        weights = train_match_weights([g for g, c in zip(groups, cases, strict=True) if c.company != company], l2)
        held = AnswerIndex(indexes[company].entries, weights)
        for n, case in enumerate(cases):
            if case.company == company:
                e = best_entry(case.text, held)
                chosen[n] = e.key if e else None
    return chosen


def replies_leave_one_company_out(cases: Sequence[ReplyCase], indexes: Mapping[str, AnswerIndex],
                                  l2: float = 1.0) -> ReplyReport:
    """Top-1 accuracy of the leave-one-company-out choices over every company together."""
    in_order = iter(reply_choices_leave_one_company_out(cases, indexes, l2))
    return evaluate_replies(cases, indexes, choose=lambda _text, _index: next(in_order))


def throughput(triager: Triager, texts: Sequence[str], batch: int = 2000) -> float:
    """Comments per second through `Triager.classify_many` in batches of `batch`."""
    started = time.perf_counter()
    for at in range(0, len(texts), batch):
        triager.classify_many(texts[at:at + batch])
    elapsed = time.perf_counter() - started
    return len(texts) / elapsed if elapsed > 0 else float("inf")


# -- printing ---------------------------------------------------------------------------------------

def format_triage_report(report: TriageReport, title: str) -> str:
    """A plain-text rendering: per-label table, confusion matrix, crisis recall, macro-F1."""
    lines = [f"{title} ({report.n} items)", f"  {'label':10} {'prec':>6} {'recall':>6} {'F1':>6} {'n':>5}"]
    for label in report.labels:
        s = report.per_label[label]
        lines.append(f"  {label:10} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} {s.support:5d}")
    short = [label[:6] for label in report.labels]
    lines.append("  confusion (rows gold, columns predicted): " + " ".join(f"{s:>6}" for s in short))
    for label, row in zip(report.labels, report.confusion, strict=True):
        lines.append(f"  {label:>41} " + " ".join(f"{v:6d}" for v in row))
    lines.append(f"  crisis recall {report.crisis_recall:.3f}   macro-F1 {report.macro_f1:.3f}   "
                 f"accuracy {report.accuracy:.3f}   needs a look {report.needs_look}")
    return "\n".join(lines)
