"""What the forwarding views and dialogs share: role and state colours, labels in words, local times."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from matrix_desktop.core.accounts import AccountRole
from matrix_desktop.core.forwarding import ForwardAction
from matrix_desktop.core.forwarding.records import EntryState, PlanState
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.messages import explain_text
from matrix_desktop.ui.qt import QtGui

#: Plans are made and shown in Beijing time: the team and its followers live there.
TZ = ZoneInfo("Asia/Shanghai")

ROLE_COLOURS = {AccountRole.OFFICIAL: "#c62828", AccountRole.LEADER: "#ef6c00",
                AccountRole.SUB_BRAND: "#2e7d32", AccountRole.EMPLOYEE: "#1565c0"}
STATE_COLOURS = {EntryState.PLANNED: "#9e9e9e", EntryState.APPROVED: "#1976d2", EntryState.SENDING: "#f9a825",
                 EntryState.SENT: "#2e7d32", EntryState.FAILED: "#c62828", EntryState.SKIPPED: "#bdbdbd"}


def role_colour(role: AccountRole) -> QtGui.QColor:
    return QtGui.QColor(ROLE_COLOURS[role])


def state_colour(state: EntryState) -> QtGui.QColor:
    return QtGui.QColor(STATE_COLOURS[state])


def action_label(action: ForwardAction) -> str:
    return tr("repost") if action is ForwardAction.REPOST else tr("comment")


def entry_state_label(state: EntryState) -> str:
    return {EntryState.PLANNED: tr("planned"), EntryState.APPROVED: tr("approved"),
            EntryState.SENDING: tr("sending"), EntryState.SENT: tr("sent"), EntryState.FAILED: tr("failed"),
            EntryState.SKIPPED: tr("skipped")}[state]


def plan_state_label(state: PlanState) -> str:
    return {PlanState.DRAFT: tr("draft — waiting for approval"), PlanState.APPROVED: tr("approved"),
            PlanState.EXECUTING: tr("executing"), PlanState.DONE: tr("done"),
            PlanState.CANCELLED: tr("cancelled")}[state]


def local(dt: datetime | None, fmt: str = "%m-%d %H:%M") -> str:
    """A stored UTC moment as the team reads it (Beijing wall-clock time)."""
    return dt.astimezone(TZ).strftime(fmt) if dt else ""


#: The planner's skip reasons (core/forwarding/planner.py) as patterns, so a Chinese screen shows them in
#: Chinese; a reason not listed here is shown as the planner wrote it.
_REASONS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"^token expired — reconnect the account$"), lambda m: tr("token expired — reconnect the account")),
    (re.compile(r"^not connected to Weibo — connect the account$"),
     lambda m: tr("not connected to Weibo — connect the account")),
    (re.compile(r"^opted out$"), lambda m: tr("opted out")),
    (re.compile(r"^open (\w+)-severity verification flag$"),
     lambda m: tr("open {severity}-severity verification flag",
                  severity={"high": tr("high"), "medium": tr("medium"), "low": tr("low")}.get(m[1], m[1]))),
    (re.compile(r"^daily cap (\d+) reached$"), lambda m: tr("daily cap {n} reached", n=m[1])),
    (re.compile(r"^dropped by (.+)$"), lambda m: tr("dropped by {who}", who=m[1])),
    (re.compile(r"^plan cancelled by (.+)$"), lambda m: tr("plan cancelled by {who}", who=m[1])),
    (re.compile(r"^quiet hours (\S+) cover its whole window$"),
     lambda m: tr("quiet hours {span} cover its whole window", span=m[1])),
    (re.compile(r"^no room inside the window without breaking the minimum gap$"),
     lambda m: tr("no room inside the window without breaking the minimum gap")),
    (re.compile(r"^already forwarded this post on its own \(repost (\S+)\); not forwarded twice$"),
     lambda m: tr("already forwarded this post on its own (repost {id}); not forwarded twice", id=m[1])),
    (re.compile(r"^already forwarded this post on its own$"), lambda m: tr("already forwarded this post on its own")),
    (re.compile(r"^no comment left that differs enough from the others"),
     lambda m: tr("no comment left that differs enough from the others — add lines for this kind of post")),
    (re.compile(r"^no room inside the window outside quiet hours (\S+)$"),
     lambda m: tr("no room inside the window outside quiet hours {span}", span=m[1])),
    (re.compile(r"^daily limit of (\d+) API calls reached$"),
     lambda m: tr("daily limit of {n} API calls reached", n=m[1])),
    (re.compile(r"^author of the post$"), lambda m: tr("author of the post")),
    (re.compile(r"^not an account of the matrix"), lambda m: tr("not an account of the matrix (archived or removed)")),
    (re.compile(r"^found on the platform \(sent before a restart\); not sent again$"),
     lambda m: tr("found on the platform (sent before a restart); not sent again")),
    (re.compile(r"^sent$"), lambda m: tr("sent")),
    (re.compile(r"^replaced by a new plan made by (.+)$"), lambda m: tr("replaced by a new plan made by {who}", who=m[1])),
]


def reason_label(reason: str) -> str:
    """A skip reason (or an entry's answer) in the interface language."""
    for rx, words in _REASONS:
        m = rx.match(reason)
        if m:
            return words(m)
    return explain_text(reason)
