"""The leader's review desk driven as a person would: typing survives a background sync refresh, a switch
of draft and a restart; approve, reject and skip from the keyboard; several at once after one question;
the undo bar; operators see every action disabled with the role that may; tickets and settings screens."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from matrix_desktop.core.changes import SYNC_CHANGES
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.inbox.review import ReviewSettings
from matrix_desktop.ui.inbox.review import ReviewView
from matrix_desktop.ui.inbox.settings import InboxSettings
from matrix_desktop.ui.inbox.tickets import TicketList
from matrix_desktop.ui.qt import QtCore, QtWidgets
from tests.fixtures.matrix import add_team, fan_comment, store_interactions
from tests.ui.conftest import wait_idle

MANUAL = Path(__file__).resolve().parents[2] / "resources" / "demo" / "answer_manual.csv"
Key = QtCore.Qt.Key
T0 = datetime.now(UTC) - timedelta(hours=2)
TEXTS = ["收到的牛奶胀袋了，要求退款", "请问开封后的牛奶能放多久？", "快递三天还没到，怎么回事",
         "酸奶喝了肚子疼，要投诉", "请问有没有无糖的酸奶？"]


def seed(services, n: int = len(TEXTS)) -> None:  # type: ignore[no-untyped-def]
    add_team(services)
    services.inbox.manual.import_manual(MANUAL.read_bytes(), MANUAL.name)
    store_interactions(services, [fan_comment(i, t, T0 + timedelta(minutes=i)) for i, t in enumerate(TEXTS[:n])])
    services.inbox.triage.ingest()
    services.act_as("leader")


def open_desk(qtbot, ui_ctx) -> ReviewView:  # type: ignore[no-untyped-def]
    view = ReviewView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    wait_idle(qtbot, ui_ctx)
    return view


def texts_in_db(services) -> dict[int, tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {d.id: (d.text, d.pending_edit) for d in services.inbox.replies.drafts()}


def test_typing_survives_a_sync_refresh_a_switch_and_a_restart(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    seed(services)
    view = open_desk(qtbot, ui_ctx)
    queue = view.queue
    assert queue.model.rowCount() >= 3
    before = texts_in_db(services)
    queue.table_area.select_row(1)
    target = queue.table_area.selected_id()
    original = queue.edit.toPlainText()
    queue.edit.setFocus()
    queue.edit.moveCursor(queue.edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(queue.edit, "abc")

    # A sync lands: new traffic is ingested and every view showing the inbox refreshes, while typing goes on.
    store_interactions(services, [fan_comment(40, "收到的酸奶胀袋了，要求退款", datetime.now(UTC))])
    services.inbox.triage.ingest()
    ui_ctx.tracker.did_execute.emit(SYNC_CHANGES)
    qtbot.keyClicks(queue.edit, "def")
    wait_idle(qtbot, ui_ctx)
    qtbot.keyClicks(queue.edit, "g")
    assert len(texts_in_db(services)) == len(before) + 1
    assert queue.model.rowCount() == len(before) + 1  # the refresh did land
    assert queue.table_area.selected_id() == target
    assert queue.edit.toPlainText() == original + "abcdefg"

    qtbot.wait(900)  # the pause after typing: the edit is saved as a revision
    wait_idle(qtbot, ui_ctx)
    after = texts_in_db(services)
    assert after[target] == (before[target][0], original + "abcdefg")
    assert {i: v for i, v in after.items() if i != target and i in before} == {
        i: v for i, v in before.items() if i != target}  # no other draft changed

    queue.table_area.select_row(0)  # another draft, then back
    assert queue.edit.toPlainText() != original + "abcdefg"
    queue.table_area.select_id(target)
    assert queue.edit.toPlainText() == original + "abcdefg"

    restarted = open_desk(qtbot, ui_ctx)  # a new desk reads the saved revision
    restarted.queue.table_area.select_id(target)
    assert restarted.queue.edit.toPlainText() == original + "abcdefg"
    assert "leader" in restarted.queue.edit_note.text()


def test_keyboard_approve_moves_on_and_the_undo_bar_takes_it_back(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    seed(services)
    view = open_desk(qtbot, ui_ctx)  # kept: the queue lives as long as its view
    queue = view.queue
    table = queue.table_area.table
    first, second = queue.model.id_at(0), queue.model.id_at(1)
    queue.table_area.select_row(0)
    table.setFocus()
    qtbot.keyClick(table, Key.Key_A)
    wait_idle(qtbot, ui_ctx)
    assert services.inbox.replies.draft(first).state == "approved"
    assert queue.table_area.selected_id() == second  # on to the next one
    assert queue.undo_bar.isVisible() and "1" in queue.undo_bar.label.text()
    qtbot.mouseClick(queue.undo_bar.undo_button, QtCore.Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert services.inbox.replies.draft(first).state == "waiting_review"
    assert not queue.undo_bar.isVisible()
    assert queue.table_area.selected_id() == first  # back on the reply taken back

    qtbot.keyClick(table, Key.Key_S)  # skip
    assert queue.table_area.selected_id() == second
    qtbot.keyClick(table, Key.Key_J)
    qtbot.keyClick(table, Key.Key_K)
    assert queue.table_area.selected_id() == second


def test_several_drafts_are_approved_after_one_question_that_shows_what_is_sent(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    seed(services)
    view = open_desk(qtbot, ui_ctx)  # kept: the queue lives as long as its view
    queue = view.queue
    ids = [queue.model.id_at(r) for r in range(3)]
    queue.table_area.select_ids(ids)
    assert queue.table_area.selected_ids() == ids
    assert queue.approve_button.text() == "Approve 3 (A)"
    queue.on_approve_clicked()
    box = queue._confirm
    assert "3" in box.text() and services.inbox.replies.draft(ids[0]).text in box.informativeText()
    qtbot.mouseClick(box.button(QtWidgets.QMessageBox.StandardButton.Yes), QtCore.Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert [services.inbox.replies.draft(i).state for i in ids] == ["approved"] * 3
    assert "3" in queue.undo_bar.label.text()


def test_filters_show_counts_and_my_queue_follows_routing(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    seed(services)
    services.act_as("admin")
    services.members.add("boss", frozenset({MemberRole.LEADER}))
    services.act_as("leader")
    view = open_desk(qtbot, ui_ctx)  # kept: the queue lives as long as its view
    queue = view.queue
    total = queue.model.rowCount()
    complaints = sum(1 for r in range(total) if queue.model.row_at(r).category == "complaint")  # type: ignore[union-attr]
    n = queue.category_filter.findData("complaint")
    assert queue.category_filter.itemText(n).endswith(f"({complaints})")
    queue.category_filter.setCurrentIndex(n)
    wait_idle(qtbot, ui_ctx)
    assert queue.model.rowCount() == complaints
    queue.category_filter.setCurrentIndex(0)
    wait_idle(qtbot, ui_ctx)
    services.inbox.replies.reassign([queue.model.id_at(0)], "boss")
    queue.reload()
    wait_idle(qtbot, ui_ctx)
    assert queue.model.rowCount() == total - 1  # my queue: the reassigned one went to boss
    queue.mine_only.setChecked(False)
    wait_idle(qtbot, ui_ctx)
    assert queue.model.rowCount() == total


def test_operators_see_the_leaders_actions_disabled_with_the_role_named(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    seed(services)
    services.act_as("op")
    view = open_desk(qtbot, ui_ctx)  # kept: the queue lives as long as its view
    queue = view.queue
    assert queue.model.rowCount() >= 1 and queue.table_area.selected() is not None
    for b in (queue.approve_button, queue.reject_button, queue.send_button, queue.delete_button):
        assert b.isVisibleTo(queue) and not b.isEnabled()
        assert "leader" in b.toolTip()
    assert queue.edit.isReadOnly()
    assert "leader" in queue.waiting_label.text()


def test_the_ticket_list_assigns_notes_and_closes(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    seed(services)
    item = next(i for i in (services.inbox.triage.get(d.item_id) for d in services.inbox.replies.drafts())
                if i.category == "complaint")
    ticket = services.inbox.customer_service.route_to_cs(item.id, "请联系客户")
    tickets = TicketList(ui_ctx)
    qtbot.addWidget(tickets)
    wait_idle(qtbot, ui_ctx)
    assert tickets.model.rowCount() == 1 and tickets.table_area.selected_id() == ticket.id
    tickets.assignee.setText("客服小李")
    tickets.note.setPlainText("已电话联系，安排换货")
    tickets.on_save_clicked()
    wait_idle(qtbot, ui_ctx)
    [t] = services.inbox.customer_service.tickets()
    assert (t.assignee, t.note) == ("客服小李", "已电话联系，安排换货")
    tickets.on_close_clicked()
    wait_idle(qtbot, ui_ctx)
    assert services.inbox.customer_service.tickets()[0].status == "done"
    assert tickets.model.rowCount() == 0  # the default filter shows open ones


def test_the_settings_screen_saves_the_undo_window_and_lists_the_holidays(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    seed(services)
    screen = InboxSettings(ui_ctx, today=date(2026, 9, 20))
    qtbot.addWidget(screen)
    wait_idle(qtbot, ui_ctx)
    shown = [screen.calendar.item(n).text() for n in range(screen.calendar.count())]
    assert any("2026-10-01" in t and "National Day" in t for t in shown)
    assert any("make-up working day" in t for t in shown)
    assert any("2027: the holidays are not published" in t for t in shown)  # said, not hidden
    screen.undo_seconds.setValue(45)
    screen.on_save_review_clicked()
    screen.holidays.setChecked(False)
    screen.on_save_sla_clicked()
    wait_idle(qtbot, ui_ctx)
    assert services.inbox.replies.review_settings() == ReviewSettings(45)
    assert services.inbox.customer_service.sla_settings().mainland_holidays is False
