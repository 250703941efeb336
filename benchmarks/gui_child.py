"""The GUI half of the benchmark suite, one measurement per process (see suite.py). Prints one JSON line.

    gui_child.py open DB          first screen (default filter, all), filters, resident memory
    gui_child.py stall DB N       late ticks of a 10 ms GUI timer while N new comments sync and ingest, as the
                                  window runs a sync: SyncController, the job in the app's worker process
    gui_child.py coldstart DB     the app itself; prints "painted" at the main window's first paint
    gui_child.py insight DB NOW   Today's and the analytics' reads, their drawing, ticks while they reload
    gui_child.py arrive DB N      late ticks of a 10 ms GUI timer, the inbox and the review desk open side by
                                  side, while N new comments arrive in sync-sized batches (each one a sync of
                                  the window's, its job in the worker process: synced, triaged with suggested
                                  replies, then both views refresh)
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def coldstart(db: str) -> None:
    # Qt is imported where the app imports it, after its own modules (as `matrix-desktop` does: the
    # command line, then the services, then the window). Imported first here, every module after it was
    # read once more by PySide6's feature check (it searches each newly imported module's source for
    # "PySide6"), a cost the app's own start does not have.
    import matrix_desktop.ui.application as application

    original = application.make_app

    def make_app(argv: list[str] | None = None) -> Any:
        from matrix_desktop.ui.qt import QtCore, QtWidgets

        class FirstPaint(QtCore.QObject):
            def eventFilter(self, obj: Any, ev: Any) -> bool:
                if ev.type() == QtCore.QEvent.Type.Paint and isinstance(obj, QtWidgets.QWidget) \
                        and isinstance(obj.window(), QtWidgets.QMainWindow):
                    print("painted", flush=True)
                    os._exit(0)
                return False

        app = original(argv)
        app.installEventFilter(FirstPaint(app))
        return app

    application.make_app = make_app  # type: ignore[assignment]
    from matrix_desktop.main import main

    main(["--db", f"sqlite:///{db}", "--as", "小周", "--lang", "zh_CN"])


class Gui:
    def __init__(self, db: str) -> None:
        from matrix_desktop.app.bootstrap import bootstrap
        from matrix_desktop.ui.application import make_app
        from matrix_desktop.ui.context import UiContext
        from matrix_desktop.ui.i18n import set_language
        from matrix_desktop.ui.qt import QtCore

        self.QtCore = QtCore
        self.app = make_app()
        set_language("en")
        self.services = bootstrap(f"sqlite:///{db}")
        self.services.act_as("bench")
        settings = QtCore.QSettings(str(Path(tempfile.mkdtemp()) / "ui.ini"), QtCore.QSettings.Format.IniFormat)
        self.ctx = UiContext.create(self.services, settings)
        if os.environ.get("MATRIX_BENCH_IN_THREAD"):  # the comparison: the job in a thread, as before the process
            from matrix_desktop.app.worker_process import WorkerProcess

            self.ctx.host.executors.process = WorkerProcess(processes=False)

    def wait(self, done: Any, timeout_ms: int = 600_000) -> None:
        deadline = time.perf_counter() + timeout_ms / 1000
        while not done() and time.perf_counter() < deadline:
            self.app.processEvents(self.QtCore.QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
        if not done():
            raise TimeoutError("the view did not settle")

    def idle(self) -> None:
        self.wait(lambda: not self.ctx.tracker.busy)
        for _ in range(5):
            self.app.processEvents()

    def open_view(self) -> Any:
        from matrix_desktop.ui.inbox.view import InboxView

        view = InboxView(self.ctx)
        view.resize(1200, 800)
        view.show()
        self.idle()
        return view

    def time_reload(self, view: Any) -> float:
        loaded = {"at": 0.0}

        def on_loaded() -> None:
            loaded["at"] = time.perf_counter()

        view.model.loaded.connect(on_loaded)
        t = time.perf_counter()
        view.reload()
        self.wait(lambda: loaded["at"] > 0)
        view.model.loaded.disconnect(on_loaded)
        took = loaded["at"] - t
        self.idle()
        return took


FIRST_SCREEN_SQL = ("SELECT i.*, t.kind, t.platform_id, t.post_mid, t.text, t.author_followers, a.screen_name "
                    "FROM inbox_items i JOIN interactions t ON t.id = i.interaction_id "
                    "LEFT JOIN accounts a ON a.uid = i.account_uid {where} "
                    "ORDER BY i.created_at DESC, i.id DESC LIMIT 50")  # suite.baseline_first_screen's query
OPEN_WHERE = "WHERE i.status IN ('new', 'routed', 'triaged', 'waiting_review')"


def floor_first_screen(g: Gui, db: str, where: str, runs: int = 7) -> float:
    """The floor under any first screen that keeps the GUI thread free: the bare baseline's SELECT …
    LIMIT 50 (raw sqlite3, an open connection) run on a worker thread, its rows handed to the GUI thread
    by a queued signal and put into a minimal table model (one reset) under a shown table view. No
    services, no records, no formatting: what the view's own path adds beyond the bare fetchall is the
    thread hop and the Qt reset measured here, the rest is the app's."""
    import sqlite3
    from concurrent.futures import ThreadPoolExecutor

    from matrix_desktop.ui.qt import QtWidgets, Signal

    QtCore = g.QtCore
    sql = FIRST_SCREEN_SQL.format(where=where)
    conn = sqlite3.connect(db, check_same_thread=False)

    class Rows(QtCore.QAbstractTableModel):  # type: ignore[misc, name-defined]
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[Any] = []

        def rowCount(self, parent: Any = None) -> int:
            return len(self.rows)

        def columnCount(self, parent: Any = None) -> int:
            return 8

        def data(self, index: Any, role: int = 0) -> Any:
            return str(self.rows[index.row()][index.column()]) if role == 0 else None

    class Bridge(QtCore.QObject):  # type: ignore[misc, name-defined]
        arrived = Signal(object)

    model, bridge, pool = Rows(), Bridge(), ThreadPoolExecutor(1)
    table = QtWidgets.QTableView()
    table.setModel(model)
    table.resize(1200, 800)
    table.show()
    done: dict[str, float] = {}

    def show(rows: list[Any]) -> None:
        model.beginResetModel()
        model.rows = rows
        model.endResetModel()
        done["at"] = time.perf_counter()

    bridge.arrived.connect(show, QtCore.Qt.ConnectionType.QueuedConnection)
    took = []
    for _ in range(runs + 1):  # the first warms the connection and the page cache
        done.clear()
        t = time.perf_counter()
        pool.submit(lambda: bridge.arrived.emit(conn.execute(sql).fetchall()))
        g.wait(lambda: "at" in done)
        took.append(done["at"] - t)
        g.idle()
    pool.shutdown()
    table.close()
    conn.close()
    return statistics.median(took[1:])


