"""The Today page: what needs me now, one read off the GUI thread; each line opens its place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from matrix_desktop.core.changes import Change
from matrix_desktop.core.insight.records import KeywordAlertView, Place, TodayItem, TodaySummary
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.ops import Job, Op
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets, Signal
from matrix_desktop.ui.tablearea import TableArea
from matrix_desktop.ui.tablemodel import Column, ListTableModel

Qt = QtCore.Qt
_SHOWN = frozenset({Change.INBOX, Change.FLAGS, Change.FORWARDING, Change.CREDENTIALS, Change.POSTS})


def section_names() -> dict[str, str]:
    return {"alert": tr("Keyword alert"), "crisis": tr("Crisis"), "breach": tr("SLA breached"),
            "next_due": tr("Next due"), "inbox": tr("Unanswered"), "draft": tr("Reply to review"),
            "plan": tr("Plan to approve"), "flag": tr("New flag"), "token": tr("Token expiring")}


def category_names() -> dict[str, str]:
    return {"complaint": tr("complaint"), "question": tr("question"), "praise": tr("praise"),
            "crisis": tr("crisis"), "spam": tr("spam"), "other": tr("other")}


def _when(at: datetime | None) -> str:
    return at.astimezone().strftime("%m-%d %H:%M") if at else ""


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n] + "…"


def today_items(s: TodaySummary) -> list[TodayItem]:
    """The summary as one list, most urgent first: alerts, crises, breaches, then the rest."""
    cats = category_names()
    out: list[TodayItem] = []
    for a in s.alerts:
        out.append(TodayItem("alert", tr("{name}: {n} mentions in the last hours (usually {usual:.1f})",
                                         name=a.watch_name, n=a.count, usual=a.baseline),
                             tr("raised {at}", at=_when(a.raised_at)), a.raised_at, Place("keywords", a.id), 0))
    for c in s.crises:
        seen = _when(c.first_seen_at)
        out.append(TodayItem("crisis", _short(c.text), tr("{account} · {author} · first seen {seen}",
                                                          account=c.account_name, author=c.author_name, seen=seen),
                             c.created_at, Place("inbox", c.item_id), 0))
    for b in s.breaches:
        out.append(TodayItem("breach", _short(b.text), tr("{account} · {category} · was due {due}",
                                                          account=b.account_name, category=cats.get(b.category,
                                                                                                   b.category),
                                                          due=_when(b.due_at)),
                             b.created_at, Place("inbox", b.item_id), 1, overdue=True))
    if s.next_due is not None:
        n = s.next_due
        out.append(TodayItem("next_due", _short(n.text), tr("{account} · due {due}", account=n.account_name,
                                                            due=_when(n.due_at)),
                             n.created_at, Place("inbox", n.item_id), 1))
    shown = {i.place.item_id for i in out if i.place.area == "inbox"}
    for u in s.unanswered:
        if u.item_id in shown:
            continue
        night = tr("overnight") + " · " if u.created_at >= s.overnight_since else ""
        out.append(TodayItem("inbox", _short(u.text), f"{night}{u.account_name} · {cats.get(u.category, u.category)}"
                             f" · P{u.priority}", u.created_at, Place("inbox", u.item_id), u.priority))
    for d in s.drafts:
        out.append(TodayItem("draft", _short(d.text), tr("written by {who}", who=d.written_by or "—"),
                             d.created_at, Place("review", d.draft_id), 2))
    for p in s.plans:
        out.append(TodayItem("plan", _short(p.post_text), tr("made by {who}", who=p.created_by or "—"),
                             p.created_at, Place("forwarding", p.plan_id), 2))
    for f in s.flags:
        out.append(TodayItem("flag", f"{f.screen_name}: {_short(f.explanation, 50)}", f.severity, f.opened_at,
                             Place("flags", f.flag_id), 2))
    for t in s.tokens:
        states = {"expired": tr("expired"), "revoked": tr("revoked")}
        what = tr("expires {at}", at=_when(t.expires_at)) if t.state == "connected" else states.get(t.state, t.state)
        out.append(TodayItem("token", t.screen_name, what, t.expires_at, Place("credentials", t.account_uid), 2))
    return out


@dataclass(frozen=True)
class Card:
    key: str
    label: str


class TodayView(QtWidgets.QWidget):
    """The home page: counts on top, the list of what needs attention below (Return or double-click opens).

    Signals:
        place_requested(str, object): open area `str` with the item of that id selected.
        banner_requested(str): the window's banner (a keyword alert when no tray is available).
        alerts_raised(object): a sync raised keyword alerts (emitted from the sync's worker; queued).
    """

    area = "today"
    place_requested = Signal(str, object)
    banner_requested = Signal(str)
    alerts_raised = Signal(object)

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: TodaySummary | None = None
        self.heading = QtWidgets.QLabel()
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.cards: dict[str, QtWidgets.QLabel] = {}
        grid = QtWidgets.QGridLayout()
        specs = [("unanswered", tr("Unanswered")), ("overnight", tr("Overnight")), ("crises", tr("Crises")),
                 ("breaches", tr("SLA breached")), ("next_due", tr("Next due")), ("drafts", tr("Replies to review")),
                 ("plans", tr("Plans to approve")), ("flags", tr("New flags")), ("tokens", tr("Tokens expiring")),
                 ("alerts", tr("Keyword alerts"))]
        for n, (key, label) in enumerate(specs):
            box = QtWidgets.QFrame()
            box.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
            lay = QtWidgets.QVBoxLayout(box)
            value = QtWidgets.QLabel("—")
            value.setStyleSheet("font-size: 22px; font-weight: 600;")
            caption = QtWidgets.QLabel(label)
            caption.setStyleSheet("color: #666;")
            lay.addWidget(value)
            lay.addWidget(caption)
            self.cards[key] = value
            grid.addWidget(box, n // 5, n % 5)
        names = section_names()
        columns: list[Column[TodayItem]] = [
            Column("section", tr("What"), lambda i: names.get(i.section, i.section),
                   foreground=lambda i: QtGui.QColor("#a4262c") if i.priority == 0 or i.overdue else None),
            Column("title", tr("Item"), lambda i: i.title, tooltip=lambda i: i.title),
            Column("detail", tr("Detail"), lambda i: i.detail),
            Column("at", tr("When"), lambda i: _when(i.at)),
        ]
        self.model: ListTableModel[TodayItem] = ListTableModel(
            columns, self, row_id=lambda i: (i.section, i.place.area, i.place.item_id))
        self.table_area: TableArea[TodayItem] = TableArea(
            self.model, widths=(110, 420, 380), empty_text=tr("Nothing waits for you. A good day."),
            count_text=lambda n: tr("{n} items need attention", n=n))
        self.refresh_button = QtWidgets.QPushButton(tr("Refresh"))
        self.open_button = QtWidgets.QPushButton(tr("Go to item"))
        self.table_area.add_action(self.open_button)
        self.table_area.add_action(self.refresh_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.table_area, 1)
        self.refresh_button.clicked.connect(self.reload)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.table_area.activated.connect(self.on_table_activated)
        ctx.tracker.did_execute.connect(self.on_tracker_did_execute)
        self.alerts_raised.connect(self.on_alerts_raised)
        # The newest keyword alert already shown (None until the first summary): the sync raises alerts in
        # the worker process, where no callback of this window can hear them, so a summary that holds a
        # newer one than the last is what tells the window (tray notice and banner).
        self._seen_alert: int | None = None
        monitor = ctx.services.insight.keywords
        hook = self.alerts_raised.emit  # a check run in this process (a worker thread): the signal queues it
        monitor.on_alert.append(hook)

        def unhook(*_: object) -> None:
            if hook in monitor.on_alert:
                monitor.on_alert.remove(hook)

        self.destroyed.connect(unhook)
        self.tray: QtWidgets.QSystemTrayIcon | None = None
        self.reload()

    def on_tracker_did_execute(self, changes: object) -> None:
        if isinstance(changes, frozenset) and changes & _SHOWN:
            self.reload()

    def reload(self) -> None:
        today = self.ctx.services.insight.today

        def work(job: Job) -> TodaySummary:
            return today.summary()

        Op(self.ctx.host, self, work).on_success(self.show_summary).run()

    def show_summary(self, s: TodaySummary) -> None:
        self.summary = s
        newest = max((a.id for a in s.alerts), default=0)
        if self._seen_alert is not None:
            fresh = [a for a in s.alerts if a.id > self._seen_alert]
            if fresh:
                self._notify(fresh)
        self._seen_alert = max(newest, self._seen_alert or 0)
        self.heading.setText(tr("Today, {date} — overnight since {since}", date=s.now.astimezone().strftime("%Y-%m-%d"),
                                since=_when(s.overnight_since)))
        values = {"unanswered": s.unanswered_total, "overnight": s.overnight_total, "crises": len(s.crises),
                  "breaches": s.breaches_total, "drafts": s.drafts_total, "plans": s.plans_total,
                  "flags": len(s.flags), "tokens": len(s.tokens), "alerts": len(s.alerts)}
        for key, v in values.items():
            self.cards[key].setText(str(v))
            self.cards[key].setStyleSheet("font-size: 22px; font-weight: 600;" + (
                " color: #a4262c;" if v and key in ("crises", "breaches", "alerts", "tokens") else ""))
        self.cards["next_due"].setText(_when(s.next_due.due_at) if s.next_due else "—")
        self.model.set_items(today_items(s))

    def on_table_activated(self, item: object) -> None:
        if isinstance(item, TodayItem):
            self.place_requested.emit(item.place.area, item.place.item_id)

    def on_open_clicked(self) -> None:
        self.on_table_activated(self.table_area.selected())

    def on_alerts_raised(self, alerts: object) -> None:
        if not isinstance(alerts, list) or not alerts:
            return
        self._notify(alerts)
        # told already: the summary that follows does not tell it again
        self._seen_alert = max([a.id for a in alerts] + [self._seen_alert or 0])
        self.reload()

    def _notify(self, alerts: list[KeywordAlertView]) -> None:
        first = alerts[0]
        text = tr("Keyword alert: {name}, {n} mentions in the last hours", name=first.watch_name, n=first.count)
        if QtWidgets.QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QtWidgets.QSystemTrayIcon(self.windowIcon(), self)
                self.tray.show()
            self.tray.showMessage(tr("Matrix Desktop"), text, QtWidgets.QSystemTrayIcon.MessageIcon.Warning, 15000)
        self.banner_requested.emit(text)
