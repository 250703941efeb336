"""The Review area: replies waiting for a leader (suggestion and edit side by side; approve, edit and
approve, reject with a reason), the background sending of approved replies, and the answer manual."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.inbox.answers import AnswerEntry
from matrix_desktop.core.inbox.records import ReplyDraft, SendReport
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import language, tr
from matrix_desktop.ui.inbox.common import category_colour, category_label, draft_state_label
from matrix_desktop.ui.inbox.dialogs import AnswerDialog, reject_dialog
from matrix_desktop.ui.ops import Job, Op, show_error
from matrix_desktop.ui.qt import QtCore, QtWidgets
from matrix_desktop.ui.tablearea import TableArea
from matrix_desktop.ui.tablemodel import Column, LazyTableModel
from matrix_desktop.ui.widgets import Banner, filter_box, status_message

Qt = QtCore.Qt
STATE_FILTERS = (("waiting_review",), ("approved", "sending"), ("failed",), ("sent",), ("rejected",))


def draft_columns() -> list[Column[ReplyDraft]]:
    return [
        Column("created_at", tr("Written"), lambda d: d.created_at.astimezone().strftime("%m-%d %H:%M")),
        Column("author", tr("To"), lambda d: d.author_name),
        Column("category", tr("Category"), lambda d: category_label(d.category),
               background=lambda d: category_colour(d.category)),
        Column("state", tr("State"), lambda d: draft_state_label(d.state)),
        Column("text", tr("Reply"), lambda d: d.text, tooltip=lambda d: d.text),
    ]


class ReviewQueue(QtWidgets.QWidget):
    """Replies by state; leaders approve, edit or reject, operators see whom each one waits on."""

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inbox = ctx.services.inbox
        self.is_leader = ctx.services.actor.has(MemberRole.LEADER)
        self._drafts: dict[int, ReplyDraft] = {}
        self._waiting: dict[int, tuple[str, ...]] = {}
        self.state_filter = filter_box(zip((tr("Waiting for review"), tr("Approved, to send"), tr("Failed"),
                                            tr("Sent"), tr("Rejected")), STATE_FILTERS, strict=True))
        self.send_button = QtWidgets.QPushButton(tr("Send approved now"))
        self.banner = Banner(self, "info")
        self.model: LazyTableModel[ReplyDraft] = LazyTableModel(
            ctx.host, draft_columns(), self._fetch_ids, self._fetch_rows, lambda d: d.id, self)
        self.table_area: TableArea[ReplyDraft] = TableArea(
            self.model, widths=(90, 120, 60, 90), empty_text=tr("No reply in this state"), select_first=True)
        self.table_area.add_filter(self.state_filter)
        self.table_area.add_action(self.send_button)
        self.table_area.add_notice(self.banner)

        self.comment = QtWidgets.QLabel()
        self.comment.setWordWrap(True)
        self.suggestion = QtWidgets.QPlainTextEdit()
        self.suggestion.setReadOnly(True)
        self.edit = QtWidgets.QPlainTextEdit()
        self.edit.setReadOnly(not self.is_leader)
        self.issues = QtWidgets.QLabel()
        self.issues.setWordWrap(True)
        self.waiting_label = QtWidgets.QLabel()
        side = QtWidgets.QGridLayout()
        side.addWidget(QtWidgets.QLabel(tr("Suggestion")), 0, 0)
        side.addWidget(QtWidgets.QLabel(tr("Edit (kept beside the suggestion)")), 0, 1)
        side.addWidget(self.suggestion, 1, 0)
        side.addWidget(self.edit, 1, 1)
        self.approve_button = QtWidgets.QPushButton(tr("Approve"))
        self.edit_approve_button = QtWidgets.QPushButton(tr("Edit && approve"))
        self.reject_button = QtWidgets.QPushButton(tr("Reject…"))
        actions = QtWidgets.QHBoxLayout()
        actions.addWidget(self.waiting_label, 1)
        for b in (self.approve_button, self.edit_approve_button, self.reject_button):
            b.setVisible(self.is_leader)
            actions.addWidget(b)
        below = QtWidgets.QWidget()
        bl = QtWidgets.QVBoxLayout(below)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.comment)
        bl.addLayout(side, 1)
        bl.addWidget(self.issues)
        bl.addLayout(actions)
        self.table_area.set_side(below, (1, 1), Qt.Orientation.Vertical)
        QtWidgets.QVBoxLayout(self).addWidget(self.table_area)

        self.state_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.table_area.selection_changed.connect(self.on_area_selection_changed)
        self.model.loaded.connect(self.on_model_loaded)
        self.approve_button.clicked.connect(lambda: self.approve_selected(None))
        self.edit_approve_button.clicked.connect(lambda: self.approve_selected(self.edit.toPlainText()))
        self.reject_button.clicked.connect(self.on_reject_clicked)
        self.send_button.clicked.connect(self.send_approved)
        ctx.tracker.did_execute.connect(self.on_did_execute)
        self.on_area_selection_changed(None)
        self.reload()

    # -- data ---------------------------------------------------------------------------------------
    def _fetch_ids(self, key: str, descending: bool) -> Callable[[], list[int]]:
        states: Sequence[str] = self.state_filter.currentData() or ("waiting_review",)  # GUI thread
        inbox = self.inbox

        def fetch() -> list[int]:
            # Plain-data snapshots swapped in whole; the worker touches no widget.
            drafts = inbox.replies.drafts(states)
            self._drafts = {d.id: d for d in drafts}
            self._waiting = {w.draft_id: w.who for w in inbox.replies.waiting_on()}
            return [d.id for d in drafts]

        return fetch

    def _fetch_rows(self, ids: Sequence[int]) -> list[ReplyDraft]:
        drafts = self._drafts
        return [drafts[i] for i in ids if i in drafts]

    def reload(self) -> None:
        self.model.reload()

    def on_did_execute(self, areas: frozenset[Change]) -> None:
        if Change.INBOX in areas:
            self.reload()

    def on_model_loaded(self) -> None:
        self.banner.show_text("" if self.is_leader or not self.model.rowCount() else tr(
            "You can read the queue; a leader approves or rejects each reply."))

    def on_area_selection_changed(self, d: ReplyDraft | None) -> None:
        waiting = d is not None and d.state == "waiting_review"
        for b in (self.approve_button, self.edit_approve_button, self.reject_button):
            b.setEnabled(waiting)
        if d is None:
            for w in (self.suggestion, self.edit):
                w.setPlainText("")
            self.comment.setText("")
            self.issues.setText("")
            self.waiting_label.setText("")
            return
        self.comment.setText(tr("{author} wrote: {text}", author=d.author_name, text=d.item_text))
        self.suggestion.setPlainText(d.suggested_text)
        self.edit.setPlainText(d.text)
        zh = language() != "en"
        self.issues.setText("\n".join("⚠ " + str(i.get("message_zh") if zh else i.get("message_en"))
                                      for i in d.tone_issues))
        who = self._waiting.get(d.id, ())
        text = tr("Waiting on: {names}", names="、".join(who)) if who else draft_state_label(d.state)
        if d.reject_reason:
            text += " · " + tr("Rejected: {reason}", reason=d.reject_reason)
        if d.error:
            text += " · " + d.error
        self.waiting_label.setText(text)

    # -- actions ------------------------------------------------------------------------------------
    def approve_selected(self, edited: str | None) -> None:
        d = self.table_area.selected()
        if d is None:
            return
        def approved(_draft: ReplyDraft) -> None:
            status_message(self, tr("Approved; sending in the background"))
            self.send_approved()

        Op(self.ctx.host, self, lambda job: self.inbox.replies.approve(d.id, edited)).writes().on_success(
            approved).changes(Change.INBOX).run()

    def on_reject_clicked(self) -> None:
        d = self.table_area.selected()
        if d is None:
            return
        dialog = reject_dialog(self)
        dialog.textValueSelected.connect(lambda reason: self.reject_selected(reason))
        self._reject_dialog = dialog
        dialog.open()

    def reject_selected(self, reason: str) -> None:
        d = self.table_area.selected()
        if d is None:
            return
        Op(self.ctx.host, self, lambda job: self.inbox.replies.reject(d.id, reason)).writes().on_success(
            lambda _r: status_message(self, tr("Rejected; it will not be sent"))).changes(Change.INBOX).run()

    def send_approved(self) -> None:
        """One op per account on that account's network queue, so its calls never race."""
        def start(uids: list[str]) -> None:
            for uid in uids:
                def fn(job: Job, uid: str = uid) -> SendReport:
                    return self.inbox.replies.send_approved([uid], progress=job.progress, cancel=job.cancel)

                (Op(self.ctx.host, self, fn).on_network(uid).with_progress(tr("Sending approved replies"))
                 .cancellable().on_success(self.on_sent).changes(Change.INBOX).run())

        Op(self.ctx.host, self, lambda job: self.inbox.replies.pending_send_uids()).on_success(start).run()

    def on_sent(self, report: SendReport) -> None:
        status_message(self, tr("{sent} replies sent, {failed} failed", sent=len(report.sent),
                                failed=len(report.failed)))


