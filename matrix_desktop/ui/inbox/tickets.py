"""Customer-service tickets: the complaints handed over, their status, who follows each, notes, closing,
and the CSV export for customer service's own system."""

from __future__ import annotations

from pathlib import Path

from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.inbox.records import TICKET_STATUSES, TicketView
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.inbox.common import category_label
from matrix_desktop.ui.ops import Op
from matrix_desktop.ui.qt import QtCore, QtWidgets, alive
from matrix_desktop.ui.tablearea import TableArea
from matrix_desktop.ui.tablemodel import Column, ListTableModel
from matrix_desktop.ui.widgets import filter_box, permit, status_message

Qt = QtCore.Qt
FOLLOWERS = (MemberRole.OPERATOR, MemberRole.LEADER, MemberRole.ADMIN)


def ticket_status_label(status: str) -> str:
    return {"open": tr("Open"), "in_progress": tr("In progress"), "done": tr("Done")}.get(status, status)


def ticket_columns() -> list[Column[TicketView]]:
    def due(v: TicketView) -> str:
        return v.item.due_at.astimezone().strftime("%m-%d %H:%M") if v.item.due_at else "—"

    return [
        Column("id", tr("Ticket"), lambda v: v.ticket.id, numeric=True),
        Column("status", tr("Status"), lambda v: ticket_status_label(v.ticket.status)),
        Column("assignee", tr("Assignee"), lambda v: v.ticket.assignee or "—"),
        Column("account", tr("Account"), lambda v: v.item.account_name),
        Column("author", tr("Author"), lambda v: v.item.author_name),
        Column("category", tr("Category"), lambda v: category_label(v.item.category)),
        Column("due", tr("Respond by"), due),
        Column("text", tr("Complaint"), lambda v: v.item.text, tooltip=lambda v: v.item.text),
    ]


class TicketList(QtWidgets.QWidget):
    """The tickets handed to customer service, followed until they are done."""

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cs = ctx.services.inbox.customer_service
        actor = ctx.services.actor
        self.may_follow = any(actor.has(r) for r in FOLLOWERS)
        self.status_filter = filter_box([(tr("Open and in progress"), ("open", "in_progress")),
                                         (tr("All tickets"), ()), *((ticket_status_label(s), (s,)) for s in TICKET_STATUSES)])
        self.export_button = QtWidgets.QPushButton(tr("Export CSV…"))
        self.model: ListTableModel[TicketView] = ListTableModel(ticket_columns(), self, row_id=lambda v: v.id)
        self.table_area: TableArea[TicketView] = TableArea(
            self.model, widths=(50, 70, 80, 90, 90, 60, 90), select_first=True,
            empty_text=tr("No ticket here — route a complaint to customer service from the Inbox"),
            count_text=lambda n: tr("{n} tickets", n=n))
        self.table_area.add_filter(self.status_filter)
        self.table_area.add_action(self.export_button)

        self.detail = QtWidgets.QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = filter_box([(ticket_status_label(s), s) for s in TICKET_STATUSES])
        self.assignee = QtWidgets.QLineEdit()
        self.assignee.setPlaceholderText(tr("Who in customer service follows it"))
        self.note = QtWidgets.QPlainTextEdit()
        self.save_button = QtWidgets.QPushButton(tr("Save"))
        self.close_button = QtWidgets.QPushButton(tr("Close ticket"))
        self.copy_button = QtWidgets.QPushButton(tr("Copy as text"))
        side = QtWidgets.QWidget()
        form = QtWidgets.QFormLayout(side)
        form.addRow(self.detail)
        form.addRow(tr("Status"), self.status)
        form.addRow(tr("Assignee"), self.assignee)
        form.addRow(tr("Notes"), self.note)
        buttons = QtWidgets.QHBoxLayout()
        for b in (self.copy_button, self.close_button, self.save_button):
            buttons.addWidget(b)
        form.addRow(buttons)
        self.table_area.set_side(side, (3, 2))
        QtWidgets.QVBoxLayout(self).addWidget(self.table_area)

        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.table_area.selection_changed.connect(self.on_area_selection_changed)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.close_button.clicked.connect(self.on_close_clicked)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        ctx.tracker.did_execute.connect(lambda areas: None if not alive(self) else self.reload() if Change.INBOX in areas else None)
        permit(self.export_button, self.may_follow, FOLLOWERS)
        self._shown: int | None = None
        self.on_area_selection_changed(None)
        self.reload()

    def reload(self) -> None:
        statuses = self.status_filter.currentData() or ()
        Op(self.ctx.host, self, lambda job: self.cs.ticket_views(statuses)).on_success(self.model.set_items).run()

    def on_area_selection_changed(self, v: TicketView | None) -> None:
        for w in (self.save_button, self.close_button):
            permit(w, self.may_follow, FOLLOWERS, v is not None)
        self.copy_button.setEnabled(v is not None)
        if v is None:
            self.detail.setText(tr("Select a ticket"))
            self._shown = None
            return
        i = v.item
        self.detail.setText(tr("#{id} · {account} · {author} (followers {followers})\n{text}", id=v.ticket.id,
                               account=i.account_name, author=i.author_name, followers=i.author_followers, text=i.text))
        if self._shown != v.id:  # a refresh of the same ticket keeps what is being typed
            self._shown = v.id
            self.status.setCurrentIndex(max(0, self.status.findData(v.ticket.status)))
            self.assignee.setText(v.ticket.assignee)
            self.note.setPlainText(v.ticket.note)
        self.close_button.setEnabled(self.close_button.isEnabled() and v.ticket.status != "done")

    def on_save_clicked(self) -> None:
        v = self.table_area.selected()
        if v is None:
            return
        status, assignee, note = str(self.status.currentData()), self.assignee.text(), self.note.toPlainText()

        def save(job: object) -> None:
            self.cs.set_ticket_status(v.id, status, note)
            self.cs.assign_ticket(v.id, assignee)

        Op(self.ctx.host, self, save).writes().on_success(
            lambda _r: status_message(self, tr("Ticket #{id} saved", id=v.id))).changes(Change.INBOX).run()

    def on_close_clicked(self) -> None:
        v = self.table_area.selected()
        if v is None:
            return
        note = self.note.toPlainText()
        Op(self.ctx.host, self, lambda job: self.cs.close_ticket(v.id, note)).writes().on_success(
            lambda _r: status_message(self, tr("Ticket #{id} closed", id=v.id))).changes(Change.INBOX).run()

    def on_copy_clicked(self) -> None:
        v = self.table_area.selected()
        if v is None:
            return

        def copied(text: str) -> None:
            QtWidgets.QApplication.clipboard().setText(text)
            status_message(self, tr("Ticket copied; paste it into customer service's system"))

        Op(self.ctx.host, self, lambda job: self.cs.ticket_text(v.item.id)).on_success(copied).run()

    def on_export_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, tr("Export tickets"), "tickets.csv", "CSV (*.csv)")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        statuses = self.status_filter.currentData() or ()

        def export(job: object) -> int:
            text = self.cs.export_tickets_csv(statuses or TICKET_STATUSES)
            path.write_text(text, encoding="utf-8", newline="")
            return text.count("\r\n") - 1

        Op(self.ctx.host, self, export).writes().on_success(
            lambda n: status_message(self, tr("{n} tickets exported to {path}", n=n, path=path.name))
        ).changes(Change.INBOX).run()
