"""The month (or week) grid: days as cells, planned posts as chips coloured by column, clashes marked,
each week's quota gaps in its margin. Drag a chip to another day to reschedule it (same time of day)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from matrix_desktop.core.publishing import TZ, Column, PlannedPost, PostState
from matrix_desktop.core.publishing.events import CompanyEvent, EventKind
from matrix_desktop.services.publishing import CalendarView
from matrix_desktop.ui.i18n import language, tr
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets

Qt = QtCore.Qt
_TZ = ZoneInfo(TZ)

COLUMN_COLOURS = {Column.PRODUCT: "#2f6fdf", Column.BRAND_STORY: "#8a4fd0", Column.FAN_ACTIVITY: "#e07b1a",
                  Column.PUBLIC_TOPIC: "#1f9a72", Column.OTHER: "#7a7f87"}
STATE_MARKS = {PostState.DRAFT: "✎", PostState.IN_REVIEW: "?", PostState.SCHEDULED: "●", PostState.PUBLISHING: "…",
               PostState.PUBLISHED: "✓", PostState.FAILED: "✗", PostState.CANCELLED: "–"}
MARGIN = 150  # the gaps column on the right of each week


def column_name(c: Column) -> str:
    return {Column.PRODUCT: tr("Product news"), Column.BRAND_STORY: tr("Brand story"),
            Column.FAN_ACTIVITY: tr("Fan activity"), Column.PUBLIC_TOPIC: tr("Public topic"),
            Column.OTHER: tr("Other")}[c]


def state_name(s: PostState) -> str:
    return {PostState.DRAFT: tr("Draft"), PostState.IN_REVIEW: tr("In review"), PostState.SCHEDULED: tr("Scheduled"),
            PostState.PUBLISHING: tr("Publishing"), PostState.PUBLISHED: tr("Published"),
            PostState.FAILED: tr("Failed"), PostState.CANCELLED: tr("Cancelled")}[s]


def kind_name(k: EventKind) -> str:
    return {EventKind.LAUNCH: tr("Launch"), EventKind.PROMOTION: tr("Promotion"),
            EventKind.OFFLINE: tr("Offline activity"), EventKind.OTHER: tr("Other")}[k]


def lead_label(e: CompanyEvent) -> str:
    """The lead time in a few words: how many days ahead the Weibo team learned of the event."""
    if e.lead_days < 0:
        return tr("learned {n} d late", n=-e.lead_days)
    if e.short_lead:
        return tr("only {n} d notice", n=e.lead_days)
    return tr("{n} d notice", n=e.lead_days)


@dataclass
class _Chip:
    post: PlannedPost
    rect: QtCore.QRect


class CalendarGrid(QtWidgets.QWidget):
    """Paints a `CalendarView`.

    Signals:
        post_selected(int): a chip was clicked (the post's id).
        post_dropped(int, object): a chip was dragged onto another day (post id, the `date`).
    """

    post_selected = QtCore.Signal(int)
    post_dropped = QtCore.Signal(int, object)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: CalendarView | None = None
        self.month = 0
        self.selected = 0
        self._chips: list[_Chip] = []
        self._press: tuple[int, QtCore.QPoint] | None = None
        self._drag_to: date | None = None
        self.setMinimumSize(700, 420)
        self.setMouseTracking(True)

    def show_view(self, view: CalendarView, month: int = 0) -> None:
        self.view, self.month = view, month
        self.update()

    def _cell(self, row: int, col: int) -> QtCore.QRect:
        assert self.view is not None
        rows = len(self.view.weeks)
        w = (self.width() - MARGIN) / 7
        h = (self.height() - 24) / rows
        return QtCore.QRect(int(col * w), int(24 + row * h), int(w), int(h))

    def day_at(self, pos: QtCore.QPoint) -> date | None:
        if self.view is None:
            return None
        for r, week in enumerate(self.view.weeks):
            for c, day in enumerate(week):
                if self._cell(r, c).contains(pos):
                    return day
        return None

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QtGui.QPalette.ColorRole.Base))
        self._chips = []
        if self.view is None:
            return
        heads = [tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")]
        small = QtGui.QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        for c, head in enumerate(heads):
            top = self._cell(0, c)
            p.drawText(QtCore.QRect(top.left(), 0, top.width(), 22), Qt.AlignmentFlag.AlignCenter, head)
        p.drawText(QtCore.QRect(self.width() - MARGIN, 0, MARGIN, 22), Qt.AlignmentFlag.AlignCenter, tr("Gaps"))
        week_mode = len(self.view.weeks) == 1
        today = date.today()
        clash_ids = {c.post_id for c in self.view.clashes}
        for r, week in enumerate(self.view.weeks):
            for c, day in enumerate(week):
                cell = self._cell(r, c)
                other_month = self.month and day.month != self.month
                bg = pal.color(QtGui.QPalette.ColorRole.AlternateBase) if other_month else \
                    pal.color(QtGui.QPalette.ColorRole.Base)
                if self._drag_to == day:
                    bg = QtGui.QColor("#dbe8ff")
                p.fillRect(cell, bg)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QtGui.QColor("#c8ccd2"))
                p.drawRect(cell.adjusted(0, 0, -1, -1))
                p.setPen(QtGui.QColor("#d0342c") if day == today else pal.color(QtGui.QPalette.ColorRole.Text))
                p.setFont(small)
                p.drawText(cell.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                           f"{day.day}" if not week_mode else f"{day:%m-%d}")
                y = cell.top() + 18
                for company_event in self.view.events_on(day):
                    y = self._paint_event(p, cell, y, company_event, day)
                chip_h = 34 if week_mode else 17
                for post in sorted(self.view.posts_on(day), key=lambda x: x.at):
                    if y + chip_h > cell.bottom() - 2:
                        p.setPen(pal.color(QtGui.QPalette.ColorRole.Text))
                        p.drawText(cell.adjusted(4, 0, -4, -2), Qt.AlignmentFlag.AlignRight |
                                   Qt.AlignmentFlag.AlignBottom, "…")
                        break
                    rect = QtCore.QRect(cell.left() + 3, y, cell.width() - 6, chip_h - 2)
                    self._paint_chip(p, rect, post, post.id in clash_ids, week_mode)
                    self._chips.append(_Chip(post, rect))
                    y += chip_h
            self._paint_gaps(p, r, week[0], small)
        p.end()

    def _paint_chip(self, p: QtGui.QPainter, rect: QtCore.QRect, post: PlannedPost, clash: bool,
                    week_mode: bool) -> None:
        colour = QtGui.QColor(COLUMN_COLOURS[post.column])
        if post.state in (PostState.DRAFT, PostState.IN_REVIEW, PostState.CANCELLED):
            colour.setAlpha(150)
        p.setBrush(colour)
        pen = QtGui.QPen(QtGui.QColor("#d0342c"), 2.5) if clash else QtGui.QPen(Qt.PenStyle.NoPen)
        if post.id == self.selected:
            pen = QtGui.QPen(QtGui.QColor("#111111"), 2)
        p.setPen(pen)
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(QtGui.QColor("white"))
        name = self.view.names.get(post.account_uid, post.account_uid) if self.view else post.account_uid
        head = f"{'⚠ ' if clash else ''}{STATE_MARKS[post.state]} {post.at.astimezone(_TZ):%H:%M} {name}"
        if week_mode:
            head += f" · {column_name(post.column)}"
            text = post.text.replace("\n", " ")
            p.drawText(rect.adjusted(4, 0, -3, -rect.height() // 2), Qt.AlignmentFlag.AlignVCenter, head)
            metrics = p.fontMetrics()
            p.drawText(rect.adjusted(4, rect.height() // 2, -3, 0), Qt.AlignmentFlag.AlignVCenter,
                       metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 8))
        else:
            metrics = p.fontMetrics()
            p.drawText(rect.adjusted(4, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter,
                       metrics.elidedText(head, Qt.TextElideMode.ElideRight, rect.width() - 8))

    def _paint_event(self, p: QtGui.QPainter, cell: QtCore.QRect, y: int, event: CompanyEvent, day: date) -> int:
        """A band for the days of an event; its first day (and each Monday) names it and its lead time."""
        rect = QtCore.QRect(cell.left() + 1, y, cell.width() - 2, 15)
        colour = QtGui.QColor("#c0392b" if event.short_lead else "#1f6f8b")
        colour.setAlpha(60)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRect(rect)
        if day == event.starts_on or day.weekday() == 0:
            p.setPen(QtGui.QColor("#8e2a1f" if event.short_lead else "#134b5f"))
            label = f"◆ {event.name} · {lead_label(event)}"
            p.drawText(rect.adjusted(3, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter,
                       p.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, rect.width() - 5))
        return y + 17

    def _paint_gaps(self, p: QtGui.QPainter, row: int, monday: date, font: QtGui.QFont) -> None:
        assert self.view is not None
        top = self._cell(row, 0)
        box = QtCore.QRect(self.width() - MARGIN + 4, top.top() + 2, MARGIN - 8, top.height() - 4)
        gaps = self.view.gaps_in(monday)
        if not gaps:
            return
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QtGui.QColor("#fff3cd"))
        p.drawRoundedRect(box, 4, 4)
        p.setPen(QtGui.QColor("#7a5b00"))
        p.setFont(font)
        zh = language().startswith("zh")
        lines = [(f"{self.view.names.get(g.account_uid, g.account_uid)}：{column_name(g.column)} {g.have}/{g.want}"
                  if zh else f"{self.view.names.get(g.account_uid, g.account_uid)}: {column_name(g.column)} "
                  f"{g.have}/{g.want}") for g in gaps]
        p.drawText(box.adjusted(4, 2, -2, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop |
                   Qt.TextFlag.TextWordWrap, "⚑ " + "\n⚑ ".join(lines))

    def _chip_at(self, pos: QtCore.QPoint) -> _Chip | None:
        return next((c for c in self._chips if c.rect.contains(pos)), None)

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        chip = self._chip_at(event.position().toPoint())
        if chip is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press = (chip.post.id, event.position().toPoint())
            self.selected = chip.post.id
            self.post_selected.emit(chip.post.id)
            self.update()

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        if self._press is None:
            chip = self._chip_at(event.position().toPoint())
            self.setToolTip(chip.post.text if chip else "")
            return
        if (event.position().toPoint() - self._press[1]).manhattanLength() > 8:
            self._drag_to = self.day_at(event.position().toPoint())
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:
        press, target = self._press, self._drag_to
        self._press, self._drag_to = None, None
        self.unsetCursor()
        self.update()
        if press is None or target is None or self.view is None:
            return
        post = next((x for x in self.view.posts if x.id == press[0]), None)
        if post is not None and post.at.astimezone(_TZ).date() != target:
            self.post_dropped.emit(post.id, target)
