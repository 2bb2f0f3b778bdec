"""Sharing: a case or group opened to another account (a co-worker on a group, a colleague covering a
leave). Rows are only ever added, and revoked once: sharing again is a new row, so the history of who
could see a file, and when, stays whole and merges cleanly when it travels between laptops and the hub."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import DateTime, ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, new_id, utcnow


class Share(Base):
    __tablename__ = "share"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    target_kind: Mapped[str] = mapped_column(String(10))  # case / group
    # Not a foreign key: it names a case or a group, as target_kind says.
    target_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    account_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("account.id"), index=True)
    granted_by: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("account.id"))
    granted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
