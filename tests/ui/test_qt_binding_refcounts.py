"""Guard against a Qt binding that leaks references to Python's singletons.

PySide6 6.12.0 dropped one reference to ``True`` on every ``Signal.emit()`` and one to ``None`` on every
``processEvents()`` / ``QEventLoop.exec()``. On Python 3.11 those objects are not immortal, so after
about 10,000 emits the count reaches zero and the interpreter aborts with "Fatal Python error:
bool_dealloc: deallocating True or False" - in the window, after ~20 minutes of background work. Any
future release with the same bug must fail here, not on a user's desk.

The counts are checked after every chunk, so a leaking binding fails the test long before the
interpreter would abort (the counts start near 10,000; a chunk is 1,000).
"""

from __future__ import annotations

import gc
import sys

from matrix_desktop.ui.qt import QtCore, Signal

EMITS = 100_000
LOOP_PASSES = 10_000
CHUNK = 1_000
# Other code (the garbage collector, caches) may move the counts a little; a leak moves them by
# one per call, i.e. by CHUNK per chunk.
TOLERANCE = 200


class _Emitter(QtCore.QObject):
    """Emits a signal that carries Python values, as the app's ops do.

    Signals:
        fired(object): emitted by ``fire`` with the value given.
    """

    fired = Signal(object)


def _counts() -> tuple[int, int]:
    return sys.getrefcount(True), sys.getrefcount(None)


def _settle(qapp) -> None:  # type: ignore[no-untyped-def]
    """Free what earlier tests left behind first (widgets closed but not yet deleted, cycles not yet
    collected): freeing them drops the counts too, and a full UI module can drop them by more than the
    tolerance inside the first chunk."""
    qapp.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    gc.collect()


def _assert_steady(start: tuple[int, int], done: int, what: str) -> None:
    now = _counts()
    assert abs(now[0] - start[0]) < TOLERANCE, (
        f"refcount of True moved from {start[0]} to {now[0]} after {done} {what}: "
        "the Qt binding leaks (pin a release without the bug in pyproject.toml)"
    )
    assert abs(now[1] - start[1]) < TOLERANCE, (
        f"refcount of None moved from {start[1]} to {now[1]} after {done} {what}: "
        "the Qt binding leaks (pin a release without the bug in pyproject.toml)"
    )


def test_signal_emits_keep_true_and_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    received = [0]

    def on_fired(value: object) -> None:
        received[0] += 1

    emitter.fired.connect(on_fired)
    _settle(qapp)
    start = _counts()
    for done in range(CHUNK, EMITS + 1, CHUNK):
        for _ in range(CHUNK):
            emitter.fired.emit(None)
        _assert_steady(start, done, "signal emits")
    assert received[0] == EMITS


def test_event_loop_passes_keep_true_and_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    loop = QtCore.QEventLoop()
    _settle(qapp)
    start = _counts()
    for done in range(CHUNK, LOOP_PASSES + 1, CHUNK):
        for i in range(CHUNK):
            if i % 2:
                QtCore.QTimer.singleShot(0, loop.quit)
                loop.exec()
            else:
                qapp.processEvents()
        _assert_steady(start, done, "event-loop passes")