def open_rows(db: str) -> None:
    g = Gui(db)
    view = g.open_view()
    out: dict[str, Any] = {}
    out["open"] = statistics.median(g.time_reload(view) for _ in range(3))
    view.status_filter.blockSignals(True)
    view.status_filter.setCurrentIndex(1)  # all statuses
    view.status_filter.blockSignals(False)
    out["all"] = statistics.median(g.time_reload(view) for _ in range(3))
    out["floor open"] = floor_first_screen(g, db, OPEN_WHERE)
    out["floor all"] = floor_first_screen(g, db, "")
    for word in ("退款", "奶"):
        view.search.blockSignals(True)
        view.search.setText(word)
        view.search.blockSignals(False)
        out[f"filter {word}"] = statistics.median(g.time_reload(view) for _ in range(3))
    view.search.blockSignals(True)
    view.search.setText("")
    view.search.blockSignals(False)
    g.time_reload(view)
    view.table_area.table.scrollToBottom()  # a person drags to the end once: the memory of a browsed list
    g.idle()
    gc.collect()
    out["rss_mb"] = rss_mb()
    out["rows"] = view.model.rowCount()
    g.ctx.host.executors.shutdown()
    print(json.dumps(out))
    os._exit(0)


_ITEMS: dict[tuple[int, int, int], list[Any]] = {}


