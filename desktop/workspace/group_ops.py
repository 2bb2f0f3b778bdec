"""Groups and activities (``GroupService``): what their forms carry (plan, members, sessions, attendance,
feedback, budget, the domain's standards), which forms may be filled when, archiving with the
completeness check, and a person's history across groups."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.forms.schema import FormScope
from desktop.models import Decision, FormRecord, GroupStatus, ServiceGroup
from desktop.workflow import group_rules
from desktop.workflow.permissions import Action
from desktop.workflow.record_states import RecordStatus
from desktop.workflow.thresholds import standards
from desktop.workspace.access_ops import AccessService
from desktop.workspace.archiving import archive_file
from desktop.workspace.context_ops import ContextService
from desktop.workspace.core import Core
from desktop.workspace.numbering_ops import NumberingService
from desktop.workspace.record_ops import RecordService
from desktop.workspace.service_ops import PeopleService
from desktop.workspace.views import GroupView


class GroupService:
    """Groups and activities: what their forms carry, which forms they may take, what a record does to its group,
    archiving and deadlines. Needs: the core, access (the group in view), people (reading and creating a group),
    numbering (a group's number), records (a group's plan, and the table of effects this service registers with)
    and the context (to which it adds what a group's forms carry)."""

    def __init__(
        self,
        core: Core,
        access: AccessService,
        people: PeopleService,
        numbering: NumberingService,
        records: RecordService,
        context: ContextService,
    ) -> None:
        self.core, self.access, self.people, self.numbering, self.records = core, access, people, numbering, records
        records.on_check(FormScope.GROUP, self._check_group_allows)
        records.on_effect(self._apply_effect)
        context.on_group(self.group_facts)

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
        forms = self.core.registry.forms_of
        plans = self._group_records(s, group.id, forms("group_plan"))
        plan = plans[-1] if plans else None
        read = self.core.registry.read
        planned = self.core.registry.get(plan.form_id) if plan else None
        registration = self._group_records(s, group.id, forms("registration"))
        name_of = self.core.registry.field_for(registration[-1].form_id if registration else "", "participant_name")
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
        budget: list[dict[str, Any]] = []
        content: dict[str, Any] = {}
        if planned is not None and plan is not None:
            item, amount = planned.field_for("budget_item"), planned.field_for("budget_amount")
            budget = [
                {"item": line.get(item), "budget": line.get(amount)}
                for line in (planned.read(plan.content, "budget") or [])
                if isinstance(line, dict) and line.get(item)
            ]
            content = {role: planned.read(plan.content, role) for role in planned.behaviour}
        facts: dict[str, Any] = {
            "group.planned_sessions": content.get("planned_sessions"),
            "group.start_date": content.get("start_date")
            or (group.planned_start.isoformat() if group.planned_start else None),
            "group.end_date": content.get("end_date") or (group.planned_end.isoformat() if group.planned_end else None),
            "group.venue": content.get("venue") or group.venue,
            "group.members": members or None,
            "group.member_count": len(members),
            "group.session_count": len(sessions),
            "group.attendance_rate": read(attendance[-1].form_id, attendance[-1].content, "attendance_rate")
            if attendance
            else None,
            "group.feedback_average": str((sum(scores, Decimal(0)) / len(scores)).quantize(Decimal("0.01")))
            if scores
            else None,
            "group.budget_total": content.get("budget_total"),
            "group.budget_lines": budget or None,
            "group.plan_approved": self._plan_approved_by_supervisor(s, plan),
        }
        for key, value in standards(group.domain, self.core.setting_in(s, "group.standards")).items():
            facts[f"standard.{key}"] = value
        return facts

    def _check_group_allows(self, s: Session, group: ServiceGroup, form_id: str) -> None:
        plans = self._group_records(s, group.id, self.core.registry.forms_of("group_plan"))
        approved = self._plan_approved_by_supervisor(s, plans[-1] if plans else None)
        group_rules.check_new_form(self.core.registry.needs(form_id), group.status, approved)

    def _apply_effect(self, s: Session, row: FormRecord, effect: str) -> None:
        """What a group's record does to its group once it is submitted, approved or returned."""
        group = s.get(ServiceGroup, row.group_id) if row.group_id else None
        if group is None:
            return
        if effect in ("number_group", "approve_group"):
            # the plan's focus, for the indicators
            group.focus = self.core.registry.read(row.form_id, row.content, "focus") or group.focus
        if effect == "number_group":
            self.numbering.open_group_row(s, group)
            group.status = GroupStatus.PLAN_SUBMITTED if group.status == GroupStatus.PLANNING else group.status
        elif effect == "approve_group":
            group.status = GroupStatus.APPROVED
        elif effect == "group_reporting":
            group.status = GroupStatus.REPORTING
        elif effect == "close_group":
            group.status = GroupStatus.CLOSED
            group.closed_on = self.core.today()

    # -- archive ---------------------------------------------------------------------------------
    def start_group(self, project_id: uuid.UUID, name: str, kind: str, domain: str) -> Any:
        """A new group or activity and its plan, in one transaction (both or neither); returns the plan's
        view to fill in. The name is needed; the kind and the domain must be values of their option lists."""
        self.core.require(Action.SERVE)
        name = name.strip()
        if not name:
            raise CaseDeskError("F001", label="名称 / name")
        for list_name, value, label in (("group_type", kind, "类型 / kind"), ("domain", domain, "服务领域 / domain")):
            if value not in {o.value for o in self.core.registry.option_lists[list_name]}:
                raise CaseDeskError("F007", label=label, value=str(value))
        with self.core.session() as s:
            group = self.people.create_group_row(s, project_id, name, kind, domain)
            form = self.core.registry.form_of("group_plan")
            return self.records.create_record(s, form, group_id=group.id)

    def group_archive_missing(self, group_id: uuid.UUID) -> list[str]:
        with self.core.session() as s:
            group = self.people.get(s, "group", group_id)
            done = set(
                s.scalars(
                    select(FormRecord.form_id).where(
                        FormRecord.group_id == group_id, FormRecord.status == RecordStatus.APPROVED
                    )
                )
            )
            return group_rules.missing_for_archive(
                self.core.registry.archive_slots(group_rules.archive_set(group.kind)), done
            )

    def correct_group(
        self, group_id: uuid.UUID, reason: str, *, domain: str | None = None, kind: str | None = None
    ) -> GroupView:
        """Correct the group's or activity's domain or kind, with the reason: the worker's until it has its
        archive number, the supervisor's after (K008); a group stays a group and an activity an activity
        (K011). The number stays; the indicators read the corrected domain."""
        with self.core.session() as s:
            group = self.people.get(s, "group", group_id)
            self.people.correct_file_row(s, "group", group, reason, domain=domain, kind=kind)
            return GroupView.of(group)

    def archive_group(self, group_id: uuid.UUID) -> GroupView:
        """Archive a finished group or activity: refused, naming every missing form, until complete."""
        self.core.require(Action.SERVE)
        with self.core.session() as s:
            missing = self.group_archive_missing(group_id)
            self.access.require_open(s, "group", group_id)
            group = s.get(ServiceGroup, group_id)
            archive_file(group, missing, self.core.registry, self.core.today(), closed=GroupStatus.CLOSED,
                         codes=("G003", "G002"))  # fmt: skip
            s.flush()
            return GroupView.of(group)

    def group_dates(self, group_id: uuid.UUID) -> dict[str, dt.date | None]:
        """When the last session was held and when the last approval came (deadlines count from them)."""
        with self.core.session() as s:
            self.people.get(s, "group", group_id)
            held = self._group_records(s, group_id, self.core.registry.forms_of("session_record"))
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
        with self.core.session() as s:
            dates = self.group_dates(group.id)
            dates.update(planned_start=group.planned_start, planned_end=group.planned_end)
            days = {
                "plan": int(self.core.setting_in(s, "group.plan_lead_days")),
                "report": int(self.core.setting_in(s, "group.report_due_days")),
                "archive": int(self.core.setting_in(s, "group.archive_due_days")),
            }
            return group_rules.deadline(group.status, group.kind, dates, days)

    # -- participants ----------------------------------------------------------------------------
    def participation(self, client_id: uuid.UUID) -> list[ServiceGroup]:
        """The groups and activities a client registered for (matched by client link, or by name and
        phone for people entered lightly)."""
        found: list[ServiceGroup] = []
        with self.core.session() as s:
            client = self.people.client(client_id)
            visible = self.access.visible(s)
            for record in s.scalars(
                select(FormRecord).where(
                    FormRecord.form_id.in_(self.core.registry.forms_of("registration")),
                    FormRecord.status != RecordStatus.VOID,
                    visible.record(),
                    FormRecord.group_id.in_(select(ServiceGroup.id).where(visible.group_open())),
                )
            ):
                field_for = self.core.registry.field_for
                name, phone = (field_for(record.form_id, r) for r in ("participant_name", "participant_phone"))
                for row in self.core.registry.read(record.form_id, record.content, "participants") or []:
                    if not isinstance(row, dict):
                        continue
                    same = row.get("client_id") == str(client_id) or (
                        row.get(name) == client.name and (not client.phone or row.get(phone) in (None, client.phone))
                    )
                    if same:
                        group = s.get(ServiceGroup, record.group_id)
                        assert group is not None  # only records of a group were read
                        found.append(group)
                        break
        return found
