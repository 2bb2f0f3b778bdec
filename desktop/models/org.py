"""The agency side: agency, stations, projects, accounts and workspace settings."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Identified


class Agency(Identified, Base):
    __tablename__ = "agency"

    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(50))
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(50))

    stations: Mapped[list[Station]] = relationship(back_populates="agency")


class Station(Identified, Base):
    """A township (镇街) service station."""

    __tablename__ = "station"

    agency_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("agency.id"))
    name: Mapped[str] = mapped_column(String(200))
    township: Mapped[str | None] = mapped_column(String(100))
    code: Mapped[str | None] = mapped_column(String(20))  # e.g. "DC" in a paper archive code
    # Closed, never deleted: its name stays in the history; no new account or client is placed there.
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    agency: Mapped[Agency] = relationship(back_populates="stations")


class Project(Identified, Base):
    """A government-purchased service project (服务项目): every service record belongs to one."""

    __tablename__ = "project"

    agency_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("agency.id"))
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(50))
    funder: Mapped[str | None] = mapped_column(String(200))  # 购买方
    contract_start: Mapped[dt.date] = mapped_column(Date)
    contract_end: Mapped[dt.date] = mapped_column(Date)
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    archive_category: Mapped[str | None] = mapped_column(String(8))  # e.g. EDU when a sector funds it
    targets: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # indicator -> target
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The stations it covers (none: the whole agency) and the workers on it (none: any worker at a station it
    # covers), as ids in 32 hex digits: JSON lists, so a project travels in a bundle as one row, as its
    # domains do, and SQL reads them with json_each as it reads the domains.
    stations: Mapped[list[str]] = mapped_column(JSON, default=list)
    workers: Mapped[list[str]] = mapped_column(JSON, default=list)


class Account(Identified, Base):
    """A person who signs in. Password hashes live in the keystore, outside the database, because
    unlocking comes before opening the store."""

    __tablename__ = "account"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    station_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("station.id"))
    supervisor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("account.id"))
    phone: Mapped[str | None] = mapped_column(String(50))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    language: Mapped[str] = mapped_column(String(8), default="zh")
    note: Mapped[str | None] = mapped_column(Text)

    def has_role(self, role: str) -> bool:
        return role in (self.roles or [])


class Setting(Base):
    """Agency settings as keys and JSON values (declared with defaults in desktop/settings.py)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
