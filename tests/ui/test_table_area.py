"""The table area every list view is built on: the model keeps Qt's contract, an empty list says what to do,
the count follows the list, and the selected row stays selected by id whatever a reload does to the rows."""

from __future__ import annotations

from dataclasses import dataclass

from matrix_desktop.ui.qt import QtCore, QtWidgets
from matrix_desktop.ui.tablearea import TableArea
from matrix_desktop.ui.tablemodel import Column, LazyTableModel, ListTableModel
from tests.ui.conftest import wait_idle

Qt = QtCore.Qt


@dataclass(frozen=True)
class Row:
    id: int
    name: str


COLUMNS = [Column("id", "#", lambda r: r.id, numeric=True), Column("name", "Name", lambda r: r.name)]


class Source:
    """Rows in the order a query would give them; a test changes them between reloads."""

    def __init__(self, n: int = 0) -> None:
        self.rows = [Row(i, f"row {i}") for i in range(1, n + 1)]

    def ids(self, key: str, descending: bool):  # type: ignore[no-untyped-def]
        snapshot = [r.id for r in self.rows]  # read on the GUI thread, as a view reads its filters
        return lambda: snapshot

    def by_ids(self, ids):  # type: ignore[no-untyped-def]
        by_id = {r.id: r for r in self.rows}
        return [by_id[i] for i in ids if i in by_id]


def lazy_area(qtbot, ui_ctx, source: Source, **kw) -> TableArea[Row]:  # type: ignore[no-untyped-def]
    model: LazyTableModel[Row] = LazyTableModel(ui_ctx.host, COLUMNS, source.ids, source.by_ids, lambda r: r.id)
    area: TableArea[Row] = TableArea(model, widths=(40,), empty_text="no rows yet — import a CSV",
                                     count_text=lambda n: f"{n} rows", **kw)
    qtbot.addWidget(area)
    model.reload()
    wait_idle(qtbot, ui_ctx)
    return area


def test_the_area_model_keeps_the_contract(qtbot, ui_ctx, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    area = lazy_area(qtbot, ui_ctx, Source(30))
    qtmodeltester.check(area.model)
    assert area.table.columnWidth(0) == 40 and area.table.verticalHeader().defaultSectionSize() == 26


def test_the_empty_hint_shows_on_an_empty_list_and_goes_with_the_first_row(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    source = Source(0)
    area = lazy_area(qtbot, ui_ctx, source)
    assert not area.empty_hint.isHidden() and area.empty_hint.text() == "no rows yet — import a CSV"
    assert area.count_label.text() == "0 rows"
    source.rows.append(Row(1, "first"))
    area.model.reload()
    wait_idle(qtbot, ui_ctx)
    assert area.empty_hint.isHidden()
    assert area.count_label.text() == "1 rows"


def test_the_selection_survives_a_reload_that_adds_rows_above_it(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    source = Source(10)
    area = lazy_area(qtbot, ui_ctx, source)
    seen: list[Row | None] = []
    area.selection_changed.connect(seen.append)
    area.select_row(3)
    assert area.selected() == Row(4, "row 4") and seen[-1] == Row(4, "row 4")
    source.rows[:0] = [Row(100 + i, f"new {i}") for i in range(5)]
    area.model.reload()
    wait_idle(qtbot, ui_ctx)
    assert area.selected_id() == 4 and area.selected_row() == 8
    assert seen[-1] == Row(4, "row 4")
    assert area.count_label.text() == "15 rows"


def test_a_row_that_is_gone_hands_the_selection_to_its_neighbour_not_the_top(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    source = Source(10)
    area = lazy_area(qtbot, ui_ctx, source, select_first=True)
    assert area.selected_id() == 1  # nothing was selected: the first row
    area.select_row(6)
    del source.rows[6]
    area.model.reload()
    wait_idle(qtbot, ui_ctx)
    assert area.selected_row() == 6 and area.selected_id() == 8
    del source.rows[5:]
    area.model.reload()
    wait_idle(qtbot, ui_ctx)
    assert area.selected_id() == 5  # was past the end: the last row


def test_an_id_asked_for_before_it_exists_is_selected_when_it_arrives(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    source = Source(5)
    area = lazy_area(qtbot, ui_ctx, source)
    area.select_row(1)
    area.select_id(42)  # a row just created; the list does not have it yet
    assert area.selected_id() == 2
    source.rows.append(Row(42, "created"))
    area.model.reload()
    wait_idle(qtbot, ui_ctx)
    assert area.selected() == Row(42, "created")


def test_a_short_list_keeps_its_selection_across_new_items_and_a_sort(qtbot) -> None:  # type: ignore[no-untyped-def]
    model: ListTableModel[Row] = ListTableModel(COLUMNS, row_id=lambda r: r.id)
    area: TableArea[Row] = TableArea(model, sort=(0, Qt.SortOrder.AscendingOrder), count_text=lambda n: f"{n} rows")
    qtbot.addWidget(area)
    model.set_items([Row(i, f"row {i}") for i in range(1, 6)])
    area.select_id(2)
    model.set_items([Row(0, "zero"), *model.items])
    assert area.selected() == Row(2, "row 2") and area.selected_row() == 2
    area.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert area.selected() == Row(2, "row 2") and area.selected_row() == 3
    assert area.count_label.text() == "6 rows"


def test_the_bar_puts_filters_left_and_actions_right_and_return_or_a_double_click_activates(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    area = lazy_area(qtbot, ui_ctx, Source(3))
    search, button = QtWidgets.QLineEdit(), QtWidgets.QPushButton("Add…")
    area.add_filter(search)
    area.add_action(button)
    area.resize(800, 400)
    area.show()
    qtbot.waitExposed(area)
    assert search.geometry().right() < button.geometry().left() and button.geometry().right() > 700
    activated: list[Row] = []
    area.activated.connect(activated.append)
    area.select_row(2)
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    rect = area.table.visualRect(area.model.index(0, 1))
    qtbot.mouseClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double
    qtbot.mouseDClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click's halves
    assert activated == [Row(3, "row 3"), Row(1, "row 1")]
