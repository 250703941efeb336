"""Dialogs of the Flags area: the reason asked before resolve or waive, and the company profile."""

from __future__ import annotations

from matrix_desktop.core.company import CompanyProfile, normalise_company, validate_company
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.qt import QtWidgets


class ReasonDialog(QtWidgets.QDialog):
    """Asks why, and is itself the confirmation: nothing happens unless its action button is pressed."""

    def __init__(self, parent: QtWidgets.QWidget | None, title: str, question: str, action: str,
                 required: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.required = required
        label = QtWidgets.QLabel(question)
        label.setWordWrap(True)
        self.reason = QtWidgets.QPlainTextEdit()
        self.reason.setFixedHeight(80)
        self.reason.setPlaceholderText(tr("Reason (required)") if required else tr("Reason (optional)"))
        self.errors = QtWidgets.QLabel()
        self.errors.setStyleSheet("color: #a4262c;")
        self.errors.hide()
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(action, QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)

    def value(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def on_buttons_accepted(self) -> None:
        if self.required and not self.value():
            self.errors.setText(tr("Say why: a reason is required."))
            self.errors.show()
            return
        self.accept()


def _lines(values: tuple[str, ...]) -> str:
    return "\n".join(values)


def _split(text: str) -> tuple[str, ...]:
    # One name per line: English names carry commas ("Xinghe Dairy Co., Ltd."), so commas do not split.
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class CompanyDialog(QtWidgets.QDialog):
    """The company profile. Admins edit it; everyone else sees it read-only."""

    def __init__(self, parent: QtWidgets.QWidget | None, profile: CompanyProfile, editable: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Company profile"))
        self.setMinimumWidth(480)
        self.editable = editable
        self.legal_name = QtWidgets.QLineEdit(profile.legal_name)
        self.legal_name.setPlaceholderText(tr("e.g. 星河乳业股份有限公司"))
        self.aliases = QtWidgets.QPlainTextEdit(_lines(profile.aliases))
        self.english = QtWidgets.QPlainTextEdit(_lines(profile.english_names))
        self.ticker = QtWidgets.QLineEdit(profile.ticker)
        self.keywords = QtWidgets.QPlainTextEdit(_lines(profile.business_keywords))
        for box in (self.aliases, self.english, self.keywords):
            box.setFixedHeight(64)
            box.setPlaceholderText(tr("one per line"))
        form = QtWidgets.QFormLayout()
        form.addRow(tr("Legal name"), self.legal_name)
        form.addRow(tr("Aliases and brands"), self.aliases)
        form.addRow(tr("English names"), self.english)
        form.addRow(tr("Ticker"), self.ticker)
        form.addRow(tr("Business keywords"), self.keywords)
        note = QtWidgets.QLabel(
            tr("Saving re-checks every account's verification text against these names.") if editable
            else tr("Only an admin can change the company profile."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        self.errors = QtWidgets.QLabel()
        self.errors.setStyleSheet("color: #a4262c;")
        self.errors.setWordWrap(True)
        self.errors.hide()
        if editable:
            self.buttons = QtWidgets.QDialogButtonBox(
                QtWidgets.QDialogButtonBox.StandardButton.Save | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        else:
            self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
            for w in (self.legal_name, self.ticker):
                w.setReadOnly(True)
            for box in (self.aliases, self.english, self.keywords):
                box.setReadOnly(True)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)

    def value(self) -> CompanyProfile:
        return normalise_company(CompanyProfile(
            legal_name=self.legal_name.text(), aliases=_split(self.aliases.toPlainText()),
            english_names=_split(self.english.toPlainText()), ticker=self.ticker.text(),
            business_keywords=_split(self.keywords.toPlainText())))

    def show_problem(self, text: str) -> None:
        self.errors.setText(text)
        self.errors.show()

    def on_buttons_accepted(self) -> None:
        problems = validate_company(self.value())
        if problems:
            self.show_problem("; ".join(problems))
            return
        self.accept()
