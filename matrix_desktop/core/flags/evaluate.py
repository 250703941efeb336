"""Score the verification-flags matcher against a labelled corpus: P/R/F1, kind accuracy, confusion, speed.

A corpus is a directory of JSON-lines files, one per company, each line a Weibo user object plus the
`company` profile (`legal_name`, `aliases`, `english_names`, optional `ticker`), the expected `linked`
and `kind`, and a `note` (resources/corpus/flags/ is the one we keep).

The matcher is rules, not a trained model, so "leave one company out" has a plain meaning here: each
company's figures are measured on that company alone, and the rules must not name any corpus company.
The per-company table shows how unevenly the rules generalise; the overall figures pool every profile.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matrix_desktop.core.company import CompanyProfile
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.flags.matcher import CompanyMatcher, LinkDecision, LinkKind, ProfileText

KIND_ORDER: tuple[LinkKind, ...] = (LinkKind.CURRENT, LinkKind.FORMER, LinkKind.EXECUTIVE, LinkKind.PARTNER,
                                    LinkKind.NONE)


@dataclass(frozen=True)
class LabelledProfile:
    """One corpus line: the profile, the company it is judged against, and the expected answer."""

    company: CompanyProfile
    profile: ProfileText
    linked: bool
    kind: LinkKind
    note: str
    source: str  # "file:line", to find the case again


@dataclass(frozen=True)
class Miss:
    """A profile the matcher got wrong (link or kind)."""

    source: str
    expected: LinkKind
    got: LinkKind
    note: str
    explanation: str


@dataclass(frozen=True)
class Scores:
    """Link detection and kind figures over one set of profiles."""

    n: int
    tp: int
    fp: int
    fn: int
    tn: int
    kind_correct: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def kind_accuracy(self) -> float:
        """Share of all profiles (linked or not) whose kind is right; `none` counts as a kind."""
        return self.kind_correct / self.n if self.n else 1.0


@dataclass(frozen=True)
class CompanyScores:
    company: str  # legal name
    scores: Scores


@dataclass(frozen=True)
class FlagsReport:
    """Everything `format_report` prints; plain data so the CLI and tests can read it too."""

    overall: Scores
    per_company: tuple[CompanyScores, ...]
    confusion: dict[tuple[LinkKind, LinkKind], int]  # (expected, got) -> count
    misses: tuple[Miss, ...]
    profiles_per_second: float
    timed_profiles: int
    label: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)


def _str_tuple(value: Any, what: str, source: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError(f"{source}: company {what} must be a list of strings")
    return tuple(value)


def parse_case(obj: Any, source: str) -> LabelledProfile:
    """One corpus record; ValidationError (naming `source`) when it is not usable."""
    if not isinstance(obj, dict):
        raise ValidationError(f"{source}: a record must be a JSON object")
    c = obj.get("company")
    if not isinstance(c, dict) or not isinstance(c.get("legal_name"), str) or not c["legal_name"].strip():
        raise ValidationError(f"{source}: the record has no company legal_name")
    ticker = c.get("ticker") or ""
    if not isinstance(ticker, str):
        raise ValidationError(f"{source}: company ticker must be a string")
    company = CompanyProfile(c["legal_name"], _str_tuple(c.get("aliases"), "aliases", source),
                             _str_tuple(c.get("english_names"), "english_names", source), ticker)
    try:
        profile = ProfileText.from_user_json(obj)
        kind = LinkKind(str(obj.get("kind")))
    except (ValidationError, ValueError) as e:
        raise ValidationError(f"{source}: {e}") from None
    linked = obj.get("linked")
    if not isinstance(linked, bool) or linked != (kind is not LinkKind.NONE):
        raise ValidationError(f"{source}: linked must be true exactly when kind is not none")
    return LabelledProfile(company, profile, linked, kind, str(obj.get("note", "")), source)


def load_corpus(directory: Path) -> list[LabelledProfile]:
    """Every *.jsonl file directly in `directory` (sub-directories such as held-out batches are not read)."""
    cases: list[LabelledProfile] = []
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        raise ValidationError(f"no *.jsonl corpus files in {directory}")
    for path in files:
        with path.open(encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                source = f"{path.name}:{lineno}"
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValidationError(f"{source}: not JSON ({e.msg})") from None
                cases.append(parse_case(obj, source))
    return cases


def _scores(pairs: Iterable[tuple[LabelledProfile, LinkDecision]]) -> Scores:
    n = tp = fp = fn = tn = ok = 0
    for case, d in pairs:
        n += 1
        if d.linked and case.linked:
            tp += 1
        elif d.linked:
            fp += 1
        elif case.linked:
            fn += 1
        else:
            tn += 1
        ok += d.kind is case.kind
    return Scores(n, tp, fp, fn, tn, ok)


def score(cases: Sequence[LabelledProfile], *, label: str = "",
          matcher_factory: Callable[[CompanyProfile], CompanyMatcher] = CompanyMatcher,
          clock: Callable[[], float] = time.perf_counter) -> FlagsReport:
    """Classify every case with a matcher built from its own company and compare with the labels.

    Throughput is the classification time alone (matchers are built once per company beforehand),
    measured over the whole corpus.
    """
    matchers: dict[CompanyProfile, CompanyMatcher] = {}
    for case in cases:
        if case.company not in matchers:
            matchers[case.company] = matcher_factory(case.company)
    t0 = clock()
    decisions = [matchers[case.company].classify(case.profile) for case in cases]
    elapsed = clock() - t0
    pairs = list(zip(cases, decisions, strict=True))

    by_company: dict[str, list[tuple[LabelledProfile, LinkDecision]]] = {}
    confusion: dict[tuple[LinkKind, LinkKind], int] = {}
    misses: list[Miss] = []
    for case, d in pairs:
        by_company.setdefault(case.company.legal_name, []).append((case, d))
        confusion[(case.kind, d.kind)] = confusion.get((case.kind, d.kind), 0) + 1
        if d.kind is not case.kind:
            misses.append(Miss(case.source, case.kind, d.kind, case.note, d.explanation))
    per_company = tuple(CompanyScores(name, _scores(rows)) for name, rows in sorted(by_company.items()))
    return FlagsReport(
        overall=_scores(pairs), per_company=per_company, confusion=confusion, misses=tuple(misses),
        profiles_per_second=len(cases) / elapsed if elapsed > 0 else float("inf"), timed_profiles=len(cases),
        label=label)


def flags_report(corpus_dir: Path) -> FlagsReport:
    """Score the corpus in `corpus_dir` (its *.jsonl files; sub-directories are separate batches)."""
    return score(load_corpus(corpus_dir), label=str(corpus_dir))


def format_report(report: FlagsReport, *, max_misses: int = 30) -> str:
    """A plain-text report: overall figures, per-company table, kind confusion, misses, throughput."""
    o = report.overall
    lines = [
        f"verification flags — {report.label or 'corpus'}",
        f"profiles: {o.n}  linked: {o.tp + o.fn}  not linked: {o.fp + o.tn}",
        f"precision {o.precision:.3f}  recall {o.recall:.3f}  F1 {o.f1:.3f}  kind accuracy {o.kind_accuracy:.3f}"
        f"  (tp {o.tp} fp {o.fp} fn {o.fn} tn {o.tn})",
        f"throughput: {report.profiles_per_second:,.0f} profiles/s over {report.timed_profiles} profiles",
        "",
        "per company (each measured on its own profiles; the rules name no company):",
        f"  {'company':<34} {'n':>4} {'P':>6} {'R':>6} {'F1':>6} {'kind':>6}",
    ]
    for cs in report.per_company:
        s = cs.scores
        lines.append(f"  {cs.company:<{34 - _wide(cs.company)}} {s.n:>4} {s.precision:>6.3f} {s.recall:>6.3f}"
                     f" {s.f1:>6.3f} {s.kind_accuracy:>6.3f}")
    lines += ["", "kind confusion (rows expected, columns got):",
              "  " + " " * 10 + "".join(f"{k.value:>10}" for k in KIND_ORDER)]
    for exp in KIND_ORDER:
        lines.append("  " + f"{exp.value:<10}" +
                     "".join(f"{report.confusion.get((exp, got), 0):>10}" for got in KIND_ORDER))
    if report.misses:
        lines += ["", f"misses ({len(report.misses)}):"]
        for m in report.misses[:max_misses]:
            lines.append(f"  {m.source}  expected {m.expected.value}, got {m.got.value} — {m.note} — {m.explanation}")
        if len(report.misses) > max_misses:
            lines.append(f"  … and {len(report.misses) - max_misses} more")
    return "\n".join(lines)


def _wide(text: str) -> int:
    """How many extra columns wide (CJK) characters take, so the table stays aligned in a terminal."""
    return sum(1 for c in text if ord(c) > 0x2E80)
