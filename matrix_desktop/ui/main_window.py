"""The main window: navigation on the left, one area at a time, running work in the status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.identity import Actor
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import language, tr
from matrix_desktop.ui.ops import Job, Op
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets, Signal, alive
from matrix_desktop.ui.sync import SyncController, describe
from matrix_desktop.ui.widgets import TaskPanel, shortcut

Qt = QtCore.Qt


@dataclass(frozen=True)
class AreaSpec:
    """An area of the app. Only built areas are registered: none is shown empty."""

    key: str
    title: str
    factory: Callable[[UiContext], QtWidgets.QWidget]
    visible_to: Callable[[Actor], bool] = lambda actor: True
    #: A count shown next to the title ("认证风险 (5)"); called off the GUI thread after start and after
    #: every op that changed data. None: no badge.
    badge: Callable[[AppServices], int] | None = None


def _area(module: str, cls: str) -> Callable[[UiContext], QtWidgets.QWidget]:
    """A factory that imports the area's module when the area is first built, not at start-up (nine
    modules and QtCharts kept the first paint waiting)."""
    def build(ctx: UiContext) -> QtWidgets.QWidget:
        widget: QtWidgets.QWidget = getattr(importlib.import_module(module), cls)(ctx)
        return widget
    return build


def _badge(module: str, fn: str) -> Callable[[AppServices], int]:
    """A badge count whose module is imported when first counted (off the GUI thread)."""
    def count(services: AppServices) -> int:
        value: int = getattr(importlib.import_module(module), fn)(services)
        return value
    return count


def default_areas() -> list[AreaSpec]:
    admin = lambda actor: actor.has(MemberRole.ADMIN)  # noqa: E731
    return [
        AreaSpec("today", tr("Today"), _area("matrix_desktop.ui.insight.today", "TodayView")),  # opened first
        AreaSpec("accounts", tr("Accounts"), _area("matrix_desktop.ui.accounts.view", "AccountsView")),
        AreaSpec("matrix", tr("Matrix"), _area("matrix_desktop.ui.forwarding.matrix", "MatrixView")),
        AreaSpec("forwarding", tr("Forwarding"), _area("matrix_desktop.ui.forwarding.view", "ForwardingView"),
                 badge=_badge("matrix_desktop.ui.forwarding.view", "waiting_for_approval")),
        AreaSpec("calendar", tr("Calendar"), _area("matrix_desktop.ui.calendar.view", "CalendarView"),
                 badge=_badge("matrix_desktop.ui.calendar.view", "waiting_for_approval")),
        AreaSpec("inbox", tr("Inbox"), _area("matrix_desktop.ui.inbox.view", "InboxView"),
                 badge=_badge("matrix_desktop.ui.inbox.view", "crisis_count")),
        AreaSpec("review", tr("Review"), _area("matrix_desktop.ui.inbox.review", "ReviewView"),
                 badge=_badge("matrix_desktop.ui.inbox.view", "waiting_review_count")),
        AreaSpec("flags", tr("Flags"), _area("matrix_desktop.ui.flags.view", "FlagsView"),
                 badge=_badge("matrix_desktop.ui.flags.view", "open_flag_count")),
        AreaSpec("analytics", tr("Analytics"), _area("matrix_desktop.ui.insight.analytics", "AnalyticsView")),
        AreaSpec("keywords", tr("Keyword monitoring"), _area("matrix_desktop.ui.insight.keywords", "KeywordsView"),
                 badge=_badge("matrix_desktop.ui.insight.keywords", "open_alert_count")),
        AreaSpec("audits", tr("Page audits"), _area("matrix_desktop.ui.insight.audits", "SetupAuditView")),
        AreaSpec("credentials", tr("Credentials"), _area("matrix_desktop.ui.admin.credentials", "CredentialsView"),
                 visible_to=admin),
        AreaSpec("audit", tr("Audit"), _area("matrix_desktop.ui.admin.audit", "AuditView"),
                 visible_to=lambda actor: actor.has(MemberRole.ADMIN) or actor.has(MemberRole.LEADER)),
        AreaSpec("team", tr("Team"), _area("matrix_desktop.ui.admin.team", "TeamView"), visible_to=admin),
    ]


class MainWindow(QtWidgets.QMainWindow):
    """The shell. Areas come from `areas`; window geometry and the last area persist in QSettings.

    Signals:
        first_painted(): the window is on the screen (or, never shown, built): start-up work that must
            not delay the first paint (the other areas, the badges, the first sync) begins here.
    """

    first_painted = Signal()

    def __init__(self, ctx: UiContext, areas: list[AreaSpec] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(tr("Matrix Desktop — Weibo matrix"))
        self.resize(1280, 800)
        self.nav = QtWidgets.QListWidget()
        self.nav.setFixedWidth(150)
        self.nav.setSpacing(2)
        self.nav.setStyleSheet("QListWidget { font-size: 14px; } QListWidget::item { padding: 8px; }")
        self.stack = QtWidgets.QStackedWidget()
        self.areas = _Areas(self._build_area)
        self._specs = [a for a in (areas if areas is not None else default_areas())
                       if a.visible_to(ctx.services.actor)]
        # Areas are built when first shown, the rest one per event-loop turn after the window is up
        # (the inbox's crisis banner is window-wide): nine areas at once kept the first paint waiting.
        for n, spec in enumerate(self._specs):
            self.stack.addWidget(QtWidgets.QWidget())
            item = QtWidgets.QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            if n < 9:
                shortcut(f"Ctrl+{n + 1}", self, partial(self.nav.setCurrentRow, n))
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        central = QtWidgets.QWidget()
        layout = QtWidgets.QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        # A window-wide banner above the areas: any area with a `banner_requested(str)` signal fills it
        # (the inbox's crisis alert); an empty text hides it.
        from matrix_desktop.ui.widgets import Banner

        self.banner = Banner(self, "danger")
        column = QtWidgets.QVBoxLayout()
        # A database that can only be read (a read-only file or drive) says so for as long as it is open.
        self.read_only_banner = Banner(self, "warning")
        if ctx.services.read_only is not None:
            self.read_only_banner.show_text(tr(
                "Read-only database: {path} cannot be changed (a read-only file or drive). You can look at "
                "everything; changes are refused and nothing is saved.", path=ctx.services.database_label))
        column.addWidget(self.read_only_banner)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        layout.addLayout(column, 1)
        self.setCentralWidget(central)

        self.sync = SyncController(ctx, self)
        self.sync.finished.connect(lambda report: self.statusBar().showMessage(describe(report), 15000))
        self.sync.failed.connect(lambda why: self.statusBar().showMessage(why, 30000))
        self.sync.stopped.connect(lambda what: self.statusBar().showMessage(what, 30000))
        self.task_panel = TaskPanel(ctx.tracker)
        self.statusBar().addPermanentWidget(self.task_panel)
        self.who = QtWidgets.QLabel()
        self.statusBar().addPermanentWidget(self.who)
        self.refresh_identity()
        shortcut(QtGui.QKeySequence(Qt.Key.Key_Escape), self, ctx.tracker.cancel_all)
        self._build_menus()
        self._restore_state()
        ctx.tracker.did_execute.connect(lambda _areas: None if not alive(self) else self.refresh_badges())
        # The badges' counts and the other areas wait for the first paint: done before it, in workers or
        # one per event-loop turn, they still kept it waiting (the workers for the interpreter lock).
        self._painted = False
        QtCore.QTimer.singleShot(0, self._after_construction)

    def _after_construction(self) -> None:
        if self.isVisible() and not self._painted:
            QtCore.QTimer.singleShot(1000, self._on_first_paint)  # a window that never paints goes on too
        else:
            self._on_first_paint()  # not shown (a test, a screenshot being prepared): nothing to wait for

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            QtCore.QTimer.singleShot(0, self._on_first_paint)  # once this paint is on the screen

    def _on_first_paint(self) -> None:
        if self._painted or not alive(self):
            return
        self._painted = True
        self.refresh_badges()
        self._build_next_area()
        self.first_painted.emit()

    def _build_area(self, key: str) -> QtWidgets.QWidget:
        n = next((n for n, spec in enumerate(self._specs) if spec.key == key), None)
        if n is None:
            raise KeyError(key)
        widget = self._specs[n].factory(self.ctx)
        placeholder = self.stack.widget(n)
        current = self.stack.currentIndex()
        self.stack.insertWidget(n, widget)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        requested = getattr(widget, "banner_requested", None)
        if requested is not None:
            requested.connect(self.banner.show_text)
        place = getattr(widget, "place_requested", None)  # Today's lines open their place
        if place is not None:
            place.connect(self.open_place)
        return widget

    def _on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            self.areas[self._specs[row].key]  # built on first show
        self.stack.setCurrentIndex(row)

    def _build_next_area(self) -> None:
        missing = [s.key for s in self._specs if s.key not in self.areas]
        if missing:
            self.areas[missing[0]]
            QtCore.QTimer.singleShot(0, self._build_next_area)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        sync_action = file_menu.addAction(tr("Sync now"))
        sync_action.setShortcut(QtGui.QKeySequence(Qt.Key.Key_F5))
        sync_action.triggered.connect(self.sync.sync_now)
        file_menu.addSeparator()
        from matrix_desktop.ui.admin import backup

        for title, slot in ((tr("Back up the database…"), backup.on_backup_triggered),
                            (tr("Restore from a backup…"), backup.on_restore_triggered)):
            act = file_menu.addAction(title)
            act.setEnabled(backup.may_back_up(self.ctx))
            if not act.isEnabled():
                act.setToolTip(tr("Only an admin may do this"))
            act.triggered.connect(lambda _c=False, slot=slot: slot(self, self.ctx))
        file_menu.setToolTipsVisible(True)
        file_menu.addSeparator()
        from matrix_desktop.ui.shell import add_file_entries  # settings, set-up guide, switch member

        add_file_entries(self, file_menu)
        quit_action = file_menu.addAction(tr("Quit"))
        quit_action.setShortcut(QtGui.QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        view_menu = self.menuBar().addMenu(tr("&View"))
        for n, spec in enumerate(self._specs):
            act = view_menu.addAction(spec.title)
            if n < 9:
                act.setShortcut(QtGui.QKeySequence(f"Ctrl+{n + 1}"))
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(lambda _c=False, n=n: self.nav.setCurrentRow(n))
        help_menu = self.menuBar().addMenu(tr("&Help"))
        about = help_menu.addAction(tr("About Matrix Desktop"))
        about.triggered.connect(self.on_about_triggered)

    def on_about_triggered(self) -> None:
        from matrix_desktop import __version__

        QtWidgets.QMessageBox.about(self, tr("About Matrix Desktop"), tr(
            "Matrix Desktop {v}\nRun a company's Weibo matrix: accounts, forwarding, inbox, flags.\n"
            "Database: {db}", v=__version__, db=self.ctx.services.engine.url.render_as_string(hide_password=True)))

    def refresh_badges(self) -> None:
        """Count each area's badge off the GUI thread and show it in the navigation ("认证风险 (5)")."""
        specs = [(n, spec) for n, spec in enumerate(self._specs) if spec.badge is not None]
        if not specs:
            return
        services = self.ctx.services

        def count(job: Job) -> list[tuple[int, int]]:
            return [(n, spec.badge(services)) for n, spec in specs if spec.badge is not None]

        def show(counts: list[tuple[int, int]]) -> None:
            for n, value in counts:
                item = self.nav.item(n)
                if item is not None:
                    title = self._specs[n].title
                    item.setText(f"{title} ({value})" if value else title)

        Op(self.ctx.host, self, count).on_success(show).on_failure(lambda exc: None).run()

    def refresh_identity(self) -> None:
        actor = self.ctx.services.actor
        roles = ("、" if language() == "zh_CN" else ", ").join(tr(r.value) for r in sorted(actor.roles)) or "—"
        self.who.setText(tr("Working as {name} ({roles})", name=actor.name, roles=roles))

    def show_area(self, key: str) -> bool:
        """Show an area by key; "review:tickets" also opens that area's tab (areas with `show_tab`)."""
        key, _, tab = key.partition(":")
        for n, spec in enumerate(self._specs):
            if spec.key == key:
                self.nav.setCurrentRow(n)
                show_tab = getattr(self.areas[key], "show_tab", None)
                return not tab or (callable(show_tab) and bool(show_tab(tab)))
        return False

    def open_place(self, key: str, item_id: object) -> None:
        """Switch to area `key` and select the item `item_id` there (by the area's `select_item`, or its
        table area's id)."""
        if not self.show_area(key):
            return
        widget = self.areas.get(key)
        select = getattr(widget, "select_item", None)
        if callable(select):
            select(item_id)
            return
        table = getattr(widget, "table_area", None)
        if table is not None:
            table.select_id(item_id)

    def area_keys(self) -> list[str]:
        keys = []
        for s in self._specs:
            keys.append(s.key)
            keys.extend(f"{s.key}:{t}" for t in getattr(self.areas[s.key], "TABS", ()))
        return keys

    def _restore_state(self) -> None:
        s = self.ctx.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QtCore.QByteArray):
            self.restoreGeometry(geometry)
        state = s.value("window/state")
        if isinstance(state, QtCore.QByteArray):
            self.restoreState(state)
        last = s.value("window/area", "")
        if not (isinstance(last, str) and last and self.show_area(last)):
            self.nav.setCurrentRow(0)

    def save_state(self) -> None:
        s = self.ctx.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        item = self.nav.currentItem()
        if item is not None:
            s.setValue("window/area", item.data(Qt.ItemDataRole.UserRole))
        for key, widget in self.areas.items():
            save = getattr(widget, "save_state", None)
            if callable(save):
                save(s, key)
        s.sync()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.save_state()
        self.ctx.tracker.cancel_all()
        super().closeEvent(event)


class _Areas(dict[str, QtWidgets.QWidget]):
    """The built areas by key; asking for one not built yet builds it."""

    def __init__(self, build: Callable[[str], QtWidgets.QWidget]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QtWidgets.QWidget:
        widget = self[key] = self._build(key)
        return widget

