"""The interaction inbox's Qt-free heart: triage, the answer manual, suggested replies and the tone guard.

Seeds 001–004 say it plainly: no interaction, no Weibo; an unanswered complaint becomes a crisis; the
after-sales answer manual belongs in the Weibo team's hands; crisis signs go to PR at once.
"""

from matrix_desktop.core.inbox.answers import (
    AnswerEntry,
    AnswerIndex,
    parse_manual_csv,
    parse_manual_markdown,
)
from matrix_desktop.core.inbox.suggest import ReplySuggestion, suggest_reply
from matrix_desktop.core.inbox.tone import ToneIssue, ToneLevel, check_tone
from matrix_desktop.core.inbox.triage import Category, Priority, Triage, Triager, TriageRules

__all__ = [
    "AnswerEntry", "AnswerIndex", "Category", "Priority", "ReplySuggestion", "ToneIssue", "ToneLevel",
    "Triage", "TriageRules", "Triager", "check_tone", "parse_manual_csv", "parse_manual_markdown",
    "suggest_reply",
]
