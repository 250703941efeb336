"""The Audit view: who did what, when, to which account; the hash chain checked on demand; export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from matrix_desktop.app.audit_check import verify_trail
from matrix_desktop.app.paths import write_private
from matrix_desktop.core.audit import AuditEntry, canonical_detail
from matrix_desktop.core.csvsafe import guard_row
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.messages import actor_label, audit_detail_text
from matrix_desktop.ui.ops import Job, Op
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets, alive
from matrix_desktop.ui.tablearea import TableArea
from matrix_desktop.ui.tablemodel import Column, ListTableModel
from matrix_desktop.ui.widgets import Banner, SearchBox, filter_box, status_message

ACTION_GROUPS = ("", "account.", "credential.", "member.", "flag.", "forward.", "reply.", "inbox.", "manual.",
                 "company.")

#: What each audited action means, in the words of the people who read the trail.
ACTION_NAMES = {
    "account.archive": "Archived an account", "account.create": "Registered an account",
    "account.import": "Imported accounts", "account.restore": "Restored an account",
    "account.update": "Edited an account", "company.set": "Set the company profile",
    "company.update": "Changed the company profile", "credential.app.read": "Read the app key",
    "credential.app.set": "Changed the app credentials", "credential.import": "Imported credentials",
    "credential.token.connect": "Connected an account", "credential.token.expired": "A token expired",
    "credential.token.read": "Read a token", "credential.token.revoke": "Revoked a token",
    "credential.token.use": "Used tokens", "flag.open": "A flag was raised", "flag.resolve": "Resolved a flag",
    "flag.acknowledge": "Acknowledged a flag", "flag.waive": "Waived a flag",
    "forward.approve": "Approved a forwarding plan", "forward.plan": "Made a forwarding plan",
    "forward.sent": "Forwarded a post", "forward.edit": "Edited a planned forward",
    "forward.drop": "Dropped a planned forward", "forward.cancel": "Cancelled a plan",
    "forward.reopen": "Reopened a plan for approval", "forward.settings": "Changed forwarding settings",
    "forward.rule.put": "Changed a forwarding rule", "forward.rule.remove": "Removed a forwarding rule",
    "forward.rule.defaults": "Created the default rules", "forward.gift": "Recorded a gift",
    "forward.campaign.add": "Created a campaign", "forward.campaign.forward": "Recorded a paid forward",
    "forward.outside.put": "Saved an outside account", "member.add": "Added a team member",
    "member.roles": "Changed a member's roles", "member.deactivate": "Deactivated a team member",
    "member.activate": "Reactivated a team member", "member.remove": "Removed a team member",
    "reply.approve": "Approved a reply",
    "reply.reject": "Rejected a reply", "reply.sent": "Sent a reply", "reply.failed": "A reply failed",
    "reply.retry": "Retried a reply", "reply.undo": "Took back an approval",
    "reply.delete": "Deleted a sent reply", "reply.reassign": "Reassigned a reply",
    "reply.settings": "Changed review settings", "reply.write": "Wrote a reply", "inbox.assign": "Assigned an item",
    "inbox.close": "Closed an item", "inbox.correct": "Corrected a category", "inbox.crisis": "Crisis alert",
    "inbox.crisis.acknowledge": "Acknowledged a crisis", "inbox.route": "Handed to customer service",
    "inbox.sla": "Changed response deadlines", "inbox.ticket": "Updated a service ticket",
    "inbox.tickets.export": "Exported service tickets", "manual.import": "Imported the answer manual",
    "manual.save": "Edited the answer manual", "manual.delete": "Deleted a manual entry",
}


GROUP_NAMES = {"": "All actions", "account.": "Accounts", "credential.": "Credentials", "member.": "Team",
               "flag.": "Flags", "forward.": "Forwarding", "reply.": "Replies", "inbox.": "Inbox", "manual.": "Answer manual",
               "company.": "Company profile"}


def action_label(action: str) -> str:
    from matrix_desktop.ui.messages import MORE_ACTION_NAMES

    name = ACTION_NAMES.get(action) or MORE_ACTION_NAMES.get(action)
    return tr(name) if name else action


def detail_text(detail: dict[str, object]) -> str:
    """`key: value` pairs in the reader's words instead of raw JSON; long lists are summarised."""
    from matrix_desktop.ui.messages import audit_detail_text

    return audit_detail_text(detail)


