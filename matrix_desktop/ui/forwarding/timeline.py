"""A plan's timeline: one row per account, a time axis in Beijing time, one marker per forward.

The axis labels hours, and the date wherever the day changes; a green line marks now, a red dashed one
the end of the plan's window (the legend under it says so). Ctrl+wheel (or + and -) zooms around the
pointer, a double click shows the whole plan again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from matrix_desktop.core.forwarding.records import PlanEntry, PlanView
from matrix_desktop.ui.forwarding.common import (
    STATE_COLOURS,
    TZ,
    entry_state_label,
    role_colour,
    state_colour,
)
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets, Signal

Qt = QtCore.Qt

LABEL_W = 130
AXIS_H = 40
ROW_H = 24  # the most a row gets; with many accounts rows shrink to MIN_ROW_H before the view scrolls
MIN_ROW_H = 14
LEGEND_H = 0  # the state legend is a label under the timeline, visible while it scrolls
MARKER_R = 5
#: Tick spacings to choose from, in minutes: the first that gives at most ~8 ticks.
STEPS = (1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080)
NOW_COLOUR = "#2e7d32"
WINDOW_COLOUR = "#a4262c"
MAX_ZOOM = 200.0


class Timeline(QtWidgets.QWidget):
    """Custom-painted: rows are accounts (screen name in its role colour), markers coloured by state.

    Signals:
        entry_selected(int): a marker was clicked (the entry id), or 0 when the click hit no marker.
    """

    entry_selected = Signal(int)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: PlanView | None = None
        self.rows: list[tuple[str, str, QtGui.QColor]] = []
        self.selected_id = 0
        self._span: tuple[datetime, datetime] | None = None  # what is shown (zoomed)
        self._full: tuple[datetime, datetime] | None = None  # the whole plan
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.setMinimumHeight(AXIS_H + LEGEND_H + ROW_H * 3)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_plan(self, view: PlanView | None) -> None:
        self.view = view
        self.rows = []
        if view is not None:
            seen: set[str] = set()
            for e in sorted(view.entries, key=lambda e: (e.at, e.id)):
                if e.account_uid not in seen:
                    seen.add(e.account_uid)
                    self.rows.append((e.account_uid, e.screen_name or e.account_uid, role_colour(e.role)))
            times = [e.at for e in view.entries]
            if view.window_end is not None:
                times.append(view.window_end)
            if times:
                lo, hi = min(times), max(times)
                pad = max((hi - lo) / 20, timedelta(minutes=1))
                full = (lo - pad, hi + pad)
                if self._full != full:
                    self._full = full
                    self._span = full
            else:
                self._span = self._full = None
            if self.selected_id and not any(e.id == self.selected_id for e in view.entries):
                self.selected_id = 0
        else:
            self._span = self._full = None
            self.selected_id = 0
        self.setMinimumHeight(AXIS_H + LEGEND_H + MIN_ROW_H * max(3, len(self.rows)) + 8)
        self.updateGeometry()
        self.update()

    def markers(self) -> list[tuple[PlanEntry, QtCore.QPointF]]:
        """Every entry with where its marker is drawn (tests click these)."""
        if self.view is None or self._span is None:
            return []
        row_of = {uid: n for n, (uid, _, _) in enumerate(self.rows)}
        return [(e, QtCore.QPointF(self._x(e.at), self._row_y(row_of[e.account_uid])))
                for e in self.view.entries]

    def select(self, entry_id: int) -> None:
        self.selected_id = entry_id
        self.update()
        self.entry_selected.emit(entry_id)

    # -- geometry -----------------------------------------------------------------------------------
    def _x(self, t: datetime) -> float:
        assert self._span is not None
        lo, hi = self._span
        width = max(self.width() - LABEL_W - 16, 50)
        return LABEL_W + width * ((t - lo) / (hi - lo))

    @property
    def row_h(self) -> float:
        """Rows fill the height they are given, between MIN_ROW_H and ROW_H."""
        free = self.height() - AXIS_H - LEGEND_H - 8
        return max(float(MIN_ROW_H), min(float(ROW_H), free / max(1, len(self.rows))))

    def _row_y(self, n: int) -> float:
        return AXIS_H + n * self.row_h + self.row_h / 2

    def _ticks(self) -> list[datetime]:
        """Ticks on round local times: every few minutes, hours (counted from midnight) or days."""
        assert self._span is not None
        lo, hi = self._span
        minutes = (hi - lo).total_seconds() / 60
        width = max(self.width() - LABEL_W - 16, 50)
        most = max(3, min(10, int(width // 70)))
        step = next((s for s in STEPS if minutes / s <= most), STEPS[-1])
        midnight = lo.astimezone(TZ).replace(hour=0, minute=0, second=0, microsecond=0)
        ticks = []
        n = int((lo.astimezone(TZ) - midnight).total_seconds() // 60 // step)
        while True:
            # Wall-clock arithmetic from local midnight: 08:00 stays 08:00 on every day.
            t = (midnight + timedelta(minutes=n * step)).astimezone(TZ)
            if t > hi:
                break
            if t >= lo:
                ticks.append(t)
            n += 1
        return ticks

    # -- zoom ---------------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        if self._span is None or self._full is None:
            return 1.0
        return (self._full[1] - self._full[0]) / (self._span[1] - self._span[0])

    def zoom_by(self, factor: float, at_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out around the time under `at_x` (the middle when None)."""
        if self._span is None or self._full is None:
            return
        lo, hi = self._span
        full = self._full[1] - self._full[0]
        x = at_x if at_x is not None else LABEL_W + (self.width() - LABEL_W - 16) / 2
        width = max(self.width() - LABEL_W - 16, 50)
        frac = min(1.0, max(0.0, (x - LABEL_W) / width))
        pivot = lo + (hi - lo) * frac
        new = min(full, max(full / MAX_ZOOM, (hi - lo) / factor))
        start = pivot - new * frac
        start = max(self._full[0], min(start, self._full[1] - new))
        self._span = (start, start + new)
        self.update()

    def reset_zoom(self) -> None:
        self._span = self._full
        self.update()

    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and self._span is not None:
            steps = event.angleDelta().y() / 120
            self.zoom_by(1.25 ** steps, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.5)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_by(1 / 1.5)
        elif event.key() == Qt.Key.Key_0:
            self.reset_zoom()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QtGui.QMouseEvent) -> None:
        self.reset_zoom()

    # -- painting and input ------------------------------------------------------------------------
    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QtGui.QColor("#ffffff"))
        if self.view is None or self._span is None:
            p.setPen(QtGui.QColor("#888888"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Select a plan to see its timeline"))
            return
        row_h = self.row_h
        bottom = AXIS_H + len(self.rows) * row_h
        grid = QtGui.QPen(QtGui.QColor("#eeeeee"))
        for n in range(len(self.rows)):
            if n % 2:
                p.fillRect(QtCore.QRectF(0, AXIS_H + n * row_h, self.width(), row_h), QtGui.QColor("#f7f9fb"))
        fm = p.fontMetrics()
        p.save()
        p.setClipRect(QtCore.QRectF(LABEL_W - 4, 0, self.width() - LABEL_W + 4, self.height()))
        last_day = ""
        for t in self._ticks():
            x = self._x(t)
            p.setPen(grid)
            p.drawLine(QtCore.QPointF(x, AXIS_H - 4), QtCore.QPointF(x, bottom))
            p.setPen(QtGui.QColor("#555555"))
            label = t.strftime("%H:%M")
            p.drawText(QtCore.QPointF(x - fm.horizontalAdvance(label) / 2, AXIS_H - 8), label)
            day = t.strftime("%m-%d")
            if day != last_day:  # the date wherever the day changes, above the hour
                p.setPen(QtGui.QColor("#222222"))
                p.drawText(QtCore.QPointF(x - fm.horizontalAdvance(day) / 2, AXIS_H - 8 - fm.height()), day)
                last_day = day
        if self.view.window_end is not None:
            x = self._x(self.view.window_end)
            p.setPen(QtGui.QPen(QtGui.QColor(WINDOW_COLOUR), 1, Qt.PenStyle.DashLine))
            p.drawLine(QtCore.QPointF(x, AXIS_H - 4), QtCore.QPointF(x, bottom))
        now = self.now()
        if self._span[0] <= now <= self._span[1]:
            x = self._x(now)
            p.setPen(QtGui.QPen(QtGui.QColor(NOW_COLOUR), 2))
            p.drawLine(QtCore.QPointF(x, AXIS_H - 4), QtCore.QPointF(x, bottom))
            p.drawText(QtCore.QPointF(x + 3, bottom - 3), tr("now"))
        p.restore()
        p.setPen(QtGui.QColor("#555555"))
        p.drawText(QtCore.QPointF(6, AXIS_H - 8), tr("Beijing time"))
        if self.zoom > 1.01:
            p.drawText(QtCore.QPointF(6, AXIS_H - 8 - fm.height()), tr("zoom ×{z}", z=f"{self.zoom:.1f}"))
        for n, (_, name, colour) in enumerate(self.rows):
            y = self._row_y(n)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(QtCore.QRectF(6, y - 5, 4, 10), 1, 1)
            p.setPen(QtGui.QColor("#222222"))
            text = fm.elidedText(name, Qt.TextElideMode.ElideRight, LABEL_W - 22)
            p.drawText(QtCore.QPointF(16, y + fm.ascent() / 2 - 1), text)
        p.setClipRect(QtCore.QRectF(LABEL_W - 8, 0, self.width() - LABEL_W + 8, self.height()))
        for e, pt in self.markers():
            colour = state_colour(e.state)
            p.setBrush(colour)
            selected = e.id == self.selected_id
            p.setPen(QtGui.QPen(QtGui.QColor("#000000"), 2.5) if selected else QtGui.QPen(colour.darker(130), 1))
            r = MARKER_R + (2 if selected else 0)
            if e.action.value == "comment":
                p.drawRect(QtCore.QRectF(pt.x() - r, pt.y() - r, 2 * r, 2 * r))
            else:
                p.drawEllipse(pt, r, r)

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        pos = event.position()
        best: tuple[float, int] | None = None
        for e, pt in self.markers():
            d = (pt.x() - pos.x()) ** 2 + (pt.y() - pos.y()) ** 2
            if d <= (MARKER_R + 4) ** 2 and (best is None or d < best[0]):
                best = (d, e.id)
        self.select(best[1] if best else 0)

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        pos = event.position()
        for e, pt in self.markers():
            if abs(pt.x() - pos.x()) <= MARKER_R + 2 and abs(pt.y() - pos.y()) <= MARKER_R + 2:
                self.setToolTip(f"{e.screen_name} · {e.at.astimezone(TZ):%H:%M:%S} · "
                                f"{entry_state_label(e.state)}\n{e.text}")
                return
        self.setToolTip("")


def legend_html() -> str:
    """The marker colours in words, for the label under the timeline."""
    dots = [f"<span style='color:{colour}'>●</span> {entry_state_label(state)}"
            for state, colour in STATE_COLOURS.items()]
    lines = (f"<span style='color:{NOW_COLOUR}'>┃</span> " + tr("now") + "&nbsp;&nbsp;"
             f"<span style='color:{WINDOW_COLOUR}'>┆</span> " + tr("end of the plan's window") + "&nbsp;&nbsp;"
             + tr("Ctrl+wheel zooms, double-click shows all"))
    return "&nbsp;&nbsp;".join(dots) + "&nbsp;&nbsp;&nbsp;" + tr("● repost  ■ comment") + "<br>" + lines
