"""What the File menu adds around the areas: settings, the set-up guide, signing in as another member.

A change of member or language rebuilds the main window (every area reads the actor and the language
when it is built), so nothing on screen keeps the old member's buttons or the old language's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.app.signin import SignInRefused, is_team_mode, sign_in
from matrix_desktop.core.company import Member, MemberRole
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import set_language, tr
from matrix_desktop.ui.ops import Job, Op, show_error
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from matrix_desktop.ui.main_window import MainWindow


class _Holder(QtCore.QObject):
    """Keeps the current main window alive (the QApplication owns the holder)."""

    window: Any = None


def replace_window(old: MainWindow, services: AppServices) -> MainWindow:
    """Put a new main window for `services` where `old` was; the old one stops syncing and goes away.

    The new window gets a task tracker of its own (the same workers): the old window's views listen to
    the old tracker, so nothing the new window does reaches them while they wait to be deleted.
    """
    from matrix_desktop.ui.main_window import MainWindow
    from matrix_desktop.ui.ops import OpHost, TaskTracker

    old.save_state()
    old.sync.stop_schedule()
    old.ctx.tracker.cancel_all()
    ctx = UiContext(services, OpHost(TaskTracker(), old.ctx.host.executors), old.ctx.settings)
    new = MainWindow(ctx)
    new.setGeometry(old.geometry())
    app = QtWidgets.QApplication.instance()
    holder = app.findChild(_Holder) if app is not None else None
    if holder is None and app is not None:
        holder = _Holder(app)
    if holder is not None:
        holder.window = new
    new.show()
    old.hide()
    # Ops the old window started may still answer; it is deleted once they have (their callbacks touch it).
    def delete_when_quiet(tries: int = 0) -> None:
        if tries < 150 and old.ctx.tracker.busy:
            QtCore.QTimer.singleShot(200, lambda: delete_when_quiet(tries + 1))
        else:
            old.deleteLater()

    delete_when_quiet()
    new.sync.start_soon()
    return new


def add_file_entries(window: MainWindow, menu: QtWidgets.QMenu) -> None:
    """File ▸ Settings…, Set-up guide…, Switch member…"""
    settings = menu.addAction(tr("Settings…"))
    settings.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Preferences))
    settings.triggered.connect(lambda _c=False: on_settings_triggered(window))
    guide = menu.addAction(tr("Set-up guide…"))
    guide.setEnabled(window.ctx.services.actor.has(MemberRole.ADMIN))  # the setup actor holds every role
    if not guide.isEnabled():
        guide.setToolTip(tr("Only an admin may do this"))
    guide.triggered.connect(lambda _c=False: on_setup_guide_triggered(window))
    switch = menu.addAction(tr("Switch member…"))
    switch.triggered.connect(lambda _c=False: on_switch_member_triggered(window))
    menu.addSeparator()


def on_settings_triggered(window: MainWindow) -> None:
    from matrix_desktop.ui.settings import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)

    def saved() -> None:
        window.sync.set_interval(window.ctx.services.config.settings().sync_interval_seconds)

    def relanguage(code: str) -> None:
        set_language(code)  # every area is built again in the new language
        replace_window(window, window.ctx.services)

    dialog.accepted.connect(saved)
    dialog.language_changed.connect(relanguage)
    dialog.open()
    window._settings_dialog = dialog  # type: ignore[attr-defined]


def on_setup_guide_triggered(window: MainWindow) -> None:
    from matrix_desktop.ui.firstrun import FirstRunWizard

    wizard = FirstRunWizard(window.ctx, window)
    wizard.member_chosen.connect(lambda _name: window.refresh_identity())
    wizard.open()
    window._setup_wizard = wizard  # type: ignore[attr-defined]


class SignInDialog(QtWidgets.QDialog):
    """Choose who is working; in team mode the member's own database password is asked too."""

    def __init__(self, members: list[Member], current: str, team_mode: bool,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sign in"))
        form = QtWidgets.QFormLayout(self)
        self.member = QtWidgets.QComboBox()
        for m in members:
            roles = "、".join(tr(r.value) for r in sorted(m.roles))
            self.member.addItem(f"{m.display_name or m.name}  ·  {roles}", m.name)
        self.member.setCurrentIndex(max(0, self.member.findData(current)))
        form.addRow(tr("Member"), self.member)
        self.password = QtWidgets.QLineEdit()
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        if team_mode:
            form.addRow(tr("Password"), self.password)
            form.addRow(QtWidgets.QLabel(tr("Your own login to the team database; it is not stored.")))
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setText(tr("Sign in"))
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> str:
        return str(self.member.currentData() or "")


def on_switch_member_triggered(window: MainWindow) -> None:
    ctx = window.ctx
    service = ctx.services.members
    Op(ctx.host, window, lambda job: [m for m in service.all() if m.active]).on_success(
        lambda members: _choose_member(window, members)).run()


def _choose_member(window: MainWindow, members: list[Member]) -> None:
    ctx = window.ctx
    if not members:
        QtWidgets.QMessageBox.information(window, tr("Sign in"),
                                          tr("The team has no member yet: the set-up guide adds the first admin."))
        return
    dialog = SignInDialog(members, ctx.services.actor.name, is_team_mode(ctx.services), window)

    def chosen() -> None:
        name, password = dialog.chosen(), dialog.password.text()
        dialog.password.clear()
        services = ctx.services

        def work(job: Job) -> AppServices:
            return sign_in(services, name, password)

        def signed(new: AppServices) -> None:
            ctx.settings.setValue("identity/member", name)  # remembered per desktop (never the password)
            replace_window(window, new)

        def refused(exc: Exception) -> None:
            if isinstance(exc, SignInRefused):
                text = (tr("The team database did not accept {name}'s password.", name=exc.name)
                        if exc.why == "password" else
                        tr("{name} is not an active member of this team database.", name=exc.name))
                QtWidgets.QMessageBox.warning(window, tr("Sign in"), text)
            else:
                show_error(window, exc, tr("Sign in"))

        Op(ctx.host, window, work).on_network("sign-in").on_success(signed).on_failure(refused).run()

    dialog.accepted.connect(chosen)
    dialog.open()
    window._sign_in_dialog = dialog  # type: ignore[attr-defined]
