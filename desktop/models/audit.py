"""The audit log: who did what, when, to which file; append-only and hash-chained (docs/security.md).

Each workspace keeps its own chain (``workspace`` is its id, ``seq`` counts from 1); a hub also keeps
the chains its devices send up, and checks them. The table refuses updates and deletes (triggers made by
the migration); the chain shows any change made around them, to the file itself."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, new_id, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    __table_args__ = (UniqueConstraint("workspace", "seq"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    workspace: Mapped[str] = mapped_column(String(36), index=True)
    seq: Mapped[int | None] = mapped_column(Integer)  # set with the hash, in the writing transaction
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    account_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # not a foreign key: a log outlives accounts
    action: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str | None] = mapped_column(String(30))
    target: Mapped[str | None] = mapped_column(String(80))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))
