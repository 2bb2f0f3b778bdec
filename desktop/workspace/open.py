"""Creating a workspace folder and opening one for a signed-in account.

Order matters: read the folder's description, unlock the account's key against the keystore (which
yields the workspace's data key), and only then open (and if needed upgrade) the encrypted store."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop import __version__
from desktop.errors import CaseDeskError, WorkspaceError, format_message
from desktop.forms.registry import Registry, default_registry
from desktop.models import Agency, Setting, Station
from desktop.models.engine import make_sessionmaker
from desktop.roles import Role
from desktop.security import convert
from desktop.security.crypto import database_key, new_data_key, parse_recovery_code, raw_public, recovery_code
from desktop.workflow.permissions import Action, allowed
from desktop.workspace import backups
from desktop.workspace.agency_ops import add_account
from desktop.workspace.attempts import Attempts, write_to_audit
from desktop.workspace.backups import check_integrity
from desktop.workspace.definition_ops import definitions_dir
from desktop.workspace.desk import Desk
from desktop.workspace.keystore import Keystore, check_password_strength
from desktop.workspace.layout import Layout, Mode, WorkspaceInfo
from desktop.workspace.server import (
    ServerSettings,
    drop_everything,
    empty_server,
    make_server_engine,
    read_password,
    read_settings,
    server_file,
    write_settings,
)
from desktop.workspace.store import open_store, recover_interrupted
from desktop.workspace.sync_identity import encrypt_legacy_keys


@dataclass(frozen=True)
class Created:
    """A new workspace, and its recovery key to be written down and kept by the agency (shown once)."""

    info: WorkspaceInfo
    recovery_code: str


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
    server: ServerSettings | None = None,
    server_password: str | None = None,
) -> Created:
    """A new, encrypted workspace with its agency, first station and first account. Refused whole if
    any part is wrong: nothing is left behind but an empty folder (and an empty database).

    With ``server`` the workspace is an agency hub kept on that PostgreSQL server's (empty) database; the
    folder keeps the keys and the server's address and password, encrypted (docs/hub.md)."""
    layout = Layout(root)
    _check_new_workspace(layout, mode, server, password)
    data_key, recovery = new_data_key(), X25519PrivateKey.generate()
    remote = empty_server(server, server_password or "") if server is not None else None
    try:
        Keystore(layout.keystore_file).start_encryption(data_key, [raw_public(recovery)])
        if server is not None:
            write_settings(root, server, server_password or "", data_key)
        engine, _ = open_store(layout, database_key(data_key), remote)
        sessions = make_sessionmaker(engine)
        station_id = _add_agency_and_station(sessions, agency_name, station_name, mode)
        add_account(
            layout,
            sessions,
            username,
            display_name,
            roles or [Role.AGENCY_HEAD, Role.BUSINESS_LEAD],
            password,
            station_id=station_id,
            data_key=data_key,
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
        _remove_partial(layout, remote)
        raise
    if remote is not None:
        remote.dispose()
    Attempts(root).remember_key(data_key)  # wrong passwords before the first sign-in keep their names
    return Created(info, recovery_code(recovery))


def _check_new_workspace(layout: Layout, mode: str, server: ServerSettings | None, password: str) -> None:
    """What refuses a new workspace before anything is written: a workspace or other files already in the
    folder, an unknown mode, a server for anything but a hub, a weak password, a folder it cannot write."""
    root = layout.root
    if layout.exists():
        raise WorkspaceError("W002", path=str(root))
    if mode not in Mode._value2member_map_:
        raise CaseDeskError("C001", what="mode standalone|hub|field")
    if server is not None and mode != Mode.HUB:
        raise CaseDeskError("C001", what="mode hub (only a hub is kept on a database server)")
    check_password_strength(password)
    if root.exists() and any(p for p in root.iterdir() if not p.name.startswith(".")):
        raise WorkspaceError("W003", path=str(root), reason="the folder is not empty / 文件夹不是空的")
    layout.check_writable()


def _add_agency_and_station(
    sessions: sessionmaker[Session], agency_name: str, station_name: str, mode: str
) -> uuid.UUID:
    """The agency, its first station and the workspace's mode; the station's id."""
    with sessions() as s, s.begin():
        agency = Agency(name=agency_name)
        s.add(agency)
        s.flush()
        station = Station(agency_id=agency.id, name=station_name)
        s.add(station)
        s.add(Setting(key="workspace.mode", value=str(mode)))
        s.flush()
        return station.id


def _remove_partial(layout: Layout, remote: Engine | None) -> None:
    """What a refused or interrupted creation wrote, removed: the folder is left empty (the server too)."""
    for leftover in (
        layout.database,
        Path(f"{layout.database}-wal"),
        Path(f"{layout.database}-shm"),
        layout.keystore_file,
        server_file(layout.root),
    ):
        leftover.unlink(missing_ok=True)
    if remote is not None:
        drop_everything(remote)


def open_desk(root: Path, username: str, password: str, registry: Registry | None = None) -> Desk:
    layout = Layout(root)
    info = layout.read_info()
    if not os.access(root, os.W_OK):
        raise WorkspaceError("W003", path=str(root), reason="read-only / 只读")
    keystore = Keystore(layout.keystore_file)
    unlocked = keystore.unlock(username, password)
    server = read_settings(root)
    if server is not None:
        return _open_server_desk(layout, info, keystore, unlocked, server, registry)
    notices = []
    data_key = unlocked.data_key
    if data_key is None:  # made by an earlier CaseDesk: encrypted now, before anything else happens
        check_integrity(layout, None)
        data_key = convert.encrypt_workspace(
            layout, keystore, recover_interrupted=lambda: recover_interrupted(layout, None)
        )
        notices.append(format_message("E005", "zh"))
    if not keystore.encryption_done:
        convert.finish(layout, keystore, data_key, encrypt_sync_keys=lambda key: encrypt_legacy_keys(layout, key))
    key = database_key(data_key)
    # A damaged file is refused with the backup to restore, before anything writes; a large file left as
    # CaseDesk closed it is checked just after signing in instead (Desk.check_file, run by the window).
    deferred = not backups.check_at_open(layout)
    if not deferred:
        check_integrity(layout, key)
    backups.forget_closed(layout)
    engine, status = open_store(layout, key)
    status.check_deferred = deferred
    status.notices.extend(notices)
    # The packaged forms with the agency's updated definitions (installed at the hub, received by devices).
    forms = (registry or default_registry()).with_updates(definitions_dir(layout))
    status.notices.extend(forms.refused)
    desk = Desk(layout, info, engine, unlocked.account_id, forms, status, data_key)
    if not notices and allowed(desk.roles, Action.MANAGE_ACCOUNTS) and not keystore.recovery_keys():
        status.notices.append(format_message("E006", "zh"))  # until someone who can makes one
    desk.clear_plain_copies()  # copies a crash left behind
    desk.ensure_own_block()
    desk.audit("login")
    write_to_audit(layout.root, data_key, desk.audit_unattributed)  # wrong passwords since the last sign-in
    if backups.due(layout, int(desk.setting("backup.every_hours"))):
        backups.make_backup(layout, key, keep=int(desk.setting("backup.keep")))
    return desk


def _open_server_desk(
    layout: Layout,
    info: WorkspaceInfo,
    keystore: Keystore,
    unlocked: Any,
    server: ServerSettings,
    registry: Registry | None,
) -> Desk:
    """A hub on the agency's PostgreSQL server: the data key opens the server password; the server keeps
    the records (and backs them up), the folder the keys and received definitions."""
    data_key = unlocked.data_key
    if data_key is None:
        raise WorkspaceError("W005", reason="keystore.json: a server workspace without its data key")
    engine, status = open_store(layout, None, make_server_engine(server, read_password(layout.root, data_key)))
    forms = (registry or default_registry()).with_updates(definitions_dir(layout))
    status.notices.extend(forms.refused)
    desk = Desk(layout, info, engine, unlocked.account_id, forms, status, data_key)
    if allowed(desk.roles, Action.MANAGE_ACCOUNTS) and not keystore.recovery_keys():
        status.notices.append(format_message("E006", "zh"))
    desk.clear_plain_copies()
    desk.ensure_own_block()
    desk.audit("login")
    write_to_audit(layout.root, data_key, desk.audit_unattributed)
    return desk


def recover_account(root: Path, code: str, username: str, new_password: str) -> Desk:
    """A forgotten password: the agency's recovery key opens the data key, the account gets a new
    password (and key), and the person is signed in. A wrong or mistyped key changes nothing. A key that
    passes its check but does not open, and an unknown name, count as wrong passwords do (a mistyped key,
    E001, is told by its check digits and is no guess)."""
    layout = Layout(root)
    layout.read_info()
    keystore = Keystore(layout.keystore_file)
    check_password_strength(new_password)
    private = parse_recovery_code(code)

    def prove() -> bytes:
        data_key = keystore.recover(private)
        if username not in keystore.usernames():
            raise CaseDeskError("A001")
        return data_key

    data_key = keystore.attempts.check(username, prove, where="recover", counted=("A001", "E002"))
    keystore.reset_password(username, new_password, data_key)
    desk = open_desk(root, username, new_password)
    desk.audit("recover", "account", desk.account.id)
    return desk
