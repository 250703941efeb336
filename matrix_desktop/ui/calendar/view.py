"""The content calendar area: the month or week grid across the matrix or for one account, and beside it
the composer with the account's style guide and the live checks."""

from __future__ import annotations

import html
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from matrix_desktop.core.accounts import Account, AccountQuery
from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.publishing import EDITABLE_STATES, TZ, Column, Hit, PlannedPost, PostState
from matrix_desktop.core.publishing.calendar import month_weeks, week_of
from matrix_desktop.core.textlen import weibo_length
from matrix_desktop.services.publishing import CalendarView as CalendarData
from matrix_desktop.services.publishing import CheckedPost
from matrix_desktop.ui.calendar.campaigns import CampaignPanel, DrawPanel
from matrix_desktop.ui.calendar.grid import CalendarGrid, column_name, state_name
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import language, tr
from matrix_desktop.ui.ops import Job, Op
from matrix_desktop.ui.qt import QtCore, QtWidgets
from matrix_desktop.ui.widgets import dialog_buttons, permit, status_message

#: Who may plan and edit posts and style guides, and who approves (the publishing services' checks).
PLANNERS = (MemberRole.OPERATOR, MemberRole.LEADER)
APPROVERS = (MemberRole.LEADER,)

Qt = QtCore.Qt
_TZ = ZoneInfo(TZ)


def hits_html(hits: list[Hit]) -> str:
    if not hits:
        return f"<span style='color:#1f7a3a'>✓ {html.escape(tr('No findings: ready for review'))}</span>"
    lang = language()
    rows = []
    for h in hits:
        colour, mark = ("#c0392b", "✗") if h.blocking else ("#9a6a00", "⚠")
        rows.append(f"<div style='color:{colour}; margin-bottom:4px'>{mark} {html.escape(h.message(lang))}</div>")
    return "".join(rows)


