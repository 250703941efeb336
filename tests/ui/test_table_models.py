"""Both table models keep Qt's model contract (qtmodeltester) and show cells the same way."""

from __future__ import annotations

from dataclasses import dataclass

from matrix_desktop.ui.qt import QtCore, QtGui
from matrix_desktop.ui.tablemodel import Column, LazyTableModel, ListTableModel
from tests.ui.conftest import wait_idle

Qt = QtCore.Qt


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    followers: int


ROWS = [Row(n, f"账号{n}", n * 1500) for n in range(1, 451)]
COLUMNS = [
    Column("name", "昵称", lambda r: r.name, tooltip=lambda r: f"#{r.id}"),
    Column("followers", "粉丝", lambda r: r.followers, numeric=True,
           foreground=lambda r: QtGui.QColor("red") if r.followers > 600_000 else None),
]


def test_list_model_keeps_the_contract_and_sorts(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model: ListTableModel[Row] = ListTableModel(COLUMNS)
    model.set_items(ROWS[:20])
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 1)) == "30000"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "#20"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "粉丝"


def test_lazy_model_fetches_rows_in_blocks_and_keeps_the_contract(qtbot, ui_ctx, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    by_id = {r.id: r for r in ROWS}
    fetched: list[int] = []

    def fetch_rows(ids):  # type: ignore[no-untyped-def]
        fetched.append(len(ids))
        return [by_id[i] for i in ids]

    model: LazyTableModel[Row] = LazyTableModel(
        ui_ctx.host, COLUMNS, lambda key, desc: lambda: sorted(by_id, reverse=desc), fetch_rows, lambda r: r.id)
    model.reload()
    wait_idle(qtbot, ui_ctx)
    assert model.rowCount() == 450 and fetched == [200]
    assert model.data(model.index(0, 1)) == "1,500"
    assert model.data(model.index(300, 0)) == "…"  # not fetched yet: asked for, shown as pending
    assert model.data(model.index(449, 0)) == "…"
    wait_idle(qtbot, ui_ctx)
    assert model.data(model.index(300, 0)) == "账号301"
    assert fetched == [200, 200, 50]
    assert model.data(model.index(449, 1), Qt.ItemDataRole.ForegroundRole) == QtGui.QColor("red")
    qtmodeltester.check(model)


class Pages:
    """A list read a screen at a time, counting what it was asked."""

    def __init__(self, rows: list[Row]) -> None:
        self.items = rows
        self.asked: list[tuple[int, int]] = []
        self.counts = 0

    def rows(self, start: int, limit: int) -> list[Row]:
        self.asked.append((start, limit))
        return self.items[start:start + limit]

    def rows_now(self, start: int, limit: int, budget_s: float) -> list[Row] | None:
        return None  # as a database across a network: the first screen too is read on a worker

    def count(self) -> int:
        self.counts += 1
        return len(self.items)


class InstantPages(Pages):
    """A local database that gives the first screen within the GUI thread's budget."""

    def rows_now(self, start: int, limit: int, budget_s: float) -> list[Row] | None:
        self.asked.append((-start - 1, limit))  # told apart from a worker's read
        return self.items[start:start + limit]


def test_paged_model_shows_the_first_screen_then_the_count_and_keeps_the_contract(  # type: ignore[no-untyped-def]
        qtbot, ui_ctx, qtmodeltester) -> None:
    pages = Pages(ROWS)
    model: LazyTableModel[Row] = LazyTableModel.paged(ui_ctx.host, COLUMNS, lambda key, desc: pages, lambda r: r.id)
    with qtbot.wait_signal(model.loaded):
        model.reload()
    # The first screen may show before the count: never a whole id list.
    assert pages.asked[0] == (0, LazyTableModel.PAGE)
    wait_idle(qtbot, ui_ctx)
    assert model.rowCount() == 450 and pages.counts == 1 and model.total_known
    assert model.data(model.index(0, 0)) == "账号1"
    assert model.data(model.index(300, 0)) == "…"
    wait_idle(qtbot, ui_ctx)
    assert model.data(model.index(300, 0)) == "账号301"
    assert model.id_at(300) == 301 and model.row_of(301) == 300
    assert (300, LazyTableModel.PAGE) in pages.asked
    qtmodeltester.check(model)


def test_a_first_screen_the_database_gives_at_once_shows_without_a_worker(  # type: ignore[no-untyped-def]
        qtbot, ui_ctx, qtmodeltester) -> None:
    pages = InstantPages(ROWS)
    model: LazyTableModel[Row] = LazyTableModel.paged(ui_ctx.host, COLUMNS, lambda key, desc: pages, lambda r: r.id)
    model.reload()
    # The rows are there when reload returns; only the count and later screens go to a worker.
    assert pages.asked == [(-1, LazyTableModel.PAGE)] and not model.loading
    assert model.data(model.index(0, 0)) == "账号1"
    wait_idle(qtbot, ui_ctx)
    assert model.rowCount() == 450 and pages.counts == 1 and model.total_known
    model.data(model.index(300, 0))
    wait_idle(qtbot, ui_ctx)
    assert model.data(model.index(300, 0)) == "账号301" and (300, LazyTableModel.PAGE) in pages.asked
    qtmodeltester.check(model)


def test_paged_model_with_a_short_list_needs_no_count(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    pages = Pages(ROWS[:7])
    model: LazyTableModel[Row] = LazyTableModel.paged(ui_ctx.host, COLUMNS, lambda key, desc: pages, lambda r: r.id)
    with qtbot.wait_signal(model.counted):
        model.reload()
    assert model.rowCount() == 7 and pages.counts == 0
