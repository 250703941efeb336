"""Starting the GUI: the QApplication, the main window, and the offscreen `--screenshot` mode."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from matrix_desktop.app import paths
from matrix_desktop.app.bootstrap import AppServices, bootstrap, signed_in_member
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import MatrixError
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import join_words, on_language_changed, set_language, tr
from matrix_desktop.ui.main_window import AreaSpec, MainWindow
from matrix_desktop.ui.ops import Op
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets
from matrix_desktop.ui.sync import IdentityDialog

#: Chinese first, then colour emoji (posts and comments are full of them; without an emoji font they show
#: as boxes), each family the first the platform has.
APP_FONT_FAMILIES = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC",
                     "Noto Color Emoji", "Segoe UI Emoji", "Apple Color Emoji"]


def ui_settings() -> QtCore.QSettings:
    """Window state lives beside the data (MATRIX_HOME), so a test or a demo never touches a user's."""
    return QtCore.QSettings(str(paths.home() / "ui.ini"), QtCore.QSettings.Format.IniFormat)


def make_app(argv: list[str] | None = None) -> QtWidgets.QApplication:
    app = QtWidgets.QApplication.instance()
    if isinstance(app, QtWidgets.QApplication):
        return app
    app = QtWidgets.QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Matrix Desktop")
    app.setOrganizationName("MatrixDesktop")
    font = app.font()
    font.setFamilies(APP_FONT_FAMILIES + [font.family()])
    app.setFont(font)
    return app


def choose_identity(services: AppServices, settings: QtCore.QSettings, name: str | None,
                    interactive: bool) -> bool:
    """Decide who is working: the name given, else the one remembered, else ask (False: the user quit)."""
    members = [m for m in services.members.all() if m.active]
    signed_in = signed_in_member(services.uow)
    if signed_in is not None:
        services.act_as(name or signed_in)  # team mode: the database login is the sign-in
        return True
    if name:
        services.act_as(name)
    elif not members:
        services.act_as(None)  # a new database: set-up mode until the first (admin) member is added
        return True
    else:
        remembered = settings.value("identity/member", "")
        known = {m.name for m in members}
        if isinstance(remembered, str) and remembered in known:
            services.act_as(remembered)
        elif not interactive:
            admins = [m for m in members if m.has(MemberRole.ADMIN)] or members
            services.act_as(admins[0].name)
        else:
            labels = [(m.name, f"{m.display_name or m.name}  ·  {join_words(sorted(tr(r.value) for r in m.roles))}")
                      for m in members]
            dialog = IdentityDialog(labels)
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted or not dialog.chosen():
                return False
            services.act_as(dialog.chosen())
    settings.setValue("identity/member", services.actor.name)
    return True


def team_sign_in(services: AppServices, settings: QtCore.QSettings, name: str | None) -> AppServices | None:
    """Team mode, when the desktop's database login is not a member's own: ask who is working and their
    password, and connect as them (None: the person cancelled). Elsewhere `services` as they are."""
    from matrix_desktop.app.signin import SignInRefused, is_team_mode, sign_in
    from matrix_desktop.ui.shell import SignInDialog

    if not is_team_mode(services) or signed_in_member(services.uow) is not None:
        return services
    members = [m for m in services.members.all() if m.active]
    if not members:
        return services  # a new team database: the set-up guide adds the first admin
    remembered = settings.value("identity/member", "")
    current = name or (remembered if isinstance(remembered, str) else "")
    while True:
        dialog = SignInDialog(members, current, team_mode=True)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return None
        current, password = dialog.chosen(), dialog.password.text()
        try:
            # Before any window exists: one connection attempt, bounded by the server's connect timeout.
            signed = sign_in(services, current, password)
        except SignInRefused as exc:
            QtWidgets.QMessageBox.warning(None, tr("Sign in"), tr(
                "The team database did not accept {name}'s password.", name=exc.name) if exc.why == "password"
                else tr("{name} is not an active member of this team database.", name=exc.name))
            continue
        settings.setValue("identity/member", current)
        return signed


