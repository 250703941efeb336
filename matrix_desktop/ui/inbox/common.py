"""Words and colours the inbox views share: category, status and draft-state labels, the crisis checklist's
steps."""

from __future__ import annotations

from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.qt import QtGui

CATEGORIES = ("complaint", "question", "praise", "crisis", "spam", "other")
STATUSES = ("new", "triaged", "waiting_review", "replied", "routed", "closed", "spam")
CATEGORY_COLOURS = {"complaint": "#fde7e9", "question": "#e5f1fb", "praise": "#e6f4ea", "crisis": "#f8c9cd",
                    "spam": "#eeeeee", "other": "#ffffff"}


def category_label(cat: str) -> str:
    return {"complaint": tr("Complaint"), "question": tr("Question"), "praise": tr("Praise"),
            "crisis": tr("Crisis"), "spam": tr("Spam"), "other": tr("Other")}.get(cat, cat)


def status_label(status: str) -> str:
    return {"new": tr("New"), "triaged": tr("Triaged"), "waiting_review": tr("Waiting for review"),
            "replied": tr("Replied"), "routed": tr("With customer service"), "closed": tr("Closed"),
            "spam": tr("Spam")}.get(status, status)


def draft_state_label(state: str) -> str:
    return {"waiting_review": tr("Waiting for review"), "approved": tr("Approved, to send"),
            "rejected": tr("Rejected"), "superseded": tr("Replaced"), "sending": tr("Sending"),
            "sent": tr("Sent"), "failed": tr("Failed")}.get(state, state)


def category_colour(cat: str) -> QtGui.QColor:
    return QtGui.QColor(CATEGORY_COLOURS.get(cat, "#ffffff"))


def checklist() -> list[str]:
    """The escalation checklist of a crisis signal (seed 004: PR at once, hold statements, facts first)."""
    return [tr("Notify the PR lead and the duty leader by phone now"),
            tr("Hold all scheduled posts and forwarding campaigns of the matrix"),
            tr("No statement, no argument in comments until PR approves the wording"),
            tr("Collect the facts: screenshots, author, batch number, order, time line"),
            tr("Contact the person in private with the holding reply; ask for contact details"),
            tr("Inform quality/after-sales to check the batch"),
            tr("Monitor mentions and reposts every 15 minutes; log what changes")]
