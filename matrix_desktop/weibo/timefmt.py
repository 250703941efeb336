"""Weibo's date format: ``"Tue May 31 17:46:55 +0800 2011"`` (English names, always +0800)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

WEIBO_TIME_FORMAT = "%a %b %d %H:%M:%S %z %Y"
BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def parse_weibo_time(text: str) -> datetime:
    """An aware datetime from a `created_at` value; the zone it carries is kept.

    Raises ValueError for anything else. The day and month names are English whatever the
    machine's locale, so they are read by hand rather than through the locale-dependent `%a`/`%b`.
    """
    parts = text.strip().split()
    if len(parts) != 6 or parts[0] not in _DAYS or parts[1] not in _MONTHS:
        raise ValueError(f"not a Weibo time: {text!r}")
    month = _MONTHS.index(parts[1]) + 1
    stamp = datetime.strptime(f"{parts[5]}-{month:02d}-{parts[2]} {parts[3]} {parts[4]}",
                              "%Y-%m-%d %H:%M:%S %z")
    return stamp


def format_weibo_time(moment: datetime) -> str:
    """`moment` in Beijing time, written as the platform writes it."""
    local = moment.astimezone(BEIJING)
    return (f"{_DAYS[local.weekday()]} {_MONTHS[local.month - 1]} {local.day:02d} "
            f"{local:%H:%M:%S} +0800 {local.year}")
