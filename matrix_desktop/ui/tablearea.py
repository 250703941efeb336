"""The table area every list view is built on: filter bar, table, empty hint, count, kept selection."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from matrix_desktop.ui.qt import QtCore, QtWidgets, Signal
from matrix_desktop.ui.tablemodel import LazyTableModel, ListTableModel

T = TypeVar("T")
Qt = QtCore.Qt


class TableArea(QtWidgets.QWidget, Generic[T]):
    """A list view's table with what surrounds it, set up once for every area.

    From the top: the filter bar (filters on the left, action buttons on the right), notices such as a
    banner, the table (beside an optional side pane, in a splitter), and the count of rows below. A hint
    shows over the empty table ("no accounts yet — import a CSV").

    The selected row is kept by id across every reset of the model — a reload, a sort, a new list: the
    same row if it is still there, else the nearest one to where it was. With `select_first` the first
    row is selected when nothing was; a selection the person made is never swapped for row 0.

    With `multi` a person may select several rows (Ctrl/Shift-click, Shift+arrows); the current row is
    the one the side pane shows, and every selected id is kept across resets too.

    With `sort` (column, order) the header sorts, and a `LazyTableModel` reloads at once by it: build the
    filter widgets its `fetch_ids` reads before the area.

    Signals:
        selection_changed(object): the selected row, or None. Also sent once after every reset, and when
            the selected row's data arrives later than its id (a lazily fetched block).
        activated(object): a row was double-clicked, or Return was pressed on it.
    """

    selection_changed = Signal(object)
    activated = Signal(object)

    def __init__(self, model: LazyTableModel[T] | ListTableModel[T], *, widths: Sequence[int] = (),
                 empty_text: str = "", count_text: Callable[[int], str] | None = None,
                 sort: tuple[int, Qt.SortOrder] | None = None, select_first: bool = False,
                 multi: bool = False, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.select_first = select_first
        self.multi = multi
        self._restore_others: list[Any] = []
        self._count_text = count_text
        self._wanted: Any = None  # an id asked for by `select_id` before it is in the list
        self._restore: tuple[list[Any], int | None] = ([], None)
        self._restoring = False
        self._emitted: tuple[Any, bool] = (None, False)

        t = self.table = QtWidgets.QTableView()
        t.setModel(model)
        t.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        t.setAlternatingRowColors(True)
        t.verticalHeader().setVisible(False)
        t.verticalHeader().setDefaultSectionSize(26)
        t.horizontalHeader().setStretchLastSection(True)
        # The widths suit Chinese titles; a longer title (English: "Category") widens its column rather
        # than being cut to "Categor".
        header = t.horizontalHeader()
        margin = 2 * header.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_HeaderMargin, None, header) + 14
        for col, width in enumerate(widths):
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            t.setColumnWidth(col, max(width, header.fontMetrics().horizontalAdvance(title) + margin))

        self.empty_hint = QtWidgets.QLabel(empty_text)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #888; font-size: 14px;")
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_hint.hide()
        QtWidgets.QVBoxLayout(t.viewport()).addWidget(self.empty_hint)  # centred over the rows, under the header

        self.splitter = QtWidgets.QSplitter()
        self.splitter.addWidget(t)
        self.count_label = QtWidgets.QLabel()
        self.count_label.setVisible(count_text is not None)
        self._bar = QtWidgets.QHBoxLayout()
        self._bar.addStretch(1)
        self._filters = 0
        self._foot = QtWidgets.QHBoxLayout()
        self._foot.addWidget(self.count_label, 1)
        self._layout = QtWidgets.QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(self._bar)
        self._layout.addWidget(self.splitter, 1)
        self._layout.addLayout(self._foot)

        t.selectionModel().selectionChanged.connect(lambda *_: self._on_selection_changed())
        t.activated.connect(lambda _index: self._on_activated())  # Return, or a (double) click per platform
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._on_model_reset)
        model.rowsInserted.connect(lambda *_: self._show_counts())
        model.rowsRemoved.connect(lambda *_: self._show_counts())
        model.dataChanged.connect(lambda *_: self._on_data_changed())
        if sort is not None:  # the indicator first: enabling then sorts (and reloads) once, by it
            t.horizontalHeader().setSortIndicator(*sort)
            t.setSortingEnabled(True)

    # -- building -----------------------------------------------------------------------------------
    def add_filter(self, widget: QtWidgets.QWidget, stretch: int = 0) -> None:
        """A filter widget, left in the bar; one with a stretch takes the room the gap would have."""
        self._bar.insertWidget(self._filters, widget, stretch)
        self._filters += 1
        if stretch:
            self._bar.setStretch(self._filters, 0)

    def add_action(self, button: QtWidgets.QWidget) -> None:
        """An action button, right in the bar, after the ones added before."""
        self._bar.addWidget(button)

    def add_notice(self, widget: QtWidgets.QWidget) -> None:
        """A widget between the bar and the table: a banner."""
        self._layout.insertWidget(self._layout.count() - 2, widget)

    def add_footer(self, widget: QtWidgets.QWidget) -> None:
        """A widget in the line under the table, right of the count."""
        self._foot.addWidget(widget)

    def set_side(self, widget: QtWidgets.QWidget, stretch: tuple[int, int] = (3, 1),
                 orientation: Qt.Orientation = Qt.Orientation.Horizontal) -> None:
        """A pane beside the table (a detail view), or under it with a vertical orientation."""
        self.splitter.setOrientation(orientation)
        self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, stretch[0])
        self.splitter.setStretchFactor(1, stretch[1])

    def set_empty_text(self, text: str) -> None:
        self.empty_hint.setText(text)

    # -- selection ----------------------------------------------------------------------------------
    def selected_row(self) -> int | None:
        """The selected row the side pane shows: with several selected, the current one."""
        sm = self.table.selectionModel()
        rows = sm.selectedRows()
        if not rows:
            return None
        current = sm.currentIndex()
        if len(rows) > 1 and current.isValid() and sm.isRowSelected(current.row(), QtCore.QModelIndex()):
            return current.row()
        return rows[0].row()

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def selected_ids(self) -> list[Any]:
        """Every selected row's id, in list order."""
        return [i for i in (self.model.id_at(r) for r in self.selected_rows()) if i is not None]

    def selected_items(self) -> list[T]:
        """Every selected row's data, in list order (rows not fetched yet are left out)."""
        return [i for i in (self.model.row_at(r) for r in self.selected_rows()) if i is not None]

    def selected(self) -> T | None:
        """The selected row's data; None also while a lazily fetched row has not arrived yet."""
        row = self.selected_row()
        return None if row is None else self.model.row_at(row)

    def selected_id(self) -> Any:
        row = self.selected_row()
        return None if row is None else self.model.id_at(row)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _select_also(self, rows: list[int], current: int) -> None:
        # The other rows of a multi-selection, added without moving the current row.
        sm = self.table.selectionModel()
        flags = QtCore.QItemSelectionModel.SelectionFlag.Select | QtCore.QItemSelectionModel.SelectionFlag.Rows
        for r in rows:
            if r != current:
                sm.select(self.model.index(r, 0), flags)

    def select_ids(self, ids: Sequence[Any]) -> None:
        """Select these rows (the first becomes the current one); ids not in the list are skipped, and
        when none is there yet the first is selected when the next list has it."""
        rows = [r for r in (self.model.row_of(i) for i in ids) if r is not None]
        if not rows and ids:
            self._wanted = ids[0]
        if rows:
            self.select_row(rows[0])
            self._select_also(rows[1:], rows[0])

    def select_id(self, item_id: Any) -> None:
        """Select the row with this id; one not in the list yet is selected when the next list has it."""
        row = self.model.row_of(item_id)
        if row is None:
            self._wanted = item_id
        else:
            self.select_row(row)

    def move_selection(self, step: int) -> None:
        row = self.selected_row()
        self.select_row(0 if row is None else row + step)

    # -- the model's resets -------------------------------------------------------------------------
    def _remember_selection(self) -> None:
        # The old list is still in the model here: read the selected id and row before they are gone.
        row = self.selected_row()
        ids = [i for i in (self._wanted, None if row is None else self.model.id_at(row)) if i is not None]
        self._restore = (ids, row)
        self._restore_others = [i for i in self.selected_ids() if i not in ids] if self.multi else []
        self._wanted = None

    def _on_model_reset(self) -> None:
        ids, old_row = self._restore
        self._restore = ([], None)
        n = self.model.rowCount()
        row = next((r for r in (self.model.row_of(i) for i in ids) if r is not None), None)
        if row is None and old_row is not None and n:
            row = min(old_row, n - 1)  # the row is gone: its neighbour, not the top of the list
        if row is None and self.select_first and n:
            row = 0
        others = [r for r in (self.model.row_of(i) for i in self._restore_others) if r is not None]
        self._restore_others = []
        self._restoring = True
        try:
            if row is not None:
                self.select_row(row)
                self._select_also(others, row)
        finally:
            self._restoring = False
        self._show_counts()
        self._emit_selection()

    def _show_counts(self) -> None:
        n = self.model.rowCount()
        self.empty_hint.setVisible(n == 0 and bool(self.empty_hint.text()))
        if self._count_text is not None:
            self.count_label.setText(self._count_text(n))

    def _on_selection_changed(self) -> None:
        if not self._restoring:
            self._emit_selection()

    def _on_data_changed(self) -> None:
        # A lazily fetched block arrived: say so if it holds the selected row that was still missing.
        item_id = self.selected_id()
        if item_id is not None and self._emitted == (item_id, False) and self.selected() is not None:
            self._emit_selection()

    def _emit_selection(self) -> None:
        item = self.selected()
        self._emitted = (self.selected_id(), item is not None)
        self.selection_changed.emit(item)

    def _on_activated(self) -> None:
        item = self.selected()
        if item is not None:
            self.activated.emit(item)
