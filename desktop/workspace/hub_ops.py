"""The hub's side of sync on the Desk: becoming the agency's hub, enrolling devices, revoking them."""

from __future__ import annotations

import base64
import datetime as dt
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop import __version__
from desktop.errors import CaseDeskError
from desktop.files.atomic import write_bytes_atomic
from desktop.models import Account, Agency, IssuedNumber, NumberLease, Setting, SyncPeer, utcnow
from desktop.sync import engine
from desktop.sync.enrolment import new_code, seal_enrolment
from desktop.sync.keys import KeyPairs, write_recovery_file
from desktop.sync.rows import encode_row
from desktop.workflow.permissions import Action
from desktop.workspace.agency_ops import AgencyService
from desktop.workspace.core import Core
from desktop.workspace.keystore import Keystore
from desktop.workspace.layout import Mode
from desktop.workspace.peers import Numbering
from desktop.workspace.sync_identity import keys_path, load_own_keys, save_own_keys


@dataclass(frozen=True)
class DeviceView:
    id: str
    name: str
    users: list[str]
    enrolled_at: dt.datetime
    first_bundle_in: bool
    revoked_at: dt.datetime | None
    sent: int
    received: int
    acknowledged: int


def recovery_file_refusal(path: Path, workspace: Path) -> str | None:
    """Where the recovery file may not go: inside the workspace (it would be lost or stolen with the
    laptop), or over an existing file (an earlier recovery copy). The error code, or None."""
    if path.resolve().is_relative_to(workspace.resolve()):
        return "B025"
    if path.exists():
        return "B026"
    return None


