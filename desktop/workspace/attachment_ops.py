"""Attachments on the Desk: files kept in the workspace by their SHA-256 (scans of signed paper, photos),
encrypted with the workspace's file key. Opening one in another program needs a plain copy: it goes to this
CaseDesk's private temporary folder (``plain_files``), emptied at sign-out; what a crash left goes at the next
start."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import uuid
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.files.atomic import write_bytes_atomic
from desktop.models import Attachment, AttachmentFile
from desktop.security.convert import attachment_label
from desktop.security.crypto import SealError, is_encrypted
from desktop.workspace.access_ops import AccessService
from desktop.workspace.core import Core
from desktop.workspace.layout import WorkspaceInfo
from desktop.workspace.plain_files import PlainFiles, clear_abandoned, workspace_root
from desktop.workspace.store import storage_error


class AttachmentService:
    """Attachments, kept encrypted by their SHA-256, and this CaseDesk's plain copies. Needs: the core, and
    access (what the account sees)."""

    def __init__(self, core: Core, access: AccessService) -> None:
        self.core, self.access = core, access
        self._plain_files: PlainFiles | None = None

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
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CaseDeskError("R007", path=str(path)) from exc
        return self.attach_bytes(
            data, path.name, record_id=record_id, case_id=case_id, group_id=group_id, client_id=client_id,
            description=description,
        )  # fmt: skip

    def attach_bytes(
        self,
        data: bytes,
        filename: str,
        *,
        record_id: uuid.UUID | None = None,
        case_id: uuid.UUID | None = None,
        group_id: uuid.UUID | None = None,
        client_id: uuid.UUID | None = None,
        description: str | None = None,
    ) -> Attachment:
        """Keep ``data`` (never written in the clear) and record it under ``filename``."""
        sha = hashlib.sha256(data).hexdigest()
        self.store_attachment(sha, data)
        with self.core.session() as s:
            if record_id is not None:
                row = self.access.record_row(s, record_id)
                case_id, group_id, client_id = row.case_id, row.group_id, row.client_id
            else:  # kept on a case, group or client: only one the account sees
                self.access.require_linked(s, case_id=case_id, group_id=group_id, client_id=client_id)
            attachment = Attachment(
                record_id=record_id,
                case_id=case_id,
                group_id=group_id,
                client_id=client_id,
                filename=filename,
                media_type=mimetypes.guess_type(filename)[0] or "application/octet-stream",
                sha256=sha,
                size=len(data),
                description=description,
                author_id=self.core.account.id,
            )
            s.add(attachment)
            s.flush()  # its id now, for a caller in the same unit of work (a signature)
            return attachment

    def attachment_path(self, sha256: str) -> Path:
        """Where the encrypted file lives; read it with ``read_attachment``."""
        return self.core.layout.attachments / sha256[:2] / sha256

    def _files_on_server(self) -> bool:
        """A hub kept on a database server keeps its (encrypted) attachments there, where every office
        computer finds them; a workspace in its own file keeps them in its folder."""
        return self.core.engine.dialect.name != "sqlite"

    def has_attachment(self, sha256: str, s: Session | None = None) -> bool:
        if self._files_on_server():
            if s is not None:
                return s.get(AttachmentFile, sha256) is not None
            with self.core.session() as own:
                return own.get(AttachmentFile, sha256) is not None
        return self.attachment_path(sha256).exists()

    def drop_attachment(self, sha256: str) -> None:
        """The encrypted bytes removed (retention: the attachment row is gone already)."""
        if self._files_on_server():
            with self.core.session() as s:
                s.execute(delete(AttachmentFile).where(AttachmentFile.sha256 == sha256))
            return
        self.attachment_path(sha256).unlink(missing_ok=True)

    def store_attachment(self, sha256: str, data: bytes, s: Session | None = None) -> None:
        """Keep ``data`` encrypted under its hash, written whole under a temporary name first. On a server,
        in the caller's transaction ``s`` when given (an import's), else in one of its own."""
        if self._files_on_server():
            if s is None:
                with self.core.session() as own:
                    self.store_attachment(sha256, data, own)
                return
            if s.get(AttachmentFile, sha256) is None:
                s.add(AttachmentFile(sha256=sha256, data=self.core.files.encrypt(data, attachment_label(sha256))))
                s.flush()
            return
        target = self.attachment_path(sha256)
        if target.exists():
            return
        tmp = target.with_name(target.name + ".part")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with tmp.open("wb") as handle:
                handle.write(self.core.files.encrypt(data, attachment_label(sha256)))
                handle.flush()
                os.fsync(handle.fileno())
            tmp.replace(target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise storage_error(exc, self.core.layout.root) from exc

    def read_attachment(self, sha256: str) -> bytes:
        """The file's bytes, decrypted and checked against its hash (E004 when damaged or foreign)."""
        path = self.attachment_path(sha256)
        try:
            if self._files_on_server():
                with self.core.session() as s:
                    found = s.get(AttachmentFile, sha256)
                if found is None:
                    raise OSError(f"no attachment {sha256[:12]} on the server")
                data = bytes(found.data)
            else:
                data = path.read_bytes()
        except OSError as exc:
            raise CaseDeskError("R007", path=str(path)) from exc
        try:
            plain = self.core.files.decrypt(data, attachment_label(sha256)) if is_encrypted(data) else data
        except SealError:
            raise CaseDeskError("E004", name=sha256[:12]) from None
        if hashlib.sha256(plain).hexdigest() != sha256:
            raise CaseDeskError("E004", name=sha256[:12])
        return plain

    def plain_copy(self, attachment: Attachment) -> Path:
        """A readable copy for another program (an image viewer), under its own name, in this
        CaseDesk's private temporary folder (see ``clear_plain_copies``)."""
        folder = self.plain_files().folder() / attachment.sha256[:16]
        folder.mkdir(exist_ok=True, mode=0o700)
        target = folder / Path(attachment.filename).name
        write_bytes_atomic(target, self.read_attachment(attachment.sha256))
        return target

    def preview_file(self, name: str) -> Path:
        """Where a PDF made for the preview and the printer goes: beside the plain copies, removed with them."""
        folder = self.plain_files().folder() / "print"
        folder.mkdir(exist_ok=True, mode=0o700)
        return folder / Path(name).name

    def plain_files(self) -> PlainFiles:
        if self._plain_files is None:
            self._plain_files = PlainFiles(self.core.info.workspace_id)
        return self._plain_files

    def clear_plain_copies(self) -> None:
        """This CaseDesk's copies and previews (sign-out), and what a crashed or killed one left (sign-in)."""
        self.plain_files().release()
        clear_abandoned(self.core.info.workspace_id)
        shutil.rmtree(self.core.layout.root / "print", ignore_errors=True)  # previews an earlier CaseDesk kept there

    def attachments(self, record_id: uuid.UUID | None = None, case_id: uuid.UUID | None = None) -> list[Attachment]:
        with self.core.session() as s:
            visible = self.access.visible(s).attachment()
            query = select(Attachment).where(visible).order_by(Attachment.created_at)
            if record_id:
                query = query.where(Attachment.record_id == record_id)
            if case_id:
                query = query.where(Attachment.case_id == case_id)
            return list(s.scalars(query))


def plain_copies_dir(info: WorkspaceInfo) -> Path:
    """The folder under which every running CaseDesk keeps its plaintext for this workspace (``plain_files``)."""
    return workspace_root(info.workspace_id)
