"""The inbox's team settings on one screen: how replies are reviewed (the undo window after approval,
who reviews which draft) and the first-response deadlines (SLA) in business hours, with the mainland's
public holidays and make-up working days listed as the deadlines count them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.inbox.review import MAX_UNDO_SECONDS, ReviewSettings, Routing
from matrix_desktop.core.inbox.sla import SlaSettings, calendar_covers, special_days
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.inbox.common import category_label
from matrix_desktop.ui.ops import Op
from matrix_desktop.ui.qt import QtCore, QtWidgets, alive
from matrix_desktop.ui.widgets import filter_box, permit, status_message

Qt = QtCore.Qt
SETTERS = (MemberRole.LEADER, MemberRole.ADMIN)
SLA_CATEGORIES = ("complaint", "question", "crisis")
HOLIDAY_NAMES = {"New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
                 "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
                 "Mid-autumn Festival": "中秋节", "Anti-Fascist 70th Day": "抗战胜利纪念日"}


def weekday_label(n: int) -> str:
    return (tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun"))[n]


def routing_label(r: Routing) -> str:
    return {Routing.ANY: tr("Any leader"), Routing.OWNER: tr("The leader who owns the sending account"),
            Routing.NAMED: tr("A named reviewer")}[r]


class InboxSettings(QtWidgets.QWidget):
    """Review and deadline settings; leaders and admins change them, everyone reads them."""

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inbox = ctx.services.inbox
        actor = ctx.services.actor
        self.may_change = any(actor.has(r) for r in SETTERS)
        self.today = today or date.today()
        self._sla = SlaSettings()

        review = QtWidgets.QGroupBox(tr("Review of replies"))
        self.undo_seconds = QtWidgets.QSpinBox()
        self.undo_seconds.setRange(0, MAX_UNDO_SECONDS)
        self.undo_seconds.setSuffix(tr(" s"))
        self.routing = filter_box([(routing_label(r), r) for r in (Routing.ANY, Routing.OWNER, Routing.NAMED)])
        self.reviewer = QtWidgets.QComboBox()
        self.save_review_button = QtWidgets.QPushButton(tr("Save review settings"))
        rf = QtWidgets.QFormLayout(review)
        rf.addRow(tr("Undo window after approval"), self.undo_seconds)
        rf.addRow(tr("Drafts go to"), self.routing)
        rf.addRow(tr("Named reviewer"), self.reviewer)
        rf.addRow(self.save_review_button)

        sla = QtWidgets.QGroupBox(tr("First-response deadlines (SLA)"))
        self.hours: dict[str, QtWidgets.QDoubleSpinBox] = {}
        self.round_the_clock: dict[str, QtWidgets.QCheckBox] = {}
        sf = QtWidgets.QFormLayout(sla)
        for cat in SLA_CATEGORIES:
            box = QtWidgets.QDoubleSpinBox()
            box.setRange(0.25, 240)
            box.setSingleStep(0.5)
            box.setSuffix(tr(" h"))
            always = QtWidgets.QCheckBox(tr("round the clock"))
            row = QtWidgets.QHBoxLayout()
            row.addWidget(box)
            row.addWidget(always)
            row.addStretch(1)
            self.hours[cat], self.round_the_clock[cat] = box, always
            sf.addRow(category_label(cat), row)
        self.day_start = QtWidgets.QSpinBox()
        self.day_end = QtWidgets.QSpinBox()
        for hour in (self.day_start, self.day_end):
            hour.setRange(0, 24)
            hour.setSuffix(":00")
        hours_row = QtWidgets.QHBoxLayout()
        hours_row.addWidget(self.day_start)
        hours_row.addWidget(QtWidgets.QLabel("–"))
        hours_row.addWidget(self.day_end)
        hours_row.addStretch(1)
        sf.addRow(tr("Business hours"), hours_row)
        self.workdays = [QtWidgets.QCheckBox(weekday_label(n)) for n in range(7)]
        days_row = QtWidgets.QHBoxLayout()
        for day in self.workdays:
            days_row.addWidget(day)
        days_row.addStretch(1)
        sf.addRow(tr("Working days"), days_row)
        self.holidays = QtWidgets.QCheckBox(tr("Mainland public holidays are days off; make-up days (调休) are worked"))
        sf.addRow(self.holidays)
        self.from_date = QtWidgets.QDateEdit(QtCore.QDate(self.today.year, self.today.month, self.today.day))
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat("yyyy-MM-dd")
        sf.addRow(tr("Holidays and make-up days from"), self.from_date)
        self.calendar = QtWidgets.QListWidget()
        self.calendar.setMinimumHeight(140)
        sf.addRow(self.calendar)
        self.save_sla_button = QtWidgets.QPushButton(tr("Save deadlines"))
        sf.addRow(self.save_sla_button)

        layout = QtWidgets.QHBoxLayout(self)
        layout.addWidget(review, 2, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(sla, 3, Qt.AlignmentFlag.AlignTop)

        self.save_review_button.clicked.connect(self.on_save_review_clicked)
        self.save_sla_button.clicked.connect(self.on_save_sla_clicked)
        self.holidays.toggled.connect(lambda _c: self.show_calendar())
        self.from_date.dateChanged.connect(lambda _d: self.show_calendar())
        self.routing.currentIndexChanged.connect(lambda _i: self._routing_changed())
        for w in (self.save_review_button, self.save_sla_button):
            permit(w, self.may_change, SETTERS)
        ctx.tracker.did_execute.connect(lambda areas: None if not alive(self) else self.load() if Change.TEAM in areas else None)
        self.load()

    def load(self) -> None:
        inbox = self.inbox

        def read(job: object) -> tuple[ReviewSettings, SlaSettings, tuple[str, ...]]:
            return inbox.replies.review_settings(), inbox.customer_service.sla_settings(), inbox.replies.leaders()

        Op(self.ctx.host, self, read).on_success(lambda r: self.show_settings(*r)).run()

    def show_settings(self, review: ReviewSettings, sla: SlaSettings, leaders: tuple[str, ...]) -> None:
        self.undo_seconds.setValue(review.undo_seconds)
        self.routing.setCurrentIndex(max(0, self.routing.findData(review.routing)))
        self.reviewer.clear()
        self.reviewer.addItem(tr("(nobody)"), "")
        for name in leaders:
            self.reviewer.addItem(name, name)
        self.reviewer.setCurrentIndex(max(0, self.reviewer.findData(review.reviewer)))
        self._sla = sla
        for cat in SLA_CATEGORIES:
            self.hours[cat].setValue(sla.hours.get(cat, 8.0))
            self.round_the_clock[cat].setChecked(cat in sla.round_the_clock)
        self.day_start.setValue(sla.day_start)
        self.day_end.setValue(sla.day_end)
        for n, box in enumerate(self.workdays):
            box.setChecked(n in sla.workdays)
        self.holidays.setChecked(sla.mainland_holidays)
        self._routing_changed()
        self.show_calendar()

    def _routing_changed(self) -> None:
        self.reviewer.setEnabled(self.routing.currentData() != Routing.ANY)

    def show_calendar(self) -> None:
        """Half a year of public holidays and make-up working days from the chosen day, as the deadlines
        count them, and which years the installed calendar does not cover yet."""
        self.calendar.clear()
        start = self.from_date.date().toPython()
        assert isinstance(start, date)
        if not self.holidays.isChecked():
            self.calendar.addItem(tr("Holidays are not counted: only the working days above"))
            return
        days = special_days(start, 183)
        for year in sorted({start.year, (start + timedelta(days=183)).year}):
            if not calendar_covers(year):
                self.calendar.addItem(tr("{year}: the holidays are not published in this version yet; "
                                         "weekdays count until an update brings them", year=year))
        if not days:
            self.calendar.addItem(tr("No published holiday in these six months"))
        zh = tr("Mon") != "Mon"
        for day, working, name in days:
            shown = HOLIDAY_NAMES.get(name, name) if zh else name
            text = (tr("{day} {weekday}: make-up working day ({name})", day=day.isoformat(),
                       weekday=weekday_label(day.weekday()), name=shown) if working else
                    tr("{day} {weekday}: {name}, day off", day=day.isoformat(), weekday=weekday_label(day.weekday()),
                       name=shown))
            self.calendar.addItem(text)

    def review_value(self) -> ReviewSettings:
        return ReviewSettings(self.undo_seconds.value(), Routing(str(self.routing.currentData())),
                              str(self.reviewer.currentData() or ""))

    def sla_value(self) -> SlaSettings:
        hours = dict(self._sla.hours)
        hours.update({cat: box.value() for cat, box in self.hours.items()})
        return replace(self._sla, hours=hours,
                       round_the_clock=frozenset(c for c, box in self.round_the_clock.items() if box.isChecked()),
                       day_start=self.day_start.value(), day_end=self.day_end.value(),
                       workdays=frozenset(n for n, box in enumerate(self.workdays) if box.isChecked()),
                       mainland_holidays=self.holidays.isChecked())

    def on_save_review_clicked(self) -> None:
        value = self.review_value()
        Op(self.ctx.host, self, lambda job: self.inbox.replies.save_review_settings(value)).writes().on_success(
            lambda _r: status_message(self, tr("Review settings saved"))).changes(Change.INBOX).run()

    def on_save_sla_clicked(self) -> None:
        value = self.sla_value()
        Op(self.ctx.host, self, lambda job: self.inbox.customer_service.save_sla_settings(value)).writes().on_success(
            lambda _r: status_message(self, tr("Deadlines saved; new items are due by them"))).changes(Change.INBOX).run()
