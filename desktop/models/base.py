"""The declarative base and the columns every record shares.

Identities are time-ordered UUIDs (v7) made on the device that creates the record, so ids never
depend on a device or a counter and a standalone workspace can later join a hub unchanged."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import ClassVar

from sqlalchemy import DateTime, ForeignKey, MetaData, String, Table, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from uuid6 import uuid7

# Stable constraint names, so that Alembic batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> uuid.UUID:
    return uuid.UUID(str(uuid7()))


def utcnow() -> dt.datetime:
    """Naive UTC, stored the same way on SQLite and PostgreSQL."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    # Every class here maps a Table (SQLAlchemy types __table__ as any FromClause a class could map).
    __table__: ClassVar[Table]


class Identified:
    """A UUIDv7 primary key and creation/update times."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Authored(Identified):
    """Who created the record and which worker owns it now (a supervisor may reassign)."""

    @declared_attr
    def author_id(cls) -> Mapped[uuid.UUID | None]:  # noqa: N805 - SQLAlchemy declared_attr
        return mapped_column(Uuid, ForeignKey("account.id"), nullable=True)

    @declared_attr
    def owner_id(cls) -> Mapped[uuid.UUID | None]:  # noqa: N805
        return mapped_column(Uuid, ForeignKey("account.id"), nullable=True, index=True)


class ServiceWork:
    """Routine (常规) or special (特色) work and its time: 000 counts routine ≥ 75 % by time."""

    service_line: Mapped[str] = mapped_column(String(16), default="routine")
    minutes_spent: Mapped[int | None] = mapped_column(default=None)
