"""Beside the calendar: campaigns (company events with their lead time and what belongs to them) and
prize draws (set up with a published commitment, run once, the result shown with its proof)."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.publishing import TZ, Column, PlannedPost
from matrix_desktop.core.publishing.draws import Draw, DrawState, Exclusion, Verification
from matrix_desktop.core.publishing.events import CompanyEvent, EventKind
from matrix_desktop.services.publishing import CheckedPost, EventSummary
from matrix_desktop.ui.calendar.grid import column_name, kind_name, lead_label, state_name
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.ops import Job, Op
from matrix_desktop.ui.qt import QtCore, QtWidgets
from matrix_desktop.ui.widgets import dialog_buttons, permit, status_message

_TZ = ZoneInfo(TZ)


def _qdate(d: date) -> QtCore.QDate:
    return QtCore.QDate(d.year, d.month, d.day)


def _pydate(q: QtCore.QDate) -> date:
    return date(q.year(), q.month(), q.day())


def exclusion_name(reason: str) -> str:
    return {Exclusion.MATRIX.value: tr("matrix account"), Exclusion.EMPLOYEE.value: tr("employee or tied to the company"),
            Exclusion.ZOMBIE.value: tr("zombie-like (no followers)"),
            Exclusion.NO_COMMENT.value: tr("did not comment")}.get(reason, reason)


def summary_html(s: EventSummary) -> str:
    e = s.event
    colour = "#c0392b" if e.short_lead else "#1f6f8b"
    rows = [f"<h3>◆ {html.escape(e.name)} <small>({html.escape(kind_name(e.kind))})</small></h3>",
            f"<p>{html.escape(tr('{start} to {end}', start=e.starts_on.isoformat(), end=e.ends_on.isoformat()))}"
            f"<br><span style='color:{colour}'><b>{html.escape(tr('The Weibo team learned of it on {day}: {lead}', day=e.learned_on.isoformat(), lead=lead_label(e)))}</b></span></p>"]
    rows.append(f"<p><b>{html.escape(tr('Posts: {n} ({published} published)', n=len(s.posts), published=s.published))}"
                f"</b> · {html.escape(tr('{r} reposts, {c} comments, {l} likes', r=s.reposts, c=s.comments, l=s.likes))}</p>")
    if s.posts:
        rows.append("<table width='100%' cellspacing='0' cellpadding='2'>" + "".join(
            f"<tr><td>#{p.id}</td><td>{p.at.astimezone(_TZ):%m-%d %H:%M}</td><td>{html.escape(column_name(p.column))}"
            f"</td><td>{html.escape(state_name(p.state))}</td></tr><tr><td></td><td colspan='3' style='color:#555'>"
            f"{html.escape(p.text[:40])}</td></tr>" for p in s.posts) + "</table>")
    if s.forward_plans:
        rows.append(f"<p>{html.escape(tr('Forwarding plans: {ids}', ids=', '.join(f'#{i}' for i in s.forward_plans)))}</p>")
    if s.paid is not None:
        rows.append("<p>" + html.escape(tr(
            "Paid forwarding «{name}»: spent ¥{spent:.2f} of ¥{budget:.2f}; {n} forwards reached {reach} people",
            name=s.paid.campaign.name, spent=s.paid.spent_fen / 100, budget=s.paid.campaign.budget_fen / 100,
            n=s.paid.forwards, reach=s.paid.reach)) + "</p>")
    for d in s.draws:
        rows.append(f"<p>🎁 {html.escape(tr('Draw «{name}»: {state}, {n} of {want} winners', name=d.name, state=draw_state_name(d.state), n=len(d.winners), want=d.winners_wanted))}</p>")
    return "".join(rows)


def draw_state_name(s: DrawState) -> str:
    return tr("open for entries") if s is DrawState.OPEN else tr("drawn")


def draw_html(d: Draw, check: Verification | None = None) -> str:
    rows = [f"<h3>🎁 {html.escape(d.name)}</h3>",
            "<p>" + html.escape(tr("Post {mid} · deadline {at} (Beijing) · {n} winner(s)", mid=d.post_mid,
                                   at=f"{d.deadline.astimezone(_TZ):%Y-%m-%d %H:%M}", n=d.winners_wanted)) + "</p>",
            f"<p><b>{html.escape(tr('Commitment (published before the deadline)'))}</b><br>"
            f"<code>{html.escape(d.commitment)}</code></p>"]
    if d.state is not DrawState.DRAWN:
        rows.append(f"<p>{html.escape(tr('Publish the commitment with the activity; the seed is revealed at the draw.'))}</p>")
        return "".join(rows)
    rows.append(f"<p><b>{html.escape(tr('Seed (revealed at the draw)'))}</b><br><code>{html.escape(d.seed)}</code></p>")
    counts = d.excluded_counts()
    rows.append("<p>" + html.escape(tr("{n} entrants frozen at the deadline, {e} eligible", n=len(d.entrants),
                                       e=len(d.eligible))) + "<br>" + html.escape(tr("Set aside: {what}", what="; ".join(
        f"{exclusion_name(k)} {n}" for k, n in sorted(counts.items())) or tr("none"))) + "</p>")
    names = d.names()
    rows.append(f"<p><b>{html.escape(tr('Winners'))}</b></p><ol>" + "".join(
        f"<li>{html.escape(names.get(uid, '') or uid)} <small>({html.escape(uid)})</small></li>" for uid in d.winners)
        + "</ol>")
    if len(d.winners) < d.winners_wanted:
        rows.append("<p>" + html.escape(tr("Only {n} eligible entrant(s) for {want} prize(s)", n=len(d.winners),
                                           want=d.winners_wanted)) + "</p>")
    if check is not None:
        if check.ok:
            rows.append(f"<p style='color:#1f7a3a'>✓ {html.escape(tr('Verified: the winners follow from the seed and the frozen list'))}</p>")
        else:
            rows.append("".join(f"<p style='color:#c0392b'>✗ {html.escape(p)}</p>" for p in check.problems))
    return "".join(rows)


#: Who may set up, run and announce a prize draw.
DRAW_ROLES = (MemberRole.OPERATOR, MemberRole.LEADER)


class EventDialog(QtWidgets.QDialog):
    """A new company event: name, kind, dates and the day the Weibo team learned of it."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New campaign"))
        today = datetime.now(_TZ).date()
        self.name = QtWidgets.QLineEdit()
        self.kind = QtWidgets.QComboBox()
        for k in EventKind:
            self.kind.addItem(kind_name(k), k)
        self.start, self.end, self.learned = (QtWidgets.QDateEdit(_qdate(d)) for d in (
            today + timedelta(days=14), today + timedelta(days=14), today))
        for w in (self.start, self.end, self.learned):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
        form = QtWidgets.QFormLayout(self)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Starts"), self.start)
        form.addRow(tr("Ends"), self.end)
        form.addRow(tr("Weibo team told on"), self.learned)
        form.addRow(dialog_buttons(self))

    def values(self) -> tuple[str, EventKind, date, date, date]:
        return (self.name.text(), EventKind(self.kind.currentData()), _pydate(self.start.date()),
                _pydate(self.end.date()), _pydate(self.learned.date()))


