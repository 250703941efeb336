"""Heavy background work (a sync and the inbox ingest it runs) in a worker process of its own.

A thread of the GUI's interpreter shares its lock: SQLite's executemany, the triage's regexes and numpy,
jieba and the garbage collector held it for up to 170 ms at a time, and the window froze that long. A
child process has an interpreter of its own, so the GUI thread only ever waits for its own work.

    runner = WorkerProcess()
    report = runner.run(services, sync_job, progress=job.progress, cancel=job.cancel)

The child is started lazily (the first job, after the window's first paint) with the 'spawn' start
method, which is safe beside Qt's threads, and lives until `shutdown()`. It builds services of its own on
the same database URL (team mode: the same member's login), the same settings file and keyring, and acts
as the same member. Jobs are module-level functions `fn(services, *args, progress=, cancel=)`, sent by
reference with plain-data arguments; progress and the result (plain data) come back over a pipe. The
thread that calls `run` only blocks on that pipe, which releases the interpreter lock.

A cancel sets an event the child's cancel token reads, so a Stop ends the job the way it ends in a
thread (`Cancelled`). A child that dies (killed, crashed) fails the job with `WorkerProcessDied`; the next
job starts a fresh child. The database stays consistent on its own: every write is one transaction. If
no child can be started at all, jobs run in the calling thread, as before, and the log says why.
"""

from __future__ import annotations

import logging
import pickle
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from matrix_desktop.core.errors import Cancelled, MatrixError
from matrix_desktop.core.identity import Actor
from matrix_desktop.core.progress import NEVER_CANCELLED, CancelToken, Progress, ProgressSink, no_progress

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import SpawnProcess
    from multiprocessing.synchronize import Event

    from matrix_desktop.app.bootstrap import AppServices
    from matrix_desktop.core.sync import SyncReport

T = TypeVar("T")
log = logging.getLogger(__name__)

#: Progress goes back at most this often (the GUI shows it every ~100 ms anyway).
PROGRESS_EVERY = 0.1
#: How long a child may take to stop when asked, before it is terminated.
STOP_TIMEOUT = 5.0


class WorkerProcessDied(MatrixError):
    """The background worker process ended in the middle of a job (killed or crashed)."""

    def __init__(self, exitcode: int | None) -> None:
        self.exitcode = exitcode
        super().__init__(f"the background worker process stopped unexpectedly (exit code {exitcode}); "
                         "what it had saved is kept, and the next run starts a new one")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.exitcode,))


class WorkerJobFailed(Exception):
    """A job failed in the worker with an error that cannot travel back as itself (not picklable)."""


@dataclass(frozen=True)
class WorkerSpec:
    """What the child needs to build services like the GUI's: plain data only."""

    db_url: str
    config_path: str
    actor: Actor
    master_password: str | None = None

    @classmethod
    def of(cls, services: AppServices) -> WorkerSpec:
        password = services.master_password() if services.master_password is not None else None
        return cls(services.db_url, str(services.config.path), services.actor, password)


def sync_job(services: AppServices, progress: ProgressSink = no_progress,
             cancel: CancelToken = NEVER_CANCELLED) -> SyncReport:
    """The app's background sync: every connected account, then the after-sync hooks (inbox ingest)."""
    return services.sync.sync(progress=progress, cancel=cancel)


def warm_job(services: AppServices, progress: ProgressSink = no_progress,
             cancel: CancelToken = NEVER_CANCELLED) -> None:
    """Ready the child for the first sync once the window is up: its services, and the Chinese segmenter
    the inbox ingest needs (seconds of work that would otherwise open the first sync)."""
    from matrix_desktop.core.inbox.text import warm_segmenter

    warm_segmenter()


class _EventToken(CancelToken):
    """A cancel token the parent process sets (through a multiprocessing event)."""

    def __init__(self, event: Event) -> None:
        super().__init__()
        self._event = event  # type: ignore[assignment]  # the same set/is_set/wait, across processes


