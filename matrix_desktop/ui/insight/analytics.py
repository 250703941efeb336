"""The analytics area: followers over time, the interactive-fan ratio per account and per role against
the 2.14% industry average, interactions per post, the best hours to post, and how fast complaints are
answered against the SLA. One read off the GUI thread per period; each chart exports PNG and CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from matrix_desktop.core.changes import Change
from matrix_desktop.core.insight.ratio import INDUSTRY_AVERAGE, MATRIX_KEY, FanRatio
from matrix_desktop.services.insight.analytics import AnalyticsReport, response_times
from matrix_desktop.services.insight.monthly import MonthlyReport
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.insight.charts import ChartPanel, Rows, bar_chart, line_chart
from matrix_desktop.ui.messages import hours_label
from matrix_desktop.ui.ops import Job, Op, show_error
from matrix_desktop.ui.qt import QtCharts, QtCore, QtWidgets, Signal
from matrix_desktop.ui.widgets import filter_box, status_message

TOP = 10
_SHOWN = frozenset({Change.ACCOUNTS, Change.POSTS, Change.INBOX})


def role_names() -> dict[str, str]:
    return {"official": tr("official"), "leader": tr("leader"), "sub_brand": tr("sub_brand"),
            "employee": tr("employee"), MATRIX_KEY: tr("Whole matrix")}


def _pct(r: FanRatio) -> float:
    return round((r.ratio or 0.0) * 100, 3)


def recent_months(now: datetime, n: int = 13) -> list[str]:
    """This month and the `n - 1` before it, newest first ("2026-12", "2026-11", ...)."""
    local = now.astimezone()
    y, m = local.year, local.month
    out = []
    for _ in range(n):
        out.append(f"{y}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out


class AnalyticsView(QtWidgets.QWidget):
    """Six charts over a period (7, 30 or 90 days) in a scrollable grid, and the monthly report's button.

    Signals:
        report_saved(str): a monthly report PDF was written to this path.
    """

    area = "analytics"
    report_saved = Signal(str)

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: AnalyticsReport | None = None
        self.saved_report: Path | None = None
        self.pending_draws: list[Callable[[], None]] = []
        self._draw_timer = QtCore.QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.setInterval(0)
        self._draw_timer.timeout.connect(self.draw_next)
        self.period = filter_box([(tr("Last 7 days"), 7), (tr("Last 30 days"), 30), (tr("Last 90 days"), 90)])
        self.period.setCurrentIndex(1)
        self.account = QtWidgets.QComboBox()
        self.account.setMinimumWidth(180)
        self.refresh_button = QtWidgets.QPushButton(tr("Refresh"))
        self.report_button = QtWidgets.QPushButton(tr("Monthly report…"))
        self.report_button.setToolTip(tr("Save the monthly report"))
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(QtWidgets.QLabel(tr("Period")))
        bar.addWidget(self.period)
        bar.addWidget(QtWidgets.QLabel(tr("Followers of")))
        bar.addWidget(self.account)
        bar.addStretch(1)
        bar.addWidget(self.report_button)
        bar.addWidget(self.refresh_button)
        self.followers = ChartPanel("followers")
        self.ratio_accounts = ChartPanel("fan_ratio_accounts")
        self.ratio_roles = ChartPanel("fan_ratio_roles")
        self.per_post = ChartPanel("interactions_per_post")
        self.hours = ChartPanel("best_hours")
        self.responses = ChartPanel("complaint_response")
        self.panels = [self.followers, self.ratio_roles, self.ratio_accounts, self.per_post, self.hours, self.responses]
        grid_host = QtWidgets.QWidget()
        grid = QtWidgets.QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, p in enumerate(self.panels):
            grid.addWidget(p, n // 2, n % 2)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.account.currentIndexChanged.connect(lambda _i: self._draw_followers())
        self.refresh_button.clicked.connect(self.reload)
        self.report_button.clicked.connect(self.on_report_clicked)
        ctx.tracker.did_execute.connect(self.on_tracker_did_execute)
        self.reload()

    def on_tracker_did_execute(self, changes: object) -> None:
        if isinstance(changes, frozenset) and changes & _SHOWN:
            self.reload()

    def reload(self) -> None:
        analytics = self.ctx.services.insight.analytics
        days = int(self.period.currentData() or 30)

        def work(job: Job) -> AnalyticsReport:
            start, end = analytics.period(days)
            return analytics.report(start, end + timedelta(seconds=1))

        Op(self.ctx.host, self, work).on_success(self.show_report).run()

    # -- the monthly report ---------------------------------------------------------------------------
    def on_report_clicked(self) -> None:
        months = recent_months(self.ctx.services.insight.analytics.now())
        month, ok = QtWidgets.QInputDialog.getItem(self, tr("Monthly report"), tr("Report month"), months,
                                                   1 if len(months) > 1 else 0, False)
        if not ok or not month:
            return
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, tr("Save the monthly report"),
                                                        f"monthly-report-{month}.pdf", "PDF (*.pdf)")
        if path:
            self.save_monthly_report(month, Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def save_monthly_report(self, month: str, path: Path) -> None:
        """Read the month in a worker, draw its charts and lay out the PDF here (Qt needs this thread's
        event loop for both), write the file in a worker."""
        from matrix_desktop.app.paths import write_private
        from matrix_desktop.ui.insight.report import MonthlyReportDocument, chart_pictures

        monthly = self.ctx.services.insight.monthly
        self.report_button.setEnabled(False)

        def printed(out: Path) -> None:
            self.report_button.setEnabled(True)
            self.saved_report = out
            status_message(self, tr("Saved the monthly report to {file}", file=str(out)))
            self.report_saved.emit(str(out))

        def failed(exc: Exception) -> None:
            self.report_button.setEnabled(True)
            show_error(self, exc, tr("Monthly report"))

        def read(rep: MonthlyReport) -> None:
            # Qt's text layout and PDF engine start timers, which need a thread with an event loop: the
            # few pages are laid out here (a fraction of a second); the file is written in a worker.
            data = MonthlyReportDocument(rep, chart_pictures(rep)).pdf_bytes()
            (Op(self.ctx.host, self, lambda job: write_private(path, data))
             .with_progress(tr("Printing the monthly report")).cancellable()
             .on_success(printed).on_failure(failed).on_cancelled(lambda: self.report_button.setEnabled(True))
             .run())

        (Op(self.ctx.host, self, lambda job: monthly.report(month)).with_progress(tr("Reading the month"))
         .on_success(read).on_failure(failed).run())

    def show_report(self, rep: AnalyticsReport) -> None:
        self.report = rep
        keep = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(tr("Whole matrix"), MATRIX_KEY)
        for a in rep.accounts:
            self.account.addItem(a.screen_name, a.uid)
        index = self.account.findData(keep) if keep else 0
        self.account.setCurrentIndex(max(index, 0))
        self.account.blockSignals(False)
        # One chart per turn of the event loop: building a QtCharts chart takes tens of milliseconds on a
        # big matrix, and six at once would stall the window.
        self.pending_draws = [self._draw_followers, lambda: self.ratio_roles.set_chart(*role_ratio_chart(rep)),
                              lambda: self.ratio_accounts.set_chart(*account_ratio_chart(rep)),
                              lambda: self.per_post.set_chart(*per_post_chart(rep)),
                              lambda: self.hours.set_chart(*best_hours_chart(rep)),
                              lambda: self.responses.set_chart(*responses_chart(rep))]
        self.draw_next()

    def draw_next(self) -> None:
        if self.pending_draws:
            self.pending_draws.pop(0)()
        if self.pending_draws:
            self._draw_timer.start()

    def _draw_followers(self) -> None:
        if self.report is not None:
            self.followers.set_chart(*followers_chart(self.report, str(self.account.currentData() or MATRIX_KEY)))



# -- the charts, built from a report's numbers (the analytics area and the monthly report share them) --

ChartSpec = tuple[QtCharts.QChart, list[str], Rows, str]


def followers_chart(rep: AnalyticsReport, key: str = MATRIX_KEY) -> ChartSpec:
    names = {a.uid: a.screen_name for a in rep.accounts}
    if key == MATRIX_KEY:
        points = [(at, float(v)) for at, v in rep.matrix_followers]
        label = tr("Whole matrix")
    else:
        points = [(p.taken_at, float(p.followers_count)) for p in rep.followers.get(key, [])]
        label = names.get(key, key)

    def rows() -> list[list[Any]]:  # built when exported: a big matrix has tens of thousands of snapshots
        out: list[list[Any]] = [[p.account_uid, names.get(p.account_uid, ""), p.taken_at.isoformat(),
                                 p.followers_count] for ps in rep.followers.values() for p in ps]
        out.sort(key=lambda r: (r[2], r[0]))
        return out

    note = tr("{n} snapshots, one per sync", n=len(points)) if points else tr(
        "No snapshots yet: every sync adds one")
    return (line_chart(tr("Followers over time: {who}", who=label), [(label, points)]),
            ["account_uid", "screen_name", "taken_at", "followers"], rows, note)


def role_ratio_chart(rep: AnalyticsReport) -> ChartSpec:
    avg = (tr("Industry average 2.14%"), INDUSTRY_AVERAGE * 100)
    roles = role_names()
    by_role = [r for r in rep.by_role if r.followers > 0]
    return (bar_chart(tr("Interactive-fan ratio per role (%)"), [roles.get(r.key, r.key) for r in by_role],
                      [(tr("Interactive fans ÷ followers"), [_pct(r) for r in by_role])], avg, "%.2f"),
            ["role", "interactive_fans", "followers", "ratio_percent"],
            [[r.key, r.fans, r.followers, _pct(r)] for r in rep.by_role],
            tr("Distinct fans who commented, mentioned or were answered; a fan counts once"))


def account_ratio_chart(rep: AnalyticsReport) -> ChartSpec:
    avg = (tr("Industry average 2.14%"), INDUSTRY_AVERAGE * 100)
    ranked = sorted((r for r in rep.by_account if r.followers > 0), key=lambda r: -(r.ratio or 0.0))
    shown = ranked[:TOP]
    below = sum(1 for r in ranked if not r.above_average)
    return (bar_chart(tr("Interactive-fan ratio per account (%), top {n}", n=len(shown)),
                      [r.label[:6] for r in shown], [(tr("Interactive fans ÷ followers"), [_pct(r) for r in shown])],
                      avg, "%.2f", label_angle=-50),
            ["account_uid", "screen_name", "interactive_fans", "followers", "ratio_percent"],
            [[r.key, r.label, r.fans, r.followers, _pct(r)] for r in rep.by_account],
            tr("{below} of {n} accounts are below the industry average", below=below, n=len(ranked)))


def per_post_chart(rep: AnalyticsReport) -> ChartSpec:
    ranked = sorted(rep.per_post, key=lambda a: -a.per_post)[:TOP]
    return (bar_chart(tr("Interactions per post (reposts + comments + likes)"), [a.name[:6] for a in ranked],
                      [(tr("Per post"), [round(a.per_post, 1) for a in ranked])], label_angle=-50),
            ["account_uid", "screen_name", "posts", "interactions", "per_post"],
            [[a.uid, a.name, a.posts, a.interactions, round(a.per_post, 2)] for a in rep.per_post],
            tr("{n} posts in the period", n=sum(a.posts for a in rep.per_post)))


def best_hours_chart(rep: AnalyticsReport) -> ChartSpec:
    hours = rep.best_hours
    best = max(hours, key=lambda h: h[2]) if hours and any(h[1] for h in hours) else None
    return (bar_chart(tr("Best hours to post: mean interactions by hour published"), [str(h) for h, _, _ in hours],
                      [(tr("Mean interactions"), [round(m, 1) for _, _, m in hours])]),
            ["hour", "posts", "mean_interactions"], [[h, n, round(m, 2)] for h, n, m in hours],
            tr("Best: {h}:00 (local time)", h=best[0]) if best else tr("No posts in the period"))


def responses_chart(rep: AnalyticsReport) -> ChartSpec:
    r = rep.responses or response_times([])
    # a "<" would start a rich-text tag in the axis
    labels = {"unanswered": tr("unanswered"), "<1h": hours_label("0-1h")}
    cats = [labels.get(b) or hours_label(b) for b, _ in r.buckets]
    median = f"{r.median_hours:.1f}" if r.median_hours is not None else "—"
    return (bar_chart(tr("Time to first answer of complaints"), cats,
                      [(tr("Complaints"), [n for _, n in r.buckets])]),
            ["bucket", "complaints"], [[b, n] for b, n in r.buckets],
            tr("{ok} of {n} answered within the SLA, {late} late, {open} unanswered; median {median} h",
               ok=r.within_sla, n=r.total, late=r.late, open=r.unanswered, median=median))


__all__ = ["AnalyticsView", "QtCore"]
