"""Stop ends a background sync through the op's cancel outcome: the controller is ready again, says what
happened in words, and the next scheduled sync runs."""

from __future__ import annotations

import threading
from typing import Any

from matrix_desktop.app.worker_process import WorkerProcess
from matrix_desktop.core.sync import SyncReport
from matrix_desktop.ui.sync import SyncController


def test_stop_then_the_next_scheduled_sync_runs(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    started = threading.Event()

    def fake_sync(uids: Any = None, progress: Any = None, cancel: Any = None) -> SyncReport:
        calls.append("sync")
        if len(calls) == 1:  # the first one runs until it is stopped
            started.set()
            cancel.wait(10)
            cancel.raise_if_cancelled()
        return SyncReport()

    monkeypatch.setattr(ui_ctx.services.sync, "sync", fake_sync)
    # The fake lives in this process: jobs run in the calling thread, the path the app falls back to when
    # no worker process can start (tests/ui/test_sync_process.py covers the process, over the sandbox).
    ui_ctx.host.executors.process = WorkerProcess(processes=False)
    controller = SyncController(ui_ctx)
    controller.sync_now()
    assert started.wait(5)
    assert controller.running
    with qtbot.wait_signal(controller.stopped, timeout=5000) as stopped:
        ui_ctx.tracker.cancel_all()
    assert not controller.running
    assert "Sync stopped" in stopped.args[0]

    controller._timer.start(100)  # the schedule, shortened for the test
    with qtbot.wait_signal(controller.finished, timeout=5000):
        pass
    assert calls == ["sync", "sync"]
    controller._timer.stop()


def test_the_stop_message_names_the_next_run_or_f5(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    controller = SyncController(ui_ctx)
    controller._timer.stop()
    assert "F5" in controller.stopped_text()
    controller._timer.start(60_000)
    assert "The next sync runs at" in controller.stopped_text()
    controller._timer.stop()


def test_accounts_held_back_by_the_call_limit_are_named_with_the_time() -> None:
    """After an hour of 60-second syncs the demo's hourly calls run out: the status bar said "synced 0
    accounts, 0 new" and nothing else, as if the sync were broken."""
    from datetime import UTC, datetime

    from matrix_desktop.core.sync import AccountSyncResult
    from matrix_desktop.ui.sync import describe

    until = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)
    report = SyncReport([AccountSyncResult("1", "星河乳业", ok=True, new_interactions=3),
                         AccountSyncResult("2", "林建华", skipped="rate limit", deferred_until=until),
                         AccountSyncResult("3", "王总监", skipped="rate limit", deferred_until=until)])
    text = describe(report)
    assert text.startswith("Synced 1 accounts, 3 new items")
    assert f"2 wait for the platform's call limit until {until.astimezone():%H:%M}" in text
    assert "call limit" not in describe(SyncReport([AccountSyncResult("1", "星河乳业", ok=True)]))
