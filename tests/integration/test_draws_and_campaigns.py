"""Prize draws and campaigns on a real database (SQLite and PostgreSQL) and from the command line: the
draw is one audited transaction, runs once, sets aside the matrix and the company's people, and
`draw verify` reproduces it from the published seed and list — or exits 1 when they were changed."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.app.cli import run
from matrix_desktop.core.accounts import AccountInput, AccountRole
from matrix_desktop.core.company import CompanyProfile
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.publishing import Column
from matrix_desktop.core.publishing.draws import Exclusion
from matrix_desktop.core.publishing.events import EventKind
from matrix_desktop.services.publishing.draws import PrizeDraws
from matrix_desktop.store.db import (
    alembic_config,
    create_db_engine,
    current_revision,
    head_revision,
    migrate_to,
    migrate_to_head,
)
from tests.fixtures.matrix import LEADER, OFFICIAL, add_team, fan_comment, store_interactions

DOMAIN = "xinghe-dairy.example"
MID = "4900000000000001"  # the post fan_comment() comments on
EMPLOYEE = "6120050001"
DEADLINE = datetime(2026, 12, 12, 4, tzinfo=UTC)  # 12:00 in Beijing


def cli(db_url: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", db_url, *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def seed(s: AppServices) -> None:
    add_team(s)
    s.company.set(CompanyProfile("星河乳业股份有限公司", aliases=("星河乳业",), business_keywords=("牛奶",)))
    s.registry.create(AccountInput(OFFICIAL, "星河乳业", AccountRole.OFFICIAL))
    s.registry.create(AccountInput(LEADER, "林建华", AccountRole.LEADER))
    s.registry.create(AccountInput(EMPLOYEE, "小周", AccountRole.EMPLOYEE))
    s.config.set("weibo.safe_domain", DOMAIN, actor=s.actor)
    before = DEADLINE - timedelta(hours=3)
    fans = [fan_comment(n, f"转发抽奖 {n}", before + timedelta(minutes=n), followers=50) for n in range(12)]
    fans += [
        fan_comment(20, "我也来", before, author_uid=EMPLOYEE, author="小周", followers=300, from_matrix=True),
        fan_comment(21, "支持", before, author_uid=LEADER, author="林建华", followers=9000, from_matrix=True),
        fan_comment(22, "冲", before, author="星河乳业市场部小李", followers=80),
        fan_comment(23, "抽我", before, author="zz1234", followers=0),
        fan_comment(24, "晚了", DEADLINE + timedelta(minutes=1), author="迟到的粉丝", followers=40),
        fan_comment(3, "再评一次", before + timedelta(hours=1), followers=50, platform_id="5000099"),
    ]
    store_interactions(s, fans)


def draws_at(s: AppServices, now: datetime) -> PrizeDraws:
    return PrizeDraws(s.uow, s.current_actor, clock=lambda: now, seeds=s.credentials.store)


def test_a_draw_is_frozen_once_excludes_the_matrix_and_verifies(services: AppServices, tmp_path: Path) -> None:
    s = services
    seed(s)
    s.act_as("op")
    d = draws_at(s, DEADLINE - timedelta(days=2)).create("冬季奶卡抽奖", MID, DEADLINE, 3)
    assert len(d.commitment) == 64 and d.seed == ""  # only the commitment shows before the draw
    with pytest.raises(ValidationError, match="cannot be run before"):
        draws_at(s, DEADLINE - timedelta(minutes=1)).run(d.id)

    outcome = draws_at(s, DEADLINE + timedelta(hours=1)).run(d.id)
    drawn = outcome.draw
    assert not outcome.already and len(drawn.winners) == 3
    reasons = {e.uid: e.excluded for e in drawn.entrants}
    assert reasons[EMPLOYEE] == reasons[LEADER] == Exclusion.MATRIX.value
    assert reasons["7000022"] == Exclusion.EMPLOYEE.value  # 星河乳业市场部小李: tied to the company by name
    assert reasons["7000023"] == Exclusion.ZOMBIE.value
    assert "7000024" not in reasons  # after the deadline
    assert len(drawn.entrants) == 12 + 4  # the fan who commented twice is on the list once
    assert set(drawn.winners) <= {f"{7_000_000 + n}" for n in range(12)}

    again = draws_at(s, DEADLINE + timedelta(days=1)).run(d.id)
    assert again.already and again.draw.winners == drawn.winners
    s.act_as("leader")
    runs = s.audit.entries("draw.run")
    s.act_as("op")
    assert len(runs) == 1 and runs[0].detail["winners"] == list(drawn.winners)

    url = s.db_url
    code, out, err = cli(url, "--as", "op", "draw", "verify", str(d.id))
    assert code == 0 and "verified" in out, err
    record = tmp_path / "draw.json"
    assert cli(url, "--as", "op", "draw", "export", str(d.id), "--output", str(record))[0] == 0
    code, out, _ = cli(url, "draw", "verify", "--file", str(record))
    assert code == 0 and all(w in out for w in drawn.winners)
    published = json.loads(record.read_text(encoding="utf-8"))
    assert published["seed"] and published["commitment"] == d.commitment

    code, out, err = cli(url, "--as", "op", "draw", "announce", str(d.id), "--account", OFFICIAL, "--at", "now",
                         "--link", f"https://{DOMAIN}/draw/1", "--format", "json")
    assert code == 0, err
    announced = json.loads(out)
    assert announced["state"] == "draft" and all(drawn.names()[w] in announced["text"] for w in drawn.winners)
    assert not [c for c in announced["checks"] if c["level"] == "block"]

    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps({**published, "winners": [EMPLOYEE, *published["winners"][1:]]}), "utf-8")
    code, _, err = cli(url, "draw", "verify", "--file", str(tampered))
    assert code == 1 and "do not follow" in err and "excluded" in err
    reseeded = tmp_path / "reseeded.json"
    reseeded.write_text(json.dumps({**published, "seed": "0" * 64}), "utf-8")
    code, _, err = cli(url, "draw", "verify", "--file", str(reseeded))
    assert code == 1 and "commitment" in err


def test_the_seed_waits_in_the_keyring_not_the_database_until_the_draw(services: AppServices) -> None:
    """Whoever can read the database before the deadline must not be able to compute the winners: the seed
    is in the real keyring of the desktop that set the draw up, and reaches the database only once drawn."""
    s = services
    seed(s)
    s.act_as("op")
    seeds: list[str] = []

    def remembered() -> str:
        seeds.append(f"{len(seeds):02d}" + "ab" * 31)
        return seeds[-1]

    setup = PrizeDraws(s.uow, s.current_actor, clock=lambda: DEADLINE - timedelta(days=2), new_seed=remembered,
                       seeds=s.credentials.store)
    d = setup.create("冬季奶卡抽奖", MID, DEADLINE, 3)
    with s.uow.readonly() as uow:
        chain_id = uow.audit.chain()[0]
        assert uow.publishing.draw_seed(d.id) == ""  # nothing in any table says what the seed is
        dumped = "\n".join(str(v) for row in uow.session.execute(text("SELECT * FROM prize_draws")) for v in row)
    assert seeds[0] not in dumped and d.commitment in dumped
    kept = s.credentials.store().draw_seed(chain_id, d.id)
    assert kept is not None and kept.reveal() == seeds[0]

    # Another desktop on the same (team) database has no such keyring item: it says where the seed is.
    elsewhere = PrizeDraws(s.uow, s.current_actor, clock=lambda: DEADLINE + timedelta(hours=1))
    with pytest.raises(ValidationError, match="keyring of the desktop that set it up"):
        elsewhere.run(d.id)

    drawn = draws_at(s, DEADLINE + timedelta(hours=1)).run(d.id).draw
    assert drawn.seed == seeds[0] and len(drawn.winners) == 3
    assert s.credentials.store().draw_seed(chain_id, d.id) is None  # revealed: the keyring let it go
    with s.uow.readonly() as uow:
        assert uow.publishing.draw_seed(d.id) == seeds[0]  # the published record holds it now
    code, out, err = cli(s.db_url, "--as", "op", "draw", "verify", str(d.id))
    assert code == 0 and "verified" in out, err


def test_a_draw_set_up_before_seeds_moved_to_the_keyring_still_runs(services: AppServices) -> None:
    s = services
    seed(s)
    s.act_as("op")
    legacy = PrizeDraws(s.uow, s.current_actor, clock=lambda: DEADLINE - timedelta(days=2))  # no keyring
    d = legacy.create("老抽奖", MID, DEADLINE, 2)
    with s.uow.readonly() as uow:
        assert len(uow.publishing.draw_seed(d.id)) == 64
    drawn = draws_at(s, DEADLINE + timedelta(hours=1)).run(d.id).draw
    assert len(drawn.winners) == 2 and drawn.seed


def test_draw_cli_creates_shows_the_commitment_and_refuses_a_run_before_the_deadline(services: AppServices) -> None:
    seed(services)
    url = services.db_url
    deadline = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    code, out, err = cli(url, "--as", "op", "draw", "create", "--name", "奶卡", "--post", MID, "--deadline",
                         deadline, "--winners", "2", "--format", "json")
    assert code == 0, err
    created = json.loads(out)
    code, out, _ = cli(url, "--as", "op", "draw", "show", str(created["id"]))
    assert code == 0 and created["commitment"] in out and "seed:" not in out
    code, _, err = cli(url, "--as", "op", "draw", "run", str(created["id"]))
    assert code == 2 and "cannot be run before" in err and len(err.strip().splitlines()) == 1
    code, _, err = cli(url, "--as", "op", "draw", "verify", str(created["id"]))
    assert code == 1 and "not been run" in err
    code, _, err = cli(url, "--as", "op", "draw", "create", "--name", "x", "--post", "abc", "--deadline", deadline,
                       "--winners", "0")
    assert code == 2 and "mid" in err and "winners" in err


def test_a_campaign_shows_its_lead_time_posts_and_draws_and_lands_on_the_calendar(services: AppServices) -> None:
    s = services
    seed(s)
    s.act_as("op")
    ev = s.publishing.events.add("双十二 鲜奶节", EventKind.PROMOTION, date(2026, 12, 10), date(2026, 12, 12),
                                 learned_on=date(2026, 12, 7))
    assert ev.lead_days == 3 and ev.short_lead
    post = s.publishing.posts.draft(OFFICIAL, f"鲜奶节来了 https://{DOMAIN}/milk", DEADLINE - timedelta(days=2),
                                    Column.FAN_ACTIVITY).post
    s.publishing.events.attach_post(post.id, ev.id)
    s.publishing.events.attach_post(post.id, ev.id)  # twice: nothing more
    draws_at(s, DEADLINE - timedelta(days=3)).create("鲜奶节抽奖", MID, DEADLINE, 1, event_id=ev.id)
    summary = s.publishing.events.summary(ev.id)
    assert [p.id for p in summary.posts] == [post.id] and [d.name for d in summary.draws] == ["鲜奶节抽奖"]
    s.act_as("leader")
    assert len(s.audit.entries("event.post_attached")) == 1
    s.act_as("op")
    view = s.publishing.calendar.month(2026, 12)
    assert [e.name for e in view.events_on(date(2026, 12, 11))] == ["双十二 鲜奶节"]
    assert view.events_on(date(2026, 12, 13)) == []

    url = s.db_url
    code, out, err = cli(url, "--as", "op", "campaign", "show", str(ev.id), "--format", "json")
    assert code == 0, err
    shown = json.loads(out)
    assert (shown["lead_days"], shown["posts"], shown["draws"]) == (3, [post.id], [1])
    code, _, err = cli(url, "--as", "op", "campaign", "add", "倒着的", "--start", "2026-12-10", "--end",
                       "2026-12-01", "--learned", "2026-12-01")
    assert code == 2 and "before it starts" in err


def test_migration_0012_upgrades_a_database_with_planned_posts_and_downgrades(db_url: str) -> None:
    engine = create_db_engine(db_url)
    try:
        migrate_to(engine, "0011")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO planned_posts (account_uid, text, picture_path, \"column\", owner, at, state, created_by,"
                " created_at, approved_by, review_note, platform_mid, answer, attempts, claimed_by, updated_at)"
                " VALUES ('6120040000', '星河新品', '', 'product', 'op', CURRENT_TIMESTAMP, 'draft', 'op',"
                " CURRENT_TIMESTAMP, '', '', '', '', 0, '', CURRENT_TIMESTAMP)"))
        migrate_to_head(engine)
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            assert conn.execute(text("SELECT text, event_id FROM planned_posts")).all() == [("星河新品", None)]
            assert conn.execute(text("SELECT count(*) FROM prize_draws")).scalar() == 0
        with engine.begin() as conn:
            cfg = alembic_config(engine)
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0011")
        assert current_revision(engine) == "0011"
        with engine.connect() as conn:
            assert conn.execute(text("SELECT text FROM planned_posts")).scalar() == "星河新品"
    finally:
        engine.dispose()
