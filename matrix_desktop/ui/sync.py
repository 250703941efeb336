"""Background sync in the window: at start, every `sync.interval_seconds`, and on F5."""

from __future__ import annotations

from collections.abc import Callable

from matrix_desktop.app.worker_process import WorkerProcessDied, sync_job
from matrix_desktop.core.changes import SYNC_CHANGES
from matrix_desktop.core.errors import MatrixError
from matrix_desktop.services.sync import SyncReport
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.ops import Job, Op, error_text
from matrix_desktop.ui.qt import QtCore, QtWidgets, Signal, alive

#: Every area whose data a sync can change.


class SyncController(QtCore.QObject):
    """Runs sync off the GUI thread on the network queue, one at a time, with progress and Stop.

    The sync and the inbox ingest it ends with run in the app's worker process (see
    app/worker_process.py), so their work never holds the GUI's interpreter lock; the network queue's
    thread only waits for the answer.

    A cancelled sync (Stop, Esc) ends through the op's cancel outcome: the controller is ready again at
    once and the next scheduled sync runs.

    Signals:
        finished(object): the SyncReport of a finished sync.
        failed(str): a sync could not run at all (no keyring, no network); the reason in words.
        stopped(str): a sync was stopped by a person; what happened and when the next one runs, in words.
    """

    finished = Signal(object)
    failed = Signal(str)
    stopped = Signal(str)

    def __init__(self, ctx: UiContext, parent: QtCore.QObject | None = None,
                 job: Callable[..., SyncReport] = sync_job) -> None:
        """`job`: what a sync runs in the worker process, a module-level `fn(services, progress=, cancel=)`
        (the benchmarks hand over prepared comments instead of the network)."""
        super().__init__(parent)
        self.ctx = ctx
        self.job = job
        self.running = False
        self.last: SyncReport | None = None
        self._timer = QtCore.QTimer(self)
        self._timer.timeout.connect(self.sync_now)
        interval = ctx.services.config.settings().sync_interval_seconds
        if interval > 0:
            self._timer.start(interval * 1000)

    def set_interval(self, seconds: int) -> None:
        """Sync every `seconds` from now on (0: only on F5), as the settings say."""
        self._timer.stop()
        if seconds > 0:
            self._timer.start(seconds * 1000)

    def stop_schedule(self) -> None:
        """No more background syncs (the window is being replaced)."""
        self._timer.stop()

    def start_soon(self, ms: int = 800) -> None:
        QtCore.QTimer.singleShot(ms, self.sync_now)

    def sync_now(self) -> None:
        if self.running:
            return
        self.running = True
        services = self.ctx.services
        runner, sync = self.ctx.host.executors.process, self.job

        def work(job: Job) -> SyncReport:
            return runner.run(services, sync, progress=job.progress, cancel=job.cancel)

        def done(report: SyncReport) -> None:
            if not alive(self):  # the window was rebuilt (new language or member) while it synced
                return
            self.running = False
            self.last = report
            self.finished.emit(report)

        def bad(exc: Exception) -> None:
            if not alive(self):
                return
            self.running = False
            if isinstance(exc, WorkerProcessDied):
                self.failed.emit(tr("The sync stopped unexpectedly (its background process ended); what "
                                    "arrived so far is kept, and the next sync starts afresh."))
                return
            self.failed.emit(error_text(exc) if isinstance(exc, MatrixError) else tr("Sync failed: {why}",
                                                                                      why=error_text(exc)))

        def cancelled() -> None:
            if not alive(self):  # a rebuilt window stops the old one's sync: nobody is left to tell
                return
            self.running = False
            self.stopped.emit(self.stopped_text())

        (Op(self.ctx.host, None, work).on_network("sync").with_progress(tr("Syncing with Weibo"))
         .cancellable().on_success(done).on_failure(bad).on_cancelled(cancelled)
         .changes(*SYNC_CHANGES).run())

    def stopped_text(self) -> str:
        """What the status bar says after a Stop: what was kept, and when the next sync runs."""
        if not self._timer.isActive():
            return tr("Sync stopped; what arrived so far is kept. Press F5 to sync again.")
        at = QtCore.QTime.currentTime().addMSecs(self._timer.remainingTime())
        return tr("Sync stopped; what arrived so far is kept. The next sync runs at {time}.",
                  time=at.toString("HH:mm"))


def describe(report: SyncReport) -> str:
    ok, failed = len(report.ok), len(report.failed)
    new = sum(r.new_posts + r.new_interactions for r in report.results)
    text = tr("Synced {ok} accounts, {new} new items", ok=ok, new=new)
    if failed:
        text += tr("; {n} failed (see Accounts)", n=failed)
    # Accounts the platform's hourly call limit holds back: say until when, not only "0 synced".
    deferred = [r.deferred_until for r in report.results if r.deferred_until and not r.error]
    if deferred:
        text += tr("; {n} wait for the platform's call limit until {time}", n=len(deferred),
                   time=min(deferred).astimezone().strftime("%H:%M"))
    return text


class IdentityDialog(QtWidgets.QDialog):
    """Who is working? Chosen at start and remembered; the services check roles, not this dialog."""

    def __init__(self, members: list[tuple[str, str]], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Who is working?"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(QtWidgets.QLabel(tr("Choose yourself. Your roles decide what you may do.")))
        self.list = QtWidgets.QListWidget()
        for name, label in members:
            item = QtWidgets.QListWidgetItem(label)
            item.setData(QtCore.Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.list)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(QtCore.Qt.ItemDataRole.UserRole))
