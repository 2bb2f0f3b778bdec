"""Erasing rows from the store for retention (销毁), in the caller's transaction: a set of files (cases,
groups, form records, clients, households) and every row that hangs on them, followed along the foreign
keys (revisions, decisions, comments, signatures, attachments, drafts, shares, household members), with
what the sync bookkeeping remembers of them. Archive numbers stay in the register, unlinked: a number is
never given twice, even after its file is gone.

The same rules, applied to rows arriving in a bundle, drop what belongs to a destroyed file, so a laptop
that had not heard of a destruction cannot bring the file back. No Qt, no Desk: plain store operations."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, select, text, update
from sqlalchemy.orm import Session

from desktop.models import AuditAnchor, AuditEntry, Base, DestroyedItem, SyncBase, SyncConflict, utcnow
from desktop.sync.rows import DOWN_ONLY, SERVICE_TABLES

CHUNK = 500
# What a destroyed item names, and the table it lives in.
KIND_TABLES = {
    "case": "case_file",
    "group": "service_group",
    "record": "form_record",
    "client": "client",
    "household": "household",
}
# Deleted children first, so that no foreign key ever points at a row already gone.
DELETE_ORDER = (
    "draft",
    "signature",
    "decision",
    "comment",
    "form_revision",
    "attachment",
    "share",
    "form_record",
    "household_member",
    "case_file",
    "service_group",
    "client",
    "household",
)
ERASABLE = frozenset(DELETE_ORDER)
SHARE_TARGETS = {"case": "case_file", "group": "service_group"}  # share.target_id is not a foreign key


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _edges() -> list[tuple[str, str, str]]:
    """(child table, column, parent table) for every foreign key between erasable tables."""
    found = []
    for child in DELETE_ORDER:
        for fk in _table(child).foreign_keys:
            parent = fk.column.table.name
            if parent in ERASABLE:
                found.append((child, fk.parent.name, parent))
    return found


def _chunks(ids: Iterable[Any]) -> Iterable[list[Any]]:
    items = list(ids)
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


@dataclass
class Erased:
    """What an erasure removed: rows per table (for the log and the destruction list), and the
    attachment files no longer used by those rows (removed from disk once the transaction commits,
    unless another attachment still uses the same file)."""

    rows: dict[str, int] = field(default_factory=dict)
    files: set[str] = field(default_factory=set)

    def add(self, other: Erased) -> None:
        for name, count in other.rows.items():
            self.rows[name] = self.rows.get(name, 0) + count
        self.files |= other.files


def closure(s: Session, roots: Mapping[str, Iterable[uuid.UUID]]) -> dict[str, set[uuid.UUID]]:
    """Every row that hangs on ``roots`` (table -> ids), the roots included: children follow their parents,
    never the other way (a case's client is not reached from the case)."""
    dead: dict[str, set[uuid.UUID]] = {name: set() for name in DELETE_ORDER}
    for name, ids in roots.items():
        dead[name] |= set(ids)
    edges = _edges()
    grown = True
    while grown:
        grown = False
        for child, column, parent in edges:
            if not dead[parent]:
                continue
            table = _table(child)
            for chunk in _chunks(dead[parent]):
                found = set(s.scalars(select(table.c.id).where(table.c[column].in_(chunk)))) - dead[child]
                if found:
                    dead[child] |= found
                    grown = True
        share = _table("share")
        for kind, parent in SHARE_TARGETS.items():
            for chunk in _chunks(dead[parent]):
                query = select(share.c.id).where(share.c.target_kind == kind, share.c.target_id.in_(chunk))
                found = set(s.scalars(query)) - dead["share"]
                if found:
                    dead["share"] |= found
                    grown = True
    return {name: ids for name, ids in dead.items() if ids}


def erase(s: Session, dead: Mapping[str, set[uuid.UUID]]) -> Erased:
    """Delete the rows of ``dead`` (a ``closure``), clear the archive numbers' links to them, and forget
    what sync remembers of them (a peer's copy of a client's row holds their name)."""
    out = Erased()
    attachments = _table("attachment")
    for chunk in _chunks(dead.get("attachment", ())):
        out.files |= set(s.scalars(select(attachments.c.sha256).where(attachments.c.id.in_(chunk))))
    numbers = _table("issued_number")
    for column, name in (("case_id", "case_file"), ("group_id", "service_group"), ("record_id", "form_record")):
        for chunk in _chunks(dead.get(name, ())):
            s.execute(update(numbers).where(numbers.c[column].in_(chunk)).values({column: None}))
    for name in DELETE_ORDER:
        ids = dead.get(name)
        if not ids:
            continue
        table = _table(name)
        for chunk in _chunks(ids):
            s.execute(delete(table).where(table.c.id.in_(chunk)))
        out.rows[name] = len(ids)
        _forget(s, name, ids)
    return out


def _forget(s: Session, tbl: str, ids: Iterable[uuid.UUID]) -> None:
    """Sync's remembered copies and open conflicts of these rows (keys as rows travel: 32 hex digits)."""
    keys = [i.hex for i in ids]
    for chunk in _chunks(keys):
        s.execute(delete(SyncBase).where(SyncBase.tbl == tbl, SyncBase.row_key.in_(chunk)))
        s.execute(delete(SyncConflict).where(SyncConflict.tbl == tbl, SyncConflict.row_key.in_(chunk)))


def destroyed_roots(s: Session, extra: Iterable[Mapping[str, Any]] = ()) -> dict[str, set[uuid.UUID]]:
    """The destroyed items held here (and ``extra`` rows arriving in a bundle), as table -> ids."""
    roots: dict[str, set[uuid.UUID]] = {}
    pairs = [(kind, target) for kind, target in s.execute(select(DestroyedItem.kind, DestroyedItem.target_id))]
    for row in extra:
        pairs.append((str(row.get("kind")), uuid.UUID(str(row.get("target_id")))))
    for kind, target in pairs:
        table = KIND_TABLES.get(kind)
        if table is not None:
            roots.setdefault(table, set()).add(target)
    return roots


def present(s: Session, roots: Mapping[str, set[uuid.UUID]]) -> dict[str, set[uuid.UUID]]:
    """Only the roots still held here (a laptop that never had a file has nothing to erase)."""
    out: dict[str, set[uuid.UUID]] = {}
    for name, ids in roots.items():
        table = _table(name)
        for chunk in _chunks(ids):
            found = set(s.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
            if found:
                out.setdefault(name, set()).update(found)
    return out


def unused_files(s: Session, shas: Iterable[str]) -> list[str]:
    """Of these attachment files, those no attachment row uses any more (a file shared by two records
    stays while one of them does)."""
    attachments = _table("attachment")
    wanted = sorted(set(shas))
    used: set[str] = set()
    for chunk in _chunks(wanted):
        used |= set(s.scalars(select(attachments.c.sha256).where(attachments.c.sha256.in_(chunk))))
    return [sha for sha in wanted if sha not in used]


# -- the audit log past its period --------------------------------------------------------------------
def prune_audit(s: Session, workspace: str, through: int, anchor: bool = True) -> tuple[int, str] | None:
    """Remove one chain's entries up to ``through`` and anchor the chain there (the entry's hash, which the
    next entry holds), so it still verifies from the anchor on. Returns (entries removed, anchor hash).
    ``anchor`` False: a device, whose anchor row comes from the hub in the same import."""
    last = s.execute(
        select(AuditEntry.seq, AuditEntry.hash).where(AuditEntry.workspace == workspace, AuditEntry.seq == through)
    ).first()
    if last is None or last.hash is None:
        return None
    doomed = list(s.scalars(select(AuditEntry.id).where(AuditEntry.workspace == workspace, AuditEntry.seq <= through)))
    # The table refuses deletes (a trigger); lifted inside this transaction only, and put back as it was.
    trigger = None
    if s.get_bind().dialect.name == "sqlite":
        trigger = s.scalar(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'audit_entry_no_delete'")
        )
        if trigger:
            s.execute(text("DROP TRIGGER audit_entry_no_delete"))
    elif s.get_bind().dialect.name == "postgresql":
        s.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_delete"))  # this transaction's
        trigger = "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_delete"
    for chunk in _chunks(doomed):
        s.execute(delete(AuditEntry).where(AuditEntry.id.in_(chunk)))
    if trigger:
        s.execute(text(trigger))
    _forget(s, "audit_entry", doomed)
    if anchor:
        row = s.scalars(select(AuditAnchor).where(AuditAnchor.workspace == workspace)).first()
        if row is None:
            s.add(AuditAnchor(workspace=workspace, seq=through, hash=last.hash))
        else:
            row.seq, row.hash, row.set_at = through, last.hash, utcnow()
    s.flush()
    return len(doomed), last.hash


# -- rows arriving for a destroyed file -------------------------------------------------------------
def drop_destroyed(s: Session, rows: dict[str, list[dict[str, Any]]]) -> int:
    """Take out of a bundle's checked rows (store form: ids as 32 hex digits) every row of a destroyed file
    and every row hanging on one, in the bundle or here; audit entries before a chain's anchor; and the
    tables only the hub sends. Returns how many rows were dropped."""
    dead = {row.hex for ids in destroyed_roots(s).values() for row in ids}
    anchors = {a.workspace: a.seq for a in s.scalars(select(AuditAnchor))}
    dropped = 0
    for spec in SERVICE_TABLES:
        incoming = rows.get(spec.name)
        if not incoming:
            continue
        if spec.name in DOWN_ONLY:
            dropped += len(incoming)
            rows[spec.name] = []
            continue
        table = spec.table
        links = [fk.parent.name for fk in table.foreign_keys if fk.column.table.name in ERASABLE]
        if spec.name == "share":
            links.append("target_id")
        kept = []
        for row in incoming:
            if spec.name == "audit_entry":
                gone = row["seq"] is not None and row["seq"] <= anchors.get(row["workspace"], 0)
            else:
                gone = row["id"] in dead or any(row[c] in dead for c in links)
            if gone:
                dead.add(row["id"])
                dropped += 1
            else:
                kept.append(row)
        rows[spec.name] = kept
    return dropped
