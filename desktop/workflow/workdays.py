"""Working days on the Chinese calendar: weekends off, public holidays off, and the adjusted weekend
working days (调休) on. The days come from the agency's calendar data; for a year the data does not
cover, plain Monday–Friday is used and the answer says so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[dt.date] = frozenset()  # days off that would be working days
    workdays: frozenset[dt.date] = frozenset()  # weekend days worked instead (调休)
    known_years: frozenset[int] = field(default_factory=frozenset)

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def add_working_days(self, start: dt.date, days: int) -> tuple[dt.date, list[int]]:
        """The date ``days`` working days after ``start`` (the start day itself not counted), and
        the years crossed that the calendar data does not cover (Monday–Friday assumed there)."""
        day, left, unknown = start, days, set()
        while left > 0:
            day += dt.timedelta(days=1)
            if day.year not in self.known_years:
                unknown.add(day.year)
            if self.is_working_day(day):
                left -= 1
        return day, sorted(unknown)


def package_days(years: Iterable[int]) -> list[tuple[dt.date, str, str]]:
    """Holidays and adjusted working days from the chinese-calendar package for the years it knows:
    (day, "holiday" | "workday", name)."""
    import chinese_calendar

    wanted = set(years)
    out = [(d, "holiday", str(name)) for d, name in chinese_calendar.holidays.items() if d.year in wanted]
    out += [(d, "workday", str(name)) for d, name in chinese_calendar.workdays.items() if d.year in wanted]
    return sorted(out)


def package_years() -> frozenset[int]:
    """The years whose holidays the package knows (a year needs both holidays listed to count)."""
    import chinese_calendar

    return frozenset(d.year for d in chinese_calendar.holidays)
