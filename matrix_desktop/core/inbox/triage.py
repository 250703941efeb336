"""Triage of inbox items: what each comment is (complaint, question, praise, crisis, spam, other), how urgent.

The verdict is a learned linear model (`model.py`, trained on the labelled corpus of many companies
in `resources/corpus/triage/`, see `docs/labels.md`). The rules the company edits
(`data/triage_rules.json`: weighted terms and patterns per category, hyperbole that must not raise a
crisis, negations, echo replies, emoji and sarcasm markers) are features of that model and a crisis
guard. Every verdict carries the features that weighed most, in words a person can check, a
calibrated confidence and `needs_look` when the model is unsure.

People correct categories; a `Triager` built with those corrections returns the corrected category
for the same text (compared by `correction_key`, which ignores spacing, traditional/simplified,
full-width forms and the repost chain), and `train_triager` retrains with them as weighted examples
so similar texts follow.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.inbox.categories import Category as Category  # re-exported: its old home
from matrix_desktop.core.inbox.categories import Priority as Priority
from matrix_desktop.core.inbox.model import (
    CORRECTION_WEIGHT,
    DENSE_WORDS,
    CorpusItem,
    Lexicon,
    TriageModel,
    View,
    chain_guard_fires,
    guard_fires,
    train_model,
    view_of,
)
from matrix_desktop.core.inbox.reasons import render
from matrix_desktop.core.inbox.text import (
    NormalizedText,
    canonical,
    normalize,
    strip_punctuation,
)


@dataclass(frozen=True)
class Triage:
    """The verdict on one item: the reasons (the features that weighed most, in words), the calibrated
    0–1 confidence, and whether a person should look because the model is unsure (`needs_look`)."""

    category: Category
    priority: Priority
    reasons: tuple[str, ...]
    confidence: float
    needs_look: bool = False


@dataclass(frozen=True)
class WeightedRules:
    """One category's terms (substring → weight) and compiled patterns (regex → weight)."""

    terms: tuple[tuple[str, int], ...]
    patterns: tuple[tuple[re.Pattern[str], int], ...]


_CATEGORY = {c.value: c for c in Category}
_SCORED = (Category.CRISIS, Category.COMPLAINT, Category.QUESTION, Category.PRAISE, Category.SPAM)


