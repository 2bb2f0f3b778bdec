"""Rows as they travel in bundles: which tables sync and which way, JSON encoding by column type,
a hash that ignores bookkeeping columns, and the three-way merge of one row.

Tables are listed in the order their foreign keys need on import. Service tables go both ways;
agency tables come down from the hub (a joining standalone sends up the stations, projects and
accounts the hub does not know yet). Drafts never leave the device: they are one person's typing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Date, DateTime, Table, Uuid

from desktop.errors import CaseDeskError
from desktop.models import Base

# Columns that change on every write and mean nothing to a person: not hashed, not merged.
BOOKKEEPING = frozenset({"updated_at"})


@dataclass(frozen=True)
class TableSpec:
    name: str
    # Columns merged as one: a form's content and its revision number move together, and its state
    # (submitted, approved) follows whichever side changed the content (docs/sync.md).
    groups: tuple[tuple[str, ...], ...] = ()
    content_group: tuple[str, ...] = ()
    state_group: tuple[str, ...] = ()

    @property
    def table(self) -> Table:
        return Base.metadata.tables[self.name]

    def merge_units(self) -> list[tuple[str, ...]]:
        grouped = [*self.groups, *(g for g in (self.content_group, self.state_group) if g)]
        seen = {c for g in grouped for c in g}
        singles = [(c.name,) for c in self.table.columns if c.name not in seen and c.name not in BOOKKEEPING]
        return grouped + singles


FORM_CONTENT = ("content", "content_hash", "form_version", "revision_no", "service_date")
FORM_STATE = ("status", "submission_count", "submitted_at", "approved_at", "void_reason")

SERVICE_TABLES: tuple[TableSpec, ...] = (
    TableSpec("household"),
    TableSpec("client", groups=(("name", "name_pinyin", "name_initials"),)),
    TableSpec("household_member"),
    TableSpec("case_file"),
    TableSpec("service_group"),
    TableSpec("form_record", content_group=FORM_CONTENT, state_group=FORM_STATE),
    TableSpec("form_revision"),
    TableSpec("attachment"),
    TableSpec("decision"),
    TableSpec("comment"),
    TableSpec("signature"),
    TableSpec("issued_number"),
)
SPECS = {spec.name: spec for spec in SERVICE_TABLES}

# Agency tables the hub sends down whole, in foreign-key order. Settings that describe one workspace
# (its mode, the hub's next block) stay where they are.
REFERENCE_TABLES = ("agency", "station", "project", "account", "code_category", "code_nature", "calendar_year",
                    "calendar_day", "setting")  # fmt: skip
LOCAL_SETTINGS = frozenset({"workspace.mode", "numbering.next_block_start"})


def is_local_setting(key: str) -> bool:
    return key in LOCAL_SETTINGS or key.startswith("sync.")


# What a joining standalone may send up: new stations, projects and (inactive) accounts.
UPWARD_REFERENCE = ("station", "project", "account")


def encode_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def decode_value(column: Column, value: Any) -> Any:
    """A JSON value back to the column's Python type; a wrong type is a refusal, not a crash."""
    if value is None:
        return None
    try:
        if isinstance(column.type, Uuid):
            return uuid.UUID(str(value))
        if isinstance(column.type, DateTime):
            return dt.datetime.fromisoformat(str(value))
        if isinstance(column.type, Date):
            return dt.date.fromisoformat(str(value))
    except (ValueError, TypeError) as exc:
        raise CaseDeskError("B003", reason=f"{column.table.name}.{column.name}: {value!r}") from exc
    python_type = _python_type(column)
    if python_type is not None and not isinstance(value, python_type):
        raise CaseDeskError("B003", reason=f"{column.table.name}.{column.name}: {value!r}")
    if python_type is int and not -(2**63) <= value < 2**63:
        raise CaseDeskError("B003", reason=f"{column.table.name}.{column.name}: a number out of range")
    if python_type is str and getattr(column.type, "length", None) and len(value) > column.type.length:
        raise CaseDeskError("B003", reason=f"{column.table.name}.{column.name}: longer than {column.type.length}")
    return value


def _python_type(column: Column) -> type | tuple[type, ...] | None:
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return None
    if kind is bool:
        return bool
    if kind is int:
        return int
    if kind is str:
        return str
    return None  # JSON columns hold dicts, lists or scalars


def encode_row(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    return {c.name: encode_value(row[c.name]) for c in table.columns}


def decode_row(table: Table, data: Any) -> dict[str, Any]:
    """Every column present and of its type, nothing else: a bundle row is checked whole."""
    if not isinstance(data, dict):
        raise CaseDeskError("B003", reason=f"a {table.name} row is not a table")
    unknown = set(data) - set(table.columns.keys())
    if unknown:
        raise CaseDeskError("B003", reason=f"{table.name} has unknown columns {sorted(unknown)}")
    decoded = {}
    for column in table.columns:
        if column.name not in data:
            raise CaseDeskError("B003", reason=f"a {table.name} row lacks {column.name}")
        decoded[column.name] = decode_value(column, data[column.name])
        if decoded[column.name] is None and column.primary_key:
            raise CaseDeskError("B003", reason=f"a {table.name} row has no key")
    return decoded


def canonical(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def row_hash(encoded: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical({k: v for k, v in encoded.items() if k not in BOOKKEEPING})).hexdigest()


def row_key(table: Table, row: Mapping[str, Any]) -> str:
    return "|".join(str(encode_value(row[c.name])) for c in table.primary_key.columns)


@dataclass
class Merge:
    """The outcome of a three-way merge: the row to write and the columns both sides changed."""

    row: dict[str, Any]
    conflicts: list[str] = field(default_factory=list)


def merge_row(spec: TableSpec, local: dict[str, Any], base: dict[str, Any] | None, incoming: dict[str, Any]) -> Merge:
    """Each merge unit (a column, or a group moving together) takes the side that changed it; a unit
    both sides changed differently is a conflict. Without a common ancestor, every difference is one."""
    base = base or {}
    merged = dict(local)
    conflicts: list[str] = []

    def changed(side: dict[str, Any], unit: Iterable[str]) -> bool:
        return any(side.get(c) != base.get(c) for c in unit)

    content_local = bool(spec.content_group) and changed(local, spec.content_group)
    content_incoming = bool(spec.content_group) and changed(incoming, spec.content_group)
    for unit in spec.merge_units():
        if all(local.get(c) == incoming.get(c) for c in unit):
            continue
        by_local, by_incoming = changed(local, unit), changed(incoming, unit)
        if by_incoming and not by_local:
            merged.update({c: incoming[c] for c in unit})
        elif by_incoming and by_local:
            if unit == spec.state_group and content_local != content_incoming:
                # A decision on content the other side has since edited: the edit reopens the form
                # (the decision itself arrives as its own row and stays in the history).
                if content_incoming:
                    merged.update({c: incoming[c] for c in unit})
                continue
            conflicts.extend(unit)
    if "updated_at" in merged and incoming.get("updated_at") and merged.get("updated_at"):
        merged["updated_at"] = max(merged["updated_at"], incoming["updated_at"])
    return Merge(merged, conflicts)
