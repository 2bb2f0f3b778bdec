"""Collecting the rows a peer lacks and applying the rows a peer sent, inside one session.

Nothing here commits: the caller opens one transaction for a whole import, so a refusal anywhere
(a contradiction, a broken row) leaves the workspace exactly as it was. Bases (what the peer holds)
move when a row is received, and when the peer acknowledges a bundle that carried it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, or_, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.canonical import encode_value
from desktop.errors import CaseDeskError
from desktop.models import Account, Base, SyncBase, SyncConflict, SyncPeer
from desktop.models.engine import json_dumps
from desktop.sync.rows import (
    DOWN_ONLY,
    REFERENCE_TABLES,
    SERVICE_TABLES,
    SPECS,
    UPWARD_REFERENCE,
    TableSpec,
    column_names,
    decode_row,
    encode_row,
    is_local_setting,
    key_values,
    merge_row,
    raw_select,
    readable,
    row_hash,
    row_key,
    storage_rows,
    stored_key,
)

CHUNK = 500


@dataclass
class Applied:
    """What an import did, per table: for the summary shown to the person importing."""

    inserted: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    conflicts: list[dict[str, str]] = field(default_factory=list)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _upsert(s: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert or replace rows by primary key (SQLite and PostgreSQL spell it the same way)."""
    if not rows:
        return
    statement = _insert_for(s)(table)
    keys = [c.name for c in table.primary_key.columns]
    statement = statement.on_conflict_do_update(
        index_elements=keys, set_={c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys}
    )
    for start in range(0, len(rows), CHUNK):
        s.execute(statement, rows[start : start + CHUNK])


def _base_hashes(s: Session, peer_id: str, tbl: str) -> dict[str, str | None]:
    """What the peer holds, as hashes only: the copies of rows are read only for a row being merged."""
    query = select(SyncBase.row_key, SyncBase.hash).where(SyncBase.peer_id == peer_id, SyncBase.tbl == tbl)
    return {key: digest for key, digest in s.execute(query)}


def _open_conflicts(s: Session, tbl: str) -> set[str]:
    query = select(SyncConflict.row_key).where(SyncConflict.tbl == tbl, SyncConflict.resolved_at.is_(None))
    return set(s.scalars(query))


def _set_bases(
    s: Session, peer_id: str, tbl: str, rows: Iterable[tuple[str, str, dict[str, Any] | None]], sent_seq: int | None
) -> None:
    """Record, per row, either what the peer now holds (sent_seq None) or what is in flight to it;
    the other half of each entry is left as it was."""
    if s.get_bind().dialect.name == "sqlite":  # the bulk of every export and import: plain SQL
        params: list[tuple[Any, ...]]
        if sent_seq is None:
            params = [(peer_id, tbl, k, h, None if d is None else json_dumps(d)) for k, h, d in rows]
            sql = (
                "INSERT INTO sync_base (peer_id, tbl, row_key, hash, data) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                "(peer_id, tbl, row_key) DO UPDATE SET hash = excluded.hash, data = excluded.data"
            )
        else:
            params = [(peer_id, tbl, k, sent_seq, h, None if d is None else json_dumps(d)) for k, h, d in rows]
            sql = (
                "INSERT INTO sync_base (peer_id, tbl, row_key, sent_seq, sent_hash, sent_data) VALUES "
                "(?, ?, ?, ?, ?, ?) ON CONFLICT (peer_id, tbl, row_key) DO UPDATE SET sent_seq = excluded.sent_seq, "
                "sent_hash = excluded.sent_hash, sent_data = excluded.sent_data"
            )
        if params:
            s.connection().exec_driver_sql(sql, params)
        return
    values: list[dict[str, Any]]
    columns: tuple[str, ...]
    if sent_seq is None:
        values = [{"peer_id": peer_id, "tbl": tbl, "row_key": k, "hash": h, "data": d} for k, h, d in rows]
        columns = ("hash", "data")
    else:
        values = [
            {"peer_id": peer_id, "tbl": tbl, "row_key": k, "sent_seq": sent_seq, "sent_hash": h, "sent_data": d}
            for k, h, d in rows
        ]
        columns = ("sent_seq", "sent_hash", "sent_data")
    if not values:
        return
    insert = _insert_for(s)
    statement = insert(SyncBase.__table__)
    statement = statement.on_conflict_do_update(
        index_elements=["peer_id", "tbl", "row_key"], set_={c: statement.excluded[c] for c in columns}
    )
    for start in range(0, len(values), CHUNK):
        s.execute(statement, values[start : start + CHUNK])


