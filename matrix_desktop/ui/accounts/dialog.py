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


def verified_types() -> list[tuple[int, str]]:
    """The platform's verification kinds (`verified_type`) in words, in the order a person picks them."""
    return [(-1, tr("not verified")), (0, tr("personal (orange V)")), (2, tr("company (blue V)")),
            (3, tr("media (blue V)")), (1, tr("government (blue V)")), (4, tr("campus (blue V)")),
            (5, tr("website (blue V)")), (6, tr("app (blue V)")), (7, tr("organisation (blue V)")),
            (200, tr("Weibo expert (初级达人)")), (220, tr("Weibo expert (达人)"))]


def verified_type_label(value: int) -> str:
    """`verified_type` in words; a value the list does not know is shown with its number."""
    return dict(verified_types()).get(value, tr("other kind ({n})", n=value))


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
        self.verified_type = QtWidgets.QComboBox()
        for value, label in verified_types():
            self.verified_type.addItem(label, value)
        # The box and the kind agree: a kind makes the account verified, "not verified" clears the box.
        self.verified_type.currentIndexChanged.connect(
            lambda _i: self.verified.setChecked(self.verified_type_value() >= 0))
        self.verified.toggled.connect(self._on_verified_toggled)
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
            self.role.setCurrentIndex(self.role.findData(account.role.value))
            self.owner.setText(account.owner)
            self.team.setText(account.team)
            self.set_verified_type(account.verified_type)
            self.verified.setChecked(account.verified)
            self.verified_reason.setText(account.verified_reason)
            self.description.setPlainText(account.description)
            self._counts = (account.followers_count, account.friends_count, account.statuses_count)
        else:
            self._counts = (0, 0, 0)
            # Most accounts a person adds are employees; the matrix has one official account already.
            self.role.setCurrentIndex(self.role.findData(AccountRole.EMPLOYEE.value))
            self.set_verified_type(-1)

    def verified_type_value(self) -> int:
        return int(self.verified_type.currentData())

    def set_verified_type(self, value: int) -> None:
        n = self.verified_type.findData(value)
        if n < 0:  # a kind the list does not name: kept as it is
            self.verified_type.addItem(verified_type_label(value), value)
            n = self.verified_type.count() - 1
        self.verified_type.setCurrentIndex(n)

    def _on_verified_toggled(self, checked: bool) -> None:
        if not checked and self.verified_type_value() >= 0:
            self.set_verified_type(-1)
        elif checked and self.verified_type_value() < 0:
            self.set_verified_type(0)

    def current_input(self) -> AccountInput:
        return normalise_input(AccountInput(
            uid=self.uid.text(), screen_name=self.screen_name.text(),
            role=AccountRole(self.role.currentData()), owner=self.owner.text(), team=self.team.text(),
            verified=self.verified.isChecked(), verified_type=self.verified_type_value(),
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
