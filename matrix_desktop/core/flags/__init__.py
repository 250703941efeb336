"""Employee verification flags: does a profile tie its owner to the company, and what to flag.

`CompanyMatcher(profile).classify(ProfileText)` decides the link (see `matcher` for the rules and the
severity table); `findings_for_account(matcher, role, profile)` turns it into flags by account role.
"""

from matrix_desktop.core.flags.findings import BLUE_V_TYPES, FlagFinding, FlagKind, findings_for_account
from matrix_desktop.core.flags.lifecycle import (
    ACTIVE_STATES,
    LIVE_STATES,
    SYSTEM_ACTOR,
    VERIFICATION_CHANGED,
    FlagEvent,
    FlagQuery,
    FlagSort,
    FlagState,
    VerificationFlag,
    decide,
)
from matrix_desktop.core.flags.matcher import (
    CompanyMatcher,
    LinkDecision,
    LinkKind,
    ProfileText,
    Severity,
    core_name,
)
from matrix_desktop.core.flags.normalise import NormText, normalise, normalise_term

__all__ = [
    "ACTIVE_STATES", "LIVE_STATES", "SYSTEM_ACTOR", "VERIFICATION_CHANGED", "FlagEvent", "FlagQuery", "FlagSort",
    "FlagState", "VerificationFlag", "decide",
    "BLUE_V_TYPES", "CompanyMatcher", "FlagFinding", "FlagKind", "LinkDecision", "LinkKind", "NormText",
    "ProfileText", "Severity", "core_name", "findings_for_account", "normalise", "normalise_term",
]
