"""The monthly report as a PDF, laid out for printing (A4) with Qt: a QTextDocument of the month's
figures, the analytics charts (QtCharts, drawn to images), top posts, crises and how each was handled,
the complaints' SLA, keyword alerts, verification flags and campaigns, printed by QPdfWriter.

The text is set in a CJK font so Chinese prints as glyphs; the file is written whole or not at all.
Both the `report` command and the insight area's "Monthly report…" button end here.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.app.paths import write_private
from matrix_desktop.core.progress import CancelToken, Progress, ProgressSink
from matrix_desktop.services.insight.monthly import MonthlyReport
from matrix_desktop.ui.flags.view import explain
from matrix_desktop.ui.i18n import set_language, tr
from matrix_desktop.ui.insight.analytics import (
    ChartSpec,
    account_ratio_chart,
    best_hours_chart,
    followers_chart,
    per_post_chart,
    responses_chart,
    role_ratio_chart,
)
from matrix_desktop.ui.qt import QtCharts, QtCore, QtGui, QtWidgets

#: Fonts that hold Simplified Chinese, in order of preference (the setup installs WenQuanYi Micro Hei).
CJK_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC"]
#: A4 with 15 mm margins is 180 × 267 mm; the document is laid out on a page of PAGE_W pixels (96 dpi)
#: across and printed scaled to it, so a chart of CHART_W pixels always fits the width.
MARGIN_MM = 15.0
PAGE_W = 680.0
PAGE_H = PAGE_W * 267 / 180
#: A chart's size on the page (document pixels) and the oversampling it is drawn with.
CHART_W, CHART_H, CHART_SCALE = 640, 290, 2


def cjk_font(point_size: float = 10.0) -> QtGui.QFont:
    font = QtGui.QFont()
    font.setFamilies(CJK_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def chart_image(chart: QtCharts.QChart, width: int = CHART_W, height: int = CHART_H,
                scale: int = CHART_SCALE) -> QtGui.QImage:
    """A chart drawn off screen, `scale` times oversampled so print stays sharp."""
    scene = QtWidgets.QGraphicsScene()
    scene.addItem(chart)
    chart.setFont(cjk_font(9))
    chart.setTitleFont(cjk_font(10.5))
    chart.legend().setFont(cjk_font(8.5))
    for axis in chart.axes():
        axis.setLabelsFont(cjk_font(8))
    chart.setGeometry(QtCore.QRectF(0, 0, width, height))
    img = QtGui.QImage(width * scale, height * scale, QtGui.QImage.Format.Format_RGB32)
    img.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(img)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QtCore.QRectF(0, 0, width * scale, height * scale), QtCore.QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return img


def _e(text: object) -> str:
    return html.escape(str(text))


def _when(at: datetime | None) -> str:
    return at.astimezone().strftime("%m-%d %H:%M") if at is not None else "—"


def _num(n: float | int | None) -> str:
    return "—" if n is None else f"{n:,}" if isinstance(n, int) else f"{n:,.1f}"


def _yuan(fen: int) -> str:
    return f"¥{fen / 100:,.2f}"


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def status_names() -> dict[str, str]:
    return {"new": tr("new"), "triaged": tr("triaged"), "waiting_review": tr("waiting for review"),
            "routed": tr("routed to customer service"), "replied": tr("replied"), "closed": tr("closed"),
            "spam": tr("spam")}


def severity_names() -> dict[str, str]:
    return {"high": tr("high"), "medium": tr("medium"), "low": tr("low")}


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int] | None = None) -> str:
    """A ruled table; cells are already escaped HTML."""
    sizes = [f' width="{w}%"' for w in widths] if widths else [""] * len(headers)
    head = "".join(f'<th align="left" bgcolor="#eef2f7"{w}>{h}</th>' for h, w in zip(headers, sizes, strict=True))
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f'<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-color:#c8ced6;'
            f'border-collapse:collapse">{f"<tr>{head}</tr>"}{body}</table>')


def _none(text: str) -> str:
    return f'<p style="color:#666">{_e(text)}</p>'


@dataclass(frozen=True)
class ChartPicture:
    name: str
    image: QtGui.QImage | None
    note: str


def chart_pictures(rep: MonthlyReport) -> list[ChartPicture]:
    """The report's charts drawn to images. QtCharts are graphics widgets: call this on the GUI thread
    (it takes a few tens of milliseconds); the layout and printing may then run in a worker."""
    a = rep.analytics
    specs: list[tuple[str, ChartSpec]] = [
        ("followers", followers_chart(a)), ("ratio_roles", role_ratio_chart(a)),
        ("ratio_accounts", account_ratio_chart(a)), ("per_post", per_post_chart(a)),
        ("best_hours", best_hours_chart(a)), ("responses", responses_chart(a))]
    # An empty chart says nothing its note does not: the note alone stands in for it.
    empty = {"followers": not a.matrix_followers, "per_post": not a.per_post,
             "best_hours": not any(n for _, n, _ in a.best_hours),
             "responses": a.responses is None or a.responses.total == 0}
    return [ChartPicture(name, None if empty.get(name) else chart_image(spec[0]), spec[3]) for name, spec in specs]


class MonthlyReportDocument:
    """Lays one `MonthlyReport` out as a QTextDocument (charts as image resources) and prints it to PDF.
    Needs no widget: it may be built and printed in a worker thread."""

    def __init__(self, rep: MonthlyReport, charts: Sequence[ChartPicture]) -> None:
        self.rep = rep
        self.charts = list(charts)
        self.doc = QtGui.QTextDocument()
        self.doc.setPageSize(QtCore.QSizeF(PAGE_W, PAGE_H))
        self.doc.setDocumentMargin(0)
        self.doc.setDefaultFont(cjk_font(10))
        self.doc.setDefaultStyleSheet(
            "h1 { font-size: 20pt; color: #1f3a5f; } h2 { font-size: 14pt; color: #1f3a5f; margin-top: 14px; }"
            "th { font-weight: bold; } td, th { font-size: 9pt; } .note { color: #555; font-size: 9pt; }")
        for c in self.charts:
            if c.image is None:
                continue
            self.doc.addResource(QtGui.QTextDocument.ResourceType.ImageResource, QtCore.QUrl(f"chart:{c.name}"),
                                 c.image)
        self.doc.setHtml(self.html())

    def html(self) -> str:
        r = self.rep
        title = tr("{company} Weibo matrix: monthly report for {month}", company=r.company_name or tr("Our company"),
                   month=r.label)
        period = tr("{start} to {end} (local time); made {made}", start=r.start.strftime("%Y-%m-%d"),
                    end=(r.end - timedelta(days=1)).strftime("%Y-%m-%d"),
                    made=r.generated_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        parts = [
            f"<h1>{_e(title)}</h1>",
            f'<p class="note">{_e(period)}</p>',
            self._figures(),
            f"<h2>{_e(tr('Charts'))}</h2>",
        ]
        for c in self.charts:
            if c.image is None:
                parts.append(f'<p class="note">{_e(c.note)}</p>')
                continue
            parts.append(f'<p align="center"><img src="chart:{c.name}" width="{CHART_W}" height="{CHART_H}"></p>'
                         f'<p class="note" align="center">{_e(c.note)}</p>')
        parts += [self._top_posts(), self._crises(), self._sla(), self._alerts(), self._flags(), self._campaigns()]
        return "".join(parts)

    def _figures(self) -> str:
        r = self.rep
        ratio = r.matrix_ratio
        pct = f"{ratio.ratio * 100:.2f}%" if ratio is not None and ratio.ratio is not None else "—"
        followers = _num(r.followers_end)
        if r.followers_start is not None and r.followers_end is not None:
            delta = r.followers_end - r.followers_start
            followers = f"{_num(r.followers_start)} → {_num(r.followers_end)} ({delta:+,})"
        resp = r.analytics.responses
        sla = (f"{resp.within_sla}/{resp.total}" if resp is not None and resp.total else "—")
        rows = [
            (tr("Followers of the matrix"), followers),
            (tr("Interactive-fan ratio of the matrix"),
             tr("{pct} (industry average 2.14%; {fans} distinct fans)", pct=pct, fans=_num(ratio.fans if ratio else 0))),
            (tr("Posts published"), _num(r.posts)),
            (tr("Interactions on them (reposts + comments + likes)"), _num(r.post_interactions)),
            (tr("Fans' comments and mentions synced"), _num(r.fan_interactions)),
            (tr("Crisis signals"), _num(r.crises_total)),
            (tr("Complaints answered within the SLA"), sla),
            (tr("Keyword alerts"), _num(len(r.alerts))),
            (tr("Verification flags opened / closed"), f"{r.flags.opened} / {r.flags.closed}"),
            (tr("Paid-forwarding campaigns"), _num(len(r.campaigns))),
        ]
        out = f"<h2>{_e(tr('The month in figures'))}</h2>" + _table(
            [_e(tr("Figure")), _e(tr("Value"))], [(_e(k), _e(v)) for k, v in rows], [45, 55])
        if not r.has_data:
            out += _none(tr("Nothing was synced in this month yet."))
        return out

    def _top_posts(self) -> str:
        out = f"<h2>{_e(tr('Top posts'))}</h2>"
        if not self.rep.top_posts:
            return out + _none(tr("No posts in the period"))
        return out + _table(
            [_e(tr("Published")), _e(tr("Account")), _e(tr("Post")), _e(tr("Reposts")), _e(tr("Comments")),
             _e(tr("Likes"))],
            [(_e(_when(p.created_at)), _e(p.account_name), _e(_short(p.text, 60)), _num(p.reposts), _num(p.comments),
              _num(p.attitudes)) for p in self.rep.top_posts], [11, 16, 49, 8, 8, 8])

    def _crises(self) -> str:
        r = self.rep
        out = f"<h2>{_e(tr('Crises and how they were handled'))}</h2>"
        if not r.crises:
            return out + _none(tr("No crisis signal this month."))
        statuses = status_names()
        rows = []
        for c in r.crises:
            hours = c.hours_to_answer
            answered = tr("after {h} h", h=f"{hours:.1f}") if hours is not None else tr("not answered")
            rows.append((_e(_when(c.created_at)), _e(c.account_name), _e(f"{c.author_name}：{_short(c.text, 50)}"),
                         _e(statuses.get(c.status, c.status)), _e(answered), _e(_short(c.reply_text, 50) or "—")))
        out += _table([_e(tr("First seen")), _e(tr("Account")), _e(tr("What the fan said")), _e(tr("Status")),
                       _e(tr("First answer")), _e(tr("Our reply"))], rows, [10, 13, 30, 10, 10, 27])
        if r.crises_total > len(r.crises):
            out += _none(tr("and {n} more", n=r.crises_total - len(r.crises)))
        return out

    def _sla(self) -> str:
        resp = self.rep.analytics.responses
        out = f"<h2>{_e(tr('Complaints and the SLA'))}</h2>"
        if resp is None or resp.total == 0:
            return out + _none(tr("No complaint this month."))
        median = f"{resp.median_hours:.1f}" if resp.median_hours is not None else "—"
        return out + _table(
            [_e(tr("Complaints")), _e(tr("Within the SLA")), _e(tr("Late")), _e(tr("Unanswered")),
             _e(tr("Median hours to first answer"))],
            [(_num(resp.total), _num(resp.within_sla), _num(resp.late), _num(resp.unanswered), _e(median))])

    def _alerts(self) -> str:
        out = f"<h2>{_e(tr('Keyword alerts'))}</h2>"
        if not self.rep.alerts:
            return out + _none(tr("No keyword alert this month."))
        return out + _table(
            [_e(tr("Raised")), _e(tr("Watch list")), _e(tr("Mentions in the window")), _e(tr("Usual")),
             _e(tr("Acknowledged by"))],
            [(_e(_when(a.raised_at)), _e(a.watch_name), _num(a.count), _e(f"{a.baseline:.1f}"),
              _e(a.acknowledged_by or tr("not yet"))) for a in self.rep.alerts])

    def _flags(self) -> str:
        f = self.rep.flags
        sev = severity_names()
        by = "、".join(f"{sev.get(k, k)} {n}" for k, n in sorted(f.opened_by_severity.items())) or "—"
        summary = tr("{opened} opened ({by}), {closed} closed, {open} open at the end of the month",
                     opened=f.opened, by=by, closed=f.closed, open=f.open_at_end)
        out = (f"<h2>{_e(tr('Employee verification flags'))}</h2>"
               f"<p>{_e(summary)}</p>")
        if f.newest:
            out += _table([_e(tr("Opened")), _e(tr("Account")), _e(tr("Severity")), _e(tr("Why"))],
                          [(_e(_when(x.opened_at)), _e(x.account_name or x.account_uid),
                            _e(sev.get(x.severity.value, x.severity.value)), _e(_short(explain(x), 90)))
                           for x in f.newest], [12, 20, 10, 58])
        return out

    def _campaigns(self) -> str:
        out = f"<h2>{_e(tr('Paid-forwarding campaigns'))}</h2>"
        if not self.rep.campaigns:
            return out + _none(tr("No campaign ran this month."))
        return out + _table(
            [_e(tr("Campaign")), _e(tr("Budget")), _e(tr("Spent")), _e(tr("Forwards")), _e(tr("Reach")),
             _e(tr("Interactions"))],
            [(_e(s.campaign.name), _e(_yuan(s.campaign.budget_fen)), _e(_yuan(s.spent_fen)), _num(s.forwards),
              _num(s.reach), _num(s.interactions)) for s in self.rep.campaigns]) + _none(
            tr("Spend and reach are each campaign's to date."))

    # -- printing ------------------------------------------------------------------------------------
    def pdf_bytes(self) -> bytes:
        buffer = QtCore.QBuffer()
        buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
        writer = QtGui.QPdfWriter(buffer)
        writer.setTitle(tr("{company} Weibo matrix: monthly report for {month}",
                           company=self.rep.company_name or tr("Our company"), month=self.rep.label))
        writer.setCreator("Matrix Desktop")
        writer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4))
        writer.setPageMargins(QtCore.QMarginsF(*[MARGIN_MM] * 4), QtGui.QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        self.doc.print_(writer)
        del writer  # finishes the file
        buffer.close()
        return bytes(buffer.data().data())


def write_monthly_pdf(rep: MonthlyReport, charts: Sequence[ChartPicture], path: Path,
                      progress: ProgressSink | None = None, cancel: CancelToken | None = None) -> Path:
    """Lay out and print `rep` to `path`, atomically and private to the user (a worker may call this)."""
    if progress is not None:
        progress(Progress(0, 2, tr("Laying out the report")))
    data = MonthlyReportDocument(rep, charts).pdf_bytes()
    if cancel is not None:
        cancel.raise_if_cancelled()
    if progress is not None:
        progress(Progress(1, 2, tr("Writing {file}", file=str(path))))
    return write_private(path, data)


def render_report_command(month: str, out: Path, services: AppServices, language: str | None = None) -> Path:
    """`matrix-desktop report --month YYYY-MM --out FILE.pdf`: read, draw, print. It never shows a window,
    so Qt runs offscreen unless told otherwise; the report is in Chinese unless `--lang en`."""
    from matrix_desktop.ui.application import make_app

    rep = services.insight.monthly.report(month)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    make_app()
    set_language(language or "zh_CN")
    return write_monthly_pdf(rep, chart_pictures(rep), out)