class HubService:
    """The hub's side of sync: becoming the hub, enrolling and revoking devices. Needs: the core, the agency
    (its name) and the numbering (the hub's own block, a device's first)."""

    def __init__(self, core: Core, agency_admin: AgencyService, numbering: Numbering) -> None:
        self.core, self.agency_admin, self.numbering = core, agency_admin, numbering

    def hub_init(self, recovery_file: Path, passphrase: str) -> dict[str, Any]:
        """Make this workspace the agency's hub: its key pairs, and a recovery copy of the private keys
        (passphrase-protected) for the agency head to keep offline. A standalone keeps its numbers. The rows
        commit first, then the keys and the mode go to the folder, then the hub's own block is taken (a unit of
        work of its own: it reads the mode just written)."""
        self.core.require(Action.MANAGE_AGENCY)
        layout, info = self.core.layout, self.core.info
        if keys_path(layout).exists() and info.mode == Mode.HUB:
            raise CaseDeskError("B018")
        if info.mode == Mode.FIELD:
            raise CaseDeskError("B022", path=str(layout.root))
        refusal = recovery_file_refusal(Path(recovery_file), layout.root)
        if refusal:
            raise CaseDeskError(refusal, path=str(recovery_file))
        keys = KeyPairs.generate()
        agency = self.agency_admin.agency().name
        write_recovery_file(Path(recovery_file), keys, passphrase, agency)
        with self.core.session() as s:
            highest = s.scalar(select(func.max(IssuedNumber.sequence))) or 0
            for lease in s.scalars(select(NumberLease).where(NumberLease.end.is_(None))):
                lease.retired = True  # the standalone's open range: hub blocks from now on
            nxt = s.get(Setting, "numbering.next_block_start")
            if nxt is None:
                s.add(Setting(key="numbering.next_block_start", value=highest + 1))
            elif int(nxt.value) <= highest:
                nxt.value = highest + 1
            mode = s.get(Setting, "workspace.mode")
            if mode is not None:
                mode.value = str(Mode.HUB)
        save_own_keys(layout, keys, self.core.data_key)
        info.mode = str(Mode.HUB)
        layout.write_info(info)
        self.numbering.ensure_own_block()
        return {"hub": info.workspace_id, "agency": agency, "recovery_file": str(recovery_file)}

    def _require_hub(self, action: str) -> None:
        if self.core.info.mode != Mode.HUB:
            raise CaseDeskError("B020", action=action)

    def enrol_device(self, name: str, out: Path, users: list[str] | None = None) -> str:
        """An enrolment file for a named device and the one-time code to give its user by hand."""
        self.core.require(Action.MANAGE_AGENCY)
        self._require_hub("注册设备 / enrol devices")
        name = name.strip()
        if not name:
            raise CaseDeskError("C001", what="--device")
        keys = load_own_keys(self.core.layout, self.core.data_key)
        code, mac_key = new_code(), base64.b64encode(secrets.token_bytes(32)).decode("ascii")
        device_id = str(uuid.uuid4())
        keystore = Keystore(self.core.layout.keystore_file)
        with self.core.session() as s:
            if s.scalars(select(SyncPeer).where(SyncPeer.name == name)).first() is not None:
                raise CaseDeskError("B019", name=name)
            accounts = list(s.scalars(select(Account).where(Account.active.is_(True))))
            if users is None:
                users = [a.username for a in accounts if a.has_role("worker")]
            unknown = sorted(set(users) - {a.username for a in accounts})
            if unknown:
                raise CaseDeskError("R008", kind="账号 / account", id="、".join(unknown))
            lease = self.numbering.grant(s, device_id, 50)
            agency = s.scalars(select(Agency)).one()
            payload = {
                "format": "casedesk-enrolment",
                "hub": {"id": self.core.info.workspace_id, "name": agency.name, "keys": keys.public.to_json()},
                "agency_id": str(agency.id),
                "device": {"id": device_id, "name": name},
                "users": users,
                "mac_key": mac_key,
                "reference": engine.collect_reference(s),
                "keystore": keystore.export_entries(users),
                "recovery": keystore.recovery_keys(),  # the device's data key is sealed to the agency's too
                "leases": [
                    encode_row(
                        NumberLease.__table__, {c.name: getattr(lease, c.name) for c in NumberLease.__table__.columns}
                    )
                ],
                "created": utcnow().isoformat(),
                "app_version": __version__,
            }
            s.add(SyncPeer(id=device_id, name=name, role="device", users=users, enrol_mac_key=mac_key))
            s.flush()
            write_bytes_atomic(Path(out), seal_enrolment(payload, code))
        return code

    def devices(self) -> list[DeviceView]:
        with self.core.session() as s:
            return [
                DeviceView(
                    p.id,
                    p.name,
                    list(p.users or []),
                    p.enrolled_at,
                    p.public_keys is not None,
                    p.revoked_at,
                    p.sent_seq,
                    p.received_seq,
                    p.acked_seq,
                )
                for p in s.scalars(select(SyncPeer).where(SyncPeer.role == "device").order_by(SyncPeer.name))
            ]

    def assign_device_users(self, name: str, users: list[str]) -> DeviceView:
        """Who signs in on an enrolled laptop (a new worker joining it, one leaving it): the next reply carries
        the newcomers' sealed key entries, as enrolment did, and their work from then on."""
        self.core.require(Action.MANAGE_AGENCY)
        self._require_hub("分配设备使用者 / assign a device's people")
        with self.core.session() as s:
            peer = s.scalars(select(SyncPeer).where(SyncPeer.name == name, SyncPeer.role == "device")).first()
            if peer is None or peer.revoked_at is not None:
                raise CaseDeskError("B021", name=name)
            active = {a.username for a in s.scalars(select(Account).where(Account.active.is_(True)))}
            unknown = sorted(set(users) - active)
            if unknown or not users:
                raise CaseDeskError("R008", kind="账号 / account", id="、".join(unknown) or "—")
            before = list(peer.users or [])
            peer.users = list(dict.fromkeys(users))
            peer.reference_hash = None  # a reply goes even when nothing else changed
            self.core.audit(s, "assign_device", "device", peer.id, before=before, after=peer.users)
            s.flush()
            return next(d for d in self.devices() if d.name == name)

    def revoke_device(self, name: str) -> DeviceView:
        """A lost or retired device: its bundles are refused from now on, its unused numbers never reissued."""
        self.core.require(Action.MANAGE_AGENCY)
        self._require_hub("撤销设备 / revoke devices")
        with self.core.session() as s:
            peer = s.scalars(select(SyncPeer).where(SyncPeer.name == name, SyncPeer.role == "device")).first()
            if peer is None:
                raise CaseDeskError("B021", name=name)
            peer.revoked_at = peer.revoked_at or utcnow()
            for lease in s.scalars(select(NumberLease).where(NumberLease.holder == peer.id)):
                lease.retired = True
            s.flush()
            return next(d for d in self.devices() if d.name == name)
