"""The canonical form of data CaseDesk hashes or signs: a bundle's rows and files, a device's published
keys, the audit log's hash chain. The same data gives the same bytes on every workspace and in every later
CaseDesk; the audit chain's stored hashes depend on it byte for byte (tests/workflow/test_audit_chain.py)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import orjson


def encode_value(value: Any) -> Any:
    """A value as the bundle carries it: ids as 32 hex digits and times as SQLite keeps them, so rows
    read raw from the store need no conversion at all (the bulk of an export)."""
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M:%S}.{value.microsecond:06d}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def canonical(data: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same bytes for the same data on every workspace. orjson writes
    exactly what the standard library would, ten times faster; numbers past 64 bits fall back to it."""
    try:
        return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    except TypeError:
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
