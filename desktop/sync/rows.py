"""Rows as they travel in bundles: which tables sync and which way, JSON encoding by column type,
a hash that ignores bookkeeping columns, and the three-way merge of one row.

Tables are listed in the order their foreign keys need on import. Service tables go both ways;
agency tables come down from the hub (a joining standalone sends up the stations, projects and
accounts the hub does not know yet). Drafts never leave the device: they are one person's typing."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, overload

import orjson
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ColumnElement,
    Date,
    DateTime,
    Select,
    String,
    Table,
    Text,
    Uuid,
    cast,
    func,
    select,
    type_coerce,
)
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import QueryableAttribute

from desktop.canonical import canonical, encode_value
from desktop.errors import CaseDeskError
from desktop.models import Base
from desktop.models.engine import json_dumps

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
    # Written once, never edited (a revision, a comment, a number): nothing to merge, so the copy a
    # peer holds is remembered by its hash alone.
    immutable: bool = False
    # Columns the remembered copy leaves out because another column of their merge unit stands for them
    # (a form's content hash for its content): the copy stays small, the merge sees the same changes.
    base_omit: tuple[str, ...] = ()

    def base_copy(self, row: Mapping[str, Any]) -> dict[str, Any] | None:
        """What is remembered of a row a peer holds, for a later three-way merge."""
        if self.immutable:
            return None
        copy = dict(row)
        for name in self.base_omit:
            copy.pop(name, None)
        return copy

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
    # What retention destroyed, and where audit chains now start: down from the hub only (DOWN_ONLY), ahead
    # of the rows they name; a device deletes what they name (docs/sync.md, "Destroyed files").
    TableSpec("destroyed_item", immutable=True),
    TableSpec("audit_anchor"),
    TableSpec("household"),
    TableSpec("client", groups=(("name", "name_pinyin", "name_initials"),)),
    TableSpec("household_member"),
    TableSpec("case_file"),
    TableSpec("service_group"),
    TableSpec("share"),  # a case or group opened to another account; revoked, never deleted
    TableSpec("form_record", content_group=FORM_CONTENT, state_group=FORM_STATE, base_omit=("content",)),
    TableSpec("form_revision", immutable=True),
    TableSpec("attachment", immutable=True),
    TableSpec("decision"),
    TableSpec("comment", immutable=True),
    TableSpec("signature", immutable=True),
    TableSpec("issued_number", immutable=True),
    TableSpec("audit_entry", immutable=True),  # up only: a device's log, checked at the hub
)
SPECS = {spec.name: spec for spec in SERVICE_TABLES}
DOWN_ONLY = frozenset({"destroyed_item", "audit_anchor"})  # a device never tells the hub what to destroy

# Agency tables the hub sends down whole, in foreign-key order. Settings that describe one workspace
# (its mode, the hub's next block) stay where they are.
REFERENCE_TABLES = ("agency", "station", "project", "account", "code_category", "code_nature", "calendar_year",
                    "calendar_day", "setting")  # fmt: skip
LOCAL_SETTINGS = frozenset({"workspace.mode", "numbering.next_block_start"})


def is_local_setting(key: str) -> bool:
    return key in LOCAL_SETTINGS or key.startswith("sync.")


# What a joining standalone may send up: new stations, projects and (inactive) accounts.
UPWARD_REFERENCE = ("station", "project", "account")


def raw_select(table: Table, json_text: bool = False, dialect: str = "sqlite") -> Select:
    """Every column of ``table``, ids and times as stored (strings), not converted to Python objects;
    with ``json_text``, JSON columns as their stored text too (a form's content travels as written).
    On PostgreSQL (the agency hub) the server writes the same text SQLite stores, so a bundle, a row's
    hash and a key read the same whichever database the hub is on."""
    if dialect != "sqlite":
        return select(*(_as_sqlite_text(c, json_text) for c in table.columns))
    kinds = (Uuid, Date, DateTime, JSON) if json_text else (Uuid, Date, DateTime)
    return select(*(type_coerce(c, String).label(c.name) if isinstance(c.type, kinds) else c for c in table.columns))


def _as_sqlite_text(column: Column, json_text: bool) -> Any:
    if isinstance(column.type, Uuid):
        return func.replace(cast(column, Text), "-", "").label(column.name)  # 32 hex digits
    if isinstance(column.type, DateTime):
        return func.to_char(column, "YYYY-MM-DD HH24:MI:SS.US").label(column.name)
    if isinstance(column.type, Date):
        return func.to_char(column, "YYYY-MM-DD").label(column.name)
    if json_text and isinstance(column.type, JSON):
        return cast(column, Text).label(column.name)  # a json (not jsonb) column keeps its text as written
    return column


def stored_key(column: Column, dialect: str) -> Any:
    """A key column compared with keys in the stored form (an id as 32 hex digits): SQLite compares the
    stored text; PostgreSQL compares real uuids, so ``key_values`` turns the keys into them."""
    if dialect == "sqlite" and isinstance(column.type, Uuid):
        return type_coerce(column, String)
    return column


def key_text(column: ColumnElement[Any] | QueryableAttribute[Any], dialect: str) -> Any:
    """An id column as the text a row key holds (32 hex digits) on either database, to compare with
    ``sync_base.row_key`` in SQL."""
    if dialect == "sqlite":
        return type_coerce(column, String)
    return func.replace(cast(column, Text), "-", "")


def key_values(column: Column, keys: list[Any], dialect: str) -> list[Any]:
    if dialect != "sqlite" and isinstance(column.type, Uuid):
        return [uuid.UUID(k) if isinstance(k, str) else k for k in keys]
    return keys


@overload
def readable(table: Table, row: None) -> None: ...
@overload
def readable(table: Table, row: Mapping[str, Any]) -> dict[str, Any]: ...
def readable(table: Table, row: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """A row in the bundle's form with its JSON text parsed: what a person (the conflict view) reads."""
    if row is None:
        return None
    out = dict(row)
    for name, kind in _codec(table).storage:
        if kind == "json" and isinstance(out.get(name), str):
            out[name] = orjson.loads(out[name])
    return out


def _bad(column: Column, value: Any, why: str = "") -> CaseDeskError:
    return CaseDeskError("B003", reason=f"{column.table.name}.{column.name}: {why or repr(value)[:80]}")


def _decoder(column: Column) -> Callable[[Any], Any]:
    """A checker-converter for one column, built once: JSON value in, the column's Python value out."""
    kind = column.type
    if isinstance(kind, Uuid):
        parse: Callable[[str], Any] | None = uuid.UUID
    elif isinstance(kind, DateTime):
        parse = dt.datetime.fromisoformat
    elif isinstance(kind, Date):
        parse = dt.date.fromisoformat
    else:
        parse = None
    if parse is not None:

        def convert(value: Any) -> Any:
            if not isinstance(value, str):
                raise _bad(column, value)
            try:
                return parse(value)
            except ValueError:
                raise _bad(column, value) from None

        return convert
    try:
        python_type = kind.python_type
    except NotImplementedError:
        python_type = None
    if python_type is bool:

        def boolean(value: Any) -> Any:
            if not isinstance(value, bool):
                raise _bad(column, value)
            return value

        return boolean
    if python_type is int:

        def integer(value: Any) -> Any:
            if not isinstance(value, int) or isinstance(value, bool):
                raise _bad(column, value)
            if not -(2**63) <= value < 2**63:
                raise _bad(column, value, "a number out of range")
            return value

        return integer
    if python_type is str:
        limit = getattr(kind, "length", None)

        def text(value: Any) -> Any:
            if not isinstance(value, str):
                raise _bad(column, value)
            if limit and len(value) > limit:
                raise _bad(column, value, f"longer than {limit}")
            return value

        return text
    return lambda value: value  # JSON columns hold dicts, lists or scalars


_HEX_DIGITS = "0123456789abcdef"  # an id is 32 of these (strip is a C loop: cheaper than a regex)


def _checker(column: Column) -> Callable[[Any], Any]:
    """Like ``_decoder`` but for a value in the store's own form (ids as 32 hex digits, times as text):
    checked, and left as it is, to be written without conversion."""
    kind = column.type
    if isinstance(kind, Uuid):

        def hex_id(value: Any) -> Any:
            if not isinstance(value, str) or len(value) != 32 or value.strip(_HEX_DIGITS):
                raise _bad(column, value)
            return value

        return hex_id
    if isinstance(kind, Date | DateTime):
        convert = _decoder(column)

        def moment(value: Any) -> Any:
            # Exactly as the store writes it (no week dates, time zones or basic forms it could not read back).
            if encode_value(convert(value)) != value:
                raise _bad(column, value)
            return value

        return moment
    if isinstance(kind, JSON):

        def json_text(value: Any) -> Any:
            # A form's content as the store writes it: text holding a JSON object (or list).
            if not isinstance(value, str):
                raise _bad(column, value)
            try:
                parsed = orjson.loads(value)
            except ValueError:
                raise _bad(column, value) from None
            if not isinstance(parsed, dict | list):
                raise _bad(column, value)
            return value

        return json_text
    return _decoder(column)


@dataclass(frozen=True)
class _Codec:
    columns: tuple[Column, ...]
    names: frozenset[str]
    encoders: tuple[tuple[str, bool], ...]  # (name, needs encoding)
    decoders: tuple[tuple[str, bool, Callable[[Any], Any]], ...]  # (name, primary key, decoder)
    checkers: tuple[tuple[str, bool, Callable[[Any], Any]], ...]  # the same, for the store's own form
    storage: tuple[tuple[str, str], ...]  # (name, "json" | "bool" | "")
    primary: tuple[str, ...]


@cache
def _codec(table: Table) -> _Codec:
    columns = tuple(table.columns)
    return _Codec(
        columns,
        frozenset(c.name for c in columns),
        tuple((c.name, isinstance(c.type, Uuid | Date | DateTime)) for c in columns),
        tuple((c.name, bool(c.primary_key), _decoder(c)) for c in columns),
        tuple((c.name, bool(c.primary_key), _checker(c)) for c in columns),
        tuple((c.name, _storage_kind(c)) for c in columns),
        tuple(c.name for c in table.primary_key.columns),
    )


def _storage_kind(column: Column) -> str:
    if isinstance(column.type, JSON):
        return "json"
    if isinstance(column.type, Boolean):
        return "bool"
    return ""


def column_names(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in _codec(table).columns)


def storage_rows(table: Table, rows: Sequence[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
    """Checked rows as SQLite parameters, in column order: JSON as text, booleans as 0/1 (column by
    column, then zipped: a bulk import's rows are many)."""
    columns = []
    for name, kind in _codec(table).storage:
        values = [row[name] for row in rows]
        if kind == "json":  # text already (checked), except in rows a merge or a person put together
            values = [v if v is None or isinstance(v, str) else json_dumps(v) for v in values]
        elif kind == "bool":
            values = [None if v is None else int(v) for v in values]
        columns.append(values)
    return list(zip(*columns, strict=True))


def encode_row(table: Table, row: Mapping[str, Any] | RowMapping) -> dict[str, Any]:
    out = {}
    for name, special in _codec(table).encoders:
        value = row[name]
        out[name] = encode_value(value) if special and value is not None and not isinstance(value, str) else value
    return out


def decode_row(table: Table, data: Any) -> dict[str, Any]:
    """Every column present and of its type, nothing else: a bundle row is checked whole, and its ids
    and times become Python objects."""
    return _checked(table, data, _codec(table).decoders)


def check_rows(table: Table, rows: list[Any]) -> list[dict[str, Any]]:
    """Every row of one table of a bundle checked as ``decode_row`` checks, the values left in the store's
    own form (ids as 32 hex digits, times as text) to be written without conversion. Column by column:
    one quick pass over each, and the value-by-value checks (which name the bad value) only for a
    column that fails it."""
    codec = _codec(table)
    for row in rows:
        if type(row) is not dict or row.keys() != codec.names:
            _checked(table, row, codec.checkers)  # raises, naming what is wrong
    for column, (name, primary, step) in zip(codec.columns, codec.checkers, strict=True):
        values = [row[name] for row in rows]
        present = [v for v in values if v is not None]
        if primary and len(present) != len(values):
            raise CaseDeskError("B003", reason=f"a {table.name} row has no key")
        if not _column_ok(column, present):
            for value in present:
                step(value)
    return rows


_datetime, _date = dt.datetime.fromisoformat, dt.date.fromisoformat


def _column_ok(column: Column, values: list[Any]) -> bool:
    kind = column.type
    try:
        if isinstance(kind, Uuid):
            return all(type(v) is str and len(v) == 32 for v in values) and not "".join(values).strip(_HEX_DIGITS)
        # The store's exact form: "YYYY-MM-DD HH:MM:SS.ffffff" and "YYYY-MM-DD", and a real moment.
        if isinstance(kind, DateTime):
            shaped = all(type(v) is str and len(v) == 26 and v[10] == " " and v[19] == "." for v in values)
            return shaped and all(map(_datetime, values))
        if isinstance(kind, Date):
            shaped = all(type(v) is str and len(v) == 10 and v[4] == v[7] == "-" for v in values)
            return shaped and all(map(_date, values))
        python_type = kind.python_type
    except (ValueError, TypeError, NotImplementedError):
        return False
    if isinstance(kind, JSON):
        try:
            return all(type(v) is str for v in values) and all(isinstance(orjson.loads(v), dict | list) for v in values)
        except ValueError:
            return False
    if python_type is bool:
        return all(type(v) is bool for v in values)
    if python_type is int:
        return all(type(v) is int for v in values) and (not values or (min(values) >= -(2**63) and max(values) < 2**63))
    if python_type is str:
        limit = getattr(kind, "length", None)
        return all(type(v) is str for v in values) and (not limit or max(map(len, values), default=0) <= limit)
    return True  # JSON


def _checked(table: Table, data: Any, steps: tuple[tuple[str, bool, Callable[[Any], Any]], ...]) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise CaseDeskError("B003", reason=f"a {table.name} row is not a table")
    codec = _codec(table)
    if len(data) != len(codec.names) or not codec.names.issuperset(data):
        unknown, missing = set(data) - codec.names, codec.names - set(data)
        raise CaseDeskError(
            "B003", reason=f"{table.name}: unknown columns {sorted(unknown)}, missing {sorted(missing)}"
        )
    out: dict[str, Any] = {}
    for name, primary, step in steps:
        value = data[name]
        if value is None:
            if primary:
                raise CaseDeskError("B003", reason=f"a {table.name} row has no key")
            out[name] = None
        else:
            out[name] = step(value)
    return out


def row_hash(encoded: Mapping[str, Any]) -> str:
    data = dict(encoded)  # a C-level copy, then the bookkeeping dropped: cheaper than filtering
    for name in BOOKKEEPING:
        data.pop(name, None)
    return hashlib.sha256(canonical(data)).hexdigest()


def row_key(table: Table, row: Mapping[str, Any] | RowMapping) -> str:
    return "|".join(str(encode_value(row[name])) for name in _codec(table).primary)


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
        return any(side.get(c) != base.get(c) for c in unit if c not in spec.base_omit or not base)

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
