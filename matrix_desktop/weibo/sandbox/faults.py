"""Fault injection: `"5xx=0.1,timeout=0.05,malformed=0.05,expired=0.02,ratelimit=0.03"`.

Each API request draws once from a generator seeded by the seed value, so a given seed and request
order always meets the same faults.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from dataclasses import dataclass

from matrix_desktop.core.errors import ConfigError

FAULT_KINDS = ("5xx", "timeout", "malformed", "expired", "ratelimit")


@dataclass(frozen=True)
class Fault:
    """A fault to inject; `after_write` means a write is applied before the fault hides its outcome."""

    kind: str
    after_write: bool


def parse_fault_spec(spec: str | None) -> dict[str, float]:
    """Rates by kind from the `--faults` text; raises ConfigError naming what is wrong."""
    rates: dict[str, float] = {}
    for part in (spec or "").split(","):
        part = part.strip()
        if not part:
            continue
        kind, sep, value = part.partition("=")
        kind = kind.strip().lower()
        if not sep or kind not in FAULT_KINDS:
            raise ConfigError(f"fault {part!r}: expected KIND=RATE with KIND one of {', '.join(FAULT_KINDS)}")
        try:
            rate = float(value)
        except ValueError:
            raise ConfigError(f"fault {part!r}: {value!r} is not a number") from None
        if not 0.0 <= rate <= 1.0:
            raise ConfigError(f"fault {part!r}: the rate must be between 0 and 1")
        rates[kind] = rate
    if sum(rates.values()) > 1.0:
        raise ConfigError("fault rates add up to more than 1")
    return rates


#: Every fault injected in this process, by kind: the long robustness run reports the tally.
INJECTED: Counter[str] = Counter()


class FaultPlan:
    """Draws the fault (or none) for each request, deterministically for a seed value."""

    def __init__(self, spec: str | None, seed_value: int) -> None:
        self.rates = parse_fault_spec(spec)
        self._rng = random.Random(f"faults:{seed_value}")
        self._lock = threading.Lock()

    @property
    def active(self) -> bool:
        return any(self.rates.values())

    def draw(self) -> Fault | None:
        if not self.active:
            return None
        with self._lock:
            r = self._rng.random()
            after = self._rng.random() < 0.5
        edge = 0.0
        for kind in FAULT_KINDS:
            edge += self.rates.get(kind, 0.0)
            if r < edge:
                with self._lock:
                    INJECTED[kind] += 1
                return Fault(kind, after)
        return None
