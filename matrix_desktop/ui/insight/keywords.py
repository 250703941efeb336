"""The keyword-monitoring area: the watch lists (brands, products, executives, crisis words, competitors,
partners), the alerts their spikes raised, and the comments and mentions behind the selected alert."""

from __future__ import annotations

import re

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.insight.keywords import KeywordWatch, WatchKind
from matrix_desktop.core.insight.records import KeywordAlertView, SyncedText
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.ops import Job, Op, show_error
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets
from matrix_desktop.ui.tablearea import TableArea
from matrix_desktop.ui.tablemodel import Column, ListTableModel
from matrix_desktop.ui.widgets import dialog_buttons, holds, permit

#: Who may change the watch lists (the service's check: `KeywordMonitor.put_watch`).
WATCH_EDITORS = (MemberRole.OPERATOR, MemberRole.ADMIN)

_RED = QtGui.QColor("#a4262c")


def open_alert_count(services: AppServices) -> int:
    return len(services.insight.keywords.alerts(open_only=True, days=3))


def kind_names() -> dict[str, str]:
    return {WatchKind.BRAND: tr("Brand"), WatchKind.PRODUCT: tr("Product"), WatchKind.EXECUTIVE: tr("Executive"),
            WatchKind.CRISIS: tr("Crisis words"), WatchKind.COMPETITOR: tr("Competitor"),
            WatchKind.PARTNER: tr("Partner")}


def _when(at: object) -> str:
    return at.astimezone().strftime("%m-%d %H:%M") if hasattr(at, "astimezone") else ""


