"""The personal-information report on the Desk (个人信息报告): everything the workspace holds about one
client, for their right to see and correct it (个人信息保护法 第四十五、四十六条) — their details and
household, every case and group or activity they take part in, every form's content under its labels,
attachments, signatures, transfers, and who opened or changed their file and when (docs/security.md).

The report shows what the account producing it may see (docs/rules.md, "Who sees what"): for the agency
head and the business lead that is the whole agency, for anyone else their own view, and the report says
which. Producing it is written to the audit log; the PDF and the JSON are made from one plain structure."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.files.atomic import write_bytes_atomic
from desktop.forms.registry import Registry
from desktop.models import (
    Account,
    Agency,
    Attachment,
    AuditEntry,
    Case,
    Client,
    Comment,
    Decision,
    FormRecord,
    FormRevision,
    Household,
    HouseholdMember,
    Project,
    ServiceGroup,
    Signature,
    Station,
    utcnow,
)
from desktop.models.services import service_status_label
from desktop.roles import role_label
from desktop.workflow import retention
from desktop.workflow.permissions import Action, allowed
from desktop.workflow.record_states import RecordStatus, status_label
from desktop.workspace import personal_report as pr
from desktop.workspace.access_ops import AccessService
from desktop.workspace.core import Core
from desktop.workspace.peers import People

REPORT_FORMATS = ("pdf", "json")
GROUP_TABLE_ROLES = ("registration", "attendance")  # the roles of the group forms that list people by name
SCOPE_ZH = {True: "本机构保存的全部记录", False: "出具人有权查看的记录（完整报告由机构负责人或业务负责人出具）"}
SCOPE_EN = {
    True: "every record the agency holds",
    False: "the records its author may see (the agency head or business lead produces the complete report)",
}


class PrivacyService:
    """The personal-information report. Needs: the core, access (what the author sees) and the people (the
    client, refused outside the view)."""

    def __init__(self, core: Core, access: AccessService, people: People) -> None:
        self.core, self.access, self.people = core, access, people

    @property
    def registry(self) -> Registry:
        return self.core.registry  # read when asked: the hub's newer definitions may have replaced it

    def personal_report(self, client_id: uuid.UUID) -> dict[str, Any]:
        """The report as plain data (lists, dicts, strings): the JSON export is exactly this. Logged."""
        with self.core.session() as s:
            report = self._personal_report(s, client_id)
            self.core.audit(s, "report", "client", client_id, format="data")
            return report

    def write_personal_report(self, client_id: uuid.UUID, out: Path, fmt: str = "pdf") -> Path:
        """The report as a PDF (for the person, on paper) or as JSON, written whole; logged in the same
        transaction, so a report that could not be written leaves no entry."""
        if fmt not in REPORT_FORMATS:
            raise CaseDeskError("C001", what="--format pdf|json")
        out = Path(out)
        with self.core.session() as s:
            report = self._personal_report(s, client_id)
            if fmt == "json":
                data = json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8")
            else:
                from desktop.pdf.privacy import personal_report_pdf

                buffer = io.BytesIO()
                personal_report_pdf(report, buffer)
                data = buffer.getvalue()
            self.core.audit(s, "report", "client", client_id, format=fmt)
            write_bytes_atomic(out, data)  # a folder that is not there: W003, nothing made
        return out

    # -- gathering ---------------------------------------------------------------------------------
    def _personal_report(self, s: Session, client_id: uuid.UUID) -> dict[str, Any]:
        client: Client = self.people.get(s, "client", client_id)  # A009 outside the view
        visible = self.access.visible(s)
        complete = visible.scope.agency_wide
        names = {a.id: a.display_name for a in s.scalars(select(Account))}
        agency = s.scalars(select(Agency)).first()
        household = s.get(Household, client.household_id) if client.household_id else None
        if household is not None and not self.access.sees(s, "household", household.id):
            household = None
        cases = list(
            s.scalars(select(Case).where(Case.client_id == client.id, visible.case()).order_by(Case.created_at))
        )
        records_of = {
            case.id: list(
                s.scalars(
                    select(FormRecord)
                    .where(FormRecord.case_id == case.id, visible.record())
                    .order_by(FormRecord.created_at)
                )
            )
            for case in cases
        }
        own = [FormRecord.client_id == client.id]
        if household is not None:
            own.append((FormRecord.household_id == household.id) & FormRecord.client_id.is_(None))
        loose = list(
            s.scalars(
                select(FormRecord)
                .where(or_(*own), FormRecord.case_id.is_(None), FormRecord.group_id.is_(None), visible.record())
                .order_by(FormRecord.created_at)
            )
        )
        records = [r for rows in records_of.values() for r in rows] + loose
        record_ids = [r.id for r in records]
        attachment_rows = list(
            s.scalars(
                select(Attachment)
                .where(
                    or_(
                        Attachment.client_id == client.id,
                        Attachment.case_id.in_([c.id for c in cases]),
                        Attachment.record_id.in_(record_ids),
                    ),
                    visible.attachment(),
                )
                .order_by(Attachment.created_at)
            )
        )
        files = {str(a.id): a.filename for a in attachment_rows}
        lengths = period_lengths(s)
        report: dict[str, Any] = {
            "format": pr.FORMAT,
            "version": pr.VERSION,
            "report": {
                "title_zh": "个人信息报告",
                "title_en": "Personal information report",
                "agency": agency.name if agency else "",
                "generated_at": pr.when(utcnow().replace(microsecond=0)),
                "generated_by": self.core.account.display_name,
                "roles": [role_label(r) for r in self.core.roles],
                "complete": complete,
                "scope_zh": SCOPE_ZH[complete],
                "scope_en": SCOPE_EN[complete],
            },
            "client": self._client_part(s, client, names),
            "household": self._household_part(s, household) if household else None,
            "cases": [self._case_part(s, case, records_of[case.id], names, files, lengths) for case in cases],
            "groups": self._group_part(s, client, visible),
            "records": [self._record_part(s, r, names, files) for r in loose],
            "attachments": [self._attachment_part(a, names, records, cases) for a in attachment_rows],
            "signatures": self._signature_part(s, records),
            "transfers": self._transfer_part(cases, records_of, files),
            "access": self._access_part(s, client, household, cases, records, attachment_rows, names),
        }
        return report

    def _client_part(self, s: Session, client: Client, names: dict[uuid.UUID, str]) -> dict[str, Any]:
        reg = self.registry
        station = s.get(Station, client.station_id) if client.station_id else None
        hukou = None if client.local_hukou is None else ("是" if client.local_hukou else "否")
        pairs = [
            ("姓名", "Name", client.name),
            ("拼音（检索用）", "Pinyin (for search)", client.name_pinyin),
            ("性别", "Sex", reg.option_label("sex", client.sex) if client.sex else None),
            ("出生日期", "Date of birth", pr.when(client.birth_date)),
            ("身份证号", "ID number", client.id_number),
            ("联系电话", "Phone", client.phone),
            ("住址", "Address", client.address),
            ("本辖区户口", "Local household registration", hukou),
            ("服务领域", "Service domain", reg.option_label("domain", client.domain) if client.domain else None),
            ("备注", "Note", client.note),
            ("所属站点", "Station", station.name if station else None),
            ("负责社工", "Responsible worker", names.get(client.owner_id) if client.owner_id else None),
            ("建档时间", "Recorded on", pr.when(client.created_at)),
            ("最近修改", "Last changed", pr.when(client.updated_at)),
        ]
        return {
            "id": str(client.id),
            "fields": [{"label_zh": zh, "label_en": en, "value": v} for zh, en, v in pairs if v not in (None, "")],
        }

    def _household_part(self, s: Session, household: Household) -> dict[str, Any]:
        pairs = [
            ("家庭名称", "Household", household.name),
            ("住址", "Address", household.address),
            ("联系电话", "Phone", household.phone),
            ("经济状况", "Economic status", self._option("economic_status", household.economic_status)),
            ("家庭情况", "Situation", household.situation),
            ("建档时间", "Recorded on", pr.when(household.created_at)),
        ]
        members = s.scalars(select(HouseholdMember).where(HouseholdMember.household_id == household.id))
        return {
            "id": str(household.id),
            "fields": [{"label_zh": zh, "label_en": en, "value": v} for zh, en, v in pairs if v not in (None, "")],
            "members": [
                {
                    "name": m.name,
                    "relationship": self._option("relationship", m.relationship),
                    "birth_date": pr.when(m.birth_date),
                }
                for m in members
            ],
        }

    def _option(self, list_name: str, value: str | None) -> str | None:
        """A value from a shared option list in words (free text, as some older rows hold, stays as it is)."""
        return self.registry.option_label(list_name, value) if value else None

    def _case_part(
        self,
        s: Session,
        case: Case,
        records: list[FormRecord],
        names: dict[uuid.UUID, str],
        files: dict[str, str],
        lengths: dict[str, int],
    ) -> dict[str, Any]:
        reg = self.registry
        project = s.get(Project, case.project_id)
        last = max([case.updated_at.date(), *(r.updated_at.date() for r in records)])
        period = retention.case_period(case.status, case.closed_on, case.archived_on, last)
        kept = retention.kept_until(period[1], period[0], lengths[period[0]]) if period else None
        return {
            "id": str(case.id),
            "archive_code": case.archive_code,
            "case_type": reg.option_label("case_type", case.case_type),
            "domain": reg.option_label("domain", case.domain),
            "status": service_status_label(case.status),
            "project": project.name if project else None,
            "worker": names.get(case.owner_id) if case.owner_id else None,
            "opened_on": pr.when(case.opened_on),
            "closed_on": pr.when(case.closed_on),
            "archived_on": pr.when(case.archived_on),
            "transferred": case.transferred,
            "kept_until": pr.when(kept),
            "records": [self._record_part(s, r, names, files) for r in records],
        }

    def _record_part(
        self, s: Session, row: FormRecord, names: dict[uuid.UUID, str], files: dict[str, str]
    ) -> dict[str, Any]:
        form = self.registry.get(row.form_id) if row.form_id in self.registry else None
        zh, en = pr.form_title(self.registry, row.form_id)
        revisions = s.scalars(
            select(FormRevision).where(FormRevision.record_id == row.id).order_by(FormRevision.number)
        )
        decisions = s.scalars(select(Decision).where(Decision.record_id == row.id).order_by(Decision.created_at))
        comments = s.scalars(select(Comment).where(Comment.record_id == row.id).order_by(Comment.created_at))
        return {
            "id": str(row.id),
            "form_id": row.form_id,
            "form_zh": zh,
            "form_en": en,
            "archive_code": row.archive_code,
            "status": status_label(row.status) if row.status in RecordStatus._value2member_map_ else row.status,
            "service_date": pr.when(row.service_date),
            "worker": names.get(row.owner_id) if row.owner_id else None,
            "created_at": pr.when(row.created_at),
            "updated_at": pr.when(row.updated_at),
            "void_reason": row.void_reason,
            "fields": pr.fields(form, row.content or {}, files),
            "revisions": [
                {"number": r.number, "at": pr.when(r.created_at), "by": names.get(r.author_id) if r.author_id else None}
                for r in revisions
            ],
            "decisions": [
                {
                    "at": pr.when(d.given_on or d.created_at),
                    "role": role_label(d.role),
                    "by": names.get(d.reviewer_id),
                    "outcome": "批准" if d.outcome == "approve" else "退回",
                    "opinion": d.opinion,
                    "channel": d.channel,
                }
                for d in decisions
            ],
            "comments": [{"at": pr.when(c.created_at), "by": names.get(c.author_id), "text": c.text} for c in comments],
        }

    def _group_part(self, s: Session, client: Client, visible: Any) -> list[dict[str, Any]]:
        """The groups and activities the person is registered in or on the roll of, with only their own
        rows: a registration lists other people, who are no part of this report."""
        found: dict[uuid.UUID, dict[str, Any]] = {}
        for record in s.scalars(
            select(FormRecord)
            .where(
                FormRecord.form_id.in_(self.registry.forms_of(*GROUP_TABLE_ROLES)),
                FormRecord.group_id.in_(select(ServiceGroup.id).where(visible.group_open())),
                visible.record(),
            )
            .order_by(FormRecord.created_at)
        ):
            form = self.registry.get(record.form_id) if record.form_id in self.registry else None
            rows = pr.own_rows(form, record.content or {}, client.id, client.name, client.phone)
            if not rows:
                continue
            group = s.get(ServiceGroup, record.group_id)
            assert group is not None  # only records of a group were read
            entry = found.get(group.id)
            if entry is None:
                entry = found[group.id] = {
                    "id": str(group.id),
                    "archive_code": group.archive_code,
                    "name": group.name,
                    "kind": self.registry.option_label("group_type", group.kind),
                    "status": service_status_label(group.status),
                    "planned_start": pr.when(group.planned_start),
                    "planned_end": pr.when(group.planned_end),
                    "entries": [],
                }
            zh, en = pr.form_title(self.registry, record.form_id)
            entry["entries"].append({"form_zh": zh, "form_en": en, "record_id": str(record.id), "rows": rows})
        return list(found.values())

    def _attachment_part(
        self, a: Attachment, names: dict[uuid.UUID, str], records: list[FormRecord], cases: list[Case]
    ) -> dict[str, Any]:
        on = None
        if a.record_id is not None:
            row = next((r for r in records if r.id == a.record_id), None)
            on = pr.form_title(self.registry, row.form_id)[0] if row else None
        elif a.case_id is not None:
            case = next((c for c in cases if c.id == a.case_id), None)
            on = f"个案 {case.archive_code or ''}".strip() if case else None
        return {
            "id": str(a.id),
            "filename": a.filename,
            "media_type": a.media_type,
            "size": a.size,
            "added_at": pr.when(a.created_at),
            "added_by": names.get(a.author_id) if a.author_id else None,
            "description": a.description,
            "belongs_to": on or "服务对象资料",
        }

    def _signature_part(self, s: Session, records: list[FormRecord]) -> list[dict[str, Any]]:
        by_id = {r.id: r for r in records}
        out = []
        for sig in s.scalars(
            select(Signature).where(Signature.record_id.in_(list(by_id))).order_by(Signature.created_at)
        ):
            row = by_id[sig.record_id]
            form = self.registry.get(row.form_id) if row.form_id in self.registry else None
            block = next((x for x in form.signers if x.id == sig.signer_id), None) if form else None
            out.append(
                {
                    "form": pr.form_title(self.registry, row.form_id)[0],
                    "signer": block.label.zh if block else sig.signer_id,
                    "name": sig.name,
                    "signed_at": pr.when(sig.created_at),
                    "method": sig.method,
                    "void": sig.content_hash != row.content_hash,
                }
            )
        return out

    def _transfer_part(
        self, cases: list[Case], records_of: dict[uuid.UUID, list[FormRecord]], files: dict[str, str]
    ) -> list[dict[str, Any]]:
        out = []
        for case in cases:
            for row in records_of[case.id]:
                if row.form_id not in self.registry.forms_of("transfer"):
                    continue
                form = self.registry.get(row.form_id)
                summary = [f for f in pr.fields(form, row.content or {}, files) if f["label_zh"]]
                keep = {field.label.zh for k in pr.TRANSFER_FIELDS if form and (field := form.field(k))}
                out.append(
                    {
                        "case": case.archive_code,
                        "record_id": str(row.id),
                        "status": status_label(row.status),
                        "fields": [f for f in summary if f["label_zh"] in keep],
                    }
                )
        return out

    def _access_part(
        self,
        s: Session,
        client: Client,
        household: Household | None,
        cases: list[Case],
        records: list[FormRecord],
        attachments: list[Attachment],
        names: dict[uuid.UUID, str],
    ) -> list[dict[str, Any]]:
        """Who opened or changed the person's file, and when, from the audit log (entries hold ids only).
        Everyone's entries for those who read the whole log (agency head, business lead), else one's own."""
        from desktop.workspace.audit_ops import ACTION_LABELS

        labels: dict[str, str] = {str(client.id): "服务对象资料"}
        if household is not None:
            labels[str(household.id)] = "家庭资料"
        for case in cases:
            labels[str(case.id)] = f"个案 {case.archive_code or ''}".strip()
        for row in records:
            labels[str(row.id)] = pr.form_title(self.registry, row.form_id)[0]
        for a in attachments:
            labels[str(a.id)] = f"附件 {a.filename}"
        query = select(AuditEntry).where(AuditEntry.target.in_(list(labels))).order_by(AuditEntry.at)
        if not allowed(self.core.roles, Action.READ_AUDIT):
            query = query.where(AuditEntry.account_id == self.core.account.id)
        return [
            {
                "at": pr.when(e.at.replace(microsecond=0)),
                "who": names.get(e.account_id, "—") if e.account_id else "—",
                "action": ACTION_LABELS.get(e.action, (e.action, e.action))[0],
                "file": labels.get(e.target or "", e.target),
            }
            for e in s.scalars(query)
        ]


def period_lengths(s: Session) -> dict[str, int]:
    """Each retention period's length as the agency's settings say (years; days for backups)."""
    return {period: int(Core.setting_in(s, key)) for period, (key, _zh, _en) in retention.PERIODS.items()}


def report_file_name(client_name: str, fmt: str, today: dt.date) -> str:
    """A suggested file name: the person's initials only (a file name is seen by anyone with the folder)."""
    from desktop.workspace.print_ops import initials

    return f"个人信息报告-{initials(client_name).replace('.', '')}-{today:%Y%m%d}.{fmt}"
