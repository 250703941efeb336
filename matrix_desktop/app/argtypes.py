"""Argument types for the command line: every number and time a person types is checked here, so a
mistyped or hostile value is one clear line (argparse's error), never a traceback from deep inside."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

#: The largest id a database row can have (SQLite and PostgreSQL BIGINT alike).
MAX_ID = 2 ** 63 - 1
TZ = ZoneInfo("Asia/Shanghai")


def record_id(text: str) -> int:
    """A row's number (a plan, an entry, a flag, a draft…): 1 to 2^63 − 1."""
    return bounded_int(1, MAX_ID, "a record number")(text)


def bounded_int(lo: int, hi: int, what: str = "a whole number") -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            n = int(text.strip().replace("_", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {what}") from None
        if not lo <= n <= hi:
            raise argparse.ArgumentTypeError(f"{text} is out of range for {what} ({lo} to {hi})")
        return n
    parse.__name__ = what
    return parse


def bounded_float(lo: float, hi: float, what: str = "a number") -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            x = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {what}") from None
        if not math.isfinite(x) or not lo <= x <= hi:
            raise argparse.ArgumentTypeError(f"{text} is out of range for {what} ({lo:g} to {hi:g})")
        return x
    parse.__name__ = what
    return parse


def plan_time(text: str) -> datetime:
    """A time to plan for: ISO 8601 (no offset means Beijing time) or "now"; from a few minutes ago up to a
    year ahead, since a plan in the past or centuries away is a typo, not an intention."""
    now = datetime.now(TZ)
    if text.strip().lower() == "now":
        return now
    try:
        t = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO time (e.g. 2026-11-23T20:00:00+08:00) "
                                         "or 'now'") from None
    t = t if t.tzinfo is not None else t.replace(tzinfo=TZ)
    if t < now - timedelta(minutes=5):
        raise argparse.ArgumentTypeError(f"{text} is in the past; plan from now on ('now' or a later time)")
    if t > now + timedelta(days=366):
        raise argparse.ArgumentTypeError(f"{text} is more than a year ahead")
    return t