def _insert_for(s: Session) -> Any:
    if s.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def apply_ack(s: Session, peer: SyncPeer, ack: int) -> None:
    """The peer imported our bundles up to ``ack``: what they carried is now what the peer holds."""
    if ack <= peer.acked_seq:
        return
    if ack > peer.sent_seq:
        raise CaseDeskError("B003", reason=f"it acknowledges bundle {ack}, which was never sent")
    s.execute(
        SyncBase.__table__.update()
        .where(SyncBase.peer_id == peer.id, SyncBase.sent_seq.is_not(None), SyncBase.sent_seq <= ack)
        .values(hash=SyncBase.sent_hash, data=SyncBase.sent_data, sent_seq=None, sent_hash=None, sent_data=None)
    )
    peer.acked_seq = ack


# -- what to send ----------------------------------------------------------------------------------
def hub_scope(s: Session, usernames: Sequence[str]) -> dict[str, set[uuid.UUID]]:
    """The rows a device's workers need: their cases and groups, and those shared with them, with every
    record, person and number they involve (a case transferred to them included; a restored laptop gets
    all of it). Their shares travel too, given and received: a revoked one closes the file there."""
    users = set(s.scalars(select(Account.id).where(Account.username.in_(list(usernames)))))
    t = {name: _table(name) for name in SPECS}

    def ids(table: str, *conditions: Any) -> set[uuid.UUID]:
        found: set[uuid.UUID] = set()
        for condition in conditions:
            found |= set(s.scalars(select(t[table].c.id).where(condition)))
        return found

    def values(table: str, column: str, where: Any) -> set[uuid.UUID]:
        return {v for v in s.scalars(select(t[table].c[column]).where(where)) if v is not None}

    def within(column: Any, keys: set[uuid.UUID]) -> Any:
        return column.in_(list(keys)) if keys else False

    sh = t["share"].c
    shared_with = sh.account_id.in_(users) & sh.revoked_at.is_(None)
    cases = ids("case_file", t["case_file"].c.owner_id.in_(users))
    cases |= values("share", "target_id", shared_with & (sh.target_kind == "case"))
    groups = ids("service_group", t["service_group"].c.owner_id.in_(users))
    groups |= values("share", "target_id", shared_with & (sh.target_kind == "group"))
    shares = ids(
        "share",
        sh.account_id.in_(users),
        (sh.target_kind == "case") & within(sh.target_id, cases),
        (sh.target_kind == "group") & within(sh.target_id, groups),
    )
    fr = t["form_record"].c
    records = ids("form_record", fr.owner_id.in_(users), within(fr.case_id, cases), within(fr.group_id, groups))
    households = ids("household", t["household"].c.owner_id.in_(users))
    clients = ids("client", t["client"].c.owner_id.in_(users))
    clients |= values("case_file", "client_id", within(t["case_file"].c.id, cases))
    clients |= values("form_record", "client_id", within(fr.id, records))
    households |= values("case_file", "household_id", within(t["case_file"].c.id, cases))
    households |= values("form_record", "household_id", within(fr.id, records))
    households |= values("client", "household_id", within(t["client"].c.id, clients))
    members = ids("household_member", within(t["household_member"].c.household_id, households))
    clients |= values("household_member", "client_id", within(t["household_member"].c.id, members))
    households |= values("client", "household_id", within(t["client"].c.id, clients))
    by_record = {
        name: ids(name, within(t[name].c.record_id, records))
        for name in ("form_revision", "decision", "comment", "signature")
    }
    at = t["attachment"].c
    attachments = ids(
        "attachment", within(at.record_id, records), within(at.case_id, cases), within(at.group_id, groups)
    )
    attachments |= values("signature", "attachment_id", within(t["signature"].c.id, by_record["signature"]))
    attachments |= values("decision", "evidence_id", within(t["decision"].c.id, by_record["decision"]))
    nc = t["issued_number"].c
    numbers = ids(
        "issued_number", within(nc.case_id, cases), within(nc.group_id, groups), within(nc.record_id, records)
    )
    return {
        "household": households,
        "client": clients,
        "household_member": members,
        "case_file": cases,
        "service_group": groups,
        "share": shares,
        "form_record": records,
        **by_record,
        "attachment": attachments,
        "issued_number": numbers,
        "audit_entry": set(),  # the hub's own log stays at the hub
        # Every device hears of every destruction and every audit anchor (it deletes what they name).
        "destroyed_item": set(s.scalars(select(t["destroyed_item"].c.id))),
        "audit_anchor": set(s.scalars(select(t["audit_anchor"].c.id))),
    }