@dataclass(frozen=True)
class TriageRules:
    """The editable rules of triage, validated on load. Build with `default()` or `from_json(text)`."""

    categories: Mapping[Category, WeightedRules]
    thresholds: Mapping[Category, int]
    neutralise_terms: tuple[str, ...]
    neutralise_patterns: tuple[re.Pattern[str], ...]
    negations: frozenset[str]
    negation_window: int
    echo_words: frozenset[str]
    domain_terms: tuple[str, ...]
    emoji_positive: frozenset[str]
    emoji_negative: frozenset[str]
    emoji_sarcastic: frozenset[str]
    sarcasm_markers: tuple[str, ...]
    threat_markers: tuple[str, ...]
    threat_targets: frozenset[str]
    influencer_followers: int
    escalating_terms: tuple[str, ...]
    source: str = field(default="", compare=False)

    @classmethod
    def default(cls) -> TriageRules:
        """The rules shipped with the app (`matrix_desktop/core/inbox/data/triage_rules.json`)."""
        data = resources.files("matrix_desktop.core.inbox").joinpath("data/triage_rules.json")
        text = data.read_text("utf-8")
        return cls.from_json(text, source="triage_rules.json")

    @classmethod
    def from_json(cls, text: str, *, source: str = "triage rules") -> TriageRules:
        """Rules from a company's edited JSON copy; every problem found is named in one ValidationError."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValidationError(
                f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
        if not isinstance(data, dict):
            raise ValidationError(f"{source}: expected a JSON object at the top level")
        problems: list[str] = []
        r = _Reader(data, source, problems)
        cats_raw = r.obj("categories")
        categories: dict[Category, WeightedRules] = {}
        for cat in _SCORED:
            raw = cats_raw.get(cat.value)
            where = f"categories.{cat.value}"
            if not isinstance(raw, dict):
                problems.append(f"{source}: categories.{cat.value} is missing or not an object")
                continue
            categories[cat] = WeightedRules(
                terms=tuple((canonical(t), w) for t, w in r.weights(raw, f"{where}.terms", "terms")),
                patterns=tuple(r.weighted_patterns(raw, f"{where}.patterns")),
            )
        thresholds_raw = r.obj("thresholds")
        thresholds: dict[Category, int] = {Category.CRISIS: 3, Category.SPAM: 3}
        for name, value in thresholds_raw.items():
            try:
                thresholds[Category(name)] = r.positive_int(value, f"thresholds.{name}")
            except ValueError:
                problems.append(f"{source}: thresholds.{name}: not a category")
        neutralise = r.obj("neutralise")
        emoji = r.obj("emoji")
        priority = r.obj("priority")
        threats = r.obj("threats")
        rules = cls(
            categories=categories,
            thresholds=thresholds,
            neutralise_terms=tuple(canonical(t) for t in r.strings(neutralise, "neutralise.terms", "terms")),
            neutralise_patterns=tuple(r.patterns(neutralise, "neutralise.patterns", "patterns")),
            negations=frozenset(r.strings(data, "negations", "negations")),
            negation_window=r.positive_int(data.get("negation_window", 2), "negation_window"),
            echo_words=frozenset(canonical(w) for w in r.strings(data, "echo_words", "echo_words")),
            domain_terms=tuple(canonical(t) for t in r.strings(data, "domain_terms", "domain_terms")),
            emoji_positive=frozenset(canonical(e) for e in r.strings(emoji, "emoji.positive", "positive")),
            emoji_negative=frozenset(canonical(e) for e in r.strings(emoji, "emoji.negative", "negative")),
            emoji_sarcastic=frozenset(canonical(e) for e in r.strings(emoji, "emoji.sarcastic", "sarcastic")),
            sarcasm_markers=tuple(canonical(m) for m in r.strings(data, "sarcasm_markers", "sarcasm_markers")),
            threat_markers=tuple(canonical(m) for m in r.strings(threats, "threats.markers", "markers")),
            threat_targets=frozenset(canonical(t) for t in r.strings(threats, "threats.targets", "targets")),
            influencer_followers=r.positive_int(priority.get("influencer_followers", 100000),
                                                "priority.influencer_followers"),
            escalating_terms=tuple(canonical(t) for t in r.strings(priority, "priority.escalating_terms",
                                                                    "escalating_terms")),
            source=source,
        )
        if problems:
            raise ValidationError(problems)
        return rules


class _Reader:
    """Reads and checks the parts of a rules document, collecting every problem instead of stopping."""

    def __init__(self, data: dict[str, Any], source: str, problems: list[str]) -> None:
        self.data = data
        self.source = source
        self.problems = problems

    def obj(self, key: str) -> dict[str, Any]:
        value = self.data.get(key, {})
        if not isinstance(value, dict):
            self.problems.append(f"{self.source}: {key} must be an object")
            return {}
        return value

    def strings(self, parent: dict[str, Any], where: str, key: str) -> list[str]:
        value = parent.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.problems.append(f"{self.source}: {where} must be a list of non-empty strings")
            return []
        return value

    def positive_int(self, value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.problems.append(f"{self.source}: {where} must be a whole number ≥ 0, not {value!r}")
            return 0
        return value

    def weights(self, parent: dict[str, Any], where: str, key: str) -> list[tuple[str, int]]:
        value = parent.get(key, {})
        if not isinstance(value, dict):
            self.problems.append(f"{self.source}: {where} must be an object of term: weight")
            return []
        out: list[tuple[str, int]] = []
        for term, weight in value.items():
            if not term:
                self.problems.append(f"{self.source}: {where} has an empty term")
            elif isinstance(weight, bool) or not isinstance(weight, int) or not 1 <= weight <= 10:
                self.problems.append(f"{self.source}: {where}.{term}: weight must be a whole number 1–10")
            else:
                out.append((term, weight))
        return out

    def _compile(self, pattern: str, where: str) -> re.Pattern[str] | None:
        try:
            return re.compile(pattern)
        except re.error as exc:
            self.problems.append(f"{self.source}: {where}: bad regular expression {pattern!r} ({exc})")
            return None

    def patterns(self, parent: dict[str, Any], where: str, key: str) -> list[re.Pattern[str]]:
        compiled = (self._compile(p, where) for p in self.strings(parent, where, key))
        return [c for c in compiled if c is not None]

    def weighted_patterns(self, parent: dict[str, Any], where: str) -> list[tuple[re.Pattern[str], int]]:
        out: list[tuple[re.Pattern[str], int]] = []
        for pattern, weight in self.weights(parent, where, "patterns"):
            compiled = self._compile(pattern, where)
            if compiled is not None:
                out.append((compiled, weight))
        return out


def correction_key(text: str, norm: NormalizedText | None = None) -> str:
    """What makes two texts 'the same' for a person's correction: the author's own words, canonical,
    without spaces and punctuation. Idempotent, so keys may be fed back as texts. `norm` is
    `normalize(text)` when the caller has it already."""
    norm = norm or normalize(text)
    own = strip_punctuation(norm.own)
    if not own and norm.chain:
        own = strip_punctuation(norm.chain[0].text)
    return own or canonical(text).strip()


# A verdict's reasons are chosen among its strongest `_CANDIDATES * k + _EXTRA` features (the rest
# are skipped lone characters and overlapping grams far more often than they are read).
_CANDIDATES, _EXTRA = 4, 8

NEEDS_LOOK_BELOW = 0.5
"""Below this confidence a verdict is marked "needs a look": a person decides, the best guess stays."""
MODEL_RESOURCE = "data/triage_model.json.gz"


@lru_cache(maxsize=1)
def default_model() -> TriageModel:
    """The model shipped with the app, trained on `resources/corpus/triage/` by
    `scripts/train_triage_model.py` (deterministic: same corpus, same model)."""
    data = resources.files("matrix_desktop.core.inbox").joinpath(MODEL_RESOURCE)
    try:
        raw = data.read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"the triage model {MODEL_RESOURCE} is missing; "
                              "build it with `python scripts/train_triage_model.py`") from None
    return TriageModel.from_json(raw)


RECENT_TEXTS = 4096
"""How many texts' verdicts a `Triager` keeps, for the same text coming again."""


