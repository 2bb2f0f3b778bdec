"""Form records on the Desk: create, save (a revision once submitted), submit, decide, comment, void,
and attachments. The rules themselves are in ``desktop.workflow``; this module applies them to rows."""

from __future__ import annotations

import datetime as dt
import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.errors import AccessDenied, CaseDeskError
from desktop.forms.compute import fill, normalize_content
from desktop.forms.registry import Registry
from desktop.forms.schema import FormDef, FormScope
from desktop.forms.validation import Report, validate
from desktop.models import (
    Account,
    Case,
    Client,
    Comment,
    Decision,
    Draft,
    FormRecord,
    FormRevision,
    Household,
    Project,
    ServiceGroup,
    utcnow,
)
from desktop.roles import role_label
from desktop.workflow import record_states as states
from desktop.workflow.permissions import Action, may_fill_step, require

if TYPE_CHECKING:
    from desktop.workspace.layout import Layout


@dataclass(frozen=True)
class RecordView:
    """A form record as the UI and the command line see it: plain values, no session behind it."""

    id: uuid.UUID
    form_id: str
    form_version: int
    status: str
    content: dict[str, Any]
    content_hash: str
    revision_no: int
    submission_count: int
    owner_id: uuid.UUID | None
    author_id: uuid.UUID | None
    project_id: uuid.UUID | None
    case_id: uuid.UUID | None
    group_id: uuid.UUID | None
    client_id: uuid.UUID | None
    household_id: uuid.UUID | None
    service_line: str
    minutes_spent: int | None
    service_date: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime
    approvals: int  # approvals of the current content in the current submission
    pending_role: str | None  # the chain role whose decision is awaited

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in self.__dict__.items():
            out[key] = str(value) if isinstance(value, uuid.UUID | dt.date | dt.datetime) else value
        return out