def ask_master_password(services: AppServices, interactive: bool) -> bool:
    """With the encrypted-file keyring, ask its master password once, here on the GUI thread.

    Workers open the store later and must never prompt, so the answer is kept for them in memory.
    False: the person cancelled (the app then quits without having written anything).
    """
    if services.config.settings().keyring_backend != "cryptfile" or os.environ.get("MATRIX_KEYRING_PASSWORD"):
        return True
    if not interactive:
        return True  # a screenshot never needs a secret; the views show "locked" instead
    password, ok = QtWidgets.QInputDialog.getText(
        None, tr("Unlock the keyring"),
        tr("Master password of the encrypted keyring (app secret and account tokens):"),
        QtWidgets.QLineEdit.EchoMode.Password)
    if not ok:
        return False
    services.master_password = lambda: password
    return True


def wait_until_idle(ctx: UiContext, timeout_ms: int = 15000) -> None:
    """Let queued work finish (models loading) before a screenshot; never longer than `timeout_ms`."""
    loop = QtCore.QEventLoop()
    deadline = QtCore.QDeadlineTimer(timeout_ms)
    timer = QtCore.QTimer()
    quiet = {"ticks": 0}

    def tick() -> None:
        quiet["ticks"] = 0 if ctx.tracker.busy else quiet["ticks"] + 1
        if quiet["ticks"] >= 3 or deadline.hasExpired():
            loop.quit()

    timer.timeout.connect(tick)
    timer.start(50)
    loop.exec()
    timer.stop()


def screenshot(window: QtWidgets.QWidget, ctx: UiContext, path: Path) -> None:
    wait_until_idle(ctx)
    pixmap = window.grab()
    if not pixmap.save(str(path)):
        raise MatrixError(f"could not write the screenshot to {path}")


def warm_up(ctx: UiContext) -> None:
    """Once the window is up: keep the garbage collector off what start-up built, and start the worker
    process that syncs and ingests.

    A full collection walks every object alive (185 ms with a big inbox open): frozen, the start-up
    objects are never walked again, and a higher first threshold makes collections rarer during the
    allocation bursts of a sync. The Chinese segmenter is not built here: triage and the after-sync
    ingest run in the worker process, which builds its own; the few reads in this process that need
    words build it on first use, in their worker thread, in a way that yields the interpreter lock
    (`core.inbox.text`). Building it here ran while the first sync did, and its collections and lock
    hand-offs made the GUI thread's worst stalls (late ticks 31 against 3 with it left out, 100,000
    items open, 5,000 new comments).
    """
    import gc

    from matrix_desktop.app.worker_process import warm_job

    gc.freeze()  # no collect() first: a full collection here would be the very stall this avoids
    gc.set_threshold(50_000, 20, 100)
    # The worker process syncs and ingests (app/worker_process.py): started now, on the sync's own lane.
    Op(ctx.host, None, lambda job: ctx.host.executors.process.run(ctx.services, warm_job)).on_network(
        "sync").on_failure(lambda exc: None).run()


#: Views that are dialogs over the window rather than areas in it (`--screenshot X --view settings`).
DIALOG_VIEWS = ("settings", "firstrun")


def first_run(ctx: UiContext) -> str:
    """On a database nobody has set up: the set-up guide. "demo" when the person chose the demo instead."""
    from matrix_desktop.ui.firstrun import FirstRunWizard, needs_first_run

    if not needs_first_run(ctx):
        return ""
    wizard = FirstRunWizard(ctx)
    wizard.exec()
    return "demo" if wizard.chose_demo else ""


def launch_demo(args: argparse.Namespace) -> int:
    """The set-up guide's "Try the demo": the demo in its own data folder, as `matrix-desktop demo` runs it."""
    from matrix_desktop.app.demo import DEMO_ACTOR, start_demo

    demo = start_demo()
    try:
        args.as_member = DEMO_ACTOR
        return launch(args, demo.services)
    finally:
        demo.close()


def screenshot_dialog(window: MainWindow, ctx: UiContext, view: str, path: Path) -> int:
    """Render the settings dialog or the set-up guide (over the window) to a PNG."""
    dialog: QtWidgets.QDialog
    if view == "settings":
        from matrix_desktop.ui.settings import SettingsDialog

        dialog = SettingsDialog(ctx, window)
    else:
        from matrix_desktop.ui.firstrun import FirstRunWizard

        dialog = FirstRunWizard(ctx, window)
    window.resize(1360, 820)
    window.show()
    dialog.show()
    try:
        screenshot(dialog, ctx, path)
    except MatrixError as exc:
        print(f"matrix-desktop: {exc}", file=sys.stderr)
        return 2
    print(tr("screenshot saved to {path}", path=str(path)))
    dialog.close()
    window.close()
    return 0


