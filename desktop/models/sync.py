"""What a workspace remembers about the workspaces it exchanges bundles with (docs/sync.md).

A peer is the hub (on a device) or an enrolled device (at the hub). For every row exchanged with a peer,
``SyncBase`` keeps the version that peer is known to hold: the common ancestor a three-way merge needs,
and what tells an export which rows changed since. Imports are logged so that a file imported twice
changes nothing; conflicts keep both versions until a person decides."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, new_id, utcnow


class SyncPeer(Base):
    __tablename__ = "sync_peer"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the peer's workspace id
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(10))  # hub / device
    public_keys: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # None until its first bundle
    enrol_mac_key: Mapped[str | None] = mapped_column(String(100))  # one-time, dropped once used
    users: Mapped[list[str]] = mapped_column(JSON, default=list)  # usernames who work on the device
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sent_seq: Mapped[int] = mapped_column(Integer, default=0)  # our last bundle to it
    received_seq: Mapped[int] = mapped_column(Integer, default=0)  # its last bundle imported here
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)  # our last bundle it confirmed
    acked_sent: Mapped[int] = mapped_column(Integer, default=0)  # the received_seq we last told it
    reference_hash: Mapped[str | None] = mapped_column(String(64))  # agency tables last sent to it


class SyncBase(Base):
    """The version of one row the peer holds (``hash``/``data``) and the one in flight to it (``sent_*``)."""

    __tablename__ = "sync_base"

    peer_id: Mapped[str] = mapped_column(String(36), ForeignKey("sync_peer.id"), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    hash: Mapped[str | None] = mapped_column(String(64))
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    sent_seq: Mapped[int | None] = mapped_column(Integer)
    sent_hash: Mapped[str | None] = mapped_column(String(64))
    sent_data: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SyncImport(Base):
    __tablename__ = "sync_import"
    __table_args__ = (UniqueConstraint("peer_id", "sequence"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    peer_id: Mapped[str] = mapped_column(String(36), ForeignKey("sync_peer.id"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    bundle_sha256: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("account.id"))
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SyncConflict(Base):
    """A row changed here and at a peer since they last agreed: both versions kept, the row held back
    from export until a person keeps one (or, for a form, merges them into a new revision)."""

    __tablename__ = "sync_conflict"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    peer_id: Mapped[str] = mapped_column(String(36), ForeignKey("sync_peer.id"))
    tbl: Mapped[str] = mapped_column(String(40))
    row_key: Mapped[str] = mapped_column(String(80), index=True)
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)  # the columns both sides changed
    local: Mapped[dict[str, Any]] = mapped_column(JSON)
    incoming: Mapped[dict[str, Any]] = mapped_column(JSON)
    base: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    stash: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # the peer's revisions etc.
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("account.id"))
    resolution: Mapped[str | None] = mapped_column(String(10))  # local / incoming
    note: Mapped[str | None] = mapped_column(Text)
