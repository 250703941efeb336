"""Switching the interface language at run time: translators swap at once and the window is rebuilt."""

from __future__ import annotations

from matrix_desktop.ui import i18n
from matrix_desktop.ui.application import LanguageFollower
from matrix_desktop.ui.main_window import MainWindow
from matrix_desktop.ui.qt import QtWidgets
from tests.ui.conftest import wait_idle


def test_set_language_rebuilds_the_window_in_the_new_language(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.show_area("audit")
    follower = LanguageFollower(ui_ctx, window, restart_sync=False)  # no platform here
    try:
        assert window.menuBar().actions()[0].text() == "&File"
        i18n.set_language("zh_CN")
        rebuilt = follower.window
        qtbot.addWidget(rebuilt)
        assert rebuilt is not window and not window.isVisible() and rebuilt.isVisible()
        assert rebuilt.menuBar().actions()[0].text() == "文件(&F)"
        assert rebuilt._specs[rebuilt.nav.currentRow()].key == "audit"  # the same place
        box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        assert box.buttons()[0].text() == "取消"  # Qt's own catalogue came with it
        wait_idle(qtbot, ui_ctx, timeout=30000)  # two windows' areas load: slow on a busy machine
    finally:
        follower.stop()
        i18n.set_language("en")
    assert i18n.tr("&File") == "&File"
