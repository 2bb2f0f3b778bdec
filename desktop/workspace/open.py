"""Creating a workspace folder and opening one for a signed-in account.

Order matters: read the folder's description, unlock the account against the keystore, and only
then open (and if needed upgrade) the store, so that an encrypted store can slot in later."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

from desktop import __version__
from desktop.errors import CaseDeskError, WorkspaceError
from desktop.forms.registry import Registry, default_registry
from desktop.models import Agency, Setting, Station
from desktop.models.engine import make_sessionmaker
from desktop.roles import Role
from desktop.workspace import backups
from desktop.workspace.backups import check_integrity
from desktop.workspace.definition_ops import definitions_dir
from desktop.workspace.desk import Desk, add_account
from desktop.workspace.keystore import Keystore, check_password_strength
from desktop.workspace.layout import Layout, Mode, WorkspaceInfo
from desktop.workspace.store import open_store


def create_workspace(
    root: Path,
    *,
    agency_name: str,
    station_name: str,
    username: str,
    display_name: str,
    password: str,
    mode: str = Mode.STANDALONE,
    roles: list[str] | None = None,
) -> WorkspaceInfo:
    """A new workspace with its agency, first station and first account. Refused whole if any part
    is wrong: nothing is left behind but an empty folder."""
    layout = Layout(root)
    if layout.exists():
        raise WorkspaceError("W002", path=str(root))
    if mode not in Mode._value2member_map_:
        raise CaseDeskError("C001", what="mode standalone|hub|field")
    check_password_strength(password)
    if root.exists() and any(p for p in root.iterdir() if not p.name.startswith(".")):
        raise WorkspaceError("W003", path=str(root), reason="the folder is not empty / 文件夹不是空的")
    layout.check_writable()
    try:
        engine, _ = open_store(layout)
        sessions = make_sessionmaker(engine)
        with sessions() as s, s.begin():
            agency = Agency(name=agency_name)
            s.add(agency)
            s.flush()
            station = Station(agency_id=agency.id, name=station_name)
            s.add(station)
            s.add(Setting(key="workspace.mode", value=str(mode)))
            s.flush()
            station_id = station.id
        add_account(
            layout,
            sessions,
            username,
            display_name,
            roles or [Role.AGENCY_HEAD, Role.BUSINESS_LEAD],
            password,
            station_id=station_id,
        )
        engine.dispose()
        info = WorkspaceInfo(
            workspace_id=str(uuid.uuid4()),
            mode=str(mode),
            agency_name=agency_name,
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            created_by_version=__version__,
        )
        layout.write_info(info)  # last: a folder without it is not a workspace
    except BaseException:
        for leftover in (
            layout.database,
            Path(f"{layout.database}-wal"),
            Path(f"{layout.database}-shm"),
            layout.keystore_file,
        ):
            leftover.unlink(missing_ok=True)
        raise
    return info


def open_desk(root: Path, username: str, password: str, registry: Registry | None = None) -> Desk:
    layout = Layout(root)
    info = layout.read_info()
    if not os.access(root, os.W_OK):
        raise WorkspaceError("W003", path=str(root), reason="read-only / 只读")
    unlocked = Keystore(layout.keystore_file).unlock(username, password)
    check_integrity(layout)  # a damaged file is refused with the backup to restore, before anything writes
    engine, status = open_store(layout)
    # The packaged forms with the agency's updated definitions (installed at the hub, received by devices).
    forms = (registry or default_registry()).with_updates(definitions_dir(layout))
    desk = Desk(layout, info, engine, unlocked.account_id, forms, status)
    desk.ensure_own_block()
    desk.audit("login")
    if backups.due(layout, int(desk.setting("backup.every_hours"))):
        backups.make_backup(layout, keep=int(desk.setting("backup.keep")))
    return desk
