"""My tasks: what is due or overdue across the signed-in person's work, worked out by the domain
(approvals owed, decisions waiting, replies due, follow-ups, archive and paper-original deadlines)."""

from __future__ import annotations

import datetime as dt
import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session

from desktop.models import Account, Case, CaseStatus, Decision, FormRecord, ServiceGroup
from desktop.workflow import case_rules
from desktop.workflow.permissions import Action, allowed, may_fill_step
from desktop.workflow.record_states import RecordStatus

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


class TaskOps:
    account: Account

    def session(self) -> AbstractContextManager[Session]:  # provided by Desk
        raise NotImplementedError

    def today(self) -> dt.date:  # provided by Desk
        raise NotImplementedError

    def _group_tasks(self, today: dt.date) -> list[Task]:
        """Plans two weeks ahead, reports within three days of the last session, archiving within a
        week (of the last approval for groups, of the last activity for community activities)."""
        out = []
        with self.session() as s:
            mine = select(ServiceGroup).where(
                ServiceGroup.owner_id == self.account.id, ServiceGroup.status.not_in(("void", "archived"))
            )
            groups = list(s.scalars(mine))
        for group in groups:
            due = self.group_deadline(group)
            if due:
                out.append(Task(due[0], due[1], due[1] < today, "none", group_id=group.id))
        return out

    def tasks(self) -> list[Task]:
        """Everything due for the signed-in account: overdue first, then flagged risk, then by date."""
        today, me = self.today(), self.account.id
        archive_days = int(self.setting("case.archive_due_days"))
        out: list[Task] = []
        with self.session() as s:
            # Only the cases tasks are about: the account's own, and (for a reviewer) those owing an approval;
            # a reviewed form's case is looked up by itself. An agency's ten years of cases are never all read.
            visible = self._visible(s).case()  # type: ignore[attr-defined]
            owed = Case.approval_owed.is_(True) if allowed(self.account.roles, Action.REVIEW) else false()
            cases = {c.id: c for c in s.scalars(select(Case).where(or_(Case.owner_id == me, owed), visible))}
            risk = {cid: c.risk_level for cid, c in cases.items()}

            def case_risk(case_id: uuid.UUID | None) -> str:
                if case_id is not None and case_id not in risk:
                    risk[case_id] = s.scalar(select(Case.risk_level).where(Case.id == case_id)) or "none"
                return risk.get(case_id, "none") if case_id else "none"

            def add(
                kind: str, due: dt.date | None, *, record: FormRecord | None = None, case_id: uuid.UUID | None = None
            ) -> None:
                cid = case_id or (record.case_id if record else None)
                out.append(
                    Task(
                        kind,
                        due,
                        due is not None and due < today,
                        case_risk(cid),
                        record.id if record else None,
                        cid,
                        record.form_id if record else None,
                    )
                )

            deadlines, replies = self.registry.forms_with("response_deadline"), self.registry.forms_with("reply")
            for record in s.scalars(select(FormRecord).where(FormRecord.owner_id == me)):
                if record.status == RecordStatus.DRAFT:
                    add("draft", None, record=record)
                elif record.status == RecordStatus.RETURNED:
                    add("returned", None, record=record)
                if record.form_id in deadlines and record.status != RecordStatus.APPROVED:
                    deadline = self.registry.read(record.form_id, record.content, "response_deadline")
                    if isinstance(deadline, str):
                        add("complaint", dt.date.fromisoformat(deadline), record=record)
                if record.form_id in replies and record.status == RecordStatus.APPROVED:
                    sent = self.registry.read(record.form_id, record.content, "transfer_date")
                    due = self._transfer_due(sent).get("transfer.reply_due")
                    if self.registry.read(record.form_id, record.content, "reply") in (None, "pending") and due:
                        add("reply", dt.date.fromisoformat(due), record=record)
            if allowed(self.account.roles, Action.REVIEW):
                for view in self.records(status=RecordStatus.SUBMITTED):
                    if view.owner_id == me or view.pending_role is None:
                        continue
                    owner = s.get(Account, view.owner_id) if view.owner_id else None
                    if may_fill_step(
                        view.pending_role,
                        self.account.roles,
                        station_has_supervisor=self.station_has_supervisor(owner.station_id if owner else None),
                    ):
                        out.append(
                            Task(
                                "review",
                                None,
                                False,
                                case_risk(view.case_id),
                                view.id,
                                view.case_id,
                                view.form_id,
                            )
                        )
                for case in cases.values():
                    if case.approval_owed and case.owner_id != me:
                        add("hotline", case.closed_on, case_id=case.id)
            for decision in s.scalars(
                select(Decision).where(
                    Decision.reviewer_id == me, Decision.channel != "app", Decision.confirmed_at.is_(None)
                )
            ):
                record = s.get(FormRecord, decision.record_id)
                add("confirm", decision.given_on, record=record)
            for case in cases.values():
                if case.owner_id != me:
                    continue
                if case.approval_owed:
                    add("hotline", case.closed_on, case_id=case.id)
                if case.follow_up_on and case.status in (CaseStatus.CLOSED, CaseStatus.ARCHIVED):
                    add("follow_up", case.follow_up_on, case_id=case.id)
                if case.status == CaseStatus.CLOSED and case.closed_on:
                    add("archive", case.closed_on + dt.timedelta(days=archive_days), case_id=case.id)
                closed = case.status in (CaseStatus.CLOSED, CaseStatus.ARCHIVED) and case.closed_on
                if closed and case.originals_handed_on is None:
                    add("originals", case_rules.quarter_end(case.closed_on), case_id=case.id)
        out.extend(self._group_tasks(today))
        rank = {"imminent": 0, "high": 1, "medium": 2}
        return sorted(out, key=lambda t: (not t.overdue, rank.get(t.risk, 3), t.due or dt.date.max))
