"""An id-based table model with lazily fetched rows: sorting and filtering happen in SQL, rows arrive
in blocks from a worker, so a table stays fluid with a million rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from matrix_desktop.ui.i18n import sort_key
from matrix_desktop.ui.ops import Job, Op, OpHost
from matrix_desktop.ui.qt import QtCore, QtGui, Signal

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
Qt = QtCore.Qt
_ROOT = QtCore.QModelIndex()


class RowPages(Protocol[T_co]):
    """A sorted, filtered list read a screen at a time; `rows` and `count` run on a worker thread.

    `rows_now` is asked on the GUI thread for the first screen only, and must give up (None) rather than
    take longer than its budget: a local database answers one indexed screen in less time than the hop
    to a worker and back costs; one across a network, or a slow read, goes to the worker.
    """

    def rows(self, start: int, limit: int) -> Sequence[T_co]: ...
    def rows_now(self, start: int, limit: int, budget_s: float) -> Sequence[T_co] | None: ...
    def count(self) -> int: ...


#: The longest the GUI thread may spend reading a first screen itself (well under one frame).
FIRST_SCREEN_BUDGET_S = 0.008


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
    #: How a list sorted in memory orders this column (pinyin for names); None: by the shown value.
    sort_key: Callable[[T], Any] | None = None


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
    counted = Signal()
    BLOCK = 200
    #: Rows per screen read in paged mode (`LazyTableModel.paged`): about what a table shows at once.
    PAGE = 50

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
        self._stale = False
        self.loaded.connect(self._reloaded, QtCore.Qt.ConnectionType.QueuedConnection)
        # Paged mode: rows by screen, the total asked separately; no id list at all.
        self._fetch_pages: Callable[[str, bool], RowPages[T]] | None = None
        self._pages: RowPages[T] | None = None
        self._blocks: dict[int, list[T]] = {}
        self._total = 0
        self.total_known = True

    @classmethod
    def paged(cls, host: OpHost, columns: Sequence[Column[T]], fetch_pages: Callable[[str, bool], RowPages[T]],
              row_id: Callable[[T], int], parent: QtCore.QObject | None = None) -> LazyTableModel[T]:
        """A model over a list too long to hold its ids (the inbox): `fetch_pages(sort_key, descending)`
        runs on the GUI thread (it may read the filter widgets) and returns the pages a worker reads.
        The first screen arrives with `loaded`; the count follows with `counted` and extends the rows."""
        model = cls(host, columns, lambda _k, _d: (lambda: []), lambda _ids: [], row_id, parent)
        model._fetch_pages = fetch_pages
        return model

    # -- Qt model interface -------------------------------------------------------------------------
    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid():
            return 0
        return self._total if self._fetch_pages is not None else len(self._ids)

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
    def refresh(self) -> None:
        """Reload because the data changed (not the filters): while a reload is still on its way, one more
        follows when it lands instead of one per change, so a burst of changes (a sync's pages arriving)
        costs the GUI thread one reset at a time."""
        if self.loading:
            self._stale = True
            return
        self.reload()

    def _reloaded(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Fetch the id list again (filters or data changed); rows are refetched lazily."""
        self._generation += 1
        generation = self._generation
        if self._fetch_pages is not None:
            self._reload_pages(generation, self._fetch_pages(self.sort_key, self.descending))
            return
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
            self.counted.emit()

        Op(self._host, None, work).on_success(arrived).run()

    def _reload_pages(self, generation: int, pages: RowPages[T]) -> None:
        self.loading = True

        def first(rows: Sequence[T]) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._pages = pages
            self._blocks = {0: list(rows)}
            self._total = len(rows)
            self._pending.clear()
            self.total_known = len(rows) < self.PAGE
            self.endResetModel()
            self.loading = False
            self.loaded.emit()
            if self.total_known:
                self.counted.emit()
            else:
                Op(self._host, None, lambda job: pages.count()).on_success(counted).run()

        def counted(total: int) -> None:
            if generation != self._generation:
                return
            if total > self._total:
                self.beginInsertRows(_ROOT, self._total, total - 1)
                self._total = total
                self.endInsertRows()
            elif total < self._total:
                self.beginRemoveRows(_ROOT, total, self._total - 1)
                self._total = total
                self.endRemoveRows()
            self.total_known = True
            self.counted.emit()

        rows = pages.rows_now(0, self.PAGE, FIRST_SCREEN_BUDGET_S)
        if rows is not None:
            first(rows)
        else:
            Op(self._host, None, lambda job: pages.rows(0, self.PAGE)).on_success(first).run()

    def _request_page(self, row: int) -> None:
        start = (row // self.PAGE) * self.PAGE
        if start in self._pending or self._pages is None:
            return
        self._pending.add(start)
        generation, pages = self._generation, self._pages

        def arrived(rows: Sequence[T]) -> None:
            self._pending.discard(start)
            if generation != self._generation:
                return
            self._blocks[start] = list(rows)
            # Screens far from what is shown are let go: memory stays flat however far one scrolls.
            if len(self._blocks) > 40:
                for k in sorted(self._blocks, key=lambda b: abs(b - start))[40:]:
                    del self._blocks[k]
            last = min(start + self.PAGE, self._total) - 1
            if last >= start:
                self.dataChanged.emit(self.index(start, 0), self.index(last, len(self.columns) - 1))
            self.rows_fetched.emit()

        Op(self._host, None, lambda job: pages.rows(start, self.PAGE)).on_success(arrived).run()

    def _request(self, row: int) -> None:
        if self._fetch_pages is not None:
            self._request_page(row)
            return
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
        if self._fetch_pages is not None:
            start = (row // self.PAGE) * self.PAGE
            block = self._blocks.get(start)
            return block[row - start] if block is not None and 0 <= row - start < len(block) else None
        if 0 <= row < len(self._ids):
            return self._cache.get(self._ids[row])
        return None

    def id_at(self, row: int) -> int | None:
        if self._fetch_pages is not None:
            item = self.row_at(row)
            return None if item is None else self._row_id(item)
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int | None:
        """The row showing `item_id` (in paged mode: among the screens read so far)."""
        if self._fetch_pages is not None:
            for start, block in self._blocks.items():
                for n, item in enumerate(block):
                    if self._row_id(item) == item_id:
                        return start + n
            return None
        return self._index.get(item_id)

    def ids(self) -> list[int]:
        """The ids in list order (in paged mode: of the screens read so far)."""
        if self._fetch_pages is not None:
            return [self._row_id(i) for start in sorted(self._blocks) for i in self._blocks[start]]
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
            v = col.value(item) if col.sort_key is None else col.sort_key(item)
            # text as a reader orders it: by pinyin in Chinese (阿杰, 李想, Lily, 张三)
            return (0, v) if isinstance(v, int | float) else (1, sort_key(str(v or "")))

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