def collect_rows(
    s: Session, peer: SyncPeer, sequence: int, scope: dict[str, set[uuid.UUID]] | None
) -> dict[str, list[dict[str, Any]]]:
    """Rows changed since the version the peer holds (all of them for a new peer), marked in flight.
    ``scope`` None: every row here (a device sends all it holds). Rows with an open conflict wait."""
    out: dict[str, list[dict[str, Any]]] = {}
    for spec in SERVICE_TABLES:
        if scope is None and spec.name in DOWN_ONLY:
            continue  # a device sends no destruction up
        table = spec.table
        bases = _base_hashes(s, peer.id, spec.name)
        held = _open_conflicts(s, spec.name)
        query = raw_select(table, json_text=True, dialect=_dialect(s))
        if scope is not None:
            wanted = {k.hex for k in scope.get(spec.name, set())} | set(bases)
            rows = [r for r in s.execute(query).mappings() if r["id"] in wanted]
        else:
            rows = list(s.execute(query).mappings())
        chosen, marks = [], []
        for row in rows:
            encoded = encode_row(table, row)
            key, digest = row_key(table, row), row_hash(encoded)
            if bases.get(key) == digest or key in held:
                continue
            chosen.append(encoded)
            marks.append((key, digest, spec.base_copy(encoded)))
        if chosen:
            out[spec.name] = chosen
            _set_bases(s, peer.id, spec.name, marks, sequence)
    return out


def collect_reference(s: Session) -> dict[str, list[dict[str, Any]]]:
    tables = {}
    for name in REFERENCE_TABLES:
        table = _table(name)
        rows = [encode_row(table, r) for r in s.execute(raw_select(table, dialect=_dialect(s))).mappings()]
        if name == "setting":
            rows = [r for r in rows if not is_local_setting(r["key"])]
        tables[name] = sorted(rows, key=lambda r: str(r.get("id") or r.get("key") or r.get("day") or r.get("year")))
    return tables


def collect_upward_reference(s: Session, peer: SyncPeer, sequence: int) -> dict[str, list[dict[str, Any]]]:
    """Stations, projects and accounts made here that the hub does not hold yet (a standalone that joined)."""
    out = {}
    for name in UPWARD_REFERENCE:
        table = _table(name)
        known = {key for key, digest in _base_hashes(s, peer.id, name).items() if digest is not None}
        query = raw_select(table, dialect=_dialect(s))
        rows = [encode_row(table, r) for r in s.execute(query).mappings() if r["id"] not in known]
        if rows:
            out[name] = rows
            _set_bases(s, peer.id, name, [(r["id"], row_hash(r), r) for r in rows], sequence)
    return out


# -- applying what arrived --------------------------------------------------------------------------
def defer_foreign_keys(s: Session) -> None:
    """Rows of one import reference each other in any order: check references at commit instead."""
    if s.get_bind().dialect.name == "sqlite":
        # The pragma lasts until the transaction ends, and Python's sqlite3 opens one only at the
        # first write: make that write (a no-op) first, or the pragma ends with its own statement.
        s.execute(text("UPDATE setting SET key = key WHERE 0"))
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
    else:  # PostgreSQL: every reference is DEFERRABLE (migration 0017)
        s.execute(text("SET CONSTRAINTS ALL DEFERRED"))


