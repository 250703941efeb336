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
from matrix_desktop.ui.i18n import set_language, tr
from matrix_desktop.ui.main_window import AreaSpec, MainWindow
from matrix_desktop.ui.ops import Op
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets
from matrix_desktop.ui.sync import IdentityDialog


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
    font.setFamilies(["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", font.family()])
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
            labels = [(m.name, f"{m.display_name or m.name}  ·  {', '.join(sorted(r.value for r in m.roles))}")
                      for m in members]
            dialog = IdentityDialog(labels)
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted or not dialog.chosen():
                return False
            services.act_as(dialog.chosen())
    settings.setValue("identity/member", services.actor.name)
    return True


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
    """Once the window is up: keep the garbage collector off what start-up built, and build the Chinese
    segmenter in a worker before the first sync needs it.

    A full collection walks every object alive (185 ms with a big inbox open): frozen, the start-up
    objects are never walked again, and a higher first threshold makes collections rarer during the
    allocation bursts of a sync.
    """
    import gc

    from matrix_desktop.core.inbox.text import warm_segmenter

    gc.freeze()  # no collect() first: a full collection here would be the very stall this avoids
    gc.set_threshold(50_000, 20, 100)
    # The segmenter's dictionary (hundreds of thousands of entries) lives as long as the app: frozen too
    # once built, so no later full collection walks it.
    Op(ctx.host, None, lambda job: warm_segmenter()).on_success(lambda _r: gc.freeze()).on_failure(
        lambda exc: None).run()


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
        if not choose_identity(services, settings, args.as_member or os.environ.get("MATRIX_USER"),
                               interactive=not args.screenshot):
            return 0
    except MatrixError as exc:
        print(f"matrix-desktop: {exc}", file=sys.stderr)
        return 2
    if not ask_master_password(services, interactive=not args.screenshot):
        return 0
    ctx = UiContext.create(services, settings)
    window = MainWindow(ctx, areas)
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
        window.show()
        warm_up(ctx)
        window.sync.start_soon()
        return app.exec()
    finally:
        ctx.tracker.cancel_all()
        ctx.host.executors.shutdown()
        services.close()


__all__ = ["QtGui", "launch", "make_app", "screenshot", "ui_settings", "wait_until_idle"]
