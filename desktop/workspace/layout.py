"""The files of a workspace folder and its plain (non-secret) description, ``workspace.json``.

workspace.json   what this folder is: id, mode, format and schema versions, agency name
keystore.json    accounts' password hashes (later also their wrapped data keys)
casedesk.db      the SQLite store
attachments/     files kept by SHA-256 (scans, photos)
backups/         copies made before each schema upgrade
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path

from desktop.errors import WorkspaceError
from desktop.files.atomic import write_json_atomic

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
