"""The Flags area (认证风险): employee accounts whose verification ties them to the company, and leaders
whose accounts are not verified — reviewed, with the evidence highlighted in the account's own text."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.core.accounts import Account
from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import CompanyProfile, MemberRole
from matrix_desktop.core.errors import MatrixError
from matrix_desktop.core.flags import (
    FlagEvent,
    FlagKind,
    FlagQuery,
    FlagSort,
    FlagState,
    LinkKind,
    Severity,
    VerificationFlag,
)
from matrix_desktop.core.flags.lifecycle import ACTIVE_STATES
from matrix_desktop.services.flags import ReevaluationReport
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.flags.dialogs import CompanyDialog, ReasonDialog
from matrix_desktop.ui.i18n import language, tr
from matrix_desktop.ui.messages import reason_text, verification_label
from matrix_desktop.ui.ops import Job, Op
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets
from matrix_desktop.ui.tablearea import TableArea
from matrix_desktop.ui.tablemodel import Column, LazyTableModel
from matrix_desktop.ui.widgets import Banner, SearchBox, filter_box, shortcut, status_message

Qt = QtCore.Qt

SEVERITY_COLOURS = {Severity.HIGH: "#c50f1f", Severity.MEDIUM: "#c25e00", Severity.LOW: "#8a8886",
                    Severity.NONE: "#8a8886"}
SEVERITY_BACKGROUNDS = {Severity.HIGH: "#fde7e9", Severity.MEDIUM: "#fff4ce", Severity.LOW: "#f3f2f1",
                        Severity.NONE: "#f3f2f1"}


def severity_label(s: Severity) -> str:
    return {Severity.HIGH: tr("High"), Severity.MEDIUM: tr("Medium"), Severity.LOW: tr("Low"),
            Severity.NONE: tr("None")}[s]


def kind_label(k: FlagKind) -> str:
    return {FlagKind.EMPLOYEE_LINK: tr("Employee tied to the company"),
            FlagKind.LEADER_UNVERIFIED: tr("Leader not verified"),
            FlagKind.EMPLOYEE_ORG_VERIFIED: tr("Employee verified as an organisation")}[k]


def state_label(s: FlagState) -> str:
    return {FlagState.OPEN: tr("Open"), FlagState.ACKNOWLEDGED: tr("Acknowledged"),
            FlagState.RESOLVED: tr("Resolved"), FlagState.WAIVED: tr("Waived")}[s]


def field_label(field: str) -> str:
    return {"verified_reason": tr("Verification text"), "description": tr("Description"),
            "screen_name": tr("Screen name"), "verified": tr("Verified")}.get(field, field)


def explain(f: VerificationFlag) -> str:
    """Why the flag was raised, in the interface's language, from the flag's fields.

    The matcher's own explanation (English, with the rule that fired) stays in the tooltip and the
    exports; a person reading the Chinese screen gets a sentence built from kind, field and evidence.
    """
    if language() == "en":
        return f.explanation
    if f.kind is FlagKind.LEADER_UNVERIFIED:
        return tr("A leader's account without platform verification: fans cannot tell it is really the "
                  "person in charge.")
    if f.kind is FlagKind.EMPLOYEE_ORG_VERIFIED:
        return tr("An employee account verified as an organisation in the company's name ({field}: "
                  "“{evidence}”): its posts read as the company's.", field=field_label(f.field), evidence=f.evidence)
    how = {LinkKind.CURRENT: tr("works at the company"), LinkKind.FORMER: tr("says they worked at the company"),
           LinkKind.EXECUTIVE: tr("holds an executive role at the company"),
           LinkKind.PARTNER: tr("is the company's dealer or partner")}.get(f.link_kind, tr("is tied to the company"))
    return tr("{field} says “{evidence}”: the account {how}, so its posts read as the company's.",
              field=field_label(f.field), evidence=f.evidence, how=how)


def flag_columns() -> list[Column[VerificationFlag]]:
    return [
        Column(FlagSort.SEVERITY.value, tr("Severity"), lambda f: severity_label(f.severity),
               foreground=lambda f: QtGui.QColor(SEVERITY_COLOURS[f.severity]),
               background=lambda f: QtGui.QColor(SEVERITY_BACKGROUNDS[f.severity])),
        Column(FlagSort.KIND.value, tr("Kind"), lambda f: kind_label(f.kind)),
        Column(FlagSort.ACCOUNT.value, tr("Account"), lambda f: f.account_name or f.account_uid,
               tooltip=lambda f: f.account_uid),
        Column(FlagSort.FIELD.value, tr("Field"), lambda f: field_label(f.field)),
        Column(FlagSort.EVIDENCE.value, tr("Evidence"), lambda f: f.evidence or "—", tooltip=lambda f: reason_text(f.explanation)),
        Column(FlagSort.STATE.value, tr("State"), lambda f: state_label(f.state),
               tooltip=lambda f: f.state_reason),
        Column(FlagSort.OPENED.value, tr("Opened"), lambda f: f.opened_at.astimezone().strftime("%Y-%m-%d %H:%M")),
    ]


@dataclass(frozen=True)
class FlagDetail:
    """What the detail pane shows for one flag (fetched off the GUI thread)."""

    flag: VerificationFlag
    account: Account | None
    history: list[FlagEvent]


def highlighted(text: str, span: tuple[int, int] | None, evidence: str) -> str:
    """`text` as HTML with the evidence span marked; everything escaped.

    The span was computed on the text as it was at the check; if the text has changed since (a resolved
    flag), the span no longer points at the evidence, so nothing is marked rather than the wrong words.
    """
    if span is not None and 0 <= span[0] < span[1] <= len(text) and text[span[0]:span[1]] == evidence:
        a, b = span
        return (html.escape(text[:a]) + "<span style='background:#ffe08a;color:#000;font-weight:bold'>"
                + html.escape(text[a:b]) + "</span>" + html.escape(text[b:]))
    return html.escape(text) if text else "—"


def detail_html(d: FlagDetail) -> str:
    f = d.flag
    a = d.account

    def row(label: str, value_html: str) -> str:
        return (f"<tr><td style='color:#666;padding-right:8px;white-space:nowrap'>{html.escape(label)}</td>"
                f"<td>{value_html}</td></tr>")

    def field_html(name: str, text: str) -> str:
        return highlighted(text, f.span, f.evidence) if f.field == name else (html.escape(text) if text else "—")

    colour = SEVERITY_COLOURS[f.severity]
    parts = [f"<h3>{html.escape(f.account_name or f.account_uid)}</h3>",
             f"<p><b style='color:{colour}'>{html.escape(severity_label(f.severity))}</b> · "
             f"{html.escape(kind_label(f.kind))} · {html.escape(state_label(f.state))}</p>"]
    rows = [row(tr("Weibo uid"), html.escape(f.account_uid))]
    if a is not None:
        verified = verification_label(a.verified, a.verified_type)
        rows += [row(tr("Screen name"), field_html("screen_name", a.screen_name)),
                 row(tr("Verified"), html.escape(verified)),
                 row(tr("Verification text"), field_html("verified_reason", a.verified_reason)),
                 row(tr("Description"), field_html("description", a.description))]
    if f.evidence:
        rows.append(row(tr("Evidence"), html.escape(f.evidence)))
    rows.append(row(tr("Why"), html.escape(explain(f))))
    if f.state_reason:
        rows.append(row(tr("Reason"), html.escape(f.state_reason)))
    parts.append(f"<table>{''.join(rows)}</table>")
    parts.append(f"<h4>{html.escape(tr('History'))}</h4><table>")
    for e in d.history:
        step = (tr("opened") if e.from_state is None
                else f"{state_label(e.from_state)} → {state_label(e.to_state)}")
        when = e.at.astimezone().strftime("%Y-%m-%d %H:%M")
        reason = f" — {html.escape(e.reason)}" if e.reason and e.from_state is not None else ""
        parts.append(f"<tr><td style='color:#666;padding-right:8px'>{when}</td>"
                     f"<td>{html.escape(tr('system') if e.actor == 'system' else e.actor)}: "
                     f"{html.escape(step)}{reason}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


class FlagsView(QtWidgets.QWidget):
    """Verification flags: filter, sort, read the evidence, acknowledge, resolve, waive, re-check."""

    area = "flags"

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        flags = ctx.services.flags
        self.state_filter = filter_box([(tr("Open + acknowledged"), "active"),
                                        *((state_label(s), s.value) for s in FlagState), (tr("All states"), "all")])
        self.severity_filter = filter_box([(tr("All severities"), ""), *(
            (severity_label(sev), sev.value) for sev in (Severity.HIGH, Severity.MEDIUM, Severity.LOW))])
        self.kind_filter = filter_box([(tr("All kinds"), ""), *((kind_label(k), k.value) for k in FlagKind)])
        self.search = SearchBox(tr("Search account, uid, evidence… (Ctrl+F)"))
        self.recheck_button = QtWidgets.QPushButton(tr("Re-check now"))
        self.recheck_button.setToolTip(tr("Check every account's verification text again (Ctrl+Shift+R)"))
        self.company_button = QtWidgets.QPushButton(tr("Company profile…"))
        self.banner = Banner(self, "warning")
        self.model: LazyTableModel[VerificationFlag] = LazyTableModel(
            ctx.host, flag_columns(), self._fetch_ids, flags.by_ids, lambda f: f.id, self)
        self.table_area: TableArea[VerificationFlag] = TableArea(
            self.model, widths=(64, 140, 120, 70, 180, 64), sort=(0, Qt.SortOrder.DescendingOrder),
            count_text=lambda n: tr("{n} flags", n=n), select_first=True)
        for w in (self.state_filter, self.severity_filter, self.kind_filter):
            self.table_area.add_filter(w)
        self.table_area.add_filter(self.search, 1)
        self.table_area.add_action(self.recheck_button)
        self.table_area.add_action(self.company_button)
        self.table_area.add_notice(self.banner)

        self.detail = QtWidgets.QTextBrowser()
        self.detail.setOpenExternalLinks(False)
        self.ack_button = QtWidgets.QPushButton(tr("Acknowledge"))
        self.ack_button.setToolTip(tr("You have seen it and are on it (Ctrl+K)"))
        self.resolve_button = QtWidgets.QPushButton(tr("Resolve…"))
        self.resolve_button.setToolTip(tr("The tie is gone, e.g. the verification was changed (Ctrl+R)"))
        self.waive_button = QtWidgets.QPushButton(tr("Waive…"))
        self.waive_button.setToolTip(tr("Accept the tie on purpose, with a reason (Ctrl+Shift+W)"))
        actions = QtWidgets.QHBoxLayout()
        for b in (self.ack_button, self.resolve_button, self.waive_button):
            actions.addWidget(b)
        side = QtWidgets.QWidget()
        side_layout = QtWidgets.QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 1)
        side_layout.addLayout(actions)
        side.setMinimumWidth(300)
        self.table_area.set_side(side)
        QtWidgets.QVBoxLayout(self).addWidget(self.table_area)

        for combo in (self.state_filter, self.severity_filter, self.kind_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.searched.connect(lambda _t: self.reload())
        self.recheck_button.clicked.connect(self.on_recheck_clicked)
        self.company_button.clicked.connect(self.on_company_clicked)
        self.ack_button.clicked.connect(self.on_ack_clicked)
        self.resolve_button.clicked.connect(self.on_resolve_clicked)
        self.waive_button.clicked.connect(self.on_waive_clicked)
        self.table_area.selection_changed.connect(self.on_area_selection_changed)
        ctx.tracker.did_execute.connect(self.on_did_execute)
        shortcut(QtGui.QKeySequence.StandardKey.Find, self, self.search.setFocus)
        shortcut("Ctrl+K", self, self.on_ack_clicked)
        shortcut("Ctrl+R", self, self.on_resolve_clicked)
        shortcut("Ctrl+Shift+W", self, self.on_waive_clicked)
        shortcut("Ctrl+Shift+R", self, self.on_recheck_clicked)  # F5 is the window's "Sync now"
        self._detail_generation = 0
        self.on_area_selection_changed(None)
        self.reload()

    # -- data ---------------------------------------------------------------------------------------
    def query(self, sort: str | None = None, descending: bool | None = None) -> FlagQuery:
        state = self.state_filter.currentData()
        states: frozenset[FlagState]
        if state == "active":
            states = ACTIVE_STATES
        elif state == "all":
            states = frozenset()
        else:
            states = frozenset({FlagState(state)})
        sev = self.severity_filter.currentData()
        kind = self.kind_filter.currentData()
        return FlagQuery(
            states=states, severities=frozenset({Severity(sev)}) if sev else frozenset(),
            kinds=frozenset({FlagKind(kind)}) if kind else frozenset(), text=self.search.text(),
            sort=FlagSort(sort or self.model.sort_key),
            descending=self.model.descending if descending is None else descending)

    def _fetch_ids(self, key: str, descending: bool) -> Callable[[], list[int]]:
        q = self.query(key, descending)  # read the filters here, on the GUI thread
        flags = self.ctx.services.flags
        return lambda: flags.ids(q)

    def reload(self) -> None:
        filtered = any(c.currentIndex() for c in (self.state_filter, self.severity_filter, self.kind_filter))
        self.table_area.set_empty_text(tr("No flag matches the filters") if filtered or self.search.text().strip()
                                       else tr("No open flag — every checked account is clear"))
        self.model.reload()
        Op(self.ctx.host, self, lambda job: self.ctx.services.flags.company_is_set()).on_success(
            lambda is_set: self.banner.show_text("" if is_set else tr(
                "Set the company profile first: without the company's names no account can be checked. "
                "Use “Company profile…”."))).run()

    def on_did_execute(self, areas: frozenset[Change]) -> None:
        # A sync changes profiles and re-checks flags ("accounts"); a review or re-check changes "flags".
        if Change.FLAGS in areas or Change.ACCOUNTS in areas:
            self.reload()

    def on_area_selection_changed(self, f: VerificationFlag | None) -> None:
        # Also after every reload with the same flag: its state or history may have changed.
        self.ack_button.setEnabled(f is not None and f.state is FlagState.OPEN)
        self.resolve_button.setEnabled(f is not None and f.state in ACTIVE_STATES)
        self.waive_button.setEnabled(f is not None and f.state in ACTIVE_STATES)
        self._detail_generation += 1
        if f is None:
            self.detail.setHtml(f"<p style='color:#888'>{html.escape(tr('Select a flag'))}</p>")
            return
        generation = self._detail_generation
        services = self.ctx.services

        def fetch(job: Job) -> FlagDetail:
            try:
                account: Account | None = services.registry.get(f.account_uid)
            except MatrixError:
                account = None
            return FlagDetail(f, account, services.flags.history(f.id))

        def show(d: FlagDetail) -> None:
            if generation == self._detail_generation:
                self.detail.setHtml(detail_html(d))

        Op(self.ctx.host, self, fetch).on_success(show).run()

    # -- actions ------------------------------------------------------------------------------------
    def on_ack_clicked(self) -> None:
        f = self.table_area.selected()
        if f is None or f.state is not FlagState.OPEN:
            return
        flags = self.ctx.services.flags
        (Op(self.ctx.host, self, lambda job: flags.acknowledge(f.id)).writes()
         .on_success(lambda g: status_message(self, tr("Flag acknowledged: {name}", name=g.account_name)))
         .changes(Change.FLAGS).run())

    def on_resolve_clicked(self) -> None:
        f = self.table_area.selected()
        if f is None or f.state not in ACTIVE_STATES:
            return
        dialog = ReasonDialog(self, tr("Resolve flag"), tr(
            "Mark the flag on {name} resolved? Do this when the tie is gone, for example the verification "
            "text was changed. A later check opens a new flag if the text still ties them to the company.",
            name=f.account_name or f.account_uid), tr("Resolve"), required=False)
        self._open_reason(dialog, f, resolve=True)

    def on_waive_clicked(self) -> None:
        f = self.table_area.selected()
        if f is None or f.state not in ACTIVE_STATES:
            return
        dialog = ReasonDialog(self, tr("Waive flag"), tr(
            "Waive the flag on {name}? The tie to the company is then accepted and later checks will not "
            "reopen it. Say why, for the next reviewer.", name=f.account_name or f.account_uid),
            tr("Waive"), required=True)
        self._open_reason(dialog, f, resolve=False)

    def _open_reason(self, dialog: ReasonDialog, f: VerificationFlag, resolve: bool) -> None:
        flags = self.ctx.services.flags

        def go() -> None:
            reason = dialog.value()

            def fn(job: Job) -> VerificationFlag:
                return flags.resolve(f.id, reason) if resolve else flags.waive(f.id, reason)

            def done(g: VerificationFlag) -> None:
                status_message(self, tr("Flag on {name} is now {state}", name=g.account_name or g.account_uid,
                                        state=state_label(g.state)))

            Op(self.ctx.host, self, fn).writes().on_success(done).changes(Change.FLAGS).run()

        dialog.accepted.connect(go)
        dialog.open()
        self._dialog: QtWidgets.QDialog = dialog

    def on_recheck_clicked(self) -> None:
        flags = self.ctx.services.flags

        def done(report: ReevaluationReport) -> None:
            if report.skipped:
                self.banner.show_text(tr(
                    "Set the company profile first: without the company's names no account can be checked. "
                    "Use “Company profile…”."))
                return
            status_message(self, tr("{n} accounts checked: {o} flags opened, {r} resolved",
                                    n=report.accounts, o=len(report.opened), r=len(report.resolved)))

        (Op(self.ctx.host, self, lambda job: flags.recheck(progress=job.progress, cancel=job.cancel)).writes()
         .with_progress(tr("Re-checking verification texts")).cancellable().on_success(done)
         .changes(Change.FLAGS).run())

    def on_company_clicked(self) -> None:
        services = self.ctx.services
        editable = services.actor.has(MemberRole.ADMIN)

        def opened(profile: CompanyProfile) -> None:
            dialog = CompanyDialog(self, profile, editable)
            self._dialog = dialog
            if editable:
                dialog.accepted.connect(lambda: self._save_company(dialog))
            dialog.open()

        Op(self.ctx.host, self, lambda job: services.company.get()).on_success(opened).run()

    def _save_company(self, dialog: CompanyDialog) -> None:
        company = self.ctx.services.company
        profile = dialog.value()

        def failed(exc: Exception) -> None:
            dialog.show_problem(str(exc))
            dialog.open()

        def done(report: ReevaluationReport) -> None:
            status_message(self, tr("Company profile saved. {n} accounts checked: {o} flags opened, {r} resolved",
                                    n=report.accounts, o=len(report.opened), r=len(report.resolved)))

        (Op(self.ctx.host, self, lambda job: company.set(profile)).writes()
         .with_progress(tr("Saving the company profile")).on_success(done).on_failure(failed)
         .changes(Change.FLAGS).run())


def open_flag_count(services: AppServices) -> int:
    """The navigation badge: flags nobody has looked at yet."""
    return services.flags.count_open()
