"""The Credentials area (admins only): app key and secret, each account's token state, connect/revoke."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from matrix_desktop.core.accounts import name_sort_key
from matrix_desktop.core.changes import Change
from matrix_desktop.core.credentials import TokenState, TokenStatus
from matrix_desktop.core.secret import Secret
from matrix_desktop.services.credentials import OAuthAttempt
from matrix_desktop.ui.admin.dialogs import AppCredentialsDialog, ConnectDialog
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.ops import Job, Op
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets, alive
from matrix_desktop.ui.tablearea import TableArea
from matrix_desktop.ui.tablemodel import Column, ListTableModel
from matrix_desktop.ui.widgets import Banner, shortcut, status_message

Qt = QtCore.Qt

STATE_COLOURS = {TokenState.CONNECTED: "#107c10", TokenState.EXPIRING: "#8a6100", TokenState.EXPIRED: "#a4262c",
                 TokenState.REVOKED: "#a4262c", TokenState.NONE: "#888888"}


def state_label(state: TokenState) -> str:
    return {TokenState.CONNECTED: tr("connected"), TokenState.EXPIRING: tr("expires soon"),
            TokenState.EXPIRED: tr("expired"), TokenState.REVOKED: tr("revoked"),
            TokenState.NONE: tr("not connected")}[state]


def _when(dt: datetime | None) -> str:
    return dt.astimezone().strftime("%Y-%m-%d %H:%M") if dt else "—"


class CredentialsView(QtWidgets.QWidget):
    """Token state of every account (masked), expiry warnings, and the admin's actions on them."""

    area = "credentials"

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None,
                 open_url: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_url = open_url or (lambda url: QtGui.QDesktopServices.openUrl(QtCore.QUrl(url)))
        self.banner = Banner(self, "warning")
        self._app_key = ""  # shown in the app-credentials dialog (the secret never is)
        self.backend = QtWidgets.QLabel()
        self.app_key = QtWidgets.QLabel()
        self.set_app = QtWidgets.QPushButton(tr("App credentials…"))
        self.connect_button = QtWidgets.QPushButton(tr("Connect account…"))
        self.verify_button = QtWidgets.QPushButton(tr("Check expiry"))
        self.revoke_button = QtWidgets.QPushButton(tr("Revoke…"))
        columns: list[Column[TokenStatus]] = [
            Column("screen_name", tr("Account"), lambda s: s.screen_name,
                   sort_key=lambda s: name_sort_key(s.screen_name)),  # by pinyin, as the Accounts area
            Column("uid", tr("Weibo uid"), lambda s: s.account_uid),
            Column("role", tr("Role"), lambda s: tr(s.role)),
            Column("state", tr("Token"), lambda s: state_label(s.state),
                   foreground=lambda s: QtGui.QColor(STATE_COLOURS[s.state])),
            Column("masked", tr("Token (masked)"), lambda s: s.masked or "—"),
            Column("expires", tr("Expires"), lambda s: _when(s.expires_at)),
            Column("verified", tr("Last checked"), lambda s: _when(s.last_verified_at)),
            Column("host", tr("Platform"), lambda s: s.api_host or "—"),
        ]
        self.model: ListTableModel[TokenStatus] = ListTableModel(columns, self, row_id=lambda s: s.account_uid)
        self.table_area: TableArea[TokenStatus] = TableArea(
            self.model, widths=(170, 110, 80, 90, 120, 130, 130), sort=(0, Qt.SortOrder.AscendingOrder),
            empty_text=tr("No account to connect yet — add accounts in the Accounts area"))
        for w in (self.backend, self.app_key):
            self.table_area.add_filter(w)
        for b in (self.set_app, self.connect_button, self.verify_button, self.revoke_button):
            self.table_area.add_action(b)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table_area, 1)
        self.set_app.clicked.connect(self.on_set_app_clicked)
        self.connect_button.clicked.connect(self.on_connect_clicked)
        self.verify_button.clicked.connect(self.on_verify_clicked)
        self.revoke_button.clicked.connect(self.on_revoke_clicked)
        self.table_area.selection_changed.connect(lambda _s: self._update_buttons())
        ctx.tracker.did_execute.connect(lambda areas: None if not alive(self) else self.reload() if Change.CREDENTIALS in areas else None)
        shortcut("Ctrl+Shift+C", self, self.on_connect_clicked)
        self._update_buttons()
        self.reload()

    def _update_buttons(self) -> None:
        s = self.table_area.selected()
        self.verify_button.setEnabled(s is not None and s.state not in (TokenState.NONE, TokenState.REVOKED))
        self.revoke_button.setEnabled(s is not None and s.state not in (TokenState.NONE, TokenState.REVOKED))

    def reload(self) -> None:
        creds = self.ctx.services.credentials

        def work(job: Job) -> tuple[list[TokenStatus], str, str]:
            statuses = creds.statuses()
            try:
                store = creds.store()
                backend = store.backend_name
                key = store.app_key() or ""
            except Exception as exc:  # shown in words; the table still shows what the database knows
                backend, key = str(exc), ""
            return statuses, backend, key

        def show(result: tuple[list[TokenStatus], str, str]) -> None:
            statuses, backend, key = result
            self._app_key = key
            self.model.set_items(statuses)
            self.backend.setText(tr("Keyring: {name}", name=backend))
            self.app_key.setText(tr("App key: {key}", key=key or tr("not set")))
            attention = [s for s in statuses if s.state in (TokenState.EXPIRING, TokenState.EXPIRED)]
            if attention:
                names = "、".join(s.screen_name for s in attention[:5]) + ("…" if len(attention) > 5 else "")
                self.banner.show_text(tr("{n} tokens need renewal ({names}): select one and press "
                                         "Connect account… to renew it.", n=len(attention), names=names))
            else:
                self.banner.show_text("")

        Op(self.ctx.host, self, work).on_success(show).run()

    def on_set_app_clicked(self) -> None:
        dialog = AppCredentialsDialog(self, self._app_key)
        creds = self.ctx.services.credentials

        def save() -> None:
            key, secret = dialog.key.text(), Secret(dialog.secret.text()) if dialog.secret.text() else None
            dialog.secret.clear()
            Op(self.ctx.host, self, lambda job: creds.set_app_credentials(key, secret)).writes().changes(Change.CREDENTIALS).run()

        dialog.accepted.connect(save)
        dialog.open()
        self._dialog: QtWidgets.QDialog = dialog

    def on_connect_clicked(self) -> None:
        start_connect(self, self.ctx, self.open_url)

    def on_verify_clicked(self) -> None:
        s = self.table_area.selected()
        if s is None:
            return
        creds = self.ctx.services.credentials
        Op(self.ctx.host, self, lambda job: creds.verify(s.account_uid)).on_network(s.account_uid).with_progress(
            tr("Checking {name}", name=s.screen_name)).changes(Change.CREDENTIALS).run()

    def on_revoke_clicked(self) -> None:
        s = self.table_area.selected()
        if s is None:
            return
        answer = QtWidgets.QMessageBox.question(
            self, tr("Revoke token"), tr("Revoke the token of {name}? The account stops syncing and forwarding "
                                         "until it is connected again.", name=s.screen_name))
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        creds = self.ctx.services.credentials
        Op(self.ctx.host, self, lambda job: creds.revoke(s.account_uid)).on_network(s.account_uid).changes(Change.CREDENTIALS, Change.ACCOUNTS).run()


