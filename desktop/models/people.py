"""Clients and households (家庭): the people served, the most sensitive data in CaseDesk."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Authored, Base, Identified


class Household(Authored, Base):
    """A family as a unit: family cases, 家庭个数 and 家访个数 count households, not people."""

    __tablename__ = "household"

    station_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("station.id"))
    name: Mapped[str] = mapped_column(String(100))  # e.g. 王家 / head of household's name
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(50))
    economic_status: Mapped[str | None] = mapped_column(String(30))
    situation: Mapped[str | None] = mapped_column(Text)


class Client(Authored, Base):
    __tablename__ = "client"
    # The list in name order, a page at a time, and the columns as-you-type search matches (migration 0018).
    __table_args__ = (
        Index("ix_client_list_order", "name_pinyin", "name", "id", "name_initials", "phone", "id_number"),
    )

    station_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("station.id"))
    household_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("household.id"), index=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    name_pinyin: Mapped[str | None] = mapped_column(String(300), index=True)  # "zhangsan", for search
    name_initials: Mapped[str | None] = mapped_column(String(100), index=True)  # "zs"
    sex: Mapped[str | None] = mapped_column(String(10))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    id_number: Mapped[str | None] = mapped_column(String(30), index=True)
    phone: Mapped[str | None] = mapped_column(String(50))
    address: Mapped[str | None] = mapped_column(String(300))
    local_hukou: Mapped[bool | None] = mapped_column(Boolean)
    domain: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str | None] = mapped_column(Text)


class HouseholdMember(Identified, Base):
    """A person in a household; a client when CaseDesk serves them, else just a name."""

    __tablename__ = "household_member"

    household_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("household.id"), index=True)
    client_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("client.id"))
    name: Mapped[str] = mapped_column(String(100))
    relationship: Mapped[str | None] = mapped_column(String(30))  # to the head of household
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
