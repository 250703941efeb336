"""A chart with its data: a QtCharts view, and buttons that export the picture (PNG) and the numbers
(CSV, formula-guarded), so every chart of the analytics area and the report travel as both."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from matrix_desktop.app.paths import write_private
from matrix_desktop.core.csvsafe import guard_row
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.qt import QtCharts, QtCore, QtGui, QtWidgets
from matrix_desktop.ui.widgets import status_message

Qt = QtCore.Qt
#: A chart's data rows, or a function that builds them when they are exported.
Rows = Sequence[Sequence[Any]] | Callable[[], Sequence[Sequence[Any]]]
REFERENCE_PEN = QtGui.QPen(QtGui.QColor("#d13438"), 2, Qt.PenStyle.DashLine)


def csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(guard_row(headers))
    for r in rows:
        w.writerow(guard_row(r))
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # with a BOM, so Excel reads the Chinese as UTF-8


def new_chart(title: str) -> QtCharts.QChart:
    chart = QtCharts.QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QtCharts.QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QtCore.QMargins(4, 4, 4, 4))
    return chart


def bar_chart(title: str, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]],
              reference: tuple[str, float] | None = None, value_format: str = "%.0f",
              label_angle: int = 0) -> QtCharts.QChart:
    """Vertical bars per category; `reference` draws a dashed horizontal line (the 2.14% average)."""
    chart = new_chart(title)
    series = QtCharts.QBarSeries()
    for name, values in sets:
        bar = QtCharts.QBarSet(name)
        bar.append([float(v) for v in values])
        series.append(bar)
    chart.addSeries(series)
    axis_x = QtCharts.QBarCategoryAxis()
    axis_x.append(list(categories))
    axis_x.setLabelsAngle(label_angle)
    axis_y = QtCharts.QValueAxis()
    axis_y.setLabelFormat(value_format)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    top = max([float(v) for _, vs in sets for v in vs] + [reference[1] if reference else 0.0, 1e-9])
    axis_y.setRange(0, top * 1.15)
    if reference is not None and categories:
        line = QtCharts.QLineSeries()
        line.setName(reference[0])
        line.setPen(REFERENCE_PEN)
        line.append(-0.5, reference[1])
        line.append(len(categories) - 0.5, reference[1])
        chart.addSeries(line)
        hidden_x = QtCharts.QValueAxis()
        hidden_x.setRange(-0.5, len(categories) - 0.5)
        hidden_x.setVisible(False)
        chart.addAxis(hidden_x, Qt.AlignmentFlag.AlignTop)
        line.attachAxis(hidden_x)
        line.attachAxis(axis_y)
    if len(sets) == 1 and reference is None:
        chart.legend().hide()
    return chart


def line_chart(title: str, series_points: Sequence[tuple[str, Sequence[tuple[datetime, float]]]]) -> QtCharts.QChart:
    """Lines over time (followers); one point per snapshot."""
    chart = new_chart(title)
    axis_x = QtCharts.QDateTimeAxis()
    axis_x.setFormat("MM-dd HH:mm")
    axis_y = QtCharts.QValueAxis()
    axis_y.setLabelFormat("%.0f")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    lo, hi, t0, t1 = float("inf"), float("-inf"), float("inf"), float("-inf")
    for name, points in series_points:
        s = QtCharts.QLineSeries()
        s.setName(name)
        s.setPointsVisible(len(points) < 40)
        for at, v in points:
            ms = at.timestamp() * 1000
            s.append(ms, float(v))
            lo, hi, t0, t1 = min(lo, v), max(hi, v), min(t0, ms), max(t1, ms)
        chart.addSeries(s)
        s.attachAxis(axis_x)
        s.attachAxis(axis_y)
    if lo <= hi:
        pad = max((hi - lo) * 0.1, abs(hi) * 0.001, 2.0)  # a flat line still gets distinct tick labels
        axis_y.setRange(max(0.0, lo - pad), hi + pad)
        axis_y.applyNiceNumbers()
        if t0 == t1:
            t0, t1 = t0 - 3_600_000, t1 + 3_600_000
        axis_x.setRange(QtCore.QDateTime.fromMSecsSinceEpoch(int(t0)), QtCore.QDateTime.fromMSecsSinceEpoch(int(t1)))
    if len(series_points) <= 1:
        chart.legend().hide()
    return chart


class ChartPanel(QtWidgets.QFrame):
    """One chart with its data and its export buttons ("PNG…", "CSV…")."""

    def __init__(self, name: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.view = QtCharts.QChartView()
        self.view.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(250)
        self.note = QtWidgets.QLabel()
        self.note.setStyleSheet("color: #666;")
        self.note.setWordWrap(True)
        self.png_button = QtWidgets.QPushButton(tr("PNG…"))
        self.csv_button = QtWidgets.QPushButton(tr("CSV…"))
        for b in (self.png_button, self.csv_button):
            b.setFlat(True)
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.png_button)
        bar.addWidget(self.csv_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.headers: list[str] = []
        self._rows: Rows = []
        self.png_button.clicked.connect(self.on_png_clicked)
        self.csv_button.clicked.connect(self.on_csv_clicked)

    def set_chart(self, chart: QtCharts.QChart, headers: Sequence[str], rows: Rows, note: str = "") -> None:
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.headers, self._rows = list(headers), rows
        self.note.setText(note)

    def image(self, size: QtCore.QSize | None = None) -> QtGui.QImage:
        """The chart drawn at `size` (default: as shown), for the PNG export and the monthly report."""
        size = size or self.view.size()
        img = QtGui.QImage(size, QtGui.QImage.Format.Format_ARGB32)
        img.fill(QtGui.QColor("white"))
        painter = QtGui.QPainter(img)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        self.view.render(painter, QtCore.QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return img

    def export_png(self, path: Path) -> None:
        if not self.image().save(str(path)):
            raise OSError(f"could not write {path}")

    @property
    def rows(self) -> list[list[Any]]:
        rows = self._rows() if callable(self._rows) else self._rows
        return [list(r) for r in rows]

    def export_csv(self, path: Path) -> None:
        write_private(path, csv_bytes(self.headers, self.rows))

    def on_png_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, tr("Export chart"), f"{self.name}.png", "PNG (*.png)")
        if path:
            self.export_png(Path(path))
            status_message(self, tr("Saved {file}", file=path))

    def on_csv_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, tr("Export chart data"), f"{self.name}.csv",
                                                        "CSV (*.csv)")
        if path:
            self.export_csv(Path(path))
            status_message(self, tr("Saved {file}", file=path))