@dataclass(frozen=True)
class _Judged:
    """The model's verdict on one text, all but the priority (which depends on the author too)."""

    category: Category
    reasons: tuple[str, ...]
    confidence: float
    needs_look: bool
    plain: str

    def triage(self, priority: Priority) -> Triage:
        return Triage(self.category, priority, self.reasons, self.confidence, self.needs_look)


class Triager:
    """Classifies inbox items with the learned model, the rules as features and as a crisis guard.

    `corrections` (text or `correction_key` → category) win outright for the same text; to make a
    correction move *similar* texts too, retrain with `train_triager(corpus, corrections)`.
    Thread-safe for `classify` and `classify_many`.
    """

    def __init__(self, rules: TriageRules | None = None,
                 corrections: Mapping[str, Category] | None = None,
                 model: TriageModel | None = None, *, needs_look_below: float = NEEDS_LOOK_BELOW,
                 recent_texts: int = RECENT_TEXTS) -> None:
        """`recent_texts`: how many texts' verdicts are kept for the same text coming again (0: none)."""
        self.rules = rules or TriageRules.default()
        self.lexicon = Lexicon.from_rules(self.rules)
        self.model = model or default_model()
        self.needs_look_below = needs_look_below
        self._corrections: dict[str, Category] = {}
        # The model's verdict on recent texts: fans repeat one another word for word (同问, +1, 转发微博,
        # an emoji), and the same text always gets the same verdict. Priority is not kept: it depends on
        # the author too. Bounded; the oldest go first.
        self._recent: dict[str, _Judged] = {}
        self._recent_lock = threading.Lock()
        self._recent_max = recent_texts
        for text, cat in (corrections or {}).items():
            self.add_correction(text, cat)

    def add_correction(self, text: str, category: Category) -> None:
        """Remember that `text` (and any text with the same `correction_key`) is `category`."""
        self._corrections[correction_key(text)] = Category(category)

    @staticmethod
    def correction_key(text: str) -> str:
        """See the module-level `correction_key`."""
        return correction_key(text)

    def classify(self, text: str, *, author_followers: int = 0, author_verified: bool = False) -> Triage:
        """Category, priority, reasons, confidence and needs-a-look for one comment or mention."""
        return self.classify_many([text], author_followers=[author_followers],
                                  author_verified=[author_verified])[0]

    def classify_many(self, texts: Sequence[str], *, author_followers: Sequence[int] | None = None,
                      author_verified: Sequence[bool] | None = None) -> list[Triage]:
        """`classify` for many texts at once (one matrix product: the fast path for a sync's batch)."""
        if not texts:
            return []
        followers = author_followers or [0] * len(texts)
        verified = author_verified or [False] * len(texts)
        out: list[Triage | None] = [None] * len(texts)
        todo: list[int] = []
        norms: list[NormalizedText | None] = [None] * len(texts)
        for i, text in enumerate(texts):
            if self._corrections:  # the text is taken apart once, for its key and for the model
                norm = norms[i] = normalize(text)
                corrected = self._corrections.get(correction_key(text, norm))
                if corrected is not None:
                    out[i] = Triage(corrected, self._priority(corrected, norm.plain, followers[i], verified[i]),
                                    (render("corrected"),), 1.0, False)
                    continue
            todo.append(i)
        recent = self._recent
        unseen = []
        for i in todo:
            judged = recent.get(texts[i]) if recent else None
            if judged is None:
                unseen.append(i)
            else:
                out[i] = judged.triage(self._priority(judged.category, judged.plain, followers[i], verified[i]))
        views = [view_of(texts[i], self.lexicon, norms[i]) for i in unseen]
        for i, judged in zip(unseen, self._verdicts(views), strict=True):
            if self._recent_max:
                with self._recent_lock:
                    if len(recent) >= self._recent_max:
                        recent.pop(next(iter(recent)), None)
                    recent[texts[i]] = judged
            out[i] = judged.triage(self._priority(judged.category, judged.plain, followers[i], verified[i]))
        return [t for t in out if t is not None]

    def probabilities(self, texts: Sequence[str]) -> list[dict[Category, float]]:
        """The calibrated probability of every category for each text (before thresholds)."""
        views = [view_of(t, self.lexicon) for t in texts]
        probs = self.model.probabilities(self.model.features(views))
        return [{Category(c): float(p[j]) for j, c in enumerate(self.model.classes)} for p in probs]

    def _verdicts(self, views: Sequence[View]) -> list[_Judged]:
        """The model's verdicts on `views`: one sparse product for their probabilities (`TriageModel.batch`),
        then per view the category (with the crisis threshold and guards) and the strongest features."""
        if not views:
            return []
        model = self.model
        batch = model.batch(views)
        classes = model.classes
        crisis_at = classes.index(Category.CRISIS.value)
        spam_at = classes.index(Category.SPAM.value)
        threshold, floor = model.crisis_threshold, model.guard_floor
        probabilities = batch.probabilities.tolist()  # six numbers a row: Python floats read faster
        decided: list[tuple[int, list[str]]] = []
        for view, p in zip(views, probabilities, strict=True):
            best = max(range(len(p)), key=p.__getitem__)  # the first of equals, as numpy's argmax
            reasons: list[str] = []
            if view.echo:
                reasons.append(render("echo"))
            p_crisis = p[crisis_at]
            if best != crisis_at and p_crisis >= threshold:
                best = crisis_at
                reasons.append(render("crisis_threshold", p=f"{p_crisis:.2f}", t=f"{threshold:.2f}"))
            elif best != crisis_at and guard_fires(view) and p_crisis >= floor:
                best = crisis_at
                words = "、".join(view.rule_terms.get("crisis", [])[:3])
                reasons.append(render("crisis_guard", words=words))
            elif best != crisis_at and chain_guard_fires(view) and best != spam_at:
                best = crisis_at
                reasons.append(render("chain_guard"))
            decided.append((best, reasons))
        # Every feature's pull towards its row's verdict in one gather and product (a row's
        # `vals * centred[cls, cols]`), then each row's strongest candidates in one sort of the batch.
        per_row = batch.indptr[1:] - batch.indptr[:-1]
        chosen = np.repeat(np.array([best for best, _ in decided], dtype=np.intp), per_row)
        pulls = batch.data * model.centred()[chosen, batch.indices]
        weights, columns, bounds = _strongest_candidates(pulls, batch.indices, per_row, _CANDIDATES * 3 + _EXTRA)
        categories = [_CATEGORY[c] for c in classes]
        out = []
        for r, (view, (best, reasons), p) in enumerate(zip(views, decided, probabilities, strict=True)):
            a, b = bounds[r], bounds[r + 1]
            reasons.extend(self._reasons_of(list(zip(weights[a:b], columns[a:b], strict=True)), best, view, 3)[0])
            confidence = round(p[best], 2)
            out.append(_Judged(categories[best], tuple(reasons), confidence, confidence < self.needs_look_below,
                               view.plain))
        return out

    def _reasons_of(self, contrib: list[tuple[float, int]], cls: int, view: View, k: int) -> tuple[list[str], int]:
        """The reasons of features `contrib` (weight, column), strongest first, and how many were read."""
        chosen: list[str] = []
        grams: list[str] = []
        label = self.model.classes[cls]
        readings = _readings(self.model)
        # (verdict, column) → the reason's words, kept with the model (a retrained one starts afresh)
        said_of: dict[tuple[int, int], str] = self.model.__dict__.setdefault("_said", {})
        read = 0
        for weight, j in contrib:
            if weight <= 0 or len(chosen) >= k:
                break
            read += 1
            kind, name = readings[j]
            if kind == "dense" and name.startswith("rule:") and view.rule_terms.get(name[5:]):
                chosen.append(render("feature_terms", label=label, feature=DENSE_WORDS[name],
                                     words="、".join(view.rule_terms[name[5:]][:3])))
                continue
            if kind == "unreadable":
                continue  # a lone character or digit is true to the model but tells a person nothing
            if kind not in ("dense", "link", "mention"):  # a gram: not one inside another read already
                if grams and any(name in g or g in name for g in grams):
                    continue
                grams.append(name)
            said = said_of.get((cls, j))
            if said is None:  # the same words for this feature and verdict every time: rendered once
                if kind == "dense":
                    said = render("feature", label=label, feature=DENSE_WORDS[name])
                elif kind in ("link", "mention"):
                    said = render(kind, label=label)
                else:
                    said = render("reposted_gram" if kind == "chain" else "gram", label=label, gram=name.strip())
                said_of[(cls, j)] = said
            chosen.append(said)
        return chosen, read

    def _priority(self, category: Category, plain: str, followers: int, verified: bool) -> Priority:
        if category is Category.CRISIS:
            return Priority.P1_URGENT
        if category is Category.COMPLAINT:
            loud = verified or followers >= self.rules.influencer_followers
            escalating = any(t in plain for t in self.rules.escalating_terms)
            return Priority.P1_URGENT if loud or escalating else Priority.P2_HIGH
        if category is Category.QUESTION:
            return Priority.P3_NORMAL
        return Priority.P4_LOW


