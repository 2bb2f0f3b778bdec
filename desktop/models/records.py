"""Form records, their revisions, reviewers' decisions and comments, and attachments."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Authored, Base, Identified, ServiceWork, new_id, utcnow


class FormRecord(Authored, ServiceWork, Base):
    """One filled form. ``content`` is the worker's current values; once submitted, every saved
    change is also kept as a ``FormRevision`` that decisions and signatures bind to."""

    __tablename__ = "form_record"
    # Indicators count records of one form in a period without touching their content: the first index
    # covers every column their filters and joins read; the second finds a case's record of a form.
    __table_args__ = (
        Index(
            "ix_form_record_period",
            "form_id",
            "service_date",
            "status",
            "case_id",
            "group_id",
            "client_id",
            "owner_id",
            "project_id",
        ),  # fmt: skip
        Index("ix_form_record_case_form", "case_id", "form_id", "status"),
        Index("ix_form_record_created", "created_at"),  # the records list, newest first, a page at a time
    )

    form_id: Mapped[str] = mapped_column(String(50), index=True)
    form_version: Mapped[int] = mapped_column(Integer)
    project_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("project.id"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("case_file.id"), index=True)
    group_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("service_group.id"), index=True)
    client_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("client.id"), index=True)
    household_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("household.id"))
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    content_hash: Mapped[str] = mapped_column(String(64))
    revision_no: Mapped[int] = mapped_column(Integer, default=0)  # 0: never submitted
    submission_count: Mapped[int] = mapped_column(Integer, default=0)  # approvals count per submission
    service_date: Mapped[dt.date | None] = mapped_column(index=True)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    void_reason: Mapped[str | None] = mapped_column(Text)
    # Records filed on their own (supervision records) take an archive number like cases and groups.
    archive_code: Mapped[str | None] = mapped_column(String(40), unique=True)
    # Never shown to this account (a complaint about them), whatever their role.
    hidden_from_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("account.id"))


class FormRevision(Identified, Base):
    __tablename__ = "form_revision"
    __table_args__ = (UniqueConstraint("record_id", "number"),)

    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("form_record.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    form_version: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    author_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("account.id"))


class Decision(Identified, Base):
    """A reviewer's approval or return of one revision, owned by the reviewer (督导意见)."""

    __tablename__ = "decision"

    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("form_record.id"), index=True)
    revision_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("form_revision.id"))
    content_hash: Mapped[str] = mapped_column(String(64))
    step: Mapped[int] = mapped_column(Integer)  # index in the form's approval chain
    role: Mapped[str] = mapped_column(String(30))  # the chain role this decision fills
    reviewer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("account.id"))
    outcome: Mapped[str] = mapped_column(String(10))  # approve / return
    opinion: Mapped[str | None] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(10), default="app")  # app / paper / phone
    submission: Mapped[int] = mapped_column(Integer)  # which submission of the record it answers
    # An approval given on paper or by phone, recorded by the worker: it counts, and stays flagged
    # until the reviewer confirms it in the app.
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("account.id"))
    given_on: Mapped[dt.date | None] = mapped_column(Date)
    evidence_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("attachment.id"))
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Comment(Identified, Base):
    """A reviewer's (or colleague's) comment, optionally on one field; never an edit of the form."""

    __tablename__ = "comment"

    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("form_record.id"), index=True)
    revision_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("form_revision.id"))
    author_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("account.id"))
    field_id: Mapped[str | None] = mapped_column(String(50))
    text: Mapped[str] = mapped_column(Text)


class Attachment(Identified, Base):
    """A file kept in the workspace by its SHA-256: a scan of a signed paper form, a photo."""

    __tablename__ = "attachment"

    record_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("form_record.id"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("case_file.id"), index=True)
    group_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("service_group.id"), index=True)
    client_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("client.id"))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)
    author_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("account.id"))


class AttachmentFile(Base):
    """An attachment's encrypted bytes, for a hub kept on a database server that several office computers
    share (docs/hub.md); a workspace kept in its own file keeps them as files in its folder instead."""

    __tablename__ = "attachment_file"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)  # as FileCipher wrote it: never the plain file


class Draft(Base):
    """Unsaved typing, autosaved every few seconds so that a crash or a power cut loses nothing.
    One per record and account; private to that account; removed when the record is saved."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("record_id", "account_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("form_record.id"), index=True)
    account_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("account.id"), index=True)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Signature(Identified, Base):
    """A signature captured on the pad (or a scan) for one signer block of one revision. It binds to
    the content hash: once the content changes, the signature is void (shown and printed as such)."""

    __tablename__ = "signature"

    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("form_record.id"), index=True)
    signer_id: Mapped[str] = mapped_column(String(50))  # the form's signer block
    role: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(100))
    content_hash: Mapped[str] = mapped_column(String(64))
    revision_no: Mapped[int] = mapped_column(Integer)
    attachment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("attachment.id"))
    captured_by_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("account.id"))
    method: Mapped[str] = mapped_column(String(10), default="pad")  # pad / scan
