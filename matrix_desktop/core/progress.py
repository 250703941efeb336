"""Progress reporting and cooperative cancellation for long work, shared by every service."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from matrix_desktop.core.errors import Cancelled


@dataclass(frozen=True)
class Progress:
    """How far a piece of work is: `done` of `total` (total 0 when unknown), with a label."""

    done: int
    total: int
    label: str = ""

    @property
    def fraction(self) -> float | None:
        return None if self.total <= 0 else min(1.0, self.done / self.total)


ProgressSink = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """A sink that ignores progress, for callers that do not show it."""


class CancelToken:
    """Set by the user (a Stop button, Ctrl+C); checked by services between pages and requests."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("stopped by the user")

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; return True early if cancelled meanwhile."""
        return self._event.wait(seconds)


NEVER_CANCELLED = CancelToken()
