"""The Team view (admins): members and their roles."""

from __future__ import annotations

from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import Member, MemberRole
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.ops import Op
from matrix_desktop.ui.qt import QtWidgets
from matrix_desktop.ui.tablemodel import Column, ListTableModel


def role_names(roles: frozenset[MemberRole]) -> str:
    return "、".join(tr(r.value) for r in sorted(roles))


class MemberDialog(QtWidgets.QDialog):
    def __init__(self, parent: QtWidgets.QWidget | None, member: Member | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit roles") if member else tr("Add member"))
        form = QtWidgets.QFormLayout(self)
        self.name = QtWidgets.QLineEdit(member.name if member else "")
        self.name.setEnabled(member is None)
        self.display = QtWidgets.QLineEdit(member.display_name if member else "")
        self.display.setEnabled(member is None)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Display name"), self.display)
        self.boxes: dict[MemberRole, QtWidgets.QCheckBox] = {}
        for role in MemberRole:
            box = QtWidgets.QCheckBox(tr(role.value))
            box.setChecked(member is not None and member.has(role))
            self.boxes[role] = box
            form.addRow("", box)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def roles(self) -> frozenset[MemberRole]:
        return frozenset(r for r, b in self.boxes.items() if b.isChecked())


class TeamView(QtWidgets.QWidget):
    """Members with their roles; add a member or change roles (the service allows admins only)."""

    area = "team"

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.add_button = QtWidgets.QPushButton(tr("Add member…"))
        self.edit_button = QtWidgets.QPushButton(tr("Change roles…"))
        bar = QtWidgets.QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        columns: list[Column[Member]] = [
            Column("name", tr("Name"), lambda m: m.name),
            Column("display", tr("Display name"), lambda m: m.display_name),
            Column("roles", tr("Roles"), lambda m: role_names(m.roles)),
        ]
        self.model: ListTableModel[Member] = ListTableModel(columns, self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(1, 200)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.table.doubleClicked.connect(lambda _i: self.on_edit_clicked())
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
        rows = self.table.selectionModel().selectedRows()
        member = self.model.item_at(rows[0].row()) if rows else None
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