def stream_job(n: int, seed: int, first_id: int, start: int, stop: int, services: Any, progress: Any = None,
               cancel: Any = None) -> Any:
    """A sync's job as the app's worker process runs it, with prepared comments instead of the network:
    comments[start:stop] of a generated stream written through the sync's own path, then the after-sync
    inbox ingest (triage, suggested replies, full-text rows). Runs in the worker process."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from suite import ACCOUNTS, StreamClient, synced_comments

    from matrix_desktop.core.progress import NEVER_CANCELLED
    from matrix_desktop.core.sync import AccountSyncResult, SyncReport

    key = (n, seed, first_id)
    if key not in _ITEMS:  # generated once in the child, sliced per batch: nothing big crosses the pipe
        _ITEMS.clear()
        _ITEMS[key] = synced_comments(n, seed=seed, first_id=first_id)
    page = _ITEMS[key][start:stop]
    new = services.sync._sync_stream(StreamClient(page), ACCOUNTS[0], "comments_to_me", set(),
                                     cancel or NEVER_CANCELLED)
    services.inbox.after_sync([ACCOUNTS[0]])
    return SyncReport([AccountSyncResult(ACCOUNTS[0], "bench", ok=True, new_interactions=new)])


def sync_in_background(g: Gui, n: int, seed: int, first_id: int, batch: int, on_each: Any = None) -> None:
    """What the window does on a sync: SyncController.sync_now, whose job runs in the app's worker process
    (app/worker_process.py) while the network queue's thread waits; one sync per batch, back to back, each
    finishing with the views' refresh (SYNC_CHANGES). Returns when the last one finished."""
    from functools import partial

    from matrix_desktop.ui.sync import SyncController

    starts = list(range(0, n, batch))
    finished = {"left": len(starts)}
    controllers = []
    for k in starts:
        c = SyncController(g.ctx, job=partial(stream_job, n, seed, first_id, k, min(n, k + batch)))
        c.stop_schedule()
        controllers.append(c)
    failures: list[str] = []

    def next_sync(_report: object = None) -> None:
        if _report is not None:
            finished["left"] -= 1
        if controllers:
            controllers.pop(0).sync_now()

    for c in controllers:
        c.finished.connect(next_sync)
        c.failed.connect(failures.append)
    next_sync()
    g.wait(lambda: finished["left"] == 0 or bool(failures), timeout_ms=3_600_000)
    if failures:
        raise RuntimeError(f"a sync failed: {failures[0]}")


def stall(db: str, n: str) -> None:
    from matrix_desktop.ui import application

    g = Gui(db)
    g.open_view()
    probe = TickProbe(g)
    ticks, timer = probe.ticks, probe.timer
    why_stalls(ticks)
    warm_up = getattr(application, "warm_up", None)
    if callable(warm_up):
        warm_up(g.ctx)  # what the app does once its window is up
    sync_in_background(g, int(n), seed=21, first_id=90_000_000, batch=int(n))
    g.idle()
    end = time.perf_counter() + 0.5
    g.wait(lambda: time.perf_counter() > end)
    timer.stop()
    print(json.dumps({**probe.summary(), "worker_pid": g.ctx.host.executors.process.pid}))
    g.ctx.host.executors.shutdown()
    os._exit(0)


