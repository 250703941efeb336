"""The inbox's first screen on PostgreSQL runs as one statement on its own: the pooled connection it used
keeps its transactions for the next unit of work (a write left uncommitted still rolls back)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from matrix_desktop.app.bootstrap import AppServices, bootstrap
from matrix_desktop.core.inbox.records import InboxQuery
from tests.fixtures.matrix import fan_comment, seed_question_inbox, store_interactions

T0 = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


@pytest.fixture
def team(pg_url: str) -> Iterator[AppServices]:
    services = bootstrap(pg_url)
    seed_question_inbox(services, 60, T0)
    try:
        yield services
    finally:
        services.close()


def test_the_first_screen_is_the_newest_rows_and_the_connection_still_rolls_back(team: AppServices) -> None:
    triage = team.inbox.triage
    first = triage.pages(InboxQuery()).rows(0, 50)
    assert [i.text for i in first[:2]] == ["请问星河纯牛奶开封后能放多久？60", "请问星河纯牛奶开封后能放多久？59"]
    assert len(first) == 50
    for _ in range(8):  # every pooled connection has served a first screen at least once
        triage.pages(InboxQuery()).rows(0, 50)
    with team.uow() as uow:  # a write that is never committed
        uow.inbox.update_item(first[0].id, status="closed")
        assert uow.inbox.get(first[0].id).status == "closed"
    assert triage.get(first[0].id).status == first[0].status
    with team.uow() as uow:
        uow.inbox.update_item(first[0].id, status="closed")
        uow.commit()
    assert triage.pages(InboxQuery()).rows(0, 1)[0].status == "closed"


@pytest.mark.parametrize("sparse_bound", [2000, 10], ids=["few matches: by id", "many: the list's order"])
def test_a_text_filter_screen_has_the_newest_exact_matches_either_way(team: AppServices, sparse_bound: int,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from matrix_desktop.store.inbox_repo import SqlInboxRepository

    # Holds both bigrams of 封后能 (封后, 后能) but not the phrase: the exact test leaves it out.
    store_interactions(team, [fan_comment(100, "喝完后能封后再放吗", T0 + timedelta(hours=3))])
    team.inbox.triage.ingest()
    monkeypatch.setattr(SqlInboxRepository, "SPARSE_MATCHES", sparse_bound)
    screen = team.inbox.triage.pages(InboxQuery(text="封后能")).rows(0, 50)
    assert [i.text for i in screen[:2]] == ["请问星河纯牛奶开封后能放多久？60", "请问星河纯牛奶开封后能放多久？59"]
    assert len(screen) == 50 and all("封后能" in i.text for i in screen)


def test_the_gui_thread_never_reads_a_first_screen_across_the_network(team: AppServices) -> None:
    # PostgreSQL is a round trip away: the first screen always goes to a worker (`rows_now` says None).
    assert team.inbox.triage.pages(InboxQuery()).rows_now(0, 50, budget_s=10.0) is None
