"""The files of a workspace folder and its plain (non-secret) description, ``workspace.json``.

workspace.json   what this folder is: id, mode, format and schema versions, agency name
keystore.json    accounts' password hashes (later also their wrapped data keys)
casedesk.db      the SQLite store
attachments/     files kept by SHA-256 (scans, photos)
backups/         copies made before each schema upgrade
"""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from contextlib import suppress
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.errors import WorkspaceError

FORMAT_NAME = "casedesk-workspace"
FORMAT_VERSION = 1


class Mode(StrEnum):
    STANDALONE = "standalone"  # one laptop, no supervisor hub
    HUB = "hub"  # the supervisor's office workspace
    FIELD = "field"  # a township device enrolled to a hub


MODE_LABELS = {
    Mode.STANDALONE: ("独立工作区", "Standalone"),
    Mode.HUB: ("督导中心", "Supervisor hub"),
    Mode.FIELD: ("镇街设备", "Field device"),
}


@dataclass
class WorkspaceInfo:
    workspace_id: str
    mode: str
    agency_name: str
    created_at: str
    created_by_version: str
    format: str = FORMAT_NAME
    format_version: int = FORMAT_VERSION


def write_json_atomic(path: Path, data: Any) -> None:
    """Write to a temporary file beside ``path`` and rename: a crash leaves the old file or the new."""
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


PRIVATE_FILE = 0o600  # what CaseDesk writes is readable by the person's system account alone


def write_bytes_atomic(path: Path, data: bytes, make_folder: bool = False) -> None:
    """A file that appears under its name only once complete (a bundle, a PDF, a report, a received definition):
    written as ``<name>.part``, created private (0600), synced, then renamed; a failure (a pulled USB stick, a
    full disk, a folder that is not there or is a file) leaves no half file and is told in the person's words
    (W003). ``make_folder``: the folder is made first if missing (a workspace's own folders, made 0700);
    otherwise a missing folder is refused, and nothing is created."""
    partial = path.with_name(path.name + ".part")
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, PRIVATE_FILE)  # a .part left by a crash keeps its old mode otherwise
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException as exc:
        with suppress(OSError):  # nothing was written where no folder could be (a file in the way)
            partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise WorkspaceError("W003", path=str(path), reason=exc.strerror or str(exc)) from exc
        raise


class Layout:
    """Paths inside one workspace folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def info_file(self) -> Path:
        return self.root / "workspace.json"

    @property
    def keystore_file(self) -> Path:
        return self.root / "keystore.json"

    @property
    def database(self) -> Path:
        return self.root / "casedesk.db"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def closed_marker(self) -> Path:
        """The database file's size and time as CaseDesk last closed it (desktop/workspace/backups.py)."""
        return self.root / "closed.json"

    @property
    def migration_marker(self) -> Path:
        return self.root / "MIGRATION_IN_PROGRESS.json"

    def exists(self) -> bool:
        return self.info_file.is_file()

    def read_info(self) -> WorkspaceInfo:
        if not self.exists():
            raise WorkspaceError("W001", path=str(self.root))
        try:
            data = json.loads(self.info_file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise WorkspaceError("W005", reason=f"workspace.json: {exc}") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise WorkspaceError("W001", path=str(self.root))
        if int(data.get("format_version", 0)) > FORMAT_VERSION:
            raise WorkspaceError("W004", found=f"format {data['format_version']}", supported=FORMAT_VERSION)
        try:
            return WorkspaceInfo(**{k: data[k] for k in WorkspaceInfo.__dataclass_fields__ if k in data})
        except TypeError as exc:
            raise WorkspaceError("W005", reason=f"workspace.json: {exc}") from exc

    def write_info(self, info: WorkspaceInfo) -> None:
        write_json_atomic(self.info_file, asdict(info))

    def check_writable(self) -> None:
        """Refuse early, with the reason, when the folder cannot be written (read-only media)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            probe = self.root / f".write-test-{uuid.uuid4().hex}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise WorkspaceError("W003", path=str(self.root), reason=exc.strerror or str(exc)) from exc
