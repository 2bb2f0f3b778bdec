"""My tasks: what is due or overdue across the signed-in person's work, worked out by the domain
(approvals owed, decisions waiting, replies due, follow-ups, archive and paper-original deadlines)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session

from desktop.models import Account, Case, CaseStatus, Decision, FormRecord, ServiceGroup
from desktop.workflow import case_rules
from desktop.workflow.permissions import Action, allowed, may_fill_step
from desktop.workflow.record_states import RecordStatus
from desktop.workspace.access_ops import AccessService
from desktop.workspace.core import Core
from desktop.workspace.peers import FormContext, GroupWork, RecordWork
from desktop.workspace.visible import station_has_supervisor

TASK_LABELS = {
    "draft": ("继续填写草稿", "Finish the draft"),
    "returned": ("修改被退回的表单", "Rework a returned form"),
    "review": ("待您审批", "Waiting for your decision"),
    "confirm": ("确认纸质/电话审批", "Confirm a paper or phone approval"),
    "hotline": ("热线咨询待补审批", "Hotline consultation: approval owed"),
    "reply": ("转介回复到期", "Transfer reply due"),
    "follow_up": ("结案追踪", "Follow-up after closing"),
    "archive": ("个案待归档", "Case to archive"),
    "originals": ("纸质原件交机构", "Paper originals to the agency"),
    "complaint": ("投诉须在时限内回应", "Complaint to answer by its deadline"),
    "group_plan": ("计划书须提前两周交督导", "Plan due to the supervisor two weeks ahead"),
    "group_report": ("报告及财务报告三天内提交", "Report and financial report due within 3 days"),
    "group_archive": ("小组/活动一周内归档", "Group or activity to archive within a week"),
}


@dataclass(frozen=True)
class Task:
    kind: str
    due: dt.date | None
    overdue: bool
    risk: str  # the case's risk flag: flagged work comes first
    record_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    form_id: str | None = None
    group_id: uuid.UUID | None = None

    def label(self, lang: str = "zh") -> str:
        zh, en = TASK_LABELS[self.kind]
        return en if lang == "en" else zh


@dataclass
class _Found:
    """The tasks found so far in one unit of work, and the risk flag of each case they are about (each case
    looked up once)."""

    s: Session
    today: dt.date
    risk: dict[uuid.UUID, str]
    out: list[Task] = field(default_factory=list)

    def case_risk(self, case_id: uuid.UUID | None) -> str:
        if case_id is not None and case_id not in self.risk:
            self.risk[case_id] = self.s.scalar(select(Case.risk_level).where(Case.id == case_id)) or "none"
        return self.risk.get(case_id, "none") if case_id else "none"

    def add(
        self, kind: str, due: dt.date | None, *, record: FormRecord | None = None, case_id: uuid.UUID | None = None
    ) -> None:
        cid = case_id or (record.case_id if record else None)
        overdue = due is not None and due < self.today
        record_id, form_id = (record.id, record.form_id) if record else (None, None)
        self.out.append(Task(kind, due, overdue, self.case_risk(cid), record_id, cid, form_id))


class TaskService:
    """My tasks. Needs: the core, access (the cases in view), the records (those waiting for a decision), the
    form context (a transfer's reply due) and the group work (a group's next deadline)."""

    def __init__(
        self,
        core: Core,
        access: AccessService,
        record_work: RecordWork,
        context: FormContext,
        group_work: GroupWork,
    ) -> None:
        self.core, self.access, self.record_work = core, access, record_work
        self.context, self.group_work = context, group_work

    def tasks(self) -> list[Task]:
        """Everything due for the signed-in account: overdue first, then flagged risk, then by date."""
        me, reviewer = self.core.account.id, allowed(self.core.roles, Action.REVIEW)
        with self.core.session() as s:
            # Only the cases tasks are about: the account's own, and (for a reviewer) those owing an approval;
            # a reviewed form's case is looked up by itself. An agency's ten years of cases are never all read.
            visible = self.access.visible(s).case()
            owed = Case.approval_owed.is_(True) if reviewer else false()
            cases = {c.id: c for c in s.scalars(select(Case).where(or_(Case.owner_id == me, owed), visible))}
            found = _Found(s, self.core.today(), {cid: c.risk_level for cid, c in cases.items()})
            self._record_tasks(found)
            if reviewer:
                self._review_tasks(found, cases)
            self._confirm_tasks(found)
            self._case_tasks(found, cases)
            self._group_tasks(found)
        rank = {"imminent": 0, "high": 1, "medium": 2}
        return sorted(found.out, key=lambda t: (not t.overdue, rank.get(t.risk, 3), t.due or dt.date.max))

    def _record_tasks(self, found: _Found) -> None:
        """Drafts and returned forms to finish, complaints to answer, transfers whose reply is due."""
        registry = self.core.registry
        deadlines, replies = registry.forms_with("response_deadline"), registry.forms_with("reply")
        for record in found.s.scalars(select(FormRecord).where(FormRecord.owner_id == self.core.account.id)):
            if record.status == RecordStatus.DRAFT:
                found.add("draft", None, record=record)
            elif record.status == RecordStatus.RETURNED:
                found.add("returned", None, record=record)
            if record.form_id in deadlines and record.status != RecordStatus.APPROVED:
                deadline = registry.read(record.form_id, record.content, "response_deadline")
                if isinstance(deadline, str):
                    found.add("complaint", dt.date.fromisoformat(deadline), record=record)
            if record.form_id in replies and record.status == RecordStatus.APPROVED:
                sent = registry.read(record.form_id, record.content, "transfer_date")
                due = self.context.transfer_due(sent).get("transfer.reply_due")
                if registry.read(record.form_id, record.content, "reply") in (None, "pending") and due:
                    found.add("reply", dt.date.fromisoformat(due), record=record)

    def _review_tasks(self, found: _Found, cases: dict[uuid.UUID, Any]) -> None:
        """A reviewer's: forms waiting at a step they may fill, and others' hotline cases owing an approval."""
        me, roles = self.core.account.id, self.core.roles
        for view in self.record_work.records(status=RecordStatus.SUBMITTED):
            if view.owner_id == me or view.pending_role is None:
                continue
            owner = found.s.get(Account, view.owner_id) if view.owner_id else None
            supervised = station_has_supervisor(found.s, owner.station_id if owner else None)
            if may_fill_step(view.pending_role, roles, station_has_supervisor=supervised):
                risk = found.case_risk(view.case_id)
                found.out.append(Task("review", None, False, risk, view.id, view.case_id, view.form_id))
        for case in cases.values():
            if case.approval_owed and case.owner_id != me:
                found.add("hotline", case.closed_on, case_id=case.id)

    def _confirm_tasks(self, found: _Found) -> None:
        """Paper or phone approvals the reviewer gave and has not yet confirmed in the program."""
        pending = select(Decision).where(
            Decision.reviewer_id == self.core.account.id, Decision.channel != "app", Decision.confirmed_at.is_(None)
        )
        for decision in found.s.scalars(pending):
            found.add("confirm", decision.given_on, record=found.s.get(FormRecord, decision.record_id))

    def _case_tasks(self, found: _Found, cases: dict[uuid.UUID, Any]) -> None:
        """The account's own cases: approvals owed, follow-ups, archiving, paper originals."""
        archive_days = int(self.core.setting("case.archive_due_days"))
        for case in cases.values():
            if case.owner_id != self.core.account.id:
                continue
            if case.approval_owed:
                found.add("hotline", case.closed_on, case_id=case.id)
            if case.follow_up_on and case.status in (CaseStatus.CLOSED, CaseStatus.ARCHIVED):
                found.add("follow_up", case.follow_up_on, case_id=case.id)
            if case.status == CaseStatus.CLOSED and case.closed_on:
                found.add("archive", case.closed_on + dt.timedelta(days=archive_days), case_id=case.id)
            closed = case.status in (CaseStatus.CLOSED, CaseStatus.ARCHIVED) and case.closed_on
            if closed and case.originals_handed_on is None:
                found.add("originals", case_rules.quarter_end(case.closed_on), case_id=case.id)

    def _group_tasks(self, found: _Found) -> None:
        """Plans two weeks ahead, reports within three days of the last session, archiving within a
        week (of the last approval for groups, of the last activity for community activities)."""
        mine = select(ServiceGroup).where(
            ServiceGroup.owner_id == self.core.account.id, ServiceGroup.status.not_in(("void", "archived"))
        )
        for group in list(found.s.scalars(mine)):  # read whole: each deadline asks the database again
            due = self.group_work.group_deadline(group)
            if due:
                found.out.append(Task(due[0], due[1], due[1] < found.today, "none", group_id=group.id))
