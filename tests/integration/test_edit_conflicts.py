"""Two desktops on one team database (SQLite file or PostgreSQL) edit the same account, forwarding plan or
reply draft: the later save, made on what it read before the other save, is refused in words naming what
the other save changed and who made it, and nothing the other save wrote is overwritten (issue 15, item 5)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from matrix_desktop.app.bootstrap import AppServices, bootstrap
from matrix_desktop.app.cli import run
from matrix_desktop.core.accounts import AccountInput, AccountRole
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import EditConflict
from matrix_desktop.core.forwarding.records import PlanState
from matrix_desktop.store.db import create_db_engine, current_revision, migrate_to, migrate_to_head
from tests.fixtures.matrix import OFFICIAL, POST, fan_comment, seed_forwarding_matrix, store_interactions


@pytest.fixture
def other(services: AppServices) -> Iterator[AppServices]:
    """A second desktop: its own engine and connections on the same database."""
    s = bootstrap(services.db_url)
    yield s
    s.close()


def cli(db_url: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", db_url, *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_a_second_save_of_the_same_account_field_is_refused_and_the_first_is_kept(
        services: AppServices, other: AppServices) -> None:
    seed_forwarding_matrix(services, employees=1)
    other.act_as("op")
    mine = services.registry.get(OFFICIAL)
    theirs = other.registry.get(OFFICIAL)
    other.act_as("admin")
    other.registry.update(theirs.id, replace(theirs.as_input(), team="品牌部"), read=theirs)

    with pytest.raises(EditConflict) as caught:
        services.registry.update(mine.id, replace(mine.as_input(), team="市场部"), read=mine)
    assert caught.value.changed == ("team",) and caught.value.by == "admin"
    assert "was changed by admin since you read it" in str(caught.value) and "team" in str(caught.value)
    now = services.registry.get(OFFICIAL)
    assert now.team == "品牌部" and now.version == mine.version + 1
    assert [e.actor for e in other.audit.entries("account.update")] == ["admin"]


def test_saves_of_different_fields_both_hold_and_a_sync_is_not_overwritten(
        services: AppServices, other: AppServices) -> None:
    seed_forwarding_matrix(services, employees=1)
    other.act_as("op")
    mine = services.registry.get(OFFICIAL)
    theirs = other.registry.get(OFFICIAL)
    other.registry.update(theirs.id, replace(theirs.as_input(), team="品牌部"), read=theirs)
    with services.uow() as uow:  # a sync brings a new follower count meanwhile
        uow.sync.apply_profile(OFFICIAL, {"followers_count": 4321})
        uow.commit()

    saved = services.registry.update(mine.id, replace(mine.as_input(), owner="小周"), read=mine)
    assert (saved.owner, saved.team, saved.followers_count) == ("小周", "品牌部", 4321)
    assert saved.version == mine.version + 3


def test_archiving_an_account_someone_else_archived_meanwhile_is_refused_and_a_rename_keeps_it_archived(
        services: AppServices, other: AppServices) -> None:
    seed_forwarding_matrix(services, employees=1)
    other.act_as("op")
    mine = services.registry.get(OFFICIAL)
    other.registry.archive(mine.id, read=other.registry.get(OFFICIAL))
    with pytest.raises(EditConflict, match="archived"):
        services.registry.archive(mine.id, read=mine)
    renamed = services.registry.update(mine.id, replace(mine.as_input(), screen_name="星河"), read=mine)
    assert renamed.screen_name == "星河" and renamed.archived


def test_a_leader_cannot_approve_a_plan_edited_on_another_desktop_since_it_was_read(
        services: AppServices, other: AppServices) -> None:
    seed_forwarding_matrix(services, employees=3)
    view = services.forwarding.plans.plan(POST, seed=1, start=datetime.now(UTC), window=30, min_gap=20)
    services.act_as("leader")
    read = services.forwarding.plans.status(view.id)

    other.act_as("op")
    other.forwarding.plans.edit_entry(read.entries[-1].id, text="我们的牧场，欢迎大家来看看",
                                      expected_version=read.plan.row_version)
    with pytest.raises(EditConflict) as caught:
        services.forwarding.plans.approve(view.id, expected_version=read.plan.row_version)
    assert caught.value.changed == ("forward_text",) and caught.value.by == "op"
    after = services.forwarding.plans.status(view.id)
    assert after.plan.state is PlanState.DRAFT and after.entries[-1].text == "我们的牧场，欢迎大家来看看"
    with pytest.raises(EditConflict):  # a second edit on the stale copy is refused too
        other.forwarding.plans.drop_entry(read.entries[0].id, expected_version=read.plan.row_version)

    approved = services.forwarding.plans.approve(view.id, expected_version=after.plan.row_version)
    assert approved.plan.state is PlanState.APPROVED


def test_the_cli_refuses_a_stale_plan_approval_in_one_line(services: AppServices) -> None:
    seed_forwarding_matrix(services, employees=3)
    view = services.forwarding.plans.plan(POST, seed=1, start=datetime.now(UTC), window=30, min_gap=20)
    code, out, _ = cli(services.db_url, "--as", "op", "forward", "status", str(view.id))
    assert code == 0 and f"edit {view.plan.row_version}" in out
    code, _, err = cli(services.db_url, "--as", "op", "forward", "drop", str(view.entries[0].id),
                       "--edit-version", str(view.plan.row_version))
    assert code == 0, err
    code, out, err = cli(services.db_url, "--as", "leader", "forward", "approve", str(view.id),
                         "--edit-version", str(view.plan.row_version))
    assert code == 2 and err.count("\n") == 1 and "was changed by op since you read it" in err
    assert "forward dropped" in err and "Traceback" not in err
    assert services.forwarding.plans.status(view.id).plan.state is PlanState.DRAFT


def _draft(services: AppServices) -> int:
    services.members.add("leader2", frozenset({MemberRole.LEADER}))
    services.inbox.manual.load_demo_manual()  # a draft needs a manual entry that answers the question
    store_interactions(services, [fan_comment(1, "请问开封后的牛奶能放多久？", datetime.now(UTC) - timedelta(minutes=5),
                                              author="李先生")])
    services.inbox.triage.ingest()
    return services.inbox.replies.drafts()[0].id


def test_a_reply_edited_by_another_leader_is_not_approved_over_their_edit(
        services: AppServices, other: AppServices) -> None:
    seed_forwarding_matrix(services, employees=1)
    services.act_as("admin")
    draft_id = _draft(services)
    services.act_as("leader")
    read = services.inbox.replies.draft(draft_id)

    other.act_as("leader2")
    other.inbox.replies.save_edit(draft_id, "回复@李先生:开封后请冷藏，24小时内喝完哦。")
    with pytest.raises(EditConflict) as caught:
        services.inbox.replies.approve_many([draft_id], {}, {draft_id: read.version})
    assert caught.value.changed == ("text",) and caught.value.by == "leader2"
    assert services.inbox.replies.draft(draft_id).state == "waiting_review"

    code, _, err = cli(services.db_url, "--as", "leader", "inbox", "reject", str(draft_id), "先核实",
                       "--draft-version", str(read.version))
    assert code == 2 and err.count("\n") == 1 and "changed by leader2" in err
    # The reviewer's own unsent edit does not block their own approval.
    mine = services.inbox.replies.draft(draft_id)
    services.inbox.replies.save_edit(draft_id, "回复@李先生:开封后请冷藏，尽快喝完哦。")
    approved = services.inbox.replies.approve_many([draft_id], {draft_id: "回复@李先生:开封后请冷藏，尽快喝完哦。"},
                                                   {draft_id: mine.version})
    assert approved[0].state == "approved"


def test_an_existing_database_upgrades_and_its_rows_start_at_version_one(db_url: str) -> None:
    engine = create_db_engine(db_url)
    try:
        migrate_to(engine, "0011")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO accounts (uid, screen_name, sort_name, role, owner, team, verified, verified_type,"
                " verified_reason, description, followers_count, friends_count, statuses_count, archived,"
                " created_at, updated_at) VALUES ('1000000001', '星河乳业', '', 'official', '', '', true, 2,"
                " '', '', 10, 0, 0, false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        migrate_to_head(engine)
        assert current_revision(engine) is not None
        with engine.connect() as conn:
            row = conn.execute(text("SELECT row_version, changed_fields, changed_by FROM accounts")).one()
        assert tuple(row) == (1, "", "")
    finally:
        engine.dispose()
    s = bootstrap(db_url)
    try:
        s.members.add("admin", frozenset({MemberRole.ADMIN}))
        s.act_as("admin")
        a = s.registry.get("1000000001")
        assert a.version == 1
        assert s.registry.update(a.id, AccountInput(a.uid, a.screen_name, AccountRole.OFFICIAL, team="品牌部"),
                                 read=a).version == 2
    finally:
        s.close()
