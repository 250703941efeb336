"""First-response deadlines (SLA) of inbox items, counted in business hours where the team says so."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from matrix_desktop.core.errors import ValidationError


@dataclass(frozen=True)
class SlaSettings:
    """First-response deadlines: hours per category, counted in business hours unless listed as 24/7."""

    hours: dict[str, float] = field(default_factory=lambda: {"complaint": 2.0, "question": 8.0, "crisis": 0.5})
    round_the_clock: frozenset[str] = frozenset({"crisis"})
    day_start: int = 9
    day_end: int = 18
    workdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
    timezone: str = "Asia/Shanghai"

    def to_json(self) -> dict[str, Any]:
        return {"hours": self.hours, "round_the_clock": sorted(self.round_the_clock), "day_start": self.day_start,
                "day_end": self.day_end, "workdays": sorted(self.workdays), "timezone": self.timezone}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> SlaSettings:
        if not data:
            return cls()
        d = cls()
        return cls({str(k): float(v) for k, v in data.get("hours", d.hours).items()},
                   frozenset(data.get("round_the_clock", d.round_the_clock)), int(data.get("day_start", 9)),
                   int(data.get("day_end", 18)), frozenset(int(x) for x in data.get("workdays", d.workdays)),
                   str(data.get("timezone", d.timezone)))

    def due(self, created: datetime, category: str) -> datetime | None:
        """The first-response deadline of an item of `category` that arrived at `created` (None: no SLA)."""
        hours = self.hours.get(category)
        if hours is None:
            return None
        if category in self.round_the_clock:
            return created + timedelta(hours=hours)
        return add_business_hours(created, hours, self)


def add_business_hours(start: datetime, hours: float, s: SlaSettings) -> datetime:
    """`start` plus `hours` of working time (weekdays `s.workdays`, `s.day_start`–`s.day_end` local)."""
    tz = ZoneInfo(s.timezone)
    t = start.astimezone(tz)
    left = timedelta(hours=hours)
    for _ in range(400):  # at most a year of days; guards against settings with no working time
        day_open = t.replace(hour=s.day_start, minute=0, second=0, microsecond=0)
        day_close = t.replace(hour=s.day_end, minute=0, second=0, microsecond=0)
        if t.weekday() not in s.workdays or t >= day_close:
            t = (t + timedelta(days=1)).replace(hour=s.day_start, minute=0, second=0, microsecond=0)
            continue
        if t < day_open:
            t = day_open
        if t + left <= day_close:
            return (t + left).astimezone(UTC)
        left -= day_close - t
        t = day_close
    raise ValidationError("the business hours leave no working time; check the SLA settings")

