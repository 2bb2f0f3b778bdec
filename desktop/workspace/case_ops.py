"""Case work on the Desk: what a record's state does to its case (the effects its form declares),
which forms a case may take, archiving with the completeness check, the risk flag, paper or phone
approvals, hotline approvals owed, paper originals, and the case timeline."""

from __future__ import annotations

import datetime as dt
import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import AccessDenied, CaseDeskError
from desktop.forms import expressions
from desktop.forms.compute import expression_names, fill, normalize_content
from desktop.forms.schema import FormDef
from desktop.forms.validation import visible_fields
from desktop.models import (
    Account,
    Case,
    CaseStatus,
    Client,
    Decision,
    FormRecord,
    FormRevision,
    GroupStatus,
    ServiceGroup,
    Station,
    utcnow,
)
from desktop.workflow import case_rules
from desktop.workflow.anonymise import anonymise
from desktop.workflow.permissions import Action, require
from desktop.workflow.record_states import RecordStatus


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str  # created / revision / decision
    form_id: str
    record_id: uuid.UUID
    actor: str
    outcome: str | None = None  # approve / return, for decisions
    note: str = ""  # revision number, or the reviewer's opinion
    channel: str = "app"  # app / paper / phone
    confirmed: bool = True


def visible_names(form: FormDef, content: dict[str, Any]) -> dict[str, Any]:
    """Expression names with hidden fields blank: an answer the worker moved away from (a "serious
    problem" ticked, then the visit found nobody at home) does not trigger anything."""
    names = expression_names(form, content)
    shown = {f.id for f in visible_fields(form, names)}
    return {
        k: (v if k in shown or form.field(k) is None or not form.field(k).holds_value else None)
        for k, v in names.items()
    }


