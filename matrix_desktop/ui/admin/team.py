"""The Team view (admins): members and their roles."""

from __future__ import annotations

from matrix_desktop.core.accounts import name_sort_key
from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import Member, MemberRole
from matrix_desktop.ui.admin.dialogs import MemberDialog
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.ops import Op
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets, alive
from matrix_desktop.ui.tablearea import TableArea
from matrix_desktop.ui.tablemodel import Column, ListTableModel

Qt = QtCore.Qt


def role_names(roles: frozenset[MemberRole]) -> str:
    return "、".join(tr(r.value) for r in sorted(roles))


class TeamView(QtWidgets.QWidget):
    """Members with their roles; add a member or change roles (the service allows admins only)."""

    area = "team"

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.add_button = QtWidgets.QPushButton(tr("Add member…"))
        self.edit_button = QtWidgets.QPushButton(tr("Change roles…"))
        self.active_button = QtWidgets.QPushButton(tr("Deactivate"))
        self.remove_button = QtWidgets.QPushButton(tr("Remove…"))
        columns: list[Column[Member]] = [
            Column("name", tr("Name"), lambda m: m.name, sort_key=lambda m: name_sort_key(m.name)),
            Column("display", tr("Display name"), lambda m: m.display_name),
            Column("roles", tr("Roles"), lambda m: role_names(m.roles)),
            Column("active", tr("Status"), lambda m: tr("active") if m.active else tr("deactivated"),
                   foreground=lambda m: None if m.active else QtGui.QColor("#888888")),
        ]
        self.model: ListTableModel[Member] = ListTableModel(columns, self, row_id=lambda m: m.name)
        self.table_area: TableArea[Member] = TableArea(
            self.model, widths=(160, 200), sort=(0, Qt.SortOrder.AscendingOrder),
            count_text=lambda n: tr("{n} members", n=n))
        self.table_area.add_action(self.add_button)
        self.table_area.add_action(self.edit_button)
        self.table_area.add_action(self.active_button)
        self.table_area.add_action(self.remove_button)
        QtWidgets.QVBoxLayout(self).addWidget(self.table_area)
        self.active_button.clicked.connect(self.on_active_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.table_area.selection_changed.connect(lambda _s: self._update_buttons())
        self._update_buttons()
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.table_area.activated.connect(lambda _m: self.on_edit_clicked())
        ctx.tracker.did_execute.connect(lambda areas: None if not alive(self) else self.reload() if Change.TEAM in areas else None)
        self.reload()

    def _update_buttons(self) -> None:
        member = self.table_area.selected()
        mine = member is not None and member.name == self.ctx.services.actor.name
        for b in (self.edit_button, self.active_button, self.remove_button):
            b.setEnabled(member is not None)
        self.active_button.setText(tr("Reactivate") if member is not None and not member.active
                                   else tr("Deactivate"))
        self.active_button.setEnabled(member is not None and not mine)
        self.remove_button.setEnabled(member is not None and not mine)

    def on_active_clicked(self) -> None:
        member = self.table_area.selected()
        if member is None:
            return
        if member.active:
            answer = QtWidgets.QMessageBox.question(
                self, tr("Deactivate"), tr("Deactivate {name}? They can no longer work in the app; what they "
                                           "did stays in the audit trail.", name=member.name))
            if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                return
        members = self.ctx.services.members
        name, active = member.name, not member.active
        Op(self.ctx.host, self, lambda job: members.set_active(name, active)).writes().changes(
            Change.TEAM, Change.AUDIT).run()

    def on_remove_clicked(self) -> None:
        member = self.table_area.selected()
        if member is None:
            return
        answer = QtWidgets.QMessageBox.warning(
            self, tr("Remove member"), tr("Remove {name} from the team? Their history stays: the audit trail, "
                                          "reviews and plans keep their name.", name=member.name),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.Cancel,
            QtWidgets.QMessageBox.StandardButton.Cancel)
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        members = self.ctx.services.members
        name = member.name
        Op(self.ctx.host, self, lambda job: members.remove(name)).writes().changes(Change.TEAM, Change.AUDIT).run()

    def reload(self) -> None:
        members = self.ctx.services.members
        Op(self.ctx.host, self, lambda job: members.all()).on_success(self.model.set_items).run()

    def on_add_clicked(self) -> None:
        dialog = MemberDialog(self)
        members = self.ctx.services.members
        def save() -> None:
            name, roles, display = dialog.name.text(), dialog.roles(), dialog.display.text()  # GUI thread
            Op(self.ctx.host, self, lambda job: members.add(name, roles, display)).writes().changes(Change.TEAM).run()

        dialog.accepted.connect(save)
        dialog.open()
        self._dialog = dialog

    def on_edit_clicked(self) -> None:
        member = self.table_area.selected()
        if member is None:
            return
        dialog = MemberDialog(self, member)
        members = self.ctx.services.members
        def save() -> None:
            roles = dialog.roles()  # read on the GUI thread; the worker gets plain data
            Op(self.ctx.host, self, lambda job: members.set_roles(member.name, roles)).writes().changes(Change.TEAM).run()

        dialog.accepted.connect(save)
        dialog.open()
        self._dialog = dialog