def apply_reference(s: Session, peer: SyncPeer, reference: dict[str, list[Any]]) -> Counter[str]:
    """The hub's agency tables replace ours: rows by id are updated, code tables and the calendar
    are taken whole, settings shared by the agency are overwritten (this device's own stay)."""
    changed: Counter[str] = Counter()
    for name in REFERENCE_TABLES:
        if name not in reference:
            continue
        table = _table(name)
        rows = [decode_row(table, r) for r in reference[name]]
        if name in ("code_category", "code_nature"):
            # The hub's codes replace ours of the same letters; codes only this device has stay.
            s.execute(
                delete(table).where(
                    or_(table.c.code.in_([r["code"] for r in rows]), table.c.id.in_([r["id"] for r in rows]))
                )
            )
        elif name == "calendar_year":
            years = [r["year"] for r in rows]
            s.execute(delete(table).where(table.c.year.in_(years)))
            days = _table("calendar_day")
            for year in years:
                s.execute(delete(days).where(days.c.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))))
        if name == "setting":
            rows = [r for r in rows if not is_local_setting(r["key"])]
        _upsert(s, table, rows)
        if name in UPWARD_REFERENCE:
            _set_bases(s, peer.id, name, [(encode_value(r["id"]), "", {}) for r in rows], None)
        changed[name] = len(rows)
    return changed


def apply_upward_reference(s: Session, peer: SyncPeer, reference: dict[str, list[Any]]) -> Counter[str]:
    """New stations, projects and accounts from a joining standalone. Nothing the hub has is changed,
    and accounts arrive disabled: a device never grants anyone a role at the hub."""
    added: Counter[str] = Counter()
    for name in UPWARD_REFERENCE:
        table = _table(name)
        rows = [decode_row(table, r) for r in reference.get(name, [])]
        known = set(s.scalars(select(table.c.id).where(table.c.id.in_([r["id"] for r in rows])))) if rows else set()
        fresh = [r for r in rows if r["id"] not in known]
        if name == "account":
            taken = set(s.scalars(select(Account.username)))
            for row in fresh:
                row["active"] = False
                row["note"] = f"joined from device {peer.name}"
                if row["username"] in taken:
                    row["username"] = f"{row['username']}@{peer.name}"[:64]
        if fresh:
            s.execute(table.insert(), fresh)
        _set_bases(s, peer.id, name, [(encode_value(r["id"]), "", {}) for r in rows], None)
        added[name] = len(fresh)
    return added


def _local_rows(s: Session, table: Table, keys: list[Any]) -> dict[str, dict[str, Any]]:
    """The rows held here with these keys (ids as stored: 32 hex digits), as the bundle would carry them."""
    found, dialect = {}, _dialect(s)
    column = table.primary_key.columns[0]
    pk, query = stored_key(column, dialect), raw_select(table, json_text=True, dialect=dialect)
    for start in range(0, len(keys), CHUNK):
        chunk = key_values(column, keys[start : start + CHUNK], dialect)
        for row in s.execute(query.where(pk.in_(chunk))).mappings():
            found[row_key(table, row)] = encode_row(table, row)
    return found


Judge = Callable[[str, dict[str, Any], dict[str, Any] | None, bool], None]


