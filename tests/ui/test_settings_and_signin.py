"""File ▸ Settings… and Switch member…: saved where they belong, bad input refused in words, the window
rebuilt for the new member or language."""

from __future__ import annotations

import pytest
import shiboken6

from matrix_desktop.core.company import MemberRole
from matrix_desktop.ui import shell
from matrix_desktop.ui.i18n import language, set_language
from matrix_desktop.ui.main_window import MainWindow
from matrix_desktop.ui.qt import QtWidgets
from matrix_desktop.ui.settings import SettingsDialog
from tests.ui.conftest import wait_idle


@pytest.fixture
def team(ui_ctx):  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    services.members.add("boss", frozenset({MemberRole.ADMIN, MemberRole.OPERATOR}))
    services.act_as("boss")
    services.members.add("小林", frozenset({MemberRole.OPERATOR}))
    return services


def test_settings_save_the_desktop_and_the_team_values(qtbot, ui_ctx, team) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ui_ctx)
    assert dialog.quiet.text() == "23:00-08:00" and dialog.keyring.isEnabled()
    dialog.sync_minutes.setValue(15)
    dialog.tier.setCurrentIndex(dialog.tier.findData("classic"))
    dialog.timezone.setCurrentText("Asia/Hong_Kong")
    dialog.active.setText("09:00-21:00")
    dialog.keyring.setCurrentIndex(dialog.keyring.findData("secretservice"))
    dialog.on_save_clicked()
    wait_idle(qtbot, ui_ctx)
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert team.config.settings().sync_interval_seconds == 900
    assert team.config.settings().keyring_backend == "secretservice"
    setup = team.forwarding.setup.get()
    assert (setup.tier, setup.timezone, str(setup.quiet_hours)) == ("classic", "Asia/Hong_Kong", "21:00–09:00")
    audited = [e.detail for e in team.audit.entries("config.set")]
    assert audited[-1]["key"] == "keyring.backend" and audited[-1]["new"] == "secretservice"


def test_bad_hours_get_a_dialog_and_nothing_is_written(qtbot, ui_ctx, team, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    set_language("zh_CN")
    try:
        dialog = SettingsDialog(ui_ctx)
        qtbot.addWidget(dialog)
        wait_idle(qtbot, ui_ctx)
        dialog.quiet.setText("25点到早上")
        dialog.on_save_clicked()
        wait_idle(qtbot, ui_ctx)
    finally:
        set_language("en")
    assert shown == ["时段格式应为 23:00-08:00（起止时间，24 小时制）。"]
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    assert str(team.forwarding.setup.get().quiet_hours) == "23:00–08:00"


def test_operator_cannot_change_the_keyring(qtbot, ui_ctx, team) -> None:  # type: ignore[no-untyped-def]
    team.act_as("小林")
    dialog = SettingsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ui_ctx)
    assert not dialog.keyring.isEnabled() and not dialog.back_up.isEnabled()


def test_language_applies_at_once_by_rebuilding_the_window(qtbot, ui_ctx, team) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_ctx)  # not handed to qtbot: the switch deletes it
    wait_idle(qtbot, ui_ctx)
    try:
        shell.on_settings_triggered(window)
        dialog = window._settings_dialog
        wait_idle(qtbot, ui_ctx)
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: language() == "zh_CN", timeout=5000)
        new = QtWidgets.QApplication.instance().findChild(shell._Holder).window
        qtbot.addWidget(new)
        assert new is not window and new.menuBar().actions()[0].text() == "文件(&F)"
        wait_idle(qtbot, new.ctx)
        wait_idle(qtbot, ui_ctx)
        qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)  # the old window went away
    finally:
        set_language("en")
    assert team.config.settings().ui_language == "zh_CN"


def test_switch_member_rebuilds_the_window_for_their_roles(qtbot, ui_ctx, team) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_ctx)  # not handed to qtbot: the switch deletes it
    wait_idle(qtbot, ui_ctx)
    assert "team" in window.area_keys()
    shell.on_switch_member_triggered(window)
    qtbot.waitUntil(lambda: hasattr(window, "_sign_in_dialog"), timeout=5000)
    dialog = window._sign_in_dialog
    dialog.member.setCurrentIndex(dialog.member.findData("小林"))
    dialog.accept()
    # An earlier test in this process may have left a holder of its own: look for the new window in any.
    def rebuilt() -> MainWindow | None:
        for holder in QtWidgets.QApplication.instance().findChildren(shell._Holder):
            w = holder.window
            if w is not None and w is not window and shiboken6.isValid(w) and w.ctx.services.actor.name == "小林":
                return w
        return None

    qtbot.waitUntil(lambda: rebuilt() is not None, timeout=5000)
    new = rebuilt()
    qtbot.addWidget(new)
    assert "team" not in new.area_keys() and "accounts" in new.area_keys()
    assert ui_ctx.settings.value("identity/member") == "小林"
    wait_idle(qtbot, new.ctx)
    wait_idle(qtbot, ui_ctx)
