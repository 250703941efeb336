"""The shell: only built areas appear, admin areas only for admins, and the window remembers its state."""

from __future__ import annotations

from matrix_desktop.core.company import MemberRole
from matrix_desktop.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle


def test_window_remembers_the_area_it_showed(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    assert window.show_area("audit")
    window.resize(1000, 700)
    window.save_state()
    wait_idle(qtbot, ui_ctx)
    again = MainWindow(ui_ctx)
    qtbot.addWidget(again)
    assert again.nav.currentItem().text().startswith(again._specs[again.nav.currentRow()].title)
    assert again._specs[again.nav.currentRow()].key == "audit"
    wait_idle(qtbot, ui_ctx)


def test_credentials_and_team_areas_are_for_admins_only(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    services.members.add("boss", frozenset({MemberRole.ADMIN}))
    services.act_as("boss")
    services.members.add("op", frozenset({MemberRole.OPERATOR}))
    admin_window = MainWindow(ui_ctx)
    qtbot.addWidget(admin_window)
    assert {"credentials", "team", "audit"} <= set(admin_window.area_keys())
    services.act_as("op")
    operator_window = MainWindow(ui_ctx)
    qtbot.addWidget(operator_window)
    keys = set(operator_window.area_keys())
    assert "accounts" in keys and not keys & {"credentials", "team", "audit"}
    wait_idle(qtbot, ui_ctx)


def test_a_read_only_database_shows_a_banner_and_a_refused_change_says_so(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path) -> None:
    from matrix_desktop.app.bootstrap import bootstrap
    from matrix_desktop.core.accounts import AccountInput, AccountRole
    from matrix_desktop.core.errors import ReadOnlyDatabase
    from matrix_desktop.ui.context import UiContext
    from matrix_desktop.ui.i18n import set_language
    from matrix_desktop.ui.ops import error_text
    from matrix_desktop.ui.qt import QtCore

    db = tmp_path / "matrix.db"
    setup = bootstrap(f"sqlite:///{db}")
    setup.members.add("admin", frozenset({MemberRole.ADMIN}))
    setup.close()
    services = bootstrap(f"sqlite:///{db}?mode=ro", "admin")
    set_language("zh_CN")
    ctx = UiContext.create(services, QtCore.QSettings(str(tmp_path / "ui.ini"), QtCore.QSettings.Format.IniFormat))
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        wait_idle(qtbot, ctx)
        assert window.read_only_banner.isVisible()
        assert window.read_only_banner.label.text().startswith("只读数据库：")
        assert str(db) in window.read_only_banner.label.text()
        try:
            services.registry.create(AccountInput("1000000001", "星河乳业", AccountRole.OFFICIAL))
        except ReadOnlyDatabase as exc:
            assert error_text(exc) == "数据库是只读的（只读文件或只读磁盘）：这次修改没有保存。"
        else:
            raise AssertionError("a change to a read-only database was not refused")
        window.close()
    finally:
        set_language("en")
        ctx.tracker.cancel_all()
        ctx.host.executors.shutdown()
        services.close()
