"""Attachments on the Desk: files kept in the workspace by their SHA-256 (scans of signed paper, photos)."""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
import uuid
from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.models import Attachment


class AttachmentOps:
    """Mixed into ``Desk``."""

    def session(self) -> AbstractContextManager[Session]:  # provided by Desk
        raise NotImplementedError

    # -- attachments -----------------------------------------------------------------------------
    def add_attachment(
        self,
        path: Path,
        *,
        record_id: uuid.UUID | None = None,
        case_id: uuid.UUID | None = None,
        group_id: uuid.UUID | None = None,
        client_id: uuid.UUID | None = None,
        description: str | None = None,
    ) -> Attachment:
        """Copy a file into the workspace under its SHA-256 and record it (the original is untouched)."""
        path = Path(path)
        if not path.is_file():
            raise CaseDeskError("R007", path=str(path))
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        sha = digest.hexdigest()
        target = self.attachment_path(sha)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".part")
            shutil.copyfile(path, tmp)
            tmp.replace(target)
        with self.session() as s:
            if record_id is not None:
                row = self._record_row(s, record_id)
                case_id, group_id, client_id = row.case_id, row.group_id, row.client_id
            attachment = Attachment(
                record_id=record_id,
                case_id=case_id,
                group_id=group_id,
                client_id=client_id,
                filename=path.name,
                media_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream",
                sha256=sha,
                size=path.stat().st_size,
                description=description,
                author_id=self.account.id,
            )
            s.add(attachment)
            return attachment

    def attachment_path(self, sha256: str) -> Path:
        return self.layout.attachments / sha256[:2] / sha256

    def attachments(self, record_id: uuid.UUID | None = None, case_id: uuid.UUID | None = None) -> list[Attachment]:
        with self.session() as s:
            query = select(Attachment).order_by(Attachment.created_at)
            if record_id:
                query = query.where(Attachment.record_id == record_id)
            if case_id:
                query = query.where(Attachment.case_id == case_id)
            return list(s.scalars(query))
