"""The Team view adds a member and changes roles through the service (admins only)."""

from __future__ import annotations

from matrix_desktop.core.company import MemberRole
from matrix_desktop.ui.admin.team import TeamView
from tests.ui.conftest import wait_idle


def test_admin_adds_a_member_and_changes_roles(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    services.members.add("boss", frozenset({MemberRole.ADMIN}))
    services.act_as("boss")
    view = TeamView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    view.on_add_clicked()
    dialog = view._dialog
    dialog.name.setText("小林")
    dialog.display.setText("林悦")
    dialog.boxes[MemberRole.OPERATOR].setChecked(True)
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    assert {m.name for m in view.model.items} == {"boss", "小林"}
    row = next(n for n, m in enumerate(view.model.items) if m.name == "小林")
    view.table_area.table.selectRow(row)
    view.on_edit_clicked()
    view._dialog.boxes[MemberRole.LEADER].setChecked(True)
    view._dialog.accept()
    wait_idle(qtbot, ui_ctx)
    member = next(m for m in services.members.all() if m.name == "小林")
    assert member.roles == frozenset({MemberRole.OPERATOR, MemberRole.LEADER})
    assert member.display_name == "林悦"
