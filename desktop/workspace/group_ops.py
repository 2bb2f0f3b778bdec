"""Groups and activities on the Desk: what their forms carry (plan, members, sessions, attendance,
feedback, budget, the domain's standards), which forms may be filled when, archiving with the
completeness check, and a person's history across groups."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from contextlib import AbstractContextManager
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.models import Account, Decision, FormRecord, GroupStatus, ServiceGroup
from desktop.workflow import group_rules
from desktop.workflow.permissions import Action, require
from desktop.workflow.record_states import RecordStatus
from desktop.workflow.thresholds import standards


class GroupOps:
    account: Account

    def session(self) -> AbstractContextManager[Session]:  # provided by Desk
        raise NotImplementedError

    def today(self) -> dt.date:  # provided by Desk
        raise NotImplementedError

    @staticmethod
    def _group_records(s: Session, group_id: uuid.UUID, form_ids: Collection[str]) -> list[FormRecord]:
        return list(
            s.scalars(
                select(FormRecord)
                .where(
                    FormRecord.group_id == group_id,
                    FormRecord.form_id.in_(form_ids),
                    FormRecord.status != RecordStatus.VOID,
                )
                .order_by(FormRecord.created_at)
            )
        )

    def _plan_approved_by_supervisor(self, s: Session, plan: FormRecord | None) -> bool:
        """The supervisor's step of the plan's current submission is approved (work may start)."""
        if plan is None or plan.submission_count == 0:
            return False
        return (
            s.scalars(
                select(Decision).where(
                    Decision.record_id == plan.id,
                    Decision.submission == plan.submission_count,
                    Decision.step == 0,
                    Decision.outcome == "approve",
                    Decision.content_hash == plan.content_hash,
                )
            ).first()
            is not None
        )

    def group_facts(self, s: Session, group: ServiceGroup) -> dict[str, Any]:
        """Everything a group's forms carry, worked out from its records."""
        forms = self.registry.forms_of  # type: ignore[attr-defined]
        plans = self._group_records(s, group.id, forms("group_plan"))
        plan = plans[-1] if plans else None
        read = self.registry.read  # type: ignore[attr-defined]
        planned = self.registry.get(plan.form_id) if plan else None  # type: ignore[attr-defined]
        registration = self._group_records(s, group.id, forms("registration"))
        name_of = self.registry.field_for(registration[-1].form_id if registration else "", "participant_name")  # type: ignore[attr-defined]
        members = (
            [
                {"name": p.get(name_of)}
                for p in (read(registration[-1].form_id, registration[-1].content, "participants") or [])
                if isinstance(p, dict) and p.get(name_of)
            ]
            if registration
            else []
        )
        sessions = self._group_records(s, group.id, forms("session_record"))
        attendance = self._group_records(s, group.id, forms("attendance"))
        feedback = [
            read(r.form_id, r.content, "feedback_average") for r in self._group_records(s, group.id, forms("feedback"))
        ]
        scores = [Decimal(str(v)) for v in feedback if v not in (None, "")]
        budget = [
            {"item": line.get(planned.field_for("budget_item")), "budget": line.get(planned.field_for("budget_amount"))}
            for line in ((planned.read(plan.content, "budget") if planned else None) or [])
            if isinstance(line, dict) and line.get(planned.field_for("budget_item"))
        ]
        content = {role: planned.read(plan.content, role) for role in planned.behaviour} if planned else {}
        facts: dict[str, Any] = {
            "group.planned_sessions": content.get("planned_sessions"),
            "group.start_date": content.get("start_date")
            or (group.planned_start.isoformat() if group.planned_start else None),
            "group.end_date": content.get("end_date") or (group.planned_end.isoformat() if group.planned_end else None),
            "group.venue": content.get("venue") or group.venue,
            "group.members": members or None,
            "group.member_count": len(members),
            "group.session_count": len(sessions),
            "group.next_session_no": len(sessions) + 1,
            "group.attendance_rate": read(attendance[-1].form_id, attendance[-1].content, "attendance_rate")
            if attendance
            else None,
            "group.feedback_average": str((sum(scores) / len(scores)).quantize(Decimal("0.01"))) if scores else None,
            "group.budget_total": content.get("budget_total"),
            "group.budget_lines": budget or None,
            "group.plan_approved": self._plan_approved_by_supervisor(s, plan),
        }
        for key, value in standards(group.domain, self.setting("group.standards")).items():
            facts[f"standard.{key}"] = value
        return facts

    def _check_group_allows(self, s: Session, group: ServiceGroup, form_id: str) -> None:
        plans = self._group_records(s, group.id, self.registry.forms_of("group_plan"))  # type: ignore[attr-defined]
        approved = self._plan_approved_by_supervisor(s, plans[-1] if plans else None)
        group_rules.check_new_form(self.registry.needs(form_id), group.status, approved)

    # -- archive ---------------------------------------------------------------------------------
    def start_group(self, project_id: uuid.UUID, name: str, kind: str, domain: str) -> Any:
        """A new group or activity and its plan, in one transaction (both or neither); returns the plan's
        view to fill in. The name is needed; the kind and the domain must be values of their option lists."""
        require(self.account.roles, Action.SERVE)
        name = name.strip()
        if not name:
            raise CaseDeskError("F001", label="名称 / name")
        for list_name, value, label in (("group_type", kind, "类型 / kind"), ("domain", domain, "服务领域 / domain")):
            if value not in {o.value for o in self.registry.option_lists[list_name]}:  # type: ignore[attr-defined]
                raise CaseDeskError("F007", label=label, value=str(value))
        with self.session() as s:
            group = self._create_group(s, project_id, name, kind, domain)  # type: ignore[attr-defined]
            form = self.registry.form_of("group_plan")  # type: ignore[attr-defined]
            return self._new_record(s, form, group_id=group.id)  # type: ignore[attr-defined]

    def group_archive_missing(self, group_id: uuid.UUID) -> list[str]:
        with self.session() as s:
            group = self._get(s, "group", group_id)  # type: ignore[attr-defined]
            done = set(
                s.scalars(
                    select(FormRecord.form_id).where(
                        FormRecord.group_id == group_id, FormRecord.status == RecordStatus.APPROVED
                    )
                )
            )
            return group_rules.missing_for_archive(
                self.registry.archive_slots(group_rules.archive_set(group.kind)), done
            )

    def archive_group(self, group_id: uuid.UUID) -> ServiceGroup:
        """Archive a finished group or activity: refused, naming every missing form, until complete."""
        require(self.account.roles, Action.SERVE)
        missing = self.group_archive_missing(group_id)
        with self.session() as s:
            group = s.get(ServiceGroup, group_id)
            self._require_open(s, "group", group_id)  # type: ignore[attr-defined]
            if group.status != GroupStatus.CLOSED:
                raise CaseDeskError("G003")
            if missing:
                names = self.registry.titles(missing)
                raise CaseDeskError("G002", missing=names)
            group.status = GroupStatus.ARCHIVED
            group.archived_on = self.today()
            return group

    def group_dates(self, group_id: uuid.UUID) -> dict[str, dt.date | None]:
        """When the last session was held and when the last approval came (deadlines count from them)."""
        with self.session() as s:
            self._get(s, "group", group_id)  # type: ignore[attr-defined]
            held = self._group_records(s, group_id, self.registry.forms_of("session_record"))  # type: ignore[attr-defined]
            sessions = [r.service_date for r in held if r.service_date]
            approvals = [
                r.approved_at.date()
                for r in s.scalars(
                    select(FormRecord).where(
                        FormRecord.group_id == group_id, FormRecord.status == RecordStatus.APPROVED
                    )
                )
                if r.approved_at
            ]
            return {
                "last_session": max(sessions) if sessions else None,
                "last_approval": max(approvals) if approvals else None,
            }

    def group_deadline(self, group: ServiceGroup) -> tuple[str, dt.date] | None:
        """What the group owes next (plan, report or archiving) and by when, by the agency's day counts."""
        dates = self.group_dates(group.id)
        dates.update(planned_start=group.planned_start, planned_end=group.planned_end)
        days = {
            "plan": int(self.setting("group.plan_lead_days")),
            "report": int(self.setting("group.report_due_days")),
            "archive": int(self.setting("group.archive_due_days")),
        }
        return group_rules.deadline(group.status, group.kind, dates, days)

    # -- participants ----------------------------------------------------------------------------
    def participation(self, client_id: uuid.UUID) -> list[ServiceGroup]:
        """The groups and activities a client registered for (matched by client link, or by name and
        phone for people entered lightly)."""
        client = self.client(client_id)
        found = []
        with self.session() as s:
            visible = self._visible(s)  # type: ignore[attr-defined]
            for record in s.scalars(
                select(FormRecord).where(
                    FormRecord.form_id.in_(self.registry.forms_of("registration")),  # type: ignore[attr-defined]
                    FormRecord.status != RecordStatus.VOID,
                    visible.record(),
                    FormRecord.group_id.in_(select(ServiceGroup.id).where(visible.group_open())),
                )
            ):
                field_for = self.registry.field_for  # type: ignore[attr-defined]
                name, phone = (field_for(record.form_id, r) for r in ("participant_name", "participant_phone"))
                for row in self.registry.read(record.form_id, record.content, "participants") or []:  # type: ignore[attr-defined]
                    if not isinstance(row, dict):
                        continue
                    same = row.get("client_id") == str(client_id) or (
                        row.get(name) == client.name and (not client.phone or row.get(phone) in (None, client.phone))
                    )
                    if same:
                        found.append(s.get(ServiceGroup, record.group_id))
                        break
        return found
