"""A device takes its enrolment file: a new field workspace in an empty folder, or a standalone
workspace joining the hub with its data and printed numbers kept.

Joining matches the standalone's agency, stations, projects and accounts to the hub's by name (the
agency is the hub's; a station or project by its name; an account by its user name) and points every
reference at the hub's rows, so one agency has one set of ids. What the hub lacks stays and goes up
in the first bundle. The device's workspace id becomes the one the hub gave it: the numbers it
printed and its blocks are rewritten to that id in the same transaction."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.errors import CaseDeskError
from desktop.models import Base, IssuedNumber, NumberLease, Setting, SyncPeer
from desktop.models.engine import make_sessionmaker
from desktop.roles import Role
from desktop.security.crypto import SealError, database_key, new_data_key, unb64
from desktop.sync import engine
from desktop.sync.enrolment import open_enrolment
from desktop.sync.keys import KeyPairs, PublicKeys
from desktop.sync.rows import decode_row
from desktop.workspace.keystore import Keystore
from desktop.workspace.layout import Layout, Mode, WorkspaceInfo
from desktop.workspace.open import open_desk
from desktop.workspace.store import open_store
from desktop.workspace.sync_identity import keys_path, save_own_keys


def read_enrolment(path: Path, code: str) -> dict[str, Any]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CaseDeskError("R007", path=str(path)) from exc
    payload = open_enrolment(data, code, path.name)
    try:
        PublicKeys.from_json(payload["hub"]["keys"])
        for key in ("agency_id", "device", "reference", "keystore", "leases", "mac_key", "users"):
            payload[key]
    except (KeyError, TypeError) as exc:
        raise CaseDeskError("B003", reason="the enrolment lacks a part") from exc
    return payload


def enrol(
    root: Path, enrolment_file: Path, code: str, *, username: str | None = None, password: str | None = None
) -> dict[str, Any]:
    """Enrol the workspace at ``root`` (created if the folder is empty). Joining an existing standalone
    takes the credentials of its agency head or business lead."""
    payload = read_enrolment(enrolment_file, code)
    layout = Layout(root)
    if layout.exists():
        return _join(layout, payload, username, password)
    if Path(root).exists() and any(p for p in Path(root).iterdir() if not p.name.startswith(".")):
        raise CaseDeskError("B022", path=str(root))
    return _create(layout, payload)


def _receive(s: Session, payload: dict[str, Any], device_id: str) -> None:
    """The hub's tables, its keys and this device's first number blocks, in the caller's transaction."""
    hub = payload["hub"]
    peer = SyncPeer(id=hub["id"], name=hub["name"], role="hub", public_keys=hub["keys"], users=[])
    s.add(peer)
    s.flush()
    engine.defer_foreign_keys(s)
    engine.apply_reference(s, peer, payload["reference"])
    table = NumberLease.__table__
    for raw in payload["leases"]:
        lease = decode_row(table, raw)
        if lease["holder"] != device_id:
            raise CaseDeskError("N008")
        s.execute(table.insert(), [lease])
    for key, value in (
        ("workspace.mode", str(Mode.FIELD)),
        ("sync.enrol_mac_key", payload["mac_key"]),
        ("sync.device_name", payload["device"]["name"]),
    ):
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value
    engine.flush_or_refuse(s)


def _recovery_keys(payload: dict[str, Any]) -> list[bytes]:
    try:
        return [unb64(p) for p in payload.get("recovery", [])]
    except SealError as exc:
        raise CaseDeskError("B003", reason="the recovery keys are not readable") from exc


