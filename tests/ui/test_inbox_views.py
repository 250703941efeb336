"""The inbox and the review queue driven as people would: keyboard triage in the Inbox; a leader approves a
suggested reply in the Review view and it appears under the fan's comment on the sandbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.inbox.records import InboxQuery
from matrix_desktop.core.inbox.review import ReviewSettings
from matrix_desktop.ui.inbox.review import ReviewView
from matrix_desktop.ui.inbox.view import InboxView
from matrix_desktop.ui.qt import QtCore
from matrix_desktop.weibo.client import WeiboClient
from matrix_desktop.weibo.sandbox.server import SandboxServer
from tests.fixtures.matrix import add_team, fan_comment, store_interactions
from tests.ui.conftest import wait_idle

MANUAL = Path(__file__).resolve().parents[2] / "resources" / "demo" / "answer_manual.csv"
Key = QtCore.Qt.Key
T0 = datetime.now(UTC) - timedelta(hours=1)


def seed(services) -> None:  # type: ignore[no-untyped-def]
    add_team(services, leader_also_operator=True)
    services.act_as("op")
    texts = ["请问开封后的牛奶能放多久？", "星河酸奶真好喝！", "收到的牛奶胀袋了，要求退款"]
    store_interactions(services, [fan_comment(n, t, T0 + timedelta(minutes=n), followers=10 * n)
                                  for n, t in enumerate(texts)])
    services.inbox.manual.import_manual(MANUAL.read_bytes(), MANUAL.name)
    services.inbox.triage.ingest()


def test_keyboard_triage_moves_recategorises_and_assigns(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    seed(services)
    view = InboxView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    wait_idle(qtbot, ui_ctx)
    assert view.model.rowCount() == 3
    assert view.model.data(view.model.index(0, 7)) == "收到的牛奶胀袋了，要求退款"  # newest first
    view.table_area.table.setFocus()
    qtbot.keyClick(view.table_area.table, Key.Key_J)
    assert view.selected_id() == view.model.id_at(1)
    praise = view.selected_id()
    assert services.inbox.triage.get(praise).category == "praise"
    qtbot.keyClick(view.table_area.table, Key.Key_2)  # 2 = question
    wait_idle(qtbot, ui_ctx)
    assert services.inbox.triage.get(praise).category == "question"
    assert services.inbox.triage.get(praise).corrected_by == "op"
    qtbot.keyClick(view.table_area.table, Key.Key_A)
    wait_idle(qtbot, ui_ctx)
    assert services.inbox.triage.get(praise).assignee == "op"
    assert "胀袋" not in view.detail.toPlainText() and "酸奶" in view.detail.toPlainText()

    view.search.setText("退款")
    view.search.returnPressed.emit()
    wait_idle(qtbot, ui_ctx)
    assert view.model.rowCount() == 1
    view.mine_only.setChecked(True)
    wait_idle(qtbot, ui_ctx)
    assert view.model.rowCount() == 0


def test_the_conversation_pane_shows_the_suggestion_and_its_manual_source(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    seed(ui_ctx.services)
    view = InboxView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    view.table_area.table.selectRow(2)  # the question, oldest
    wait_idle(qtbot, ui_ctx)
    pane = view.detail.toPlainText()
    assert "PD-01" in pane and "24小时" in pane
    assert view.editor.toPlainText().startswith("回复@粉丝0:")


def test_operators_see_whom_a_reply_waits_on_and_cannot_approve(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    seed(ui_ctx.services)
    view = ReviewView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    assert view.queue.model.rowCount() == 2
    assert "leader" in view.queue.waiting_label.text()
    assert not view.queue.approve_button.isEnabled()  # shown, disabled, the role named
    assert "leader" in view.queue.approve_button.toolTip()


@pytest.mark.keyring
def test_a_leader_approves_in_the_review_view_and_the_reply_appears_on_the_sandbox(
        qtbot, ui_ctx, sandbox: SandboxServer) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    services.members.add("admin", frozenset({MemberRole.ADMIN}))
    services.members.add("leader", frozenset({MemberRole.LEADER}))
    services.act_as("admin")
    services.inbox.manual.import_manual(MANUAL.read_bytes(), MANUAL.name)
    services.credentials.import_bundle(sandbox.credentials())
    sandbox.generate_traffic(60)
    services.sync.sync()
    comment_drafts = [d for d in services.inbox.replies.drafts()
                      if services.inbox.triage.get(d.item_id).kind != "mention"]
    assert len(comment_drafts) >= 2
    services.act_as("leader")
    services.inbox.replies.save_review_settings(ReviewSettings(undo_seconds=1))

    view = ReviewView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    queue = view.queue
    row_of = {queue.model.id_at(r): r for r in range(queue.model.rowCount())}
    good, bad = comment_drafts[0], comment_drafts[1]
    queue.table_area.table.selectRow(row_of[bad.id])
    queue.reject_selected("口径未定")
    wait_idle(qtbot, ui_ctx)
    row_of = {queue.model.id_at(r): r for r in range(queue.model.rowCount())}
    queue.table_area.table.selectRow(row_of[good.id])
    assert queue.suggestion.toPlainText() == good.suggested_text
    qtbot.mouseClick(queue.approve_button, QtCore.Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: services.inbox.replies.draft(good.id).state == "sent", timeout=30000)
    wait_idle(qtbot, ui_ctx, timeout=30000)

    sent = services.inbox.replies.draft(good.id)
    assert sent.state == "sent", sent.error
    item = services.inbox.triage.get(good.item_id)
    official = next(a for a in sandbox.credentials()["accounts"] if a["uid"] == item.account_uid)
    with WeiboClient(sandbox.base_url, official["access_token"], timeout=5.0) as client:
        texts = {str(c["idstr"]): c["text"] for c in client.iter_comments_show(item.post_mid)}
        bad_item = services.inbox.triage.get(bad.item_id)
        bad_texts = [c["text"] for c in client.iter_comments_show(bad_item.post_mid)]
    assert texts[sent.platform_comment_id] == good.text
    assert bad.text not in bad_texts
    assert services.inbox.triage.count(InboxQuery(statuses=frozenset({"replied"}))) == 1


def test_a_refresh_never_replaces_a_reply_being_typed_in_the_inbox(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from matrix_desktop.core.changes import SYNC_CHANGES

    seed(ui_ctx.services)
    view = InboxView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    wait_idle(qtbot, ui_ctx)
    view.table_area.select_row(1)
    wait_idle(qtbot, ui_ctx)
    target = view.selected_id()
    view.editor.setFocus()
    qtbot.keyClicks(view.editor, "xyz")
    typed = view.editor.toPlainText()
    ui_ctx.tracker.did_execute.emit(SYNC_CHANGES)
    wait_idle(qtbot, ui_ctx)
    assert view.selected_id() == target and view.editor.toPlainText() == typed
    view.table_area.select_row(0)
    wait_idle(qtbot, ui_ctx)
    view.table_area.select_id(target)
    wait_idle(qtbot, ui_ctx)
    assert view.editor.toPlainText() == typed


def test_a_sync_that_pushes_the_item_off_the_first_screen_does_not_move_the_reply_being_typed(  # type: ignore[no-untyped-def]
        qtbot, ui_ctx) -> None:
    # Seen in a real window: a sync brought 52 newer items, the item being answered went to row 53, past
    # the first screen, and the selection and the composer jumped to the item that took its row.
    from matrix_desktop.core.changes import SYNC_CHANGES

    services = ui_ctx.services
    seed(services)
    view = InboxView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    wait_idle(qtbot, ui_ctx)
    view.table_area.select_row(1)
    wait_idle(qtbot, ui_ctx)
    target = view.selected_id()
    view.editor.setFocus()
    qtbot.keyClicks(view.editor, "xyz")
    typed = view.editor.toPlainText()
    newer = view.model.PAGE + 5
    store_interactions(services, [fan_comment(100 + n, f"星河纯牛奶的保质期是多久？{n}", T0 + timedelta(minutes=30, seconds=n))
                                  for n in range(newer)])
    services.inbox.triage.ingest()
    ui_ctx.tracker.did_execute.emit(SYNC_CHANGES)
    wait_idle(qtbot, ui_ctx)
    assert view.selected_id() == target and view.editor.toPlainText() == typed
    # Once the person moves on, the list catches up.
    view.table_area.select_row(0)
    wait_idle(qtbot, ui_ctx)
    assert view.model.rowCount() == 3 + newer


def test_an_item_no_manual_entry_fits_asks_for_a_reply_and_the_composer_writes_it(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    seed(services)
    store_interactions(services, [fan_comment(9, "你们赞助的足球队下赛季还踢中超吗？", T0 + timedelta(minutes=9))])
    services.inbox.triage.ingest()
    view = InboxView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    wait_idle(qtbot, ui_ctx)
    view.table_area.table.selectRow(0)  # the newest: the question no entry answers
    wait_idle(qtbot, ui_ctx)
    assert view.no_entry_label.isVisible() and view.write_button.isVisible()
    assert "no manual entry fits" in view.detail.toPlainText()
    assert view.editor.toPlainText() == ""  # no wrong answer waiting in the composer
    qtbot.mouseClick(view.write_button, QtCore.Qt.MouseButton.LeftButton)
    assert view.editor.hasFocus()
    view.editor.insertPlainText("下赛季的安排公布后第一时间告诉您！")  # QTest types Latin-1 only
    qtbot.mouseClick(view.submit_button, QtCore.Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    item = services.inbox.triage.get(view.selected_id())
    assert item.status == "waiting_review"
    assert not view.no_entry_label.isVisible()  # written: nothing left to ask for

    view.table_area.table.selectRow(3)  # the question the manual answers: its draft, no prompt
    wait_idle(qtbot, ui_ctx)
    assert not view.no_entry_label.isVisible() and view.editor.toPlainText().startswith("回复@")
