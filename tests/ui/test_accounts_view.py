"""The Accounts area driven as a person would: import, filter, sort, add with validation, archive."""

from __future__ import annotations

from pathlib import Path

from matrix_desktop.core.accounts import AccountInput, AccountRole
from matrix_desktop.ui.accounts.dialog import AccountDialog
from matrix_desktop.ui.accounts.view import AccountsView
from matrix_desktop.ui.qt import QtCore, QtWidgets
from tests.ui.conftest import wait_idle

CSV = ("uid,screen_name,role,owner,team,verified,verified_type,verified_reason,description,followers_count\n"
       "1000000001,星河乳业,official,,品牌部,true,2,星河乳业官方微博,,900\n"
       "1000000002,王总,leader,王建国,总裁办,true,0,星河乳业董事长,,500\n"
       "1000000003,小张,employee,张三,市场部,false,-1,,,20\n")


def test_import_filter_and_sort_show_the_registry(qtbot, ui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = AccountsView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    assert view.model.rowCount() == 0
    path = tmp_path / "a.csv"
    path.write_bytes(("\ufeff" + CSV).encode("utf-8"))
    view.import_file(path)
    wait_idle(qtbot, ui_ctx)
    assert view.model.rowCount() == 3
    assert view.model.data(view.model.index(0, 0)) == "星河乳业"

    view.role_filter.setCurrentIndex(view.role_filter.findData("employee"))
    wait_idle(qtbot, ui_ctx)
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 0)) == "小张"

    view.role_filter.setCurrentIndex(0)
    view.search.setText("总裁")
    view.search.returnPressed.emit()
    wait_idle(qtbot, ui_ctx)
    assert [view.model.data(view.model.index(r, 0)) for r in range(view.model.rowCount())] == ["王总"]

    view.search.setText("")
    view.search.returnPressed.emit()
    view.table_area.table.sortByColumn(6, QtCore.Qt.SortOrder.AscendingOrder)  # followers
    wait_idle(qtbot, ui_ctx)
    assert [view.model.data(view.model.index(r, 6)) for r in range(3)] == ["20", "500", "900"]


def test_a_bad_import_names_the_row_and_changes_nothing(qtbot, ui_ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QtWidgets.QMessageBox, "open", lambda self: shown.append(
        self.text() + "|" + self.informativeText()))
    view = AccountsView(ui_ctx)
    qtbot.addWidget(view)
    path = tmp_path / "bad.csv"
    path.write_text(CSV + "12ab,坏行,employee,,,no,-1,,,0\n", encoding="utf-8")
    view.import_file(path)
    wait_idle(qtbot, ui_ctx)
    assert shown and "line 5" in shown[0]
    assert view.model.rowCount() == 0


def test_dialog_refuses_a_bad_uid_and_names_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AccountDialog(None)
    qtbot.addWidget(dialog)
    dialog.uid.setText("abc")
    dialog.screen_name.setText("")
    dialog.on_buttons_accepted()
    assert dialog.value() is None
    assert "uid 'abc'" in dialog.errors.text() and "screen name is empty" in dialog.errors.text()


def test_add_then_archive_an_account(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = AccountsView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    view.on_add_clicked()
    dialog = view._dialog
    dialog.uid.setText("1000000009")
    dialog.screen_name.setText("星河新人")
    dialog.role.setCurrentIndex(list(AccountRole).index(AccountRole.EMPLOYEE))
    dialog.on_buttons_accepted()
    wait_idle(qtbot, ui_ctx)
    assert view.model.rowCount() == 1
    view.table_area.table.selectRow(0)
    monkeypatch.setattr(QtWidgets.QMessageBox, "question",
                        lambda *a, **k: QtWidgets.QMessageBox.StandardButton.Yes)
    view.on_archive_clicked()
    wait_idle(qtbot, ui_ctx)
    assert view.model.rowCount() == 0
    assert ui_ctx.services.registry.get("1000000009").archived


def test_service_refusal_keeps_the_dialog_open_with_the_reason(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    ui_ctx.services.registry.create(AccountInput("1000000001", "星河乳业", AccountRole.OFFICIAL))
    view = AccountsView(ui_ctx)
    qtbot.addWidget(view)
    view.on_add_clicked()
    dialog = view._dialog
    dialog.uid.setText("1000000002")
    dialog.screen_name.setText("另一个官方")
    dialog.role.setCurrentIndex(0)
    dialog.on_buttons_accepted()
    wait_idle(qtbot, ui_ctx)
    assert "already the official account" in dialog.errors.text()
    assert dialog.isVisible()


def test_a_save_over_a_change_made_on_another_desktop_says_so_in_chinese(  # type: ignore[no-untyped-def]
        qtbot, ui_ctx) -> None:
    from dataclasses import replace

    from matrix_desktop.app.bootstrap import bootstrap
    from matrix_desktop.ui.i18n import set_language

    set_language("zh_CN")
    try:
        ui_ctx.services.registry.create(AccountInput("1000000001", "星河乳业", AccountRole.OFFICIAL, team="品牌部"))
        view = AccountsView(ui_ctx)
        qtbot.addWidget(view)
        wait_idle(qtbot, ui_ctx)
        view.table_area.table.selectRow(0)
        view.on_edit_clicked()
        dialog = view._dialog
        other = bootstrap(ui_ctx.services.db_url)  # the second desktop saves first
        try:
            a = other.registry.get("1000000001")
            other.registry.update(a.id, replace(a.as_input(), team="市场部"), read=a)
        finally:
            other.close()
        dialog.team.setText("总裁办")
        dialog.on_buttons_accepted()
        wait_idle(qtbot, ui_ctx)
        box = next(w for w in QtWidgets.QApplication.topLevelWidgets()
                   if isinstance(w, QtWidgets.QMessageBox) and w.isVisible())
        assert box.windowTitle() == "已在另一台电脑上被修改"
        assert "账号“星河乳业 (1000000001)”在你打开后已被" in box.text() and "改动：团队" in box.text()
        assert "你的修改没有保存" in box.text()
        box.close()
        assert ui_ctx.services.registry.get("1000000001").team == "市场部"
    finally:
        set_language("en")
