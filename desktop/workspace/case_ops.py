"""Case work (``CaseService``): what a record's state does to its case (the effects its form declares),
which forms a case may take, archiving with the completeness check, the risk flag, paper or phone
approvals, hotline approvals owed, paper originals, and the case timeline."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import AccessDenied, CaseDeskError
from desktop.forms.compute import fill, normalize_content
from desktop.forms.schema import FormDef, FormScope
from desktop.models import (
    Account,
    AuditEntry,
    Case,
    CaseStatus,
    Client,
    Decision,
    FormRecord,
    FormRevision,
    ServiceGroup,
    Station,
    utcnow,
)
from desktop.workflow import case_rules
from desktop.workflow.anonymise import anonymise
from desktop.workflow.permissions import Action
from desktop.workflow.record_states import RecordStatus
from desktop.workspace.access_ops import AccessService
from desktop.workspace.archiving import archive_file
from desktop.workspace.attachment_ops import AttachmentService
from desktop.workspace.context_ops import ContextService
from desktop.workspace.core import Core
from desktop.workspace.numbering_ops import NumberingService
from desktop.workspace.record_ops import RecordService
from desktop.workspace.service_ops import PeopleService
from desktop.workspace.views import CaseView


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str  # created / revision / decision / void / confirmed / correction (of the case or its client)
    form_id: str  # "" for a correction of the case or its client
    record_id: uuid.UUID | None
    actor: str
    outcome: str | None = None  # approve / return, for decisions
    note: str = ""  # revision number, or the reviewer's opinion
    channel: str = "app"  # app / paper / phone
    confirmed: bool = True
    fields: tuple[str, ...] = ()  # for corrections: the fields corrected (never their values for a client)
    subject: str = "record"  # what the entry is about: record, or case / client for a correction


class CaseService:
    """Case work: what a record does to its case, archiving, paper approvals, the timeline. Needs: the core,
    access (the case in view), people (reading a case), numbering (opening a case), records (deciding, and the
    table of effects this service registers with), the context (a case started from a visit) and the attachment
    files (a paper approval's scan)."""

    def __init__(
        self,
        core: Core,
        access: AccessService,
        people: PeopleService,
        numbering: NumberingService,
        records: RecordService,
        context: ContextService,
        attachment_files: AttachmentService,
    ) -> None:
        self.core, self.access, self.people, self.numbering = core, access, people, numbering
        self.records, self.context, self.attachment_files = records, context, attachment_files
        records.on_check(FormScope.CASE, self._check_case_allows)
        records.on_saved(self._update_risk)
        records.on_effect(self._apply_effect)

    @staticmethod
    def case_facts(case: Case) -> case_rules.CaseFacts:
        return case_rules.CaseFacts(
            status=case.status, case_type=case.case_type, hotline=case.hotline, transferred=case.transferred
        )

    # -- effects of a record's state on its case -------------------------------------------------
    def _apply_effect(self, s: Session, row: FormRecord, effect: str) -> None:
        if row.group_id and s.get(ServiceGroup, row.group_id) is not None:
            return  # a group's record: its effects are the group service's
        today = self.core.today()
        if effect == "number_record":
            self.numbering.number_record(s, row)
            return
        if effect == "open_case_from_visit" and row.client_id is not None:
            self._case_from_visit(s, row)
            return
        case = s.get(Case, row.case_id) if row.case_id else None
        if case is None:
            return
        if effect == "open_case":
            self.numbering.open_case_row(s, case)
        elif effect == "decline_case":
            case.status = CaseStatus.NOT_OPENED
        elif effect == "case_closing":
            case.status = CaseStatus.CLOSING
        elif effect == "reopen_case":
            case.status = CaseStatus.OPEN
        elif effect == "close_case":
            case.status = CaseStatus.CLOSED
            case.closed_on = today
            follow_up = (
                self.core.registry.read(row.form_id, row.content, "follow_up_date")
                if self.core.registry.read(row.form_id, row.content, "follow_up_needed")
                else None
            )
            case.follow_up_on = dt.date.fromisoformat(follow_up) if isinstance(follow_up, str) else None
        elif effect == "close_consultation":
            self.numbering.open_case_row(s, case)
            case.status = CaseStatus.CLOSED
            case.closed_on = today
            # 003 第三章第四条: hotline consultations are served first, their approval back-filled.
            case.approval_owed = case.hotline
        elif effect == "mark_transferred":
            case.transferred = True

    def _case_from_visit(self, s: Session, row: FormRecord) -> None:
        """A visit that found a serious problem starts a case in one step: the case, and its intake
        already holding what the visit found, for the worker to complete and submit."""
        client = s.get(Client, row.client_id)
        assert client is not None  # a visit is a client's
        read = self.core.registry.read
        # The worker chose both on the visit; a visit filled before the form asked (version 1) keeps the old way.
        case = Case(
            client_id=client.id,
            project_id=row.project_id,
            case_type=read(row.form_id, row.content, "new_case_type") or "counselling",
            domain=read(row.form_id, row.content, "new_case_domain") or client.domain or "elderly",
            owner_id=row.owner_id,
            author_id=self.core.account.id,
            household_id=row.household_id or client.household_id,
        )
        s.add(case)
        s.flush()
        details = (
            self.core.registry.read(row.form_id, row.content, "problem")
            or self.core.registry.read(row.form_id, row.content, "findings")
            or ""
        )
        intake = FormRecord(
            form_id=self.core.registry.form_of("intake").id,
            form_version=self.core.registry.form_of("intake").version,
            project_id=case.project_id,
            case_id=case.id,
            client_id=client.id,
            owner_id=row.owner_id,
            author_id=self.core.account.id,
            status=RecordStatus.DRAFT,
            content={},
            content_hash="",
            service_line=row.service_line,
        )
        s.add(intake)
        s.flush()
        form, visited = self.core.registry.form_of("intake"), self.core.registry.get(row.form_id)
        wanted = {form.field_for("channel"): "home_visit", form.field_for("request"): details,
                  form.date_field: row.content.get(visited.date_field) if visited.date_field else None}  # fmt: skip
        content = {
            k: v for k, v in wanted.items() if k is not None
        }  # what the intake form does not declare stays empty
        self.records.set_content(
            intake, form, fill(form, normalize_content(form, content)[0], self.context.context(s, intake))
        )

    def _update_risk(self, s: Session, row: FormRecord, form: FormDef) -> None:
        """The assessment's overall risk is the case's risk flag, shown everywhere."""
        if form.risk_field and row.case_id:
            case = s.get(Case, row.case_id)
            assert case is not None  # the record's case
            case.risk_level = case_rules.risk_flag(row.content.get(form.risk_field))

    def _check_case_allows(self, s: Session, case: Case, form_id: str) -> None:
        case_rules.check_new_form(
            self.core.registry.needs(form_id), self.case_facts(case), self.core.registry.titles([form_id])
        )

    # -- corrections -----------------------------------------------------------------------------
    def correct_case(
        self, case_id: uuid.UUID, reason: str, *, domain: str | None = None, case_type: str | None = None
    ) -> CaseView:
        """Correct the case's domain or type, with the reason: the worker's until the case has its archive
        number, the supervisor's after (K008). The number stays; the indicators read the corrected domain."""
        with self.core.session() as s:
            case = self.people.get(s, "case", case_id)
            self.people.correct_file_row(s, "case", case, reason, domain=domain, case_type=case_type)
            return CaseView.of(case)

    # -- what the archive needs ------------------------------------------------------------------
    def archive_missing(self, case_id: uuid.UUID) -> list[str]:
        """Forms the archive still lacks for this case (form ids, in the archive's order)."""
        with self.core.session() as s:
            case = self.people.get(s, "case", case_id)
            done = set(
                s.scalars(
                    select(FormRecord.form_id).where(
                        FormRecord.case_id == case_id, FormRecord.status == RecordStatus.APPROVED
                    )
                )
            )
            return case_rules.missing_for_archive(
                self.core.registry.archive_slots(*case_rules.archive_sets(self.case_facts(case))), done
            )

    def sessions_held(self, case_id: uuid.UUID) -> int:
        with self.core.session() as s:
            self.people.get(s, "case", case_id)
            return len(
                list(
                    s.scalars(
                        select(FormRecord.id).where(
                            FormRecord.case_id == case_id,
                            FormRecord.form_id.in_(self.core.registry.forms_of("record")),
                            FormRecord.status != RecordStatus.VOID,
                        )
                    )
                )
            )

    def archive_case(self, case_id: uuid.UUID) -> CaseView:
        """Archive a closed case: refused, naming every missing form, until the set is complete."""
        self.core.require(Action.SERVE)
        with self.core.session() as s:
            missing = self.archive_missing(case_id)
            self.access.require_open(s, "case", case_id)
            case = s.get(Case, case_id)
            archive_file(case, missing, self.core.registry, self.core.today(), closed=CaseStatus.CLOSED,
                         codes=("K005", "K004"))  # fmt: skip
            s.flush()
            return CaseView.of(case)

    # -- approvals given on paper or by phone, and hotline approvals owed --------------------------
    def record_offline_approval(
        self,
        record_id: uuid.UUID,
        approver_id: uuid.UUID,
        given_on: dt.date,
        channel: str = "paper",
        evidence: Any = None,
        opinion: str | None = None,
    ) -> None:
        """The worker records an approval the supervisor gave on paper or by phone (who, when, a scan).
        It counts at once and stays flagged until the supervisor confirms it in the app."""
        if channel not in ("paper", "phone"):
            raise CaseDeskError("C001", what="channel paper|phone")
        with self.core.session():  # the scan and the decision together, or neither
            attachment_id = None
            if evidence is not None:
                attachment_id = self.attachment_files.add_attachment(
                    evidence, record_id=record_id, description=f"{channel} approval {given_on}"
                ).id
            self.records.decide(
                record_id,
                "approve",
                opinion,
                channel=channel,
                reviewer_id=approver_id,
                given_on=given_on,
                evidence_id=attachment_id,
            )

    def confirm_offline_approval(self, decision_id: uuid.UUID) -> None:
        with self.core.session() as s:
            decision = s.get(Decision, decision_id)
            if decision is None or decision.channel == "app" or decision.confirmed_at is not None:
                raise CaseDeskError("K006")
            if decision.reviewer_id != self.core.account.id:
                raise AccessDenied("K007")
            record = self.access.record_row(s, decision.record_id)
            decision.confirmed_at = utcnow()
            self.core.audit(s, "confirm", record.form_id, record.id, decision=decision.id, channel=decision.channel)

    def unconfirmed_approvals(self) -> list[Decision]:
        with self.core.session() as s:
            visible = select(FormRecord.id).where(self.access.visible(s).record())
            return list(
                s.scalars(
                    select(Decision).where(
                        Decision.channel != "app", Decision.confirmed_at.is_(None), Decision.record_id.in_(visible)
                    )
                )
            )

    def confirm_hotline_case(self, case_id: uuid.UUID, opinion: str | None = None) -> Case:
        """The supervisor back-fills the approval a hotline consultation owes."""
        self.core.require(Action.REVIEW)
        with self.core.session() as s:
            case = self.people.get(s, "case", case_id)
            if self.core.account.id in (case.owner_id, case.author_id):
                raise AccessDenied("A005")
            case.approval_owed = False
            return case

    # -- paper originals (003 第三章第四条: quarterly to the agency) ---------------------------------
    def hand_over_originals(self, case_ids: list[uuid.UUID], on: dt.date | None = None) -> None:
        with self.core.session() as s:
            for case_id in case_ids:
                case = self.people.get(s, "case", case_id)
                self.access.require_open(s, "case", case_id)
                case.originals_handed_on = on or self.core.today()

    # -- anonymised sharing ------------------------------------------------------------------------
    def anonymised_case(self, case_id: uuid.UUID) -> dict[str, Any]:
        """The case for teaching or case sharing, with nothing that identifies the client or family."""
        with self.core.session() as s:
            case = self.people.get(s, "case", case_id)
            self.access.require_open(s, "case", case_id)
            client = s.get(Client, case.client_id)
            assert client is not None  # a case's client
            owner = s.get(Account, case.owner_id) if case.owner_id else None
            station = s.get(Station, owner.station_id) if owner and owner.station_id else None
            records = [
                {"form": r.form_id, "content": dict(r.content)}
                for r in s.scalars(
                    select(FormRecord)
                    .where(
                        FormRecord.case_id == case_id,
                        FormRecord.status != RecordStatus.VOID,
                        self.access.visible(s).record(),
                    )
                    .order_by(FormRecord.created_at)
                )
            ]
            staff = [a.display_name for a in s.scalars(select(Account))]
            return anonymise(
                {
                    "case_type": case.case_type,
                    "domain": case.domain,
                    "status": case.status,
                    "risk_level": case.risk_level,
                    "opened": case.opened_on.isoformat()[:7] if case.opened_on else None,
                },
                {
                    "name": client.name,
                    "birth_date": client.birth_date.isoformat() if client.birth_date else None,
                    "sex": client.sex,
                    "domain": client.domain,
                    "address": client.address,
                },
                records,
                township=(station.township or station.name) if station else "",
                staff=staff,
                opened_on=case.opened_on or self.core.today(),
            )

    # -- the case view -----------------------------------------------------------------------------
    def case_timeline(self, case_id: uuid.UUID) -> list[TimelineEntry]:
        """Every form, revision and decision of the case, oldest first."""
        with self.core.session() as s:
            self.people.get(s, "case", case_id)
            visible = self.access.visible(s).record()
            records = {r.id: r for r in s.scalars(select(FormRecord).where(FormRecord.case_id == case_id, visible))}
            names: dict[uuid.UUID | None, str] = {a.id: a.display_name for a in s.scalars(select(Account))}
            entries = [
                TimelineEntry(r.created_at, "created", r.form_id, r.id, names.get(r.author_id, ""))
                for r in records.values()
            ]
            for rev in s.scalars(select(FormRevision).where(FormRevision.record_id.in_(records))):
                entries.append(
                    TimelineEntry(
                        rev.created_at,
                        "revision",
                        records[rev.record_id].form_id,
                        rev.record_id,
                        names.get(rev.author_id, ""),
                        note=str(rev.number),
                    )
                )
            for d in s.scalars(select(Decision).where(Decision.record_id.in_(records))):
                entries.append(
                    TimelineEntry(
                        d.created_at,
                        "decision",
                        records[d.record_id].form_id,
                        d.record_id,
                        names.get(d.reviewer_id, ""),
                        outcome=d.outcome,
                        note=d.opinion or "",
                        channel=d.channel,
                        confirmed=d.confirmed_at is not None,
                    )
                )
            entries += self._corrections(s, self.people.get(s, "case", case_id), records, names)
            return sorted(entries, key=lambda e: e.at)

    @staticmethod
    def _corrections(
        s: Session, case: Case, records: dict[uuid.UUID, FormRecord], names: dict[uuid.UUID | None, str]
    ) -> list[TimelineEntry]:
        """From the audit log: the case's and its client's corrections, its records' voids and confirmations."""
        targets = {str(case.id), str(case.client_id), *(str(r) for r in records)}
        entries = []
        for e in s.scalars(
            select(AuditEntry).where(
                AuditEntry.action.in_(("correct", "void", "confirm")), AuditEntry.target.in_(targets)
            )
        ):
            record_id = uuid.UUID(e.target) if e.target and uuid.UUID(e.target) in records else None
            kind = {"correct": "correction", "void": "void", "confirm": "confirmed"}[e.action]
            if e.kind not in ("case", "client") and record_id is None:
                continue  # a client's other kinds of entry, never
            entries.append(
                TimelineEntry(
                    e.at,
                    kind,
                    records[record_id].form_id if record_id else "",
                    record_id,
                    names.get(e.account_id, ""),
                    note=str((e.detail or {}).get("reason", "")),
                    channel=str((e.detail or {}).get("channel", "app")),
                    fields=tuple((e.detail or {}).get("fields", ())),
                    subject="record" if record_id else str(e.kind),
                )
            )
        return entries
