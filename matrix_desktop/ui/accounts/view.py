"""The Accounts area: a sortable, filterable table of the matrix, a detail pane, import and export."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from matrix_desktop.app.paths import write_private
from matrix_desktop.core.accounts import Account, AccountQuery, AccountRole, SortKey
from matrix_desktop.core.changes import Change
from matrix_desktop.core.errors import EditConflict, ImportRejected
from matrix_desktop.core.progress import Progress
from matrix_desktop.services.accounts import EDITORS, ImportReport
from matrix_desktop.services.sync import AccountSyncStatus
from matrix_desktop.ui.accounts.dialog import AccountDialog, role_label
from matrix_desktop.ui.admin.credentials import state_label
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.messages import verification_label
from matrix_desktop.ui.ops import Job, Op, show_error
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets
from matrix_desktop.ui.tablearea import TableArea
from matrix_desktop.ui.tablemodel import Column, LazyTableModel
from matrix_desktop.ui.widgets import Banner, SearchBox, filter_box, holds, permit, shortcut, status_message

Qt = QtCore.Qt


def account_columns() -> list[Column[Account]]:
    grey = QtGui.QColor("#888888")
    return [
        Column(SortKey.SCREEN_NAME.value, tr("Screen name"), lambda a: a.screen_name,
               foreground=lambda a: grey if a.archived else None),
        Column(SortKey.ROLE.value, tr("Role"), lambda a: role_label(a.role)),
        Column(SortKey.UID.value, tr("Weibo uid"), lambda a: a.uid),
        Column(SortKey.OWNER.value, tr("Owner"), lambda a: a.owner),
        Column(SortKey.TEAM.value, tr("Team"), lambda a: a.team),
        Column(SortKey.VERIFIED.value, tr("Verified"), lambda a: "V" if a.verified else ""),
        Column(SortKey.FOLLOWERS.value, tr("Followers"), lambda a: a.followers_count, numeric=True),
        Column("verified_reason", tr("Verification text"), lambda a: a.verified_reason, sortable=False,
               tooltip=lambda a: a.verified_reason),
        Column(SortKey.UPDATED.value, tr("Updated"),
               lambda a: a.updated_at.astimezone().strftime("%Y-%m-%d %H:%M") if a.updated_at else ""),
    ]


class AccountsView(QtWidgets.QWidget):
    """The registry: filter by role and text, sort any column, add/edit/archive, import/export CSV."""

    area = "accounts"

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        reg = ctx.services.registry
        self.role_filter = filter_box([(tr("All roles"), ""), *((role_label(r), r.value) for r in AccountRole)])
        self.search = SearchBox(tr("Search name, uid, owner, team, verification… (Ctrl+F)"))
        self.search.setMinimumWidth(320)
        self.show_archived = QtWidgets.QCheckBox(tr("Show archived"))
        self.add_button = QtWidgets.QPushButton(tr("Add…"))
        self.edit_button = QtWidgets.QPushButton(tr("Edit…"))
        self.archive_button = QtWidgets.QPushButton(tr("Archive"))
        self.import_button = QtWidgets.QPushButton(tr("Import CSV…"))
        self.export_button = QtWidgets.QPushButton(tr("Export CSV…"))
        self.banner = Banner(self, "info")
        self.may_edit = holds(ctx.services.actor, EDITORS)  # the registry's own check
        for b in (self.add_button, self.import_button):
            permit(b, self.may_edit, EDITORS)
        self.model: LazyTableModel[Account] = LazyTableModel(
            ctx.host, account_columns(), self._fetch_ids, reg.by_ids, lambda a: a.id, self)
        self.table_area: TableArea[Account] = TableArea(
            self.model, widths=(170, 70, 110, 80, 90, 50, 90, 260), sort=(1, Qt.SortOrder.AscendingOrder),
            count_text=lambda n: tr("{n} accounts", n=n))
        for w in (self.role_filter, self.search, self.show_archived):
            self.table_area.add_filter(w)
        for b in (self.add_button, self.edit_button, self.archive_button, self.import_button, self.export_button):
            self.table_area.add_action(b)
        self.table_area.add_notice(self.banner)
        self.detail = QtWidgets.QTextBrowser()
        self.detail.setMinimumWidth(260)
        self.table_area.set_side(self.detail)
        QtWidgets.QVBoxLayout(self).addWidget(self.table_area)

        self.role_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.searched.connect(lambda _t: self.reload())
        self.show_archived.toggled.connect(lambda _b: self.reload())
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.archive_button.clicked.connect(self.on_archive_clicked)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.table_area.activated.connect(lambda _a: self.on_edit_clicked())
        self.table_area.selection_changed.connect(self.on_area_selection_changed)
        ctx.tracker.did_execute.connect(self.on_did_execute)
        shortcut(QtGui.QKeySequence.StandardKey.Find, self, self.search.setFocus)
        shortcut(QtGui.QKeySequence.StandardKey.New, self, self.on_add_clicked)
        shortcut(QtGui.QKeySequence.StandardKey.Delete, self.table_area.table, self.on_archive_clicked)
        self.on_area_selection_changed(None)
        self.reload()

    # -- data ---------------------------------------------------------------------------------------
    def query(self, sort: str | None = None, descending: bool | None = None) -> AccountQuery:
        role = self.role_filter.currentData()
        return AccountQuery(
            roles=frozenset({AccountRole(role)}) if role else frozenset(), text=self.search.text(),
            include_archived=self.show_archived.isChecked(),
            sort=SortKey(sort or self.model.sort_key),
            descending=self.model.descending if descending is None else descending)

    def _fetch_ids(self, key: str, descending: bool) -> Callable[[], list[int]]:
        q = self.query(key, descending)  # read the filters here, on the GUI thread
        registry = self.ctx.services.registry
        return lambda: registry.ids(q)

    def reload(self) -> None:
        filtered = self.role_filter.currentIndex() > 0 or bool(self.search.text().strip())
        self.table_area.set_empty_text(tr("No account matches the filters") if filtered else
                                       tr("No accounts yet — add one or import a CSV"))
        self.model.reload()
        Op(self.ctx.host, self, lambda job: self.ctx.services.registry.warnings()).on_success(
            lambda ws: self.banner.show_text(" ".join(tr(w) for w in ws))).run()

    def on_did_execute(self, areas: frozenset[Change]) -> None:
        if Change.ACCOUNTS in areas:
            self.reload()

    def _api_base_url(self) -> str:
        return self.ctx.services.config.settings().weibo_base_url

    def on_area_selection_changed(self, a: Account | None) -> None:
        permit(self.edit_button, self.may_edit, EDITORS, a is not None)
        permit(self.archive_button, self.may_edit, EDITORS, a is not None)
        if a is not None:
            self.archive_button.setText(tr("Restore") if a.archived else tr("Archive"))
        self.detail.setHtml(account_html(a, self._api_base_url()) if a else f"<p style='color:#888'>{tr('Select an account')}</p>")
        if a is not None:
            self._show_connection(a)

    def _show_connection(self, a: Account) -> None:
        """Add the token state and the last sync's outcome to the detail pane (read off the GUI thread)."""
        services = self.ctx.services

        def work(job: Job) -> tuple[str, AccountSyncStatus]:
            states = {s.account_uid: s for s in services.credentials.statuses()}
            token = states.get(a.uid)
            return (state_label(token.state) if token else "—"), services.sync.account_status(a.uid)

        def show(result: tuple[str, AccountSyncStatus]) -> None:
            if self.table_area.selected_id() != a.id:
                return
            token, status = result
            when = status.last_ok_at.astimezone().strftime("%Y-%m-%d %H:%M") if status.last_ok_at else tr("never")
            lines = [f"<p><b>{tr('Connection')}</b>: {html.escape(token)}<br>"
                     f"<b>{tr('Last successful sync')}</b>: {when}</p>"]
            if status.last_error:
                lines.append(f"<p style='color:#a4262c'><b>{tr('Last sync failed')}</b>: "
                             f"{html.escape(status.last_error)}</p>")
            if status.deferred_until:
                lines.append(f"<p>{tr('Deferred by the rate limit until {t}', t=status.deferred_until.astimezone().strftime('%H:%M'))}</p>")
            self.detail.setHtml(account_html(a, self._api_base_url()) + "".join(lines))

        Op(self.ctx.host, self, work).on_success(show).on_failure(lambda exc: None).run()

    # -- actions ------------------------------------------------------------------------------------
    def on_add_clicked(self) -> None:
        if not self.may_edit:
            return
        self._open_dialog(AccountDialog(self))

    def on_edit_clicked(self) -> None:
        if not self.may_edit:
            return
        a = self.table_area.selected()
        if a is not None:
            self._open_dialog(AccountDialog(self, a), a)

    def _open_dialog(self, dialog: AccountDialog, account: Account | None = None) -> None:
        reg = self.ctx.services.registry

        def save() -> None:
            data = dialog.value()
            if data is None:
                return

            def fn(job: Job) -> Account:
                return reg.update(account.id, data, read=account) if account else reg.create(data)

            def failed(exc: Exception) -> None:
                if isinstance(exc, EditConflict):
                    # Saved on another desktop meanwhile: say what changed; the table shows the new version.
                    show_error(self, exc)
                    self.reload()
                    return
                dialog.show_problem(str(exc))
                dialog.open()

            (Op(self.ctx.host, self, fn).writes().on_success(lambda a: self.table_area.select_id(a.id))
             .on_failure(failed).changes(Change.ACCOUNTS).run())  # the saved account stays selected

        dialog.accepted.connect(save)
        dialog.open()
        self._dialog = dialog

    def on_archive_clicked(self) -> None:
        if not self.may_edit:
            return
        a = self.table_area.selected()
        if a is None:
            return
        reg = self.ctx.services.registry
        if not a.archived:
            answer = QtWidgets.QMessageBox.question(
                self, tr("Archive account"),
                tr("Archive {name}? It leaves the matrix (no forwarding, no sync) but its history is kept, "
                   "and Restore brings it back.", name=a.screen_name))
            if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                return
        fn = (lambda job: reg.restore(a.id, read=a)) if a.archived else (lambda job: reg.archive(a.id, read=a))
        Op(self.ctx.host, self, fn).writes().changes(Change.ACCOUNTS).run()

    def on_import_clicked(self) -> None:
        if not self.may_edit:
            return
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, tr("Import accounts"), "", "CSV (*.csv);;* (*)")
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        reg = self.ctx.services.registry

        def fn(job: Job) -> ImportReport:
            return reg.import_csv(path.read_bytes(), progress=job.progress, cancel=job.cancel)

        def failed(exc: Exception) -> None:
            if isinstance(exc, ImportRejected):
                show_error(self, exc, tr("Nothing imported from {file}", file=path.name))
            else:
                show_error(self, exc)

        def done(report: ImportReport) -> None:
            status_message(self, tr("Imported {n} accounts: {c} new, {u} updated", n=report.total,
                                    c=report.created, u=report.updated))

        (Op(self.ctx.host, self, fn).writes().with_progress(tr("Importing {file}", file=path.name))
         .cancellable().on_success(done).on_failure(failed).changes(Change.ACCOUNTS).run())

    def on_export_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, tr("Export accounts"), "accounts.csv", "CSV (*.csv)")
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        reg = self.ctx.services.registry

        def fn(job: Job) -> int:
            job.progress(Progress(0, 0, tr("Exporting")))
            text = reg.export_csv(AccountQuery(include_archived=True))
            write_private(path, text.encode("utf-8"))
            return text.count("\n") - 1

        (Op(self.ctx.host, self, fn).with_progress(tr("Exporting accounts")).on_success(
            lambda n: status_message(self, tr("Exported {n} accounts to {file}", n=n, file=str(path)))).run())


