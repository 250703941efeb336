"""Forwarding plans on SQLite and PostgreSQL: made from the database, reviewed, approved, frozen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.core.errors import PermissionDenied, ValidationError
from matrix_desktop.core.forwarding import QuietHours
from matrix_desktop.core.forwarding.records import EntryState, ForwarderSettings, OutsideKind, PlanState
from tests.fixtures.matrix import POST, matrix_accounts, seed_forwarding_matrix

MATRIX = matrix_accounts(employees=6)


@pytest.fixture(autouse=True)
def matrix(services: AppServices) -> AppServices:
    seed_forwarding_matrix(services, employees=6)
    return services


def test_a_plan_covers_the_matrix_and_its_json_has_the_documented_shape(services: AppServices) -> None:
    fw = services.forwarding
    fw.matrix.put_settings(ForwarderSettings("6120050000", opted_out=True))
    view = fw.plans.plan(POST, seed=3, start=datetime.now(UTC), window=30, min_gap=20)
    data = view.to_json_dict()
    assert set(data) >= {"plan_id", "post", "entries", "skipped"}
    assert data["post"] == POST and len(data["entries"]) == len(MATRIX) - 2
    assert {"account_uid": "6120050000", "reason": "opted out"} in data["skipped"]
    assert {e["state"] for e in data["entries"]} == {"planned"}
    assert len({e["text"] for e in data["entries"]}) == len(data["entries"])
    assert view.plan.state is PlanState.DRAFT and not view.problems
    with pytest.raises(ValidationError, match="already has plan"):
        fw.plans.plan(POST)


def test_approval_freezes_the_plan_and_an_edit_needs_a_new_approval(services: AppServices) -> None:
    fw = services.forwarding
    view = fw.plans.plan(POST, seed=1, start=datetime.now(UTC), window=30, min_gap=20)
    services.act_as("leader")
    approved = fw.plans.approve(view.id)
    assert approved.plan.state is PlanState.APPROVED and approved.plan.approved_by == "leader"
    assert {e.state for e in approved.entries} == {EntryState.APPROVED}

    services.act_as("op")
    last = approved.entries[-1]
    edited = fw.plans.edit_entry(last.id, text="我们的牧场，欢迎大家来看看")
    assert edited.plan.state is PlanState.DRAFT and edited.plan.version == 2
    assert {e.state for e in edited.entries} == {EntryState.PLANNED}
    assert fw.sending.run_due(now=datetime.now(UTC) + timedelta(hours=2), worker_id="w") == 0  # nothing runs unapproved

    services.act_as("leader")
    again = fw.plans.approve(view.id)
    assert again.plan.state is PlanState.APPROVED and again.plan.version == 2


def test_a_move_that_breaks_the_gap_is_refused_with_words(services: AppServices) -> None:
    fw = services.forwarding
    view = fw.plans.plan(POST, seed=1, start=datetime.now(UTC), window=30, min_gap=20)
    a, b = view.entries[0], view.entries[1]
    fw.plans.edit_entry(b.id, at=a.at + timedelta(seconds=5))
    services.act_as("leader")
    with pytest.raises(ValidationError, match="below the minimum gap of 20 s"):
        fw.plans.approve(view.id)
    services.act_as("op")
    fw.plans.drop_entry(b.id)
    services.act_as("leader")
    assert fw.plans.approve(view.id).plan.state is PlanState.APPROVED


def test_an_operator_cannot_approve(services: AppServices) -> None:
    view = services.forwarding.plans.plan(POST, start=datetime.now(UTC), window=30, min_gap=20)
    with pytest.raises(PermissionDenied, match="op may not approve forwarding plans"):
        services.forwarding.plans.approve(view.id)


def test_quiet_hours_and_caps_come_from_the_accounts_settings(services: AppServices) -> None:
    fw = services.forwarding
    fw.matrix.put_settings(ForwarderSettings("6120050001", "", 0, None, False))
    start = datetime(2026, 11, 23, 13, 30, tzinfo=UTC)  # 21:30 in Beijing, before the company's quiet hours
    fw.matrix.put_settings(ForwarderSettings("6120050002", "", 5, QuietHours.parse("21:00-08:00"), False))
    view = fw.plans.plan(POST, start=start, window=60, min_gap=20)
    reasons = {s.account_uid: s.reason for s in view.plan.skipped}
    assert reasons["6120050001"] == "daily cap 0 reached"
    assert "quiet hours" in reasons["6120050002"]


def test_a_campaign_shows_spend_against_budget_with_gifts(services: AppServices) -> None:
    fw = services.forwarding
    c = fw.campaigns.add_campaign("牧场开业", 500_000, POST)
    fw.campaigns.put_outside("7000000001", "乳业观察", OutsideKind.BIG_V, 80_000, 520_000)
    fw.campaigns.put_outside("7000000002", "小鹿爱喝奶", OutsideKind.FAN, 0, 800)
    fw.campaigns.record_paid_forward(c.id, "7000000001", "5099")
    for what, cost in (("明信片", 500), ("一袋糖", 3_000), ("一顿饭", 40_000)):
        fw.campaigns.add_gift("7000000002", what, cost, campaign_id=c.id)
    s = fw.campaigns.campaign_summary(c.id)
    assert (s.forward_cost_fen, s.gift_cost_fen, s.spent_fen, s.left_fen) == (80_000, 43_500, 123_500, 376_500)
    assert s.reach == 520_000 and s.forwards == 1


def test_each_token_state_in_the_database_decides_who_forwards(services: AppServices) -> None:
    """The token's state is read in the query (revoked, expired by state or by date): each one on
    SQLite and PostgreSQL gives the planner the reason a person would expect."""
    from matrix_desktop.core.credentials import TokenMeta, TokenState

    now = datetime.now(UTC)
    employees = [uid for uid, _, _ in MATRIX[3:]]
    with services.uow() as uow:
        uow.tokens.put(TokenMeta(employees[0], "127.0.0.1", "", now - timedelta(days=31), now - timedelta(minutes=1),
                                 now, TokenState.CONNECTED))  # its date has passed; nobody marked it yet
        uow.tokens.put(TokenMeta(employees[1], "127.0.0.1", "", now, now + timedelta(days=30), now,
                                 TokenState.EXPIRED))
        uow.tokens.put(TokenMeta(employees[2], "127.0.0.1", "", now, now + timedelta(days=30), now,
                                 TokenState.REVOKED))
        uow.tokens.put(TokenMeta(employees[3], "127.0.0.1", "", now, None, now, TokenState.CONNECTED))  # no end
        uow.commit()
    view = services.forwarding.plans.plan(POST, seed=2, start=now, window=30, min_gap=20)
    reasons = {s.account_uid: s.reason for s in view.plan.skipped}
    assert reasons[employees[0]] == "token expired — reconnect the account"
    assert reasons[employees[1]] == "token expired — reconnect the account"
    assert reasons[employees[2]] == "not connected to Weibo — connect the account"
    planned = {e.account_uid for e in view.entries}
    assert {employees[3], employees[4], employees[5]} <= planned
    assert not planned & set(employees[:3])
