"""Business hours follow the mainland calendar: public holidays are days off and make-up working days
(调休) are working days; a team can switch that off and count plain weekdays."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from matrix_desktop.core.inbox.sla import SlaSettings, add_business_hours, is_working_day, special_days


def shanghai(y: int, m: int, d: int, h: int) -> datetime:
    return datetime(y, m, d, h - 8, 0, tzinfo=UTC)  # Asia/Shanghai is UTC+8 all year


def test_national_day_is_a_day_off_and_the_clock_waits_for_the_next_working_day() -> None:
    s = SlaSettings()
    assert not is_working_day(date(2026, 10, 1), s)
    # A complaint on the evening before the Golden Week holiday is due two working hours after it ends.
    due = add_business_hours(shanghai(2026, 9, 30, 20), 2, s)
    first_workday = next(d for d in (date(2026, 10, n) for n in range(1, 15)) if is_working_day(d, s))
    assert due == shanghai(first_workday.year, first_workday.month, first_workday.day, 11)


def test_a_make_up_saturday_is_a_working_day() -> None:
    s = SlaSettings()
    saturday = date(2026, 2, 14)  # worked to make up for the Spring Festival
    assert saturday.weekday() == 5 and is_working_day(saturday, s)
    assert add_business_hours(shanghai(2026, 2, 14, 9), 2, s) == shanghai(2026, 2, 14, 11)
    assert not is_working_day(saturday, replace(s, mainland_holidays=False))


def test_the_settings_screen_lists_the_holidays_and_make_up_days_ahead() -> None:
    days = special_days(date(2026, 2, 10), 20)
    assert (date(2026, 2, 14), True, "Spring Festival") in days
    assert any(not working and name == "Spring Festival" for _d, working, name in days)


def test_a_year_the_calendar_does_not_cover_falls_back_to_weekdays() -> None:
    s = SlaSettings()
    assert is_working_day(date(2031, 10, 1), s)  # a Wednesday; the 2031 calendar is not published yet
    assert SlaSettings.from_json(s.to_json()) == s
