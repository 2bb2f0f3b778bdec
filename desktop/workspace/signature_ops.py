"""Signatures on the Desk: captured on the pad for one signer block of the current revision, kept
as an image attachment, void as soon as the content changes after signing."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.models import Attachment, FormRecord, Signature
from desktop.pdf.jobs import SignatureMark
from desktop.workflow.record_states import RecordStatus
from desktop.workspace.access_ops import AccessService
from desktop.workspace.attachment_ops import AttachmentService
from desktop.workspace.core import Core


@dataclass(frozen=True)
class SignatureView:
    id: uuid.UUID
    signer_id: str
    name: str
    signed_at: dt.datetime
    revision_no: int
    void: bool  # the content changed after this signature
    image: bytes  # the PNG, decrypted


class SignatureService:
    """Signatures on forms. Needs: the core, access (the record in view) and the attachment files (the image)."""

    def __init__(self, core: Core, access: AccessService, attachment_files: AttachmentService) -> None:
        self.core, self.access, self.files = core, access, attachment_files

    def sign(self, record_id: uuid.UUID, signer_id: str, name: str, png: bytes, method: str = "pad") -> SignatureView:
        """Keep a signature for ``signer_id`` on the record's current content (one unit of work: the image
        and the signature together)."""
        if not png or len(png) < 100:
            raise CaseDeskError("S003")
        with self.core.session() as s:
            row = self.access.record_row(s, record_id)
            if row.status == RecordStatus.VOID:
                raise CaseDeskError("S001")
            form = self.core.registry.get(row.form_id)
            signer = next((x for x in form.signers if x.id == signer_id), None)
            if signer is None:
                raise CaseDeskError("S002", signer=signer_id)
            attachment = self.files.attach_bytes(
                png, f"signature-{signer_id}.png", record_id=record_id, description=f"signature {signer_id}"
            )
            signature = Signature(
                record_id=record_id,
                signer_id=signer_id,
                role=signer.role,
                name=name.strip(),
                content_hash=row.content_hash,
                revision_no=row.revision_no,
                attachment_id=attachment.id,
                captured_by_id=self.core.account.id,
                method=method,
            )
            s.add(signature)
            s.flush()
            return self._signature_view(s, signature, row)

    def _signature_view(self, s: Session, signature: Signature, row: FormRecord) -> SignatureView:
        attachment = s.get(Attachment, signature.attachment_id)
        assert attachment is not None  # a signature's image
        return SignatureView(
            signature.id,
            signature.signer_id,
            signature.name,
            signature.created_at,
            signature.revision_no,
            signature.content_hash != row.content_hash,
            self.files.read_attachment(attachment.sha256),
        )

    def signatures(self, record_id: uuid.UUID) -> list[SignatureView]:
        """Every signature of the record, latest per signer last; void ones are kept and marked."""
        with self.core.session() as s:
            row = self.access.record_row(s, record_id)
            rows = s.scalars(select(Signature).where(Signature.record_id == record_id).order_by(Signature.created_at))
            return [self._signature_view(s, sig, row) for sig in rows]

    def signature_marks(self, s: Session, row: FormRecord) -> dict[str, SignatureMark]:
        """For printing: the latest signature of each block (void when signed on older content)."""
        marks: dict[str, SignatureMark] = {}
        for sig in s.scalars(select(Signature).where(Signature.record_id == row.id).order_by(Signature.created_at)):
            attachment = s.get(Attachment, sig.attachment_id)
            assert attachment is not None  # a signature's image
            marks[sig.signer_id] = SignatureMark(
                signer_id=sig.signer_id,
                name=sig.name,
                date=sig.created_at.date().isoformat(),
                image=self.files.read_attachment(attachment.sha256),
                void=sig.content_hash != row.content_hash,
            )
        return marks
