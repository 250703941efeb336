"""Cross-forwarding: the matrix rules, comment templates and the planner (Qt-free, deterministic)."""

from matrix_desktop.core.credentials import TokenState
from matrix_desktop.core.forwarding.planner import (
    Plan,
    PlannedForward,
    SkippedForwarder,
    check_plan,
    make_plan,
    retime,
    start_of,
)
from matrix_desktop.core.forwarding.rules import (
    ForwardAction,
    Forwarder,
    ForwardRule,
    PlanSettings,
    PlatformLimits,
    QuietHours,
    SourcePost,
    validate_rule,
    validate_settings,
)
from matrix_desktop.core.forwarding.templates import (
    DEFAULT_TEMPLATES,
    KNOWN_VARIABLES,
    DistinctTexts,
    render,
    template_variables,
    validate_template,
    vary,
)

__all__ = [
    "DEFAULT_TEMPLATES", "KNOWN_VARIABLES", "DistinctTexts", "ForwardAction", "ForwardRule", "Forwarder",
    "Plan", "PlanSettings", "PlannedForward", "PlatformLimits", "QuietHours", "SkippedForwarder",
    "SourcePost", "TokenState", "check_plan", "make_plan", "retime", "start_of", "render", "template_variables",
    "validate_rule", "validate_settings", "validate_template", "vary",
]
