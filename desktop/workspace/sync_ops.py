"""Sync on the Desk: exporting and importing bundles, and where sync stands (docs/sync.md). Setting up
the hub and enrolling devices live in ``hub_ops``, conflicts in ``conflict_ops``.

A hub sends each device the agency's tables, its number blocks and the caseload of the people who
work on it; a device sends the hub every row that changed since the hub last confirmed. Each import
is checked whole (signature, sender, recipient, order, forms' versions) before one transaction
applies it; a refusal anywhere leaves the workspace as it was."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.canonical import canonical
from desktop.errors import CaseDeskError
from desktop.files.atomic import write_bytes_atomic
from desktop.forms.registry import Registry
from desktop.forms.schema import FormDef
from desktop.models import (
    Agency,
    AuditEntry,
    NumberLease,
    Setting,
    SyncBase,
    SyncConflict,
    SyncImport,
    SyncPeer,
    utcnow,
)
from desktop.models.engine import take_write_lock
from desktop.sync import container, engine
from desktop.sync.keys import KeyPairs, PublicKeys
from desktop.sync.payload import parse_payload, read_bundle_file
from desktop.sync.rows import DOWN_ONLY, decode_row, encode_row
from desktop.workflow.permissions import Action
from desktop.workspace.attachment_ops import AttachmentService
from desktop.workspace.audit_ops import check_chain
from desktop.workspace.core import Core
from desktop.workspace.definition_ops import DefinitionService, check_definition
from desktop.workspace.device_rights import DeviceRights
from desktop.workspace.keystore import Keystore
from desktop.workspace.layout import Mode, WorkspaceInfo
from desktop.workspace.peers import Numbering
from desktop.workspace.retention_ops import RetentionService
from desktop.workspace.sync_identity import enrolment_mac, keys_path, load_own_keys

BUNDLE_SUFFIX = ".cdbundle"
MISSING_SHOWN = 100
Progress = Callable[[int, int, str], None]


def _no_progress(done: int, total: int, label: str) -> None:
    return None


@dataclass
class ExportResult:
    path: Path
    recipient: str
    sequence: int
    counts: dict[str, int]
    size: int


@dataclass
class ImportSummary:
    """What one import did, in words a person can act on."""

    name: str
    sender: str
    sequence: int
    already_imported: bool = False
    missing: list[int] = field(default_factory=list)  # earlier bundles never imported (carried by this one)
    missing_count: int = 0  # how many: ``missing`` names the first MISSING_SHOWN
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    conflicts: int = 0
    numbers_given: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    refused_destroyed: int = 0  # rows of files destroyed at the hub, dropped (docs/sync.md)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _safe_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text).strip("_") or "device"


class SyncService:
    """Bundles exported and imported, and where sync stands. Needs: the core, the definitions (sent down,
    taken from the hub), the attachment files (carried in bundles), retention (destructions carried by sync)
    and the numbering (numbers given once blocks arrive)."""

    def __init__(
        self,
        core: Core,
        definitions: DefinitionService,
        attachment_files: AttachmentService,
        retention: RetentionService,
        numbering: Numbering,
    ) -> None:
        self.core, self.definitions, self.files = core, definitions, attachment_files
        self.retention, self.numbering = retention, numbering

    @property
    def info(self) -> WorkspaceInfo:
        return self.core.info

    @property
    def registry(self) -> Registry:
        return self.core.registry  # read when asked: an import may replace it

    # -- export -------------------------------------------------------------------------------------
    def _peers_to_send(self, s: Session) -> list[SyncPeer]:
        if self.info.mode == Mode.HUB:
            query = select(SyncPeer).where(
                SyncPeer.role == "device", SyncPeer.revoked_at.is_(None), SyncPeer.public_keys.is_not(None)
            )
            return list(s.scalars(query.order_by(SyncPeer.name)))
        hub = s.scalars(select(SyncPeer).where(SyncPeer.role == "hub")).first()
        if hub is None:
            raise CaseDeskError("B017")
        return [hub]

    def export_bundles(self, directory: Path, progress: Progress = _no_progress) -> list[ExportResult]:
        """At a device: one bundle for the hub. At the hub: one per device with anything to send."""
        self._require_sync()
        keys = load_own_keys(self.core.layout, self.core.data_key)
        directory = Path(directory)
        if not directory.is_dir():
            raise CaseDeskError("W003", path=str(directory), reason="not a folder / 不是文件夹")
        results = []
        with self.core.session() as s:
            peers = self._peers_to_send(s)
            agency = s.scalars(select(Agency)).one()
            my_name = self._my_name(s, agency)
            for index, peer in enumerate(peers):
                progress(index, len(peers), peer.name)
                result = self._export_one(s, peer, keys, directory, str(agency.id), my_name)
                if result is not None:
                    results.append(result)
        progress(len(peers), len(peers), "")
        return results

    def _my_name(self, s: Session, agency: Agency) -> str:
        if self.info.mode == Mode.HUB:
            return agency.name
        hub = s.scalars(select(SyncPeer).where(SyncPeer.role == "hub")).first()
        setting = s.get(Setting, "sync.device_name")
        return str(setting.value) if setting else (hub.name if hub else self.info.workspace_id)

    def _export_one(
        self, s: Session, peer: SyncPeer, keys: KeyPairs, directory: Path, agency_id: str, my_name: str
    ) -> ExportResult | None:
        sequence = peer.sent_seq + 1
        entries: dict[str, bytes] = {}
        header_extra: dict[str, Any] = {}
        to_device = self.info.mode == Mode.HUB
        if to_device:
            scope = engine.hub_scope(s, peer.users or [])
            rows = engine.collect_rows(s, peer, sequence, scope)
            reference = engine.collect_reference(s)
            definitions = self.definitions.updated_definitions()
            reference_hash = hashlib.sha256(canonical(reference) + b"".join(definitions.values())).hexdigest()
            leases = [
                encode_row(NumberLease.__table__, r)
                for r in s.execute(select(NumberLease.__table__).where(NumberLease.holder == peer.id)).mappings()
            ]
            owed_ack = peer.received_seq > peer.acked_sent
            if not rows and reference_hash == peer.reference_hash and not owed_ack and peer.sent_seq > 0:
                return None  # nothing new for this device
            peer.reference_hash = reference_hash
            entries["reference.json"] = canonical(reference)
            entries["leases.json"] = canonical(leases)
            entries["keystore.json"] = canonical(Keystore(self.core.layout.keystore_file).export_entries(peer.users))
            for name, text in definitions.items():
                entries[f"definitions/{name}"] = text
        else:
            rows = engine.collect_rows(s, peer, sequence, None)
            upward = engine.collect_upward_reference(s, peer, sequence)
            entries["upward.json"] = canonical(upward)
            header_extra["audit_head"] = self._audit_head(s)
            if peer.acked_seq == 0:  # until the hub has confirmed one, every bundle introduces us
                public = keys.public.to_json()
                mac_key = s.get(Setting, "sync.enrol_mac_key")
                assert mac_key is not None  # written when the device joined
                header_extra["device_keys"] = public
                header_extra["enrolment_mac"] = enrolment_mac(str(mac_key.value), self.info.workspace_id, public)
        files = self._attachment_files(rows.get("attachment", []))
        for sha in files:
            entries[f"files/{sha}"] = self.files.read_attachment(sha)
        entries["rows.json"] = canonical(rows)
        manifest = {"ack": peer.received_seq, "forms": {f.id: f.version for f in self.registry}}
        entries["manifest.json"] = canonical(manifest)
        counts = {name: len(r) for name, r in rows.items()}
        counts["files"] = len(files)
        header = {
            "kind": "to-device" if to_device else "to-hub",
            "sender": self.info.workspace_id,
            "sender_name": my_name,
            "recipient": peer.id,
            "recipient_name": peer.name,
            "agency": agency_id,
            "sequence": sequence,
            "ack": peer.received_seq,
            "created": utcnow().isoformat(timespec="seconds"),
            "app_version": __version__,
            "counts": counts,
            **header_extra,
        }
        recipient = PublicKeys.from_json(peer.public_keys)
        data = container.seal(header, entries, keys.signing, recipient.encryption)
        name = f"{_safe_name(my_name)}-to-{_safe_name(peer.name)}-{sequence:05d}{BUNDLE_SUFFIX}"
        path = directory / name
        write_bytes_atomic(path, data)  # inside the transaction: a failed write leaves nothing marked sent
        peer.sent_seq = sequence
        peer.acked_sent = peer.received_seq
        self.core.audit(s, "export", "bundle", sequence, to=peer.name, rows=sum(counts.values()))
        return ExportResult(path, peer.name, sequence, counts, len(data))

    def _attachment_files(self, rows: list[dict[str, Any]]) -> list[str]:
        """The hashes of the attachments whose files this workspace holds (in the clear inside the
        bundle, which is itself encrypted to its recipient)."""
        return [row["sha256"] for row in rows if self.files.has_attachment(row["sha256"])]

    # -- import -------------------------------------------------------------------------------------
    def inspect_bundle(self, path: Path) -> dict[str, Any]:
        """The header of a bundle, readable without keys: who sent it, to whom, what it holds."""
        data = read_bundle_file(Path(path))
        header = container.read_header(data, Path(path).name)
        public = {k: v for k, v in header.items() if k not in ("ephemeral_public", "nonce", "enrolment_mac")}
        public["size"] = len(data)
        public["sha256"] = hashlib.sha256(data).hexdigest()
        return public

    def _require_sync(self) -> None:
        """At the hub, the laptops' work comes in through bundles: only those who may sync there do it."""
        if self.info.mode == Mode.HUB:
            self.core.require(Action.SYNC_HUB)

    def _expected_kind(self) -> tuple[str, str]:
        """The kind of bundle this workspace takes, and the role its sender holds here."""
        return ("to-hub", "device") if self.info.mode == Mode.HUB else ("to-device", "hub")

    def import_bundle(self, path: Path, progress: Progress = _no_progress) -> ImportSummary:
        self._require_sync()
        path = Path(path)
        data = read_bundle_file(path)
        progress(0, 4, "verify")
        keys = load_own_keys(self.core.layout, self.core.data_key)
        header = container.read_header(data, path.name)
        digest = hashlib.sha256(data).hexdigest()
        kind, sender_role = self._expected_kind()
        if header["recipient"] != self.info.workspace_id:
            raise CaseDeskError("B012", recipient=str(header.get("recipient_name") or header["recipient"]))
        with self.core.session() as s:
            agency = s.scalars(select(Agency)).one()
            if header["agency"] != str(agency.id):
                raise CaseDeskError("B012", recipient=str(header.get("recipient_name") or header["agency"]))
            # One import per device at a time across a shared hub: a second waits here, then sees the first's
            # sequence and refuses the bundle as already imported (never applied twice).
            take_write_lock(s)
            peer = s.get(SyncPeer, header["sender"], with_for_update=True, populate_existing=True)
            if peer is None:
                raise CaseDeskError("B005", device=str(header.get("sender_name") or header["sender"]))
            if peer.revoked_at is not None:
                raise CaseDeskError("B011", device=peer.name, date=peer.revoked_at.date().isoformat())
            if peer.role != sender_role:
                raise CaseDeskError("B030", kind=str(header["kind"])[:40])
            summary = ImportSummary(path.name, peer.name, int(header["sequence"]))
            logged = s.scalars(
                select(SyncImport).where(SyncImport.peer_id == peer.id, SyncImport.bundle_sha256 == digest)
            ).first()
            if logged is not None:
                summary.already_imported = True
                return summary
            if summary.sequence <= peer.received_seq:
                raise CaseDeskError("B010", name=path.name, sequence=summary.sequence, last=peer.received_seq)
            opened = container.open_bundle(data, lambda h: self._sender_key(peer, h), keys.encryption, path.name)
            if header["kind"] != kind:  # signed by the sender: its word on which way the bundle goes
                raise CaseDeskError("B030", kind=str(header["kind"])[:40])
            progress(1, 4, "check")
            payload = parse_payload(opened.entries)
            self._refuse_parts_not_sent_this_way(payload)
            summary.refused_destroyed = self.retention.drop_destroyed_rows(s, payload, opened.entries)
            newer, texts = self._newer_definitions(payload["definitions"])
            self._check_forms(payload["rows"], newer)
            self._store_files(opened.entries, payload["rows"].get("attachment", []), s)
            progress(2, 4, "apply")
            skipped = range(peer.received_seq + 1, summary.sequence)  # named, up to a screenful
            summary.missing, summary.missing_count = list(skipped[:MISSING_SHOWN]), len(skipped)
            try:
                keystore = self._apply(s, peer, header, payload, summary, digest)
            except (IntegrityError, DataError) as exc:
                raise CaseDeskError("B016", reason=str(exc.orig).splitlines()[0]) from exc
            progress(3, 4, "commit")
        # Checked and prepared whole before the commit: now only written (docs/sync.md, "applied whole"). What
        # follows needs the import committed, so each step below is a unit of work of its own.
        if keystore is not None:
            Keystore(self.core.layout.keystore_file).write_prepared(keystore)
        self.retention.remove_pending_files()  # attachments of what the hub destroyed
        if newer:  # the hub's newer form definitions, checked whole above
            self.definitions.take_definitions(newer, texts)
        if "leases" in payload:
            summary.numbers_given = self.numbering.assign_pending()
        progress(4, 4, "")
        return summary

    def _apply(
        self,
        s: Session,
        peer: SyncPeer,
        header: dict[str, Any],
        payload: dict[str, Any],
        summary: ImportSummary,
        digest: str,
    ) -> dict[str, Any] | None:
        """Everything a verified bundle changes, in the caller's one transaction; returns the keystore as it
        will be (at a device: the passwords of accounts new to it), prepared whole, to write once committed."""
        engine.defer_foreign_keys(s)
        engine.apply_ack(s, peer, payload["manifest"].get("ack", 0))
        keystore = None
        if "reference" in payload:
            engine.apply_reference(s, peer, payload["reference"])
            self._apply_leases(s, peer, payload["leases"])
            keystore = Keystore(self.core.layout.keystore_file).prepare_import(
                payload.get("keystore") or {}, data_key=self.core.data_key
            )
        if "upward" in payload:
            engine.apply_upward_reference(s, peer, payload["upward"])
        if self.info.mode != Mode.HUB:
            self.retention.take_destructions(s, payload)  # what the hub destroyed goes here too
        applied = engine.Applied()
        engine.refuse_number_clashes(s, payload["rows"].get("issued_number", []))  # before a case's unique code
        rights = DeviceRights(s, peer, self.registry, self.info.workspace_id) if self.info.mode == Mode.HUB else None
        engine.apply_rows(s, peer, payload["rows"], applied, payload["checked"], rights.row if rights else None)
        if rights is not None:
            engine.flush_or_refuse(s)  # a row naming what does not exist is told as that (B016) first
            rights.finish()
        if self.info.mode == Mode.HUB and "audit_head" in header:
            self._check_device_log(s, peer, header["audit_head"])
        if self.info.mode == Mode.HUB:
            # Blocks handed out from now on start above every number a device (or a joiner) printed.
            highest = engine.highest_sequence(payload["rows"].get("issued_number", []))
            nxt = s.get(Setting, "numbering.next_block_start")
            if nxt is not None and int(nxt.value) <= highest:
                nxt.value = highest + 1
        if "device_keys" in header and peer.public_keys is None:
            peer.public_keys = header["device_keys"]
            peer.enrol_mac_key = None  # the one-time code is spent
        peer.received_seq = summary.sequence
        summary.inserted = dict(applied.inserted)
        summary.updated = dict(applied.updated)
        summary.unchanged = sum(applied.unchanged.values())
        summary.conflicts = len(applied.conflicts)
        self.core.audit(s, "import", "bundle", summary.sequence, sender=peer.name, conflicts=summary.conflicts)
        s.add(
            SyncImport(
                peer_id=peer.id,
                sequence=summary.sequence,
                bundle_sha256=digest,
                imported_by=self.core.account.id,
                summary=summary.as_json(),
            )
        )
        engine.flush_or_refuse(s)
        return keystore

    def _refuse_parts_not_sent_this_way(self, payload: dict[str, Any]) -> None:
        """What only a hub writes (the agency's tables, number blocks, passwords, form definitions, what
        retention destroyed) never comes from a device; what only a joining device sends never from a hub.
        Refused whole, before anything is written."""
        parts: list[str]
        if self.info.mode == Mode.HUB:
            parts = [name for name in ("reference", "leases", "keystore") if name in payload]
            parts += ["definitions"] if payload["definitions"] else []
            parts += sorted(name for name in DOWN_ONLY if payload["rows"].get(name))
        else:
            parts = ["upward"] if "upward" in payload else []
        if parts:
            raise CaseDeskError("B029", part="、".join(parts))

    def _audit_head(self, s: Session) -> dict[str, Any]:
        """The last entry of this workspace's audit log, signed into the bundle's header."""
        last = s.execute(
            select(AuditEntry.seq, AuditEntry.hash)
            .where(AuditEntry.workspace == self.info.workspace_id, AuditEntry.hash.is_not(None))
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).first()
        return {"seq": last.seq if last else 0, "hash": last.hash if last else None}

    def _check_device_log(self, s: Session, peer: SyncPeer, head: Any) -> None:
        """The device's log, as the hub now holds it, must chain from its first entry to the head the
        device signed: an entry changed, dropped or forged on the laptop refuses the bundle."""
        check = check_chain(s, peer.id)
        if not check.ok:
            raise CaseDeskError("B028", device=peer.name, seq=check.broken_at)
        if not isinstance(head, dict) or not isinstance(head.get("seq"), int):
            raise CaseDeskError("B003", reason="the audit head is not readable")
        last = s.execute(
            select(AuditEntry.seq, AuditEntry.hash).where(
                AuditEntry.workspace == peer.id, AuditEntry.seq == head["seq"]
            )
        ).first()
        signed_end_missing = head["seq"] > 0 and (last is None or last.hash != head.get("hash"))
        if signed_end_missing or check.entries > head["seq"]:  # cut short, or entries the device never signed
            raise CaseDeskError("B028", device=peer.name, seq=head["seq"])

    def _sender_key(self, peer: SyncPeer, header: dict[str, Any]) -> Ed25519PublicKey:
        if peer.public_keys is not None:
            return PublicKeys.from_json(peer.public_keys).signing
        # A device's first bundle: its keys are vouched for by the MAC only the one-time code yields.
        if peer.enrol_mac_key is None:
            raise CaseDeskError("B024", device=peer.name)
        public, mac = header.get("device_keys"), header.get("enrolment_mac")
        if not isinstance(public, dict) or not isinstance(mac, str):
            raise CaseDeskError("B014", device=peer.name)
        expected = enrolment_mac(peer.enrol_mac_key, peer.id, public)
        if not hmac.compare_digest(expected, mac):
            raise CaseDeskError("B014", device=peer.name)
        return PublicKeys.from_json(public).signing

    def _newer_definitions(self, definitions: dict[str, bytes]) -> tuple[dict[str, FormDef], dict[str, bytes]]:
        """The hub's form definitions newer than the ones in use here, each checked whole (B027 when
        this program cannot read one). Only a hub sends them."""
        if definitions and self.info.mode == Mode.HUB:
            raise CaseDeskError("B006", reason="form definitions come from the hub only")
        newer, texts = {}, {}
        for text in definitions.values():
            form = check_definition(text, self.registry)
            if form.id not in self.registry or form.version > self.registry.get(form.id).version:  # or a new form
                newer[form.id], texts[form.id] = form, text
        return newer, texts

    def _check_forms(self, rows: dict[str, Any], arriving: dict[str, FormDef]) -> None:
        """A form filled against a definition newer than this program knows (and than the definitions
        arriving with it) is refused: shown with today's definition it would lose fields, so the person
        upgrades first."""
        for table in ("form_record", "form_revision"):
            for row in rows.get(table, []):
                version = row.get("form_version") if isinstance(row, dict) else None
                form_id = row.get("form_id") if table == "form_record" else None
                if form_id is None:
                    continue
                known = self.registry.get(form_id).version if form_id in self.registry else 0
                known = max(known, arriving[form_id].version) if form_id in arriving else known
                if not isinstance(version, int) or version > known:
                    raise CaseDeskError("B015", form=form_id, found=version, supported=known)

    def _store_files(self, entries: dict[str, bytes], attachments: list[Any], s: Session | None = None) -> None:
        """Files first, each checked against its name (content-addressed: a refused import leaves
        only unreferenced copies, never a wrong one). On a hub kept on a server they go in with the
        import's own transaction (``s``), so a refused import leaves none."""
        for name, content in entries.items():
            if not name.startswith("files/"):
                continue
            sha = name.removeprefix("files/")
            if hashlib.sha256(content).hexdigest() != sha:
                raise CaseDeskError("B004")
            self.files.store_attachment(sha, content, s)
        for row in attachments:
            if isinstance(row, dict) and not self.files.has_attachment(str(row.get("sha256")), s):
                raise CaseDeskError("B003", reason=f"the file of attachment {row.get('filename')} is missing")

    def _apply_leases(self, s: Session, peer: SyncPeer, leases: list[Any]) -> None:
        table = NumberLease.__table__
        mine = {
            (r.start, r.end): r
            for r in s.scalars(select(NumberLease).where(NumberLease.holder == self.info.workspace_id))
        }
        for raw in leases:
            lease = decode_row(table, raw)
            if lease["holder"] != self.info.workspace_id:
                raise CaseDeskError("N008")
            held = mine.get((lease["start"], lease["end"]))
            if held is None:
                s.execute(table.insert(), [lease])
            elif lease["retired"] and not held.retired:
                held.retired = True

    # -- status ---------------------------------------------------------------------------------------
    def sync_status(self) -> dict[str, Any]:
        with self.core.session() as s:
            peers = list(s.scalars(select(SyncPeer).order_by(SyncPeer.name)))
            pending = s.scalar(select(func.count()).select_from(SyncBase).where(SyncBase.sent_seq.is_not(None)))
            open_conflicts = s.scalar(
                select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
            )
            last = s.scalars(select(SyncImport).order_by(SyncImport.imported_at.desc())).first()
            return {
                "mode": self.info.mode,
                "set_up": keys_path(self.core.layout).exists(),
                "peers": [
                    {
                        "id": p.id,
                        "name": p.name,
                        "role": p.role,
                        "sent": p.sent_seq,
                        "received": p.received_seq,
                        "acknowledged": p.acked_seq,
                        "revoked": p.revoked_at is not None,
                    }
                    for p in peers
                ],  # fmt: skip
                "awaiting_confirmation": int(pending or 0),
                "open_conflicts": int(open_conflicts or 0),
                "last_import": last.imported_at.isoformat(timespec="seconds") if last else None,
            }