def _strongest_candidates(pulls: np.ndarray[Any, Any], columns: np.ndarray[Any, Any],
                          per_row: np.ndarray[Any, Any], keep: int) -> tuple[list[float], list[int], list[int]]:
    """Each row's features that pull towards its verdict, strongest first, at most `keep` a row: their
    pulls, their columns, and where each row's run starts (row `r` is `[bounds[r]:bounds[r + 1]]`).

    One stable sort of the whole batch by (row, pull): features that pull equally (grams that only ever
    occurred together learned equal weights, and often) stay in the row's order, so a verdict's
    reasons never depend on the sort a numpy build or a processor happens to use.
    """
    n = len(per_row)
    at = np.flatnonzero(pulls > 0)
    rows = np.repeat(np.arange(n, dtype=np.intp), per_row)[at]
    order = np.lexsort((-pulls[at], rows))
    at, rows = at[order], rows[order]
    starts = np.searchsorted(rows, np.arange(n + 1, dtype=np.intp))
    wanted = np.arange(len(at), dtype=np.intp) - starts[rows] < keep
    at, rows = at[wanted], rows[wanted]
    bounds = np.searchsorted(rows, np.arange(n + 1, dtype=np.intp))
    return pulls[at].tolist(), columns[at].tolist(), bounds.tolist()


