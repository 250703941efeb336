"""Migration 0014 on a previous release's database with data (SQLite and PostgreSQL): the insight
indexes are added in place, the Today page and the charts read the same rows through them, and a
downgrade drops them again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from alembic import command
from sqlalchemy import inspect, text

from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.core.accounts import AccountInput, AccountRole
from matrix_desktop.store.db import alembic_config, create_db_engine, current_revision, migrate_to
from tests.fixtures.matrix import OFFICIAL, add_team, fan_comment, store_interactions

NOW = datetime.now(UTC).replace(microsecond=0)
NEW = {"inbox_items": {"ix_inbox_items_waiting_order", "ix_inbox_items_open_due"},
       "interactions": {"ix_interactions_created_fans"}}


def _indexes(engine: object, table: str) -> set[str]:
    return {str(i["name"]) for i in inspect(engine).get_indexes(table)}  # type: ignore[arg-type]


def _stored(db_url: str, at: datetime) -> object:
    """A moment as the 0013 schema's columns hold it, for plain SQL."""
    return at.strftime("%Y-%m-%d %H:%M:%S.%f") if db_url.startswith("sqlite") else at


def _fill_0013(db_url: str) -> None:
    """Three waiting questions and their comments, written while the schema was 0013 (plain SQL: the
    app at head would upgrade the database first). Ids from 1001: PostgreSQL's sequences do not see them."""
    engine = create_db_engine(db_url)
    try:
        migrate_to(engine, "0013")
        with engine.begin() as conn:
            for n in range(1, 4):
                at = NOW - timedelta(hours=n)
                conn.execute(text(
                    "INSERT INTO interactions (id, kind, platform_id, account_uid, post_mid, post_text, reply_to_id,"
                    " author_uid, author_name, author_followers, author_verified, text, created_at, from_matrix,"
                    " synced_at) VALUES (:id, 'comment', :pid, :acct, '4900000000000001', '新品', '', :fan, :name,"
                    " 0, false, :text, :at, false, :at)"),
                    {"id": 1000 + n, "pid": str(5_100_000 + n), "acct": OFFICIAL, "fan": str(7_100_000 + n % 2),
                     "name": f"粉丝{n}", "text": f"请问开封后能放多久？{n}", "at": _stored(db_url, at)})
                conn.execute(text(
                    "INSERT INTO inbox_items (id, interaction_id, account_uid, author_name, created_at, category,"
                    " priority, confidence, reasons, status, assignee, corrected_by, due_at, acknowledged_by,"
                    " search_text, search_grams, updated_at) VALUES (:id, :id, :acct, :name, :at, 'question', :p,"
                    " 0.8, '', 'new', '', '', :due, '', '', '', :at)"),
                    {"id": 1000 + n, "acct": OFFICIAL, "name": f"粉丝{n}", "at": _stored(db_url, at), "p": 2 + n % 2,
                     "due": _stored(db_url, at + timedelta(minutes=90))})
        assert current_revision(engine) == "0013"
        for table, names in NEW.items():
            assert not names & _indexes(engine, table)
    finally:
        engine.dispose()


def test_migration_0014_indexes_a_0013_database_with_data_and_downgrades(db_url: str) -> None:
    _fill_0013(db_url)
    bootstrap(db_url).close()  # opening it upgrades to head
    engine = create_db_engine(db_url)
    try:
        assert current_revision(engine) == "0014"
        for table, names in NEW.items():
            assert names <= _indexes(engine, table)
        assert "ix_interactions_created" not in _indexes(engine, "interactions")  # replaced, not doubled
        with engine.begin() as conn:
            cfg = alembic_config(engine)
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0013")
        assert current_revision(engine) == "0013"
        for table, names in NEW.items():
            assert not names & _indexes(engine, table)
        assert "ix_interactions_created" in _indexes(engine, "interactions")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM inbox_items")).scalar() == 3
    finally:
        engine.dispose()


def test_the_upgraded_database_reads_what_was_stored_before(db_url: str) -> None:
    _fill_0013(db_url)
    s = bootstrap(db_url)  # upgrades to 0014
    try:
        add_team(s)
        s.act_as("op")
        s.registry.create(AccountInput(OFFICIAL, "星河乳业", AccountRole.OFFICIAL, followers_count=100))
        s.insight.use_clock(lambda: NOW)
        store_interactions(s, [fan_comment(9, "路过", NOW - timedelta(minutes=5), author_uid="7100009")])
        today = s.insight.today.summary()
        assert today.unanswered_total == 3
        # priority first, then newest first: 1002 (priority 2), then 1001 and 1003 (priority 3)
        assert [u.item_id for u in today.unanswered] == [1002, 1001, 1003]
        assert today.breaches_total == 2 and today.next_due is not None and today.next_due.item_id == 1001
        by_account, _ = s.insight.analytics.fan_ratios(NOW - timedelta(days=1), NOW)
        assert next(r for r in by_account if r.key == OFFICIAL).fans == 3  # two fans before, one after
    finally:
        s.close()
