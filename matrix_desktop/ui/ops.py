"""Ops: how a UI action runs a service off the GUI thread (in the spirit of Anki's CollectionOp).

    Op(ctx, parent, fn).with_progress(label).cancellable().on_success(cb).changes(Change.ACCOUNTS).run()

`fn(job)` runs on a worker: database writes on one serial writer, reads on a small pool, network calls
on a serial queue per key (an account), so token refresh and rate limits never race. It reports
progress through `job.progress` and checks `job.cancel`. Results come back to the GUI thread through a
queued signal; a ~100 ms timer shows the latest progress. Workers never touch widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from matrix_desktop.app.worker_process import WorkerProcess
from matrix_desktop.core.changes import Change
from matrix_desktop.core.errors import Cancelled, EditConflict, MatrixError, ReadOnlyDatabase
from matrix_desktop.core.progress import CancelToken, Progress
from matrix_desktop.ui.conflicts import conflict_text
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.qt import QtCore, QtWidgets, Signal, alive

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass
class Job:
    """What a worker function receives: where to report progress and the token to check."""

    cancel: CancelToken = field(default_factory=CancelToken)
    latest: Progress | None = None

    def progress(self, p: Progress) -> None:
        self.latest = p  # a reference swap is atomic; the GUI timer reads it


@dataclass
class Task:
    label: str
    job: Job
    cancellable: bool
    shows_progress: bool


class Executors:
    """The app's workers: one serial writer, a small reader pool, one serial queue per network key, and
    the worker process heavy jobs (the sync and its inbox ingest) run in, started on first use."""

    def __init__(self) -> None:
        self.process = WorkerProcess()
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="db-writer")
        self.reader = ThreadPoolExecutor(2, thread_name_prefix="db-reader")
        self._network: dict[str, ThreadPoolExecutor] = {}
        self._lock = threading.Lock()

    def network(self, key: str) -> ThreadPoolExecutor:
        with self._lock:
            if key not in self._network:
                self._network[key] = ThreadPoolExecutor(1, thread_name_prefix=f"net-{key}")
            return self._network[key]

    def shutdown(self) -> None:
        self.process.shutdown()  # first: a thread waiting on the process's answer is then let go
        for ex in [self.writer, self.reader, *self._network.values()]:
            ex.shutdown(wait=True, cancel_futures=True)


class TaskTracker(QtCore.QObject):
    """Knows the running ops, polls their progress, and broadcasts what changed.

    Signals:
        progressed(): a task started, finished or reported progress (at most every ~100 ms).
        did_execute(object): the frozenset of `Change`s an op made; each view refreshes if it shows one.
        idle(): the last running op finished.
    """

    progressed = Signal()
    did_execute = Signal(object)
    idle = Signal()

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks: list[Task] = []
        self._bridges: set[_Bridge] = set()
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self.progressed.emit)

    def add(self, task: Task) -> None:
        self.tasks.append(task)
        if not self._timer.isActive():
            self._timer.start()
        self.progressed.emit()

    def remove(self, task: Task) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        self.progressed.emit()
        if not self.tasks:
            self._timer.stop()
            self.idle.emit()

    def cancel_all(self) -> None:
        for t in self.tasks:
            if t.cancellable:
                t.job.cancel.cancel()

    @property
    def busy(self) -> bool:
        return bool(self.tasks)


class _Bridge(QtCore.QObject):
    """Lives on the GUI thread; workers emit on it, so the slots run on the GUI thread (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class OpHost:
    """The tracker and executors ops run on; one per main window, passed down through constructors."""

    def __init__(self, tracker: TaskTracker, executors: Executors) -> None:
        self.tracker = tracker
        self.executors = executors


class Op(Generic[T]):
    """One UI action run off the GUI thread. Build it, then `run()`."""

    def __init__(self, host: OpHost, parent: QtWidgets.QWidget | None, fn: Callable[[Job], T]) -> None:
        self._host = host
        self._parent = parent
        self._fn = fn
        self._label = ""
        self._progress = False
        self._cancellable = False
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[Exception], None] | None = None
        self._cancelled: Callable[[], None] | None = None
        self._changes: frozenset[Change] = frozenset()
        self._queue = "read"
        self._network_key = ""

    def with_progress(self, label: str) -> Op[T]:
        self._label = label
        self._progress = True
        return self

    def cancellable(self) -> Op[T]:
        self._cancellable = True
        return self

    def writes(self) -> Op[T]:
        """Run on the single database writer."""
        self._queue = "write"
        return self

    def on_network(self, key: str) -> Op[T]:
        """Run on the serial queue for `key` (an account uid), so calls for one account never race."""
        self._queue = "network"
        self._network_key = key
        return self

    def on_success(self, cb: Callable[[T], None]) -> Op[T]:
        self._success = cb
        return self

    def on_failure(self, cb: Callable[[Exception], None]) -> Op[T]:
        self._failure = cb
        return self

    def on_cancelled(self, cb: Callable[[], None]) -> Op[T]:
        """Called on the GUI thread when the work stopped at a cancel (`Cancelled`): a normal outcome,
        neither success nor failure, so the caller can say so and get ready to run again."""
        self._cancelled = cb
        return self

    def changes(self, *areas: Change) -> Op[T]:
        """What the op changes when it succeeds: the views showing it refresh."""
        self._changes = frozenset(areas)
        return self

    def run(self) -> Job:
        job = Job()
        task = Task(self._label, job, self._cancellable, self._progress)
        bridge = _Bridge()
        tracker = self._host.tracker
        tracker._bridges.add(bridge)

        def done() -> None:
            tracker._bridges.discard(bridge)
            tracker.remove(task)
            bridge.deleteLater()

        def gone() -> bool:
            """The widget the op reports to was deleted while it ran (a window rebuilt for a new
            language or member): its callbacks would touch a dead object, so the result is dropped."""
            owners = (self._parent, getattr(self._success, "__self__", None), getattr(self._failure, "__self__", None))
            return not all(alive(o) for o in owners if o is not None)

        def ok(result: Any) -> None:
            try:
                if gone():
                    return
                if self._success is not None:
                    self._success(result)
                if self._changes:
                    tracker.did_execute.emit(self._changes)
            finally:
                done()

        def bad(exc: Any) -> None:
            try:
                if gone():
                    return
                if self._failure is not None:
                    self._failure(exc)
                else:
                    show_error(self._parent, exc)
            finally:
                done()

        bridge.succeeded.connect(ok, QtCore.Qt.ConnectionType.QueuedConnection)
        bridge.failed.connect(bad, QtCore.Qt.ConnectionType.QueuedConnection)
        def stopped() -> None:
            try:
                if self._cancelled is not None:
                    self._cancelled()
            finally:
                done()

        bridge.cancelled.connect(stopped, QtCore.Qt.ConnectionType.QueuedConnection)
        tracker.add(task)
        fn = self._fn

        def work() -> None:
            try:
                result = fn(job)
            except Cancelled:
                bridge.cancelled.emit()
            except Exception as exc:  # every failure goes back to the GUI thread as a message
                if not isinstance(exc, MatrixError):
                    log.exception("op %r failed", self._label or fn)
                bridge.failed.emit(exc)
            else:
                bridge.succeeded.emit(result)

        ex = self._host.executors
        executor = {"write": ex.writer, "read": ex.reader}.get(self._queue) or ex.network(self._network_key)
        try:
            executor.submit(work)
        except RuntimeError:
            # The window is closing and its workers are stopped: a late timer's op is dropped, not an error.
            log.debug("op %r dropped: the workers are shut down", self._label or fn)
            done()
        return job


def error_text(exc: BaseException) -> str:
    """What to tell a person about a failure: our errors speak for themselves, others are summarised."""
    if isinstance(exc, EditConflict):
        return conflict_text(exc)
    if isinstance(exc, ReadOnlyDatabase):
        return tr("The database is read-only (a read-only file or drive): this change was not saved.")
    from matrix_desktop.ui.messages import explain_error

    return explain_error(exc)


def show_error(parent: QtWidgets.QWidget | None, exc: BaseException, title: str | None = None) -> None:
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
    box.setWindowTitle(title or (tr("Changed on another desktop") if isinstance(exc, EditConflict)
                                 else tr("Could not finish")))
    problems: Iterable[str] = getattr(exc, "problems", []) or []
    from matrix_desktop.ui.messages import explain_text

    problems = [explain_text(str(p)) for p in problems]
    if len(problems) > 1:
        box.setText(tr("{n} problems were found; nothing was changed.", n=len(problems)))
        box.setDetailedText("\n".join(problems))
        box.setInformativeText("\n".join(problems[:8]) + ("\n…" if len(problems) > 8 else ""))
    else:
        box.setText(error_text(exc))
    box.open()
