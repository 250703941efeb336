"""The interaction inbox's Qt-free heart: triage, the answer manual, suggested replies and the tone guard.

Seeds 001–004 say it plainly: no interaction, no Weibo; an unanswered complaint becomes a crisis; the
after-sales answer manual belongs in the Weibo team's hands; crisis signs go to PR at once.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matrix_desktop.core.inbox.answers import (
        AnswerEntry,
        AnswerIndex,
        parse_manual_csv,
        parse_manual_markdown,
    )
    from matrix_desktop.core.inbox.suggest import ReplySuggestion, suggest_reply
    from matrix_desktop.core.inbox.tone import ToneIssue, ToneLevel, check_tone
    from matrix_desktop.core.inbox.triage import Category, Priority, Triage, Triager, TriageRules

# Where each name lives. Imported on first use: a `from matrix_desktop.core.inbox.records import …` runs
# this package first, and importing the triage model here put numpy and scipy on every start-up's path.
_WHERE = {
    "AnswerEntry": "answers", "AnswerIndex": "answers", "parse_manual_csv": "answers",
    "parse_manual_markdown": "answers", "ReplySuggestion": "suggest", "suggest_reply": "suggest",
    "ToneIssue": "tone", "ToneLevel": "tone", "check_tone": "tone", "Category": "categories",
    "Priority": "categories", "Triage": "triage", "Triager": "triage", "TriageRules": "triage",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "AnswerEntry", "AnswerIndex", "Category", "Priority", "ReplySuggestion", "ToneIssue", "ToneLevel",
    "Triage", "TriageRules", "Triager", "check_tone", "parse_manual_csv", "parse_manual_markdown",
    "suggest_reply",
]
