"""Triage of inbox items: what each comment is (complaint, question, praise, crisis, spam, other), how urgent.

The rules are data the company edits (`data/triage_rules.json`): weighted terms and regular
expressions per category, hyperbole that must not raise a crisis (`杀疯了`, `笑死`), negations, echo
replies (`同问`, `扩散`) that mean "what the reposted text says", emoji sentiment and sarcasm markers.
Scoring is deliberately transparent: every decision carries the reasons a person can check.

People correct categories; a `Triager` built with those corrections returns the corrected category
for the same text (compared by `correction_key`, which ignores spacing, traditional/simplified,
full-width forms and the repost chain).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from importlib import resources
from typing import Any

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.inbox.text import (
    NormalizedText,
    canonical,
    normalize,
    spans,
    strip_punctuation,
)


class Category(StrEnum):
    """What an inbox item is, in the team's words."""

    COMPLAINT = "complaint"
    QUESTION = "question"
    PRAISE = "praise"
    CRISIS = "crisis"
    SPAM = "spam"
    OTHER = "other"


class Priority(IntEnum):
    """How soon a person must look: 1 at once (crisis, loud complaint) … 4 when there is time."""

    P1_URGENT = 1
    P2_HIGH = 2
    P3_NORMAL = 3
    P4_LOW = 4


@dataclass(frozen=True)
class Triage:
    """The verdict on one item, with the reasons (matched terms, rules applied) and a 0–1 confidence."""

    category: Category
    priority: Priority
    reasons: tuple[str, ...]
    confidence: float


@dataclass(frozen=True)
class WeightedRules:
    """One category's terms (substring → weight) and compiled patterns (regex → weight)."""

    terms: tuple[tuple[str, int], ...]
    patterns: tuple[tuple[re.Pattern[str], int], ...]


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


def correction_key(text: str) -> str:
    """What makes two texts 'the same' for a person's correction: the author's own words, canonical,
    without spaces and punctuation. Idempotent, so keys may be fed back as texts."""
    norm = normalize(text)
    own = strip_punctuation(norm.own)
    if not own and norm.chain:
        own = strip_punctuation(norm.chain[0].text)
    return own or canonical(text).strip()


@dataclass
class _Scores:
    values: dict[Category, int] = field(default_factory=lambda: dict.fromkeys(_SCORED, 0))
    reasons: list[str] = field(default_factory=list)

    def add(self, cat: Category, weight: int, why: str) -> None:
        self.values[cat] += weight
        self.reasons.append(f"{cat.value}+{weight}: {why}")


