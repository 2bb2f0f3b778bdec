"""Cases and groups/activities: the files that get an archive number and hold form records."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Authored, Base, ServiceWork


class CaseStatus(StrEnum):
    """Where a case stands (the case-work issue owns the transitions)."""

    INTAKE = "intake"  # intake written, awaiting the supervisor's decision
    NOT_OPENED = "not_opened"  # intake declined: no case opened
    OPEN = "open"
    CLOSING = "closing"  # closing report submitted, awaiting approval
    CLOSED = "closed"
    ARCHIVED = "archived"
    VOID = "void"


class GroupStatus(StrEnum):
    PLANNING = "planning"
    PLAN_SUBMITTED = "plan_submitted"
    APPROVED = "approved"
    RUNNING = "running"
    REPORTING = "reporting"
    CLOSED = "closed"
    ARCHIVED = "archived"
    VOID = "void"


STATUS_LABELS: dict[str, tuple[str, str]] = {
    CaseStatus.INTAKE: ("待接案审批", "intake awaiting decision"),
    CaseStatus.NOT_OPENED: ("未开案", "not opened"),
    CaseStatus.OPEN: ("跟进中", "open"),
    CaseStatus.CLOSING: ("结案审批中", "closing"),
    CaseStatus.CLOSED: ("已结案", "closed"),
    CaseStatus.ARCHIVED: ("已归档", "archived"),
    CaseStatus.VOID: ("已作废", "void"),
    GroupStatus.PLANNING: ("筹备中", "planning"),
    GroupStatus.PLAN_SUBMITTED: ("计划书审批中", "plan submitted"),
    GroupStatus.APPROVED: ("已批准", "approved"),
    GroupStatus.RUNNING: ("进行中", "running"),
    GroupStatus.REPORTING: ("总结报告中", "reporting"),
}


def service_status_label(status: str, lang: str = "zh") -> str:
    """A case's or group's status in the user's language (shared values such as closed, void)."""
    zh, en = STATUS_LABELS.get(status, (status, status))
    return en if lang == "en" else zh


class Case(Authored, ServiceWork, Base):
    __tablename__ = "case_file"
    __table_args__ = (Index("ix_case_file_created", "created_at"),)  # the cases list, newest first

    project_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("project.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("client.id"), index=True)
    household_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("household.id"))
    case_type: Mapped[str] = mapped_column(String(20))  # consultation/counselling/treatment/transfer
    domain: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20), default=CaseStatus.INTAKE)
    archive_code: Mapped[str | None] = mapped_column(String(40), unique=True)
    number_pending: Mapped[bool] = mapped_column(Boolean, default=False)  # opened, no block left
    opened_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    hotline: Mapped[bool] = mapped_column(Boolean, default=False)
    approval_owed: Mapped[bool] = mapped_column(Boolean, default=False)  # hotline: served before approval
    risk_level: Mapped[str] = mapped_column(String(10), default="none")  # from the latest assessment
    transferred: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)  # 追踪 after closing
    archived_on: Mapped[dt.date | None] = mapped_column(Date)
    originals_handed_on: Mapped[dt.date | None] = mapped_column(Date)  # paper originals to the agency
    family_case: Mapped[bool] = mapped_column(Boolean, default=False)
    title: Mapped[str | None] = mapped_column(String(200))


class ServiceGroup(Authored, ServiceWork, Base):
    """A group (小组) or an activity (活动): lectures, community activities, classes, outreach."""

    __tablename__ = "service_group"
    __table_args__ = (Index("ix_service_group_created", "created_at"),)  # the groups list, newest first

    project_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("project.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))  # option list group_type
    focus: Mapped[str | None] = mapped_column(String(30))  # option list group_focus: the plan's, kept on approval
    domain: Mapped[str] = mapped_column(String(30))
    agency_role: Mapped[str] = mapped_column(String(20), default="host")
    status: Mapped[str] = mapped_column(String(20), default=GroupStatus.PLANNING)
    archive_code: Mapped[str | None] = mapped_column(String(40), unique=True)
    number_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    numbered_on: Mapped[dt.date | None] = mapped_column(Date)  # plan submitted: the code's month
    closed_on: Mapped[dt.date | None] = mapped_column(Date)  # the report approved
    archived_on: Mapped[dt.date | None] = mapped_column(Date)
    planned_start: Mapped[dt.date | None] = mapped_column(Date)
    planned_end: Mapped[dt.date | None] = mapped_column(Date)
    venue: Mapped[str | None] = mapped_column(String(200))
