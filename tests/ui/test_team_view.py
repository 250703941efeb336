"""The Team view adds a member and changes roles through the service (admins only)."""

from __future__ import annotations

import pytest

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


def test_admin_deactivates_then_removes_a_member_and_the_history_stays(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from matrix_desktop.core.errors import PermissionDenied
    from matrix_desktop.ui.qt import QtWidgets

    services = ui_ctx.services
    services.members.add("boss", frozenset({MemberRole.ADMIN}))
    services.act_as("boss")
    services.members.add("小林", frozenset({MemberRole.OPERATOR}))
    view = TeamView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *a, **k: QtWidgets.QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", lambda *a, **k: QtWidgets.QMessageBox.StandardButton.Yes)
    row = next(n for n, m in enumerate(view.model.items) if m.name == "boss")
    view.table_area.table.selectRow(row)
    assert not view.remove_button.isEnabled()  # nobody removes themselves
    row = next(n for n, m in enumerate(view.model.items) if m.name == "小林")
    view.table_area.table.selectRow(row)
    view.on_active_clicked()
    wait_idle(qtbot, ui_ctx)
    assert not next(m for m in services.members.all() if m.name == "小林").active
    with pytest.raises(PermissionDenied):
        services.act_as("小林")  # a deactivated member cannot work
    row = next(n for n, m in enumerate(view.model.items) if m.name == "小林")
    view.table_area.table.selectRow(row)
    assert view.active_button.text() == "Reactivate"
    view.on_remove_clicked()
    wait_idle(qtbot, ui_ctx)
    assert [m.name for m in services.members.all()] == ["boss"]
    trail = [(e.action, e.detail.get("member")) for e in services.audit.entries("member.")]
    assert ("member.deactivate", "小林") in trail and ("member.remove", "小林") in trail
    assert ("member.add", "小林") in trail  # their history stays
    with pytest.raises(PermissionDenied):
        services.members.remove("boss")  # the last admin stays