class LanguageFollower:
    """Rebuilds the main window in the new language when `i18n.set_language()` switches it (the settings
    dialog does, and it applies at once): work in flight is stopped, the new window takes the old one's
    place and area, and the sync starts again. `window` is the one showing now."""

    def __init__(self, ctx: UiContext, window: MainWindow, areas: list[AreaSpec] | None = None,
                 restart_sync: bool = True) -> None:
        self.ctx, self.window, self.areas, self.restart_sync = ctx, window, areas, restart_sync
        self.stop = on_language_changed(self.on_language_changed)

    def on_language_changed(self, _language: str) -> None:
        old = self.window
        old.save_state()
        self.ctx.tracker.cancel_all()
        new = MainWindow(self.ctx, self.areas)  # restores the geometry and area save_state() kept
        new.show()
        self.window = new
        old.close()
        self._dispose(old)
        if self.restart_sync:
            new.sync.start_soon()

    def _dispose(self, old: MainWindow) -> None:
        """Delete the old window once the ops it started have reported back (they call into it)."""
        if self.ctx.tracker.busy:
            QtCore.QTimer.singleShot(200, lambda: self._dispose(old))
        else:
            old.deleteLater()


def launch(args: argparse.Namespace, services: AppServices | None = None,
           areas: list[AreaSpec] | None = None) -> int:
    """Open the main window (or render it to `args.screenshot` and exit)."""
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        services = services or bootstrap(args.db)
    except MatrixError as exc:
        print(f"matrix-desktop: {exc}", file=sys.stderr)
        return 2
    language = args.lang or services.config.settings().ui_language
    set_language(language)
    app = make_app()
    settings = ui_settings()
    try:
        if not args.screenshot:
            signed = team_sign_in(services, settings, args.as_member or os.environ.get("MATRIX_USER"))
            if signed is None:
                services.close()
                return 0
            if signed is not services:
                services.close()  # the desktop's own login: the member's connection replaces it
            services = signed
        if not choose_identity(services, settings, args.as_member or os.environ.get("MATRIX_USER"),
                               interactive=not args.screenshot):
            return 0
    except MatrixError as exc:
        print(f"matrix-desktop: {exc}", file=sys.stderr)
        return 2
    if not ask_master_password(services, interactive=not args.screenshot):
        return 0
    ctx = UiContext.create(services, settings)
    if not args.screenshot and first_run(ctx) == "demo":
        ctx.tracker.cancel_all()
        ctx.host.executors.shutdown()
        services.close()
        return launch_demo(args)
    window = MainWindow(ctx, areas)
    if args.screenshot and args.view in DIALOG_VIEWS:
        try:
            return screenshot_dialog(window, ctx, args.view, Path(args.screenshot))
        finally:
            ctx.tracker.cancel_all()
            ctx.host.executors.shutdown()
            services.close()
    if args.view and not window.show_area(args.view):
        print(f"matrix-desktop: no view named {args.view!r}; known: {', '.join(window.area_keys())}",
              file=sys.stderr)
        return 2
    try:
        if args.screenshot:
            window.resize(1360, 820)
            window.show()
            try:
                screenshot(window, ctx, Path(args.screenshot))
            except MatrixError as exc:
                print(f"matrix-desktop: {exc}", file=sys.stderr)
                return 2
            print(tr("screenshot saved to {path}", path=args.screenshot))
            window.close()
            return 0
        # The garbage collector's freeze, the segmenter and the first sync wait for the first paint: a
        # worker loading jieba's dictionary holds the interpreter lock the paint needs.
        def after_first_paint() -> None:
            warm_up(ctx)
            window.sync.start_soon()

        window.first_painted.connect(after_first_paint)
        window.show()
        follower = LanguageFollower(ctx, window, areas)
        code = app.exec()
        follower.stop()
        return code
    finally:
        ctx.tracker.cancel_all()
        ctx.host.executors.shutdown()
        services.close()


__all__ = ["LanguageFollower", "QtGui", "launch", "make_app", "screenshot", "ui_settings", "wait_until_idle"]
