"""The reasons of a triage verdict as codes with parameters, so every screen can say them in its language.

A verdict's reasons are stored (the inbox item's `reasons`, `; `-separated) and printed by the CLI in
English, rendered from one template per code. `parse_reason` reads a stored reason back into its code
and parameters, so the UI shows it through its own catalogue (`ui/inbox/reasons.py`) — also for items
stored before the codes existed, whose text is the same. A reason no template reads stays as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# code → English template; `{label}` is a category value (crisis, complaint …).
TEMPLATES: dict[str, str] = {
    "echo": "echoes the reposted text",
    "crisis_threshold": "crisis likely enough to alert ({p} ≥ {t})",
    "crisis_guard": "crisis guard: the rules' crisis words ({words})",
    "chain_guard": "crisis guard: the repost spreads a text with crisis words",
    "corrected": "corrected by a person",
    "over_cap": "over today's draft limit",
    "no_entry": "no manual entry fits — write one",
    "link": "{label}: a link",
    "mention": "{label}: mentions someone",
    "reposted_gram": "{label}: reposted “{gram}”",
    "gram": "{label}: “{gram}”",
    "feature_terms": "{label}: {feature} ({words})",
    "feature": "{label}: {feature}",
}
SEPARATOR = "; "


@dataclass(frozen=True)
class Reason:
    """One reason: its code and parameters."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    def get(self, name: str) -> str:
        return dict(self.params).get(name, "")


def render(code: str, **params: object) -> str:
    """The English text of reason `code` (the stored and printed form)."""
    return TEMPLATES[code].format(**params)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    labels = "crisis|complaint|question|praise|spam|other"
    out = []
    for code, template in TEMPLATES.items():
        pattern = ""
        for literal, field in re.findall(r"([^{]*)(?:\{(\w+)\})?", template):
            pattern += re.escape(literal)
            if field:
                pattern += f"(?P<{field}>{labels})" if field == "label" else f"(?P<{field}>.+?)"
        out.append((code, re.compile(f"^{pattern}$")))
    return tuple(out)


def parse_reason(text: str) -> Reason | None:
    """The code and parameters of one stored reason, or None when no template reads it."""
    text = text.strip()
    for code, pattern in _patterns():
        m = pattern.match(text)
        if m:
            return Reason(code, tuple((k, v) for k, v in m.groupdict().items()))
    return None


def split_reasons(stored: str) -> list[str]:
    """The reasons of an inbox item's stored `reasons` text."""
    return [r for r in (p.strip() for p in stored.split(SEPARATOR)) if r]
