"""The Review area: replies waiting for a leader (suggestion and edit side by side; approve, edit and
approve, reject with a reason), the background sending of approved replies, and the answer manual."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.inbox.answers import AnswerEntry
from matrix_desktop.core.inbox.records import ReplyDraft, SendReport
from matrix_desktop.core.inbox.review import AGE_BUCKETS, DeskFilter, DeskRow, filter_counts, filter_rows
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import language, tr
from matrix_desktop.ui.inbox.common import CATEGORIES, category_colour, category_label, draft_state_label
from matrix_desktop.ui.inbox.dialogs import AnswerDialog, reject_dialog
from matrix_desktop.ui.ops import Job, Op, show_error
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets, Signal, alive
from matrix_desktop.ui.tablearea import TableArea
from matrix_desktop.ui.tablemodel import Column, LazyTableModel
from matrix_desktop.ui.widgets import Banner, filter_box, permit, shortcut, status_message

Qt = QtCore.Qt
STATE_FILTERS = (("waiting_review",), ("approved", "sending"), ("failed",), ("sent",), ("rejected",), ("deleted",))
LEADER_ONLY = (MemberRole.LEADER,)
#: How long after the last keystroke an unsent edit is written to the database.
EDIT_SAVE_MS = 600


def draft_columns(reviewers: Callable[[int], tuple[str, ...]]) -> list[Column[ReplyDraft]]:
    return [
        Column("created_at", tr("Written"), lambda d: d.created_at.astimezone().strftime("%m-%d %H:%M")),
        Column("author", tr("To"), lambda d: d.author_name),
        Column("account", tr("Account"), lambda d: d.account_name or d.account_uid),
        Column("category", tr("Category"), lambda d: category_label(d.category),
               background=lambda d: category_colour(d.category)),
        Column("priority", tr("Priority"), lambda d: d.priority, numeric=True),
        Column("reviewer", tr("Reviewer"), lambda d: "、".join(reviewers(d.id))),
        Column("state", tr("State"), lambda d: draft_state_label(d.state)),
        Column("text", tr("Reply"), lambda d: d.pending_edit or d.text, tooltip=lambda d: d.pending_edit or d.text),
    ]


def age_label(key: str) -> str:
    return {"lt1h": tr("Under 1 hour"), "1to4h": tr("1–4 hours"), "4to24h": tr("4–24 hours"),
            "gt24h": tr("Over a day")}.get(key, key)


class CountedFilter(QtWidgets.QComboBox):
    """A drop-down filter whose choices show how many rows each would list ("投诉 (5)"); changing the
    counts never changes the choice."""

    def __init__(self, any_label: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[object, str] = {}
        self.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_choice(any_label, "")

    def add_choice(self, label: str, value: object) -> None:
        self._labels[value] = label
        self.addItem(label, value)

    def set_choices(self, choices: Sequence[tuple[str, object]]) -> None:
        """Add the choices not there yet (accounts and reviewers appear as drafts bring them)."""
        for label, value in choices:
            if value not in self._labels:
                self.add_choice(label, value)

    def show_counts(self, counts: Mapping[object, int]) -> None:
        for n in range(self.count()):
            value = self.itemData(n)
            self.setItemText(n, f"{self._labels.get(value, '')} ({counts.get(value, 0)})")


class UndoBar(QtWidgets.QFrame):
    """The strip that says which approvals can still be taken back, with a countdown and Undo.

    Signals:
        undo_clicked(object): the list of draft ids to take back.
        window_closed(): the last approval in the bar left its undo window (time to send).
    """

    undo_clicked = Signal(object)
    window_closed = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("QFrame { background: #fff4ce; border-radius: 4px; } QLabel { color: #8a6100; }")
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.label = QtWidgets.QLabel()
        self.undo_button = QtWidgets.QPushButton(tr("Undo (Ctrl+Z)"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        self._until: dict[int, datetime] = {}
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.undo_button.clicked.connect(lambda: self.undo_clicked.emit(self.ids()))
        self.hide()

    def add(self, drafts: Sequence[ReplyDraft]) -> None:
        for d in drafts:
            if d.not_before is not None:
                self._until[d.id] = d.not_before
        self.refresh()

    def remove(self, ids: Sequence[int]) -> None:
        for i in ids:
            self._until.pop(i, None)
        self.refresh()

    def ids(self) -> list[int]:
        now = datetime.now(UTC)
        return [i for i, t in self._until.items() if t > now]

    def refresh(self) -> None:
        now = datetime.now(UTC)
        had = bool(self._until)
        self._until = {i: t for i, t in self._until.items() if t > now}
        if not self._until:
            self._timer.stop()
            self.hide()
            if had:
                self.window_closed.emit()
            return
        seconds = max(0, int((min(self._until.values()) - now).total_seconds() + 0.999))
        self.label.setText(tr("{n} replies approved; sent in {s} s unless you take them back.",
                              n=len(self._until), s=seconds))
        self.show()
        if not self._timer.isActive():
            self._timer.start()


class ReviewQueue(QtWidgets.QWidget):
    """The leader's review desk: the queue of replies by state with filters and their counts, the draft
    editor, approve / edit / reject / skip from the keyboard, several at once, an undo window after
    approval, reassigning, and taking down a reply sent in error.

    What a person types is never replaced by a refresh: the editor belongs to the draft it was opened
    on (kept by id), and an unsent edit is saved as a revision on that draft, so it survives a refresh,
    a switch of area and a restart.
    """

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inbox = ctx.services.inbox
        actor = ctx.services.actor
        self.me = actor.name
        self.is_leader = actor.has(MemberRole.LEADER)
        self.can_reassign = self.is_leader or actor.has(MemberRole.ADMIN)
        self._all: list[DeskRow] = []
        self._drafts: dict[int, ReplyDraft] = {}
        self._reviewers: dict[int, tuple[str, ...]] = {}
        self._waiting: dict[int, tuple[str, ...]] = {}
        self._counts: dict[str, Counter[Any]] = {}
        self._edits: dict[int, str] = {}  # unsent edits by draft id, the editor's truth while it lives
        self._shown_id: int | None = None  # the draft whose text the editor holds
        self._filling = False  # the editor is being filled by the program, not typed into
        self._approving: list[int] | None = None

        self.state_filter = filter_box(zip((tr("Waiting for review"), tr("Approved, to send"), tr("Failed"),
                                            tr("Sent"), tr("Rejected"), tr("Deleted")), STATE_FILTERS, strict=True))
        self.mine_only = QtWidgets.QCheckBox(tr("My queue"))
        self.mine_only.setChecked(self.is_leader)
        self.mine_only.setVisible(self.is_leader)
        self.account_filter = CountedFilter(tr("All accounts"))
        self.category_filter = CountedFilter(tr("All categories"))
        for cat in CATEGORIES:
            self.category_filter.add_choice(category_label(cat), cat)
        self.priority_filter = CountedFilter(tr("Any priority"))
        for p in (1, 2, 3, 4, 5):
            self.priority_filter.add_choice(tr("Priority {p}", p=p), p)
        self.age_filter = CountedFilter(tr("Any age"))
        for key, _lo, _hi in AGE_BUCKETS:
            self.age_filter.add_choice(age_label(key), key)
        self.reviewer_filter = CountedFilter(tr("Any reviewer"))
        self.send_button = QtWidgets.QPushButton(tr("Send approved now"))
        self.banner = Banner(self, "info")
        self.undo_bar = UndoBar(self)
        self.model: LazyTableModel[ReplyDraft] = LazyTableModel(
            ctx.host, draft_columns(lambda i: self._reviewers.get(i, ())), self._fetch_ids, self._fetch_rows,
            lambda d: d.id, self)
        self.table_area: TableArea[ReplyDraft] = TableArea(
            self.model, widths=(90, 100, 90, 60, 50, 80, 90), empty_text=tr("No reply in this state"),
            select_first=True, multi=True, count_text=self._count_text)
        for w in (self.state_filter, self.mine_only, self.account_filter, self.category_filter,
                  self.priority_filter, self.age_filter, self.reviewer_filter):
            self.table_area.add_filter(w)
        self.table_area.add_action(self.send_button)
        self.table_area.add_notice(self.banner)
        self.table_area.add_notice(self.undo_bar)

        self.comment = QtWidgets.QLabel()
        self.comment.setWordWrap(True)
        self.suggestion = QtWidgets.QPlainTextEdit()
        self.suggestion.setReadOnly(True)
        self.edit = QtWidgets.QPlainTextEdit()
        self.edit.setReadOnly(not self.is_leader)
        if not self.is_leader:
            self.edit.setToolTip(tr("Only a {roles} may do this", roles=tr("leader")))
        self.edit.setPlaceholderText(tr("Your edit; Ctrl+Enter approves it"))
        self.issues = QtWidgets.QLabel()
        self.issues.setWordWrap(True)
        self.waiting_label = QtWidgets.QLabel()
        self.waiting_label.setWordWrap(True)
        self.edit_note = QtWidgets.QLabel()
        self.edit_note.setStyleSheet("color: #8a6100;")
        side = QtWidgets.QGridLayout()
        side.addWidget(QtWidgets.QLabel(tr("Suggestion")), 0, 0)
        side.addWidget(QtWidgets.QLabel(tr("Edit (kept beside the suggestion)")), 0, 1)
        side.addWidget(self.suggestion, 1, 0)
        side.addWidget(self.edit, 1, 1)
        side.addWidget(self.edit_note, 2, 1)
        self.approve_button = QtWidgets.QPushButton(tr("Approve (A)"))
        self.reject_button = QtWidgets.QPushButton(tr("Reject… (R)"))
        self.skip_button = QtWidgets.QPushButton(tr("Skip (S)"))
        self.reassign_button = QtWidgets.QPushButton(tr("Reassign…"))
        self.undo_button = QtWidgets.QPushButton(tr("Take back approval"))
        self.delete_button = QtWidgets.QPushButton(tr("Delete this reply…"))
        actions = QtWidgets.QHBoxLayout()
        actions.addWidget(self.waiting_label, 1)
        for b in (self.undo_button, self.delete_button, self.reassign_button, self.skip_button, self.reject_button,
                  self.approve_button):
            actions.addWidget(b)
        self.keys_hint = QtWidgets.QLabel(tr("Keys: A approve · E edit · R reject · S skip · J/K next/previous · "
                                             "Ctrl+Z take back"))
        self.keys_hint.setStyleSheet("color: #888;")
        below = QtWidgets.QWidget()
        bl = QtWidgets.QVBoxLayout(below)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.comment)
        bl.addLayout(side, 1)
        bl.addWidget(self.issues)
        bl.addLayout(actions)
        bl.addWidget(self.keys_hint)
        self.table_area.set_side(below, (1, 1), Qt.Orientation.Vertical)
        QtWidgets.QVBoxLayout(self).addWidget(self.table_area)

        self._save_timer = QtCore.QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(EDIT_SAVE_MS)
        self._save_timer.timeout.connect(self.save_edit_now)
        self._send_timer = QtCore.QTimer(self)
        self._send_timer.setSingleShot(True)
        self._send_timer.timeout.connect(self.send_approved)

        self.state_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.mine_only.toggled.connect(lambda _c: self.reload())
        for box in (self.account_filter, self.category_filter, self.priority_filter, self.age_filter,
                    self.reviewer_filter):
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.table_area.selection_changed.connect(self.on_area_selection_changed)
        self.model.loaded.connect(self.on_model_loaded)
        self.edit.textChanged.connect(self.on_edit_text_changed)
        self.approve_button.clicked.connect(self.on_approve_clicked)
        self.reject_button.clicked.connect(self.on_reject_clicked)
        self.skip_button.clicked.connect(lambda: self.table_area.move_selection(1))
        self.reassign_button.clicked.connect(self.on_reassign_clicked)
        self.undo_button.clicked.connect(lambda: self.undo(self.table_area.selected_ids()))
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.send_button.clicked.connect(self.on_send_clicked)
        self.undo_bar.undo_clicked.connect(self.undo)
        self.undo_bar.window_closed.connect(self.send_approved)
        ctx.tracker.did_execute.connect(self.on_did_execute)

        self._keys: list[QtGui.QShortcut] = []
        move = self.table_area.move_selection
        for key, slot in (("A", self.on_approve_clicked), ("R", self.on_reject_clicked), ("S", lambda: move(1)),
                          ("J", lambda: move(1)), ("K", lambda: move(-1)), ("E", self.focus_editor)):
            sc = shortcut(key, self.table_area.table, slot)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)  # typing "a" in the editor must not approve
            self._keys.append(sc)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            sc = shortcut(keys, self.edit, self.on_approve_clicked)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            self._keys.append(sc)
        self._keys.append(shortcut("Ctrl+Z", self, lambda: self.undo(self.undo_bar.ids())))
        self._keys[-1].setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        permit(self.send_button, self.is_leader, LEADER_ONLY)
        self.on_area_selection_changed(None)
        self.reload()
        self.schedule_send()

    # -- data ---------------------------------------------------------------------------------------
    def desk_filter(self) -> DeskFilter:
        priority = self.priority_filter.currentData()
        return DeskFilter(account_uid=self.account_filter.currentData() or "",
                          category=self.category_filter.currentData() or "",
                          priority=priority if isinstance(priority, int) and priority else None,
                          age=self.age_filter.currentData() or "",
                          reviewer=(self.me if self.mine_only.isChecked() else self.reviewer_filter.currentData() or ""))

    def _fetch_ids(self, key: str, descending: bool) -> Callable[[], list[int]]:
        states: Sequence[str] = self.state_filter.currentData() or ("waiting_review",)  # GUI thread
        f = self.desk_filter()
        inbox = self.inbox

        def fetch() -> list[int]:
            # Plain-data snapshots swapped in whole; the worker touches no widget.
            now = datetime.now(UTC)
            rows = inbox.replies.desk(states)
            shown = filter_rows(rows, f, now)
            self._all = rows
            self._counts = filter_counts(rows, f, now)
            self._drafts = {r.id: r.draft for r in shown}
            self._reviewers = {r.id: r.reviewers for r in rows}
            self._waiting = {w.draft_id: w.who for w in inbox.replies.waiting_on()}
            return [r.id for r in shown]

        return fetch

    def _fetch_rows(self, ids: Sequence[int]) -> list[ReplyDraft]:
        drafts = self._drafts
        return [drafts[i] for i in ids if i in drafts]

    def _count_text(self, n: int) -> str:
        return tr("{n} of {total} replies", n=n, total=len(self._all))

    def reload(self) -> None:
        self.model.reload()

    def on_did_execute(self, areas: frozenset[Change]) -> None:
        if Change.INBOX in areas or Change.ACCOUNTS in areas or Change.TEAM in areas:
            self.model.refresh()  # a burst of changes (a sync's pages) refreshes once at a time

    def on_model_loaded(self) -> None:
        self.banner.show_text("" if self.is_leader or not self.model.rowCount() else tr(
            "You can read the queue; a leader approves or rejects each reply."))
        accounts = sorted({(r.draft.account_name or r.draft.account_uid, r.draft.account_uid) for r in self._all})
        self.account_filter.set_choices(accounts)
        self.reviewer_filter.set_choices(sorted({(n, n) for r in self._all for n in r.reviewers}))
        for name, box in (("account_uid", self.account_filter), ("category", self.category_filter),
                          ("priority", self.priority_filter), ("age", self.age_filter),
                          ("reviewer", self.reviewer_filter)):
            box.show_counts(self._counts.get(name, Counter()))
        self.table_area._show_counts()

    # -- the editor: never loses what a person typed ---------------------------------------------
    def editor_text_for(self, d: ReplyDraft) -> str:
        """What the editor shows for a draft: this session's unsent edit, else the one saved in the
        database (the same person's, or anyone's while it waits), else the draft's own text."""
        if d.id in self._edits:
            return self._edits[d.id]
        return d.pending_edit or d.text

    def on_edit_text_changed(self) -> None:
        if self._filling or self._shown_id is None or not self.is_leader:
            return
        self._edits[self._shown_id] = self.edit.toPlainText()
        self._save_timer.start()

    def save_edit_now(self) -> None:
        """Write the unsent edits to the database (a revision on each draft); called after a pause in
        typing, on switching drafts and on leaving the area."""
        self._save_timer.stop()
        edits = {i: t for i, t in self._edits.items()
                 if (d := self._drafts.get(i)) is None or d.state == "waiting_review"}
        if not edits or not self.is_leader:
            return

        def save(job: Job) -> None:
            for draft_id, text in edits.items():
                self.inbox.replies.save_edit(draft_id, text)

        Op(self.ctx.host, self, save).writes().on_failure(lambda exc: None).run()

    def hideEvent(self, event: QtGui.QHideEvent) -> None:
        self.save_edit_now()  # a switch of area: the edit is in the database before anything else
        super().hideEvent(event)

    def focus_editor(self) -> None:
        if self.is_leader:
            self.edit.setFocus()
            self.edit.moveCursor(QtGui.QTextCursor.MoveOperation.End)

    def on_area_selection_changed(self, d: ReplyDraft | None) -> None:
        selected = self.table_area.selected_items()
        waiting = [x for x in selected if x.state == "waiting_review"]
        now = datetime.now(UTC)
        permit(self.approve_button, self.is_leader, LEADER_ONLY, bool(waiting) and len(waiting) == len(selected))
        permit(self.reject_button, self.is_leader, LEADER_ONLY, bool(waiting) and len(waiting) == len(selected))
        permit(self.reassign_button, self.can_reassign, (MemberRole.LEADER, MemberRole.ADMIN), bool(waiting))
        permit(self.undo_button, self.is_leader, LEADER_ONLY, any(x.in_undo_window(now) for x in selected))
        permit(self.delete_button, self.is_leader, LEADER_ONLY, d is not None and d.state == "sent")
        self.approve_button.setText(tr("Approve {n} (A)", n=len(selected)) if len(selected) > 1 else tr("Approve (A)"))
        self.reject_button.setText(tr("Reject {n}… (R)", n=len(selected)) if len(selected) > 1 else tr("Reject… (R)"))
        self.skip_button.setEnabled(d is not None)
        if d is None:
            self._show_in_editor(None)
            self.comment.setText("")
            self.suggestion.setPlainText("")
            self.issues.setText("")
            self.waiting_label.setText("")
            return
        self.comment.setText(tr("{author} wrote: {text}", author=d.author_name, text=d.item_text))
        self.suggestion.setPlainText(d.suggested_text)
        self._show_in_editor(d)
        zh = language() != "en"
        self.issues.setText("\n".join("⚠ " + str(i.get("message_zh") if zh else i.get("message_en"))
                                      for i in d.tone_issues))
        who = self._waiting.get(d.id, ())
        text = tr("Waiting on: {names}", names="、".join(who)) if who else draft_state_label(d.state)
        if d.reject_reason:
            text += " · " + tr("Rejected: {reason}", reason=d.reject_reason)
        if d.deleted_by:
            text += " · " + tr("Deleted by {who}", who=d.deleted_by)
        if d.error:
            text += " · " + d.error
        self.waiting_label.setText(text)

    def _show_in_editor(self, d: ReplyDraft | None) -> None:
        new_id = None if d is None else d.id
        if new_id == self._shown_id and d is not None:
            # The same draft again (a refresh): the editor keeps what is in it, cursor and all.
            self.edit.setReadOnly(not self.is_leader or d.state != "waiting_review")
            return
        if self._shown_id is not None and self._shown_id in self._edits:
            self.save_edit_now()
        self._shown_id = new_id
        self._filling = True
        try:
            self.edit.setPlainText("" if d is None else self.editor_text_for(d))
        finally:
            self._filling = False
        self.edit.setReadOnly(d is None or not self.is_leader or d.state != "waiting_review")
        note = ""
        if d is not None and d.pending_edit and d.id not in self._edits:
            note = tr("Unsent edit by {who}, kept from before", who=d.pending_edit_by or "?")
        self.edit_note.setText(note)

    # -- actions ------------------------------------------------------------------------------------
    def _next_after(self, ids: Sequence[int]) -> int | None:
        """The id of the row after the acted ones (the one before at the end of the list)."""
        rows = [r for r in (self.model.row_of(i) for i in ids) if r is not None]
        if not rows:
            return None
        acted = set(ids)
        for r in [*range(max(rows) + 1, self.model.rowCount()), *range(min(rows) - 1, -1, -1)]:
            i = self.model.id_at(r)
            if i is not None and i not in acted:
                return i
        return None

    def _texts(self, drafts: Sequence[ReplyDraft]) -> dict[int, str]:
        texts = {d.id: self.editor_text_for(d) for d in drafts}
        if self._shown_id in texts:
            texts[self._shown_id] = self.edit.toPlainText()
        return texts

    def on_approve_clicked(self) -> None:
        drafts = [d for d in self.table_area.selected_items() if d.state == "waiting_review"]
        if not drafts or not self.is_leader:
            return
        texts = self._texts(drafts)
        if len(drafts) == 1:
            self.approve(drafts, texts)
            return
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, tr("Approve replies"),
                                    tr("Approve {n} replies? They are sent after the undo window.", n=len(drafts)),
                                    QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
                                    self)
        box.setInformativeText("\n".join(f"→ {d.author_name}（{d.account_name or d.account_uid}）：{texts[d.id]}"
                                         for d in drafts[:12]) + ("\n…" if len(drafts) > 12 else ""))
        box.setDetailedText("\n\n".join(f"→ {d.author_name}（{d.account_name or d.account_uid}）\n{texts[d.id]}"
                                        for d in drafts))
        box.buttonClicked.connect(lambda b: self.approve(drafts, texts)
                                  if box.standardButton(b) == QtWidgets.QMessageBox.StandardButton.Yes else None)
        self._confirm = box
        box.open()

    def approve(self, drafts: Sequence[ReplyDraft], texts: Mapping[int, str]) -> None:
        """Approve these drafts with these texts (one transaction), then move on to the next one."""
        ids = [d.id for d in drafts]
        if self._approving == ids:
            return  # the confirmation's two signals
        self._approving = ids
        nxt = self._next_after(ids)
        edits = {i: texts.get(i) for i in ids}
        versions = {d.id: d.version for d in drafts}  # a draft another reviewer changed since is refused

        def approved(result: list[ReplyDraft]) -> None:
            self._approving = None
            for i in ids:
                self._edits.pop(i, None)
            self.undo_bar.add(result)
            status_message(self, tr("{n} replies approved; Undo takes them back until they are sent", n=len(result)))
            self.schedule_send()

        def failed(exc: Exception) -> None:
            self._approving = None
            show_error(self, exc)

        if nxt is not None:
            self.table_area.select_id(nxt)
        (Op(self.ctx.host, self, lambda job: self.inbox.replies.approve_many(ids, edits, versions)).writes()
         .on_success(approved).on_failure(failed).changes(Change.INBOX).run())

    def undo(self, ids: Sequence[int]) -> None:
        ids = [i for i in ids if i in set(self.undo_bar.ids()) or (
            (d := self._drafts.get(i)) is not None and d.in_undo_window(datetime.now(UTC)))]
        if not ids:
            return

        def done(taken: list[int]) -> None:
            self.undo_bar.remove(taken)
            self.table_area.select_ids(taken)  # back on what was taken back, ready for the keys
            self.table_area.table.setFocus()
            status_message(self, tr("{n} approvals taken back; nothing was sent", n=len(taken)))

        (Op(self.ctx.host, self, lambda job: self.inbox.replies.undo_approval(ids)).writes().on_success(done)
         .changes(Change.INBOX).run())

    def on_reject_clicked(self) -> None:
        drafts = [d for d in self.table_area.selected_items() if d.state == "waiting_review"]
        if not drafts or not self.is_leader:
            return
        dialog = reject_dialog(self)
        if len(drafts) > 1:
            dialog.setLabelText(tr("Why are these {n} replies rejected? The writers read it.", n=len(drafts)))
        dialog.textValueSelected.connect(lambda reason: self.reject([d.id for d in drafts], reason))
        self._reject_dialog = dialog
        dialog.open()

    def reject_selected(self, reason: str) -> None:
        self.reject(self.table_area.selected_ids(), reason)

    def reject(self, ids: Sequence[int], reason: str) -> None:
        versions = {i: d.version for i in ids if (d := self._drafts.get(i)) is not None}
        nxt = self._next_after(ids)
        if nxt is not None:
            self.table_area.select_id(nxt)
        (Op(self.ctx.host, self, lambda job: self.inbox.replies.reject_many(ids, reason, versions)).writes()
         .on_success(lambda _r: status_message(self, tr("Rejected; it will not be sent"))).changes(Change.INBOX).run())

    def on_reassign_clicked(self) -> None:
        ids = [d.id for d in self.table_area.selected_items() if d.state == "waiting_review"]
        if not ids:
            return
        leaders = [r for rs in self._reviewers.values() for r in rs]
        names = [tr("(the team's routing)"), *sorted(set(leaders) | set(self._leader_names()))]
        name, ok = QtWidgets.QInputDialog.getItem(self, tr("Reassign"), tr("Who reviews these replies?"), names, 0,
                                                  False)
        if ok:
            self.reassign(ids, "" if name == names[0] else name)

    def _leader_names(self) -> list[str]:
        return list(self.inbox.replies.leaders())

    def reassign(self, ids: Sequence[int], reviewer: str) -> None:
        (Op(self.ctx.host, self, lambda job: self.inbox.replies.reassign(ids, reviewer)).writes()
         .on_success(lambda _r: status_message(self, tr("Reassigned to {who}", who=reviewer or tr("the team's routing"))))
         .changes(Change.INBOX).run())

    def on_delete_clicked(self) -> None:
        d = self.table_area.selected()
        if d is None or d.state != "sent":
            return
        dialog = QtWidgets.QInputDialog(self)
        dialog.setWindowTitle(tr("Delete this reply"))
        dialog.setLabelText(tr("The reply to {author} is removed from Weibo (the fan may have seen it already) and "
                               "goes back to the queue. Why?", author=d.author_name))
        dialog.textValueSelected.connect(lambda reason: self.delete_sent(d, reason))
        self._delete_dialog = dialog
        dialog.open()

    def delete_sent(self, d: ReplyDraft, reason: str) -> None:
        def fn(job: Job) -> int:
            return self.inbox.replies.delete_sent(d.id, reason, cancel=job.cancel)

        (Op(self.ctx.host, self, fn).on_network(d.account_uid).with_progress(tr("Deleting the reply"))
         .on_success(lambda _n: status_message(self, tr("The reply was deleted from Weibo; the item is back in the queue")))
         .changes(Change.INBOX).run())

    def schedule_send(self) -> None:
        """Send what is due now, and come back when the next approval leaves its undo window."""
        def planned(when: datetime | None) -> None:
            if when is not None:
                ms = int((when - datetime.now(UTC)).total_seconds() * 1000) + 300
                self._send_timer.start(max(ms, 300))

        self.send_approved()
        Op(self.ctx.host, self, lambda job: self.inbox.replies.next_send_at()).on_success(planned).run()

    def on_send_clicked(self) -> None:
        self.send_approved(say_nothing_to_send=True)

    def send_approved(self, say_nothing_to_send: bool = False) -> None:
        """One op per account on that account's network queue, so its calls never race."""
        def start(uids: list[str]) -> None:
            if not uids and say_nothing_to_send:
                status_message(self, tr("Nothing to send: no approved reply is due"))
            for uid in uids:
                def fn(job: Job, uid: str = uid) -> SendReport:
                    return self.inbox.replies.send_approved([uid], progress=job.progress, cancel=job.cancel)

                (Op(self.ctx.host, self, fn).on_network(uid).with_progress(tr("Sending approved replies"))
                 .cancellable().on_success(self.on_sent).changes(Change.INBOX).run())

        Op(self.ctx.host, self, lambda job: self.inbox.replies.pending_send_uids()).on_success(start).run()

    def on_sent(self, report: SendReport) -> None:
        if report.sent or report.failed:
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
        ctx.tracker.did_execute.connect(lambda areas: None if not alive(self) else self.model.reload() if Change.MANUAL in areas else None)
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
    """The Review area as tabs: the desk of replies, customer-service tickets, the answer manual and the
    review and deadline settings. `show_tab(name)` opens one ("replies", "tickets", "manual", "settings")."""

    area = "review"
    TABS = ("replies", "tickets", "manual", "settings")

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        from matrix_desktop.ui.inbox.settings import InboxSettings
        from matrix_desktop.ui.inbox.tickets import TicketList

        self.queue = ReviewQueue(ctx)
        self.tickets = TicketList(ctx)
        self.manual = ManualEditor(ctx)
        self.settings = InboxSettings(ctx)
        self.addTab(self.queue, tr("Replies"))
        self.addTab(self.tickets, tr("Customer service"))
        self.addTab(self.manual, tr("Answer manual"))
        self.addTab(self.settings, tr("Deadlines and review"))

    def show_tab(self, name: str) -> bool:
        if name not in self.TABS:
            return False
        self.setCurrentIndex(self.TABS.index(name))
        return True
