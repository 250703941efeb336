"""The content calendar and the composer: planned posts, columns, style guides, the sensitive-word list,
each account's quantity and time rules, and the composer's checks — pure rules, no I/O."""

from matrix_desktop.core.publishing.checks import Hit, Level, blocking, check_schedule, check_text
from matrix_desktop.core.publishing.records import (
    COLUMN_NAMES_ZH,
    EDITABLE_STATES,
    LIVE_STATES,
    TZ,
    AccountPlanRules,
    ClaimedPost,
    Column,
    PlannedPost,
    PostState,
    SensitiveWord,
    StyleGuide,
    parse_column,
)

__all__ = [
    "COLUMN_NAMES_ZH", "EDITABLE_STATES", "LIVE_STATES", "TZ", "AccountPlanRules", "ClaimedPost", "Column", "Hit",
    "Level", "PlannedPost", "PostState", "SensitiveWord", "StyleGuide", "blocking", "check_schedule", "check_text",
    "parse_column",
]
