"""The window's sync runs in the app's worker process, over real HTTP to the sandbox, on a real SQLite file
and the real keyring: what it brings in reaches the inbox the GUI reads, and a worker killed in the middle
of a sync leaves a consistent database that the next sync completes."""

from __future__ import annotations

import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.inbox.records import InboxQuery
from matrix_desktop.core.sync import SyncReport
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.sync import SyncController
from matrix_desktop.weibo.sandbox.server import SandboxServer

pytestmark = pytest.mark.keyring


def connect(ctx: UiContext, sandbox: SandboxServer) -> None:
    services = ctx.services
    services.members.add("admin", frozenset({MemberRole.ADMIN}))
    services.act_as("admin")
    services.credentials.import_bundle(sandbox.credentials())


def db_path(ctx: UiContext) -> Path:
    return Path(ctx.services.database_label)


def counts(path: Path) -> dict[str, int]:
    """What a reader of the file sees, through a connection of its own (not the app's)."""
    db = sqlite3.connect(path, timeout=30)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {"interactions": db.execute("SELECT count(*) FROM interactions").fetchone()[0],
                "posts": db.execute("SELECT count(*) FROM posts").fetchone()[0],
                "items": db.execute("SELECT count(*) FROM inbox_items").fetchone()[0],
                "search": db.execute("SELECT count(*) FROM inbox_search").fetchone()[0],
                "loose_items": db.execute("SELECT count(*) FROM inbox_items WHERE interaction_id NOT IN "
                                          "(SELECT id FROM interactions)").fetchone()[0],
                "loose_drafts": db.execute("SELECT count(*) FROM reply_drafts WHERE item_id NOT IN "
                                           "(SELECT id FROM inbox_items)").fetchone()[0]}
    finally:
        db.close()


def test_a_sync_from_the_window_runs_in_the_worker_process_and_fills_the_inbox(
        qtbot, ui_ctx: UiContext, sandbox: SandboxServer) -> None:  # type: ignore[no-untyped-def]
    connect(ui_ctx, sandbox)
    sandbox.generate_traffic(80)
    changed: list[frozenset[Change]] = []
    ui_ctx.tracker.did_execute.connect(changed.append)
    controller = SyncController(ui_ctx)
    controller.stop_schedule()
    with qtbot.wait_signal(controller.finished, timeout=120_000) as done:
        controller.sync_now()
    report: SyncReport = done.args[0]
    assert report.ok and not report.failed
    assert sum(r.new_interactions for r in report.results) > 0

    worker = ui_ctx.host.executors.process.pid
    assert worker is not None and worker != os.getpid()  # the work ran in the child, which stays for the next
    qtbot.waitUntil(lambda: any(Change.INBOX in c for c in changed), timeout=5000)
    inbox = ui_ctx.services.inbox.triage
    assert inbox.count(InboxQuery()) > 0  # the GUI's own services read what the child wrote
    assert inbox.ingest().created == 0  # the child's after-sync hook already ingested everything

    sandbox.generate_traffic(20)
    before = inbox.count(InboxQuery())
    with qtbot.wait_signal(controller.finished, timeout=120_000):
        controller.sync_now()
    assert ui_ctx.host.executors.process.pid == worker
    assert inbox.count(InboxQuery()) > before


def test_a_worker_killed_mid_sync_leaves_a_consistent_database_and_the_next_sync_finishes_the_job(
        qtbot, ui_ctx: UiContext, sandbox: SandboxServer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    connect(ui_ctx, sandbox)
    sandbox.generate_traffic(3000)
    path = db_path(ui_ctx)
    controller = SyncController(ui_ctx)
    controller.stop_schedule()
    failures: list[str] = []
    controller.failed.connect(failures.append)
    controller.sync_now()

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # kill as soon as the first pages are in: mid-sync
        qtbot.wait(20)
        if ui_ctx.host.executors.process.pid is not None and counts(path)["interactions"] > 0:
            break
    killed = ui_ctx.host.executors.process.pid
    assert killed is not None and controller.running, "the sync finished before it could be killed"
    os.kill(killed, signal.SIGKILL)
    qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
    assert "stopped unexpectedly" in failures[0] and not controller.running
    half = counts(path)
    assert half["loose_items"] == 0 and half["loose_drafts"] == 0 and half["search"] == half["items"]

    with qtbot.wait_signal(controller.finished, timeout=300_000) as done:
        controller.sync_now()
    assert not done.args[0].failed
    assert ui_ctx.host.executors.process.pid not in (None, killed)  # a fresh child
    after = counts(path)
    assert after["loose_items"] == 0 and after["loose_drafts"] == 0 and after["search"] == after["items"]

    # The same platform synced once, undisturbed, into a database of its own: the same rows.
    fresh = bootstrap(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        fresh.members.add("admin", frozenset({MemberRole.ADMIN}))
        fresh.act_as("admin")
        fresh.credentials.import_bundle(sandbox.credentials())
        fresh.sync.sync()
    finally:
        fresh.close()
    expected = counts(tmp_path / "fresh.db")
    assert after["interactions"] > half["interactions"]
    assert {k: after[k] for k in ("interactions", "posts", "items")} == \
        {k: expected[k] for k in ("interactions", "posts", "items")}
