"""Working days across the Chinese public holidays."""

from __future__ import annotations

import datetime as dt

from desktop.workflow.workdays import WorkCalendar, package_days, package_years


def calendar_2026() -> WorkCalendar:
    days = package_days([2026])
    return WorkCalendar(
        holidays=frozenset(d for d, kind, _ in days if kind == "holiday"),
        workdays=frozenset(d for d, kind, _ in days if kind == "workday"),
        known_years=frozenset({2026}),
    )


def test_three_working_days_across_national_day():
    # A transfer on Wednesday 30 September 2026: 1–7 October are the National Day holiday and
    # Saturday 10 October is worked instead (调休).
    due, unknown = calendar_2026().add_working_days(dt.date(2026, 9, 30), 3)
    assert due == dt.date(2026, 10, 10)  # Thu 8, Fri 9, and the worked Saturday 10 October
    assert calendar_2026().is_working_day(dt.date(2026, 10, 10))  # the adjusted Saturday
    assert not calendar_2026().is_working_day(dt.date(2026, 10, 5))
    assert unknown == []


def test_a_year_the_data_does_not_know_falls_back_to_weekdays_and_says_so():
    due, unknown = calendar_2026().add_working_days(dt.date(2026, 12, 30), 3)
    assert due == dt.date(2027, 1, 4)  # Thu 31 Dec, Fri 1 Jan (a holiday in fact, not known), Mon 4 Jan
    assert unknown == [2027]
    assert max(package_years()) >= 2026
