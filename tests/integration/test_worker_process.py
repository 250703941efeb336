"""The app's worker process runs a sync against the sandbox on SQLite and PostgreSQL (team mode: with the
member's own database login), acting as the same member; a Stop reaches it and the next job runs."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator

import pytest

from matrix_desktop.app.bootstrap import AppServices, bootstrap
from matrix_desktop.app.worker_process import WorkerJobFailed, WorkerProcess, sync_job
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import Cancelled, NotFound
from matrix_desktop.core.inbox.records import InboxQuery
from matrix_desktop.core.progress import CancelToken, Progress
from matrix_desktop.weibo.sandbox.server import SandboxServer
from tests.fixtures.matrix import create_member_login, drop_member_login

pytestmark = pytest.mark.keyring


@pytest.fixture
def runner() -> Iterator[WorkerProcess]:
    r = WorkerProcess()
    yield r
    r.shutdown()


def connect(services: AppServices, sandbox: SandboxServer) -> None:
    services.members.add("admin", frozenset({MemberRole.ADMIN}))
    services.act_as("admin")
    services.credentials.import_bundle(sandbox.credentials())


def test_a_sync_in_the_worker_process_fills_the_inbox_and_a_stop_reaches_it(
        services: AppServices, sandbox: SandboxServer, runner: WorkerProcess) -> None:
    connect(services, sandbox)
    sandbox.generate_traffic(1500)
    token = CancelToken()
    seen: list[Progress] = []

    def on_progress(p: Progress) -> None:  # stop as soon as the first account is under way
        seen.append(p)
        token.cancel()

    with pytest.raises(Cancelled):
        runner.run(services, sync_job, progress=on_progress, cancel=token)
    assert seen and seen[0].label.startswith("syncing ")
    child = runner.pid
    assert child is not None and child != os.getpid()

    report = runner.run(services, sync_job)  # the same child, its stop forgotten, finishes the job
    assert runner.pid == child
    assert report.ok and not report.failed
    assert services.inbox.triage.count(InboxQuery()) > 0
    assert services.inbox.triage.ingest().created == 0  # the child's after-sync hook ingested it all


def test_jobs_from_two_threads_wait_their_turn(sqlite_url: str, sandbox: SandboxServer,
                                               runner: WorkerProcess) -> None:
    services = bootstrap(sqlite_url)
    try:
        connect(services, sandbox)
        sandbox.generate_traffic(200)
        reports: list[object] = []
        threads = [threading.Thread(target=lambda: reports.append(runner.run(services, sync_job)))
                   for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert len(reports) == 2 and all(r.ok and not r.failed for r in reports)  # type: ignore[attr-defined]
    finally:
        services.close()


@pytest.mark.postgres
def test_team_mode_the_worker_signs_in_with_the_members_own_login(pg_url: str, sandbox: SandboxServer,
                                                                  runner: WorkerProcess) -> None:
    login = f"op_{uuid.uuid4().hex[:8]}"
    admin = bootstrap(pg_url)
    try:
        connect(admin, sandbox)
        admin.members.add(login, frozenset({MemberRole.OPERATOR}))
    finally:
        admin.close()
    member = bootstrap(create_member_login(pg_url, login), migrate=False)
    try:
        assert member.actor.name == login
        sandbox.generate_traffic(100)
        report = runner.run(member, sync_job)
        assert report.ok and not report.failed
        assert member.inbox.triage.count(InboxQuery()) > 0
    finally:
        member.close()
        drop_member_login(pg_url, login)


class TwoPartError(Exception):
    """An error whose pickled form cannot be read back (its __init__ wants two arguments)."""

    def __init__(self, what: str, why: str) -> None:
        super().__init__(f"{what}: {why}")


def failing_job(services: AppServices, kind: str, progress: object = None, cancel: object = None) -> object:
    if kind == "ours":
        raise NotFound("no account 42")
    if kind == "foreign":
        raise TwoPartError("sync", "the disk is full")
    if kind == "result":
        return lambda: None  # cannot be pickled
    return services.actor.name


def test_errors_and_results_that_cannot_travel_back_fail_in_words_and_the_worker_lives_on(
        sqlite_url: str, runner: WorkerProcess) -> None:
    services = bootstrap(sqlite_url)
    try:
        services.members.add("admin", frozenset({MemberRole.ADMIN}))
        services.act_as("admin")
        with pytest.raises(NotFound, match="no account 42"):  # our errors come back as themselves
            runner.run(services, failing_job, "ours")
        child = runner.pid
        with pytest.raises(WorkerJobFailed, match="TwoPartError: sync: the disk is full"):
            runner.run(services, failing_job, "foreign")
        with pytest.raises(WorkerJobFailed, match="could not be sent back"):
            runner.run(services, failing_job, "result")
        assert runner.run(services, failing_job, "who") == "admin"  # acting as the same member
        assert runner.pid == child
    finally:
        services.close()