class Triager:
    """Classifies inbox items with `TriageRules`; a person's corrections (text → category) win.

    `corrections` keys may be raw texts or `correction_key` values. Thread-safe for `classify`.
    """

    def __init__(self, rules: TriageRules | None = None,
                 corrections: Mapping[str, Category] | None = None) -> None:
        self.rules = rules or TriageRules.default()
        self._corrections: dict[str, Category] = {}
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
        """Category, priority, reasons and confidence for one comment or mention."""
        norm = normalize(text)
        corrected = self._corrections.get(correction_key(text))
        if corrected is not None:
            return Triage(corrected, self._priority(corrected, norm, author_followers, author_verified),
                          ("corrected by a person",), 1.0)
        scores = _Scores()
        considered = norm
        echo = strip_punctuation(norm.plain)
        says_nothing = not echo or echo in self.rules.echo_words
        if norm.chain and says_nothing and not norm.emoji and not norm.emoji_codes:
            # "同问" / "扩散" / "我也是" say nothing alone: they adopt the reposted text.
            considered = normalize(norm.chain[0].text)
            scores.reasons.append("echoes the reposted text")
        elif norm.chain:
            scores.reasons.append("repost chain ignored: only the reposter's own words count")
        category, confidence = self._decide(considered, scores)
        priority = self._priority(category, considered, author_followers, author_verified)
        return Triage(category, priority, tuple(scores.reasons), confidence)

    # -- scoring ---------------------------------------------------------------------------------

    def _match(self, cat: Category, text: str, scores: _Scores, *, negatable: bool,
               negated_to: Category | None = None, skip: frozenset[str] = frozenset()) -> None:
        rules = self.rules.categories[cat]
        words = spans(text) if negatable else []
        for term, weight in rules.terms:
            if term in skip:
                continue
            start = text.find(term)
            while start != -1:
                if negatable and self._negated(words, start):
                    if negated_to is not None:
                        scores.add(negated_to, 1, f"negated {term}")
                else:
                    scores.add(cat, weight, term)
                    break
                start = text.find(term, start + 1)
        for pattern, weight in rules.patterns:
            m = pattern.search(text)
            if m:
                scores.add(cat, weight, m.group(0))

    def _negated(self, words: list[tuple[str, int, int]], start: int) -> bool:
        """Whether one of the few words before position `start`, within its clause, negates it.

        Words, not characters: 级别 holds 别 and 是不是 holds 不, yet neither negates what follows.
        """
        before = [w for w, _, end in words if end <= start][-self.rules.negation_window:]
        for word in reversed(before):
            if not strip_punctuation(word):
                return False  # a comma ends the clause a negation could reach
            if word in self.rules.negations:
                return True
        return False

    def _neutralised(self, text: str) -> str:
        for term in self.rules.neutralise_terms:
            text = text.replace(term, " ")
        for pattern in self.rules.neutralise_patterns:
            text = pattern.sub(" ", text)
        return text

    def _decide(self, norm: NormalizedText, scores: _Scores) -> tuple[Category, float]:
        r = self.rules
        plain = norm.plain
        self._match(Category.SPAM, norm.own, scores, negatable=False)
        calm = self._neutralised(plain)
        if calm != plain:
            scores.reasons.append("hyperbole set aside")
        threat = next((m for m in r.threat_markers if m in plain), None)
        if threat:
            scores.reasons.append(f"a threat ({threat}): media and regulator words do not make a crisis yet")
        self._match(Category.CRISIS, calm, scores, negatable=True,
                    skip=r.threat_targets if threat else frozenset())
        self._match(Category.COMPLAINT, plain, scores, negatable=True, negated_to=Category.PRAISE)
        self._match(Category.PRAISE, plain, scores, negatable=True, negated_to=Category.COMPLAINT)
        self._match(Category.QUESTION, plain, scores, negatable=False)
        emoji = [canonical(e) for e in norm.emoji_codes] + list(norm.emoji)
        for e in emoji:
            bare = e.replace("\ufe0f", "")
            if e in r.emoji_positive or bare in r.emoji_positive:
                scores.add(Category.PRAISE, 1, f"emoji {e}")
            elif e in r.emoji_negative or bare in r.emoji_negative:
                scores.add(Category.COMPLAINT, 1, f"emoji {e}")
        v = scores.values
        sarcastic_emoji = [e for e in emoji if e in r.emoji_sarcastic]
        sarcastic = sarcastic_emoji + [m for m in r.sarcasm_markers if m in plain]
        if sarcastic and (v[Category.COMPLAINT] > 0 or v[Category.PRAISE] > 0 or sarcastic_emoji):
            # Praise words beside a grievance, or a [微笑], are sarcasm: the praise counts against us.
            moved = v[Category.PRAISE] + 2
            v[Category.PRAISE] = 0
            scores.add(Category.COMPLAINT, moved, f"sarcasm ({sarcastic[0]})")
        elif v[Category.COMPLAINT] >= 2 and v[Category.PRAISE] > 0:
            # "好喝是好喝，就是物流太拉垮了": a grievance is what needs an answer.
            v[Category.PRAISE] = max(0, v[Category.PRAISE] - 2)
        has_domain = any(t in plain for t in r.domain_terms)
        if v[Category.QUESTION] and not has_domain and "请问" not in plain:
            v[Category.QUESTION] = 0  # a question about the weekend's concert is not ours to answer
        total = sum(v.values())

        def conf(score: int) -> float:
            return round(min(0.99, max(0.35, score / (total + 1) + min(score, 6) * 0.05)), 2)

        if v[Category.CRISIS] >= r.thresholds[Category.CRISIS]:
            return Category.CRISIS, conf(v[Category.CRISIS])
        if v[Category.SPAM] >= r.thresholds[Category.SPAM]:
            return Category.SPAM, conf(v[Category.SPAM])
        ranked = [Category.COMPLAINT, Category.QUESTION, Category.PRAISE]
        best = max(ranked, key=lambda c: (v[c], -ranked.index(c)))
        if v[best] == 0:
            return Category.OTHER, 0.5
        if best in (Category.PRAISE, Category.COMPLAINT) and v[best] < 2 and not has_domain:
            return Category.OTHER, 0.4  # one faint word about nothing of ours is chatter
        return best, conf(v[best])

    def _priority(self, category: Category, norm: NormalizedText, followers: int, verified: bool) -> Priority:
        if category is Category.CRISIS:
            return Priority.P1_URGENT
        if category is Category.COMPLAINT:
            loud = verified or followers >= self.rules.influencer_followers
            escalating = any(t in norm.plain for t in self.rules.escalating_terms)
            return Priority.P1_URGENT if loud or escalating else Priority.P2_HIGH
        if category is Category.QUESTION:
            return Priority.P3_NORMAL
        return Priority.P4_LOW
