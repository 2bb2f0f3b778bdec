"""What a record's form carries, worked out (``ContextService``): the agency, worker, client, case or group,
household, the transfer's reply due date, the archive checklist of a case."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.orm import Session

from desktop.forms.expressions import age
from desktop.forms.registry import Registry
from desktop.models import Account, Agency, Case, Client, FormRecord, Household, Project, ServiceGroup, Station
from desktop.workflow import record_states as states
from desktop.workspace.access_ops import AccessService
from desktop.workspace.calendar_ops import CalendarService
from desktop.workspace.core import Core

GroupFacts = Callable[[Session, ServiceGroup], dict[str, Any]]  # what a group's forms carry, from its records


class ContextService:
    """The values a record's form carries from around it. Needs: the core, access (the record in view) and the
    calendar (working days). The group service adds what a group's records tell (``on_group``): it needs
    records in turn, and records need this service, so it registers instead of being a peer here."""

    def __init__(self, core: Core, access: AccessService, calendar: CalendarService) -> None:
        self.core, self.access, self.calendar = core, access, calendar
        self._group_facts: list[GroupFacts] = []

    def on_group(self, facts: GroupFacts) -> None:
        """Add what ``facts`` works out to the context of every group's record."""
        self._group_facts.append(facts)

    # -- the context forms carry values from -----------------------------------------------------
    def context(self, s: Session, row: FormRecord) -> dict[str, Any]:
        """What ``row``'s form may carry, read in the caller's unit of work ``s``."""
        today = self.core.today()
        ctx: dict[str, Any] = {"today": today.isoformat()}
        agency = s.scalars(select(Agency)).first()
        if agency:
            ctx["agency.name"] = agency.name
        owner = s.get(Account, row.owner_id) if row.owner_id else None
        if owner:
            ctx["worker.name"] = owner.display_name
            station = s.get(Station, owner.station_id) if owner.station_id else None
            if station:
                ctx["station.name"] = station.name
            supervisor = s.get(Account, owner.supervisor_id) if owner.supervisor_id else None
            if supervisor:
                ctx["supervisor.name"] = supervisor.display_name
        project = s.get(Project, row.project_id) if row.project_id else None
        if project:
            ctx["project.name"] = project.name
        client = s.get(Client, row.client_id) if row.client_id else None
        if client:
            ctx.update(
                {
                    "client.name": client.name,
                    "client.sex": client.sex,
                    "client.id_number": client.id_number,
                    "client.phone": client.phone,
                    "client.address": client.address,
                    "client.birth_date": client.birth_date.isoformat() if client.birth_date else None,
                    "client.age": age(client.birth_date, today),
                }
            )
        case = s.get(Case, row.case_id) if row.case_id else None
        if case:
            ctx.update(self._case_context(s, row, case))
        if self.core.registry.field_for(row.form_id, "transfer_date"):
            ctx.update(self.transfer_due(self.core.registry.read(row.form_id, row.content, "transfer_date")))
        group = s.get(ServiceGroup, row.group_id) if row.group_id else None
        if group:
            ctx.update(
                {
                    "group.name": group.name,
                    "group.number": group.archive_code,
                    "group.kind": group.kind,
                    "group.domain": group.domain,
                    "group.venue": group.venue,
                    "group.start_date": group.planned_start.isoformat() if group.planned_start else None,
                    "group.end_date": group.planned_end.isoformat() if group.planned_end else None,
                }
            )
            for facts in self._group_facts:
                ctx.update({k: v for k, v in facts(s, group).items() if v is not None})
            ctx["group.next_session_no"] = self._ordinal(s, row, FormRecord.group_id, group.id, "session_record")
        household = s.get(Household, row.household_id) if row.household_id else None
        if household:
            ctx.update({"household.name": household.name, "household.address": household.address})
        return ctx

    def _case_context(self, s: Session, row: FormRecord, case: Case) -> dict[str, Any]:
        """What a case's form carries from its case: number, type, sessions, intake date, the documents held."""
        sessions = (
            s.scalar(
                select(func.count(FormRecord.id)).where(
                    FormRecord.case_id == case.id,
                    FormRecord.form_id.in_(self.core.registry.forms_of("record")),
                    FormRecord.status != states.RecordStatus.VOID,
                    FormRecord.id != row.id,
                )
            )
            or 0
        )
        return {
            "case.number": case.archive_code,
            "case.type": case.case_type,
            "case.domain": case.domain,
            "case.opened_on": case.opened_on.isoformat() if case.opened_on else None,
            "case.session_count": sessions,
            "case.next_session_no": self._ordinal(s, row, FormRecord.case_id, case.id, "record"),
            "case.transferred": case.transferred,
            "case.intake_date": self._intake_date(s, case.id, self.core.registry),
            "case.documents": self._case_documents(s, case.id),
        }

    def _ordinal(self, s: Session, row: FormRecord, column: Any, parent_id: uuid.UUID, role: str) -> int:
        """Which session ``row`` is: 1 + the live records of ``role`` in its case or group made before it (never
        counting itself, so a record saved again later keeps its number; 0021 fixed the group numbers stored
        while the count included the record itself)."""
        earlier = [
            FormRecord.created_at < row.created_at,
            and_(FormRecord.created_at == row.created_at, FormRecord.id < row.id),
        ]
        count = s.scalar(
            select(func.count(FormRecord.id)).where(
                column == parent_id,
                FormRecord.form_id.in_(self.core.registry.forms_of(role)),
                FormRecord.status != states.RecordStatus.VOID,
                FormRecord.id != row.id,
                or_(*earlier) if row.created_at is not None else true(),
            )
        )
        return (count or 0) + 1

    def _case_documents(self, s: Session, case_id: uuid.UUID) -> list[dict[str, Any]]:
        """One checklist row per kind of form the case holds (the archive checklist starts from it)."""
        rows: dict[str, dict[str, Any]] = {}
        records = s.scalars(
            select(FormRecord)
            .where(FormRecord.case_id == case_id, FormRecord.status != states.RecordStatus.VOID)
            .order_by(FormRecord.created_at)
        )
        for record in records:
            if record.form_id not in self.core.registry:
                continue
            form = self.core.registry.get(record.form_id)
            row = rows.setdefault(
                record.form_id,
                {"kind": form.role or form.id, "name": form.title.zh, "paper_code": form.paper_code, "count": 0},
            )
            row["count"] += 1
            if record.service_date:
                row["doc_date"] = record.service_date.isoformat()
        for row in rows.values():
            count = row.pop("count")
            if count > 1:
                row["name"] += f"（{count} 份）"
        return list(rows.values())

    @staticmethod
    def _intake_date(s: Session, case_id: uuid.UUID, registry: Registry) -> str | None:
        """The intake date of the case's approved intake (sessions cannot be dated before it)."""
        intake = s.scalars(
            select(FormRecord).where(
                FormRecord.case_id == case_id,
                FormRecord.form_id.in_(registry.forms_of("intake")),
                FormRecord.status == states.RecordStatus.APPROVED,
            )
        ).first()
        date_field = registry.get(intake.form_id).date_field if intake else None
        return intake.content.get(date_field) if intake and date_field else None

    def transfer_due(self, transfer_date: Any) -> dict[str, Any]:
        """The receiver's reply is due within the agency's number of working days (003 第三章第七条)."""
        days = int(self.core.setting("transfer.reply_working_days"))
        out: dict[str, Any] = {"transfer.reply_days": days}
        try:
            start = dt.date.fromisoformat(transfer_date) if isinstance(transfer_date, str) else None
        except ValueError:
            start = None
        if start is not None:
            due, unknown = self.calendar.work_calendar().add_working_days(start, days)
            out["transfer.reply_due"] = due.isoformat()
            if unknown:
                years = "、".join(str(y) for y in unknown)
                out["transfer.calendar_note"] = (
                    f"{years} 年的节假日安排尚未录入，按周一至周五计算；请在设置中录入 / "
                    f"No holiday data for {years}: Monday to Friday assumed; enter the year in Settings"
                )
        return out

    def record_context(self, record_id: uuid.UUID) -> dict[str, Any]:
        with self.core.session() as s:
            return self.context(s, self.access.record_row(s, record_id))
