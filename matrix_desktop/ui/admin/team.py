"""The Team view (admins): members and their roles."""

from __future__ import annotations

from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import Member, MemberRole
from matrix_desktop.ui.admin.dialogs import MemberDialog
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.ops import Op
from matrix_desktop.ui.qt import QtCore, QtWidgets
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
        columns: list[Column[Member]] = [
            Column("name", tr("Name"), lambda m: m.name),
            Column("display", tr("Display name"), lambda m: m.display_name),
            Column("roles", tr("Roles"), lambda m: role_names(m.roles)),
        ]
        self.model: ListTableModel[Member] = ListTableModel(columns, self, row_id=lambda m: m.name)
        self.table_area: TableArea[Member] = TableArea(
            self.model, widths=(160, 200), sort=(0, Qt.SortOrder.AscendingOrder),
            count_text=lambda n: tr("{n} members", n=n))
        self.table_area.add_action(self.add_button)
        self.table_area.add_action(self.edit_button)
        QtWidgets.QVBoxLayout(self).addWidget(self.table_area)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.table_area.activated.connect(lambda _m: self.on_edit_clicked())
        ctx.tracker.did_execute.connect(lambda areas: self.reload() if Change.TEAM in areas else None)
        self.reload()

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