class CaseOps:
    """Mixed into ``Desk``."""

    account: Account

    def session(self) -> AbstractContextManager[Session]:  # provided by Desk
        raise NotImplementedError

    def today(self) -> dt.date:  # provided by Desk
        raise NotImplementedError

    @staticmethod
    def case_facts(case: Case) -> case_rules.CaseFacts:
        return case_rules.CaseFacts(
            status=case.status, case_type=case.case_type, hotline=case.hotline, transferred=case.transferred
        )

    # -- effects of a record's state on its case or group ----------------------------------------
    def _apply_effects(self, s: Session, row: FormRecord, form: FormDef, event: str) -> None:
        names = None
        for effect in form.effects:
            if effect.when != event:
                continue
            if effect.condition:
                names = names or visible_names(form, row.content)
                if not expressions.truthy(effect.condition, names, default=False):
                    continue
            case = s.get(Case, row.case_id) if row.case_id else None
            group = s.get(ServiceGroup, row.group_id) if row.group_id else None
            self._do_effect(s, effect.do, row, case, group)

    def _do_effect(
        self, s: Session, effect: str, row: FormRecord, case: Case | None, group: ServiceGroup | None
    ) -> None:
        today = self.today()
        if group is not None:
            if effect in ("number_group", "approve_group"):
                # the plan's focus, for the indicators
                group.focus = self.registry.read(row.form_id, row.content, "focus") or group.focus
            if effect == "number_group":
                self._open_group(s, group)
                group.status = GroupStatus.PLAN_SUBMITTED if group.status == GroupStatus.PLANNING else group.status
            elif effect == "approve_group":
                group.status = GroupStatus.APPROVED
            elif effect == "group_reporting":
                group.status = GroupStatus.REPORTING
            elif effect == "close_group":
                group.status = GroupStatus.CLOSED
                group.closed_on = today
            return
        if effect == "number_record":
            self._number_record(s, row)
            return
        if effect == "open_case_from_visit" and row.client_id is not None:
            self._case_from_visit(s, row)
            return
        if case is None:
            return
        if effect == "open_case":
            self._open_case(s, case)
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
                self.registry.read(row.form_id, row.content, "follow_up_date")
                if self.registry.read(row.form_id, row.content, "follow_up_needed")
                else None
            )
            case.follow_up_on = dt.date.fromisoformat(follow_up) if isinstance(follow_up, str) else None
        elif effect == "close_consultation":
            self._open_case(s, case)
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
        case = Case(
            client_id=client.id,
            project_id=row.project_id,
            case_type="counselling",
            domain=client.domain or "elderly",
            owner_id=row.owner_id,
            author_id=self.account.id,
            household_id=row.household_id or client.household_id,
        )
        s.add(case)
        s.flush()
        details = (
            self.registry.read(row.form_id, row.content, "problem")
            or self.registry.read(row.form_id, row.content, "findings")
            or ""
        )
        intake = FormRecord(
            form_id=self.registry.form_of("intake").id,
            form_version=self.registry.form_of("intake").version,
            project_id=case.project_id,
            case_id=case.id,
            client_id=client.id,
            owner_id=row.owner_id,
            author_id=self.account.id,
            status=RecordStatus.DRAFT,
            content={},
            content_hash="",
            service_line=row.service_line,
        )
        s.add(intake)
        s.flush()
        form, visited = self.registry.form_of("intake"), self.registry.get(row.form_id)
        content = {form.field_for("channel"): "home_visit", form.field_for("request"): details,
                   form.date_field: row.content.get(visited.date_field) if visited.date_field else None}  # fmt: skip
        content.pop(None, None)  # what the intake form does not declare stays empty
        self._set_content(intake, form, fill(form, normalize_content(form, content)[0], self._context(s, intake)))

    def _update_risk(self, s: Session, row: FormRecord, form: FormDef) -> None:
        """The assessment's overall risk is the case's risk flag, shown everywhere."""
        if form.risk_field and row.case_id:
            s.get(Case, row.case_id).risk_level = case_rules.risk_flag(row.content.get(form.risk_field))

    def _check_case_allows(self, s: Session, case: Case, form_id: str) -> None:
        case_rules.check_new_form(self.registry.needs(form_id), self.case_facts(case), self.registry.titles([form_id]))

    # -- what the archive needs ------------------------------------------------------------------
    def archive_missing(self, case_id: uuid.UUID) -> list[str]:
        """Forms the archive still lacks for this case (form ids, in the archive's order)."""
        with self.session() as s:
            case = self._get(s, "case", case_id)  # type: ignore[attr-defined]
            done = set(
                s.scalars(
                    select(FormRecord.form_id).where(
                        FormRecord.case_id == case_id, FormRecord.status == RecordStatus.APPROVED
                    )
                )
            )
            return case_rules.missing_for_archive(
                self.registry.archive_slots(*case_rules.archive_sets(self.case_facts(case))), done
            )

    def sessions_held(self, case_id: uuid.UUID) -> int:
        with self.session() as s:
            self._get(s, "case", case_id)  # type: ignore[attr-defined]
            return len(
                list(
                    s.scalars(
                        select(FormRecord.id).where(
                            FormRecord.case_id == case_id,
                            FormRecord.form_id.in_(self.registry.forms_of("record")),
                            FormRecord.status != RecordStatus.VOID,
                        )
                    )
                )
            )

    def archive_case(self, case_id: uuid.UUID) -> Case:
        """Archive a closed case: refused, naming every missing form, until the set is complete."""
        require(self.account.roles, Action.SERVE)
        missing = self.archive_missing(case_id)
        with self.session() as s:
            case = s.get(Case, case_id)
            self._require_open(s, "case", case_id)  # type: ignore[attr-defined]
            if case.status != CaseStatus.CLOSED:
                raise CaseDeskError("K005")
            if missing:
                names = self.registry.titles(missing)
                raise CaseDeskError("K004", missing=names)
            case.status = CaseStatus.ARCHIVED
            case.archived_on = self.today()
            return case

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
        attachment_id = None
        if evidence is not None:
            attachment_id = self.add_attachment(
                evidence, record_id=record_id, description=f"{channel} approval {given_on}"
            ).id
        self.decide(
            record_id,
            "approve",
            opinion,
            channel=channel,
            reviewer_id=approver_id,
            given_on=given_on,
            evidence_id=attachment_id,
        )

    def confirm_offline_approval(self, decision_id: uuid.UUID) -> None:
        with self.session() as s:
            decision = s.get(Decision, decision_id)
            if decision is None or decision.channel == "app" or decision.confirmed_at is not None:
                raise CaseDeskError("K006")
            if decision.reviewer_id != self.account.id:
                raise AccessDenied("K007")
            decision.confirmed_at = utcnow()

    def unconfirmed_approvals(self) -> list[Decision]:
        with self.session() as s:
            visible = select(FormRecord.id).where(self._visible(s).record())  # type: ignore[attr-defined]
            return list(
                s.scalars(
                    select(Decision).where(
                        Decision.channel != "app", Decision.confirmed_at.is_(None), Decision.record_id.in_(visible)
                    )
                )
            )

    def confirm_hotline_case(self, case_id: uuid.UUID, opinion: str | None = None) -> Case:
        """The supervisor back-fills the approval a hotline consultation owes."""
        require(self.account.roles, Action.REVIEW)
        with self.session() as s:
            case = self._get(s, "case", case_id)  # type: ignore[attr-defined]
            if self.account.id in (case.owner_id, case.author_id):
                raise AccessDenied("A005")
            case.approval_owed = False
            return case

    # -- paper originals (003 第三章第四条: quarterly to the agency) ---------------------------------
    def originals_due(self, on: dt.date | None = None) -> list[Case]:
        """Closed cases whose paper originals have not reached the agency, due by the quarter's end."""
        with self.session() as s:
            return list(
                s.scalars(
                    select(Case)
                    .where(
                        Case.status.in_((CaseStatus.CLOSED, CaseStatus.ARCHIVED)),
                        Case.originals_handed_on.is_(None),
                        self._visible(s).case_open(),  # type: ignore[attr-defined]
                    )
                    .order_by(Case.closed_on)
                )
            )

    def hand_over_originals(self, case_ids: list[uuid.UUID], on: dt.date | None = None) -> None:
        with self.session() as s:
            for case_id in case_ids:
                case = self._get(s, "case", case_id)  # type: ignore[attr-defined]
                self._require_open(s, "case", case_id)  # type: ignore[attr-defined]
                case.originals_handed_on = on or self.today()

    # -- anonymised sharing ------------------------------------------------------------------------
    def anonymised_case(self, case_id: uuid.UUID) -> dict[str, Any]:
        """The case for teaching or case sharing, with nothing that identifies the client or family."""
        with self.session() as s:
            case = self._get(s, "case", case_id)  # type: ignore[attr-defined]
            self._require_open(s, "case", case_id)  # type: ignore[attr-defined]
            client = s.get(Client, case.client_id)
            owner = s.get(Account, case.owner_id) if case.owner_id else None
            station = s.get(Station, owner.station_id) if owner and owner.station_id else None
            records = [
                {"form": r.form_id, "content": dict(r.content)}
                for r in s.scalars(
                    select(FormRecord)
                    .where(
                        FormRecord.case_id == case_id,
                        FormRecord.status != RecordStatus.VOID,
                        self._visible(s).record(),  # type: ignore[attr-defined]
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
                opened_on=case.opened_on or self.today(),
            )

    # -- the case view -----------------------------------------------------------------------------
    def case_timeline(self, case_id: uuid.UUID) -> list[TimelineEntry]:
        """Every form, revision and decision of the case, oldest first."""
        with self.session() as s:
            self._get(s, "case", case_id)  # type: ignore[attr-defined]
            visible = self._visible(s).record()  # type: ignore[attr-defined]
            records = {r.id: r for r in s.scalars(select(FormRecord).where(FormRecord.case_id == case_id, visible))}
            names = {a.id: a.display_name for a in s.scalars(select(Account))}
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
            return sorted(entries, key=lambda e: e.at)
