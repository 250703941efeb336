"""The admin areas' dialogs: a team member's roles, the app credentials, connecting an account."""

from __future__ import annotations

from matrix_desktop.core.company import Member, MemberRole
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.qt import QtWidgets
from matrix_desktop.ui.widgets import dialog_buttons


class MemberDialog(QtWidgets.QDialog):
    """Add a member with roles, or change a member's roles (name and display name are then fixed)."""

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
        form.addRow(dialog_buttons(self))

    def roles(self) -> frozenset[MemberRole]:
        return frozenset(r for r, b in self.boxes.items() if b.isChecked())


class AppCredentialsDialog(QtWidgets.QDialog):
    """Type the Weibo app key and secret; the secret is never shown again."""

    def __init__(self, parent: QtWidgets.QWidget | None, app_key: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("App credentials"))
        form = QtWidgets.QFormLayout(self)
        self.key = QtWidgets.QLineEdit(app_key)
        self.secret = QtWidgets.QLineEdit()
        self.secret.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        if app_key:  # a key is set: its secret is stored, and an empty field keeps it
            self.secret.setPlaceholderText(tr("stored; leave empty to keep it"))
        form.addRow(tr("App key"), self.key)
        form.addRow(tr("App secret"), self.secret)
        form.addRow(QtWidgets.QLabel(tr("Kept in the system keyring, never in the database or logs.")))
        form.addRow(dialog_buttons(self))


class ConnectDialog(QtWidgets.QDialog):
    """Shown while the browser authorises: waits for the redirect, or takes a pasted code."""

    def __init__(self, url: str, parent: QtWidgets.QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Connect a Weibo account"))
        layout = QtWidgets.QVBoxLayout(self)
        text = QtWidgets.QLabel(tr("Authorise the account in the browser page that just opened. This window "
                                   "closes by itself when the platform sends the person back."))
        text.setWordWrap(True)
        layout.addWidget(text)
        link = QtWidgets.QLabel(f"<a href='{url}'>{tr('Open the authorisation page again')}</a>")
        link.setOpenExternalLinks(True)
        layout.addWidget(link)
        layout.addWidget(QtWidgets.QLabel(tr("Or paste the code from the address bar:")))
        self.code = QtWidgets.QLineEdit()
        layout.addWidget(self.code)
        layout.addWidget(dialog_buttons(self, save=False))
