"""The GUI thread's own read of a first screen on a local SQLite file (`read_within`): the same rows a
worker would read, and never longer than its budget — a slow read gives None, and the connection goes
back to the pool as it was (its busy timeout, no progress handler)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from matrix_desktop.app.bootstrap import AppServices, bootstrap
from matrix_desktop.core.inbox.records import InboxQuery
from matrix_desktop.store.db import BUSY_TIMEOUT_MS
from tests.fixtures.matrix import seed_question_inbox

T0 = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[AppServices]:
    services = bootstrap(f"sqlite:///{tmp_path / 'inbox.db'}")
    seed_question_inbox(services, 60, T0)
    try:
        yield services
    finally:
        services.close()


def test_the_first_screen_read_in_place_is_the_workers_screen(team: AppServices) -> None:
    pages = team.inbox.triage.pages(InboxQuery())
    now = pages.rows_now(0, 50, budget_s=5.0)
    assert now is not None and len(now) == 50
    assert [i.id for i in now] == [i.id for i in team.inbox.triage.pages(InboxQuery()).rows(0, 50)]
    # and the next screen continues from it (keyset), as after a worker's read
    assert [i.text for i in pages.rows(50, 50)][:1] == ["请问星河纯牛奶开封后能放多久？10"]


def test_a_read_longer_than_its_budget_is_interrupted_and_the_connection_is_restored(team: AppServices) -> None:
    uow = team.uow

    def slow(u: object) -> int:  # a few seconds of work in SQLite's virtual machine
        return int(u.session.execute(text(  # type: ignore[attr-defined]
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) "
            "SELECT count(*) FROM n")).scalar_one())

    assert uow.read_within(slow, budget_s=0.005) is None
    # Every pooled connection waits for locks again, and nothing interrupts an ordinary read.
    for _ in range(6):
        with uow.readonly() as u:
            assert u.session.execute(text("PRAGMA busy_timeout")).scalar_one() == BUSY_TIMEOUT_MS
            assert u.session.execute(text("SELECT count(*) FROM inbox_items")).scalar_one() == 60

