"""Archive numbering: the agency's code tables, the blocks of sequence numbers a workspace holds,
and the register of every number given (ours and those learned from others)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Identified, utcnow


class CodeCategory(Identified, Base):
    """服务类别（服务版块）: the first part of an archive code."""

    __tablename__ = "code_category"

    code: Mapped[str] = mapped_column(String(8), unique=True)
    zh: Mapped[str] = mapped_column(String(50))
    en: Mapped[str] = mapped_column(String(80))
    domain: Mapped[str | None] = mapped_column(String(30))  # the service domain it is the default for
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CodeNature(Identified, Base):
    """服务性质: the second part; ``applies_to`` lists the case types and group kinds that take it."""

    __tablename__ = "code_nature"

    code: Mapped[str] = mapped_column(String(8), unique=True)
    zh: Mapped[str] = mapped_column(String(50))
    en: Mapped[str] = mapped_column(String(80))
    applies_to: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class NumberLease(Identified, Base):
    """A block of sequence numbers a workspace may give in every (category, nature, month)."""

    __tablename__ = "number_lease"

    holder: Mapped[str] = mapped_column(String(36), index=True)  # workspace id
    granted_by: Mapped[str] = mapped_column(String(36))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)  # None: open-ended (standalone)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)  # no longer drawn from


class IssuedNumber(Base):
    """Every archive number known here, given here or learned from another workspace. The unique
    constraint is the last guard against a number given twice."""

    __tablename__ = "issued_number"
    __table_args__ = (UniqueConstraint("category", "nature", "yearmonth", "sequence"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    category: Mapped[str] = mapped_column(String(8))
    nature: Mapped[str] = mapped_column(String(8))
    yearmonth: Mapped[str] = mapped_column(String(6))
    sequence: Mapped[int] = mapped_column(Integer)
    issuer: Mapped[str] = mapped_column(String(36))  # workspace id
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("case_file.id"))
    group_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("service_group.id"))
    record_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("form_record.id"))
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