class Composer(QtWidgets.QWidget):
    """A post's words, account, column and time, with the account's style guide and the live checks.

    Signals:
        saved(object): a post was created or changed (the `CheckedPost`).
    """

    saved = QtCore.Signal(object)

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.post: PlannedPost | None = None
        self.accounts: list[Account] = []
        self.title = QtWidgets.QLabel(tr("New post"))
        self.title.setStyleSheet("font-weight: bold; font-size: 14px")
        self.account = QtWidgets.QComboBox()
        self.column = QtWidgets.QComboBox()
        for c in Column:
            self.column.addItem(column_name(c), c)
        self.when = QtWidgets.QDateTimeEdit()
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.text = QtWidgets.QPlainTextEdit()
        self.text.setPlaceholderText(tr("Write the post in this account's voice; include the safe-domain link"))
        self.text.setMinimumHeight(90)
        self.count = QtWidgets.QLabel()
        self.checks = QtWidgets.QLabel()
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.note = QtWidgets.QLabel()
        self.note.setWordWrap(True)
        self.guide_title = QtWidgets.QLabel(tr("Style guide"))
        self.guide_title.setStyleSheet("font-weight: bold")
        self.guide = QtWidgets.QTextBrowser()
        self.guide.setMinimumHeight(140)
        self.edit_guide = QtWidgets.QPushButton(tr("Edit style guide…"))
        self.save_button = QtWidgets.QPushButton(tr("Save draft"))
        self.submit_button = QtWidgets.QPushButton(tr("Submit for review"))
        self.approve_button = QtWidgets.QPushButton(tr("Approve"))
        self.reject_button = QtWidgets.QPushButton(tr("Send back…"))
        self.forward_button = QtWidgets.QPushButton(tr("Plan forwarding"))
        #: Why the approve button is off, in words (a blocking check, unsaved words): beside the buttons
        #: and as the button's tooltip, so a leader never wonders why it does not press.
        self.approve_reason = QtWidgets.QLabel()
        self.approve_reason.setWordWrap(True)
        self.approve_reason.setStyleSheet("color: #c0392b")
        self.hits: list[Hit] | None = None
        self.new_button = QtWidgets.QPushButton(tr("New"))
        form = QtWidgets.QFormLayout()
        form.addRow(tr("Account"), self.account)
        form.addRow(tr("Column"), self.column)
        form.addRow(tr("Time"), self.when)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.count)
        layout.addWidget(self.checks)
        layout.addWidget(self.note)
        buttons = QtWidgets.QGridLayout()
        for n, b in enumerate((self.new_button, self.save_button, self.submit_button, self.approve_button,
                               self.reject_button, self.forward_button)):
            buttons.addWidget(b, n // 3, n % 3)
        layout.addLayout(buttons)
        layout.addWidget(self.approve_reason)
        guide_head = QtWidgets.QHBoxLayout()
        guide_head.addWidget(self.guide_title, 1)
        guide_head.addWidget(self.edit_guide)
        layout.addLayout(guide_head)
        layout.addWidget(self.guide, 3)
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.run_checks)
        self.text.textChanged.connect(self.on_input_changed)
        self.when.dateTimeChanged.connect(self.on_input_changed)
        self.column.currentIndexChanged.connect(self.on_input_changed)
        self.account.currentIndexChanged.connect(self.on_account_changed)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.submit_button.clicked.connect(lambda: self._act("submit"))
        self.approve_button.clicked.connect(lambda: self._act("approve"))
        self.reject_button.clicked.connect(self.on_reject_clicked)
        self.forward_button.clicked.connect(self.on_forward_clicked)
        self.new_button.clicked.connect(lambda: self.show_post(None))
        self.edit_guide.clicked.connect(self.on_edit_guide_clicked)
        self.show_post(None)

    # -- filling ------------------------------------------------------------------------------------------
    def set_accounts(self, accounts: list[Account]) -> None:
        self.accounts = accounts
        current = self.account_uid()
        self.account.blockSignals(True)
        self.account.clear()
        for a in accounts:
            self.account.addItem(a.screen_name, a.uid)
        if current:
            self.account.setCurrentIndex(max(0, self.account.findData(current)))
        self.account.blockSignals(False)
        self.on_account_changed()

    def account_uid(self) -> str:
        data = self.account.currentData()
        return str(data) if data else ""

    def when_utc(self) -> datetime:
        qdt = self.when.dateTime()
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=_TZ)

    def set_when(self, at: datetime) -> None:
        local = at.astimezone(_TZ)
        self.when.setDateTime(QtCore.QDateTime(QtCore.QDate(local.year, local.month, local.day),
                                               QtCore.QTime(local.hour, local.minute)))

    def show_post(self, post: PlannedPost | None, hits: list[Hit] | None = None) -> None:
        self.post = post
        for w in (self.account, self.column, self.when, self.text):
            w.blockSignals(True)
        if post is None:
            self.title.setText(tr("New post"))
            self.text.setPlainText("")
            start = datetime.now(_TZ).replace(minute=0, second=0, microsecond=0) + timedelta(hours=2)
            self.set_when(start)
            self.note.setText("")
        else:
            self.title.setText(tr("Post #{id} · {state}", id=post.id, state=state_name(post.state)))
            self.account.setCurrentIndex(max(0, self.account.findData(post.account_uid)))
            self.column.setCurrentIndex(max(0, self.column.findData(post.column)))
            self.set_when(post.at)
            self.text.setPlainText(post.text)
            bits = []
            if post.review_note:
                bits.append(tr("Leader's note: {note}", note=post.review_note))
            if post.answer:
                bits.append(tr("Last outcome: {answer}", answer=post.answer))
            self.note.setText("\n".join(bits))
        for w in (self.account, self.column, self.when, self.text):
            w.blockSignals(False)
        self._update_count()
        self.on_account_changed()  # restarts the live checks, which clears the hits: set them after
        self.hits = hits
        self._update_buttons()
        if hits is not None:
            self.checks.setText(hits_html(hits))
        else:
            self.run_checks()

    def _update_buttons(self) -> None:
        actor = self.ctx.services.actor
        leader = actor.has(MemberRole.LEADER)
        operator = actor.has(MemberRole.OPERATOR) or leader
        p = self.post
        editable = p is None or p.state in EDITABLE_STATES
        self.text.setReadOnly(not (operator and editable))
        self.text.setToolTip("" if operator else tr("Only a {roles} may do this", roles=tr(" or ").join(
            (tr("operator"), tr("leader")))))
        permit(self.save_button, operator, PLANNERS, editable)
        permit(self.edit_guide, operator, PLANNERS)
        permit(self.submit_button, operator, PLANNERS, p is not None and p.state is PostState.DRAFT)
        # A leader sees why a blocked draft cannot be approved; anybody else, which role could.
        reason = self.approve_blocked_reason()
        permit(self.approve_button, leader, APPROVERS, p is not None and p.state in (
            PostState.DRAFT, PostState.IN_REVIEW) and not reason, tooltip=reason)
        self.approve_reason.setText(self.approve_blocked_reason(short=True))
        self.approve_reason.setVisible(bool(reason))
        permit(self.reject_button, leader, APPROVERS, p is not None and p.state in (
            PostState.DRAFT, PostState.IN_REVIEW, PostState.SCHEDULED))
        permit(self.forward_button, operator, PLANNERS, p is not None and p.state is PostState.PUBLISHED
               and p.forward_plan_id is None)

    def approve_blocked_reason(self, short: bool = False) -> str:
        """Why this post cannot be approved now ("" when it can, or when approval does not apply); `short`
        names the first blocking finding and counts the rest (the checks above list them all)."""
        p = self.post
        if p is None or p.state not in (PostState.DRAFT, PostState.IN_REVIEW):
            return ""
        if self.text.toPlainText() != p.text:
            return tr("Save the changed words first: a leader approves the saved text")
        if self.hits is None:
            return tr("Checking the draft…")
        blocked = [h for h in self.hits if h.blocking]
        if not blocked:
            return ""
        lang = language()
        if short and len(blocked) > 1:
            return tr("Cannot be approved: {first} (and {n} more marked ✗ above)", first=blocked[0].message(lang),
                      n=len(blocked) - 1)
        return tr("Cannot be approved: {reasons}", reasons=" ".join(h.message(lang) for h in blocked))

    def _update_count(self) -> None:
        n = weibo_length(self.text.toPlainText())
        self.count.setText(tr("{n} / 140 characters as Weibo counts them", n=n))

    # -- live checks and the style guide ---------------------------------------------------------------------
    def on_input_changed(self, *_: object) -> None:
        self._update_count()
        self.hits = None
        self._update_buttons()
        self._timer.start()

    def run_checks(self) -> None:
        uid, text = self.account_uid(), self.text.toPlainText()
        if not uid or not text.strip():
            self.checks.setText(f"<i>{html.escape(tr('The checks run as you write'))}</i>")
            return
        at, column, post_id = self.when_utc(), self.column.currentData(), self.post.id if self.post else 0
        posts = self.ctx.services.publishing.posts

        def work(job: Job) -> list[Hit]:
            return posts.check(uid, text, at, column, post_id)

        def show(hits: list[Hit]) -> None:
            if self.text.toPlainText() == text and self.account_uid() == uid:
                self.checks.setText(hits_html(hits))
                self.hits = hits
                self._update_buttons()

        Op(self.ctx.host, self, work).on_success(show).on_failure(lambda exc: self.checks.setText(str(exc))).run()

    def on_account_changed(self, *_: object) -> None:
        uid = self.account_uid()
        if not uid:
            self.guide.setMarkdown("")
            return
        library = self.ctx.services.publishing.library
        name = self.account.currentText()

        def show(guide: object) -> None:
            if self.account_uid() != uid:
                return
            from matrix_desktop.core.publishing import StyleGuide

            if isinstance(guide, StyleGuide):
                self.guide_title.setText(tr("Style guide of {name} (version {v}, {by})", name=name, v=guide.version,
                                            by=guide.edited_by))
                self.guide.setMarkdown(guide.text)
            else:
                self.guide_title.setText(tr("Style guide of {name}", name=name))
                self.guide.setMarkdown(tr("*No style guide yet: write down this account's voice so a substitute "
                                          "editor keeps it.*"))

        Op(self.ctx.host, self, lambda job: library.style_guide(uid)).on_success(show).run()
        self.on_input_changed()

    def on_edit_guide_clicked(self) -> None:
        actor = self.ctx.services.actor
        if not (actor.has(MemberRole.OPERATOR) or actor.has(MemberRole.LEADER)):
            return
        uid = self.account_uid()
        if not uid:
            return
        dialog = QtWidgets.QDialog(self)
        dialog.setWindowTitle(tr("Style guide of {name}", name=self.account.currentText()))
        editor = QtWidgets.QPlainTextEdit(self.guide.toMarkdown())
        layout = QtWidgets.QVBoxLayout(dialog)
        layout.addWidget(QtWidgets.QLabel(tr("Markdown; every save keeps the earlier versions")))
        layout.addWidget(editor)
        layout.addWidget(dialog_buttons(dialog))
        dialog.resize(560, 480)
        library = self.ctx.services.publishing.library

        def save() -> None:
            text = editor.toPlainText()
            (Op(self.ctx.host, self, lambda job: library.save_style_guide(uid, text)).writes()
             .on_success(lambda g: self.on_account_changed()).changes(Change.CALENDAR).run())

        dialog.accepted.connect(save)
        dialog.open()

    # -- actions ----------------------------------------------------------------------------------------------
    def on_save_clicked(self) -> None:
        posts = self.ctx.services.publishing.posts
        uid, text, at, column = self.account_uid(), self.text.toPlainText(), self.when_utc(), self.column.currentData()
        post = self.post

        def work(job: Job) -> CheckedPost:
            if post is None:
                return posts.draft(uid, text, at, column)
            posts.edit(post.id, text=text, column=column)
            return posts.reschedule(post.id, at) if at != post.at else posts.checked(post.id)

        (Op(self.ctx.host, self, work).writes().on_success(self._after).changes(Change.CALENDAR).run())

    def _act(self, action: str) -> None:
        if self.post is None:
            return
        post_id = self.post.id
        posts = self.ctx.services.publishing.posts
        fn = posts.submit if action == "submit" else posts.approve
        Op(self.ctx.host, self, lambda job: fn(post_id)).writes().on_success(self._after) \
            .changes(Change.CALENDAR).run()

    def on_reject_clicked(self) -> None:
        if self.post is None:
            return
        note, ok = QtWidgets.QInputDialog.getText(self, tr("Send back"), tr("Why does the post go back?"))
        if not ok or not note.strip():
            return
        post_id = self.post.id
        posts = self.ctx.services.publishing.posts

        def work(job: Job) -> CheckedPost:
            posts.reject(post_id, note)
            return posts.checked(post_id)

        Op(self.ctx.host, self, work).writes().on_success(self._after).changes(Change.CALENDAR).run()

    def on_forward_clicked(self) -> None:
        if self.post is None:
            return
        post_id = self.post.id
        posts = self.ctx.services.publishing.posts

        def done(plan_id: int) -> None:
            status_message(self, tr("Forwarding plan #{id} drafted; a leader approves it in Forwarding", id=plan_id))
            self.show_post(posts.get(post_id))

        Op(self.ctx.host, self, lambda job: posts.start_forwarding(post_id)).writes().on_success(done) \
            .changes(Change.CALENDAR, Change.FORWARDING).run()

    def _after(self, checked: CheckedPost) -> None:
        self.show_post(checked.post, checked.hits)
        self.saved.emit(checked)