class WorkerProcess:
    """One long-lived child process that runs jobs one at a time; see the module's docstring."""

    def __init__(self, processes: bool = True) -> None:
        """`processes=False`: every job runs in the calling thread (what a test of the UI's decisions,
        with a fake service in this process, needs)."""
        self._lock = threading.Lock()  # one job at a time; callers on other threads wait their turn
        self._process: SpawnProcess | None = None
        self._conn: Connection | None = None
        self._cancel: Event | None = None
        self._unavailable: str | None = None if processes else "turned off"
        self._closed = False

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs (None before the first job)."""
        p = self._process
        return p.pid if p is not None and p.is_alive() else None

    def run(self, services: AppServices, fn: Callable[..., T], *args: Any, progress: ProgressSink = no_progress,
            cancel: CancelToken = NEVER_CANCELLED) -> T:
        """Run `fn(child_services, *args, progress=, cancel=)` in the child and return its result."""
        with self._lock:
            if self._closed:
                raise Cancelled("the app is closing")
            if not self._ensure_started():
                return fn(services, *args, progress=progress, cancel=cancel)
            assert self._conn is not None and self._cancel is not None and self._process is not None
            self._cancel.clear()
            try:
                self._conn.send((WorkerSpec.of(services), fn, args))
            except (OSError, ValueError):
                self._forget()
                raise WorkerProcessDied(None) from None
            result: T = self._wait(progress, cancel)
            return result

    def _wait(self, progress: ProgressSink, cancel: CancelToken) -> Any:
        conn, event, process = self._conn, self._cancel, self._process
        assert conn is not None and event is not None and process is not None
        while True:
            if cancel.cancelled and not event.is_set():
                event.set()
            try:
                if not conn.poll(0.05):  # blocks in select(): the interpreter lock is free meanwhile
                    if not process.is_alive():
                        raise EOFError
                    continue
                message = conn.recv()
            except (EOFError, OSError):
                process.join(1.0)
                code = process.exitcode
                self._forget()
                log.warning("the background worker process died (exit code %s)", code)
                raise WorkerProcessDied(code) from None
            kind = message[0]
            if kind == "progress":
                progress(message[1])
            elif kind == "ok":
                return message[1]
            elif kind == "cancelled":
                raise Cancelled(message[1])
            else:
                raise message[1]

    def _ensure_started(self) -> bool:
        if self._process is not None and self._process.is_alive():
            return True
        self._forget()
        if self._unavailable is not None:
            return False
        import multiprocessing

        try:
            ctx = multiprocessing.get_context("spawn")
            parent, child = ctx.Pipe(duplex=True)
            event = ctx.Event()
            process = ctx.Process(target=child_main, args=(child, event), name="matrix-worker", daemon=True)
            process.start()
            child.close()  # only the child holds its end: when it dies, our end reads EOF
        except Exception as exc:  # no processes here (a sandboxed runtime, no /dev/shm): work in threads
            self._unavailable = f"{type(exc).__name__}: {exc}"
            log.warning("no background worker process (%s): sync and ingest run in a thread of the window",
                        self._unavailable)
            return False
        self._process, self._conn, self._cancel = process, parent, event
        log.info("background worker process %s started", process.pid)
        return True

    def _forget(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._process is not None and not self._process.is_alive():
            self._process.close()
        self._process = self._conn = self._cancel = None

    def shutdown(self) -> None:
        """Stop the child: a job in flight is cancelled first (what it committed is kept); one that does
        not stop within STOP_TIMEOUT is ended with the process (its transaction rolls back)."""
        self._closed = True
        if self._cancel is not None:
            self._cancel.set()
        got = self._lock.acquire(timeout=STOP_TIMEOUT)
        try:
            process, conn = self._process, self._conn
            if process is None or conn is None:
                return
            if got:
                try:
                    conn.send(None)
                except (OSError, ValueError):
                    pass
                process.join(STOP_TIMEOUT)
            if process.is_alive():
                process.terminate()
                process.join(STOP_TIMEOUT)
            if got:
                self._forget()  # else the job's thread reads the end of the pipe and forgets it itself
        finally:
            if got:
                self._lock.release()


# -- the child -----------------------------------------------------------------------------------------
def child_main(conn: Connection, event: Event) -> None:
    """The worker process: build services on demand, run jobs until told to stop (None) or orphaned."""
    import gc

    logging.basicConfig(level=logging.WARNING, format="matrix-worker: %(levelname)s %(name)s: %(message)s")
    cached: dict[tuple[Any, ...], AppServices] = {}
    token = _EventToken(event)
    try:
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                return  # the app went away
            if message is None:
                return
            spec, fn, args = message
            progress = _ProgressSender(conn)
            try:
                services = _services_for(spec, cached)
                result = fn(services, *args, progress=progress, cancel=token)
            except Cancelled as exc:
                conn.send(("cancelled", str(exc)))
            except Exception as exc:
                if not isinstance(exc, MatrixError):
                    log.exception("background job %s failed", getattr(fn, "__name__", fn))
                conn.send(("error", _portable(exc)))
            else:
                try:
                    conn.send(("ok", result))
                except (pickle.PicklingError, TypeError, AttributeError) as exc:  # a job's mistake, not a crash
                    conn.send(("error", WorkerJobFailed(f"the result could not be sent back: {exc}")))
            gc.collect()  # between jobs, where a full collection stalls nobody
    finally:
        for s in cached.values():
            s.close()
        conn.close()


class _ProgressSender:
    """The child's progress sink: sends the latest progress back, at most every PROGRESS_EVERY."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._last = 0.0

    def __call__(self, p: Progress) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY or (p.total and p.done >= p.total):
            self._last = now
            self._conn.send(("progress", p))


def _services_for(spec: WorkerSpec, cached: dict[tuple[Any, ...], AppServices]) -> AppServices:
    """The child's services for `spec`, built once per database URL and settings file (a changed file, or
    another member's team login, builds them again)."""
    from matrix_desktop.app.bootstrap import bootstrap
    from matrix_desktop.app.config import Config

    path = Path(spec.config_path)
    try:
        stat = path.stat()
        version: tuple[int, int] = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        version = (0, 0)
    key = (spec.db_url, spec.config_path, version)
    services = cached.get(key)
    if services is None:
        for old in list(cached):  # one set at a time: another member's login or a changed file replaces it
            cached.pop(old).close()
        services = bootstrap(spec.db_url, config=Config(path), migrate=False)
        cached[key] = services
    services.actor = spec.actor
    if spec.master_password is not None:
        password = spec.master_password
        services.master_password = lambda: password
    return services


def _portable(exc: Exception) -> Exception:
    """`exc` itself when it survives pickling, else its type and words in a WorkerJobFailed."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return WorkerJobFailed(f"{type(exc).__name__}: {exc}")
    return exc


__all__ = ["WorkerJobFailed", "WorkerProcess", "WorkerProcessDied", "WorkerSpec", "child_main", "sync_job", "warm_job"]