class RecordOps:
    """Mixed into ``Desk``; relies on its ``session``, ``registry``, ``account`` and ``layout``."""

    registry: Registry
    account: Account
    layout: Layout

    def session(self) -> AbstractContextManager[Session]:  # provided by Desk
        raise NotImplementedError

    def station_has_supervisor(self, station_id: uuid.UUID | None) -> bool:  # provided by Desk
        raise NotImplementedError

    # -- reading ---------------------------------------------------------------------------------
    def _record_row(self, s: Session, record_id: uuid.UUID, lock: bool = False) -> FormRecord:
        return self.access.record_row(s, record_id, lock)  # type: ignore[attr-defined]

    @staticmethod
    def _approvals(s: Session, row: FormRecord) -> int:
        return (
            s.scalar(
                select(func.count(Decision.id)).where(
                    Decision.record_id == row.id,
                    Decision.outcome == "approve",
                    Decision.submission == row.submission_count,
                    Decision.content_hash == row.content_hash,
                )
            )
            or 0
        )

    def _view(self, s: Session, row: FormRecord) -> RecordView:
        chain = self.registry.get(row.form_id).approval if row.form_id in self.registry else ()
        approvals = self._approvals(s, row)
        pending = None
        if row.status == states.RecordStatus.SUBMITTED:
            step = states.pending_step(chain, approvals)
            pending = chain[step] if step is not None else None
        return RecordView(
            id=row.id,
            form_id=row.form_id,
            form_version=row.form_version,
            status=row.status,
            content=dict(row.content),
            content_hash=row.content_hash,
            revision_no=row.revision_no,
            submission_count=row.submission_count,
            owner_id=row.owner_id,
            author_id=row.author_id,
            project_id=row.project_id,
            case_id=row.case_id,
            group_id=row.group_id,
            client_id=row.client_id,
            household_id=row.household_id,
            service_line=row.service_line,
            minutes_spent=row.minutes_spent,
            service_date=row.service_date,
            created_at=row.created_at,
            updated_at=row.updated_at,
            approvals=approvals,
            pending_role=pending,
        )

    def record(self, record_id: uuid.UUID) -> RecordView:
        with self.session() as s:
            return self._view(s, self._record_row(s, record_id))

    def records(
        self,
        form_id: str | None = None,
        case_id: uuid.UUID | None = None,
        group_id: uuid.UUID | None = None,
        status: str | None = None,
    ) -> list[RecordView]:
        with self.session() as s:
            visible = self._visible(s).record()  # type: ignore[attr-defined]
            query = select(FormRecord).order_by(FormRecord.created_at).where(visible)
            for column, value in (
                (FormRecord.form_id, form_id),
                (FormRecord.case_id, case_id),
                (FormRecord.group_id, group_id),
                (FormRecord.status, status),
            ):
                if value is not None:
                    query = query.where(column == value)
            return [self._view(s, row) for row in s.scalars(query)]

    def revisions(self, record_id: uuid.UUID) -> list[FormRevision]:
        with self.session() as s:
            self._record_row(s, record_id)
            return list(
                s.scalars(select(FormRevision).where(FormRevision.record_id == record_id).order_by(FormRevision.number))
            )

    def decisions(self, record_id: uuid.UUID) -> list[Decision]:
        with self.session() as s:
            self._record_row(s, record_id)
            return list(
                s.scalars(select(Decision).where(Decision.record_id == record_id).order_by(Decision.created_at))
            )

    def comments(self, record_id: uuid.UUID) -> list[Comment]:
        with self.session() as s:
            self._record_row(s, record_id)
            return list(s.scalars(select(Comment).where(Comment.record_id == record_id).order_by(Comment.created_at)))

    # -- writing ---------------------------------------------------------------------------------
    def _require_owner(self, row: FormRecord) -> None:
        """The content is the worker's: only the owning worker edits or submits it."""
        if row.owner_id != self.account.id:
            raise AccessDenied("A009")

    def new_record(
        self,
        form_id: str,
        *,
        case_id: uuid.UUID | None = None,
        group_id: uuid.UUID | None = None,
        client_id: uuid.UUID | None = None,
        household_id: uuid.UUID | None = None,
        project_id: uuid.UUID | None = None,
        content: dict[str, Any] | None = None,
        service_line: str | None = None,
        minutes_spent: int | None = None,
        hidden_from: uuid.UUID | None = None,
    ) -> RecordView:
        require(self.account.roles, Action.SERVE)
        form = self.registry.get(form_id)
        with self.session() as s:
            return self._new_record(
                s, form, case_id=case_id, group_id=group_id, client_id=client_id, household_id=household_id,
                project_id=project_id, content=content, service_line=service_line, minutes_spent=minutes_spent,
                hidden_from=hidden_from,
            )  # fmt: skip

    def _new_record(
        self,
        s: Session,
        form: FormDef,
        *,
        case_id: uuid.UUID | None = None,
        group_id: uuid.UUID | None = None,
        client_id: uuid.UUID | None = None,
        household_id: uuid.UUID | None = None,
        project_id: uuid.UUID | None = None,
        content: dict[str, Any] | None = None,
        service_line: str | None = None,
        minutes_spent: int | None = None,
        hidden_from: uuid.UUID | None = None,
    ) -> RecordView:
        """A new draft of ``form`` in the session ``s`` (one transaction with whatever else it holds)."""
        owner_id = self.account.id
        if form.scope is FormScope.CASE:
            if case_id is None:
                raise CaseDeskError("R010", scope="个案 / case")
            case = s.get(Case, case_id)
            if case is None:
                raise CaseDeskError("R008", kind="个案 / case", id=str(case_id))
            self._require_open(s, "case", case.id)  # type: ignore[attr-defined]
            self._check_case_allows(s, case, form.id)
            project_id, client_id = case.project_id, case.client_id
            household_id = household_id or case.household_id
            service_line = service_line or case.service_line
        elif form.scope is FormScope.GROUP:
            if group_id is None:
                raise CaseDeskError("R010", scope="小组/活动 / group")
            group = s.get(ServiceGroup, group_id)
            if group is None:
                raise CaseDeskError("R008", kind="小组/活动 / group", id=str(group_id))
            self._require_open(s, "group", group.id)  # type: ignore[attr-defined]
            self._check_group_allows(s, group, form.id)
            project_id = group.project_id
            service_line = service_line or group.service_line
        elif form.scope is FormScope.CLIENT and (client_id is None or s.get(Client, client_id) is None):
            raise CaseDeskError("R010", scope="服务对象 / client")
        elif form.scope is FormScope.HOUSEHOLD and (household_id is None or s.get(Household, household_id) is None):
            raise CaseDeskError("R010", scope="家庭 / household")
        for kind, linked in (("client", client_id), ("household", household_id)):
            if linked is not None and form.scope not in (FormScope.CASE, FormScope.GROUP):
                self._require_seen(s, kind, linked)  # type: ignore[attr-defined]
        if project_id is None:  # client, household and standalone records: the current project by default
            project_id = self._default_project(s)
        if hidden_from is not None and hidden_from == owner_id:
            raise CaseDeskError("R012")  # a complaint is never handled by the worker it concerns
        if not form.repeatable:
            self._check_single(s, form, case_id, group_id)
        row = FormRecord(
            form_id=form.id,
            form_version=form.version,
            project_id=project_id,
            case_id=case_id,
            group_id=group_id,
            client_id=client_id,
            household_id=household_id,
            owner_id=owner_id,
            author_id=self.account.id,
            hidden_from_id=hidden_from,
            status=states.RecordStatus.DRAFT,
            content={},
            content_hash="",
            service_line=service_line or "routine",
            minutes_spent=minutes_spent,
        )
        s.add(row)
        s.flush()
        filled = fill(form, normalize_content(form, content or {})[0], self._context(s, row))
        self._set_content(row, form, filled)
        self._audit(s, "create", form.id, row.id)  # type: ignore[attr-defined]
        return self._view(s, row)

    @staticmethod
    def _default_project(s: Session) -> uuid.UUID | None:
        project = s.scalars(
            select(Project).where(Project.active.is_(True)).order_by(Project.contract_start.desc())
        ).first()
        return project.id if project else None

    def _check_single(self, s: Session, form: FormDef, case_id: uuid.UUID | None, group_id: uuid.UUID | None) -> None:
        existing = s.scalar(  # one live record of the form, or of any form of its role (an agency's copy)
            select(func.count(FormRecord.id)).where(
                FormRecord.form_id.in_(self.registry.forms_of(form.role) if form.role else (form.id,)),
                FormRecord.status != states.RecordStatus.VOID,
                FormRecord.case_id == case_id if case_id else FormRecord.group_id == group_id,
            )
        )
        if existing:
            raise CaseDeskError("R011", form=form.title.zh)

    @staticmethod
    def _set_content(row: FormRecord, form: FormDef, content: dict[str, Any]) -> None:
        row.content = content
        row.content_hash = states.content_hash(form.id, row.form_version, content, form.carried_ids)
        value = content.get(form.date_field) if form.date_field else None
        try:
            row.service_date = dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:  # a date still being corrected
            row.service_date = None

    def validate_record(self, record_id: uuid.UUID, content: dict[str, Any] | None = None) -> Report:
        with self.session() as s:
            row = self._record_row(s, record_id)
            form = self.registry.get(row.form_id)
            return validate(form, row.content if content is None else content, self._context(s, row))

    def save_record(
        self,
        record_id: uuid.UUID,
        content: dict[str, Any],
        *,
        minutes_spent: int | None = None,
        service_line: str | None = None,
    ) -> tuple[RecordView, Report]:
        """Save what the worker typed (even with errors: nothing typed is lost). Once the record has
        been submitted, each change is kept as a new revision; editing a submitted or approved record
        takes it back to draft, to be submitted and approved again."""
        with self.session() as s:
            row = self._record_row(s, record_id, lock=True)
            self._require_owner(row)
            form = self.registry.get(row.form_id)
            report = validate(form, content, self._context(s, row))
            if minutes_spent is not None:
                row.minutes_spent = minutes_spent
            if service_line is not None:
                row.service_line = service_line
            status, new_revision = states.after_save(row.status, row.revision_no > 0)  # refuses a void one
            new_hash = states.content_hash(form.id, form.version, report.content, form.carried_ids)
            if new_hash != row.content_hash:
                row.form_version = form.version  # saved now, so filled against today's definition
                self._set_content(row, form, report.content)
                row.status = status
                if new_revision:
                    self._add_revision(s, row)
                self._audit(s, "edit", form.id, row.id, revision=row.revision_no)  # type: ignore[attr-defined]
            elif report.content != row.content:
                row.content = report.content  # only carried values moved (the case got its number)
            self._update_risk(s, row, form)
            # Saved: the autosaved draft of this typing is no longer needed.
            s.execute(delete(Draft).where(Draft.record_id == row.id, Draft.account_id == self.account.id))
            return self._view(s, row), report

    def _add_revision(self, s: Session, row: FormRecord) -> FormRevision:
        # Past every revision held, not just this record's count: a peer's revisions kept beside an
        # unresolved sync conflict may already hold the next number.
        held = s.scalar(select(func.max(FormRevision.number)).where(FormRevision.record_id == row.id)) or 0
        row.revision_no = max(row.revision_no, held) + 1
        revision = FormRevision(
            record_id=row.id,
            number=row.revision_no,
            form_version=row.form_version,
            content=dict(row.content),
            content_hash=row.content_hash,
            author_id=self.account.id,
        )
        s.add(revision)
        s.flush()
        return revision

    def _current_revision(self, s: Session, row: FormRecord) -> FormRevision | None:
        return s.scalars(
            select(FormRevision).where(FormRevision.record_id == row.id, FormRevision.number == row.revision_no)
        ).first()

    def submit_record(self, record_id: uuid.UUID) -> tuple[RecordView, Report]:
        with self.session() as s:
            row = self._record_row(s, record_id, lock=True)
            self._require_owner(row)
            form = self.registry.get(row.form_id)
            report = validate(form, row.content, self._context(s, row))
            states.check_submit(row.status, len(report.errors))
            if report.content != row.content:
                self._set_content(row, form, report.content)
            current = self._current_revision(s, row)
            if current is None or current.content_hash != row.content_hash:
                self._add_revision(s, row)
            row.submission_count += 1
            row.submitted_at = utcnow()
            row.status = states.after_submit(form.approval, 0)
            if row.status == states.RecordStatus.APPROVED:
                row.approved_at = utcnow()
            self._update_risk(s, row, form)
            self._apply_effects(s, row, form, "submitted")
            if row.status == states.RecordStatus.APPROVED:  # no chain: complete once submitted
                self._apply_effects(s, row, form, "approved")
            self._audit(s, "submit", form.id, row.id, revision=row.revision_no)  # type: ignore[attr-defined]
            return self._view(s, row), report

    def decide(
        self,
        record_id: uuid.UUID,
        outcome: str,
        opinion: str | None = None,
        channel: str = "app",
        *,
        reviewer_id: uuid.UUID | None = None,
        given_on: dt.date | None = None,
        evidence_id: uuid.UUID | None = None,
    ) -> RecordView:
        """A reviewer approves or returns the current revision at the chain step that waits. With
        ``reviewer_id``, the signed-in worker records a decision that reviewer gave on paper or by phone."""
        with self.session() as s:
            row = self._record_row(s, record_id, lock=True)
            form = self.registry.get(row.form_id)
            reviewer = self.account if reviewer_id is None else s.get(Account, reviewer_id)
            if reviewer is None or not reviewer.active:
                raise CaseDeskError("R008", kind="账号 / account", id=str(reviewer_id))
            if reviewer_id is not None:
                self._require_owner(row)  # the worker records what the reviewer said
            require(reviewer.roles, Action.REVIEW)
            states.check_decide(row.status, form.approval, outcome, opinion)
            current = self._current_revision(s, row)
            if reviewer.id in own_work(s, row, current):
                raise AccessDenied("A005")
            if reviewer_id is not None:
                # Recorded for someone else: it must be theirs to decide (their team, their inbox).
                self._require_seen(s, "record", row.id, account=reviewer)  # type: ignore[attr-defined]
            approvals = self._approvals(s, row)
            step = states.pending_step(form.approval, approvals)
            assert step is not None  # check_decide saw SUBMITTED, so a step waits
            role = form.approval[step]
            owner = s.get(Account, row.owner_id) if row.owner_id else None
            station_id = owner.station_id if owner else None
            if not may_fill_step(role, reviewer.roles, station_has_supervisor=self.station_has_supervisor(station_id)):
                raise AccessDenied(
                    "A004",
                    role="、".join(role_label(r) for r in reviewer.roles),
                    action=f"{role_label(role)}审批 / {role_label(role, 'en')} approval",
                )
            assert current is not None
            s.add(
                Decision(
                    record_id=row.id,
                    revision_id=current.id,
                    content_hash=row.content_hash,
                    step=step,
                    role=role,
                    reviewer_id=reviewer.id,
                    outcome=outcome,
                    opinion=opinion,
                    channel=channel,
                    submission=row.submission_count,
                    given_on=given_on,
                    evidence_id=evidence_id,
                    recorded_by_id=self.account.id if reviewer_id is not None else None,
                )
            )
            s.flush()
            row.status = states.after_decision(form.approval, approvals + (outcome == "approve"), outcome)
            if row.status == states.RecordStatus.APPROVED:
                row.approved_at = utcnow()
            if row.status in (states.RecordStatus.APPROVED, states.RecordStatus.RETURNED):
                self._apply_effects(s, row, form, str(row.status))
            self._audit(s, "decide", form.id, row.id, outcome=outcome, channel=channel, reviewer=reviewer.id)  # type: ignore[attr-defined]
            return self._view(s, row)

    def comment(self, record_id: uuid.UUID, text: str, field_id: str | None = None) -> Comment:
        if not text.strip():
            raise CaseDeskError("C001", what="comment / 意见")
        with self.session() as s:
            row = self._record_row(s, record_id)
            current = self._current_revision(s, row)
            comment = Comment(
                record_id=row.id,
                revision_id=current.id if current else None,
                author_id=self.account.id,
                field_id=field_id,
                text=text.strip(),
            )
            s.add(comment)
            self._audit(s, "comment", row.form_id, row.id)  # type: ignore[attr-defined]
            return comment

    def void_record(self, record_id: uuid.UUID, reason: str) -> RecordView:
        """Void, never delete: the record stays with its history and its reason."""
        with self.session() as s:
            row = self._record_row(s, record_id, lock=True)
            if row.owner_id != self.account.id:
                require(self.account.roles, Action.VOID_OTHERS)
            states.check_void(row.status, reason)
            row.status = states.RecordStatus.VOID
            row.void_reason = reason.strip()
            self._audit(s, "void", row.form_id, row.id)  # type: ignore[attr-defined]
            return self._view(s, row)


def own_work(s: Session, row: FormRecord, current: FormRevision | None) -> set[uuid.UUID]:
    """Whose work a record is: its owner and author, the author of the revision under decision, and
    the owner of the case or group it belongs to. None of them may approve it, in any role (a decision
    made here or arriving from a device: ``desktop.workspace.device_rights``)."""
    people = {row.owner_id, row.author_id, current.author_id if current else None}
    if row.case_id:
        case = s.get(Case, row.case_id)
        people.add(case.owner_id if case else None)
    if row.group_id:
        group = s.get(ServiceGroup, row.group_id)
        people.add(group.owner_id if group else None)
    people.discard(None)
    return people  # type: ignore[return-value]