class TickProbe:
    """A 10 ms GUI timer; at each tick the time, the GUI thread's CPU time and its run-queue wait.

    The run-queue wait (Linux schedstat: time runnable but not on a CPU) is the machine's other load: a
    late tick minus it is what this process kept the GUI thread from (its interpreter lock held by
    another thread, or the GUI thread's own work). With ~6 engineers on 2 cores both are shown.
    """

    def __init__(self, g: Gui) -> None:
        self.ticks: list[float] = []
        self.cpu: list[float] = []
        self.waited: list[float] = []
        try:
            self._schedstat: int | None = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:
            self._schedstat = None
        self.timer = g.QtCore.QTimer()
        self.timer.setTimerType(g.QtCore.Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        self.timer.start(10)

    def tick(self) -> None:
        self.ticks.append(time.perf_counter())
        self.cpu.append(time.thread_time())
        if self._schedstat is not None:
            self.waited.append(int(os.pread(self._schedstat, 64, 0).split()[1]) / 1e9)

    def summary(self) -> dict[str, Any]:
        t = self.ticks
        late = [(b - a) * 1000 - 10 for a, b in zip(t, t[1:], strict=False)]
        out: dict[str, Any] = {"worst_ms": max(late, default=0.0), "late": sum(1 for x in late if x > 50),
                               "ticks": len(t), **gui_work(self.cpu)}
        if len(self.waited) == len(t):
            wait = [(b - a) * 1000 for a, b in zip(self.waited, self.waited[1:], strict=False)]
            own = [x - w for x, w in zip(late, wait, strict=True)]
            out.update(worst_run_queue_ms=max(wait, default=0.0), worst_less_run_queue_ms=max(own, default=0.0),
                       late_less_run_queue=sum(1 for x in own if x > 50))
        return out


def gui_work(cpu: list[float]) -> dict[str, float]:
    """How much of the worst gap the GUI thread spent working itself (its CPU time between two ticks): a
    gap it did not work through is the interpreter lock held elsewhere or the machine's other load."""
    work = [(b - a) * 1000 for a, b in zip(cpu, cpu[1:], strict=False)]
    return {"worst_gui_cpu_ms": max(work, default=0.0), "gui_cpu_over_50": sum(1 for x in work if x > 50)}


def why_stalls(ticks: list[float]) -> None:
    """With MATRIX_BENCH_WHY=1: a watchdog samples the GUI thread's stack whenever the probe is 40 ms late,
    and garbage collections are timed; both go to stderr (what to fix, not part of the measurement)."""
    if not os.environ.get("MATRIX_BENCH_WHY"):
        return
    import threading
    import traceback
    from collections import Counter

    main = threading.main_thread().ident
    seen: Counter[str] = Counter()
    started: dict[str, float] = {}

    def on_gc(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started["t"] = time.perf_counter()
        elif info["generation"] == 2 or time.perf_counter() - started.get("t", 0) > 0.02:
            took = (time.perf_counter() - started.get("t", 0)) * 1000
            print(f"gc gen{info['generation']} {took:.0f} ms on {threading.current_thread().name}",
                  file=sys.stderr, flush=True)

    gc.callbacks.append(on_gc)

    def watch() -> None:
        while True:
            time.sleep(0.01)
            if ticks and time.perf_counter() - ticks[-1] > 0.05:
                frames = sys._current_frames()
                frame = frames.get(main)
                if frame is not None:
                    stack = "".join(traceback.format_stack(frame)[-6:])
                    seen[stack] += 1
                    if seen[stack] in (1, 10, 100):
                        print(f"stall sample x{seen[stack]}:\n{stack}", file=sys.stderr, flush=True)
                # ... and where the other threads are: one of them may be holding the interpreter lock
                names = {t.ident: t.name for t in threading.enumerate()}
                for ident, other in frames.items():
                    if ident in (main, threading.get_ident()):
                        continue
                    where = "".join(traceback.format_stack(other)[-3:])
                    key = f"{names.get(ident, ident)}\n{where}"
                    seen[key] += 1
                    if seen[key] in (1, 10, 100):
                        print(f"other thread x{seen[key]}: {key}", file=sys.stderr, flush=True)

    threading.Thread(target=watch, daemon=True).start()


def arrive(db: str, n: str, batch: int = 2_000) -> None:
    from matrix_desktop.ui import application
    from matrix_desktop.ui.inbox.review import ReviewView
    from matrix_desktop.ui.inbox.view import InboxView
    from matrix_desktop.ui.qt import QtWidgets

    g = Gui(db)
    services = g.services
    if not services.inbox.manual.answers():
        services.inbox.manual.load_demo_manual()  # suggested replies: the review desk fills up as items arrive
    window = QtWidgets.QSplitter()
    inbox, desk = InboxView(g.ctx), ReviewView(g.ctx)
    window.addWidget(inbox)
    window.addWidget(desk)
    window.resize(1600, 800)
    window.show()
    g.idle()
    probe = TickProbe(g)
    ticks, timer = probe.ticks, probe.timer
    why_stalls(ticks)
    warm_up = getattr(application, "warm_up", None)
    if callable(warm_up):
        warm_up(g.ctx)
    sync_in_background(g, int(n), seed=23, first_id=95_000_000, batch=batch)
    g.idle()
    end = time.perf_counter() + 0.5
    g.wait(lambda: time.perf_counter() > end)
    timer.stop()
    print(json.dumps({**probe.summary(), "desk_rows": desk.queue.model.rowCount(),
                      "inbox_rows": inbox.model.rowCount(), "worker_pid": g.ctx.host.executors.process.pid}))
    g.ctx.host.executors.shutdown()
    os._exit(0)


def insight(db: str, now_iso: str) -> None:
    from datetime import datetime, timedelta

    from matrix_desktop.ui.insight.analytics import AnalyticsView
    from matrix_desktop.ui.insight.today import TodayView

    g = Gui(db)
    now = datetime.fromisoformat(now_iso)
    ins = g.services.insight
    ins.use_clock(lambda: now)
    ins.keywords.ensure_defaults()

    def timed(fn: Any) -> float:
        fn()  # warm: the first read fills SQLite's cache
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - t)
        return statistics.median(runs)

    out: dict[str, Any] = {"today": timed(ins.today.summary), "keywords": timed(ins.keywords.check)}
    for days in (30, 90):
        out[f"analytics_{days}"] = timed(lambda d=days: ins.analytics.report(now - timedelta(days=d), now))
    ticks: list[float] = []
    cpu: list[float] = []
    timer = g.QtCore.QTimer()
    timer.setTimerType(g.QtCore.Qt.TimerType.PreciseTimer)
    timer.timeout.connect(lambda: (ticks.append(time.perf_counter()), cpu.append(time.thread_time())))
    why_stalls(ticks)
    from matrix_desktop.ui import application

    warm_up = getattr(application, "warm_up", None)
    if callable(warm_up):
        warm_up(g.ctx)  # what the app does once its window is up (as the other stall rows do)
    today, charts = TodayView(g.ctx), AnalyticsView(g.ctx)
    for v in (today, charts):
        v.resize(1200, 800)
        v.show()
    g.idle()
    timer.start(10)
    for _ in range(3):
        today.reload()
        charts.reload()
        g.idle()
    timer.stop()
    late = [(b - a) * 1000 - 10 for a, b in zip(ticks, ticks[1:], strict=False)]
    out["worst_ms"] = max(late, default=0.0)
    out.update(gui_work(cpu))
    if late:  # the GUI thread's own work in the worst gap: the rest of that gap it was kept waiting
        k = late.index(max(late))
        out["worst_gap_gui_cpu_ms"] = (cpu[k + 1] - cpu[k]) * 1000
    summary, rep = ins.today.summary(), charts.report
    out["today_gui"] = timed(lambda: today.show_summary(summary))
    steps: list[float] = []
    step_cpu: list[float] = []

    def draw_all() -> None:  # what the view spreads over six turns of the event loop, step by step
        charts._draw_timer.stop()
        t, c = time.perf_counter(), time.thread_time()
        charts.show_report(rep)
        charts._draw_timer.stop()
        steps.append(time.perf_counter() - t)
        step_cpu.append(time.thread_time() - c)
        while charts.pending_draws:
            t, c = time.perf_counter(), time.thread_time()
            charts.draw_next()
            charts._draw_timer.stop()
            steps.append(time.perf_counter() - t)
            step_cpu.append(time.thread_time() - c)

    out["analytics_gui"] = timed(draw_all)
    out["analytics_step"] = max(steps)
    out["analytics_step_cpu"] = max(step_cpu)  # the same step's own work, without the machine's other load
    out["analytics_steps_ms"] = [round(x * 1000, 1) for x in steps[-7:]]
    print(json.dumps(out))
    g.ctx.host.executors.shutdown()
    os._exit(0)


if __name__ == "__main__":
    kind, *rest = sys.argv[1:]
    {"open": open_rows, "stall": stall, "coldstart": coldstart, "insight": insight, "arrive": arrive}[kind](*rest)
