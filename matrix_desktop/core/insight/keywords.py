"""Keyword monitoring: watch lists over synced comments and mentions, and the spike detector.

A spike compares the last `window_hours` with the same hours of each of the past `baseline_days`
days (so a brand that is always talked about at lunchtime does not alarm every lunchtime). It is
raised when the recent count reaches both `min_count` and `factor` times the past days' mean. Days
before the synced history begins are left out of the mean rather than counted as silent days.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from matrix_desktop.core.company import CompanyProfile
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.insight.records import SyncedText


class WatchKind(StrEnum):
    """What a watch list is about; competitors and partners also feed the following-list audit."""

    BRAND = "brand"
    PRODUCT = "product"
    EXECUTIVE = "executive"
    CRISIS = "crisis"
    COMPETITOR = "competitor"
    PARTNER = "partner"


@dataclass(frozen=True)
class KeywordWatch:
    """A named list of terms to watch for."""

    id: int
    name: str
    kind: WatchKind
    terms: tuple[str, ...]
    enabled: bool = True


@dataclass(frozen=True)
class SpikeSettings:
    window_hours: int = 3
    baseline_days: int = 7
    factor: float = 3.0
    min_count: int = 5


@dataclass(frozen=True)
class Spike:
    """What the detector found for one watch: the recent count, the usual count, the items behind it."""

    watch: KeywordWatch
    window_start: datetime
    window_end: datetime
    count: int
    baseline: float
    item_ids: tuple[int, ...]


#: Words that signal a food-safety or reputation crisis in fans' comments (seeds 002-004).
DEFAULT_CRISIS_TERMS = ("异物", "拉肚子", "上吐下泻", "食物中毒", "送医院", "曝光", "315", "记者", "维权",
                        "变质", "质量问题", "发霉", "过期", "投诉无门", "集体诉讼")


def normalise(text: str) -> str:
    """Full-width and case folded, so "ＸＩＮＧＨＥ" and "xinghe" match alike."""
    return unicodedata.normalize("NFKC", text).casefold()


def clean_terms(terms: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for t in terms:
        t = t.strip()
        if t and normalise(t) not in (normalise(s) for s in seen):
            seen[t] = None
    return tuple(seen)


def validate_watch(name: str, terms: Sequence[str]) -> None:
    if not name.strip():
        raise ValidationError("a watch list needs a name")
    if not clean_terms(terms):
        raise ValidationError(f"watch list {name!r} has no terms")
    if any(len(t) > 60 for t in terms):
        raise ValidationError("a term is at most 60 characters")


def matched_terms(watch: KeywordWatch, text: str) -> list[str]:
    folded = normalise(text)
    return [t for t in watch.terms if normalise(t) in folded]


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text)


def search_patterns(terms: Iterable[str]) -> tuple[str, ...]:
    """Substrings a database can look for (case-insensitively) so that every text `matched_terms`
    accepts is among the rows found: each term as written, folded, and in full-width letters.

    The database narrows the rows; `matched_terms` then decides on those few, so the two never disagree.
    """
    out: dict[str, None] = {}
    for t in terms:
        folded = normalise(t)
        for v in (t, folded, _fullwidth(folded), _fullwidth(folded.upper())):
            if v:
                out[v] = None
    return tuple(out)


def spike_windows(now: datetime, settings: SpikeSettings = SpikeSettings(),
                  history_start: datetime | None = None) -> list[tuple[datetime, datetime]]:
    """The (start, end] windows a spike check reads: the recent one first, then the same hours of each
    past day that the synced history covers."""
    window = timedelta(hours=settings.window_hours)
    out = [(now - window, now)]
    for d in range(1, settings.baseline_days + 1):
        end_d = now - timedelta(days=d)
        if history_start is None or end_d - window >= history_start:
            out.append((end_d - window, end_d))
    return out


def detect_spike(watch: KeywordWatch, texts: Sequence[SyncedText], now: datetime,
                 settings: SpikeSettings = SpikeSettings(), history_start: datetime | None = None) -> Spike | None:
    """The spike of `watch` in the window ending `now`, or None when the window is as usual."""
    window = timedelta(hours=settings.window_hours)
    hits = [t for t in texts if matched_terms(watch, t.text)]
    start = now - window
    recent = [t for t in hits if start < t.created_at <= now]
    past: list[int] = []
    for d in range(1, settings.baseline_days + 1):
        end_d = now - timedelta(days=d)
        start_d = end_d - window
        if history_start is not None and start_d < history_start:
            continue
        past.append(sum(1 for t in hits if start_d < t.created_at <= end_d))
    baseline = sum(past) / len(past) if past else 0.0
    if len(recent) < settings.min_count or len(recent) < settings.factor * baseline:
        return None
    recent.sort(key=lambda t: t.created_at)
    return Spike(watch, start, now, len(recent), baseline, tuple(t.interaction_id for t in recent))


def default_watches(company: CompanyProfile, leader_names: Sequence[str] = ()) -> list[tuple[str, WatchKind,
                                                                                            tuple[str, ...]]]:
    """Watch lists to start with: the company's names, its leaders' names, the usual crisis words."""
    out: list[tuple[str, WatchKind, tuple[str, ...]]] = []
    brand = clean_terms([company.legal_name, *company.aliases, *company.english_names])
    if brand:
        out.append(("品牌", WatchKind.BRAND, brand))
    leaders = clean_terms(leader_names)
    if leaders:
        out.append(("高管", WatchKind.EXECUTIVE, leaders))
    out.append(("危机词", WatchKind.CRISIS, DEFAULT_CRISIS_TERMS))
    return out
