"""What retention has destroyed (销毁): one row per destroyed case, group, form record, client and
household, naming it by id (and archive number) only, never by a person's name. The hub keeps them and
sends them down to every device, which deletes what they name; the hub drops any row that arrives later
for a destroyed id, so a destroyed file never comes back (docs/security.md, "Retention and destruction").

``AuditAnchor`` is where a workspace's audit chain now starts, after its oldest entries passed their own
period: the first kept entry must follow the anchor's hash, so the chain still verifies end to end."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import DateTime, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, new_id, utcnow


class DestroyedItem(Base):
    __tablename__ = "destroyed_item"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20))  # case / group / record / client / household
    # Not a foreign key: the row it names is gone.
    target_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    archive_code: Mapped[str | None] = mapped_column(String(40))  # the file's number (a record's: its file's)
    destroyed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    destroyed_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # not a foreign key, like the audit log's
    reason: Mapped[str] = mapped_column(Text)


class AuditAnchor(Base):
    __tablename__ = "audit_anchor"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    workspace: Mapped[str] = mapped_column(String(36), unique=True)
    seq: Mapped[int] = mapped_column(Integer)  # the last entry destroyed: the chain goes on from seq + 1
    hash: Mapped[str] = mapped_column(String(64))  # that entry's hash, which the next one holds
    set_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
