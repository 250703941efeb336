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