class AuditView(QtWidgets.QWidget):
    """The append-only audit trail, newest first, with filters, a chain check and CSV export."""

    area = "audit"

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = filter_box((tr(GROUP_NAMES[g]), g) for g in ACTION_GROUPS)
        self.search = SearchBox(tr("Who, account or detail…"))
        self.verify_button = QtWidgets.QPushButton(tr("Verify chain"))
        self.export_button = QtWidgets.QPushButton(tr("Export CSV…"))
        self.banner = Banner(self, "info")
        columns: list[Column[AuditEntry]] = [
            Column("id", "#", lambda e: e.id, numeric=True),
            Column("at", tr("When"), lambda e: e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")),
            Column("actor", tr("Who"), lambda e: actor_label(e.actor)),
            Column("action", tr("Action"), lambda e: action_label(e.action)),
            Column("account", tr("Account"), lambda e: e.account_uid),
            Column("detail", tr("Detail"), lambda e: detail_text(e.detail),
                   tooltip=lambda e: audit_detail_text(e.detail)),
        ]
        self.model: ListTableModel[AuditEntry] = ListTableModel(columns, self, row_id=lambda e: e.id)
        self.table_area: TableArea[AuditEntry] = TableArea(
            self.model, widths=(60, 150, 100, 180, 110), sort=(0, QtCore.Qt.SortOrder.DescendingOrder),
            empty_text=tr("No entry matches the filters"), count_text=lambda n: tr("{n} entries", n=n))
        self.table_area.add_filter(self.group)
        self.table_area.add_filter(self.search, 1)
        self.table_area.add_action(self.verify_button)
        self.table_area.add_action(self.export_button)
        self.table_area.add_notice(self.banner)
        QtWidgets.QVBoxLayout(self).addWidget(self.table_area)
        self.group.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.searched.connect(lambda _t: self.reload())
        self.verify_button.clicked.connect(self.on_verify_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        ctx.tracker.did_execute.connect(lambda _areas: None if not alive(self) else self.reload())
        self.reload()

    def reload(self) -> None:
        audit = self.ctx.services.audit
        prefix, text = str(self.group.currentData() or ""), self.search.text().strip().lower()

        def work(job: Job) -> list[AuditEntry]:
            entries = audit.entries(action_prefix=prefix)
            if text:
                entries = [e for e in entries if text in e.actor.lower() or text in e.account_uid
                           or text in canonical_detail(e.detail).lower()]
            return entries[::-1]

        Op(self.ctx.host, self, work).on_success(self.model.set_items).run()

    def on_verify_clicked(self) -> None:
        services = self.ctx.services

        def show(problems: list[str]) -> None:
            if problems:
                self.banner.setStyleSheet("QFrame { background: #fde7e9; } QLabel { color: #a4262c; }")
                self.banner.show_text(tr("The audit trail was tampered with: {n} problems. {first}",
                                         n=len(problems), first=problems[0]))
            else:
                self.banner.show_text(tr("The audit trail is intact: every entry links to the one before."))

        Op(self.ctx.host, self, lambda job: [str(p) for p in verify_trail(services).problems]).with_progress(
            tr("Checking the audit trail")).on_success(show).run()

    def on_export_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, tr("Export audit trail"), "audit.csv", "CSV (*.csv)")
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        audit = self.ctx.services.audit

        def work(job: Job) -> int:
            out = io.StringIO(newline="")
            w = csv.writer(out, lineterminator="\r\n")
            w.writerow(["id", "at", "actor", "action", "account_uid", "detail", "hash"])
            entries = audit.entries()
            for e in entries:
                w.writerow(guard_row([e.id, e.at.isoformat(), e.actor, e.action, e.account_uid,
                                      canonical_detail(e.detail), e.hash]))
            write_private(path, ("\ufeff" + out.getvalue()).encode("utf-8"))
            return len(entries)

        Op(self.ctx.host, self, work).with_progress(tr("Exporting")).on_success(
            lambda n: status_message(self, tr("Exported {n} entries to {file}", n=n, file=str(path)))).run()


__all__ = ["AuditView", "QtCore", "QtGui"]
