"""First-response deadlines (SLA) of inbox items, counted in business hours where the team says so."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import chinese_calendar

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
    # Mainland public holidays are days off and their make-up working days (调休) are working days, as
    # the State Council publishes them (the `chinese-calendar` package); `workdays` decides the rest.
    mainland_holidays: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"hours": self.hours, "round_the_clock": sorted(self.round_the_clock), "day_start": self.day_start,
                "day_end": self.day_end, "workdays": sorted(self.workdays), "timezone": self.timezone,
                "mainland_holidays": self.mainland_holidays}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> SlaSettings:
        if not data:
            return cls()
        d = cls()
        return cls({str(k): float(v) for k, v in data.get("hours", d.hours).items()},
                   frozenset(data.get("round_the_clock", d.round_the_clock)), int(data.get("day_start", 9)),
                   int(data.get("day_end", 18)), frozenset(int(x) for x in data.get("workdays", d.workdays)),
                   str(data.get("timezone", d.timezone)), bool(data.get("mainland_holidays", True)))

    def due(self, created: datetime, category: str) -> datetime | None:
        """The first-response deadline of an item of `category` that arrived at `created` (None: no SLA)."""
        hours = self.hours.get(category)
        if hours is None:
            return None
        if category in self.round_the_clock:
            return created + timedelta(hours=hours)
        return add_business_hours(created, hours, self)


@functools.lru_cache(maxsize=4096)
def calendar_day(day: date) -> tuple[bool, str] | None:
    """What the mainland calendar says of a day: (working day?, the holiday's name or "") for a public
    holiday or a make-up working day; None for an ordinary day or a year the calendar does not cover yet.
    Remembered per day: the installed calendar does not change while the app runs, and an ingest asks
    for the same few days thousands of times (the package scans its whole table on every call)."""
    try:
        holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:  # a year the State Council has not published yet
        return None
    weekend = day.weekday() >= 5
    if holiday and not weekend and name:
        return (False, str(name))
    if not holiday and weekend:
        return (True, str(name or ""))  # 调休: a weekend day worked to make up for a holiday
    return None


def is_working_day(day: date, s: SlaSettings) -> bool:
    if s.mainland_holidays:
        special = calendar_day(day)
        if special is not None:
            return special[0]
    return day.weekday() in s.workdays


def calendar_covers(year: int) -> bool:
    """Whether the installed mainland calendar has `year`'s holidays (published each November or so)."""
    try:
        chinese_calendar.is_holiday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


def special_days(start: date, days: int) -> list[tuple[date, bool, str]]:
    """The public holidays and make-up working days from `start` on: (day, working?, name)."""
    out = []
    for n in range(days):
        day = start + timedelta(days=n)
        special = calendar_day(day)
        if special is not None:
            out.append((day, special[0], special[1]))
    return out


def add_business_hours(start: datetime, hours: float, s: SlaSettings) -> datetime:
    """`start` plus `hours` of working time (working days as `is_working_day` says, `s.day_start`–
    `s.day_end` local)."""
    tz = ZoneInfo(s.timezone)
    t = start.astimezone(tz)
    left = timedelta(hours=hours)
    for _ in range(400):  # at most a year of days; guards against settings with no working time
        # The day's opening and closing are made only for a working day, and only as needed: an ingest
        # asks this for every question and complaint, and each `replace` is a new aware datetime.
        day_close = t.replace(hour=s.day_end, minute=0, second=0, microsecond=0) \
            if is_working_day(t.date(), s) else None
        if day_close is None or t >= day_close:
            t = (t + timedelta(days=1)).replace(hour=s.day_start, minute=0, second=0, microsecond=0)
            continue
        if t.hour < s.day_start:
            t = t.replace(hour=s.day_start, minute=0, second=0, microsecond=0)
        if t + left <= day_close:
            return (t + left).astimezone(UTC)
        left -= day_close - t
        t = day_close
    raise ValidationError("the business hours leave no working time; check the SLA settings")