def manual_columns() -> list[Column[tuple[int, AnswerEntry]]]:
    return [
        Column("key", tr("Id"), lambda r: r[1].key),
        Column("department", tr("Department"), lambda r: r[1].department),
        Column("question", tr("Question"), lambda r: r[1].question, tooltip=lambda r: r[1].question),
        Column("keywords", tr("Keywords"), lambda r: "、".join(r[1].keywords)),
        Column("answer", tr("Answer"), lambda r: r[1].answer, tooltip=lambda r: r[1].answer),
    ]


class ManualEditor(QtWidgets.QWidget):
    """The answer manual: import CSV or Markdown (all or nothing), add, edit, delete."""

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inbox = ctx.services.inbox
        self._entries: list[AnswerEntry] = []
        self.import_button = QtWidgets.QPushButton(tr("Import CSV/Markdown…"))
        self.add_button = QtWidgets.QPushButton(tr("Add…"))
        self.edit_button = QtWidgets.QPushButton(tr("Edit…"))
        self.delete_button = QtWidgets.QPushButton(tr("Delete"))
        self.model: LazyTableModel[tuple[int, AnswerEntry]] = LazyTableModel(
            ctx.host, manual_columns(), self._fetch_ids, self._fetch_rows, lambda r: r[0], self)
        self.table_area: TableArea[tuple[int, AnswerEntry]] = TableArea(
            self.model, widths=(60, 90, 240, 200),
            empty_text=tr("The answer manual is empty — import a CSV or Markdown file"))
        for b in (self.import_button, self.add_button, self.edit_button, self.delete_button):
            self.table_area.add_action(b)
        QtWidgets.QVBoxLayout(self).addWidget(self.table_area)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.add_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.table_area.activated.connect(lambda _r: self.on_edit_clicked())
        self.delete_button.clicked.connect(self.on_delete_clicked)
        ctx.tracker.did_execute.connect(lambda areas: self.model.reload() if Change.MANUAL in areas else None)
        self.model.reload()

    def _fetch_ids(self, key: str, descending: bool) -> Callable[[], list[int]]:
        inbox = self.inbox

        def fetch() -> list[int]:
            self._entries = inbox.manual.answers()  # a plain-data snapshot swapped in whole
            return list(range(len(self._entries)))

        return fetch

    def _fetch_rows(self, ids: Sequence[int]) -> list[tuple[int, AnswerEntry]]:
        entries = self._entries
        return [(i, entries[i]) for i in ids if i < len(entries)]

    def selected(self) -> AnswerEntry | None:
        r = self.table_area.selected()
        return r[1] if r else None

    def import_file(self, path: Path) -> None:
        Op(self.ctx.host, self, lambda job: self.inbox.manual.import_manual(path.read_bytes(), path.name)).writes(
        ).on_success(lambda n: status_message(self, tr("Imported {n} entries", n=n))).changes(Change.MANUAL).run()

    def on_import_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, tr("Import answer manual"), "",
                                                        "CSV / Markdown (*.csv *.md *.markdown)")
        if path:
            self.import_file(Path(path))

    def on_edit_clicked(self) -> None:
        e = self.selected()
        if e is not None:
            self._open(e)

    def _open(self, entry: AnswerEntry | None) -> None:
        dialog = AnswerDialog(self, entry)

        def save() -> None:
            value = dialog.value()
            Op(self.ctx.host, self, lambda job: self.inbox.manual.save_answer(value)).writes().on_failure(
                lambda exc: show_error(self, exc)).changes(Change.MANUAL).run()

        dialog.accepted.connect(save)
        self._dialog = dialog
        dialog.open()

    def on_delete_clicked(self) -> None:
        e = self.selected()
        if e is None:
            return
        answer = QtWidgets.QMessageBox.question(self, tr("Delete entry"),
                                                tr("Delete the entry {key} «{q}»?", key=e.key, q=e.question))
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            Op(self.ctx.host, self, lambda job: self.inbox.manual.delete_answer(e.key)).writes().changes(Change.MANUAL).run()


class ReviewView(QtWidgets.QTabWidget):
    """The Review area: the queue of replies and the answer manual, as two tabs."""

    area = "review"

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = ReviewQueue(ctx)
        self.manual = ManualEditor(ctx)
        self.addTab(self.queue, tr("Replies"))
        self.addTab(self.manual, tr("Answer manual"))