def account_html(a: Account, api_base_url: str = "https://api.weibo.com") -> str:
    def row(label: str, value: object) -> str:
        return f"<tr><td style='color:#666;padding-right:8px'>{html.escape(label)}</td>" \
               f"<td>{html.escape(str(value))}</td></tr>"

    verified = verification_label(a.verified, a.verified_type)
    synced = a.profile_synced_at.astimezone().strftime("%Y-%m-%d %H:%M") if a.profile_synced_at else tr("never")
    rows: Sequence[str] = [
        row(tr("Role"), role_label(a.role)), row(tr("Weibo uid"), a.uid), row(tr("Owner"), a.owner or "—"),
        row(tr("Team"), a.team or "—"), row(tr("Verified"), verified),
        row(tr("Verification text"), a.verified_reason or "—"), row(tr("Description"), a.description or "—"),
        row(tr("Followers"), f"{a.followers_count:,}"), row(tr("Following"), f"{a.friends_count:,}"),
        row(tr("Posts"), f"{a.statuses_count:,}"), row(tr("Last synced"), synced),
    ]
    archived = f"<p style='color:#a4262c'>{tr('Archived')}</p>" if a.archived else ""
    from matrix_desktop.core.endpoint import profile_url

    url = html.escape(profile_url(api_base_url, a.uid))  # the sandbox's own page on the sandbox
    shown = url.split("://", 1)[-1]
    link = f"<p><a href='{url}'>{shown}</a></p>" if url else ""
    return f"<h3>{html.escape(a.screen_name)}</h3>{archived}<table>{''.join(rows)}</table>{link}"
