"""Printing on the Desk: a record as a PDF, a case's or group's archive bag, and verifying a paper
copy from its QR code text."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.forms.compute import expression_names
from desktop.forms.validation import validate, visible_fields
from desktop.models import (
    Account,
    Agency,
    Attachment,
    Case,
    Client,
    Decision,
    FormRecord,
    FormRevision,
    ServiceGroup,
    Station,
)
from desktop.pdf.jobs import PrintJob, ReviewLine
from desktop.roles import role_label
from desktop.workflow.people import pinyin_keys
from desktop.workflow.record_states import RecordStatus
from desktop.workspace.access_ops import AccessService
from desktop.workspace.core import Core
from desktop.workspace.peers import FormContext
from desktop.workspace.signature_ops import SignatureService

QR_PREFIX = "CASEDESK1"


@dataclass(frozen=True)
class Verification:
    matches: bool
    record_id: uuid.UUID | None
    revision: int | None
    current: bool  # the paper shows the record's current revision
    number: str | None
    message_zh: str
    message_en: str


def qr_text(number: str | None, record_id: uuid.UUID, revision: int, content_hash: str) -> str:
    return "|".join((QR_PREFIX, number or "-", str(record_id), str(revision), content_hash))


class PrintService:
    """Records, batches and archive bags as PDFs, and paper copies verified. Needs: the core, access (what is in
    view), the form context (the values a form carries) and the signatures (their marks on the page)."""

    def __init__(self, core: Core, access: AccessService, context: FormContext, signing: SignatureService) -> None:
        self.core, self.access, self.context, self.signing = core, access, context, signing

    # -- one record ------------------------------------------------------------------------------
    def print_job(self, record_id: uuid.UUID) -> PrintJob:
        with self.core.session() as s:
            row = self.access.record_row(s, record_id)
            form = self.core.registry.get(row.form_id)
            context = self.context.context(s, row)
            report = validate(form, row.content, context)
            content = report.content
            agency = s.scalars(select(Agency)).first()
            owner = s.get(Account, row.owner_id) if row.owner_id else None
            station = s.get(Station, owner.station_id) if owner and owner.station_id else None
            case = s.get(Case, row.case_id) if row.case_id else None
            group = s.get(ServiceGroup, row.group_id) if row.group_id else None
            number = case.archive_code if case else group.archive_code if group else row.archive_code
            names = {a.id: a.display_name for a in s.scalars(select(Account))}
            reviews = self._review_lines(s, row, form.approval, names)
            attachments = {
                str(a.id): a.filename for a in s.scalars(select(Attachment).where(Attachment.record_id == row.id))
            }
            shown = {f.id for f in visible_fields(form, expression_names(form, content))}
            return PrintJob(
                form=form,
                content=content,
                agency=agency.name if agency else "",
                station=station.name if station else "",
                number=number,
                reviews=reviews,
                signatures=self.signing.signature_marks(s, row),
                draft=not report.ok,
                numbered=case is not None or group is not None or any(e.do == "number_record" for e in form.effects),
                attachment_names=attachments,
                visible=shown,
                qr_text=qr_text(number, row.id, row.revision_no, row.content_hash),
            )

    @staticmethod
    def _review_lines(s: Session, row: FormRecord, chain: tuple[str, ...], names: dict) -> list[ReviewLine]:
        decisions = list(
            s.scalars(
                select(Decision)
                .where(Decision.record_id == row.id, Decision.submission == row.submission_count)
                .order_by(Decision.created_at)
            )
        )
        lines = [
            ReviewLine(
                role=role_label(d.role),
                name=names.get(d.reviewer_id, ""),
                outcome="批准" if d.outcome == "approve" else "退回",
                opinion=d.opinion or "",
                date=(d.given_on or d.created_at.date()).isoformat(),
            )
            for d in decisions
        ]
        decided = {d.step for d in decisions if d.outcome == "approve"}
        for step, role in enumerate(chain):  # steps still to come: blank lines for a hand signature
            if step not in decided:
                lines.append(ReviewLine(role=role_label(role), name="", outcome="", opinion="", date=""))
        return lines

    def print_record(self, record_id: uuid.UUID, out: Path) -> Path:
        from desktop.pdf.bag import write_pdf  # ReportLab loads with the first print, not with the Desk

        with self.core.session() as s:  # logged in the same transaction: a PDF not written leaves no entry
            write_pdf([self.print_job(record_id)], out)
            self.core.audit(s, "print", "record", record_id)
        return out

    def print_batch(
        self,
        record_ids: list[uuid.UUID],
        out: Path,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Path:
        """Many forms in one PDF (a month's session records, say), reporting progress and stopping
        cleanly when cancelled: nothing is written then."""
        with self.core.session() as s:
            jobs = []
            for done, record_id in enumerate(record_ids, start=1):
                if cancelled and cancelled():
                    raise CaseDeskError("C002")
                jobs.append(self.print_job(record_id))
                if progress:
                    progress(done, len(record_ids) + 1)
            if cancelled and cancelled():
                raise CaseDeskError("C002")
            from desktop.pdf.bag import write_pdf

            write_pdf(jobs, out)
            self.core.audit(s, "print", "records", None, count=len(record_ids))
        if progress:
            progress(len(record_ids) + 1, len(record_ids) + 1)
        return out

    # -- archive bag -----------------------------------------------------------------------------
    def print_bag(self, item_id: uuid.UUID, out: Path) -> Path:
        """One PDF for a case or group: a cover with the number, the client's initials only and the
        contents with their pages, then every form in order."""
        with self.core.session() as s:
            case = s.get(Case, item_id)
            group = s.get(ServiceGroup, item_id) if case is None else None
            if case is None and group is None:
                raise CaseDeskError("R008", kind="个案或小组 / case or group", id=str(item_id))
            self.access.require_open(s, "case" if case else "group", item_id)
            column = FormRecord.case_id if case else FormRecord.group_id
            visible = self.access.visible(s).record()
            records = list(
                s.scalars(select(FormRecord).where(column == item_id, FormRecord.status != RecordStatus.VOID, visible))
            )
            order = {f.id: i for i, f in enumerate(self.core.registry)}
            records.sort(key=lambda r: (order.get(r.form_id, 999), r.service_date or r.created_at.date(), r.created_at))
            record_ids = [r.id for r in records]
            if case:
                client = s.get(Client, case.client_id)
                assert client is not None  # a case's client
                owner = s.get(Account, case.owner_id) if case.owner_id else None
                facts = {
                    "kind": "个案档案袋封面　Case file cover",
                    "number": case.archive_code,
                    "who": initials(client.name),
                    "worker": owner.display_name if owner else "",
                    "opened": case.opened_on,
                    "closed": case.closed_on,
                }
            else:
                assert group is not None  # one of the two, or refused above
                owner = s.get(Account, group.owner_id) if group.owner_id else None
                facts = {
                    "kind": "小组/活动档案袋封面　Group or activity file cover",
                    "number": group.archive_code,
                    "who": group.name,
                    "worker": owner.display_name if owner else "",
                    "opened": group.planned_start,
                    "closed": group.planned_end,
                }
            from desktop.pdf.bag import count_pages, cover_sheet, write_pdf

            jobs = [self.print_job(rid) for rid in record_ids]
            pages = [count_pages([job]) for job in jobs]
            write_pdf(jobs, out, cover=cover_sheet(facts, jobs, pages))
            self.core.audit(s, "print", "bag", item_id, forms=len(jobs))
        return out

    # -- verification ----------------------------------------------------------------------------
    def verify(self, text: str) -> Verification:
        """Whether a paper copy (its QR text) matches a record here, and which revision it shows."""
        parts = text.strip().split("|")
        if len(parts) != 5 or parts[0] != QR_PREFIX:
            return Verification(
                False, None, None, False, None, "这不是 CaseDesk 表格的二维码", "This is not a CaseDesk form's QR code"
            )
        _, number, record_text, revision_text, digest = parts
        try:
            record_id, revision = uuid.UUID(record_text), int(revision_text)
        except ValueError:
            return Verification(False, None, None, False, None, "二维码内容不完整", "The QR code is incomplete")
        with self.core.session() as s:
            row = s.get(FormRecord, record_id)
            if row is None:
                return Verification(
                    False, record_id, revision, False, None, "本工作区没有这份记录", "No such record in this workspace"
                )
            if revision == 0:
                matches = row.revision_no == 0 and row.content_hash == digest
            else:
                stored = s.scalars(
                    select(FormRevision).where(FormRevision.record_id == record_id, FormRevision.number == revision)
                ).first()
                matches = stored is not None and stored.content_hash == digest
            current = matches and revision == row.revision_no
            if not matches:
                return Verification(
                    False,
                    record_id,
                    revision,
                    False,
                    number,
                    "纸本与记录不符：内容可能被改动",
                    "The paper does not match the record: it may have been altered",
                )
            if current:
                return Verification(
                    True,
                    record_id,
                    revision,
                    True,
                    number,
                    f"纸本与记录一致（第 {revision} 版，现行版本）",
                    f"The paper matches the record (revision {revision}, the current one)",
                )
            return Verification(
                True,
                record_id,
                revision,
                False,
                number,
                f"纸本与第 {revision} 版一致，但记录已有更新的第 {row.revision_no} 版",
                f"The paper matches revision {revision}; the record has a newer revision {row.revision_no}",
            )


def initials(name: str) -> str:
    """张小明 → Z.X.M.: the cover of a bag never shows a client's name."""
    _, letters = pinyin_keys(name)
    return ".".join(letters.upper()) + "." if letters else "—"
