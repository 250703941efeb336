"""Per-role enabling everywhere: a person who lacks a role finds every action that needs it disabled
(with a tooltip naming the role) and its editors read-only.

The walk works the window as a person would on the demo matrix, once as each single-role member: every
area, every tab, the first row of every list selected, then every enabled button clicked, every enabled
shortcut pressed, every list's first row double-clicked, and every dialog that opens accepted as it stands.
Each permission check the services make is recorded: none may refuse.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from matrix_desktop.app.demo import start_demo
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.identity import Actor
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import set_language
from matrix_desktop.ui.main_window import MainWindow
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets

Qt = QtCore.Qt

#: Single-role members added to the demo team, one walk each.
WALKERS = {"运营甲": MemberRole.OPERATOR, "领导乙": MemberRole.LEADER, "管理丙": MemberRole.ADMIN}


@pytest.fixture
def demo_services() -> Iterator[Any]:
    demo = start_demo(traffic_rate=0.0)
    try:
        services = demo.services
        services.sync.sync()
        services.config.set("sync.interval_seconds", "0")  # no background sync racing the walk
        for name, role in WALKERS.items():
            services.members.add(name, frozenset({role}), name)
        posts = services.forwarding.plans.recent_posts(limit=5)
        assert posts, "the demo sync brought no posts to plan forwarding for"
        services.forwarding.plans.plan(posts[0].mid, start=datetime.now(UTC) + timedelta(hours=1))
        yield services
    finally:
        demo.close()


class Refusals:
    """Every permission check a service makes, and the ones that would refuse the person working."""

    def __init__(self) -> None:
        self.refused: list[str] = []
        self.checked = 0

    def install(self, monkeypatch: pytest.MonkeyPatch, during: list[str]) -> None:
        original = Actor.require

        def require(actor: Actor, action: str, *roles: MemberRole) -> None:
            self.checked += 1
            try:
                original(actor, action, *roles)
            except Exception:
                self.refused.append(f"{during[0]}: {action} (needs {'/'.join(r.value for r in roles)})")
                raise

        monkeypatch.setattr(Actor, "require", require)


def accept_every_dialog(monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    """Dialogs answer as a hurried person would: yes, the defaults, nothing chosen for files."""
    Box = QtWidgets.QMessageBox
    yes = Box.StandardButton.Yes
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(Box, name, staticmethod(lambda *a, **k: yes))
    monkeypatch.setattr(Box, "about", staticmethod(lambda *a, **k: None))

    def box_open(self: QtWidgets.QMessageBox, *args: Any) -> None:
        messages.append(self.text())
        self.deleteLater()

    monkeypatch.setattr(Box, "open", box_open)
    monkeypatch.setattr(Box, "exec", lambda self: (messages.append(self.text()), yes)[1])

    def press_ok(dialog: QtWidgets.QDialog) -> int:
        # The dialog's own Save/OK button, so its checks run as they do for a person; a dialog its
        # checks keep open (a required field left empty) is then cancelled.
        if dialog.property("role_walk_pressed"):  # reopened after its save failed: a person gives up
            dialog.reject()
            return int(dialog.result())
        dialog.setProperty("role_walk_pressed", True)
        dialog.show()
        for box in dialog.findChildren(QtWidgets.QDialogButtonBox):
            ok = next((b for b in box.buttons() if box.buttonRole(b) in (
                QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole, QtWidgets.QDialogButtonBox.ButtonRole.YesRole)),
                None)
            if ok is not None and ok.isEnabled():
                ok.click()
                break
        if dialog.isVisible():
            dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(QtWidgets.QDialog, "open", lambda self: QtCore.QTimer.singleShot(0, lambda: press_ok(self)))
    monkeypatch.setattr(QtWidgets.QDialog, "exec", press_ok)
    File = QtWidgets.QFileDialog
    monkeypatch.setattr(File, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(File, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    Input = QtWidgets.QInputDialog
    monkeypatch.setattr(Input, "getText", staticmethod(lambda *a, **k: ("role walk", True)))
    monkeypatch.setattr(Input, "getMultiLineText", staticmethod(lambda *a, **k: ("role walk", True)))
    monkeypatch.setattr(Input, "getItem", staticmethod(
        lambda parent, title, label, items, *a, **k: (items[0] if items else "", True)))
    monkeypatch.setattr(QtGui.QDesktopServices, "openUrl", staticmethod(lambda *a, **k: True))


def tab_states(area: QtWidgets.QWidget) -> Iterator[str]:
    """Show each tab of the area in turn (nested tab widgets included, outermost first)."""
    yield ""
    own = [area] if isinstance(area, QtWidgets.QTabWidget) else []
    for tabs in own + area.findChildren(QtWidgets.QTabWidget):
        for n in range(tabs.count()):
            tabs.setCurrentIndex(n)
            yield tabs.tabText(n)


def showing(w: QtWidgets.QWidget) -> bool:
    return w.isVisible() and w.isEnabled()


def select_first_rows(area: QtWidgets.QWidget) -> list[QtWidgets.QAbstractItemView]:
    views = []
    for view in area.findChildren(QtWidgets.QAbstractItemView):
        model = view.model()
        if (showing(view) and model is not None and model.rowCount() > 0
                and not isinstance(view, QtWidgets.QListWidget | QtWidgets.QHeaderView)):
            flags = QtCore.QItemSelectionModel.SelectionFlag
            view.selectionModel().setCurrentIndex(model.index(0, 0), flags.ClearAndSelect | flags.Rows)
            views.append(view)
    return views


def settle(qtbot: Any, ctx: UiContext, during: list[str]) -> None:
    """Wait for the ops the last action started (and the ones they started in turn)."""
    for _ in range(2):
        try:
            qtbot.waitUntil(lambda: not ctx.tracker.busy, timeout=60_000)
        except Exception as exc:
            labels = [t.label or "?" for t in ctx.tracker.tasks]
            raise AssertionError(f"still busy after {during[0]!r}: {labels}") from exc
        qtbot.wait(20)


def walk(qtbot: Any, window: MainWindow, ctx: UiContext, during: list[str]) -> int:
    """Work every area; return how many actions were tried."""
    tried = 0

    def wait_idle(qtbot: Any, ctx: UiContext) -> None:
        print("walked:", during[0])  # the trail, shown when the test fails
        settle(qtbot, ctx, during)
    only = {k for k in os.environ.get("MATRIX_WALK_AREAS", "").split(",") if k}  # to rerun one area
    for key in [s.key for s in window._specs if not only or s.key in only]:
        assert window.show_area(key)
        wait_idle(qtbot, ctx)
        area = window.areas[key]
        for tab in list(tab_states(area)):
            during[0] = f"{key} {tab}".strip()
            wait_idle(qtbot, ctx)
            for view in select_first_rows(area):
                wait_idle(qtbot, ctx)
                if showing(view) and view.model().rowCount() > 0:
                    index = view.model().index(0, 0)
                    view.doubleClicked.emit(index)
                    view.activated.emit(index)
                    tried += 1
                    wait_idle(qtbot, ctx)
            select_first_rows(area)
            wait_idle(qtbot, ctx)
            for button in area.findChildren(QtWidgets.QAbstractButton):
                if isinstance(button, QtWidgets.QCheckBox | QtWidgets.QRadioButton) or not showing(button):
                    continue
                during[0] = f"{key} {tab}: {button.text()}".strip()
                button.click()
                tried += 1
                wait_idle(qtbot, ctx)
                select_first_rows(area)
            for sc in area.findChildren(QtGui.QShortcut):
                parent = sc.parent()
                if sc.isEnabled() and isinstance(parent, QtWidgets.QWidget) and parent.isVisible():
                    during[0] = f"{key} {tab}: shortcut {sc.key().toString()}".strip()
                    sc.activated.emit()
                    tried += 1
                    wait_idle(qtbot, ctx)
    return tried


@pytest.mark.parametrize("who", list(WALKERS), ids=[r.value for r in WALKERS.values()])
def test_no_enabled_action_is_refused_for_a_single_role(qtbot, demo_services, tmp_path: Path, who: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    set_language("en")
    services = demo_services
    services.act_as(who)
    settings = QtCore.QSettings(str(tmp_path / "ui.ini"), QtCore.QSettings.Format.IniFormat)
    ctx = UiContext.create(services, settings)
    try:
        messages: list[str] = []
        during = [""]
        refusals = Refusals()
        accept_every_dialog(monkeypatch, messages)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1360, 820)
        window.show()
        settle(qtbot, ctx, during)
        refusals.install(monkeypatch, during)
        tried = walk(qtbot, window, ctx, during)
        print(f"tried {tried} actions; the services checked a role {refusals.checked} times")
        assert tried > (40 if not os.environ.get("MATRIX_WALK_AREAS") else 0)  # the walk reached the actions
        assert refusals.checked > 0  # and the services were asked
        assert refusals.refused == [], "\n".join(dict.fromkeys(refusals.refused))
        assert not [m for m in messages if "may not" in m]
    finally:
        ctx.tracker.cancel_all()
        settle(qtbot, ctx, ["closing"])
        ctx.host.executors.shutdown()
