"""The matcher against the flags corpus (resources/corpus/flags/): the acceptance targets of issue 14.

The corpus is what the rules were improved on; the held-out-after batch (heldout_after/) is only
reported by benchmarks/eval_flags.py, never asserted, so nobody tunes on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from matrix_desktop.core.flags.evaluate import FlagsReport, flags_report, format_report, load_corpus

CORPUS = Path(__file__).resolve().parents[2] / "resources" / "corpus" / "flags"


@pytest.fixture(scope="module")
def report() -> FlagsReport:
    r = flags_report(CORPUS)
    print("\n" + format_report(r, max_misses=50))
    return r


def test_corpus_is_big_varied_and_noted() -> None:
    cases = load_corpus(CORPUS)
    assert len(cases) >= 1000
    assert len({c.company.legal_name for c in cases}) >= 12
    assert sum(not c.linked for c in cases) >= 0.35 * len(cases)
    assert all(c.note for c in cases)
    texts = [(c.profile.verified_reason, c.profile.description, c.profile.screen_name) for c in cases]
    assert len(set(texts)) == len(texts), "no profile is written twice"


def test_corpus_meets_the_flags_targets(report: FlagsReport) -> None:
    o = report.overall
    misses = [f"{m.source}: {m.note} — {m.explanation}" for m in report.misses]
    assert o.precision >= 0.95, misses
    assert o.f1 >= 0.95, misses
    assert o.kind_accuracy >= 0.90, misses


def test_no_company_falls_far_behind(report: FlagsReport) -> None:
    worst = min(report.per_company, key=lambda c: c.scores.f1)
    assert worst.scores.f1 >= 0.85, format_report(report)
