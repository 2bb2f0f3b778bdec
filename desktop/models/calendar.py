"""The agency's working-day calendar: public holidays and adjusted working weekends per year,
seeded from the chinese-calendar package and editable for the years it does not know."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class CalendarDay(Base):
    __tablename__ = "calendar_day"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # holiday / workday
    name: Mapped[str | None] = mapped_column(String(100))


class CalendarYear(Base):
    """A year whose holidays are in the table (from the package, the hub, or typed by the agency)."""

    __tablename__ = "calendar_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(20))  # package / agency / hub