def _create(layout: Layout, payload: dict[str, Any]) -> dict[str, Any]:
    device = payload["device"]
    layout.check_writable()
    data_key = new_data_key()
    keystore = Keystore(layout.keystore_file)
    keystore.start_encryption(data_key, _recovery_keys(payload))
    engine_ = None
    try:
        engine_, _ = open_store(layout, database_key(data_key))
        with make_sessionmaker(engine_)() as s, s.begin():
            _receive(s, payload, device["id"])
        keystore.import_entries(payload["keystore"], data_key=data_key)
        save_own_keys(layout, KeyPairs.generate(), data_key)
        info = WorkspaceInfo(
            workspace_id=device["id"],
            mode=str(Mode.FIELD),
            agency_name=payload["hub"]["name"],
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            created_by_version=__version__,
        )
        layout.write_info(info)  # last: until then the folder is not a workspace
    except BaseException:
        if engine_ is not None:
            engine_.dispose()
        for leftover in (layout.database, Path(f"{layout.database}-wal"), Path(f"{layout.database}-shm"),
                         layout.keystore_file, keys_path(layout)):  # fmt: skip
            leftover.unlink(missing_ok=True)
        shutil.rmtree(layout.attachments, ignore_errors=True)
        raise
    engine_.dispose()
    return {"workspace": str(layout.root), "device": device["name"], "hub": payload["hub"]["name"],
            "users": payload["users"], "joined": False}  # fmt: skip


def _remap(s: Session, table: Table, old: Any, new: Any) -> None:
    """Point every reference to ``table``'s row ``old`` at ``new`` (foreign keys checked at commit)."""
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                s.execute(update(other).where(fk.parent == old).values({fk.parent.name: new}))


def _join(layout: Layout, payload: dict[str, Any], username: str | None, password: str | None) -> dict[str, Any]:
    if username is None or password is None:
        raise CaseDeskError("A008")
    if keys_path(layout).exists() or layout.read_info().mode != Mode.STANDALONE:
        raise CaseDeskError("B022", path=str(layout.root))
    recovery = _recovery_keys(payload)
    desk = open_desk(layout.root, username, password)
    try:
        if not ({Role.AGENCY_HEAD, Role.BUSINESS_LEAD} & set(desk.roles)):
            raise CaseDeskError("A004", role="、".join(desk.roles), action="加入督导中心 / join a hub")
        old_id, new_id = desk.info.workspace_id, payload["device"]["id"]
        reference = payload["reference"]
        remapped_accounts: dict[str, str] = {}
        with desk.session() as s:
            engine.defer_foreign_keys(s)
            for name, natural in (("agency", None), ("station", "name"), ("project", "name"), ("account", "username")):
                table = Base.metadata.tables[name]
                theirs = [decode_row(table, r) for r in reference.get(name, [])]
                for mine in list(s.execute(select(table)).mappings()):
                    match = next((t for t in theirs if natural is None or t[natural] == mine[natural]), None)
                    if match is None or match["id"] == mine["id"]:
                        continue
                    _remap(s, table, mine["id"], match["id"])
                    s.execute(delete(table).where(table.c.id == mine["id"]))
                    if name == "account":
                        remapped_accounts[mine["username"]] = str(match["id"])
            s.execute(update(IssuedNumber).where(IssuedNumber.issuer == old_id).values(issuer=new_id))
            s.execute(update(NumberLease).where(NumberLease.holder == old_id).values(holder=new_id, retired=True))
            s.execute(update(NumberLease).where(NumberLease.granted_by == old_id).values(granted_by=new_id))
            _receive(s, payload, new_id)
        keystore = Keystore(layout.keystore_file)
        keystore.import_entries(payload["keystore"], remap=remapped_accounts, data_key=desk.data_key)
        for public in recovery:  # the agency's recovery key opens the joined workspace too
            keystore.add_recovery(desk.data_key, public)
        save_own_keys(layout, KeyPairs.generate(), desk.data_key)
        info = desk.info
        info.workspace_id, info.mode, info.agency_name = new_id, str(Mode.FIELD), payload["hub"]["name"]
        layout.write_info(info)
    finally:
        desk.close()
    return {"workspace": str(layout.root), "device": payload["device"]["name"], "hub": payload["hub"]["name"],
            "users": payload["users"], "joined": True, "accounts_matched": sorted(remapped_accounts)}  # fmt: skip
