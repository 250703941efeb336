"""What the forwarding views share: role and state colours, labels in words, local times."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from matrix_desktop.core.accounts import AccountRole
from matrix_desktop.core.forwarding.records import EntryState, PlanState
from matrix_desktop.ui.i18n import tr
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
