"""Printing on the Desk: a record as a PDF, a case's or group's archive bag, and verifying a paper
copy from its QR code text."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    Comment,
    Decision,
    FormRecord,
    FormRevision,
    ServiceGroup,
    Station,
)
from desktop.pdf.jobs import PrintJob, ReviewLine, blank_job
from desktop.roles import role_label
from desktop.workflow.people import pinyin_keys
from desktop.workflow.record_states import RecordStatus, paper_hash, status_label
from desktop.workspace.access_ops import AccessService
from desktop.workspace.core import Core
from desktop.workspace.peers import CaseWork, FormContext, GroupWork
from desktop.workspace.signature_ops import SignatureService

QR_PREFIX = "CASEDESK2"  # the hash covers every printed value (``paper_hash``)
LEGACY_PREFIX = "CASEDESK1"  # printed before 0021: the hash covers the worker's own content only


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
    view), the form context (the values a form carries), the signatures (their marks on the page) and the case and
    group services (what a bag's archive set still lacks, named on its cover)."""

    def __init__(
        self,
        core: Core,
        access: AccessService,
        context: FormContext,
        signing: SignatureService,
        case_work: CaseWork | None = None,
        group_work: GroupWork | None = None,
    ) -> None:
        self.core, self.access, self.context, self.signing = core, access, context, signing
        self.case_work, self.group_work = case_work, group_work  # what a bag's archive set still lacks

    # -- one record ------------------------------------------------------------------------------
    def print_job(self, record_id: uuid.UUID) -> PrintJob:
        """The record's current revision as it was saved: its stored values, carried and computed ones included,
        never refilled from today's facts (``paper_content``); the QR hashes every one of them."""
        with self.core.session() as s:
            row = self.access.record_row(s, record_id)
            form = self.core.registry.get(row.form_id)
            form_version, content = paper_content(s, row)
            approved = row.status == RecordStatus.APPROVED
            # Fails validation (checked as the record would be submitted now): marked, unless approved already.
            draft = not approved and not validate(form, content, self.context.context(s, row)).ok
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
                draft=draft,
                state=None if approved else row.status,
                numbered=case is not None or group is not None or any(e.do == "number_record" for e in form.effects),
                attachment_names=attachments,
                visible=shown,
                field_opinions=self._field_opinions(s, row),
                qr_text=qr_text(number, row.id, row.revision_no, paper_hash(form.id, form_version, content)),
            )

    def print_blank(self, form_id: str, out: Path) -> Path:
        """An empty form of ``form_id`` for filling by hand: no workspace content, the agency's name at its head."""
        from desktop.pdf.bag import write_pdf

        form = self.core.registry.get(form_id)
        with self.core.session() as s:
            agency = s.scalars(select(Agency)).first()
            write_pdf([blank_job(form, agency.name if agency else "")], out)
            self.core.audit(s, "print", "blank", None, form=form_id)
        return out

    @staticmethod
    def _field_opinions(s: Session, row: FormRecord) -> dict[str, str]:
        """The reviewers' comments on single fields (for a per-item 督导意见 column): those by an account that
        decided on this submission, oldest first."""
        reviewers = select(Decision.reviewer_id).where(
            Decision.record_id == row.id, Decision.submission == row.submission_count
        )
        comments = s.scalars(
            select(Comment)
            .where(Comment.record_id == row.id, Comment.field_id.is_not(None), Comment.author_id.in_(reviewers))
            .order_by(Comment.created_at)
        )
        opinions: dict[str, str] = {}
        for c in comments:
            opinions[str(c.field_id)] = (opinions.get(str(c.field_id), "") + "\n" + c.text).strip()
        return opinions

    @staticmethod
    def _review_lines(s: Session, row: FormRecord, chain: tuple[str, ...], names: dict) -> list[ReviewLine]:
        decisions = list(
            s.scalars(
                select(Decision)
                .where(Decision.record_id == row.id, Decision.submission == row.submission_count)
                .order_by(Decision.created_at)
            )
        )
        latest = {d.step: d for d in decisions}  # one frame per step: its last word in this submission
        lines = []
        for step in sorted(set(range(len(chain))) | set(latest)):
            d = latest.get(step)
            if d is None:
                # a step still to come: an empty frame for a hand-written opinion and signature
                lines.append(ReviewLine(role=role_label(chain[step]), name="", outcome="", opinion="", date=""))
                continue
            lines.append(
                ReviewLine(
                    role=role_label(d.role),
                    name=names.get(d.reviewer_id, ""),
                    outcome="批准" if d.outcome == "approve" else "退回",
                    opinion=d.opinion or "",
                    date=(d.given_on or d.created_at.date()).isoformat(),
                )
            )
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
        """One PDF for a case or group: a cover with the number, the client's initials only and the contents with
        their pages, then every approved form in order. What is not approved stays out of the bag: the cover
        names it with its state, and the archive set's forms still missing are marked 缺."""
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
            approved = [r for r in records if r.status == RecordStatus.APPROVED]
            pending = [self._pending_line(r) for r in records if r.status != RecordStatus.APPROVED]
            facts = self._cover_facts(s, case, group)
            facts["dates"] = [(r.service_date or r.created_at.date()).isoformat() for r in approved]
            facts["pending"] = pending
            facts["missing"] = self._missing(case, group, {line["form_id"] for line in pending})
            from desktop.pdf.bag import write_bag

            jobs = [self.print_job(r.id) for r in approved]
            write_bag(jobs, facts, out)
            self.core.audit(s, "print", "bag", item_id, forms=len(jobs))
        return out

    def _pending_line(self, row: FormRecord) -> dict[str, Any]:
        form = self.core.registry.get(row.form_id)
        return {
            "form_id": row.form_id,
            "title": form.title.zh,
            "code": form.paper_code or "",
            "state": status_label(row.status),
            "date": (row.service_date or row.created_at.date()).isoformat(),
        }

    def _missing(self, case: Case | None, group: ServiceGroup | None, pending: set[str]) -> list[dict[str, Any]]:
        """The archive set's forms with nothing approved and nothing pending either (those are listed as pending)."""
        registry = self.core.registry
        if case is not None:
            missing = self.case_work.archive_missing(case.id) if self.case_work else []
        else:
            assert group is not None
            missing = self.group_work.group_archive_missing(group.id) if self.group_work else []
        pending_roles = {registry.get(f).role or f for f in pending}
        return [
            {"form_id": f, "title": registry.get(f).title.zh, "code": registry.get(f).paper_code or ""}
            for f in missing
            if (registry.get(f).role or f) not in pending_roles
        ]

    def _cover_facts(self, s: Session, case: Case | None, group: ServiceGroup | None) -> dict[str, Any]:
        """What the bag's cover says of its file: the agency, station, number, who (a client's initials only),
        the worker and her supervisor, the case type or group kind, and its dates."""
        registry = self.core.registry
        row: Case | ServiceGroup = case if case is not None else group  # type: ignore[assignment]
        owner = s.get(Account, row.owner_id) if row.owner_id else None
        supervisor = s.get(Account, owner.supervisor_id) if owner and owner.supervisor_id else None
        station = s.get(Station, owner.station_id) if owner and owner.station_id else None
        agency = s.scalars(select(Agency)).first()
        facts: dict[str, Any] = {
            "agency": agency.name if agency else "",
            "station": station.name if station else "",
            "number": row.archive_code,
            "worker": owner.display_name if owner else "",
            "supervisor": supervisor.display_name if supervisor else "",
            "domain": registry.option_label("domain", row.domain),
        }
        if case is not None:
            client = s.get(Client, case.client_id)
            assert client is not None  # a case's client
            return facts | {"kind": "个案档案袋封面", "case": True, "who": initials(client.name),
                            "type": registry.option_label("case_type", case.case_type),
                            "opened": case.opened_on, "closed": case.closed_on}  # fmt: skip
        assert group is not None  # one of the two, or refused before
        return facts | {"kind": "小组/活动档案袋封面", "case": False, "who": group.name,
                        "type": registry.option_label("group_type", group.kind),
                        "opened": group.planned_start, "closed": group.planned_end}  # fmt: skip

    # -- verification ----------------------------------------------------------------------------
    def verify(self, text: str) -> Verification:
        """Whether a paper copy (its QR text) matches a record here, and which revision it shows. The hash covers
        every printed value; a copy printed before (``CASEDESK1``) is checked on the worker's content only."""
        parts = text.strip().split("|")
        if len(parts) != 5 or parts[0] not in (QR_PREFIX, LEGACY_PREFIX):
            return Verification(
                False, None, None, False, None, "这不是 CaseDesk 表格的二维码", "This is not a CaseDesk form's QR code"
            )
        prefix, number, record_text, revision_text, digest = parts
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
            matches = self._hash_matches(s, row, revision, digest, legacy=prefix == LEGACY_PREFIX)
            return self._verdict(row, revision, number, matches, legacy=prefix == LEGACY_PREFIX)

    def _hash_matches(self, s: Session, row: FormRecord, revision: int, digest: str, *, legacy: bool) -> bool:
        if revision == 0:
            if row.revision_no != 0:
                return False
            version, content, stored_hash = row.form_version, row.content, row.content_hash
        else:
            stored = s.scalars(
                select(FormRevision).where(FormRevision.record_id == row.id, FormRevision.number == revision)
            ).first()
            if stored is None:
                return False
            version, content, stored_hash = stored.form_version, stored.content, stored.content_hash
        if legacy:
            return stored_hash == digest
        return paper_hash(row.form_id, version, content) == digest

    @staticmethod
    def _verdict(row: FormRecord, revision: int, number: str, matches: bool, *, legacy: bool) -> Verification:
        if not matches:
            return Verification(
                False,
                row.id,
                revision,
                False,
                number,
                "纸本与记录不符：内容可能被改动",
                "The paper does not match the record: it may have been altered",
            )
        note_zh = "；旧版二维码只核对社工填写的内容，不含带入的数值" if legacy else ""
        note_en = "; an older QR code checks the worker's own content only, not carried values" if legacy else ""
        if revision == row.revision_no:
            return Verification(
                True,
                row.id,
                revision,
                True,
                number,
                f"纸本与记录一致（第 {revision} 版，现行版本）{note_zh}",
                f"The paper matches the record (revision {revision}, the current one){note_en}",
            )
        return Verification(
            True,
            row.id,
            revision,
            False,
            number,
            f"纸本与第 {revision} 版一致，但记录已有更新的第 {row.revision_no} 版{note_zh}",
            f"The paper matches revision {revision}; the record has a newer revision {row.revision_no}{note_en}",
        )


def paper_content(s: Session, row: FormRecord) -> tuple[int, dict[str, Any]]:
    """(form version, content) of what a print of ``row`` shows: its current revision as stored, or the draft as
    last saved before any revision. Values carried when it was saved stay as they were then."""
    if row.revision_no:
        stored = s.scalars(
            select(FormRevision).where(FormRevision.record_id == row.id, FormRevision.number == row.revision_no)
        ).first()
        if stored is not None:
            return stored.form_version, dict(stored.content)
    return row.form_version, dict(row.content)


def initials(name: str) -> str:
    """张小明 → Z.X.M.: the cover of a bag never shows a client's name."""
    _, letters = pinyin_keys(name)
    return ".".join(letters.upper()) + "." if letters else "—"
