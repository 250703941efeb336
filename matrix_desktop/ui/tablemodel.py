"""An id-based table model with lazily fetched rows: sorting and filtering happen in SQL, rows arrive
in blocks from a worker, so a table stays fluid with a million rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from matrix_desktop.ui.ops import Job, Op, OpHost
from matrix_desktop.ui.qt import QtCore, QtGui, Signal

T = TypeVar("T")
Qt = QtCore.Qt
_ROOT = QtCore.QModelIndex()


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its SQL sort key, its title and how a row shows in it."""

    key: str
    title: str
    value: Callable[[T], Any]
    sortable: bool = True
    numeric: bool = False
    tooltip: Callable[[T], str] | None = None
    foreground: Callable[[T], QtGui.QColor | None] | None = None
    background: Callable[[T], QtGui.QColor | None] | None = None


def header(columns: Sequence[Column[Any]], section: int, orientation: Qt.Orientation, role: int) -> Any:
    """The column title for a horizontal header's display role; nothing otherwise."""
    if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
        return columns[section].title
    return None


def cell(col: Column[T], item: T, role: int, group_digits: bool = True) -> Any:
    """What a column shows of one row for a Qt item role (text, tooltip, colours, alignment)."""
    if role == Qt.ItemDataRole.TextAlignmentRole:
        flags = Qt.AlignmentFlag.AlignRight if col.numeric else Qt.AlignmentFlag.AlignLeft
        return int(flags | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.DisplayRole:
        v = col.value(item)
        if v is None:
            return ""
        return f"{v:,}" if group_digits and col.numeric and isinstance(v, int) else str(v)
    if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
        return col.tooltip(item)
    if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
        return col.foreground(item)
    if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
        return col.background(item)
    return None


class LazyTableModel(QtCore.QAbstractTableModel, Generic[T]):
    """Rows are ids in SQL order; each row's data is fetched in blocks on demand.

    `fetch_ids(sort_key, descending)` runs on the GUI thread (it may read the filter widgets) and returns
    the function a worker then runs to get the ids; workers never touch widgets.

    Signals:
        loaded(): a new id list arrived (after `reload`, a sort or a filter change).
        rows_fetched(): a block of rows arrived and is shown.
    """

    loaded = Signal()
    rows_fetched = Signal()
    BLOCK = 200

    def __init__(self, host: OpHost, columns: Sequence[Column[T]],
                 fetch_ids: Callable[[str, bool], Callable[[], list[int]]],
                 fetch_rows: Callable[[Sequence[int]], list[T]], row_id: Callable[[T], int],
                 parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.columns = list(columns)
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._row_id = row_id
        self._ids: list[int] = []
        self._index: dict[int, int] = {}
        self._cache: dict[int, T] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self.sort_key = columns[0].key if columns else ""
        self.descending = False
        self.loading = False

    # -- Qt model interface -------------------------------------------------------------------------
    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header(self.columns, section, orientation, role)

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        item = self.row_at(index.row())
        if item is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._request(index.row())
                return "…"
            return None
        return cell(col, item, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        col = self.columns[column]
        if not col.sortable:
            return
        self.sort_key = col.key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- ids and rows -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the id list again (filters or data changed); rows are refetched lazily."""
        self._generation += 1
        generation = self._generation
        fetch = self._fetch_ids(self.sort_key, self.descending)
        self.loading = True

        def work(job: Job) -> tuple[list[int], list[T]]:
            ids = fetch()
            first = self._fetch_rows(ids[: self.BLOCK]) if ids else []
            return ids, first

        def arrived(result: tuple[list[int], list[T]]) -> None:
            if generation != self._generation:
                return
            ids, first = result
            self.beginResetModel()
            self._ids = ids
            self._index = {i: n for n, i in enumerate(ids)}
            self._cache = {self._row_id(r): r for r in first}
            self._pending.clear()
            self.endResetModel()
            self.loading = False
            self.loaded.emit()

        Op(self._host, None, work).on_success(arrived).run()

    def _request(self, row: int) -> None:
        start = (row // self.BLOCK) * self.BLOCK
        if start in self._pending:
            return
        self._pending.add(start)
        generation = self._generation
        block = self._ids[start:start + self.BLOCK]

        def arrived(rows: list[T]) -> None:
            self._pending.discard(start)
            if generation != self._generation:
                return
            for r in rows:
                self._cache[self._row_id(r)] = r
            self.dataChanged.emit(self.index(start, 0),
                                  self.index(min(start + len(block), len(self._ids)) - 1, len(self.columns) - 1))
            self.rows_fetched.emit()

        Op(self._host, None, lambda job: self._fetch_rows(block)).on_success(arrived).run()

    def row_at(self, row: int) -> T | None:
        if 0 <= row < len(self._ids):
            return self._cache.get(self._ids[row])
        return None

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int | None:
        return self._index.get(item_id)

    def ids(self) -> list[int]:
        return list(self._ids)


class ListTableModel(QtCore.QAbstractTableModel, Generic[T]):
    """A table over a short list fetched in one piece (team members, tokens): sorted in memory.

    For lists that can grow large use `LazyTableModel`, which sorts and filters in SQL. `row_id` names
    an item across reloads (the table area keeps the selection by it); by default the item itself.
    """

    def __init__(self, columns: Sequence[Column[T]], parent: QtCore.QObject | None = None,
                 row_id: Callable[[T], object] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._row_id: Callable[[T], object] = row_id or (lambda item: item)
        self.items: list[T] = []
        self._sort: tuple[int, bool] | None = None

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self.items = list(items)
        if self._sort is not None:
            self._apply_sort(*self._sort)
        self.endResetModel()

    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header(self.columns, section, orientation, role)

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        return cell(self.columns[index.column()], self.items[index.row()], role, group_digits=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._apply_sort(*self._sort)
        self.endResetModel()

    def _apply_sort(self, column: int, descending: bool) -> None:
        col = self.columns[column]

        def key(item: T) -> tuple[int, Any]:
            v = col.value(item)
            return (0, v) if isinstance(v, int | float) else (1, str(v or ""))

        self.items.sort(key=key, reverse=descending)

    def item_at(self, row: int) -> T | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    # The same lookups as LazyTableModel's, so a TableArea serves both.
    def row_at(self, row: int) -> T | None:
        return self.item_at(row)

    def id_at(self, row: int) -> object:
        item = self.item_at(row)
        return None if item is None else self._row_id(item)

    def row_of(self, item_id: object) -> int | None:
        return next((n for n, item in enumerate(self.items) if self._row_id(item) == item_id), None)