def apply_rows(
    s: Session,
    peer: SyncPeer,
    incoming: dict[str, list[Any]],
    applied: Applied,
    checked: dict[str, list[dict[str, Any]]],
    judge: Judge | None = None,
) -> None:
    """``checked``: the same rows after ``check_rows`` (the importer checks every row before applying any),
    in the store's own form, so they compare with local rows and are written as they are. ``judge`` (at
    the hub, for a device's bundle) is asked about every row that would change something, with the row
    held here and whether this side sent it to the peer; it raises to refuse the bundle."""
    unknown = set(incoming) - set(SPECS)
    if unknown:
        raise CaseDeskError("B003", reason=f"unknown tables {sorted(unknown)}")
    stashed_revisions: dict[str, str] = {}  # revision id -> conflict id
    for spec in SERVICE_TABLES:
        table = spec.table
        raw = incoming.get(spec.name) or []
        if not isinstance(raw, list):
            raise CaseDeskError("B003", reason=f"{spec.name} is not a list")
        decoded = encoded = checked[spec.name]
        local = _local_rows(s, table, [r[table.primary_key.columns[0].name] for r in decoded])
        bases = _base_hashes(s, peer.id, spec.name)
        clashes = _revision_numbers(s, decoded) if spec.name == "form_revision" else set()
        held = {
            c.row_key: c
            for c in s.scalars(
                select(SyncConflict).where(SyncConflict.tbl == spec.name, SyncConflict.resolved_at.is_(None))
            )
        }
        inserts, updates, base_marks = [], [], []
        for row, enc in zip(decoded, encoded, strict=True):
            key = row_key(table, enc)
            digest = row_hash(enc)
            base_marks.append((key, digest, spec.base_copy(enc)))
            mine = local.get(key)
            if judge is not None and (mine is None or row_hash(mine) != digest):
                judge(spec.name, enc, mine, key in bases)
            revision = encode_value(row.get("revision_id"))
            if spec.name in ("decision", "comment") and revision in stashed_revisions:
                _stash(s, stashed_revisions[revision], spec.name, readable(table, enc))
                continue
            if mine is None:
                if spec.name == "form_revision" and (row["record_id"], row["number"]) in clashes:
                    stashed_revisions[key] = _stash_revision(s, peer, enc)
                    continue
                inserts.append(row)
                applied.inserted[spec.name] += 1
                continue
            if row_hash(mine) == digest:
                applied.unchanged[spec.name] += 1
                continue
            if spec.name == "audit_entry":  # a log entry already held, sent again changed: rewritten history
                raise CaseDeskError("B028", device=peer.name, seq=enc.get("seq"))
            if key in held:  # a person is deciding already: keep the newest from the peer beside it
                held[key].incoming = readable(table, enc)
                applied.conflicts.append({"table": spec.name, "key": key})
                continue
            merged = _merge_changed(s, peer, spec, key, mine, enc, bases)
            if merged is None:
                applied.conflicts.append({"table": spec.name, "key": key})
                continue
            updates.append(merged)
            applied.updated[spec.name] += 1
        _write(s, table, inserts, updates)
        _set_bases(s, peer.id, spec.name, base_marks, None)


def _merge_changed(
    s: Session,
    peer: SyncPeer,
    spec: TableSpec,
    key: str,
    mine: dict[str, Any],
    incoming: dict[str, Any],
    bases: dict[str, str | None],
) -> dict[str, Any] | None:
    """A row changed on the peer and held here: the merged row to write, or None when both sides changed
    the same column (both versions kept as a conflict for a person to decide)."""
    table, base_hash = spec.table, bases.get(key)
    if base_hash is not None and base_hash == row_hash(mine):
        return incoming  # unchanged here since the peer's version: take theirs
    base = s.get(SyncBase, (peer.id, spec.name, key)) if key in bases else None
    base_data = base.data if base else None
    merge = merge_row(spec, mine, base_data, incoming)
    if not merge.conflicts:
        return merge.row
    s.add(
        SyncConflict(
            peer_id=peer.id,
            tbl=spec.name,
            row_key=key,
            fields=merge.conflicts,
            local=readable(table, mine),
            incoming=readable(table, incoming),
            base=_base_for_people(s, spec.name, readable(table, base_data)),
        )
    )
    s.flush()
    return None


def _base_for_people(s: Session, tbl: str, base: dict[str, Any] | None) -> dict[str, Any] | None:
    """The remembered copy as the conflict view shows it: a form's content, left out of the copy, is
    found again in the revision that has its hash (when the form had been submitted)."""
    if base is None or tbl != "form_record" or "content" in base:
        return base
    revisions = _table("form_revision")
    record, dialect = revisions.c.record_id, _dialect(s)
    content = s.scalar(
        select(revisions.c.content).where(
            stored_key(record, dialect) == key_values(record, [base["id"]], dialect)[0],
            revisions.c.content_hash == base.get("content_hash"),
        )
    )
    return {**base, "content": content} if content is not None else base


def _dialect(s: Session) -> str:
    return s.get_bind().dialect.name


