"""The analytics area: followers over time, the interactive-fan ratio per account and per role against
the 2.14% industry average, interactions per post, the best hours to post, and how fast complaints are
answered against the SLA. One read off the GUI thread per period; each chart exports PNG and CSV."""

from __future__ import annotations

from datetime import timedelta

from matrix_desktop.core.changes import Change
from matrix_desktop.core.insight.ratio import INDUSTRY_AVERAGE, MATRIX_KEY, FanRatio
from matrix_desktop.services.insight.analytics import AnalyticsReport
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.insight.charts import ChartPanel, bar_chart, line_chart
from matrix_desktop.ui.messages import hours_label
from matrix_desktop.ui.ops import Job, Op
from matrix_desktop.ui.qt import QtCore, QtWidgets
from matrix_desktop.ui.widgets import filter_box

TOP = 10
_SHOWN = frozenset({Change.ACCOUNTS, Change.POSTS, Change.INBOX})


def role_names() -> dict[str, str]:
    return {"official": tr("official"), "leader": tr("leader"), "sub_brand": tr("sub_brand"),
            "employee": tr("employee"), MATRIX_KEY: tr("Whole matrix")}


def _pct(r: FanRatio) -> float:
    return round((r.ratio or 0.0) * 100, 3)


class AnalyticsView(QtWidgets.QWidget):
    """Six charts over a period (7, 30 or 90 days) in a scrollable grid."""

    area = "analytics"

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: AnalyticsReport | None = None
        self.period = filter_box([(tr("Last 7 days"), 7), (tr("Last 30 days"), 30), (tr("Last 90 days"), 90)])
        self.period.setCurrentIndex(1)
        self.account = QtWidgets.QComboBox()
        self.account.setMinimumWidth(180)
        self.refresh_button = QtWidgets.QPushButton(tr("Refresh"))
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(QtWidgets.QLabel(tr("Period")))
        bar.addWidget(self.period)
        bar.addWidget(QtWidgets.QLabel(tr("Followers of")))
        bar.addWidget(self.account)
        bar.addStretch(1)
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
        self._draw_followers()
        self._draw_ratios(rep)
        self._draw_posts(rep)
        self._draw_responses(rep)

    def _draw_followers(self) -> None:
        rep = self.report
        if rep is None:
            return
        key = self.account.currentData() or MATRIX_KEY
        names = {a.uid: a.screen_name for a in rep.accounts}
        if key == MATRIX_KEY:
            points = [(at, float(v)) for at, v in rep.matrix_followers]
            label = tr("Whole matrix")
        else:
            points = [(p.taken_at, float(p.followers_count)) for p in rep.followers.get(str(key), [])]
            label = names.get(str(key), str(key))
        rows = [[p.account_uid, names.get(p.account_uid, ""), p.taken_at.isoformat(), p.followers_count]
                for ps in rep.followers.values() for p in ps]
        rows.sort(key=lambda r: (r[2], r[0]))
        note = tr("{n} snapshots, one per sync", n=len(points)) if points else tr(
            "No snapshots yet: every sync adds one")
        self.followers.set_chart(line_chart(tr("Followers over time: {who}", who=label), [(label, points)]),
                                 ["account_uid", "screen_name", "taken_at", "followers"], rows, note)

    def _draw_ratios(self, rep: AnalyticsReport) -> None:
        avg = (tr("Industry average 2.14%"), INDUSTRY_AVERAGE * 100)
        roles = role_names()
        by_role = [r for r in rep.by_role if r.followers > 0]
        self.ratio_roles.set_chart(
            bar_chart(tr("Interactive-fan ratio per role (%)"), [roles.get(r.key, r.key) for r in by_role],
                      [(tr("Interactive fans ÷ followers"), [_pct(r) for r in by_role])], avg, "%.2f"),
            ["role", "interactive_fans", "followers", "ratio_percent"],
            [[r.key, r.fans, r.followers, _pct(r)] for r in rep.by_role],
            tr("Distinct fans who commented, mentioned or were answered; a fan counts once"))
        ranked = sorted((r for r in rep.by_account if r.followers > 0), key=lambda r: -(r.ratio or 0.0))
        shown = ranked[:TOP]
        below = sum(1 for r in ranked if not r.above_average)
        self.ratio_accounts.set_chart(
            bar_chart(tr("Interactive-fan ratio per account (%), top {n}", n=len(shown)),
                      [r.label[:6] for r in shown], [(tr("Interactive fans ÷ followers"), [_pct(r) for r in shown])],
                      avg, "%.2f", label_angle=-50),
            ["account_uid", "screen_name", "interactive_fans", "followers", "ratio_percent"],
            [[r.key, r.label, r.fans, r.followers, _pct(r)] for r in rep.by_account],
            tr("{below} of {n} accounts are below the industry average", below=below, n=len(ranked)))

    def _draw_posts(self, rep: AnalyticsReport) -> None:
        ranked = sorted(rep.per_post, key=lambda a: -a.per_post)[:TOP]
        self.per_post.set_chart(
            bar_chart(tr("Interactions per post (reposts + comments + likes)"), [a.name[:6] for a in ranked],
                      [(tr("Per post"), [round(a.per_post, 1) for a in ranked])], label_angle=-50),
            ["account_uid", "screen_name", "posts", "interactions", "per_post"],
            [[a.uid, a.name, a.posts, a.interactions, round(a.per_post, 2)] for a in rep.per_post],
            tr("{n} posts in the period", n=sum(a.posts for a in rep.per_post)))
        hours = rep.best_hours
        best = max(hours, key=lambda h: h[2]) if hours and any(h[1] for h in hours) else None
        self.hours.set_chart(
            bar_chart(tr("Best hours to post: mean interactions by hour published"), [str(h) for h, _, _ in hours],
                      [(tr("Mean interactions"), [round(m, 1) for _, _, m in hours])]),
            ["hour", "posts", "mean_interactions"], [[h, n, round(m, 2)] for h, n, m in hours],
            tr("Best: {h}:00 (local time)", h=best[0]) if best else tr("No posts in the period"))

    def _draw_responses(self, rep: AnalyticsReport) -> None:
        r = rep.responses
        if r is None:
            return
        labels = {"unanswered": tr("unanswered")}
        cats = [labels.get(b) or hours_label(b) for b, _ in r.buckets]
        median = f"{r.median_hours:.1f}" if r.median_hours is not None else "—"
        self.responses.set_chart(
            bar_chart(tr("Time to first answer of complaints"), cats, [(tr("Complaints"), [n for _, n in r.buckets])]),
            ["bucket", "complaints"], [[b, n] for b, n in r.buckets],
            tr("{ok} of {n} answered within the SLA, {late} late, {open} unanswered; median {median} h",
               ok=r.within_sla, n=r.total, late=r.late, open=r.unanswered, median=median))


__all__ = ["AnalyticsView", "QtCore"]
