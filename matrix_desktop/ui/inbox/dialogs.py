"""The inbox areas' dialogs: an answer-manual entry, the reason for rejecting a reply, the crisis checklist."""

from __future__ import annotations

from matrix_desktop.core.inbox.answers import AnswerEntry
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.inbox.common import checklist
from matrix_desktop.ui.qt import QtWidgets
from matrix_desktop.ui.widgets import dialog_buttons


class AnswerDialog(QtWidgets.QDialog):
    """Add or edit one answer-manual entry."""

    def __init__(self, parent: QtWidgets.QWidget | None, entry: AnswerEntry | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Answer manual entry"))
        self.key = QtWidgets.QLineEdit(entry.key if entry else "")
        self.key.setReadOnly(entry is not None)
        self.department = QtWidgets.QLineEdit(entry.department if entry else "")
        self.question = QtWidgets.QLineEdit(entry.question if entry else "")
        self.keywords = QtWidgets.QLineEdit("、".join(entry.keywords) if entry else "")
        self.answer = QtWidgets.QPlainTextEdit(entry.answer if entry else "")
        form = QtWidgets.QFormLayout(self)
        form.addRow(tr("Id"), self.key)
        form.addRow(tr("Department"), self.department)
        form.addRow(tr("Question"), self.question)
        form.addRow(tr("Keywords"), self.keywords)
        form.addRow(tr("Answer"), self.answer)
        form.addRow(dialog_buttons(self))

    def value(self) -> AnswerEntry:
        words = tuple(w for w in self.keywords.text().replace("，", "、").replace(",", "、").split("、") if w.strip())
        return AnswerEntry(self.key.text().strip(), self.department.text().strip(), self.question.text().strip(),
                           self.answer.toPlainText().strip(), words)


def reject_dialog(parent: QtWidgets.QWidget | None) -> QtWidgets.QInputDialog:
    """Asks a leader why a reply is rejected; `textValueSelected` carries the reason."""
    dialog = QtWidgets.QInputDialog(parent)
    dialog.setWindowTitle(tr("Reject reply"))
    dialog.setLabelText(tr("Why? The writer reads this."))
    return dialog


class ChecklistDialog(QtWidgets.QDialog):
    """The escalation checklist for a crisis item; ticking every box is not required to close it."""

    def __init__(self, parent: QtWidgets.QWidget | None, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Crisis escalation checklist"))
        layout = QtWidgets.QVBoxLayout(self)
        quote = QtWidgets.QLabel(tr("Crisis signal: {text}", text=text))
        quote.setWordWrap(True)
        quote.setStyleSheet("color: #a4262c; font-weight: bold")
        layout.addWidget(quote)
        self.boxes = [QtWidgets.QCheckBox(line) for line in checklist()]
        for box in self.boxes:
            layout.addWidget(box)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
