"""One lane per Weibo account: every call that spends an account's quota or token runs in that account's
lane, so a token check, a sync, a forward and a reply for one account never race (their rate-limit
bookkeeping and token refresh stay in order), while different accounts run side by side.

The lanes live in the services, not in the UI's thread pools, so the window, the command line and the
background worker in one process all keep to them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class AccountLanes:
    """A re-entrant lock per account uid (a lane may be entered again by the thread that holds it)."""

    def __init__(self) -> None:
        self._locks: dict[str, threading.RLock] = {}
        self._guard = threading.Lock()

    def _lock(self, uid: str) -> threading.RLock:
        with self._guard:
            lock = self._locks.get(uid)
            if lock is None:
                lock = self._locks[uid] = threading.RLock()
            return lock

    @contextmanager
    def lane(self, uid: str) -> Iterator[None]:
        """Hold `uid`'s lane for the block."""
        lock = self._lock(uid)
        with lock:
            yield

    def busy(self, uid: str) -> bool:
        """Whether another thread holds `uid`'s lane right now (for tests and status)."""
        lock = self._lock(uid)
        if lock.acquire(blocking=False):
            lock.release()
            return False
        return True
