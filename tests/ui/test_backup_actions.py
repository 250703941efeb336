"""File ▸ Back up and Restore in the window: an admin backs up while the app runs and restores after asking;
an operator sees both disabled, with the reason."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from matrix_desktop.core.accounts import AccountInput, AccountQuery, AccountRole
from matrix_desktop.core.company import MemberRole
from matrix_desktop.ui.admin import backup
from matrix_desktop.ui.main_window import MainWindow
from matrix_desktop.ui.qt import QtWidgets
from tests.ui.conftest import wait_idle


def _menu_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text() == text)


def test_an_admin_backs_up_and_restores_from_the_file_menu(qtbot, ui_ctx, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         monkeypatch) -> None:
    s = ui_ctx.services
    s.members.add("boss", frozenset({MemberRole.ADMIN}))
    s.act_as("boss")
    s.registry.create(AccountInput("1000000001", "星河乳业", AccountRole.OFFICIAL))
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    copy = tmp_path / "copy.db"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    _menu_action(window, "Back up the database…").trigger()
    wait_idle(qtbot, ui_ctx)
    assert copy.exists() and copy.stat().st_mode & 0o777 == 0o600
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM accounts").fetchone()[0] == 1

    s.registry.create(AccountInput("1000000002", "林建华", AccountRole.LEADER))
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning",
                        lambda *a, **k: QtWidgets.QMessageBox.StandardButton.Yes)
    _menu_action(window, "Restore from a backup…").trigger()
    wait_idle(qtbot, ui_ctx)
    assert [a.uid for a in s.registry.search(AccountQuery())] == ["1000000001"]
    assert [e.action for e in s.audit.entries("db.restore")] == ["db.restore"]


def test_an_operator_finds_backup_and_restore_disabled_with_the_reason(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    s = ui_ctx.services
    s.members.add("boss", frozenset({MemberRole.ADMIN}))
    s.act_as("boss")
    s.members.add("op", frozenset({MemberRole.OPERATOR}))
    s.act_as("op")
    assert not backup.may_back_up(ui_ctx)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    for text in ("Back up the database…", "Restore from a backup…"):
        act = _menu_action(window, text)
        assert not act.isEnabled() and "admin" in act.toolTip()
    wait_idle(qtbot, ui_ctx)
