"""The page-audit area (seed 000): each account's page-setup checklist, and whom the official and leader
accounts follow, sorted into kinds so the unrelated ones can be reviewed first."""

from __future__ import annotations

from matrix_desktop.core.changes import Change
from matrix_desktop.core.insight.audits import AccountSetup, CheckStatus, FollowCategory, FollowVerdict
from matrix_desktop.services.insight.audits import AuditReport
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.insight.analytics import role_names
from matrix_desktop.ui.messages import reason_text
from matrix_desktop.ui.ops import Job, Op
from matrix_desktop.ui.qt import QtGui, QtWidgets
from matrix_desktop.ui.tablearea import TableArea
from matrix_desktop.ui.tablemodel import Column, ListTableModel
from matrix_desktop.ui.widgets import filter_box

_SHOWN = frozenset({Change.ACCOUNTS, Change.COMPANY})
_RED, _GREY = QtGui.QColor("#a4262c"), QtGui.QColor("#888888")


def check_names() -> dict[str, str]:
    return {"description": tr("Description"), "contact": tr("Contact"), "location": tr("Location"),
            "link": tr("Link"), "avatar": tr("Avatar"), "cover": tr("Cover"), "tags": tr("Tags"),
            "verification": tr("Verification")}


def status_marks() -> dict[CheckStatus, str]:
    return {CheckStatus.OK: "✓", CheckStatus.MISSING: tr("✗ missing"), CheckStatus.NOT_STORED: tr("not synced"),
            CheckStatus.NOT_APPLICABLE: "—"}


def category_names() -> dict[FollowCategory, str]:
    return {FollowCategory.OWN_MATRIX: tr("Own matrix"), FollowCategory.PARTNER: tr("Dealers and partners"),
            FollowCategory.INDUSTRY: tr("Industry"), FollowCategory.LOYAL_FAN: tr("Loyal fans"),
            FollowCategory.MEDIA: tr("Media"), FollowCategory.COMPETITOR: tr("Competitors"),
            FollowCategory.UNRELATED: tr("Unrelated")}


def _check_column(key: str, title: str) -> Column[AccountSetup]:
    marks = status_marks()

    def colour(s: AccountSetup) -> QtGui.QColor | None:
        st = s.check(key).status
        return _RED if st == CheckStatus.MISSING else _GREY if st != CheckStatus.OK else None

    return Column(key, title, lambda s: marks[s.check(key).status], foreground=colour,
                  tooltip=lambda s: s.check(key).detail)


class SetupAuditView(QtWidgets.QWidget):
    """Two tabs: the page-setup checklist and the following-list audit."""

    area = "audits"

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        roles = role_names()
        names = check_names()
        setup_cols: list[Column[AccountSetup]] = [
            Column("account", tr("Account"), lambda s: s.account.screen_name),
            Column("role", tr("Role"), lambda s: roles.get(s.account.role.value, s.account.role.value)),
            Column("problems", tr("Missing"), lambda s: s.problems, numeric=True,
                   foreground=lambda s: _RED if s.problems else None),
            *(_check_column(k, names[k]) for k in ("description", "contact", "verification", "location", "link",
                                                   "avatar", "cover", "tags")),
        ]
        self.setup_model: ListTableModel[AccountSetup] = ListTableModel(setup_cols, self,
                                                                        row_id=lambda s: s.account.uid)
        self.setup_area: TableArea[AccountSetup] = TableArea(
            self.setup_model, widths=(170, 70, 60, 80, 90, 80), empty_text=tr("No accounts yet"),
            count_text=lambda n: tr("{n} accounts", n=n))
        self.setup_area.add_footer(QtWidgets.QLabel(tr(
            "Location, link, avatar, cover and tags are not synced yet: check them on the account's page.")))
        cats = category_names()
        self.category = filter_box([(tr("All kinds"), ""), *((cats[c], c.value) for c in FollowCategory)])
        follow_cols: list[Column[FollowVerdict]] = [
            Column("follower", tr("Followed by"), lambda v: v.follower_name),
            Column("target", tr("Account followed"), lambda v: v.follow.target_name),
            Column("category", tr("Kind"), lambda v: cats[v.category],
                   foreground=lambda v: _RED if v.category in (FollowCategory.UNRELATED, FollowCategory.COMPETITOR)
                   else None),
            Column("reason", tr("Why"), lambda v: reason_text(v.reason)),
            Column("verified", tr("Verified"), lambda v: "V" if v.follow.target_verified else ""),
            Column("followers", tr("Followers"), lambda v: v.follow.target_followers, numeric=True),
        ]
        self.follow_model: ListTableModel[FollowVerdict] = ListTableModel(
            follow_cols, self, row_id=lambda v: (v.follow.account_uid, v.follow.target_uid))
        self.follow_area: TableArea[FollowVerdict] = TableArea(
            self.follow_model, widths=(150, 170, 110, 260, 50), empty_text=tr(
                "No following lists synced yet for the official and leader accounts"),
            count_text=lambda n: tr("{n} followed accounts", n=n))
        self.follow_area.add_filter(self.category)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self.setup_area, tr("Page setup"))
        self.tabs.addTab(self.follow_area, tr("Following lists"))
        QtWidgets.QVBoxLayout(self).addWidget(self.tabs)
        self.report: AuditReport | None = None
        self.category.currentIndexChanged.connect(lambda _i: self._show_follows())
        ctx.tracker.did_execute.connect(self.on_tracker_did_execute)
        self.reload()

    def on_tracker_did_execute(self, changes: object) -> None:
        if isinstance(changes, frozenset) and changes & _SHOWN:
            self.reload()

    def reload(self) -> None:
        audits = self.ctx.services.insight.audits

        def work(job: Job) -> AuditReport:
            return audits.report()

        Op(self.ctx.host, self, work).on_success(self.show_report).run()

    def show_report(self, report: AuditReport) -> None:
        self.report = report
        self.setup_model.set_items(report.setups)
        self._show_follows()

    def _show_follows(self) -> None:
        if self.report is None:
            return
        want = str(self.category.currentData() or "")
        self.follow_model.set_items([v for v in self.report.follows if not want or v.category.value == want])