class WatchDialog(QtWidgets.QDialog):
    """Add or edit a watch list: a name, a kind, terms one per line (or separated by commas)."""

    def __init__(self, parent: QtWidgets.QWidget | None, watch: KeywordWatch | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Watch list"))
        self.name = QtWidgets.QLineEdit(watch.name if watch else "")
        self.name.setReadOnly(watch is not None)
        self.kind = QtWidgets.QComboBox()
        for k, label in kind_names().items():
            self.kind.addItem(label, str(k))
        if watch:
            self.kind.setCurrentIndex(self.kind.findData(watch.kind.value))
        self.terms = QtWidgets.QPlainTextEdit("\n".join(watch.terms) if watch else "")
        self.enabled = QtWidgets.QCheckBox(tr("Enabled"))
        self.enabled.setChecked(watch.enabled if watch else True)
        form = QtWidgets.QFormLayout(self)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Terms"), self.terms)
        form.addRow("", self.enabled)
        form.addRow(dialog_buttons(self))

    def values(self) -> tuple[str, WatchKind, list[str], bool]:
        terms = [t for t in re.split(r"[\n,，、]", self.terms.toPlainText()) if t.strip()]
        return self.name.text().strip(), WatchKind(self.kind.currentData()), terms, self.enabled.isChecked()


class KeywordsView(QtWidgets.QWidget):
    """Watch lists on the left; alerts and the items behind the selected one on the right."""

    area = "keywords"

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        kinds = kind_names()
        watch_cols: list[Column[KeywordWatch]] = [
            Column("name", tr("Name"), lambda w: w.name),
            Column("kind", tr("Kind"), lambda w: kinds.get(w.kind, w.kind)),
            Column("terms", tr("Terms"), lambda w: "、".join(w.terms), tooltip=lambda w: "\n".join(w.terms)),
            Column("enabled", tr("Enabled"), lambda w: "✓" if w.enabled else ""),
        ]
        self.watch_model: ListTableModel[KeywordWatch] = ListTableModel(watch_cols, self, row_id=lambda w: w.id)
        self.watch_area: TableArea[KeywordWatch] = TableArea(
            self.watch_model, widths=(90, 80, 220), empty_text=tr("No watch lists yet"))
        self.add_button = QtWidgets.QPushButton(tr("Add…"))
        self.edit_button = QtWidgets.QPushButton(tr("Edit…"))
        self.delete_button = QtWidgets.QPushButton(tr("Delete"))
        self.defaults_button = QtWidgets.QPushButton(tr("Start with defaults"))
        self.may_edit = holds(ctx.services.actor, WATCH_EDITORS)
        for b in (self.defaults_button, self.add_button, self.edit_button, self.delete_button):
            self.watch_area.add_action(b)
            permit(b, self.may_edit, WATCH_EDITORS)
        alert_cols: list[Column[KeywordAlertView]] = [
            Column("raised_at", tr("Raised"), lambda a: _when(a.raised_at)),
            Column("watch", tr("Watch list"), lambda a: a.watch_name,
                   foreground=lambda a: _RED if a.acknowledged_at is None else None),
            Column("count", tr("Mentions"), lambda a: a.count, numeric=True),
            Column("baseline", tr("Usually"), lambda a: f"{a.baseline:.1f}"),
            Column("window", tr("Window"), lambda a: f"{_when(a.window_start)} – {_when(a.window_end)}"),
            Column("ack", tr("Acknowledged"), lambda a: a.acknowledged_by),
        ]
        self.alert_model: ListTableModel[KeywordAlertView] = ListTableModel(alert_cols, self, row_id=lambda a: a.id)
        self.table_area: TableArea[KeywordAlertView] = TableArea(
            self.alert_model, widths=(100, 90, 60, 60, 190), select_first=True,
            empty_text=tr("No keyword alerts in the last 30 days"))
        self.ack_button = QtWidgets.QPushButton(tr("Acknowledge"))
        self.table_area.add_action(self.ack_button)
        item_cols: list[Column[SyncedText]] = [
            Column("at", tr("When"), lambda t: _when(t.created_at)),
            Column("author", tr("Author"), lambda t: t.author_name),
            Column("text", tr("Text"), lambda t: t.text, tooltip=lambda t: t.text),
        ]
        self.item_model: ListTableModel[SyncedText] = ListTableModel(item_cols, self, row_id=lambda t: t.interaction_id)
        self.item_area: TableArea[SyncedText] = TableArea(self.item_model, widths=(100, 120),
                                                           empty_text=tr("Select an alert to see its items"))
        right = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        right.addWidget(self.table_area)
        right.addWidget(self.item_area)
        split = QtWidgets.QSplitter()
        split.addWidget(self.watch_area)
        split.addWidget(right)
        split.setSizes([420, 800])
        QtWidgets.QVBoxLayout(self).addWidget(split)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.defaults_button.clicked.connect(self.on_defaults_clicked)
        self.ack_button.clicked.connect(self.on_ack_clicked)
        self.table_area.selection_changed.connect(self.on_alert_selection_changed)
        ctx.tracker.did_execute.connect(self.on_tracker_did_execute)
        self.reload()

    def on_tracker_did_execute(self, changes: object) -> None:
        if isinstance(changes, frozenset) and changes & {Change.INBOX, Change.POSTS}:
            self.reload()

    def reload(self) -> None:
        monitor = self.ctx.services.insight.keywords

        def work(job: Job) -> tuple[list[KeywordWatch], list[KeywordAlertView]]:
            return monitor.watches(), monitor.alerts()

        def show(result: tuple[list[KeywordWatch], list[KeywordAlertView]]) -> None:
            self.watch_model.set_items(result[0])
            self.alert_model.set_items(result[1])

        Op(self.ctx.host, self, work).on_success(show).run()

    def select_item(self, alert_id: object) -> None:
        """Today's alert lines open here, with the alert selected."""
        self.table_area.select_id(alert_id)

    def on_alert_selection_changed(self, alert: object) -> None:
        if not isinstance(alert, KeywordAlertView):
            self.item_model.set_items([])
            return
        monitor = self.ctx.services.insight.keywords
        Op(self.ctx.host, self, lambda job: monitor.items(alert)).on_success(self.item_model.set_items).run()

    def _save(self, dialog: WatchDialog) -> None:
        name, kind, terms, enabled = dialog.values()
        monitor = self.ctx.services.insight.keywords
        Op(self.ctx.host, self, lambda job: monitor.put_watch(name, kind, terms, enabled)).writes().changes(
            Change.INBOX).on_success(lambda _w: self.reload()).on_failure(lambda e: show_error(self, e)).run()

    def on_add_clicked(self) -> None:
        if not self.may_edit:
            return
        dialog = WatchDialog(self)
        if dialog.exec():
            self._save(dialog)

    def on_edit_clicked(self) -> None:
        if not self.may_edit:
            return
        watch = self.watch_area.selected()
        if watch is not None:
            dialog = WatchDialog(self, watch)
            if dialog.exec():
                self._save(dialog)

    def on_delete_clicked(self) -> None:
        if not self.may_edit:
            return
        watch = self.watch_area.selected()
        if watch is None:
            return
        answer = QtWidgets.QMessageBox.question(self, tr("Delete watch list"),
                                                tr("Delete the watch list {name} and its alerts?", name=watch.name))
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        monitor = self.ctx.services.insight.keywords
        Op(self.ctx.host, self, lambda job: monitor.delete_watch(watch.name)).writes().on_success(
            lambda _r: self.reload()).on_failure(lambda e: show_error(self, e)).run()

    def on_defaults_clicked(self) -> None:
        if not self.may_edit:
            return
        monitor = self.ctx.services.insight.keywords
        Op(self.ctx.host, self, lambda job: monitor.ensure_defaults()).writes().on_success(
            lambda _n: self.reload()).run()

    def on_ack_clicked(self) -> None:
        alert = self.table_area.selected()
        if alert is None:
            return
        monitor = self.ctx.services.insight.keywords
        Op(self.ctx.host, self, lambda job: monitor.acknowledge(alert.id)).writes().changes(Change.INBOX).on_success(
            lambda _r: self.reload()).on_failure(lambda e: show_error(self, e)).run()
