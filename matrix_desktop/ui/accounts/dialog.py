"""Add or edit one account, with validation that names each bad field."""

from __future__ import annotations

from matrix_desktop.core.accounts import (
    ROLE_LABELS_ZH,
    Account,
    AccountInput,
    AccountRole,
    normalise_input,
    validate_input,
)
from matrix_desktop.ui.i18n import language, tr
from matrix_desktop.ui.qt import QtWidgets


def role_label(role: AccountRole) -> str:
    english = {AccountRole.OFFICIAL: "Official", AccountRole.LEADER: "Leader",
               AccountRole.SUB_BRAND: "Sub-brand", AccountRole.EMPLOYEE: "Employee"}
    return ROLE_LABELS_ZH[role] if language() == "zh_CN" else english[role]


class AccountDialog(QtWidgets.QDialog):
    """A form for one account. `value()` gives the validated input once accepted."""

    def __init__(self, parent: QtWidgets.QWidget | None, account: Account | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit account") if account else tr("Add account"))
        self.setMinimumWidth(460)
        form = QtWidgets.QFormLayout()
        self.uid = QtWidgets.QLineEdit()
        self.uid.setPlaceholderText(tr("numeric Weibo uid, e.g. 1669879400"))
        self.screen_name = QtWidgets.QLineEdit()
        self.role = QtWidgets.QComboBox()
        for r in AccountRole:
            self.role.addItem(role_label(r), r.value)
        self.owner = QtWidgets.QLineEdit()
        self.team = QtWidgets.QLineEdit()
        self.verified = QtWidgets.QCheckBox(tr("verified by the platform"))
        self.verified_type = QtWidgets.QSpinBox()
        self.verified_type.setRange(-1, 1000)
        self.verified_type.setToolTip(tr("-1 not verified, 0 personal (orange V), 1-7 organisations (blue V)"))
        self.verified_reason = QtWidgets.QLineEdit()
        self.description = QtWidgets.QPlainTextEdit()
        self.description.setFixedHeight(70)
        form.addRow(tr("Weibo uid"), self.uid)
        form.addRow(tr("Screen name"), self.screen_name)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("Owner"), self.owner)
        form.addRow(tr("Team"), self.team)
        form.addRow("", self.verified)
        form.addRow(tr("Verified type"), self.verified_type)
        form.addRow(tr("Verification text"), self.verified_reason)
        form.addRow(tr("Description"), self.description)
        self.errors = QtWidgets.QLabel()
        self.errors.setStyleSheet("color: #a4262c;")
        self.errors.setWordWrap(True)
        self.errors.hide()
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self._value: AccountInput | None = None
        if account is not None:
            self.uid.setText(account.uid)
            self.screen_name.setText(account.screen_name)
            self.role.setCurrentIndex(list(AccountRole).index(account.role))
            self.owner.setText(account.owner)
            self.team.setText(account.team)
            self.verified.setChecked(account.verified)
            self.verified_type.setValue(account.verified_type)
            self.verified_reason.setText(account.verified_reason)
            self.description.setPlainText(account.description)
            self._counts = (account.followers_count, account.friends_count, account.statuses_count)
        else:
            self._counts = (0, 0, 0)

    def current_input(self) -> AccountInput:
        return normalise_input(AccountInput(
            uid=self.uid.text(), screen_name=self.screen_name.text(),
            role=AccountRole(self.role.currentData()), owner=self.owner.text(), team=self.team.text(),
            verified=self.verified.isChecked(), verified_type=self.verified_type.value(),
            verified_reason=self.verified_reason.text(), description=self.description.toPlainText(),
            followers_count=self._counts[0], friends_count=self._counts[1], statuses_count=self._counts[2],
        ))

    def on_buttons_accepted(self) -> None:
        data = self.current_input()
        problems = validate_input(data)
        if problems:
            self.errors.setText("\n".join("• " + p for p in problems))
            self.errors.show()
            return
        self._value = data
        self.accept()

    def show_problem(self, text: str) -> None:
        """Show a problem found by the service (e.g. a second official account) and stay open."""
        self.errors.setText("• " + text)
        self.errors.show()

    def value(self) -> AccountInput | None:
        return self._value
