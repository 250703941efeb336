"""Small widgets shared by every area: the task panel in the status bar, a search box, a drop-down filter,
a banner, a dialog's buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.identity import Actor
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.messages import explain_text
from matrix_desktop.ui.ops import TaskTracker
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets, Signal


class TaskPanel(QtWidgets.QWidget):
    """Shows the running work's label and progress with a Stop button; hidden when nothing runs."""

    def __init__(self, tracker: TaskTracker, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._tracker = tracker
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QtWidgets.QLabel()
        self.bar = QtWidgets.QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.stop = QtWidgets.QPushButton(tr("Stop"))
        self.stop.setToolTip(tr("Stop the running work (Esc)"))
        self.stop.clicked.connect(self.on_stop_clicked)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.stop)
        tracker.progressed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        shown = [t for t in self._tracker.tasks if t.shows_progress]
        self.setVisible(bool(shown))
        if not shown:
            return
        task = shown[-1]
        extra = f" (+{len(shown) - 1})" if len(shown) > 1 else ""
        p = task.job.latest
        self.label.setText(explain_text(p.label if p and p.label else task.label) + extra)
        if p is None or p.total <= 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, p.total)
            self.bar.setValue(min(p.done, p.total))
        self.stop.setVisible(any(t.cancellable for t in shown))

    def on_stop_clicked(self) -> None:
        self._tracker.cancel_all()


class SearchBox(QtWidgets.QLineEdit):
    """A line edit that reports what was typed once typing pauses (250 ms), not on every key.

    Signals:
        searched(str): the text after a pause, or at once on Enter.
    """

    searched = Signal(str)

    def __init__(self, placeholder: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(lambda: self.searched.emit(self.text()))
        self.textChanged.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._on_return_pressed)

    def _on_return_pressed(self) -> None:
        self._timer.stop()
        self.searched.emit(self.text())


class Banner(QtWidgets.QFrame):
    """A coloured strip across the top of an area for things that need attention now."""

    def __init__(self, parent: QtWidgets.QWidget | None = None, kind: str = "warning") -> None:
        super().__init__(parent)
        colours = {"warning": ("#fff4ce", "#8a6100"), "danger": ("#fde7e9", "#a4262c"),
                   "info": ("#e5f1fb", "#0b5cad")}
        bg, fg = colours.get(kind, colours["warning"])
        self.setStyleSheet(f"QFrame {{ background: {bg}; border-radius: 4px; }} QLabel {{ color: {fg}; }}")
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QtWidgets.QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))


def filter_box(choices: Iterable[tuple[str, object]]) -> QtWidgets.QComboBox:
    """A drop-down filter of (label, value) choices; a view reads the chosen one with `currentData()`."""
    box = QtWidgets.QComboBox()
    for label, value in choices:
        box.addItem(label, value)
    return box


def status_message(widget: QtWidgets.QWidget, text: str, ms: int = 8000) -> None:
    """Show a passing message in the window's status bar (or the tooltip area if the view stands alone)."""
    window = widget.window()
    if isinstance(window, QtWidgets.QMainWindow):
        window.statusBar().showMessage(text, ms)
    else:
        widget.setToolTip(text)


def shortcut(keys: QtGui.QKeySequence | QtGui.QKeySequence.StandardKey | str, parent: QtWidgets.QWidget,
             slot: Callable[[], object]) -> QtGui.QShortcut:
    """A keyboard shortcut active while `parent`'s window has focus."""
    return QtGui.QShortcut(QtGui.QKeySequence(keys), parent, slot)


def dialog_buttons(dialog: QtWidgets.QDialog, save: bool = True) -> QtWidgets.QDialogButtonBox:
    """Save (or OK) and Cancel, wired to the dialog's accept and reject."""
    ok = QtWidgets.QDialogButtonBox.StandardButton.Save if save else QtWidgets.QDialogButtonBox.StandardButton.Ok
    buttons = QtWidgets.QDialogButtonBox(ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def member_role_label(role: str) -> str:
    return {"operator": tr("operator"), "leader": tr("leader"), "admin": tr("admin")}.get(str(role), str(role))


def holds(actor: Actor, roles: Iterable[MemberRole]) -> bool:
    """Whether the person working holds one of `roles` (the same test as the services' `Actor.require`)."""
    return any(actor.has(r) for r in roles)


def permit(widget: QtWidgets.QWidget, allowed: bool, roles: Iterable[str], enabled: bool = True,
           tooltip: str = "") -> None:
    """Enable an action only for the people whose role may do it, and only when it applies (`enabled`);
    for everyone else it stays visible but disabled, its tooltip naming the role that may."""
    widget.setEnabled(allowed and enabled)
    if not allowed:
        widget.setToolTip(tr("Only a {roles} may do this", roles=tr(" or ").join(member_role_label(r) for r in roles)))
    else:
        widget.setToolTip(tooltip)
