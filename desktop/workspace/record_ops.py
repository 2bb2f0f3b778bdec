"""Form records (``RecordService``): create, save (a revision once submitted), submit, decide, comment, void.
The rules themselves are in ``desktop.workflow``; this module applies them to rows."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.errors import AccessDenied, CaseDeskError, InvalidContent
from desktop.forms import expressions
from desktop.forms.compute import expression_names, fill, normalize_content
from desktop.forms.schema import FormDef, FormScope
from desktop.forms.validation import Report, validate, visible_fields
from desktop.models import (
    Account,
    Case,
    CaseStatus,
    Client,
    Comment,
    Decision,
    Draft,
    FormRecord,
    FormRevision,
    GroupStatus,
    Household,
    Project,
    ServiceGroup,
    utcnow,
)
from desktop.roles import role_label
from desktop.workflow import corrections
from desktop.workflow import record_states as states
from desktop.workflow.permissions import Action, allowed, may_fill_step, require
from desktop.workspace.access_ops import AccessService
from desktop.workspace.context_ops import ContextService
from desktop.workspace.core import Core
from desktop.workspace.visible import station_has_supervisor


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


# What the case and group services register (README, "Architecture"): records never call those services, which
# call records in turn; each hook runs in the record's unit of work.
Check = Callable[[Session, Any, str], None]  # (s, the case or group, form id): refuses a form it cannot take yet
Saved = Callable[[Session, FormRecord, FormDef], None]  # after a save or a submission: the content's news
Effect = Callable[[Session, FormRecord, str], None]  # (s, row, effect): one effect its form declares, due now


def visible_names(form: FormDef, content: dict[str, Any]) -> dict[str, Any]:
    """Expression names with hidden fields blank: an answer the worker moved away from (a "serious
    problem" ticked, then the visit found nobody at home) does not trigger anything."""
    names = expression_names(form, content)
    shown = {f.id for f in visible_fields(form, names)}
    return {
        k: (v if k in shown or (field := form.field(k)) is None or not field.holds_value else None)
        for k, v in names.items()
    }


class RecordService:
    """Form records: create, save, submit, decide, comment, void. Needs: the core, access (the record and its
    case or group in view) and the context (the values a form carries). What a record does to its case or group
    is registered by the case and group services (``on_check``, ``on_saved``, ``on_effect``)."""

    def __init__(self, core: Core, access: AccessService, context: ContextService) -> None:
        self.core, self.access, self.context = core, access, context
        self._checks: dict[FormScope, list[Check]] = {}
        self._saved: list[Saved] = []
        self._effects: list[Effect] = []

    # -- the table of effects ------------------------------------------------------------------------
    def on_check(self, scope: FormScope, check: Check) -> None:
        """``check`` refuses a new record of a form its case (``FormScope.CASE``) or group cannot take yet."""
        self._checks.setdefault(scope, []).append(check)

    def on_saved(self, saved: Saved) -> None:
        """``saved`` reads a record's content after each save and submission (the case's risk flag)."""
        self._saved.append(saved)

    def on_effect(self, effect: Effect) -> None:
        """``effect`` is handed each effect a record's form declares once its state reaches the effect's event;
        it acts on the effects that are its own and leaves the others."""
        self._effects.append(effect)

    def _check(self, s: Session, scope: FormScope, target: Any, form_id: str) -> None:
        for check in self._checks.get(scope, ()):
            check(s, target, form_id)

    def _after_save(self, s: Session, row: FormRecord, form: FormDef) -> None:
        for saved in self._saved:
            saved(s, row, form)

    def _apply_effects(self, s: Session, row: FormRecord, form: FormDef, event: str) -> None:
        names = None
        for effect in form.effects:
            if effect.when != event:
                continue
            if effect.condition:
                names = names or visible_names(form, row.content)
                if not expressions.truthy(effect.condition, names, default=False):
                    continue
            for handler in self._effects:
                handler(s, row, effect.do)

    # -- reading ---------------------------------------------------------------------------------
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
        chain = self.core.registry.get(row.form_id).approval if row.form_id in self.core.registry else ()
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
        with self.core.session() as s:
            return self._view(s, self.access.record_row(s, record_id))

    def records(
        self,
        form_id: str | None = None,
        case_id: uuid.UUID | None = None,
        group_id: uuid.UUID | None = None,
        status: str | None = None,
    ) -> list[RecordView]:
        with self.core.session() as s:
            visible = self.access.visible(s).record()
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
        with self.core.session() as s:
            self.access.record_row(s, record_id)
            return list(
                s.scalars(select(FormRevision).where(FormRevision.record_id == record_id).order_by(FormRevision.number))
            )

    def decisions(self, record_id: uuid.UUID) -> list[Decision]:
        with self.core.session() as s:
            self.access.record_row(s, record_id)
            return list(
                s.scalars(select(Decision).where(Decision.record_id == record_id).order_by(Decision.created_at))
            )

    def comments(self, record_id: uuid.UUID) -> list[Comment]:
        with self.core.session() as s:
            self.access.record_row(s, record_id)
            return list(s.scalars(select(Comment).where(Comment.record_id == record_id).order_by(Comment.created_at)))

    # -- writing ---------------------------------------------------------------------------------
    def _require_owner(self, row: FormRecord) -> None:
        """The content is the worker's: only the owning worker edits or submits it."""
        if row.owner_id != self.core.account.id:
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
        self.core.require(Action.SERVE)
        form = self.core.registry.get(form_id)
        with self.core.session() as s:
            return self.create_record(
                s, form, case_id=case_id, group_id=group_id, client_id=client_id, household_id=household_id,
                project_id=project_id, content=content, service_line=service_line, minutes_spent=minutes_spent,
                hidden_from=hidden_from,
            )  # fmt: skip

    def create_record(
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
        owner_id = self.core.account.id
        if form.scope is FormScope.CASE:
            if case_id is None:
                raise CaseDeskError("R010", scope="个案 / case")
            case = s.get(Case, case_id)
            if case is None:
                raise CaseDeskError("R008", kind="个案 / case", id=str(case_id))
            self.access.require_open(s, "case", case.id)
            self._check(s, FormScope.CASE, case, form.id)
            project_id, client_id = case.project_id, case.client_id
            household_id = household_id or case.household_id
            service_line = service_line or case.service_line
        elif form.scope is FormScope.GROUP:
            if group_id is None:
                raise CaseDeskError("R010", scope="小组/活动 / group")
            group = s.get(ServiceGroup, group_id)
            if group is None:
                raise CaseDeskError("R008", kind="小组/活动 / group", id=str(group_id))
            self.access.require_open(s, "group", group.id)
            self._check(s, FormScope.GROUP, group, form.id)
            project_id = group.project_id
            service_line = service_line or group.service_line
        elif form.scope is FormScope.CLIENT and (client_id is None or s.get(Client, client_id) is None):
            raise CaseDeskError("R010", scope="服务对象 / client")
        elif form.scope is FormScope.HOUSEHOLD and (household_id is None or s.get(Household, household_id) is None):
            raise CaseDeskError("R010", scope="家庭 / household")
        for kind, linked in (("client", client_id), ("household", household_id)):
            if linked is not None and form.scope not in (FormScope.CASE, FormScope.GROUP):
                self.access.require_seen(s, kind, linked)
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
            author_id=self.core.account.id,
            hidden_from_id=hidden_from,
            status=states.RecordStatus.DRAFT,
            content={},
            content_hash="",
            service_line=service_line or "routine",
            minutes_spent=minutes_spent,
        )
        s.add(row)
        s.flush()
        filled = fill(form, normalize_content(form, content or {})[0], self.context.context(s, row))
        self.set_content(row, form, filled)
        self.core.audit(s, "create", form.id, row.id)
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
                FormRecord.form_id.in_(self.core.registry.forms_of(form.role) if form.role else (form.id,)),
                FormRecord.status != states.RecordStatus.VOID,
                FormRecord.case_id == case_id if case_id else FormRecord.group_id == group_id,
            )
        )
        if existing:
            raise CaseDeskError("R011", form=form.title.zh)

    @staticmethod
    def set_content(row: FormRecord, form: FormDef, content: dict[str, Any]) -> None:
        row.content = content
        row.content_hash = states.content_hash(form.id, row.form_version, content, form.carried_ids)
        value = content.get(form.date_field) if form.date_field else None
        try:
            row.service_date = dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:  # a date still being corrected
            row.service_date = None

    def validate_record(self, record_id: uuid.UUID, content: dict[str, Any] | None = None) -> Report:
        with self.core.session() as s:
            row = self.access.record_row(s, record_id)
            form = self.core.registry.get(row.form_id)
            return validate(form, row.content if content is None else content, self.context.context(s, row))

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
        with self.core.session() as s:
            row = self.access.record_row(s, record_id, lock=True)
            self._require_owner(row)
            form = self.core.registry.get(row.form_id)
            report = validate(form, content, self.context.context(s, row))
            if minutes_spent is not None:
                row.minutes_spent = minutes_spent
            if service_line is not None:
                row.service_line = service_line
            status, new_revision = states.after_save(row.status, row.revision_no > 0)  # refuses a void one
            new_hash = states.content_hash(form.id, form.version, report.content, form.carried_ids)
            if new_hash != row.content_hash:
                row.form_version = form.version  # saved now, so filled against today's definition
                self.set_content(row, form, report.content)
                row.status = status
                if new_revision:
                    self._add_revision(s, row)
                self.core.audit(s, "edit", form.id, row.id, revision=row.revision_no)
            elif report.content != row.content:
                row.content = report.content  # only carried values moved (the case got its number)
            self._after_save(s, row, form)
            # Saved: the autosaved draft of this typing is no longer needed.
            s.execute(delete(Draft).where(Draft.record_id == row.id, Draft.account_id == self.core.account.id))
            return self._view(s, row), report

    def new_valid_record(self, form_id: str, content: dict[str, Any], **scope: Any) -> tuple[RecordView, Report]:
        """A new record of ``form_id`` holding ``content`` (``scope`` as ``new_record`` takes it), made only when
        the form's validation finds no error in it: where nobody corrects a form field by field (a script), an
        invalid content is refused whole (``InvalidContent``, R013, with its errors) and nothing is made."""
        with self.core.session():  # one unit of work: the refusal rolls the new record back with it
            record = self.new_record(form_id, **scope)
            return self.save_valid_record(record.id, {**record.content, **content})

    def save_valid_record(self, record_id: uuid.UUID, content: dict[str, Any]) -> tuple[RecordView, Report]:
        """``save_record``, refused whole (``InvalidContent``, R013, nothing saved) when the content has an
        error as the form validates it; its warnings are in the report."""
        with self.core.session():
            view, report = self.save_record(record_id, content)
            if report.errors:
                raise InvalidContent(report.errors)
            return view, report

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
            author_id=self.core.account.id,
        )
        s.add(revision)
        s.flush()
        return revision

    def _current_revision(self, s: Session, row: FormRecord) -> FormRevision | None:
        return s.scalars(
            select(FormRevision).where(FormRevision.record_id == row.id, FormRevision.number == row.revision_no)
        ).first()

    def submit_record(self, record_id: uuid.UUID) -> tuple[RecordView, Report]:
        with self.core.session() as s:
            row = self.access.record_row(s, record_id, lock=True)
            self._require_owner(row)
            form = self.core.registry.get(row.form_id)
            report = validate(form, row.content, self.context.context(s, row))
            states.check_submit(row.status, len(report.errors))
            if report.content != row.content:
                self.set_content(row, form, report.content)
            current = self._current_revision(s, row)
            # The submitted revision holds every value as the worker sees it now, carried ones too (the paper
            # prints them from it): a carried value that moved since the last save makes a new revision.
            if current is None or current.content_hash != row.content_hash or current.content != row.content:
                self._add_revision(s, row)
            row.submission_count += 1
            row.submitted_at = utcnow()
            row.status = states.after_submit(form.approval, 0)
            if row.status == states.RecordStatus.APPROVED:
                row.approved_at = utcnow()
            self._after_save(s, row, form)
            self._apply_effects(s, row, form, "submitted")
            if row.status == states.RecordStatus.APPROVED:  # no chain: complete once submitted
                self._apply_effects(s, row, form, "approved")
            self.core.audit(s, "submit", form.id, row.id, revision=row.revision_no)
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
        with self.core.session() as s:
            row = self.access.record_row(s, record_id, lock=True)
            form = self.core.registry.get(row.form_id)
            reviewer = self.core.account if reviewer_id is None else s.get(Account, reviewer_id)
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
                self.access.require_seen(s, "record", row.id, account=reviewer)
            approvals = self._approvals(s, row)
            step = states.pending_step(form.approval, approvals)
            assert step is not None  # check_decide saw SUBMITTED, so a step waits
            role = form.approval[step]
            owner = s.get(Account, row.owner_id) if row.owner_id else None
            station_id = owner.station_id if owner else None
            if not may_fill_step(role, reviewer.roles, station_has_supervisor=station_has_supervisor(s, station_id)):
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
                    recorded_by_id=self.core.account.id if reviewer_id is not None else None,
                )
            )
            s.flush()
            row.status = states.after_decision(form.approval, approvals + (outcome == "approve"), outcome)
            if row.status == states.RecordStatus.APPROVED:
                row.approved_at = utcnow()
            if row.status in (states.RecordStatus.APPROVED, states.RecordStatus.RETURNED):
                self._apply_effects(s, row, form, str(row.status))
            self.core.audit(s, "decide", form.id, row.id, outcome=outcome, channel=channel, reviewer=reviewer.id)
            return self._view(s, row)

    def comment(self, record_id: uuid.UUID, text: str, field_id: str | None = None) -> Comment:
        if not text.strip():
            raise CaseDeskError("C001", what="comment / 意见")
        with self.core.session() as s:
            row = self.access.record_row(s, record_id)
            current = self._current_revision(s, row)
            comment = Comment(
                record_id=row.id,
                revision_id=current.id if current else None,
                author_id=self.core.account.id,
                field_id=field_id,
                text=text.strip(),
            )
            s.add(comment)
            self.core.audit(s, "comment", row.form_id, row.id)
            return comment

    def void_record(self, record_id: uuid.UUID, reason: str) -> RecordView:
        """Void, never delete: the record stays with its history and its reason. The owner voids her draft
        (or a returned record); a supervisor (``VOID_OTHERS``) any record; none in an archived file (K010)."""
        with self.core.session() as s:
            row = self.access.record_row(s, record_id, lock=True)
            states.check_void(row.status, reason)
            own = row.owner_id == self.core.account.id
            if not corrections.may_void(
                row.status, own=own, may_void_others=allowed(self.core.roles, Action.VOID_OTHERS)
            ):
                raise AccessDenied("K012")
            case = s.get(Case, row.case_id) if row.case_id else None
            group = s.get(ServiceGroup, row.group_id) if row.group_id else None
            if case is not None and case.status == CaseStatus.ARCHIVED:
                raise CaseDeskError("K010", what="个案", what_en="case")
            if group is not None and group.status == GroupStatus.ARCHIVED:
                raise CaseDeskError("K010", what="小组/活动", what_en="group or activity")
            was = row.status
            row.status = states.RecordStatus.VOID
            row.void_reason = reason.strip()
            self.core.audit(s, "void", row.form_id, row.id, reason=row.void_reason, was=was)
            return self._view(s, row)


def own_work(s: Session, row: FormRecord, current: FormRevision | None) -> set[uuid.UUID]:
    """Whose work a record is: its owner and author, the author of the revision under decision, and
    the owner of the case or group it belongs to. None of them may approve it, in any role (a decision
    made here or arriving from a device: ``desktop.workspace.device_rights``)."""
    people: set[uuid.UUID | None] = {row.owner_id, row.author_id, current.author_id if current else None}
    if row.case_id:
        case = s.get(Case, row.case_id)
        people.add(case.owner_id if case else None)
    if row.group_id:
        group = s.get(ServiceGroup, row.group_id)
        people.add(group.owner_id if group else None)
    return {person for person in people if person is not None}
