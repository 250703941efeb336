"""Switching the interface language at run time: translators swap at once and the window is rebuilt."""

from __future__ import annotations

from matrix_desktop.ui import i18n
from matrix_desktop.ui.application import LanguageFollower
from matrix_desktop.ui.main_window import MainWindow
from matrix_desktop.ui.qt import QtWidgets
from tests.ui.conftest import wait_idle


def test_set_language_rebuilds_the_window_in_the_new_language(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_ctx)  # not given to qtbot: the follower deletes it after the switch
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


def test_short_lists_sort_names_by_pinyin_in_chinese(qapp) -> None:  # type: ignore[no-untyped-def]
    from matrix_desktop.ui.tablemodel import Column, ListTableModel

    model: ListTableModel[str] = ListTableModel([Column("name", "name", lambda s: s)], None, row_id=lambda s: s)
    model.set_items(["张三", "Lily", "李想", "阿杰"])
    i18n.set_language("zh_CN")
    try:
        model.sort(0)
        assert model.items == ["阿杰", "李想", "Lily", "张三"]  # a, li, lily, zhang
        assert i18n.format_number(1289153) == "1,289,153"
    finally:
        i18n.set_language("en")
    model.sort(0)
    assert model.items[0] == "Lily"
