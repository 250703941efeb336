"""The Inbox area: every comment and mention of the matrix, newest first, filtered in SQL, triaged from the
keyboard, with the conversation and the suggested reply beside the list."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import Any

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.core.accounts import AccountQuery
from matrix_desktop.core.changes import Change
from matrix_desktop.core.inbox.records import Conversation, DraftState, InboxItem, InboxQuery
from matrix_desktop.services.inbox.triage import InboxPages
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import language, tr
from matrix_desktop.ui.inbox.common import (
    CATEGORIES,
    STATUSES,
    category_colour,
    category_label,
    draft_state_label,
    status_label,
)
from matrix_desktop.ui.inbox.dialogs import ChecklistDialog
from matrix_desktop.ui.inbox.reasons import needs_look, no_entry_fits, reasons_label
from matrix_desktop.ui.ops import Op
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets, Signal, alive
from matrix_desktop.ui.tablearea import TableArea
from matrix_desktop.ui.tablemodel import Column, LazyTableModel
from matrix_desktop.ui.widgets import Banner, SearchBox, filter_box, shortcut, status_message

Qt = QtCore.Qt
RED = QtGui.QColor("#c50f1f")


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%m-%d %H:%M") if moment else ""


def _author(i: InboxItem) -> str:
    v = " V" if i.author_verified else ""
    return f"{i.author_name}{v} · {i.author_followers:,}"


def inbox_columns() -> list[Column[InboxItem]]:
    now = lambda: datetime.now(UTC)  # noqa: E731
    # The words are translated once for the column set, not once per cell painted.
    categories = {c: category_label(c) for c in CATEGORIES}
    colours = {c: category_colour(c) for c in CATEGORIES}
    statuses = {s: status_label(s) for s in STATUSES}
    verified = tr("Verified")
    return [
        Column("created_at", tr("Time"), lambda i: _when(i.created_at)),
        Column("account_uid", tr("Account"), lambda i: i.account_name),
        Column("author_name", tr("Author (followers)"), _author,
               tooltip=lambda i: verified if i.author_verified else ""),
        Column("category", tr("Category"), lambda i: categories.get(i.category) or category_label(i.category),
               background=lambda i: colours.get(i.category) or category_colour(i.category),
               tooltip=lambda i: reasons_label(i.reasons)),
        Column("priority", tr("Priority"), lambda i: f"P{i.priority}"),
        Column("status", tr("Status"), lambda i: statuses.get(i.status) or status_label(i.status)),
        Column("due_at", tr("Reply by"), lambda i: _when(i.due_at),
               foreground=lambda i: RED if i.overdue(now()) else None),
        Column("text", tr("Comment"), lambda i: i.text.replace("\n", " "), sortable=False,
               tooltip=lambda i: i.text),
    ]


def waiting_review_count(services: AppServices) -> int:
    """The Review badge: replies waiting for a leader."""
    return len(services.inbox.replies.drafts(("waiting_review",)))


def crisis_count(services: AppServices) -> int:
    """The Inbox badge: crisis signals nobody acknowledged yet."""
    return services.inbox.triage.alert_count()


class InboxView(QtWidgets.QWidget):
    """The inbox list, its filters, keyboard triage and the conversation pane.

    Signals:
        banner_requested(str): the window-wide banner should show this text ('' hides it): crisis alerts.
    """

    area = "inbox"
    banner_requested = Signal(str)

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inbox = ctx.services.inbox
        self.conversation: Conversation | None = None
        self._alerted: set[int] = set()
        self._alerts_asked = False
        self._alerts_stale = False
        self._alerts_due = False  # the alerts are asked again once the rows being read have arrived
        self.tray: QtWidgets.QSystemTrayIcon | None = None

        self.account_filter = filter_box([(tr("All accounts"), "")])  # the accounts arrive later
        self.category_filter = filter_box([(tr("All categories"), ""), *((category_label(c), c) for c in CATEGORIES)])
        self.status_filter = filter_box([(tr("Open items"), "open"), (tr("All statuses"), ""),
                                         *((status_label(s), s) for s in STATUSES)])
        self.author_filter = SearchBox(tr("Author"))
        self.author_filter.setMaximumWidth(140)
        self.search = SearchBox(tr("Search the text, Chinese works (Ctrl+F)"))
        self.overdue_only = QtWidgets.QCheckBox(tr("Overdue only"))
        self.mine_only = QtWidgets.QCheckBox(tr("Assigned to me"))
        self.banner = Banner(self, "danger")
        self.checklist_button = QtWidgets.QPushButton(tr("Escalation checklist…"))
        self.ack_button = QtWidgets.QPushButton(tr("Acknowledge"))
        alert_bar = QtWidgets.QHBoxLayout()
        alert_bar.addWidget(self.banner, 1)
        alert_bar.addStretch(1)
        alert_bar.addWidget(self.checklist_button)
        alert_bar.addWidget(self.ack_button)
        self.checklist_button.hide()
        self.ack_button.hide()

        # Paged: a million-item inbox shows its first screen at once and never holds a million ids.
        self.model: LazyTableModel[InboxItem] = LazyTableModel.paged(
            ctx.host, inbox_columns(), self._fetch_pages, lambda i: i.id, self)
        self.table_area: TableArea[InboxItem] = TableArea(
            self.model, widths=(82, 96, 140, 48, 44, 72, 82), sort=(0, Qt.SortOrder.DescendingOrder),
            count_text=lambda n: tr("{n} items", n=n), select_first=True)
        for w in (self.account_filter, self.category_filter, self.status_filter, self.author_filter):
            self.table_area.add_filter(w)
        self.table_area.add_filter(self.search, 1)
        self.table_area.add_filter(self.overdue_only)
        self.table_area.add_filter(self.mine_only)

        self.detail = QtWidgets.QTextBrowser()
        self.detail.setOpenExternalLinks(True)
        self.editor = QtWidgets.QPlainTextEdit()
        self.editor.setPlaceholderText(tr("Edit the suggestion or write a reply; a leader reviews it before it is sent"))
        self.editor.setMaximumHeight(110)
        self._editor_item: int | None = None  # the item whose reply the editor holds
        self._typed: dict[int, str] = {}  # replies typed and not submitted yet, by item
        self._refresh_held = False  # the data changed while a reply was typed (see on_did_execute)
        # When no manual entry fits, the pane says so and offers the composer instead of a wrong answer.
        self.no_entry_label = QtWidgets.QLabel(tr("No manual entry fits — write one"))
        self.no_entry_label.setStyleSheet("color: #8a6100; font-weight: bold")
        self.write_button = QtWidgets.QPushButton(tr("Write a reply (R)"))
        self.write_button.setToolTip(tr("Write the reply yourself; a leader reviews it before it is sent"))
        prompt = QtWidgets.QHBoxLayout()
        prompt.addWidget(self.no_entry_label, 1)
        prompt.addWidget(self.write_button)
        self.no_entry_label.hide()
        self.write_button.hide()
        self.submit_button = QtWidgets.QPushButton(tr("Submit for review"))
        self.assign_button = QtWidgets.QPushButton(tr("Assign to me (A)"))
        self.route_button = QtWidgets.QPushButton(tr("To customer service (E)"))
        self.copy_button = QtWidgets.QPushButton(tr("Copy ticket"))
        self.close_button = QtWidgets.QPushButton(tr("Close item"))
        buttons = QtWidgets.QHBoxLayout()
        for b in (self.submit_button, self.assign_button, self.route_button, self.copy_button, self.close_button):
            buttons.addWidget(b)
        pane = QtWidgets.QWidget()
        pl = QtWidgets.QVBoxLayout(pane)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.detail, 1)
        pl.addLayout(prompt)
        pl.addWidget(self.editor)
        pl.addLayout(buttons)
        self.table_area.set_side(pane, (3, 2))
        help_label = QtWidgets.QLabel(tr("Keys: J/K or ↓/↑ move · 1–6 category · A assign to me · R reply · "
                                         "E customer service"))
        help_label.setStyleSheet("color: #666")
        self.table_area.add_footer(help_label)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(alert_bar)
        layout.addWidget(self.table_area, 1)

        for combo in (self.account_filter, self.category_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.searched.connect(lambda _t: self.reload())
        self.author_filter.searched.connect(lambda _t: self.reload())
        self.overdue_only.toggled.connect(lambda _b: self.reload())
        self.mine_only.toggled.connect(lambda _b: self.reload())
        self.table_area.selection_changed.connect(lambda _item: self.on_area_selection_changed())
        self.submit_button.clicked.connect(self.on_submit_clicked)
        self.write_button.clicked.connect(self.on_write_clicked)
        self.assign_button.clicked.connect(self.assign_to_me)
        self.route_button.clicked.connect(self.route_to_cs)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.close_button.clicked.connect(self.on_close_clicked)
        self.checklist_button.clicked.connect(self.on_checklist_clicked)
        self.ack_button.clicked.connect(self.on_ack_clicked)
        ctx.tracker.did_execute.connect(self.on_did_execute)

        shortcut(QtGui.QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self._keys: list[QtGui.QShortcut] = []
        move = self.table_area.move_selection
        for key, slot in (("J", lambda: move(1)), ("K", lambda: move(-1)), ("A", self.assign_to_me),
                          ("R", self.editor.setFocus), ("E", self.route_to_cs)):
            self._table_key(key, slot)
        for n, cat in enumerate(CATEGORIES, start=1):
            self._table_key(str(n), lambda cat=cat: self.set_category(cat))
        self.on_area_selection_changed()
        self._load_accounts()
        # Queued: the alerts are asked after whoever waits for the rows has had them.
        self.model.loaded.connect(self._on_rows_loaded, Qt.ConnectionType.QueuedConnection)
        if self.model.loading:  # the table area's sort has already asked for the first screen
            self._show_empty_text()
            self._alerts_due = True
        else:
            self.reload()

    def _table_key(self, key: str, slot: object) -> None:
        # Only while the list has focus: typing "1" in the search box must not recategorise an item.
        sc = shortcut(key, self.table_area.table, slot)  # type: ignore[arg-type]
        sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._keys.append(sc)

    # -- data ---------------------------------------------------------------------------------------
    def query(self, sort: str | None = None, descending: bool | None = None) -> InboxQuery:
        status = self.status_filter.currentData()
        statuses = frozenset({"new", "triaged", "waiting_review", "routed"}) if status == "open" else (
            frozenset({status}) if status else frozenset())
        cat = self.category_filter.currentData()
        return InboxQuery(
            account_uid=self.account_filter.currentData() or "", categories=frozenset({cat}) if cat else frozenset(),
            statuses=statuses, author=self.author_filter.text(), text=self.search.text(),
            assignee=self.ctx.services.actor.name if self.mine_only.isChecked() else "",
            overdue_at=datetime.now(UTC) if self.overdue_only.isChecked() else None,
            sort=sort or self.model.sort_key,
            descending=self.model.descending if descending is None else descending)

    def _fetch_pages(self, key: str, descending: bool) -> InboxPages:
        return self.inbox.triage.pages(self.query(key, descending))  # the filters read here, on the GUI thread

    def _load_accounts(self) -> None:
        def arrived(accounts: list[tuple[str, str]]) -> None:
            for uid, name in accounts:
                self.account_filter.addItem(name, uid)

        Op(self.ctx.host, self, lambda job: [(a.uid, a.screen_name) for a in
                                             self.ctx.services.registry.search(AccountQuery())]).on_success(
            arrived).run()

    def reload(self) -> None:
        # The rows' query first; what is not the first screen (the empty hint, the crisis alerts, the
        # count) follows, the alerts once the rows are in, so no other worker competes with their read.
        self.model.reload()
        self._show_empty_text()
        self._alerts_due = True

    def _show_empty_text(self) -> None:
        filtered = bool(self.account_filter.currentIndex() or self.category_filter.currentIndex()
                        or self.status_filter.currentIndex() or self.author_filter.text() or self.search.text()
                        or self.overdue_only.isChecked() or self.mine_only.isChecked())
        self.table_area.set_empty_text(tr("No item matches the filters") if filtered else
                                       tr("Inbox zero: every comment and mention is handled"))

    def _on_rows_loaded(self) -> None:
        if self._alerts_due:
            self._alerts_due = False
            self.refresh_alerts()

    def refresh_alerts(self) -> None:
        """Ask for the crisis alerts again; while a question is out, at most one more follows it."""
        if self._alerts_asked:
            self._alerts_stale = True
            return
        self._alerts_asked = True

        def answered(summary: tuple[Any, ...]) -> None:
            self.on_alerts(*summary)
            settled()

        def settled() -> None:
            self._alerts_asked = False
            if self._alerts_stale:
                self._alerts_stale = False
                self.refresh_alerts()

        Op(self.ctx.host, self, lambda job: self.inbox.triage.alert_summary()).on_success(answered).on_failure(
            lambda exc: settled()).run()

    def on_did_execute(self, areas: frozenset[Change]) -> None:
        if Change.INBOX in areas:
            if self._writing():
                # A reply is being typed: the list waits instead of moving under the person. A sync that
                # brought a screenful of newer items pushed the item being answered off the first screen,
                # and the selection (and the composer) jumped to whichever item took its row.
                self._refresh_held = True
                self.refresh_alerts()
                return
            # The data changed, not the filters: a burst of changes (a sync's pages) refreshes once at a time.
            self.model.refresh()
            if self.model.loading:
                self._alerts_due = True
            else:
                self.refresh_alerts()

    def selected_id(self) -> int | None:
        item_id: int | None = self.table_area.selected_id()
        return item_id

    def _writing(self) -> bool:
        """A reply typed for the selected item and not submitted yet."""
        return (self._editor_item is not None and self._editor_item == self.selected_id()
                and self.editor.document().isModified())

    def _release_refresh(self) -> None:
        """The refresh held while a reply was typed, once the person moved on (another item, submitted)."""
        if self._refresh_held and not self._writing():
            self._refresh_held = False
            self.model.refresh()

    def on_area_selection_changed(self) -> None:
        # By id: the conversation needs only the id, not the row's data.
        item_id = self.selected_id()
        if self._refresh_held and item_id != self._editor_item:
            QtCore.QTimer.singleShot(0, self._release_refresh)  # after this selection settles
        for b in (self.submit_button, self.assign_button, self.route_button, self.copy_button, self.close_button):
            b.setEnabled(item_id is not None)
        if item_id is None:
            self.conversation = None
            self._show_write_prompt(False)
            self.detail.setHtml(f"<p style='color:#888'>{tr('Select an item')}</p>")
            return

        def arrived(conv: Conversation) -> None:
            if self.selected_id() != conv.item.id:
                return
            self.conversation = conv
            self.detail.setHtml(conversation_html(conv))
            self._fill_editor(conv)
            self._show_write_prompt(needs_writing(conv))

        def ask() -> None:
            if alive(self) and self.selected_id() == item_id:
                Op(self.ctx.host, self, lambda job: self.inbox.triage.conversation(item_id)).on_success(
                    arrived).run()

        # Asked on the next turn of the event loop: a selection made while the first screen lands must
        # not start a worker (that takes the interpreter lock) before the screen is shown.
        QtCore.QTimer.singleShot(0, ask)

    def _fill_editor(self, conv: Conversation) -> None:
        """The reply editor shows the waiting draft, unless the person is writing one for this item: a
        refresh (a sync landing) must never replace what is being typed, and switching items keeps it."""
        if self._editor_item is not None and self.editor.document().isModified():
            self._typed[self._editor_item] = self.editor.toPlainText()
        if conv.item.id == self._editor_item and self.editor.document().isModified():
            return
        waiting = [d for d in conv.drafts if d.state == "waiting_review"]
        self._editor_item = conv.item.id
        typed = self._typed.get(conv.item.id)
        self.editor.setPlainText(typed if typed is not None else (waiting[-1].text if waiting else ""))
        self.editor.document().setModified(typed is not None)

    def _show_write_prompt(self, show: bool) -> None:
        self.no_entry_label.setVisible(show)
        self.write_button.setVisible(show)
        self.editor.setPlaceholderText(
            tr("No manual entry fits: write the reply here; a leader reviews it before it is sent") if show
            else tr("Edit the suggestion or write a reply; a leader reviews it before it is sent"))

    # -- actions ------------------------------------------------------------------------------------
    def on_write_clicked(self) -> None:
        self.editor.setFocus()
    def _write(self, fn: object, done: str) -> None:
        Op(self.ctx.host, self, fn).writes().on_success(  # type: ignore[arg-type]
            lambda _r: status_message(self, done)).changes(Change.INBOX).run()

    def set_category(self, category: str) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self._write(lambda job: self.inbox.triage.correct_category(item_id, category),
                        tr("Category set to {c}; the triage remembers it", c=category_label(category)))

    def assign_to_me(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            me = self.ctx.services.actor.name
            self._write(lambda job: self.inbox.triage.assign(item_id, me), tr("Assigned to {name}", name=me))

    def route_to_cs(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self._write(lambda job: self.inbox.customer_service.route_to_cs(item_id),
                        tr("Handed to customer service; export or copy the ticket"))

    def on_copy_clicked(self) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return

        def copied(text: str) -> None:
            QtWidgets.QApplication.clipboard().setText(text)
            status_message(self, tr("Ticket copied"))

        Op(self.ctx.host, self, lambda job: self.inbox.customer_service.ticket_text(item_id)).on_success(copied).run()

    def on_close_clicked(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self._write(lambda job: self.inbox.triage.close(item_id), tr("Item closed"))

    def on_submit_clicked(self) -> None:
        item_id = self.selected_id()
        text = self.editor.toPlainText().strip()
        if item_id is None or not text:
            return
        self._typed.pop(item_id, None)  # submitted: the waiting draft now holds it
        self.editor.document().setModified(False)
        self._release_refresh()
        self._write(lambda job: self.inbox.replies.write_reply(item_id, text),
                    tr("Reply submitted; it waits for a leader's review"))

    # -- crisis alerts ------------------------------------------------------------------------------
    def on_alerts(self, total: int, alerts: list[InboxItem]) -> None:
        """`total` unacknowledged crisis items, the newest of them in `alerts`."""
        self.alerts = alerts
        text = tr("{n} crisis signal(s) need attention now — latest: {text}", n=total,
                  text=alerts[0].text[:60]) if alerts else ""
        # In the main window the window-wide banner says it; here only the actions stay.
        in_window = isinstance(getattr(self.window(), "banner", None), Banner)
        self.banner.show_text("" if in_window else text)
        self.checklist_button.setVisible(bool(alerts))
        self.ack_button.setVisible(bool(alerts))
        self.banner_requested.emit(text)
        fresh = [a for a in alerts if a.id not in self._alerted]
        self._alerted.update(a.id for a in alerts)
        if fresh and QtWidgets.QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QtWidgets.QSystemTrayIcon(self.windowIcon(), self)
                self.tray.show()
            self.tray.showMessage(tr("Crisis signal"), fresh[0].text[:120],
                                  QtWidgets.QSystemTrayIcon.MessageIcon.Critical, 15000)

    def on_checklist_clicked(self) -> None:
        alerts = getattr(self, "alerts", [])
        if alerts:
            self._checklist = ChecklistDialog(self, alerts[0].text)
            self._checklist.open()

    def on_ack_clicked(self) -> None:
        alerts = list(getattr(self, "alerts", []))
        if alerts:
            newest = max(a.id for a in alerts)
            Op(self.ctx.host, self, lambda job: self.inbox.triage.acknowledge_all(newest)).writes().changes(
                Change.INBOX).run()


def needs_writing(c: Conversation) -> bool:
    """No manual entry fits this item and nobody has written its reply yet: the pane asks for one."""
    on_its_way = (DraftState.WAITING_REVIEW, DraftState.APPROVED, DraftState.SENDING, DraftState.SENT)
    return no_entry_fits(c.item.reasons) and not any(d.state in on_its_way for d in c.drafts)


def conversation_html(c: Conversation) -> str:
    """The post, the comment, the thread and the replies on their way, as the pane shows them."""
    i = c.item
    esc = html.escape
    zh = language() != "en"
    v = f" <span style='color:#e6a100'>{tr('Verified')}</span>" if i.author_verified else ""
    parts = [
        f"<p style='color:#666'>{esc(tr('Post of {account}', account=i.account_name))}: "
        f"{esc(c.post_text or '—')}</p>",
        f"<p><b>{esc(i.author_name)}</b>{v} · {esc(tr('{n} followers', n=f'{i.author_followers:,}'))} · "
        f"{esc(_when(i.created_at))}<br>{esc(i.text)}</p>",
        f"<p style='color:#666'>{esc(category_label(i.category))} · P{i.priority} · "
        f"{esc(status_label(i.status))}"
        + (f" · {esc(tr('reply by {t}', t=_when(i.due_at)))}" if i.due_at else "")
        + (f" · {esc(tr('assigned to {name}', name=i.assignee))}" if i.assignee else "") + "</p>",
    ]
    if needs_look(i.confidence):
        parts.append(f"<p style='color:#b35900'><b>{esc(tr('Needs a look'))}</b> · "
                     f"{esc(tr('the model is unsure (confidence {c})', c=f'{i.confidence:.2f}'))}</p>")
    if i.reasons:
        parts.append(f"<p style='color:#666'>{esc(tr('Why: {reasons}', reasons=reasons_label(i.reasons)))}</p>")
    if c.thread:
        parts.append(f"<h4>{esc(tr('Conversation'))}</h4>")
        for e in c.thread:
            who = tr("Us") if e.ours else e.author
            colour = "#0b5cad" if e.ours else "#333"
            parts.append(f"<p style='margin-left:16px;color:{colour}'><b>{esc(who)}</b> "
                         f"{esc(_when(e.at))}<br>{esc(e.text)}</p>")
    if c.drafts:
        parts.append(f"<h4>{esc(tr('Replies'))}</h4>")
        for d in c.drafts:
            parts.append(f"<p style='background:#f3f6fa;padding:4px'><b>{esc(draft_state_label(d.state))}</b> "
                         f"({esc(tr('suggested') if d.source == 'suggested' else tr('hand-written'))})<br>"
                         f"{esc(d.text)}</p>")
            if d.edited_text:
                parts.append(f"<p style='color:#666'>{esc(tr('Suggestion before the edit'))}: "
                             f"{esc(d.suggested_text)}</p>")
            if d.reject_reason:
                parts.append(f"<p style='color:#a4262c'>{esc(tr('Rejected: {reason}', reason=d.reject_reason))}</p>")
            for issue in d.tone_issues:
                colour = "#a4262c" if issue.get("level") == "block" else "#8a6100"
                msg = issue.get("message_zh") if zh else issue.get("message_en")
                parts.append(f"<p style='color:{colour}'>⚠ {esc(str(msg))}</p>")
    if c.manual:
        parts.append(f"<h4>{esc(tr('From the answer manual'))}</h4>")
        for a in c.manual:
            parts.append(f"<p style='color:#555'>[{esc(a.key)} · {esc(a.department)}] <b>{esc(a.question)}</b>"
                         f"<br>{esc(a.answer)}</p>")
    if c.ticket:
        status = {"open": tr("open"), "in_progress": tr("in progress"), "done": tr("done")}.get(
            c.ticket.status, c.ticket.status)
        parts.append(f"<p style='color:#0b5cad'>"
                     f"{esc(tr('Customer service ticket #{id}: {status}', id=c.ticket.id, status=status))}</p>")
    return "".join(parts)