def start_connect(parent: QtWidgets.QWidget, ctx: UiContext, open_url: Callable[[str], object],
                  on_connected: Callable[[TokenStatus], None] | None = None) -> None:
    """Connect one account through the browser: the authorisation page opens, the redirect (or a pasted
    code) finishes it off the GUI thread. Used by the Credentials area and the set-up guide."""
    creds = ctx.services.credentials
    dialogs: list[QtWidgets.QDialog] = []

    def begun(attempt: OAuthAttempt) -> None:
        dialog = ConnectDialog(attempt.url, parent)
        dialogs.append(dialog)

        def finished(s: TokenStatus) -> None:
            dialog.accept()
            connected(s)

        job = (Op(ctx.host, parent, lambda job: creds.finish_connect(attempt, cancel=job.cancel))
               .on_network("oauth").with_progress(tr("Waiting for the browser"))
               .cancellable().on_success(finished)
               .on_failure(failed(dialog)).changes(Change.CREDENTIALS, Change.ACCOUNTS).run())

        def pasted() -> None:
            code = dialog.code.text()
            job.cancel.cancel()
            if code.strip():
                (Op(ctx.host, parent, lambda j: creds.connect_with_code(code, attempt.catcher.redirect_uri))
                 .on_network("oauth").on_success(connected).changes(Change.CREDENTIALS, Change.ACCOUNTS).run())

        dialog.accepted.connect(pasted)
        dialog.rejected.connect(job.cancel.cancel)
        dialog.open()
        open_url(attempt.url)

    def connected(s: TokenStatus) -> None:
        status_message(parent, tr("{name} is connected; its token is in the keyring", name=s.screen_name))
        if on_connected is not None:
            on_connected(s)

    def failed(dialog: QtWidgets.QDialog) -> Callable[[Exception], None]:
        def show(exc: Exception) -> None:
            from matrix_desktop.ui.ops import show_error

            dialog.reject()
            show_error(parent, exc)
        return show

    Op(ctx.host, parent, lambda job: creds.begin_connect()).on_success(begun).run()