class CalendarView(QtWidgets.QWidget):
    """The calendar area: month/week grid, filters, and beside it the composer, the campaigns and the
    prize draws (tabs; `show_tab("draws")` opens one, as `--view calendar:draws` does)."""

    TABS = ("composer", "campaigns", "draws")

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.anchor = datetime.now(_TZ).date()
        self.data: CalendarData | None = None
        self._first_load = True
        self.prev_button = QtWidgets.QPushButton("◀")
        self.next_button = QtWidgets.QPushButton("▶")
        self.today_button = QtWidgets.QPushButton(tr("Today"))
        self.period = QtWidgets.QLabel()
        self.period.setStyleSheet("font-weight: bold; font-size: 15px; padding: 0 8px")
        self.mode = QtWidgets.QComboBox()
        self.mode.addItem(tr("Month"), "month")
        self.mode.addItem(tr("Week"), "week")
        self.account_filter = QtWidgets.QComboBox()
        self.account_filter.addItem(tr("All accounts"), "")
        self.legend = QtWidgets.QLabel(tr("✎ draft  ? in review  ● scheduled  ✓ published  ✗ failed  ⚠ clash  "
                                          "⚑ gap  ◆ campaign"))
        self.grid = CalendarGrid()
        self.clash_list = QtWidgets.QLabel()
        self.clash_list.setWordWrap(True)
        self.clash_list.setTextFormat(Qt.TextFormat.RichText)
        self.composer = Composer(ctx)
        self.campaigns = CampaignPanel(ctx, lambda: self.composer.post)
        self.draws = DrawPanel(ctx, self.composer.account_uid)
        self.side = QtWidgets.QTabWidget()
        self.side.addTab(self.composer, tr("Composer"))
        self.side.addTab(self.campaigns, tr("Events"))
        self.side.addTab(self.draws, tr("Prize draws"))
        bar = QtWidgets.QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button, self.period):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.mode)
        bar.addWidget(self.account_filter)
        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(self.legend)
        left_layout.addWidget(self.clash_list)
        split = QtWidgets.QSplitter()
        split.addWidget(left)
        split.addWidget(self.side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.on_today_clicked)
        self.mode.currentIndexChanged.connect(lambda _i: self.reload())
        self.account_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.grid.post_selected.connect(self.on_grid_post_selected)
        self.draws.announcement_drafted.connect(self.on_draws_announcement_drafted)
        self.grid.post_dropped.connect(self.on_grid_post_dropped)
        ctx.tracker.did_execute.connect(self.on_did_execute)
        self.load_accounts()
        self.reload()

    def on_did_execute(self, changes: object) -> None:
        if isinstance(changes, frozenset) and changes & {Change.CALENDAR, Change.ACCOUNTS, Change.POSTS}:
            self.reload()

    def on_draws_announcement_drafted(self, checked: object) -> None:
        if isinstance(checked, CheckedPost):
            self.side.setCurrentIndex(0)
            self.composer.show_post(checked.post, checked.hits)

    def show_tab(self, name: str) -> bool:
        if name not in self.TABS:
            return False
        self.side.setCurrentIndex(self.TABS.index(name))
        if name == "campaigns" and self.campaigns.chooser.count() == 0:
            self.campaigns.reload()
        return True

    def load_accounts(self) -> None:
        registry = self.ctx.services.registry

        def show(accounts: list[Account]) -> None:
            self.account_filter.blockSignals(True)
            for a in accounts:
                self.account_filter.addItem(a.screen_name, a.uid)
            self.account_filter.blockSignals(False)
            self.composer.set_accounts(accounts)

        Op(self.ctx.host, self, lambda job: registry.search(AccountQuery())).on_success(show).run()

    def step(self, n: int) -> None:
        if self.mode.currentData() == "week":
            self.anchor += timedelta(days=7 * n)
        else:
            month = self.anchor.month - 1 + n
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def on_today_clicked(self) -> None:
        self.anchor = datetime.now(_TZ).date()
        self.reload()

    def reload(self) -> None:
        cal = self.ctx.services.publishing.calendar
        uid = str(self.account_filter.currentData() or "")
        week = self.mode.currentData() == "week"
        anchor = self.anchor
        weeks = [week_of(anchor)] if week else month_weeks(anchor.year, anchor.month)
        if week:
            self.period.setText(tr("Week of {day}", day=f"{weeks[0][0]:%Y-%m-%d}"))
        else:
            self.period.setText(f"{anchor.year}-{anchor.month:02d}")

        def show(data: CalendarData) -> None:
            self.data = data
            self.grid.show_view(data, 0 if week else anchor.month)
            self.show_clashes(data)
            if self._first_load:
                self._first_load = False
                self.select_first_needing_attention(data)

        Op(self.ctx.host, self, lambda job: cal.span(weeks, uid)).on_success(show).run()

    def show_clashes(self, data: CalendarData) -> None:
        lang = language()
        lines = [f"⚠ #{c.post_id} {html.escape(data.names.get(c.account_uid, c.account_uid))} {c.day:%m-%d}: "
                 f"{html.escape(c.hit.message(lang))}" for c in data.clashes[:6]]
        lines += [f"⚑ {html.escape(g.message(lang, data.names.get(g.account_uid, '')))}" for g in data.gaps[:4]]
        lines = [f"<span style='color:{'#c0392b' if e.short_lead else '#1f6f8b'}'>◆ "
                 f"{html.escape(tr('{name} {start}–{end}: {lead}', name=e.name, start=f'{e.starts_on:%m-%d}', end=f'{e.ends_on:%m-%d}', lead=e.lead_text(lang)))}"
                 "</span>" for e in data.events[:3]] + lines
        self.clash_list.setText("<br>".join(lines))

    def select_first_needing_attention(self, data: CalendarData) -> None:
        """At start the composer opens on the first post that needs work: one a check blocks, else the
        first draft or post in review."""
        waiting = [p.id for p in data.posts if p.state in (PostState.DRAFT, PostState.IN_REVIEW)]
        if not waiting:
            return
        posts = self.ctx.services.publishing.posts

        def work(job: Job) -> CheckedPost:
            checked = [posts.checked(i) for i in waiting[:30]]
            return next((c for c in checked if c.blocked), checked[0])

        def show(c: CheckedPost) -> None:
            self.grid.selected = c.post.id
            self.grid.update()
            self.composer.show_post(c.post, c.hits)

        Op(self.ctx.host, self, work).on_success(show).run()

    def on_grid_post_selected(self, post_id: int) -> None:
        posts = self.ctx.services.publishing.posts
        self.grid.selected = post_id
        self.grid.update()
        Op(self.ctx.host, self, lambda job: posts.checked(post_id)) \
            .on_success(lambda c: self.composer.show_post(c.post, c.hits)).run()

    def on_grid_post_dropped(self, post_id: int, day: object) -> None:
        if not isinstance(day, date) or self.data is None:
            return
        post = next((p for p in self.data.posts if p.id == post_id), None)
        if post is None:
            return
        local = post.at.astimezone(_TZ)
        at = datetime.combine(day, time(local.hour, local.minute), _TZ)
        posts = self.ctx.services.publishing.posts
        Op(self.ctx.host, self, lambda job: posts.reschedule(post_id, at)).writes() \
            .on_success(lambda c: self.composer.show_post(c.post, c.hits)).changes(Change.CALENDAR).run()


def waiting_for_approval(services: object) -> int:
    publishing = getattr(services, "publishing", None)
    return int(publishing.posts.waiting_for_approval()) if publishing is not None else 0
