"""The working-day calendar on the Desk: read it, and let the agency enter a year the package does
not know (the State Council publishes each year's holidays in the autumn before)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select

from desktop.errors import CaseDeskError
from desktop.models import CalendarDay, CalendarYear
from desktop.workflow.permissions import Action
from desktop.workflow.workdays import WorkCalendar
from desktop.workspace.core import Core


class CalendarService:
    """The working-day calendar. Needs: the core."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def work_calendar(self) -> WorkCalendar:
        with self.core.session() as s:
            days = list(s.scalars(select(CalendarDay)))
            years = frozenset(s.scalars(select(CalendarYear.year)))
        return WorkCalendar(
            holidays=frozenset(d.day for d in days if d.kind == "holiday"),
            workdays=frozenset(d.day for d in days if d.kind == "workday"),
            known_years=years,
        )

    def set_calendar_year(
        self, year: int, holidays: list[dt.date], workdays: list[dt.date], source: str = "agency"
    ) -> None:
        """Replace one year's holidays and adjusted working days (refused whole if a day is outside
        the year or listed as both)."""
        self.core.require(Action.MANAGE_AGENCY)
        if any(d.year != year for d in [*holidays, *workdays]) or set(holidays) & set(workdays):
            raise CaseDeskError("C001", what=f"days of {year}, each either a holiday or a working day")
        with self.core.session() as s:
            s.execute(delete(CalendarDay).where(CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))))
            s.add_all([CalendarDay(day=d, kind="holiday", name=None) for d in sorted(set(holidays))])
            s.add_all([CalendarDay(day=d, kind="workday", name=None) for d in sorted(set(workdays))])
            row = s.get(CalendarYear, year)
            if row is None:
                s.add(CalendarYear(year=year, source=source))
            else:
                row.source = source