def _readings(model: TriageModel) -> tuple[tuple[str, str], ...]:
    """How each column of `model` reads as a reason, worked out once per model rather than for every
    candidate of every verdict: ("dense", name), ("link" | "mention", ""), ("unreadable", ""), or
    (block, gram) with the word separators taken out."""
    held = model.__dict__.get("_readings")
    if held is not None and held[0] is model.coef:
        readings: tuple[tuple[str, str], ...] = held[1]
        return readings
    out: list[tuple[str, str]] = []
    for j in range(model.coef.shape[1]):
        block, name = model.feature_name(j)
        if block == "dense":
            out.append(("dense", name))
            continue
        gram = name.replace("_", "")
        if gram.strip() in ("ⓤ", "ⓜ"):
            out.append(("link" if "ⓤ" in gram else "mention", ""))
            continue
        readable = strip_punctuation(gram.replace("ⓤ", "").replace("ⓜ", ""))
        out.append(("unreadable", "") if len(readable) < 2 or readable.isdigit() else (block, gram))
    readings = tuple(out)
    model.__dict__["_readings"] = (model.coef, readings)
    return readings


def train_triager(corpus_items: Iterable[CorpusItem],
                  corrections: Mapping[str, Category] | Iterable[tuple[str, Category]] = (),
                  *, rules: TriageRules | None = None, folds: int = 3) -> Triager:
    """A `Triager` trained on the corpus plus people's corrections, each weighted `CORRECTION_WEIGHT`
    examples, so texts *like* a corrected one move too (and the corrected text itself is pinned).

    Deterministic and pure: the inbox service can call it in the background and swap the result in.
    """
    rules = rules or TriageRules.default()
    pairs = list(corrections.items()) if isinstance(corrections, Mapping) else list(corrections)
    lexicon = Lexicon.from_rules(rules)
    items = [(i.text, i.category, i.company) for i in corpus_items]
    model = train_model(items, lexicon, [(t, Category(c).value, CORRECTION_WEIGHT) for t, c in pairs], folds=folds)
    return Triager(rules, dict(pairs), model)
