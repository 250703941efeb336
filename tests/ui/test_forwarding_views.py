"""The Matrix and Forwarding areas driven as the team would: read the graph, change an account's settings,
review a plan on its timeline, approve it as a leader, and see a later move send it back to draft."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.core.forwarding import ForwardAction, ForwardRule, QuietHours
from matrix_desktop.core.forwarding.records import EntryState, PlanState
from matrix_desktop.ui.forwarding.approval import ApprovalDialog
from matrix_desktop.ui.forwarding.dialogs import RuleDialog
from matrix_desktop.ui.forwarding.matrix import MatrixView, NodeItem
from matrix_desktop.ui.forwarding.view import ForwardingView, ForwardingWorker, waiting_for_approval
from matrix_desktop.ui.qt import QtCore
from tests.fixtures.matrix import OFFICIAL, POST, matrix_accounts, seed_forwarding_matrix
from tests.ui.conftest import wait_idle

MATRIX = matrix_accounts(employees=4)


@pytest.fixture
def matrix(services: AppServices) -> AppServices:
    """A connected matrix of seven accounts, the default rules and one fresh post of the official account."""
    seed_forwarding_matrix(services, employees=4)
    return services


def make_plan(s: AppServices) -> int:
    return s.forwarding.plans.plan(POST, seed=1, start=datetime.now(UTC) + timedelta(minutes=5), window=30, min_gap=20).id


def test_the_graph_has_a_node_per_account_and_an_arrow_per_rule(qtbot, ui_ctx, matrix) -> None:  # type: ignore[no-untyped-def]
    view = MatrixView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    assert set(view.nodes) == {uid for uid, _, _ in MATRIX}
    assert len(view.edges) == len(matrix.forwarding.matrix.rules()) == 6 + 5  # all → official, sub/employees → leader
    # Lanes by role, left to right: official, leaders, sub-brands, employees.
    official, leader = view.nodes[OFFICIAL].pos(), view.nodes["6120041031"].pos()
    sub, employee = view.nodes["6120043093"].pos(), view.nodes["6120050000"].pos()
    assert official.x() < leader.x() < sub.x() < employee.x()
    assert "7 accounts, 11 rules" in view.summary.text()


def test_arrows_are_faint_until_their_account_is_selected(qtbot, ui_ctx, matrix) -> None:  # type: ignore[no-untyped-def]
    view = MatrixView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    view.select_account("6120043093")
    ends = dict(zip(view.edges, view.edge_ends, strict=True))
    for item, (source, forwarder) in ends.items():
        mine = "6120043093" in (source, forwarder)
        assert (item.pen().color().alpha() > 150) is mine


def test_a_flagged_account_carries_a_marker_on_the_graph(qtbot, ui_ctx, matrix) -> None:  # type: ignore[no-untyped-def]
    from matrix_desktop.core.accounts import AccountInput
    from matrix_desktop.core.company import CompanyProfile

    s = matrix
    s.act_as("admin")
    s.company.set(CompanyProfile("星河乳业股份有限公司", aliases=("星河乳业",)))
    employee = s.registry.get("6120050001")
    s.registry.update(employee.id, AccountInput(**{**employee.as_input().__dict__,
                                                    "verified": True, "verified_type": 0,
                                                    "verified_reason": "星河乳业 品牌经理"}))
    s.flags.reevaluate()
    view = MatrixView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    assert view.nodes["6120050001"].flag_marker is not None
    assert view.nodes["6120050002"].flag_marker is None
    assert "认证风险" in view.nodes["6120050001"].toolTip() or "verification flag" in view.nodes["6120050001"].toolTip()


def test_editing_a_nodes_settings_saves_them(qtbot, ui_ctx, matrix) -> None:  # type: ignore[no-untyped-def]
    view = MatrixView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    view.select_account("6120043093")
    assert view.panel.isEnabled() and "星河鲜奶坊" in view.panel.title.text()
    assert view.panel.rules_model.rowCount() == 2  # it amplifies the official account and the leader
    view.panel.slogan.setText("鲜奶坊，每天一杯鲜")
    view.panel.daily_cap.setValue(3)
    view.panel.quiet.setText("23:00-07:30")
    view.panel.opted_out.setChecked(True)
    view.on_save_clicked()
    wait_idle(qtbot, ui_ctx)
    st = matrix.forwarding.matrix.settings_of("6120043093")
    assert (st.slogan, st.daily_cap, st.quiet_hours, st.opted_out) == (
        "鲜奶坊，每天一杯鲜", 3, QuietHours.parse("23:00-07:30"), True)
    assert view.current == "6120043093" and view.panel.slogan.text() == "鲜奶坊，每天一杯鲜"  # reloaded, kept


def test_bad_quiet_hours_are_explained_and_nothing_is_saved(qtbot, ui_ctx, matrix) -> None:  # type: ignore[no-untyped-def]
    view = MatrixView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    view.select_account("6120050001")
    view.panel.quiet.setText("11pm to 7")
    view.on_save_clicked()
    wait_idle(qtbot, ui_ctx)
    assert "must look like 23:00-07:30" in view.panel.problem.text()
    assert matrix.forwarding.matrix.settings_of("6120050001").quiet_hours is None


def test_the_rule_dialog_names_a_bad_template_and_a_good_rule_draws_an_edge(qtbot, ui_ctx, matrix) -> None:  # type: ignore[no-untyped-def]
    view = MatrixView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    dialog = RuleDialog(view, view.data.accounts, forwarder="6120050002")
    qtbot.addWidget(dialog)
    dialog.source.setCurrentIndex(dialog.source.findData("6120043093"))
    dialog.templates.setPlainText("为{author}打call {price}")
    dialog.accept()
    assert "unknown variable {price}" in dialog.problems.text() and dialog.value() is None
    dialog.templates.setPlainText("支持{author}！{slogan}\n{title}，冲！")
    dialog.action.setCurrentIndex(dialog.action.findData("comment"))
    dialog.accept()
    rule = dialog.value()
    assert rule == ForwardRule("6120043093", "6120050002", frozenset(), ForwardAction.COMMENT, 5, 240,
                               ("支持{author}！{slogan}", "{title}，冲！"))
    view._open_rule_dialog(dialog)
    dialog.accepted.emit()
    wait_idle(qtbot, ui_ctx)
    assert len(view.edges) == 12


def test_a_plans_timeline_shows_a_marker_per_entry(qtbot, ui_ctx, matrix) -> None:  # type: ignore[no-untyped-def]
    plan_id = make_plan(matrix)
    view = ForwardingView(ui_ctx, run_worker=False)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    wait_idle(qtbot, ui_ctx)
    assert view.selected_id() == plan_id  # the newest plan is open
    assert view.plan_view is not None
    markers = view.panel.timeline.markers()
    assert len(markers) == len(view.plan_view.entries) == 6
    assert len(view.panel.timeline.rows) == 6  # one row per account
    entry, point = markers[2]
    qtbot.mouseClick(view.panel.timeline, QtCore.Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert view.selected_entry() == entry
    assert entry.text in view.panel.entry_text.text() and view.panel.move_button.isEnabled()


def test_a_leader_approves_through_the_view_and_a_later_move_needs_a_new_approval(qtbot, ui_ctx, matrix) -> None:  # type: ignore[no-untyped-def]
    plan_id = make_plan(matrix)
    matrix.act_as("leader")
    assert waiting_for_approval(matrix) == 1
    view = ForwardingView(ui_ctx, run_worker=False)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    assert view.panel.approve_button.isEnabled()
    qtbot.mouseClick(view.panel.approve_button, QtCore.Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    # One question, with the summary: how many forwards, first and last time, who is skipped.
    dialog = view._dialog
    assert isinstance(dialog, ApprovalDialog) and dialog.summary.forwards == 6
    assert matrix.forwarding.plans.status(plan_id).plan.state is PlanState.DRAFT  # nothing yet
    assert "6" in dialog.text.text() and dialog.approve_button.isEnabled()
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    assert matrix.forwarding.plans.status(plan_id).plan.state is PlanState.APPROVED
    assert "Approved by leader" in view.panel.approval.text()
    assert not view.panel.approve_button.isEnabled() and waiting_for_approval(matrix) == 0

    first = view.plan_view.entries[0] if view.plan_view else None
    assert first is not None and first.state is EntryState.APPROVED
    view.panel.timeline.select(first.id)
    view.move_entry(first.id, first.at + timedelta(seconds=3))
    wait_idle(qtbot, ui_ctx)
    after = matrix.forwarding.plans.status(plan_id)
    assert after.plan.state is PlanState.DRAFT and after.plan.version == 2
    assert view.plan_view is not None and view.plan_view.plan.state is PlanState.DRAFT
    assert view.panel.approve_button.isEnabled()


def test_an_operators_approve_button_is_disabled_and_says_why(qtbot, ui_ctx, matrix) -> None:  # type: ignore[no-untyped-def]
    make_plan(matrix)
    view = ForwardingView(ui_ctx, run_worker=False)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    assert view.plan_view is not None
    assert not view.panel.approve_button.isEnabled()
    assert "leader role" in view.panel.approve_button.toolTip()


def test_dropping_a_forward_asks_first_and_lists_it_as_skipped(qtbot, ui_ctx, matrix, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from matrix_desktop.ui.qt import QtWidgets

    plan_id = make_plan(matrix)
    view = ForwardingView(ui_ctx, run_worker=False)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    assert view.plan_view is not None
    entry = view.plan_view.entries[0]
    view.panel.timeline.select(entry.id)
    asked: list[str] = []

    def answer(*args: object) -> QtWidgets.QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QtWidgets.QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", answer)
    view.on_drop_clicked()
    wait_idle(qtbot, ui_ctx)
    assert asked and entry.screen_name in asked[0]
    dropped = next(e for e in matrix.forwarding.plans.status(plan_id).entries if e.id == entry.id)
    assert dropped.state is EntryState.SKIPPED


def test_the_background_worker_never_runs_two_at_once(qtbot, ui_ctx, matrix) -> None:  # type: ignore[no-untyped-def]
    worker = ForwardingWorker(ui_ctx, interval_ms=60_000)
    worker.tick()
    worker.tick()  # ignored: the first is still running
    assert worker.running and len(ui_ctx.tracker.tasks) == 1
    wait_idle(qtbot, ui_ctx)
    assert not worker.running and worker.last_error == ""


def test_the_campaign_tab_shows_spend_against_budget(qtbot, ui_ctx, matrix) -> None:  # type: ignore[no-untyped-def]
    from matrix_desktop.core.forwarding.records import OutsideKind

    fw = matrix.forwarding
    c = fw.campaigns.add_campaign("牧场开业", 500_000, POST)
    fw.campaigns.put_outside("7000000001", "乳业观察", OutsideKind.BIG_V, 80_000, 520_000)
    fw.campaigns.record_paid_forward(c.id, "7000000001", "5099")
    fw.campaigns.add_gift("7000000001", "明信片", 500, campaign_id=c.id)
    view = ForwardingView(ui_ctx, run_worker=False)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    panel = view.campaign_panel
    assert panel.selected() == c
    assert panel.spend.value() == 80_500 and panel.spend.maximum() == 500_000
    assert "¥805.00" in panel.spend.format() and "520,000" in panel.summary.text()
    assert panel.gifts.rowCount() == 1 and panel.forwards.rowCount() == 1 and panel.outside.rowCount() == 1


def test_node_items_mark_an_opted_out_account(qtbot, ui_ctx, matrix) -> None:  # type: ignore[no-untyped-def]
    from matrix_desktop.core.forwarding.records import ForwarderSettings

    matrix.forwarding.matrix.put_settings(ForwarderSettings("6120050003", opted_out=True))
    view = MatrixView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    node = view.nodes["6120050003"]
    assert isinstance(node, NodeItem) and "opted out" in node.toolTip()
    assert node.marker is not None and view.nodes["6120050002"].marker is None


def test_skip_reasons_read_in_chinese_and_unknown_ones_pass_through(qapp) -> None:  # type: ignore[no-untyped-def]
    from matrix_desktop.ui.forwarding.common import reason_label
    from matrix_desktop.ui.i18n import set_language

    set_language("zh_CN")
    try:
        assert reason_label("open high-severity verification flag") == "有未处理的高风险认证问题"
        assert reason_label("daily cap 0 reached") == "已达每日上限 0 次"
        assert reason_label("something new from the planner") == "something new from the planner"
    finally:
        set_language("en")