def _write(s: Session, table: Table, inserts: list[dict[str, Any]], updates: list[dict[str, Any]]) -> None:
    """Checked rows in the store's own form: straight to SQLite in one executemany per table (most of
    an import's rows); through SQLAlchemy's types on other databases."""
    if s.get_bind().dialect.name != "sqlite":
        if inserts:
            s.execute(table.insert(), [decode_row(table, readable(table, r)) for r in inserts])
        pk = table.primary_key.columns[0]
        for row in updates:
            values = decode_row(table, readable(table, row))
            s.execute(table.update().where(pk == values[pk.name]).values(**values))
        return
    names = column_names(table)
    quoted = ", ".join(f'"{n}"' for n in names)
    connection = s.connection()
    if inserts:
        marks = ", ".join("?" for _ in names)
        rows = storage_rows(table, inserts)
        connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})', rows)
    if updates:
        pk_name = table.primary_key.columns[0].name
        assignments = ", ".join(f'"{n}" = ?' for n in names)
        rows = [(*values, r[pk_name]) for values, r in zip(storage_rows(table, updates), updates, strict=True)]
        connection.exec_driver_sql(f'UPDATE "{table.name}" SET {assignments} WHERE "{pk_name}" = ?', rows)


def refuse_number_clashes(s: Session, raw: list[Any]) -> None:
    """The same archive number given to two different files (both sides printed it) is for the agency
    to sort out on paper first: refused whole, naming the numbers (docs/archive-numbers.md)."""
    table = _table("issued_number")
    numbers = [decode_row(table, n) for n in raw]
    codes = [n["code"] for n in numbers]
    known = {}
    for start in range(0, len(codes), CHUNK):
        query = select(table.c.code, table.c.id).where(table.c.code.in_(codes[start : start + CHUNK]))
        known.update({code: number_id for code, number_id in s.execute(query)})
    clashes = sorted(n["code"] for n in numbers if n["code"] in known and known[n["code"]] != n["id"])
    if clashes:
        raise CaseDeskError("N005", codes="、".join(clashes))


def highest_sequence(numbers: list[Any]) -> int:
    return max(
        (n["sequence"] for n in numbers if isinstance(n, dict) and isinstance(n.get("sequence"), int)), default=0
    )


def _revision_numbers(s: Session, rows: list[dict[str, Any]]) -> set[tuple[Any, int]]:
    """The (form, revision number) pairs already held for the forms these revisions belong to."""
    revisions = _table("form_revision")
    records = list({r["record_id"] for r in rows})
    found: set[tuple[Any, int]] = set()
    column, dialect = revisions.c.record_id, _dialect(s)
    record = stored_key(column, dialect)
    for start in range(0, len(records), CHUNK):
        chunk = key_values(column, records[start : start + CHUNK], dialect)
        query = select(record, revisions.c.number).where(record.in_(chunk))
        found.update((encode_value(record), number) for record, number in s.execute(query))
    return found


def _stash_revision(s: Session, peer: SyncPeer, revision: dict[str, Any]) -> str:
    """Both sides wrote revision N of one form: the peer's waits beside the open conflict on the form."""
    record_key = revision["record_id"]
    conflict = s.scalars(
        select(SyncConflict).where(
            SyncConflict.tbl == "form_record", SyncConflict.row_key == record_key, SyncConflict.resolved_at.is_(None)
        )
    ).first()
    if conflict is None:
        local = readable(_table("form_record"), _local_rows(s, _table("form_record"), [record_key]).get(record_key, {}))
        conflict = SyncConflict(
            peer_id=peer.id, tbl="form_record", row_key=record_key, fields=["revision"], local=local, incoming=local
        )
        s.add(conflict)
        s.flush()
    conflict.stash = [*conflict.stash, {"table": "form_revision", "row": readable(_table("form_revision"), revision)}]
    return str(conflict.id)


def _stash(s: Session, conflict_id: str, tbl: str, row: dict[str, Any]) -> None:
    conflict = s.get(SyncConflict, uuid.UUID(conflict_id))
    assert conflict is not None
    conflict.stash = [*conflict.stash, {"table": tbl, "row": row}]


def check_references(s: Session) -> None:
    """Deferred references are checked at commit; check them now so the refusal names the problem."""
    if s.get_bind().dialect.name != "sqlite":
        s.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))  # PostgreSQL checks what was deferred, here
        return
    broken = s.execute(text("PRAGMA foreign_key_check")).fetchall()
    if broken:
        table, _rowid, parent, _fk = broken[0]
        raise CaseDeskError("B016", reason=f"a {table} row refers to a {parent} row this workspace does not have")


def flush_or_refuse(s: Session) -> None:
    try:
        s.flush()
        check_references(s)
    except IntegrityError as exc:
        raise CaseDeskError("B016", reason=str(exc.orig).splitlines()[0]) from exc