class DrawDialog(QtWidgets.QDialog):
    """A new prize draw: the post fans comment on, the deadline, the number of winners."""

    def __init__(self, mid: str = "", parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New prize draw"))
        self.name = QtWidgets.QLineEdit()
        self.mid = QtWidgets.QLineEdit(mid)
        self.deadline = QtWidgets.QDateTimeEdit()
        self.deadline.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.deadline.setCalendarPopup(True)
        start = datetime.now(_TZ) + timedelta(days=3)
        self.deadline.setDateTime(QtCore.QDateTime(_qdate(start.date()), QtCore.QTime(12, 0)))
        self.winners = QtWidgets.QSpinBox()
        self.winners.setRange(1, 1000)
        self.winners.setValue(3)
        form = QtWidgets.QFormLayout(self)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Post (mid)"), self.mid)
        form.addRow(tr("Deadline (Beijing)"), self.deadline)
        form.addRow(tr("Winners"), self.winners)
        form.addRow(dialog_buttons(self))

    def values(self) -> tuple[str, str, datetime, int]:
        q = self.deadline.dateTime()
        d, t = q.date(), q.time()
        return (self.name.text(), self.mid.text(), datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(),
                                                            tzinfo=_TZ), self.winners.value())


class CampaignPanel(QtWidgets.QWidget):
    """One campaign at a time: its dates and lead time, its posts with what they reached, its paid
    forwarding and draws. `current_post` says which post "Add the selected post" attaches."""

    def __init__(self, ctx: UiContext, current_post: Callable[[], PlannedPost | None],
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_post = current_post
        self.events: list[CompanyEvent] = []
        self.summary: EventSummary | None = None
        self.chooser = QtWidgets.QComboBox()
        self.new_button = QtWidgets.QPushButton(tr("New campaign…"))
        self.attach_button = QtWidgets.QPushButton(tr("Add the selected post"))
        self.view = QtWidgets.QTextBrowser()
        head = QtWidgets.QHBoxLayout()
        head.addWidget(self.chooser, 1)
        head.addWidget(self.new_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.attach_button)
        self.chooser.currentIndexChanged.connect(lambda _i: self.show_current())
        self.new_button.clicked.connect(self.on_new_clicked)
        self.attach_button.clicked.connect(self.on_attach_clicked)
        ctx.tracker.did_execute.connect(self.on_did_execute)
        self.reload()

    def on_did_execute(self, changes: object) -> None:
        if isinstance(changes, frozenset) and changes & {Change.CALENDAR, Change.POSTS, Change.FORWARDING}:
            self.reload()

    def event_id(self) -> int | None:
        data = self.chooser.currentData()
        return int(data) if data else None

    def reload(self, select: int | None = None) -> None:
        events = self.ctx.services.publishing.events
        keep = select or self.event_id()

        def show(found: list[CompanyEvent]) -> None:
            self.events = found
            self.chooser.blockSignals(True)
            self.chooser.clear()
            for e in found:
                self.chooser.addItem(f"{e.starts_on:%m-%d} {e.name}", e.id)
            if keep is not None and self.chooser.findData(keep) >= 0:
                self.chooser.setCurrentIndex(self.chooser.findData(keep))
            self.chooser.blockSignals(False)
            self.show_current()

        Op(self.ctx.host, self, lambda job: events.list()).on_success(show).run()

    def show_current(self) -> None:
        event_id = self.event_id()
        self.attach_button.setEnabled(event_id is not None)
        if event_id is None:
            self.view.setHtml(f"<i>{html.escape(tr('No campaign yet: add the company events the content plans around.'))}</i>")
            return
        events = self.ctx.services.publishing.events

        def show(s: EventSummary) -> None:
            if self.event_id() == event_id:
                self.summary = s
                self.view.setHtml(summary_html(s))

        Op(self.ctx.host, self, lambda job: events.summary(event_id)).on_success(show).run()

    def on_new_clicked(self) -> None:
        dialog = EventDialog(self)
        events = self.ctx.services.publishing.events

        def save() -> None:
            name, kind, start, end, learned = dialog.values()
            (Op(self.ctx.host, self, lambda job: events.add(name, kind, start, end, learned)).writes()
             .on_success(lambda e: self.reload(e.id)).changes(Change.CALENDAR).run())

        dialog.accepted.connect(save)
        dialog.open()

    def on_attach_clicked(self) -> None:
        event_id, post = self.event_id(), self.current_post()
        if event_id is None:
            return
        if post is None:
            status_message(self, tr("Select a post on the calendar first"))
            return
        events = self.ctx.services.publishing.events
        post_id = post.id
        (Op(self.ctx.host, self, lambda job: events.attach_post(post_id, event_id)).writes()
         .on_success(lambda p: status_message(self, tr("Post #{id} is part of the campaign", id=p.id)))
         .changes(Change.CALENDAR).run())


class DrawPanel(QtWidgets.QWidget):
    """Prize draws: set one up (its commitment shows at once), run it after the deadline, check it.

    Signals:
        verified(object): a draw was recomputed (the `Verification`).
        announcement_drafted(object): the announcement post was drafted (the `CheckedPost`).
    """

    verified = QtCore.Signal(object)
    announcement_drafted = QtCore.Signal(object)

    def __init__(self, ctx: UiContext, account_uid: Callable[[], str] = lambda: "",
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_uid = account_uid
        self.draw: Draw | None = None
        self.chooser = QtWidgets.QComboBox()
        self.new_button = QtWidgets.QPushButton(tr("New draw…"))
        self.run_button = QtWidgets.QPushButton(tr("Run the draw"))
        self.verify_button = QtWidgets.QPushButton(tr("Verify"))
        self.announce_button = QtWidgets.QPushButton(tr("Draft the announcement"))
        self.view = QtWidgets.QTextBrowser()
        head = QtWidgets.QHBoxLayout()
        head.addWidget(self.chooser, 1)
        head.addWidget(self.new_button)
        actions = QtWidgets.QHBoxLayout()
        actions.addWidget(self.run_button)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.announce_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        self.chooser.currentIndexChanged.connect(lambda _i: self.show_current())
        self.new_button.clicked.connect(self.on_new_clicked)
        self.run_button.clicked.connect(self.on_run_clicked)
        self.verify_button.clicked.connect(self.on_verify_clicked)
        self.announce_button.clicked.connect(self.on_announce_clicked)
        self.reload()

    def draw_id(self) -> int | None:
        data = self.chooser.currentData()
        return int(data) if data else None

    def reload(self, select: int | None = None, check: Verification | None = None) -> None:
        draws = self.ctx.services.publishing.draws
        keep = select or self.draw_id()

        def show(found: list[Draw]) -> None:
            self.chooser.blockSignals(True)
            self.chooser.clear()
            for d in found:
                self.chooser.addItem(f"#{d.id} {d.name} · {draw_state_name(d.state)}", d.id)
            if keep is not None and self.chooser.findData(keep) >= 0:
                self.chooser.setCurrentIndex(self.chooser.findData(keep))
            self.chooser.blockSignals(False)
            self.show_current(check)

        Op(self.ctx.host, self, lambda job: draws.list()).on_success(show).run()

    def may_run(self) -> bool:
        """Setting up, running and announcing draws is for operators and leaders (the service checks)."""
        actor = self.ctx.services.actor
        return actor.has(MemberRole.OPERATOR) or actor.has(MemberRole.LEADER)

    def show_current(self, check: Verification | None = None) -> None:
        draw_id = self.draw_id()
        permit(self.new_button, self.may_run(), DRAW_ROLES)
        self.run_button.setEnabled(False)
        self.verify_button.setEnabled(False)
        self.announce_button.setEnabled(False)
        if draw_id is None:
            self.draw = None
            self.view.setHtml(f"<i>{html.escape(tr('No prize draw yet.'))}</i>")
            return
        draws = self.ctx.services.publishing.draws

        def work(job: Job) -> tuple[Draw, Verification | None]:
            d = draws.get(draw_id)
            # A drawn result is always shown with its check: recomputed from the seed and the list.
            return d, check if check is not None or d.state is not DrawState.DRAWN else draws.verify(draw_id)

        def show(found: tuple[Draw, Verification | None]) -> None:
            d, verification = found
            if self.draw_id() != draw_id:
                return
            self.draw = d
            now = datetime.now(_TZ)
            permit(self.run_button, self.may_run(), DRAW_ROLES, d.state is DrawState.OPEN and now >= d.deadline,
                   "" if d.state is not DrawState.OPEN or now >= d.deadline else
                   tr("The draw can be run after its deadline"))
            self.verify_button.setEnabled(d.state is DrawState.DRAWN)
            permit(self.announce_button, self.may_run(), DRAW_ROLES, d.state is DrawState.DRAWN)
            self.view.setHtml(draw_html(d, verification))

        Op(self.ctx.host, self, work).on_success(show).run()

    def on_new_clicked(self) -> None:
        dialog = DrawDialog(parent=self)
        draws = self.ctx.services.publishing.draws

        def save() -> None:
            name, mid, deadline, n = dialog.values()
            (Op(self.ctx.host, self, lambda job: draws.create(name, mid, deadline, n)).writes()
             .on_success(lambda d: self.reload(d.id)).changes(Change.CALENDAR).run())

        dialog.accepted.connect(save)
        dialog.open()

    def on_run_clicked(self) -> None:
        draw_id = self.draw_id()
        if draw_id is None:
            return
        draws = self.ctx.services.publishing.draws

        def work(job: Job) -> Verification:
            draws.run(draw_id)
            return draws.verify(draw_id)

        def done(check: Verification) -> None:
            self.reload(draw_id, check)
            self.verified.emit(check)

        (Op(self.ctx.host, self, work).writes().with_progress(tr("Drawing…")).on_success(done)
         .changes(Change.CALENDAR).run())

    def on_verify_clicked(self) -> None:
        draw_id = self.draw_id()
        if draw_id is None:
            return
        draws = self.ctx.services.publishing.draws

        def done(check: Verification) -> None:
            self.show_current(check)
            self.verified.emit(check)

        Op(self.ctx.host, self, lambda job: draws.verify(draw_id)).on_success(done).run()

    def on_announce_clicked(self) -> None:
        """Draft the announcement in the composer's account, an hour from now, linking the record on the
        safe domain; it then goes through the composer's checks and a leader's approval like any post."""
        draw_id, uid = self.draw_id(), self.account_uid()
        if draw_id is None:
            return
        if not uid:
            status_message(self, tr("Choose the account in the composer first"))
            return
        pub = self.ctx.services.publishing
        config = self.ctx.services.config
        at = (datetime.now(_TZ) + timedelta(hours=1)).replace(second=0, microsecond=0)

        def work(job: Job) -> CheckedPost:
            domain = config.settings().weibo_safe_domain
            text = pub.draws.announcement(draw_id, f"https://{domain}/draw/{draw_id}")
            return pub.posts.draft(uid, text, at, Column.FAN_ACTIVITY)

        (Op(self.ctx.host, self, work).writes().on_success(self.announcement_drafted.emit)
         .changes(Change.CALENDAR).run())
